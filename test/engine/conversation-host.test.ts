import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationHost } from '../../src/engine/conversation-host.js';
import { ConversationConflict, ConversationNotFound, InvalidInput } from '../../src/engine/errors.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import type { Input } from '../../src/core/conversation.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { deliverOutbox } from '../../src/services/outbox-worker.js';
import { switchableWorkOrders } from '../support/faults.js';
import type { Db } from '../../src/store/sqlite/database.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engine-'));
  dirs.push(dir);
  return dir;
}

describe('conversation host', () => {
  it('a call survives a process restart between two turns', async () => {
    const dataDir = tempDir();
    const first = await openTestEngine({ dataDir });
    const call = await Call.dial(first, { from: ZHANG_WEI.phone, id: 'CA-restart' });
    await call.silence();
    await call.press('1');
    await call.press('1');
    await call.press('2');
    expect(call.keys).toEqual(['fault.askScope']);
    await first.close();

    const second = await openTestEngine({ dataDir });
    const turn = await second.host.handle('CA-restart', { type: 'dtmf', digits: '1' });
    expect(turn.prompts.map((p) => p.key)).toEqual(['fault.askDescription']);
    expect(turn.prompts[0]?.values).toMatchObject({ account: ZHANG_WEI.account });
    expect(turn.version).toBe(6);
  });

  it("a turn the database rolled back leaves no live actor: the other instance's turn at that version is the one continued", async () => {
    const dataDir = tempDir();
    let db!: Db;
    const a = await openTestEngine({ dataDir, onDatabase: (opened) => (db = opened) });
    const b = await openTestEngine({ dataDir });
    const call = await Call.dial(a, { from: ZHANG_WEI.phone, id: 'CA-rolled-back' });
    const menu = await a.host.handle(call.id, { type: 'noInput' }, { atVersion: 1 });
    // On a: the caller chooses a fault report, but the turn's transaction is rolled back (an I/O error).
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON transcripts BEGIN SELECT RAISE(ROLLBACK, 'disk I/O error'); END`);
    await expect(a.host.handle(call.id, { type: 'dtmf', digits: '1' }, { atVersion: menu.version })).rejects.toThrow(/rolled back/);
    db.exec('DROP TRIGGER refuse');
    // On b, the same turn (the same version) is a query instead.
    const query = await b.host.handle(call.id, { type: 'dtmf', digits: '2' }, { atVersion: menu.version });
    expect(query.state).toMatch(/query/);
    // a continues from b's question (silence: the same question again), not from the fault report its rolled-back turn left.
    const next = await a.host.handle(call.id, { type: 'noInput' }, { atVersion: query.version });
    expect(next.state).toBe(query.state);
    expect(next.version).toBe(query.version + 1);
  }, 60_000);

  it('an instance that answered a turn, then two turns answered elsewhere, continues from the record, not from what it answered', async () => {
    const dataDir = tempDir();
    const [a, b] = [await openTestEngine({ dataDir }), await openTestEngine({ dataDir })];
    const call = await Call.dial(a, { from: ZHANG_WEI.phone, id: 'CA-kept-stale' });
    let turn = await a.host.handle(call.id, { type: 'noInput' }, { atVersion: 1 });
    turn = await b.host.handle(call.id, { type: 'dtmf', digits: '1' }, { atVersion: turn.version });
    turn = await b.host.handle(call.id, { type: 'dtmf', digits: '1' }, { atVersion: turn.version });
    turn = await a.host.handle(call.id, { type: 'dtmf', digits: '2' }, { atVersion: turn.version });
    expect(turn.prompts.map((p) => p.key)).toEqual(['fault.askScope']);
    expect(turn.version).toBe(5);
  }, 60_000);

  it('two instances on one database file serve one call turn by turn, each continuing from the other', async () => {
    const dataDir = tempDir();
    const [a, b] = [await openTestEngine({ dataDir }), await openTestEngine({ dataDir })];
    const call = await Call.dial(a, { from: ZHANG_WEI.phone, id: 'CA-two-instances' });
    const inputs: Input[] = [
      { type: 'noInput' },
      { type: 'dtmf', digits: '1' },
      { type: 'dtmf', digits: '1' },
      { type: 'dtmf', digits: '2' },
      { type: 'dtmf', digits: '1' },
    ];
    let turn = call.turn;
    // Each instance read the call once already (a turn of its own): what it wrote last is out of date.
    for (const [n, input] of inputs.entries()) turn = await (n % 2 === 0 ? b : a).host.handle(call.id, input, { atVersion: turn.version });
    expect(turn.prompts.map((p) => p.key)).toEqual(['fault.askDescription']);
    expect(turn.version).toBe(inputs.length + 1);
    // A turn answered again on the instance that is one behind is a retry of the other's, not a new one.
    await expect(b.host.handle(call.id, { type: 'dtmf', digits: '1' }, { atVersion: turn.version - 1 })).resolves.toEqual(turn);
    expect((await b.stores.sessions.get(call.id))?.version).toBe(inputs.length + 1);
  });

  it('every turn bumps the version; two requests on the same version cannot both land', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { id: 'CA-race' });
    expect(call.turn.version).toBe(1);
    const results = await Promise.allSettled([
      engine.host.handle('CA-race', { type: 'dtmf', digits: '2' }),
      engine.host.handle('CA-race', { type: 'dtmf', digits: '3' }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toBeInstanceOf(ConversationConflict);
    expect((await engine.stores.sessions.get('CA-race'))?.version).toBe(2);
  });

  it('starting a conversation that exists answers its last turn again and changes nothing', async () => {
    const engine = await openTestEngine();
    const first = await engine.host.start('CA-twice', { channel: 'voice', caller: ZHANG_WEI.phone });
    const again = await engine.host.start('CA-twice', { channel: 'voice', caller: ZHANG_WEI.phone });
    expect(again).toEqual(first);
    expect((await engine.stores.sessions.get('CA-twice'))?.version).toBe(1);
  });

  it('bad input is refused with a reason and changes nothing', async () => {
    const engine = await openTestEngine();
    await Call.dial(engine, { id: 'CA-bad' });
    await expect(engine.host.handle('CA-bad', { type: 'dtmf', digits: '12a' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(engine.host.handle('CA-bad', { type: 'wave' } as unknown as Input)).rejects.toThrow(/unknown input type/);
    await expect(engine.host.handle('CA-bad', { type: 'speech', transcript: 'x', confidence: 7 })).rejects.toThrow(/confidence/);
    await expect(engine.host.start('bad id with spaces', { channel: 'voice' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(engine.host.handle('CA-unknown', { type: 'noInput' })).rejects.toBeInstanceOf(ConversationNotFound);
    expect((await engine.stores.sessions.get('CA-bad'))?.version).toBe(1);
  });

  it('a conversation that ended answers its last turn again', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { id: 'CA-ended' });
    await call.hangUp();
    expect(call.turn.end).toEqual({ type: 'abandoned' });
    const late = await engine.host.handle('CA-ended', { type: 'dtmf', digits: '1' });
    expect(late).toEqual(call.turn);
    expect((await engine.stores.sessions.get('CA-ended'))?.status).toBe('ended');
  });

  it('N21: a work order that cannot be saved goes to the outbox, the caller hears it is recorded, and it is delivered after recovery', async () => {
    const engine = await openTestEngine();
    const workOrders = engine.stores.services.workOrders;
    const store = switchableWorkOrders(workOrders);
    const services = { ...engine.stores.services, workOrders: store.workOrders };
    const host = new ConversationHost({
      sessions: new MemorySessionStore(),
      services,
      recognizer: { recognize: async () => null },
      flows: engine.flows,
    });
    await host.start('CA-fail', { channel: 'voice', caller: ZHANG_WEI.phone });
    for (const digits of ['1', '1', '1', '1']) await host.handle('CA-fail', { type: 'dtmf', digits });
    await host.handle('CA-fail', { type: 'dtmf', digits: '1' }); // danger at home
    const turn = await host.handle('CA-fail', { type: 'dtmf', digits: '1' }); // the contact number: urgent order
    // A danger report is never "later" (N10, N21): a person at the dispatch seat takes it now.
    expect(turn.prompts.map((p) => p.key)).toEqual(['danger.urgentTransfer']);
    expect(turn.end).toMatchObject({ type: 'transfer', queue: 'urgent' });
    expect(await workOrders.list({ phone: ZHANG_WEI.phone })).toEqual([]);
    expect(await engine.stores.services.outbox.pending()).toHaveLength(1);

    store.down(false);
    const result = await deliverOutbox(services);
    expect(result.delivered).toBe(1);
    const [order] = await workOrders.list({ phone: ZHANG_WEI.phone });
    expect(order).toMatchObject({ urgent: true, danger: true, account: ZHANG_WEI.account, conversationId: 'CA-fail' });
    expect(await engine.stores.services.outbox.pending()).toEqual([]);
  });
});

describe('retried requests (channels send the version of the turn they answer)', () => {
  it('a request repeated for the same turn is applied once and answered the same', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { id: 'CA-retry', from: ZHANG_WEI.phone });
    const first = await engine.host.handle('CA-retry', { type: 'dtmf', digits: '1' }, { atVersion: call.turn.version });
    const retried = await engine.host.handle('CA-retry', { type: 'dtmf', digits: '1' }, { atVersion: call.turn.version });
    expect(retried).toEqual(first);
    expect(first.state).toBe('menu.full');
    expect((await engine.stores.sessions.get('CA-retry'))?.version).toBe(2);
  });

  it('an answer to a turn long gone is a conflict', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { id: 'CA-stale' });
    await call.silence();
    await call.silence();
    await expect(engine.host.handle('CA-stale', { type: 'dtmf', digits: '1' }, { atVersion: 1 })).rejects.toBeInstanceOf(ConversationConflict);
  });
});
