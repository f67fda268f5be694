import { describe, expect, it } from 'vitest';
import { DEFAULT_BLACKLIST_POLICY, type BlacklistPolicy } from '../../../src/services/blacklist-policy.js';
import { POLICY_ACTOR, SqliteBlacklist } from '../../../src/store/sqlite/blacklist.js';
import { SqliteIncidents } from '../../../src/store/sqlite/incidents.js';
import { demoDb } from '../helpers.js';

const DAY = 86_400_000;
const PHONE = '+8613012340000';

function setup(policy: Partial<BlacklistPolicy> = {}) {
  const clock = { now: new Date('2026-11-25T03:00:00Z') };
  const db = demoDb(clock.now);
  const now = () => clock.now;
  const blacklist = new SqliteBlacklist(db, now);
  const incidents = new SqliteIncidents(db, blacklist, { ...DEFAULT_BLACKLIST_POLICY, ...policy }, now);
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const abuse = (conversationId = 'CA-x', phone = PHONE) => incidents.record({ kind: 'abuse', phone, conversationId, evidence: ['混蛋'] });
  return { clock, advance, blacklist, incidents, abuse };
}

describe('incidents (N22)', () => {
  it('are recorded with the words, the number and the conversation, newest first', async () => {
    const { incidents, advance } = setup();
    const { incident, blacklist } = await incidents.record({ kind: 'abuse', phone: '130 1234 0000', conversationId: 'CA-1', evidence: ['你们这帮废物', '王八蛋'] });
    expect(incident).toEqual({ id: expect.any(String), kind: 'abuse', phone: PHONE, conversationId: 'CA-1', evidence: ['你们这帮废物', '王八蛋'], at: '2026-11-25T03:00:00.000Z' });
    expect(blacklist).toEqual({ action: 'none' });
    advance(60_000);
    const silent = await incidents.record({ kind: 'silent_call', phone: null, conversationId: 'CA-2', evidence: [] });
    expect((await incidents.list()).map((i) => i.id)).toEqual([silent.incident.id, incident.id]);
    expect(await incidents.list({ phone: PHONE })).toEqual([incident]);
    expect((await incidents.list({ kind: 'silent_call' })).map((i) => i.id)).toEqual([silent.incident.id]);
    expect(await incidents.list({ from: '2026-11-25T03:00:30Z' })).toHaveLength(1);
  });

  it('keeps the time an incident happened when it is delivered late (from the outbox)', async () => {
    const { incidents } = setup();
    const at = new Date('2026-11-24T20:00:00Z');
    const { incident } = await incidents.record({ kind: 'abuse', phone: PHONE, conversationId: 'CA-late', evidence: ['x'], at });
    expect(incident.at).toBe(at.toISOString());
  });
});

describe('the blacklist policy applied on each incident (N23)', () => {
  it('the third abusive call within 7 days blacklists the number for 30 days, recorded as the policy\'s doing', async () => {
    const { abuse, advance, blacklist, clock } = setup();
    expect((await abuse('c1')).blacklist).toEqual({ action: 'none' });
    advance(3 * DAY);
    expect((await abuse('c2')).blacklist).toEqual({ action: 'none' });
    expect(await blacklist.check(PHONE)).toBeNull();
    advance(3 * DAY);
    const third = await abuse('c3');
    expect(third.blacklist).toEqual({
      action: 'blacklisted',
      entry: {
        phone: PHONE,
        reason: '3 abusive calls within 7 days (N23)',
        addedBy: POLICY_ACTOR,
        addedAt: clock.now.toISOString(),
        expiresAt: new Date(clock.now.getTime() + 30 * DAY).toISOString(),
        status: 'active',
      },
    });
    expect(await blacklist.check('130 1234 0000')).toMatchObject({ status: 'active' });
    // Already on the list: a fourth call changes nothing.
    expect((await abuse('c4')).blacklist).toEqual({ action: 'none' });
  });

  it('does not blacklist when the calls are spread beyond the window', async () => {
    const { abuse, advance, blacklist } = setup();
    await abuse('c1');
    advance(4 * DAY);
    await abuse('c2');
    advance(3 * DAY + 1); // the first call is now more than 7 days ago
    expect((await abuse('c3')).blacklist).toEqual({ action: 'none' });
    expect(await blacklist.check(PHONE)).toBeNull();
    advance(DAY);
    expect((await abuse('c4')).blacklist.action).toBe('blacklisted'); // c2, c3, c4 are within 7 days
  });

  it('counts each number on its own, and silent calls against their own threshold', async () => {
    const { abuse, incidents, blacklist } = setup();
    await abuse('a', '+8613900000001');
    await abuse('b', '+8613900000002');
    expect((await abuse('c', '+8613900000003')).blacklist.action).toBe('none');
    for (let n = 1; n <= 4; n++) {
      const { blacklist: d } = await incidents.record({ kind: 'silent_call', phone: PHONE, conversationId: `s${n}`, evidence: [] });
      expect(d.action).toBe('none');
    }
    const fifth = await incidents.record({ kind: 'silent_call', phone: PHONE, conversationId: 's5', evidence: [] });
    expect(fifth.blacklist).toMatchObject({ action: 'blacklisted', entry: { reason: '5 silent calls within 7 days (N23)' } });
    expect(await blacklist.list({ status: 'active' })).toHaveLength(1);
  });

  it('follows the configured count and duration', async () => {
    const { abuse, clock } = setup({ abuseCount: 1, days: 2 });
    const { blacklist } = await abuse();
    expect(blacklist).toMatchObject({ action: 'blacklisted', entry: { expiresAt: new Date(clock.now.getTime() + 2 * DAY).toISOString() } });
  });

  it('approval mode: the policy only proposes; the caller is not restricted until a supervisor approves', async () => {
    const { abuse, advance, blacklist, clock } = setup({ approval: true });
    await abuse('c1');
    await abuse('c2');
    const third = await abuse('c3');
    expect(third.blacklist).toMatchObject({ action: 'proposed', entry: { status: 'proposed', addedBy: POLICY_ACTOR } });
    expect(await blacklist.check(PHONE)).toBeNull();
    expect((await abuse('c4')).blacklist).toEqual({ action: 'none' }); // no second proposal

    advance(2 * DAY);
    const approved = await blacklist.approve(PHONE, '王建国');
    // The 30 days count from the approval.
    expect(approved).toMatchObject({ status: 'active', addedBy: '王建国', addedAt: clock.now.toISOString(), expiresAt: new Date(clock.now.getTime() + 30 * DAY).toISOString() });
    expect(await blacklist.check(PHONE)).toMatchObject({ status: 'active' });
    expect(await blacklist.approve(PHONE, '王建国')).toBeNull(); // nothing proposed any more
  });
});

