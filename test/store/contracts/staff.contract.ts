/**
 * The duty desk's stores (issue 12): users and sign-in sessions, transcripts and chat handovers.
 * One contract, run against SQLite (staff-sqlite.test.ts) and PostgreSQL (postgres/staff-contract.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { UserExists, type NewHandover } from '../../../src/services/ports.js';
import type { StaffStores } from '../../../src/services/staff-stores.js';
import { clock } from './harness.js';

export interface StaffHarness {
  name: string;
  /** Empty stores on the adapter's clock; `second()` is another connection to the same data. */
  open(now: () => Date): Promise<{ staff: StaffStores; second(): Promise<StaffStores> }>;
}

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';
const OTHER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$b3RoZXJvdGhlcm90aGVyb3Q';

const handover = (patch: Partial<NewHandover> = {}): NewHandover => ({
  conversationId: 'chat-1',
  queue: 'agent',
  reason: 'requested',
  priority: 10,
  escalationId: null,
  locale: 'zh-CN',
  phone: '138 0013 8000',
  summary: '客户要求人工服务',
  deadline: new Date('2026-11-25T02:02:00Z'),
  ...patch,
});

export function staffContract(h: StaffHarness): void {
  const open = async () => {
    const c = clock('2026-11-25T02:00:00Z');
    return { c, ...(await h.open(c.now)) };
  };

  describe('users', () => {
    it('adds a user with a role, finds them by name, keeps only the hash, and refuses a second one of the name', async () => {
      const { staff } = await open();
      const user = await staff.users.create({ name: ' 王建国 ', role: 'supervisor', passwordHash: HASH, by: 'command line' });
      expect(user).toEqual({
        id: expect.any(String),
        name: '王建国',
        role: 'supervisor',
        active: true,
        createdAt: '2026-11-25T02:00:00.000Z',
        updatedAt: '2026-11-25T02:00:00.000Z',
        createdBy: 'command line',
      });
      expect(await staff.users.byName('王建国')).toEqual(user);
      expect(await staff.users.credentials('王建国')).toEqual({ user, passwordHash: HASH });
      expect(await staff.users.byName('李四')).toBeNull();
      await expect(staff.users.create({ name: '王建国', role: 'agent', passwordHash: HASH, by: 'x' })).rejects.toBeInstanceOf(UserExists);
      await expect(staff.users.create({ name: 'a', role: 'boss' as never, passwordHash: HASH, by: 'x' })).rejects.toThrow(RangeError);
      await expect(staff.users.create({ name: 'b', role: 'agent', passwordHash: 'secret', by: 'x' })).rejects.toThrow(/hash/);
      await expect(staff.users.create({ name: '<script>', role: 'agent', passwordHash: HASH, by: 'x' })).rejects.toThrow(RangeError);
    });

    it('lists by name; changes role, password and activity; a password change or disabling ends their sessions', async () => {
      const { c, staff } = await open();
      const li = await staff.users.create({ name: 'li.na', role: 'agent', passwordHash: HASH, by: '王建国' });
      await staff.users.create({ name: 'admin', role: 'admin', passwordHash: HASH, by: 'command line' });
      expect((await staff.users.list()).map((u) => u.name)).toEqual(['admin', 'li.na']);
      const expiresAt = new Date('2026-11-25T14:00:00Z');
      await staff.signIns.create({ tokenHash: 't1', userId: li.id, csrfToken: 'c1', expiresAt });
      c.advance(60_000);
      expect(await staff.users.update('li.na', { role: 'supervisor' })).toMatchObject({ role: 'supervisor', updatedAt: '2026-11-25T02:01:00.000Z' });
      expect(await staff.signIns.get('t1')).toMatchObject({ user: { name: 'li.na', role: 'supervisor' } }); // a role change keeps the session
      await staff.users.update('li.na', { passwordHash: OTHER_HASH });
      expect(await staff.signIns.get('t1')).toBeNull();
      expect((await staff.users.credentials('li.na'))?.passwordHash).toBe(OTHER_HASH);
      await staff.signIns.create({ tokenHash: 't2', userId: li.id, csrfToken: 'c2', expiresAt });
      expect(await staff.users.update('li.na', { active: false })).toMatchObject({ active: false });
      expect(await staff.signIns.get('t2')).toBeNull();
      expect(await staff.users.update('nobody', { active: false })).toBeNull();
    });
  });

  describe('sign-in sessions', () => {
    it('a session answers its user and CSRF token until it expires or is deleted; seen from another instance', async () => {
      const { c, staff, second } = await open();
      const user = await staff.users.create({ name: '王建国', role: 'supervisor', passwordHash: HASH, by: 'command line' });
      await staff.signIns.create({ tokenHash: 'abc', userId: user.id, csrfToken: 'csrf-1', expiresAt: new Date('2026-11-25T03:00:00Z') });
      const other = await second();
      expect(await other.signIns.get('abc')).toEqual({
        tokenHash: 'abc',
        user,
        csrfToken: 'csrf-1',
        createdAt: '2026-11-25T02:00:00.000Z',
        expiresAt: '2026-11-25T03:00:00.000Z',
      });
      expect(await staff.signIns.get('nope')).toBeNull();
      c.set('2026-11-25T03:00:00Z');
      expect(await staff.signIns.get('abc')).toBeNull();
      c.set('2026-11-25T02:30:00Z');
      await other.signIns.delete('abc');
      expect(await staff.signIns.get('abc')).toBeNull();
    });
  });

  describe('transcripts', () => {
    it('keeps who said what in order, per conversation, and answers what came after a point', async () => {
      const { staff, second } = await open();
      const first = await staff.transcripts.append('chat-1', [
        { author: 'bot', name: null, text: '您好，欢迎咨询', locale: 'zh-CN' },
        { author: 'customer', name: null, text: '人工服务', locale: 'zh-CN' },
      ]);
      await staff.transcripts.append('chat-2', [{ author: 'customer', name: null, text: 'hello', locale: 'en-US' }]);
      const more = await (await second()).transcripts.append('chat-1', [{ author: 'agent', name: '王建国', text: '您好，我是值班长', locale: 'zh-CN' }]);
      const all = await staff.transcripts.list('chat-1');
      expect(all.map((e) => [e.author, e.name, e.text])).toEqual([
        ['bot', null, '您好，欢迎咨询'],
        ['customer', null, '人工服务'],
        ['agent', '王建国', '您好，我是值班长'],
      ]);
      expect(all[0]).toEqual({ seq: first[0]!.seq, conversationId: 'chat-1', at: '2026-11-25T02:00:00.000Z', author: 'bot', name: null, text: '您好，欢迎咨询', locale: 'zh-CN' });
      expect(first[1]!.seq).toBeGreaterThan(first[0]!.seq);
      expect(await staff.transcripts.list('chat-1', { afterSeq: first[1]!.seq })).toEqual(more);
      expect(await staff.transcripts.append('chat-1', [])).toEqual([]);
      await expect(staff.transcripts.append('chat-1', [{ author: 'agent', name: null, text: 'x', locale: 'zh-CN' }])).rejects.toThrow(/name/);
      await expect(staff.transcripts.append('chat-1', [{ author: 'bot', name: null, text: 'x', locale: 'fr-FR' as never }])).rejects.toThrow(RangeError);
    });
  });

  describe('transcripts, as a turn writes them', () => {
    it("a turn's lines, and an append longer than a turn's, are listed with the seqs and times the append answered", async () => {
      const { staff } = await open();
      const line = (i: number) => ({ author: i % 2 ? ('customer' as const) : ('bot' as const), name: null, text: `第${i}句`, locale: 'zh-CN' as const });
      await staff.transcripts.append('call-0', [line(0)]);
      const turn = await staff.transcripts.append('call-1', [line(1), line(2), line(3)]);
      const long = await staff.transcripts.append('call-1', Array.from({ length: 40 }, (_, i) => ({ ...line(i), ...(i === 7 ? { at: new Date('2026-11-25T01:00:00.000Z') } : {}) })));
      expect(await staff.transcripts.list('call-1')).toEqual([...turn, ...long]);
      expect(new Set([...turn, ...long].map((e) => e.seq)).size).toBe(43);
      expect(long[7]!.at).toBe('2026-11-25T01:00:00.000Z');
    });
  });

  describe('chat handovers', () => {
    it('a chat waits once (a retried open answers the same handover), in priority order, then oldest', async () => {
      const { c, staff } = await open();
      const a = await staff.handovers.open(handover());
      expect(a).toEqual({
        id: expect.any(String),
        conversationId: 'chat-1',
        queue: 'agent',
        reason: 'requested',
        priority: 10,
        escalationId: null,
        locale: 'zh-CN',
        phone: '+8613800138000',
        summary: '客户要求人工服务',
        status: 'waiting',
        takenBy: null,
        deadline: '2026-11-25T02:02:00.000Z',
        createdAt: '2026-11-25T02:00:00.000Z',
        updatedAt: '2026-11-25T02:00:00.000Z',
      });
      expect(await staff.handovers.open(handover({ reason: 'again' }))).toEqual(a);
      c.advance(1000);
      const b = await staff.handovers.open(handover({ conversationId: 'chat-2', queue: 'supervisor', priority: 40, escalationId: 'E1' }));
      c.advance(1000);
      const d = await staff.handovers.open(handover({ conversationId: 'chat-3', phone: null }));
      expect((await staff.handovers.list()).map((x) => x.id)).toEqual([b.id, a.id, d.id]);
      expect(await staff.handovers.get(b.id)).toEqual(b);
      expect(await staff.handovers.latest('chat-2')).toEqual(b);
      expect(await staff.handovers.latest('chat-9')).toBeNull();
      await expect(staff.handovers.open(handover({ conversationId: 'x', priority: 101 }))).rejects.toThrow(RangeError);
    });

    it('two people take one chat at once: one wins; a closed handover lets the chat wait again later', async () => {
      const { c, staff, second } = await open();
      const a = await staff.handovers.open(handover());
      const other = await second();
      const [one, two] = await Promise.all([
        staff.handovers.move(a.id, ['waiting'], 'taken', { takenBy: '王建国' }),
        other.handovers.move(a.id, ['waiting'], 'taken', { takenBy: '李娜' }),
      ]);
      const winners = [one, two].filter((x) => x !== null);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ status: 'taken', takenBy: expect.stringMatching(/王建国|李娜/) });
      c.advance(5000);
      const returned = await staff.handovers.move(a.id, ['taken'], 'returned');
      expect(returned).toMatchObject({ status: 'returned', takenBy: winners[0]!.takenBy, updatedAt: '2026-11-25T02:00:05.000Z' });
      expect(await staff.handovers.move(a.id, ['taken'], 'closed')).toBeNull();
      expect(await staff.handovers.list()).toEqual([]);
      expect((await staff.handovers.list({ statuses: ['returned'] })).map((x) => x.id)).toEqual([a.id]);
      const again = await staff.handovers.open(handover({ reason: 'again' }));
      expect(again.id).not.toBe(a.id);
      expect(await staff.handovers.latest('chat-1')).toMatchObject({ id: again.id, reason: 'again' });
      await expect(staff.handovers.move(a.id, ['waiting'], 'gone' as never)).rejects.toThrow(RangeError);
    });

    it('a waiting chat is raised to the urgent queue with a new reason and deadline (N10); a bad priority is refused', async () => {
      const { staff } = await open();
      const low = await staff.handovers.open(handover({ priority: 10 }));
      const other = await staff.handovers.open(handover({ conversationId: 'chat-2', priority: 50 }));
      const raised = await staff.handovers.move(low.id, ['waiting', 'timed_out'], 'waiting', { priority: 100, reason: 'danger', deadline: new Date('2026-11-25T02:10:00Z') });
      expect(raised).toMatchObject({ status: 'waiting', priority: 100, reason: 'danger', deadline: '2026-11-25T02:10:00.000Z', takenBy: null });
      expect((await staff.handovers.list()).map((x) => x.id)).toEqual([low.id, other.id]);
      await expect(staff.handovers.move(low.id, ['waiting'], 'waiting', { priority: 101 })).rejects.toThrow(RangeError);
    });

    it('waiting chats past their deadline are overdue; taken ones are not', async () => {
      const { staff } = await open();
      const late = await staff.handovers.open(handover({ deadline: new Date('2026-11-25T02:01:00Z') }));
      const taken = await staff.handovers.open(handover({ conversationId: 'chat-2', deadline: new Date('2026-11-25T02:01:00Z') }));
      await staff.handovers.open(handover({ conversationId: 'chat-3', deadline: new Date('2026-11-25T02:05:00Z') }));
      await staff.handovers.move(taken.id, ['waiting'], 'taken', { takenBy: '王建国' });
      expect(await staff.handovers.overdue(new Date('2026-11-25T02:00:59Z'))).toEqual([]);
      expect((await staff.handovers.overdue(new Date('2026-11-25T02:01:00Z'))).map((x) => x.id)).toEqual([late.id]);
    });
  });

  describe('retention (issue 10 item 7)', () => {
    it('purges transcript lines said before a time, and handovers that ended before it; open ones stay', async () => {
      const { c, staff } = await open();
      await staff.transcripts.append('chat-old', [{ author: 'customer', name: null, text: '我家停电了，地址是…', locale: 'zh-CN' }]);
      const ended = await staff.handovers.open(handover({ conversationId: 'chat-old' }));
      await staff.handovers.move(ended.id, ['waiting'], 'abandoned');
      const waiting = await staff.handovers.open(handover({ conversationId: 'chat-waiting' }));
      c.advance(3_600_000);
      await staff.transcripts.append('chat-new', [{ author: 'customer', name: null, text: 'hello', locale: 'en-US' }]);
      const cutoff = new Date(c.now().getTime() - 60_000);
      expect(await staff.transcripts.purgeBefore(cutoff)).toBe(1);
      expect(await staff.handovers.purgeBefore(cutoff)).toBe(1);
      expect(await staff.transcripts.list('chat-old')).toEqual([]);
      expect(await staff.transcripts.list('chat-new')).toHaveLength(1);
      expect(await staff.handovers.get(ended.id)).toBeNull();
      expect(await staff.handovers.get(waiting.id)).toMatchObject({ status: 'waiting' });
    });
  });
}
