import { describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../../src/store/sqlite/session-store.js';
import { openDatabase } from '../../../src/store/sqlite/database.js';
import { GroupCommit } from '../../../src/store/sqlite/group-commit.js';
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

  it('a record read has the snapshot written, however it is read: spread, serialized, cloned, or given another', async () => {
    const store = new SqliteSessionStore(memoryDb());
    const record = conversation('CA-snapshot', 1);
    await store.compareAndSet({ ...record, snapshot: { value: { menu: 'ask' }, context: { misses: 2 } } }, 0);
    const read = (await store.get('CA-snapshot'))!;
    expect(Object.keys(read)).toEqual(Object.keys(record));
    expect({ ...read }.snapshot).toEqual({ value: { menu: 'ask' }, context: { misses: 2 } });
    expect(JSON.parse(JSON.stringify(read)).snapshot).toEqual({ value: { menu: 'ask' }, context: { misses: 2 } });
    expect(structuredClone(read).snapshot).toEqual({ value: { menu: 'ask' }, context: { misses: 2 } });
    expect(read.snapshot).toBe(read.snapshot); // parsed once
    read.snapshot = { value: 'other' };
    expect(read.snapshot).toEqual({ value: 'other' });
    expect((await store.get('CA-snapshot'))!.snapshot).toEqual({ value: { menu: 'ask' }, context: { misses: 2 } });
  });

  it("a Turn's prompts sharing their values read back the same, the values kept once in the row (issue 15)", async () => {
    const db = memoryDb();
    const store = new SqliteSessionStore(db, { keepWritten: 0 });
    const values = { company: '国网示范供电公司', address: '城关区人民路88号3栋2单元501', ticket: '2612040001' };
    const base = conversation('CA-values', 1);
    const shared = { ...base, lastTurn: { ...base.lastTurn!, prompts: [{ key: 'fault.ticketCreated', values }, { key: 'ticket.again', values }, { key: 'ticket.offerAgain', values, safety: true as const }] } };
    await store.compareAndSet(shared, 0);
    expect((await store.get('CA-values'))!.lastTurn).toEqual(shared.lastTurn);
    const row = db.prepare("SELECT last_turn FROM conversations WHERE id = 'CA-values'").pluck().get() as string;
    expect(row.split('城关区人民路88号').length - 1).toBe(1);
    // Prompts with values of their own, and a row written whole (before this), read back as written.
    const own = { ...base, id: 'CA-own', lastTurn: { ...base.lastTurn!, prompts: [{ key: 'a', values: { n: 1 } }, { key: 'b', values: { n: 2 } }, { key: 'c' }] } };
    await store.compareAndSet(own, 0);
    expect((await store.get('CA-own'))!.lastTurn).toEqual(own.lastTurn);
    db.prepare("UPDATE conversations SET last_turn = ? WHERE id = 'CA-own'").run(JSON.stringify(shared.lastTurn));
    expect((await store.get('CA-own'))!.lastTurn).toEqual(shared.lastTurn);
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

  // The rows a connection wrote last are read back without a SELECT (issue 15); never a stale one.
  describe('the rows this connection wrote last', () => {
    it('a turn another connection wrote since is read, not the row this one kept', async () => {
      const dir = tempDir();
      const [first, second] = [fileDb(dir), fileDb(dir)];
      const a = new SqliteSessionStore(first);
      const b = new SqliteSessionStore(second);
      await a.compareAndSet(conversation('CA-kept', 1), 0);
      expect((await a.get('CA-kept'))?.version).toBe(1);
      // Another instance answers the next turn: this one must see it, and not write over it.
      expect(await b.compareAndSet(conversation('CA-kept', 2, { caller: 'b' }), 1)).toBe(true);
      expect(await a.get('CA-kept')).toMatchObject({ version: 2, caller: 'b' });
      expect(await a.compareAndSet(conversation('CA-kept', 2, { caller: 'a' }), 1)).toBe(false);
      // And back: each instance continues from the other's turn.
      expect(await a.compareAndSet(conversation('CA-kept', 3, { caller: 'a' }), 2)).toBe(true);
      expect(await b.get('CA-kept')).toMatchObject({ version: 3, caller: 'a' });
    });

    it('a write to another table by another connection drops the kept rows too (the whole file is checked)', async () => {
      const dir = tempDir();
      const [first, second] = [fileDb(dir), fileDb(dir)];
      const a = new SqliteSessionStore(first);
      await a.compareAndSet(conversation('CA-raw', 1), 0);
      // A process that bypasses the store (an operator's sqlite3 shell) changes the record.
      second.prepare("UPDATE conversations SET caller = 'shell' WHERE id = 'CA-raw'").run();
      expect((await a.get('CA-raw'))?.caller).toBe('shell');
    });

    it('a write its group commit rolled back is not read back', async () => {
      const db = fileDb(tempDir());
      const group = new GroupCommit(db);
      const store = new SqliteSessionStore(db, { group });
      await store.compareAndSet(conversation('CA-rolled', 1), 0);
      db.exec("CREATE TABLE said (text TEXT); CREATE TRIGGER refuse BEFORE INSERT ON said BEGIN SELECT RAISE(ROLLBACK, 'disk I/O error'); END");
      const turn = group.run(async () => {
        expect(await store.compareAndSet(conversation('CA-rolled', 2), 1)).toBe(true);
        expect(() => db.prepare("INSERT INTO said (text) VALUES ('x')").run()).toThrow(/disk I\/O/);
        // Still inside the failed group: the turn's write is gone already.
        expect((await store.get('CA-rolled'))?.version).toBe(1);
      });
      await expect(turn).rejects.toThrow(/rolled back/);
      expect((await store.get('CA-rolled'))?.version).toBe(1);
      expect(await store.compareAndSet(conversation('CA-rolled', 2), 1)).toBe(true);
    });

    it("a write inside a caller's own transaction that is rolled back is not read back", async () => {
      const db = memoryDb();
      const store = new SqliteSessionStore(db);
      await store.compareAndSet(conversation('CA-tx', 1), 0);
      expect(() =>
        db.transaction(() => {
          void store.compareAndSet(conversation('CA-tx', 2), 1);
          throw new Error('the caller gives up');
        })(),
      ).toThrow(/gives up/);
      expect((await store.get('CA-tx'))?.version).toBe(1);
    });

    it('two stores on one connection see each other\'s writes', async () => {
      const db = memoryDb();
      const [a, b] = [new SqliteSessionStore(db), new SqliteSessionStore(db)];
      await a.compareAndSet(conversation('CA-one', 1), 0);
      expect((await a.get('CA-one'))?.version).toBe(1);
      await b.compareAndSet(conversation('CA-one', 2), 1);
      expect((await a.get('CA-one'))?.version).toBe(2);
    });

    it('an ended conversation, a lost race and a restored record are read from the database', async () => {
      const db = memoryDb();
      const store = new SqliteSessionStore(db, { keepWritten: 2 });
      await store.compareAndSet(conversation('CA-end', 1), 0);
      await store.compareAndSet(conversation('CA-end', 2, { status: 'ended' }), 1);
      expect(await store.purgeEnded('2027-01-01T00:00:00.000Z')).toBe(1);
      expect(await store.get('CA-end')).toBeNull();

      await store.compareAndSet(conversation('CA-back', 1), 0);
      expect(await store.restore(conversation('CA-back', 3, { caller: 'journal' }))).toBe(true);
      expect(await store.get('CA-back')).toMatchObject({ version: 3, caller: 'journal' });
    });

    it('keeps at most the limit, the least recently written dropped first, and reads each back as stored', async () => {
      const db = memoryDb();
      const store = new SqliteSessionStore(db, { keepWritten: 2 });
      for (const id of ['CA-1', 'CA-2', 'CA-3']) await store.compareAndSet(conversation(id, 1), 0);
      for (const id of ['CA-1', 'CA-2', 'CA-3']) expect(await store.get(id)).toEqual(conversation(id, 1));
    });
  });
});
