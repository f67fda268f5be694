/**
 * The conversation store's local journal (issue 10 item 5): turns written while the store is
 * down are kept, keep their compare-and-set, and go back to the store when it answers.
 */
import { describe, expect, it } from 'vitest';
import { JournaledSessionStore, SessionJournal } from '../../src/store/journaled-sessions.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import { openOutbox } from '../../src/store/sqlite/outbox.js';
import { switchableSessions } from '../support/faults.js';
import { conversation } from './helpers.js';

function journaled() {
  const store = new MemorySessionStore();
  const { sessions, down } = switchableSessions(store);
  const outbox = openOutbox(':memory:');
  return { store, down, journaled: new JournaledSessionStore(sessions, new SessionJournal(outbox.db), { timeoutMs: 200 }) };
}

describe('the local journal of the conversation store', () => {
  it('keeps turns while the store is down, one writer per version, and hands them back when it answers', async () => {
    const { store, down, journaled: sessions } = journaled();
    await sessions.compareAndSet(conversation('CA1', 1), 0);
    down(true);
    expect(await sessions.get('CA1')).toMatchObject({ version: 1 }); // what this instance wrote last
    const raced = await Promise.all([sessions.compareAndSet(conversation('CA1', 2, { caller: 'a' }), 1), sessions.compareAndSet(conversation('CA1', 2, { caller: 'b' }), 1)]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await sessions.compareAndSet(conversation('CA1', 3), 2)).toBe(true);
    expect(await sessions.compareAndSet(conversation('CA1', 3), 2)).toBe(false);
    expect(await store.get('CA1')).toMatchObject({ version: 1 });

    down(false);
    expect(await sessions.get('CA1')).toMatchObject({ version: 3 });
    expect(await store.get('CA1')).toMatchObject({ version: 3 }); // handed back
    expect(await sessions.compareAndSet(conversation('CA1', 4), 3)).toBe(true);
    expect(await store.get('CA1')).toMatchObject({ version: 4 });
  });

  it('a call unknown to both fails while the store is down; flush() hands back what is kept', async () => {
    const { store, down, journaled: sessions } = journaled();
    down(true);
    await expect(sessions.get('CA2')).rejects.toThrow(/ECONNREFUSED/);
    expect(await sessions.compareAndSet(conversation('CA2', 1), 0)).toBe(true); // a new call starts on the journal
    expect(await sessions.flush()).toBe(1); // still down: kept
    down(false);
    expect(await sessions.flush()).toBe(0);
    expect(await store.get('CA2')).toMatchObject({ version: 1 });
  });

  it('a journaled record never overwrites a later one in the store', async () => {
    const { store, down, journaled: sessions } = journaled();
    await sessions.compareAndSet(conversation('CA3', 1), 0);
    down(true);
    await sessions.compareAndSet(conversation('CA3', 2, { caller: 'journal' }), 1);
    down(false);
    await store.compareAndSet(conversation('CA3', 2, { caller: 'other instance' }), 1);
    await store.compareAndSet(conversation('CA3', 3, { caller: 'other instance' }), 2);
    expect(await sessions.get('CA3')).toMatchObject({ version: 3, caller: 'other instance' });
  });
});
