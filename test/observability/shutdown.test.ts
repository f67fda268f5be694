/**
 * SIGTERM to the server process (what systemd, docker stop and Kubernetes send): the turn in
 * flight is answered and saved, new connections are refused, and the process exits 0.
 * The server runs as `npm start` runs it (src/main.ts), in a process of its own; the turn is held
 * in flight by an external NLU service (NLU_URL) that answers only when the test lets it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../src/store/sqlite/session-store.js';
import { openDatabase } from '../../src/store/sqlite/database.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0).reverse()) step();
});

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An NLU service that holds each request until release() is called. */
async function heldNlu() {
  let arrived!: () => void;
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  const held: ServerResponse[] = [];
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    held.push(res);
    arrived();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => server.close());
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/nlu`,
    requested,
    release: () => held.splice(0).forEach((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('null')),
  };
}

/** The server process with its JSON log lines as they come. */
function startServer(env: Record<string, string>): { child: ChildProcess; lines: Record<string, unknown>[]; logged: (msg: string) => Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.push(() => child.kill('SIGKILL'));
  const lines: Record<string, unknown>[] = [];
  const waiting: { msg: string; resolve: () => void }[] = [];
  let buffer = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n')) {
      const line = JSON.parse(buffer.slice(0, end)) as Record<string, unknown>;
      buffer = buffer.slice(end + 1);
      lines.push(line);
      for (const w of waiting.filter((w) => String(line.msg).includes(w.msg))) w.resolve();
    }
  });
  const logged = (msg: string) =>
    lines.some((line) => String(line.msg).includes(msg)) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ msg, resolve }));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, logged, exited };
}

describe('graceful shutdown (SIGTERM)', () => {
  it('a turn in flight is answered and saved, new connections are refused, and the process exits 0', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const nlu = await heldNlu();
    const port = await freePort();
    const server = startServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NLU_URL: nlu.url, NLU_TIMEOUT_MS: '30000', SHUTDOWN_TIMEOUT_SECONDS: '30' });
    await server.logged('listening');
    const base = `http://127.0.0.1:${port}`;

    const { id } = (await (await fetch(`${base}/chat/sessions`, { method: 'POST' })).json()) as { id: string };
    const inFlight = fetch(`${base}/chat/sessions/${id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"我家停电了"}' });
    await nlu.requested; // the turn is waiting on the recognizer

    server.child.kill('SIGTERM');
    await server.logged('shutting down');
    await expect(fetch(`${base}/health`)).rejects.toThrow(); // no new connections
    nlu.release();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { version: number }).version).toBe(2);
    expect(await server.exited).toBe(0);
    expect(server.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['turn', 'stopped']));

    // What the caller said in that turn was saved before the process went away.
    const db = openDatabase(dataDir);
    cleanup.push(() => db.close());
    expect(await new SqliteSessionStore(db).get(id)).toMatchObject({ version: 2 });
  });
});
