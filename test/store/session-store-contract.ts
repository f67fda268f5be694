/** The SessionStore contract, run against every adapter (memory, SQLite, Redis). */
import { expect, it } from 'vitest';
import type { SessionStore } from '../../src/engine/session-store.js';
import { conversation } from './helpers.js';

export function sessionStoreContract(makeStore: () => Promise<SessionStore> | SessionStore): void {
  const id = (name: string) => name;

  it('returns null for an unknown conversation', async () => {
    const store = await makeStore();
    expect(await store.get(id('CA-none'))).toBeNull();
  });

  it('creates a record once (expectedVersion 0) and reads it back whole', async () => {
    const store = await makeStore();
    const first = conversation(id('CA1'), 1);
    expect(await store.compareAndSet(first, 0)).toBe(true);
    expect(await store.get(id('CA1'))).toEqual(first);

    // A second creator (a retried webhook on another instance) loses and changes nothing.
    const rival = conversation(id('CA1'), 1, { caller: '+8613900139000' });
    expect(await store.compareAndSet(rival, 0)).toBe(false);
    expect(await store.get(id('CA1'))).toEqual(first);
  });

  it('keeps the flow a record names', async () => {
    const store = await makeStore();
    await store.compareAndSet(conversation(id('CA-flow'), 1, { flow: 'callback' }), 0);
    expect((await store.get(id('CA-flow')))?.flow).toBe('callback');
    await store.compareAndSet(conversation(id('CA-flow'), 2, { flow: 'callback', status: 'ended' }), 1);
    expect(await store.get(id('CA-flow'))).toMatchObject({ flow: 'callback', version: 2 });
  });

  it('updates only from the current version and rejects a stale writer', async () => {
    const store = await makeStore();
    await store.compareAndSet(conversation(id('CA2'), 1), 0);
    const v2 = conversation(id('CA2'), 2, { status: 'ended', lastTurn: null });
    expect(await store.compareAndSet(v2, 1)).toBe(true);

    // The other instance still holds version 1: its write must not land.
    const stale = conversation(id('CA2'), 2, { caller: 'stale' });
    expect(await store.compareAndSet(stale, 1)).toBe(false);
    expect(await store.get(id('CA2'))).toEqual(v2);

    expect(await store.compareAndSet(conversation(id('CA2'), 3), 2)).toBe(true);
    expect((await store.get(id('CA2')))?.version).toBe(3);
  });

  it('refuses to update a record that does not exist', async () => {
    const store = await makeStore();
    expect(await store.compareAndSet(conversation(id('CA3'), 5), 4)).toBe(false);
    expect(await store.get(id('CA3'))).toBeNull();
  });

  it('throws on a write that does not carry expectedVersion + 1 (a caller bug, not a race)', async () => {
    const store = await makeStore();
    await expect(store.compareAndSet(conversation(id('CA4'), 3), 1)).rejects.toThrow(/expectedVersion \+ 1/);
    expect(await store.get(id('CA4'))).toBeNull();
  });

  it('lets exactly one of several concurrent writers of the same version win', async () => {
    const store = await makeStore();
    await store.compareAndSet(conversation(id('CA5'), 1), 0);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.compareAndSet(conversation(id('CA5'), 2, { caller: `w${i}` }), 1)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect((await store.get(id('CA5')))?.caller).toBe(`w${winner}`);
  });

  it('restore writes a journaled record only over an earlier version (issue 10 item 5)', async () => {
    const store = await makeStore();
    await store.compareAndSet(conversation(id('CA6'), 1), 0);
    expect(await store.restore!(conversation(id('CA6'), 3, { caller: 'journal' }))).toBe(true);
    expect(await store.get(id('CA6'))).toMatchObject({ version: 3, caller: 'journal' });
    expect(await store.restore!(conversation(id('CA6'), 3, { caller: 'again' }))).toBe(false);
    expect(await store.restore!(conversation(id('CA6'), 2))).toBe(false);
    expect(await store.restore!(conversation(id('CA7'), 2))).toBe(true); // a call the store never saw
    expect(await store.compareAndSet(conversation(id('CA6'), 4), 3)).toBe(true);
  });

  it('lists the active conversations idle since a time, oldest first; ended ones are not idle (issue 10 item 7)', async () => {
    const store = await makeStore();
    const at = (minute: number) => `2026-11-25T03:${String(minute).padStart(2, '0')}:00.000Z`;
    await store.compareAndSet(conversation(id('idle-b'), 1, { updatedAt: at(5) }), 0);
    await store.compareAndSet(conversation(id('idle-a'), 1, { updatedAt: at(1) }), 0);
    await store.compareAndSet(conversation(id('idle-ended'), 1, { updatedAt: at(2), status: 'ended' }), 0);
    await store.compareAndSet(conversation(id('fresh'), 1, { updatedAt: at(30) }), 0);
    const idle = (await store.listIdle!(at(10), 100)).map((r) => r.id).filter((x) => x.includes('idle-') || x.includes('fresh'));
    expect(idle).toEqual([id('idle-a'), id('idle-b')]);
    await store.compareAndSet(conversation(id('idle-a'), 2, { updatedAt: at(31), status: 'ended' }), 1);
    expect((await store.listIdle!(at(10), 100)).map((r) => r.id)).not.toContain(id('idle-a'));
    if (!store.purgeEnded) return; // Redis: records expire by themselves (TTL)
    expect(await store.purgeEnded(at(32))).toBe(2);
    expect(await store.get(id('idle-ended'))).toBeNull();
    expect(await store.get(id('fresh'))).not.toBeNull();
  });
}
