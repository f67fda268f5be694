import { describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../../src/store/sqlite/session-store.js';
import { openDatabase } from '../../../src/store/sqlite/database.js';
import { migrate, MIGRATIONS } from '../../../src/store/sqlite/migrations.js';
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

  it('reads a conversation written before conversations named their flow as an inbound call', async () => {
    const db = openDatabase(':memory:');
    // The schema as it was just before that migration (later ones come after it, as in a real upgrade).
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'conversations name their flow')));
    db.prepare(
      `INSERT INTO conversations (id, version, channel, caller, locale, snapshot, status, last_turn, created_at, updated_at)
       VALUES ('CA-old', 3, 'voice', NULL, 'zh-CN', '{}', 'active', NULL, '2026-11-25T02:00:00.000Z', '2026-11-25T02:00:03.000Z')`,
    ).run();
    migrate(db);
    const store = new SqliteSessionStore(db);
    expect(await store.get('CA-old')).toMatchObject({ id: 'CA-old', version: 3, flow: 'inbound' });
    expect(await store.compareAndSet(conversation('CA-old', 4, { flow: 'inbound' }), 3)).toBe(true);
    db.close();
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
