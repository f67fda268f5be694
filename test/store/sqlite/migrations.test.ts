import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath, openDatabase, PAGE_CACHE_KIB } from '../../../src/store/sqlite/database.js';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../../src/store/sqlite/migrations.js';
import { tempDir } from '../helpers.js';

describe('SQLite database and migrations', () => {
  it('creates the data folder and <dataDir>/95598.db, in WAL mode with foreign keys on and a bounded page cache', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    try {
      expect(existsSync(databasePath(dir))).toBe(true);
      expect(databasePath(dir)).toBe(join(dir, '95598.db'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      // Issue 15: a bounded page cache (better-sqlite3's build would give 16 MB per connection).
      expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
      expect(PAGE_CACHE_KIB).toBeLessThan(16000);
    } finally {
      db.close();
    }
  });

  it("a turn's transcript lines touch no idempotency index (issue 15: dropped at 13, its lines written once after the turn lands)", () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 12));
    db.prepare("INSERT INTO transcripts (conversation_id, at_ms, author, name, text, locale, idempotency_key) VALUES ('CA1', 1, 'bot', NULL, '您好', 'zh-CN', 'CA1/0/transcript.0')").run();
    expect(migrate(db)).toEqual({ from: 12, to: LATEST_SCHEMA_VERSION });
    const columns = db.prepare("SELECT name FROM pragma_table_info('transcripts')").pluck().all();
    expect(columns).not.toContain('idempotency_key');
    expect(db.prepare("SELECT name FROM pragma_index_list('transcripts')").pluck().all()).not.toContain('transcripts_by_idempotency_key');
    expect(db.prepare('SELECT conversation_id, text FROM transcripts').all()).toEqual([{ conversation_id: 'CA1', text: '您好' }]);
    db.close();
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

  it('rebuilds a table under foreign keys that point at it, and keeps its rows (ticket numbers past 9,999)', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 8));
    db.exec(`INSERT INTO work_orders (id, kind, urgent, danger, address, description, channel, conversation_id, created_at, created_at_ms,
        promised_arrival_minutes, idempotency_key)
      VALUES ('2611250001', 'repair', 0, 0, '和平路1号', '停电', 'voice', 'CA1', '2026-11-25T02:00:00.000Z', 1795572000000, 45, 'CA1/1/work_order')`);
    // A table of another feature refers to the orders (a follow-up): the rebuild must not break it.
    db.exec("CREATE TABLE followups (work_order_id TEXT PRIMARY KEY REFERENCES work_orders(id)); INSERT INTO followups VALUES ('2611250001')");
    expect(migrate(db)).toEqual({ from: 8, to: LATEST_SCHEMA_VERSION });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT id, idempotency_key FROM work_orders').all()).toEqual([{ id: '2611250001', idempotency_key: 'CA1/1/work_order' }]);
    expect(() => db.prepare("DELETE FROM work_orders WHERE id = '2611250001'").run()).toThrow(/FOREIGN KEY/);
    const insert = (id: string) =>
      db.exec(`INSERT INTO work_orders (id, kind, urgent, danger, address, description, channel, conversation_id, created_at, created_at_ms,
          promised_arrival_minutes) VALUES ('${id}', 'repair', 0, 0, 'a', 'b', 'voice', 'CA${id}', 'x', 0, 45)`);
    expect(() => insert('26112510000')).not.toThrow();
    expect(() => insert('261125')).toThrow(/CHECK/);
    db.close();
  });

  it('a migration that breaks a foreign key is rolled back, and foreign keys stay on', () => {
    const db = openDatabase(':memory:');
    const broken = [
      { version: 1, name: 'parent and child', sql: "CREATE TABLE p (id TEXT PRIMARY KEY); CREATE TABLE c (p TEXT REFERENCES p(id)); INSERT INTO p VALUES ('a'); INSERT INTO c VALUES ('a')" },
      { version: 2, name: 'loses the parent row', sql: 'CREATE TABLE p2 (id TEXT PRIMARY KEY); DROP TABLE p; ALTER TABLE p2 RENAME TO p' },
    ];
    expect(() => migrate(db, broken)).toThrow(/broken foreign key/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
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
