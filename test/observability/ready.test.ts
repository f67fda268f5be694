/** /health says the process serves; /ready says whether it can serve a call: stores reachable, migrations applied. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestEngine } from '../support/call.js';
import { serve } from '../support/http.js';
import { REDIS_URL, redisUnreachable } from '../support/redis.js';
import { tcpProxy } from '../support/tcp-proxy.js';
import { createServer } from '../../src/server.js';

const CI = process.env.CI === 'true';
const noRedis = await redisUnreachable();
if (noRedis && !CI) console.warn(`[redis] skipping the /ready test with Redis down: no Redis at ${REDIS_URL} (${noRedis}); CI=true makes this a failure.`);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; body: any }> {
  const answer = await fetch(url);
  return { status: answer.status, body: await answer.json() };
}

describe('/health and /ready', () => {
  it('answer ok on the embedded default: the database and the outbox answer and are migrated', async () => {
    const base = await serve(createServer(await openTestEngine()));
    expect(await get(`${base}/health`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get(`${base}/ready`)).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', outbox: 'ok' } } });
  });

  it('/ready fails while the database lacks a migration of this release (restored from an old backup)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ready-'));
    dirs.push(dataDir);
    const base = await serve(createServer(await openTestEngine({ dataDir })));
    const db = new Database(join(dataDir, '95598.db'));
    db.prepare('DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)').run();
    db.close();

    const { status, body } = await get(`${base}/ready`);
    expect(status).toBe(503);
    expect(body.status).toBe('not_ready');
    expect(body.checks.database).toMatch(/^migrations not applied: schema version \d+, this release needs \d+$/);
    expect(body.checks.outbox).toBe('ok');
    expect((await get(`${base}/health`)).status).toBe(200); // alive: restarting would not help
  });

  it.skipIf(noRedis !== null && !CI)('/ready fails when Redis goes down; the failed reads are counted as store errors', async () => {
    const redis = new URL(REDIS_URL);
    const proxy = await tcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    const engine = await openTestEngine({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    const base = await serve(createServer(engine));
    expect(await get(`${base}/ready`)).toMatchObject({ status: 200, body: { checks: { database: 'ok', outbox: 'ok', sessions: 'ok' } } });
    const opened = await fetch(`${base}/chat/sessions`, { method: 'POST' });
    const { id } = (await opened.json()) as { id: string };

    await proxy.cut();
    const { status, body } = await get(`${base}/ready`);
    expect(status).toBe(503);
    expect(body.checks.sessions).not.toBe('ok');
    expect(body.checks.database).toBe('ok');

    // The chat goes on from the record this instance wrote last (the local journal: issue 10 item 5).
    const turn = await fetch(`${base}/chat/sessions/${id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"你好"}' });
    expect(turn.status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^dialogue_store_errors_total\{store="sessions",operation="get"\} [1-9]/m);
  });
});
