/**
 * One commit per turn on the embedded database (issue 15): the conversation record and the duty
 * desk's transcript lines of a turn are kept together or not at all; the answer waits for the commit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase, type Db } from '../../../src/store/sqlite/database.js';
import { GroupCommit } from '../../../src/store/sqlite/group-commit.js';
import { Call, openTestEngine, ZHANG_WEI } from '../../support/call.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fileDatabase(): { db: Db; reader: Database.Database; rows: () => number } {
  const dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  db.exec('CREATE TABLE said (text TEXT NOT NULL)');
  const reader = new Database(databasePath(dir), { readonly: true });
  return { db, reader, rows: () => (reader.prepare('SELECT count(*) AS n FROM said').get() as { n: number }).n };
}

describe('the group commit of the embedded database', () => {
  it('turns that overlap share one commit, and each hears back only after it', async () => {
    const { db, reader, rows } = fileDatabase();
    const group = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO said (text) VALUES (?)');
    let releaseFirst!: () => void;
    const firstWaits = new Promise<void>((resolve) => (releaseFirst = resolve));
    let secondAnswered = false;
    const first = group.run(async () => {
      insert.run('first');
      await firstWaits;
    });
    const second = group.run(async () => insert.run('second')).then(() => (secondAnswered = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // The second turn is done, but the first is still in the transaction: nothing is on disk yet.
    expect(secondAnswered).toBe(false);
    expect(rows()).toBe(0);
    releaseFirst();
    await Promise.all([first, second]);
    expect(rows()).toBe(2);
    expect(db.inTransaction).toBe(false);
    reader.close();
    db.close();
  });

  it('a transaction the database rolls back fails every turn in it, and keeps none of their writes', async () => {
    const { db, reader, rows } = fileDatabase();
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON said WHEN NEW.text = 'doomed' BEGIN SELECT RAISE(ROLLBACK, 'disk I/O error'); END");
    const group = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO said (text) VALUES (?)');
    let release!: () => void;
    const waits = new Promise<void>((resolve) => (release = resolve));
    const kept = group.run(async () => {
      insert.run('said first');
      await waits;
    });
    const doomed = group.run(async () => {
      try {
        insert.run('doomed');
      } catch {
        // the turn carries on (a transcript line that failed is only logged)
      }
    });
    release();
    await expect(kept).rejects.toThrow(/rolled back/);
    await expect(doomed).rejects.toThrow(/rolled back/);
    expect(rows()).toBe(0);
    // The next turn opens a transaction of its own.
    await group.run(async () => insert.run('later'));
    expect(rows()).toBe(1);
    reader.close();
    db.close();
  });
});

describe('a turn on SQLite', () => {
  it('keeps the record and the transcript lines together: a rolled-back turn leaves neither, and its retry records the words once', async () => {
    let db!: Db;
    const engine = await openTestEngine({ onDatabase: (opened) => (db = opened) });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    const lines = () => db.prepare('SELECT author, text FROM transcripts WHERE conversation_id = ? ORDER BY seq').all(call.id) as { author: string; text: string }[];
    const before = lines().length;
    expect(before).toBeGreaterThan(0); // the greeting

    // The database rolls the turn's transaction back (as on an I/O error) when its transcript is written.
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON transcripts BEGIN SELECT RAISE(ROLLBACK, 'disk I/O error'); END`);
    await expect(call.press('1')).rejects.toThrow(/rolled back/);
    expect((await engine.stores.sessions.get(call.id))?.version).toBe(1);
    expect(lines()).toHaveLength(before);

    db.exec('DROP TRIGGER refuse');
    await call.press('1'); // the caller's retry is applied once
    expect((await engine.stores.sessions.get(call.id))?.version).toBe(2);
    const customer = lines().filter((line) => line.author === 'customer');
    expect(customer).toHaveLength(1);
    expect(lines().length).toBeGreaterThan(before + 1);
  });
});
