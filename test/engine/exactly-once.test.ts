/**
 * Exactly once (issue 10 item 4, ARCHITECTURE rule 9): a turn's service calls run before its
 * compare-and-set and may run again. However often a turn runs (two copies of a request at once,
 * a retry after the first copy died before its write of the record, the outbox replaying), one
 * report makes one order and every copy of the turn names the same ticket.
 */
import { describe, expect, it, vi } from 'vitest';
import { ConversationHost } from '../../src/engine/conversation-host.js';
import { ConversationConflict } from '../../src/engine/errors.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import type { Input, Turn } from '../../src/core/conversation.js';
import { deliverOutbox, outboxHandlers } from '../../src/services/outbox-worker.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { killedBeforeWrite, switchableWorkOrders } from '../support/faults.js';

/** A fault report by Zhang Wei from the menu up to its last confirmation (the number, after the read-back): the next '1' makes the order. `before`: a reaction to the words (N12). */
async function toReadBack(call: Call, words = '家里全部没电了', before: string[] = [], identified = false): Promise<void> {
  await call.press('1'); // fault
  // Yes, it is my account; identified earlier in the call, not asked again (audit 2, finding 8).
  if (!identified) await call.press('1');
  await call.press('2'); // no danger
  await call.press('1'); // at home
  await call.press('1'); // at the registered address
  await call.say(words);
  expect(call.keys).toEqual([...before, 'fault.readBack', 'common.isThatRight']);
  await call.press('1'); // the read-back is right
  expect(call.keys).toEqual(['common.contactPerson', 'danger.confirmContact']);
}

async function atReadBack(call: Call): Promise<void> {
  await call.silence(); // the language menu passes to the main menu
  await toReadBack(call);
}

const CONFIRM: Input = { type: 'dtmf', digits: '1' };
const ticketOf = (turn: Turn) => String(turn.prompts.find((p) => p.key === 'fault.ticketCreated')?.values?.ticket);

describe('exactly once', () => {
  it('催办 sent twice at once makes one escalation for the duty supervisor', async () => {
    const engine = await openTestEngine();
    await engine.stores.services.workOrders.create({
      kind: 'repair', urgent: false, danger: false, scope: 'home', account: ZHANG_WEI.account, phone: ZHANG_WEI.phone,
      address: '城关区人民路88号3栋2单元501', areaId: 'chengguan', description: '家里全部没电', channel: 'voice', conversationId: 'earlier-call',
    });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('2'); // query
    await call.press('3'); // progress
    expect(call.keys).toEqual(['query.progressRepair', 'query.offerExpedite']);
    await Promise.allSettled([engine.host.handle(call.id, CONFIRM), engine.host.handle(call.id, CONFIRM)]);
    const expedites = (await engine.stores.services.escalations.list()).filter((e) => e.reason === 'expedite');
    expect(expedites).toHaveLength(1);
  });

  it('the confirm sent twice at once makes one order; the turn that lands names it', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);
    const results = await Promise.allSettled([engine.host.handle(call.id, CONFIRM), engine.host.handle(call.id, CONFIRM)]);
    const landed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(landed).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(ConversationConflict) });
    const orders = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders).toHaveLength(1);
    expect(ticketOf(landed[0]!)).toBe(orders[0]!.id);
  });

  it('a confirm retried after the instance that ran it died before saving the call finds the order and goes on', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);
    const { version } = (await engine.stores.sessions.get(call.id))!;
    // The first instance makes the order, and is killed before it writes the conversation record.
    const dying = killedBeforeWrite(engine.stores.sessions);
    const doomed = new ConversationHost({ sessions: dying, services: engine.stores.services, recognizer: createRecognizer(), flows: engine.flows });
    void doomed.handle(call.id, CONFIRM, { atVersion: version });
    await dying.reachedWrite;
    const [made] = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect((await engine.stores.sessions.get(call.id))?.version).toBe(version);

    // Twilio's retry reaches a live instance: it finds the order by its key, tells it, and the call goes on.
    const retried = await engine.host.handle(call.id, CONFIRM, { atVersion: version });
    expect(ticketOf(retried)).toBe(made!.id);
    expect(retried.prompts.map((p) => p.key)).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toHaveLength(1);
    expect((await engine.stores.sessions.get(call.id))?.version).toBe(version + 1);
  });

  it('two reports in one call are two orders: the key names the turn', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await atReadBack(call);
    await call.press('1');
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    await call.press('2'); // heard it twice
    await call.press('1'); // something else: the menu
    await toReadBack(call, '又停电了', ['common.reactAgain'], true); // N12: sorry it happened again
    await call.press('1');
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toHaveLength(2);
  });

  it('a hang-up told twice at once (duplicate status callbacks) leaves one abandoned order and one callback', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('1');
    await call.press('1');
    await call.press('2');
    await call.press('3'); // the whole area: a draft worth keeping
    await Promise.allSettled([engine.host.handle(call.id, { type: 'hangup' }), engine.host.handle(call.id, { type: 'hangup' })]);
    const orders = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders).toMatchObject([{ status: 'abandoned', scope: 'area' }]);
    expect(await engine.stores.services.callbacks.list({ phone: ZHANG_WEI.phone })).toMatchObject([{ kind: 'abandoned_report', workOrderId: orders[0]!.id }]);
  });

  it('the outbox delivering again after a crash between the write and marking it delivered makes one order and one callback', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engine = await openTestEngine();
    const store = switchableWorkOrders(engine.stores.services.workOrders);
    const services = { ...engine.stores.services, workOrders: store.workOrders };
    const host = new ConversationHost({ sessions: engine.stores.sessions, services, recognizer: createRecognizer(), flows: engine.flows });
    const id = 'CA-outbox-crash';
    await host.start(id, { channel: 'voice', caller: ZHANG_WEI.phone });
    for (const input of [
      { type: 'noInput' as const },
      { type: 'dtmf' as const, digits: '4' }, // complaint
      { type: 'dtmf' as const, digits: '1' },
      { type: 'speech' as const, transcript: '营业员态度很差', confidence: 0.9 },
      { type: 'speech' as const, transcript: '今天上午', confidence: 0.9 },
      { type: 'speech' as const, transcript: '城关营业厅', confidence: 0.9 },
      { type: 'noInput' as const },
      { type: 'dtmf' as const, digits: '1' }, // the read-back is right
      { type: 'dtmf' as const, digits: '1' }, // the number is right
    ]) await host.handle(id, input);
    store.down(false);

    // The worker makes the write, and dies before it marks the item delivered.
    const handlers = outboxHandlers(services);
    const crashed = await services.outbox.deliver({
      work_order: async (payload, item) => {
        await handlers.work_order(payload, item);
        throw new Error('killed before the item was marked delivered');
      },
    });
    expect(crashed).toEqual({ delivered: 0, failed: 1 });
    expect(await services.workOrders.list({ phone: ZHANG_WEI.phone })).toHaveLength(1);

    // The next round (after the back-off) delivers it again: nothing is made twice.
    expect(await deliverOutbox(services, new Date(Date.now() + 3_600_000))).toEqual({ delivered: 1, failed: 0 });
    const orders = await services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders).toHaveLength(1);
    expect(await services.callbacks.list({ phone: ZHANG_WEI.phone })).toMatchObject([{ kind: 'complaint', workOrderId: orders[0]!.id }]);
  });
});

