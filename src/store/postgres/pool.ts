/**
 * The PostgreSQL connection pool and the few query helpers every adapter uses: rows/one/exec, a
 * transaction that always releases its client, and advisory locks scoped to the current schema.
 * Adapters write through these (never pool.query directly), so every parameter is cleaned.
 */
import pg from 'pg';
import { redactUrl } from '../../config.js';
import { logger } from '../../observability/logger.js';

/** A pool or a client inside a transaction: adapters write through either. */
export interface Sql {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface PoolOptions {
  /** search_path for every connection (tests: one schema per run); default: the URL's or the server's. */
  schema?: string;
  max?: number;
  /**
   * How long a statement, a query and a connection attempt may take (STORE_TIMEOUT_MS); null: no
   * bound on statements (the pool that migrates: a second instance waits for the first).
   */
  timeoutMs?: number | null;
}

export const DEFAULT_STORE_TIMEOUT_MS = 3_000;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// int8 (bigint: money in fen, identities, counts) as a number: every value we keep is far below 2^53.
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new RangeError(`schema must be a plain lower-case identifier, got '${options.schema}'`);
  }
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_STORE_TIMEOUT_MS : options.timeoutMs;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // pg waits forever by default: a call must not hang on a database that is down, stuck on a
    // lock or unreachable mid-query; the write fails instead and the flow takes its emergency path
    // (N21). statement_timeout is the server's bound, query_timeout the client's (a server that no
    // longer answers at all).
    connectionTimeoutMillis: timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS,
    ...(timeoutMs === null ? {} : { statement_timeout: timeoutMs, query_timeout: timeoutMs + 500 }),
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its server emits 'error' on the pool; unheard, it would end the process.
  pool.on('error', (err) => logger.warn({ err, database: redactUrl(url) }, 'PostgreSQL: idle connection lost'));
  return pool;
}

/** Fails with the server named (password masked) when PostgreSQL cannot be reached. */
export async function checkReachable(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    throw new Error(`cannot reach PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`);
  }
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite can): a stray NUL in a typed report would make the
 * write fail on every outbox retry, so it is dropped. It carries no meaning in speech or chat.
 */
function clean(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/** `db` with every parameter cleaned: what transaction() hands out. */
function cleaning(db: Sql): Sql {
  return { query: (text, values) => db.query(text, values?.map(clean)) };
}

/** A statement whose rows are not needed. */
export async function exec(db: Sql, text: string, values: unknown[] = []): Promise<void> {
  await db.query(text, values.map(clean));
}

export async function rows<R extends pg.QueryResultRow>(db: Sql, text: string, values: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(text, values.map(clean))).rows;
}

export async function one<R extends pg.QueryResultRow>(db: Sql, text: string, values: unknown[] = []): Promise<R | null> {
  return (await rows<R>(db, text, values))[0] ?? null;
}

/** Runs `fn` in BEGIN/COMMIT on one client; any throw rolls back and is rethrown. */
export async function transaction<T>(pool: pg.Pool, fn: (tx: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(cleaning(client));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    if (isReadTimeout(err)) {
      // The server stopped answering: a ROLLBACK would wait as long again. Dropping the connection
      // rolls the transaction back on the server.
      broken = err as Error;
      throw err;
    }
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error; // the connection is gone: do not return it to the pool
    }
    throw err;
  } finally {
    client.release(broken);
  }
}

/** pg's client-side query_timeout fired: the server did not answer in time. */
export function isReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query read timeout';
}

/** Named advisory locks; the second key is the schema, so separate deployments (and test runs) never wait on each other. */
const LOCKS = { migrations: 1, blacklist: 2, seed: 3 } as const;

/** Holds the lock until the transaction ends. */
export async function advisoryLock(tx: Sql, name: keyof typeof LOCKS): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '')))", [LOCKS[name]]);
}

/** A unique index refused a row (SQLSTATE 23505), optionally this index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

export const isoOrNull = (d: Date | null): string | null => (d === null ? null : d.toISOString());
