import { expect, it } from 'vitest';
import { DEFAULT_BLACKLIST_POLICY } from '../../../src/services/blacklist-policy.js';
import type { IncidentKind } from '../../../src/services/ports.js';
import { BlacklistEntryExists } from '../../../src/services/blacklist-entry.js';
import { clock, type DurableHarness, type DurableServices } from './harness.js';

const CALLER = '+8613012340000';
const DAY = 86_400_000;
const POLICY = { ...DEFAULT_BLACKLIST_POLICY, abuseCount: 3, silentCount: 2, windowDays: 7, days: 30 };

export function blacklistContract(h: DurableHarness): void {
  const open = async (approval = false) => {
    const c = clock('2026-11-25T02:00:00Z');
    const store = await h.open({ now: c.now, blacklist: { ...POLICY, approval } });
    const incident = (s: DurableServices, kind: IncidentKind = 'abuse', phone: string | null = CALLER) => {
      c.advance(60_000);
      return s.incidents.record({ kind, phone, conversationId: `CA-${c.now().getTime()}`, evidence: kind === 'abuse' ? ['骂人的话'] : [] });
    };
    return { c, store, services: store.services, incident: (kind?: IncidentKind, phone?: string | null) => incident(store.services, kind, phone) };
  };

  it('N22: incidents keep the words and the time; listed newest first, filtered by phone, kind and time', async () => {
    const { services, incident } = await open();
    const first = await incident('abuse', '130 1234 0000');
    const silent = await incident('silent_call', null);
    expect(first).toEqual({
      incident: { id: expect.any(String), kind: 'abuse', phone: CALLER, conversationId: expect.any(String), evidence: ['骂人的话'], at: '2026-11-25T02:01:00.000Z' },
      blacklist: { action: 'none' },
    });
    expect(silent.incident).toMatchObject({ phone: null, evidence: [] });
    expect((await services.incidents.list()).map((i) => i.id)).toEqual([silent.incident.id, first.incident.id]);
    expect(await services.incidents.list({ phone: CALLER })).toEqual([first.incident]);
    expect((await services.incidents.list({ kind: 'silent_call' })).map((i) => i.id)).toEqual([silent.incident.id]);
    expect(await services.incidents.list({ from: '2026-11-25T02:01:30Z' })).toEqual([silent.incident]);
    const past = await services.incidents.record({ kind: 'abuse', phone: null, conversationId: 'late', evidence: [], at: new Date('2026-11-20T00:00:00Z') });
    expect(past.incident.at).toBe('2026-11-20T00:00:00.000Z'); // delivered late from the outbox: keeps when it happened
    await expect(services.incidents.record({ kind: 'rude' as never, phone: null, conversationId: 'x', evidence: [] })).rejects.toThrow(RangeError);
  });

  it('N23: the third abusive call within the window blacklists the number for the policy duration', async () => {
    const { services, incident } = await open();
    expect((await incident()).blacklist).toEqual({ action: 'none' });
    expect((await incident()).blacklist).toEqual({ action: 'none' });
    expect(await services.blacklist.check(CALLER)).toBeNull();
    const third = await incident();
    expect(third.blacklist).toEqual({
      action: 'blacklisted',
      entry: {
        phone: CALLER,
        reason: '3 abusive calls within 7 days (N23)',
        addedBy: 'policy (N23)',
        addedAt: '2026-11-25T02:03:00.000Z',
        expiresAt: '2026-12-25T02:03:00.000Z',
        status: 'active',
      },
    });
    expect(await services.blacklist.check('13012340000')).toEqual(third.blacklist.action === 'blacklisted' && third.blacklist.entry);
    expect((await incident()).blacklist).toEqual({ action: 'none' }); // already on the list
    expect(await services.blacklist.check(CALLER, new Date('2026-12-25T02:03:00Z'))).toBeNull(); // over at its expiry
  });

  it('N23: incidents outside the window do not count; silent calls count on their own', async () => {
    const { c, services, incident } = await open();
    await incident();
    await incident();
    c.advance(8 * DAY);
    expect((await incident()).blacklist.action).toBe('none');
    await incident('silent_call');
    expect((await incident('silent_call')).blacklist).toMatchObject({ action: 'blacklisted', entry: { reason: '2 silent calls within 7 days (N23)' } });
    expect(await services.blacklist.list({ status: 'active' })).toHaveLength(1);
  });

  it('N23 with approval: the policy only proposes; a supervisor approves and the duration counts from then', async () => {
    const { c, services, incident } = await open(true);
    await incident();
    await incident();
    expect((await incident()).blacklist).toMatchObject({ action: 'proposed', entry: { status: 'proposed', expiresAt: '2026-12-25T02:03:00.000Z' } });
    expect(await services.blacklist.check(CALLER)).toBeNull(); // a proposal restricts nobody
    expect(await services.blacklist.approve('+8613900139000', '王建国')).toBeNull(); // nothing proposed there
    c.advance(DAY);
    const approved = await services.blacklist.approve(CALLER, ' 王建国 ');
    expect(approved).toEqual({ phone: CALLER, reason: '3 abusive calls within 7 days (N23)', addedBy: '王建国', addedAt: '2026-11-26T02:03:00.000Z', expiresAt: '2026-12-26T02:03:00.000Z', status: 'active' });
    expect(await services.blacklist.check(CALLER)).toEqual(approved);
    expect(await services.blacklist.approve(CALLER, '王建国')).toBeNull(); // already active
  });

  it('N23: a lifted number is not blacklisted again by the incidents already judged; history says who, when, why', async () => {
    const { c, services, incident } = await open();
    await incident();
    await incident();
    await incident();
    c.advance(3_600_000);
    const lifted = await services.blacklist.lift(CALLER, '王建国', '客户已道歉');
    expect(lifted?.status).toBe('lifted');
    expect(await services.blacklist.check(CALLER)).toBeNull();
    expect(await services.blacklist.lift(CALLER, '王建国', '再次')).toBeNull(); // nothing left to lift
    expect((await incident()).blacklist.action).toBe('none');
    expect(await services.blacklist.history(CALLER)).toEqual([
      { at: '2026-11-25T02:03:00.000Z', action: 'added', by: 'policy (N23)', reason: '3 abusive calls within 7 days (N23)' },
      { at: '2026-11-25T03:03:00.000Z', action: 'lifted', by: '王建国', reason: '客户已道歉' },
    ]);
  });

  it('N23: supervisors add (or renew) entries; an expired entry is recorded as expired, dated at its expiry', async () => {
    const { c, services } = await open();
    await expect(services.blacklist.add({ phone: 'abc', reason: 'x', by: 'y' })).rejects.toThrow(RangeError);
    await expect(services.blacklist.add({ phone: CALLER, reason: ' ', by: 'y' })).rejects.toThrow(RangeError);
    await expect(services.blacklist.add({ phone: CALLER, reason: 'x', by: 'y', expiresAt: new Date('2026-11-01T00:00:00Z') })).rejects.toThrow(RangeError);
    const forever = await services.blacklist.add({ phone: '+8613900139000', reason: '骚扰', by: '王建国' });
    expect(forever).toMatchObject({ expiresAt: null, status: 'active', addedBy: '王建国' });
    await services.blacklist.add({ phone: CALLER, reason: '骚扰', by: '王建国', expiresAt: new Date('2026-11-26T02:00:00Z') });
    c.set('2026-11-27T00:00:00Z');
    expect(await services.blacklist.check(CALLER)).toBeNull();
    expect((await services.blacklist.list()).map((e) => [e.phone, e.status])).toEqual([
      [CALLER, 'expired'],
      ['+8613900139000', 'active'],
    ]);
    expect(await services.blacklist.list({ status: 'expired' })).toHaveLength(1);
    expect((await services.blacklist.history(CALLER)).map((e) => [e.at, e.action, e.by])).toEqual([
      ['2026-11-25T02:00:00.000Z', 'added', '王建国'],
      ['2026-11-26T02:00:00.000Z', 'expired', 'policy (N23)'],
    ]);
    const renewed = await services.blacklist.add({ phone: CALLER, reason: '再次骚扰', by: '李明' });
    expect(await services.blacklist.check(CALLER)).toEqual(renewed);
    await expect(services.blacklist.list({ status: 'banned' as never })).rejects.toThrow(RangeError);
  });

  it('issue 10: re-adding a number in force is refused (its term never changes silently); after a lift it can be added again', async () => {
    const { services } = await open(true);
    const entry = await services.blacklist.add({ phone: CALLER, reason: '骚扰', by: '王建国', expiresAt: new Date('2026-12-25T00:00:00Z') });
    await expect(services.blacklist.add({ phone: CALLER, reason: '再次', by: '李明' })).rejects.toThrow(BlacklistEntryExists);
    expect(await services.blacklist.check(CALLER)).toEqual(entry);
    await services.blacklist.lift(CALLER, '王建国', '误加');
    expect(await services.blacklist.add({ phone: CALLER, reason: '再次', by: '李明' })).toMatchObject({ status: 'active', expiresAt: null });
  });

  it('N23: two instances recording the decisive incident at once make exactly one entry', async () => {
    const { store, services, incident } = await open();
    await incident();
    await incident();
    const other = await store.second();
    await other.blacklist.check(CALLER); // connected: the race below is a real one
    const results = await Promise.all(
      [services, other, services, other].map((s, i) => s.incidents.record({ kind: 'abuse', phone: CALLER, conversationId: `race-${i}`, evidence: [] })),
    );
    expect(results.filter((r) => r.blacklist.action === 'blacklisted')).toHaveLength(1);
    expect((await services.blacklist.history(CALLER)).map((e) => e.action)).toEqual(['added']);
  });

  it('an active entry is updated explicitly (reason, expiry, forever); a proposal or a lifted entry is not', async () => {
    const { c, services } = await open();
    await services.blacklist.add({ phone: CALLER, reason: '骚扰', by: '王建国', expiresAt: new Date('2026-12-01T00:00:00Z') });
    c.advance(60_000);
    const longer = await services.blacklist.update('130 1234 0000', { reason: '延长', by: '李明', expiresAt: new Date('2027-01-01T00:00:00Z') });
    expect(longer).toMatchObject({ phone: CALLER, reason: '延长', addedBy: '王建国', addedAt: '2026-11-25T02:00:00.000Z', expiresAt: '2027-01-01T00:00:00.000Z', status: 'active' });
    expect(await services.blacklist.check(CALLER, new Date('2026-12-15T00:00:00Z'))).toMatchObject({ reason: '延长' });
    expect(await services.blacklist.update(CALLER, { reason: '长期', by: '李明', expiresAt: null })).toMatchObject({ expiresAt: null });
    expect(await services.blacklist.update(CALLER, { reason: '核实', by: '李明' })).toMatchObject({ expiresAt: null, reason: '核实' });
    expect((await services.blacklist.history(CALLER)).map((h) => [h.action, h.by, h.reason])).toEqual([
      ['added', '王建国', '骚扰'],
      ['updated', '李明', '延长'],
      ['updated', '李明', '长期'],
      ['updated', '李明', '核实'],
    ]);
    await expect(services.blacklist.update(CALLER, { reason: 'x', by: '李明', expiresAt: new Date('2026-11-01T00:00:00Z') })).rejects.toThrow(RangeError);
    await expect(services.blacklist.update(CALLER, { reason: ' ', by: '李明' })).rejects.toThrow(RangeError);
    await services.blacklist.lift(CALLER, '李明', '解除');
    expect(await services.blacklist.update(CALLER, { reason: 'x', by: '李明' })).toBeNull();
    expect(await services.blacklist.update('+8613099990000', { reason: 'x', by: '李明' })).toBeNull();
  });

  it('a proposal is not updated (it is approved or lifted)', async () => {
    const { services, incident } = await open(true);
    await incident();
    await incident();
    expect((await incident()).blacklist.action).toBe('proposed');
    expect(await services.blacklist.update(CALLER, { reason: 'x', by: '李明' })).toBeNull();
  });
}
