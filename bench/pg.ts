/**
 * `npm run bench -- --pg`: the engine on PostgreSQL (a schema of its own in database `test`,
 * dropped afterwards) and Redis (conversation records; this run's keys deleted afterwards), the
 * scale-out configuration. PGUSER/PGHOST/PGPORT/PGDATABASE and REDIS_URL are honoured.
 */
import pg from 'pg';
import { Redis } from 'ioredis';
import { RUN } from './driver.js';

const KEY_PREFIX = '95598:conversation:';

export class PgBench {
  private constructor(
    private readonly admin: pg.Client,
    private readonly schema: string,
    readonly env: Record<string, string>,
  ) {}

  static async open(): Promise<PgBench> {
    const host = `${process.env.PGHOST ?? '127.0.0.1'}:${process.env.PGPORT ?? '5432'}`;
    const database = process.env.PGDATABASE ?? 'test';
    let lastError: unknown;
    for (const user of process.env.PGUSER ? [process.env.PGUSER] : ['postgres', 'root']) {
      const url = `postgres://${encodeURIComponent(user)}@${host}/${database}`;
      const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      try {
        await admin.connect();
      } catch (error) {
        lastError = error;
        continue;
      }
      const schema = `bench_${RUN}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      const options = encodeURIComponent(`-c search_path=${schema}`);
      return new PgBench(admin, schema, { DATABASE_URL: `${url}?options=${options}`, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    }
    throw new Error(`--pg: no PostgreSQL at ${host}/${database}: ${(lastError as Error)?.message}`);
  }

  async close(): Promise<void> {
    await this.admin.query(`DROP SCHEMA ${this.schema} CASCADE`);
    await this.admin.end();
    const redis = new Redis(this.env.REDIS_URL!);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${KEY_PREFIX}CA${RUN}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}
