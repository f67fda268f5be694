/**
 * Opening the embedded SQLite database: one file per deployment, <dataDir>/95598.db (and the
 * outbox on its own file, <dataDir>/outbox.db, so it survives a failing main database: N21).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DB_FILE_NAME = '95598.db';

/** The page cache of a connection to a database file, in KiB. */
export const PAGE_CACHE_KIB = 4000;

/** Path of the database file for a data directory. */
export function databasePath(dataDir: string, fileName: string = DB_FILE_NAME): string {
  return join(dataDir, fileName);
}

/**
 * Opens (creating the folder and file if needed) the database in `dataDir`, or a private
 * in-memory database for ':memory:' (tests). Call migrate() before use.
 */
export function openDatabase(dataDir: string | ':memory:', fileName: string = DB_FILE_NAME, options: { busyTimeoutMs?: number } = {}): Db {
  let db: Db;
  if (dataDir === ':memory:') {
    db = new Database(':memory:');
  } else {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(databasePath(dataDir, fileName));
    // WAL: readers never block the writer; NORMAL sync is durable across process crashes in WAL mode.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // The page cache, per connection: better-sqlite3 builds SQLite with 16 MB (SQLite's own default
    // is 2 MB), which a growing database fills page by page: +9.4 MB of the 10,000-live-call memory
    // point (issue 15). 4 MB holds the pages a turn touches again (the B-trees' inner pages, the
    // tables' and indexes' right edges); a row read back comes from the kept rows, others from the
    // OS's file cache.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  }
  db.pragma('foreign_keys = ON');
  // Several processes may share the file (server + CLI): wait for a lock instead of failing at once,
  // but no longer than a store call may take (STORE_TIMEOUT_MS): the write then fails into the
  // outbox (N21). The wait blocks the process (better-sqlite3 is synchronous), so it stays short.
  db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  return db;
}
