/**
 * Live inspection (issue 13 item 3): with INSPECT set, a conversation's events and states reach
 * a Stately inspector's WebSocket; off by default; refused in production unless allowed.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { ConfigError, loadConfig } from '../../src/config.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { PRODUCTION_ENV } from '../support/production.js';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    for (const client of server.clients) client.terminate();
    await new Promise((done) => server.close(done));
  }
});

/** A stand-in for the Stately inspector server: keeps every inspection event it is sent. */
async function inspectorServer() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  servers.push(server);
  await once(server, 'listening');
  const received: { type: string; sessionId: string; event?: { type: string }; snapshot?: { value?: unknown; context?: Record<string, unknown> } }[] = [];
  server.on('connection', (socket) => socket.on('message', (data) => received.push(JSON.parse(String(data)))));
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('live inspection (INSPECT)', () => {
  it('a designer watching the inspector sees the call\'s events and states, under the conversation\'s id, with personal data masked', async () => {
    const inspector = await inspectorServer();
    const engine = await openTestEngine({ env: { INSPECT: inspector.url } });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone, id: 'inspected-call-1' });
    await call.press('1'); // Mandarin, at the language offer
    const events = () => inspector.received.filter((e) => e.sessionId === 'conversation:inspected-call-1');
    await until(() => events().some((e) => e.type === '@xstate.event' && e.event?.type.startsWith('choice.')), 'the caller\'s choice');
    const kinds = new Set(events().map((e) => e.type));
    expect([...kinds]).toEqual(expect.arrayContaining(['@xstate.actor', '@xstate.event', '@xstate.snapshot']));
    // The states the call went through, as the engine saw them.
    const states = events().filter((e) => e.type === '@xstate.snapshot').map((e) => JSON.stringify(e.snapshot?.value));
    expect(states.some((s) => s.includes('menu'))).toBe(true);
    expect(states.at(-1)).toContain(JSON.stringify(call.state.split('.')[0]));
    // The caller's number never leaves the engine whole.
    const sent = JSON.stringify(inspector.received);
    const at = sent.indexOf(ZHANG_WEI.phone.slice(3));
    expect(at, sent.slice(Math.max(0, at - 300), at + 50)).toBe(-1);
  });

  it('is off by default, and says what a bad INSPECT is', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).designer.inspect).toBeNull();
    expect(() => loadConfig({ INSPECT: 'http://localhost:8080' })).toThrow(/INSPECT must be the ws:\/\/ or wss:\/\/ URL of a Stately inspector server/);
  });

  it('is refused in production unless INSPECT_IN_PRODUCTION allows it', () => {
    const production = { ...PRODUCTION_ENV, INSPECT: 'wss://inspect.example.com' };
    let problems: readonly string[] = [];
    try {
      loadConfig(production);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.some((p) => p.startsWith('INSPECT is refused when NODE_ENV=production'))).toBe(true);
    expect(() => loadConfig({ ...production, INSPECT_IN_PRODUCTION: 'true' })).not.toThrow();
  });
});
