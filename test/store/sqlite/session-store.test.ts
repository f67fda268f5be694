import { describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../../src/store/sqlite/session-store.js';
import { conversation, fileDb, memoryDb, tempDir } from '../helpers.js';
import { sessionStoreContract } from '../session-store-contract.js';

describe('SqliteSessionStore', () => {
  sessionStoreContract(() => new SqliteSessionStore(memoryDb()));

  it('keeps a conversation across a restart (the database file is reopened)', async () => {
    const dir = tempDir();
    const first = fileDb(dir);
    const record = conversation('CA-restart', 1);
    expect(await new SqliteSessionStore(first).compareAndSet(record, 0)).toBe(true);
    first.close();

    const reopened = new SqliteSessionStore(fileDb(dir));
    expect(await reopened.get('CA-restart')).toEqual(record);
    // The version survived too: the next turn continues from it.
    expect(await reopened.compareAndSet(conversation('CA-restart', 2), 1)).toBe(true);
  });

  it('serialises writers on two connections to the same file', async () => {
    const dir = tempDir();
    const a = new SqliteSessionStore(fileDb(dir));
    const b = new SqliteSessionStore(fileDb(dir));
    await a.compareAndSet(conversation('CA-two', 1), 0);
    expect(await b.compareAndSet(conversation('CA-two', 2, { caller: 'b' }), 1)).toBe(true);
    expect(await a.compareAndSet(conversation('CA-two', 2, { caller: 'a' }), 1)).toBe(false);
    expect((await a.get('CA-two'))?.caller).toBe('b');
  });
});
