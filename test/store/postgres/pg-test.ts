/**
 * The real PostgreSQL for tests: TEST_DATABASE_URL, or 127.0.0.1:5432 database `test` as PGUSER,
 * 'postgres' or 'root' (trust auth). Each test file works in its own schema (test_<random>),
 * dropped afterwards, so parallel runs never collide. Unreachable: skipped locally with a
 * message, a failure under CI (CI=true).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePg } from '../../../src/store/postgres/migrations.js';
import { createPool } from '../../../src/store/postgres/pool.js';

const CI = process.env.CI === 'true';

function candidates(): string[] {
  if (process.env.TEST_DATABASE_URL) return [process.env.TEST_DATABASE_URL];
  const host = `${process.env.PGHOST ?? '127.0.0.1'}:${process.env.PGPORT ?? '5432'}`;
  const users = process.env.PGUSER ? [process.env.PGUSER] : ['postgres', 'root'];
  return users.map((u) => `postgres://${encodeURIComponent(u)}@${host}/${process.env.PGDATABASE ?? 'test'}`);
}
/** host:port of the server tried, for messages (never the password). */
const HOST = new URL(candidates()[0]!).host;

/** The first URL that answers, or why none did. */
async function probe(): Promise<{ url: string | null; error: string | null }> {
  let error: string | null = null;
  for (const url of candidates()) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return { url, error: null };
    } catch (err) {
      error = (err as Error).message;
    } finally {
      await client.end().catch(() => {});
    }
  }
  return { url: null, error };
}

const found = await probe();
/** The server URL (no schema), or null when unreachable. */
export const PG_URL = found.url;
const skip = PG_URL === null && !CI;
if (skip) console.warn(`PostgreSQL not reachable at ${HOST}: skipping; CI runs it (${found.error})`);

/** A describe that is skipped without PostgreSQL (but fails under CI), opening with a reachability check. */
export function describePg(name: string, body: () => void): void {
  describe.skipIf(skip)(`${name} (PostgreSQL)`, () => {
    it('PostgreSQL is reachable (CI requires it)', () => {
      expect(found.error, `PostgreSQL not reachable at ${HOST}`).toBeNull();
    });
    body();
  });
}

/** The URL with a search_path (libpq `options`), as an operator would put in DATABASE_URL. */
export function urlWithSchema(url: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

export interface TestSchema {
  readonly name: string;
  /** DATABASE_URL for this schema. */
  readonly url: string;
  /** The file's shared pool on the schema (migrated). */
  readonly pool: pg.Pool;
  /** Another pool on the schema (another instance), ended after the file. */
  newPool(): pg.Pool;
}

/** Creates test_<random> before the file's tests (migrated unless `migrate: false`) and drops it after. */
export function useTestSchema(options: { migrate?: boolean } = {}): TestSchema {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const pools: pg.Pool[] = [];
  let shared: pg.Pool | null = null;
  const schema: TestSchema = {
    name,
    get url() {
      return urlWithSchema(PG_URL!, name);
    },
    get pool() {
      if (!shared) throw new Error('the test schema is not ready (PostgreSQL unreachable?)');
      return shared;
    },
    newPool() {
      const pool = createPool(PG_URL!, { schema: name, max: 5 });
      pools.push(pool);
      return pool;
    },
  };
  beforeAll(async () => {
    if (!PG_URL) throw new Error(`PostgreSQL not reachable at ${HOST}: ${found.error}`);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${name}`);
    await admin.end();
    shared = schema.newPool();
    if (options.migrate !== false) await migratePg(shared);
  });
  afterAll(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
    if (!PG_URL) return;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await admin.end();
  });
  return schema;
}
