import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { migratePg, PG_LATEST_SCHEMA_VERSION, pgSchemaVersion } from '../../../src/store/postgres/migrations.js';
import { createPool } from '../../../src/store/postgres/pool.js';
import { TABLES } from './harness.js';
import { describePg, PG_URL, useTestSchema } from './pg-test.js';

describePg('migrations', () => {
  const schema = useTestSchema({ migrate: false });
  const extra: string[] = [];
  afterAll(async () => {
    if (!extra.length) return;
    const admin = new pg.Client({ connectionString: PG_URL! });
    await admin.connect();
    for (const s of extra) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  });

  it('two instances starting at once: one migrates, the other waits and finds the work done', async () => {
    expect(await pgSchemaVersion(schema.pool)).toBe(0);
    const results = await Promise.all([migratePg(schema.newPool()), migratePg(schema.newPool()), migratePg(schema.pool)]);
    expect(results.map((r) => r.from).sort()).toEqual([0, PG_LATEST_SCHEMA_VERSION, PG_LATEST_SCHEMA_VERSION]);
    expect(await pgSchemaVersion(schema.pool)).toBe(PG_LATEST_SCHEMA_VERSION);
    const { rows } = await schema.pool.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: PG_LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(await migratePg(schema.pool)).toEqual({ from: PG_LATEST_SCHEMA_VERSION, to: PG_LATEST_SCHEMA_VERSION });
  });

  it('creates every durable table (and the test helper empties them all); no conversations, no outbox', async () => {
    await migratePg(schema.pool);
    const { rows } = await schema.pool.query<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()');
    const tables = rows.map((r) => r.t).filter((t) => t !== 'schema_version');
    expect(new Set(tables)).toEqual(new Set(TABLES));
  });

  it('refuses a schema written by a newer release, changing nothing', async () => {
    await migratePg(schema.pool);
    await schema.pool.query("INSERT INTO schema_version (version, name, applied_at) VALUES ($1, 'future', now())", [PG_LATEST_SCHEMA_VERSION + 1]);
    try {
      await expect(migratePg(schema.pool)).rejects.toThrow(/newer than this release knows/);
    } finally {
      await schema.pool.query('DELETE FROM schema_version WHERE version > $1', [PG_LATEST_SCHEMA_VERSION]);
    }
  });

  it('a failing migration leaves nothing behind (one transaction)', async () => {
    const name = `${schema.name}_x`;
    extra.push(name);
    await schema.pool.query(`CREATE SCHEMA ${name}`);
    const scoped = createPool(PG_URL!, { schema: name, max: 1 });
    try {
      const broken = [{ version: 1, name: 'half', sql: 'CREATE TABLE half (id int); SELECT no_such_function();' }];
      await expect(migratePg(scoped, broken)).rejects.toThrow(/no_such_function/);
      expect(await pgSchemaVersion(scoped)).toBe(0);
      expect((await scoped.query("SELECT to_regclass('half') AS t")).rows[0].t).toBeNull();
    } finally {
      await scoped.end();
    }
  });

  it('says so when the search_path names no existing schema', async () => {
    const scoped = createPool(PG_URL!, { schema: `${schema.name}_missing`, max: 1 });
    try {
      await expect(migratePg(scoped)).rejects.toThrow(/search_path names no existing schema/);
    } finally {
      await scoped.end();
    }
  });
});
