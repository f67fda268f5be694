import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../../src/store/sqlite/database.js';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../../../src/store/sqlite/migrations.js';
import { tempDir } from '../helpers.js';

describe('SQLite database and migrations', () => {
  it('creates the data folder and <dataDir>/95598.db, in WAL mode with foreign keys on', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    try {
      expect(existsSync(databasePath(dir))).toBe(true);
      expect(databasePath(dir)).toBe(join(dir, '95598.db'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      db.close();
    }
  });

  it('migrates an empty database to the latest version, then does nothing', () => {
    const db = openDatabase(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['areas', 'area_aliases', 'customers', 'customer_phones', 'outages', 'outage_reports', 'work_orders', 'duty_shifts', 'duty_chain', 'conversations', 'schema_version']),
    );
    db.close();
  });

  it('refuses a database written by a newer release', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', '')").run(LATEST_SCHEMA_VERSION + 1);
    expect(() => migrate(db)).toThrow(/newer than this release knows/);
    db.close();
  });

  it('enforces foreign keys (a phone needs its customer)', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    expect(() => db.prepare("INSERT INTO customer_phones (account, phone) VALUES ('3100000000', '+8613000000000')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