describe('blacklist entries (N23: reason, who, when, expiry; can be lifted)', () => {
  it('a supervisor adds a number; it stops restricting at its expiry, which is recorded', async () => {
    const { blacklist, advance, clock } = setup();
    const expiresAt = new Date(clock.now.getTime() + DAY);
    const entry = await blacklist.add({ phone: '130-1234-0000', reason: '反复骚扰', by: '王建国', expiresAt });
    expect(entry).toEqual({ phone: PHONE, reason: '反复骚扰', addedBy: '王建国', addedAt: clock.now.toISOString(), expiresAt: expiresAt.toISOString(), status: 'active' });
    expect(await blacklist.check(PHONE, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await blacklist.check(PHONE, expiresAt)).toBeNull();

    advance(2 * DAY);
    expect(await blacklist.check(PHONE)).toBeNull();
    expect(await blacklist.list({ status: 'expired' })).toEqual([{ ...entry, status: 'expired' }]);
    expect((await blacklist.history(PHONE)).map((h) => [h.action, h.by, h.at])).toEqual([
      ['added', '王建国', entry.addedAt],
      ['expired', POLICY_ACTOR, expiresAt.toISOString()],
    ]);
  });

  it('lifting ends the restriction and is audited; old incidents do not blacklist the number again', async () => {
    const { abuse, advance, blacklist } = setup();
    await abuse('c1');
    await abuse('c2');
    await abuse('c3');
    advance(60_000);
    const lifted = await blacklist.lift(PHONE, '李明', '客户致歉,误会已澄清');
    expect(lifted).toMatchObject({ status: 'lifted', phone: PHONE });
    expect(await blacklist.check(PHONE)).toBeNull();
    expect(await blacklist.lift(PHONE, '李明', 'again')).toBeNull();

    advance(60_000);
    expect((await abuse('c4')).blacklist.action).toBe('none'); // c1-c3 were judged by the lift
    await abuse('c5');
    expect((await abuse('c6')).blacklist.action).toBe('blacklisted');

    const history = await blacklist.history('13012340000');
    expect(history.map((h) => [h.action, h.by])).toEqual([
      ['added', POLICY_ACTOR],
      ['lifted', '李明'],
      ['added', POLICY_ACTOR],
    ]);
    expect(history[1]?.reason).toBe('客户致歉,误会已澄清');
  });

  it('refuses an entry without a reason, a supervisor, a real number or a future expiry', async () => {
    const { blacklist, clock } = setup();
    await expect(blacklist.add({ phone: PHONE, reason: ' ', by: '王建国' })).rejects.toThrow(/reason is required/);
    await expect(blacklist.add({ phone: PHONE, reason: 'x', by: '' })).rejects.toThrow(/by is required/);
    await expect(blacklist.add({ phone: 'abc', reason: 'x', by: '王建国' })).rejects.toThrow(/phone number/);
    await expect(blacklist.add({ phone: PHONE, reason: 'x', by: '王建国', expiresAt: clock.now })).rejects.toThrow(/future/);
    await expect(blacklist.lift(PHONE, '王建国', '')).rejects.toThrow(/reason is required/);
    expect(await blacklist.list()).toEqual([]);
  });

  it('a permanent entry (no expiry) stays active', async () => {
    const { blacklist, advance } = setup();
    await blacklist.add({ phone: PHONE, reason: '恶意骚扰', by: '王建国' });
    advance(3650 * DAY);
    expect(await blacklist.check(PHONE)).toMatchObject({ expiresAt: null, status: 'active' });
  });
});
