/**
 * A whole turn that fails or times out during a danger report (N21, N10): the caller is never put in
 * the ordinary queue and the report is never lost. They hear the apology and that the report is
 * recorded, go to the urgent (dispatch) seat, and the report, with the business it interrupted,
 * waits in the outbox until the store is back.
 */
import { describe, expect, it } from 'vitest';
import { ConversationHost } from '../../src/engine/conversation-host.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import { deliverOutbox } from '../../src/services/outbox-worker.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import type { IntentRecognizer } from '../../src/core/intents.js';
import type { Input } from '../../src/core/conversation.js';
import { openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import { hangingWorkOrders } from '../support/faults.js';

async function hostWithHungStore(recognizer: IntentRecognizer = createRecognizer()) {
  const engine = await openTestEngine();
  const real = engine.stores.services;
  const services = { ...real, workOrders: hangingWorkOrders(real.workOrders) };
  const host = new ConversationHost({ sessions: new MemorySessionStore(), services, recognizer, flows: engine.flows, settleTimeoutMs: 300 });
  return { host, real };
}

const speech = (transcript: string): Input => ({ type: 'speech', transcript, confidence: 0.9 });

describe('N21, N10: a danger report whose turn times out goes to the urgent seat and the outbox', () => {
  it.each([
    ['zh-CN', 'voice', { type: 'noInput' } as Input, speech('电线杆被车撞倒了 电线掉在路上'), speech('城关区人民路12号门口')],
    ['yue-HK', 'chat', { type: 'choice', id: 'language_yue' } as Input, { type: 'text', text: '條電燈柱俾車撞冧咗，電線跌晒落地' } as Input, { type: 'text', text: '城關區人民路12號' } as Input],
    ['en-US', 'voice', { type: 'dtmf', digits: '2' } as Input, speech('a pole got knocked down and the wires are on the road'), speech('12 Renmin Road, Chengguan District')],
  ] as const)('%s %s: the store hangs at the urgent order', async (locale, channel, language, danger, place) => {
    const { host, real } = await hostWithHungStore();
    const id = `${channel === 'chat' ? 'chat' : 'CA'}-hung-${locale}`;
    await host.start(id, { channel, caller: UNKNOWN_PHONE });
    await host.handle(id, language);
    expect((await host.handle(id, danger)).prompts.map((p) => p.key)).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await host.handle(id, place);
    await host.handle(id, channel === 'chat' ? { type: 'choice', id: 'yes' } : { type: 'dtmf', digits: '1' }); // the place is right
    const turn = await host.handle(id, channel === 'chat' ? { type: 'choice', id: 'yes' } : { type: 'dtmf', digits: '1' }); // the number

    expect(turn.prompts.map((p) => p.key)).toEqual(['common.systemBusy', 'danger.urgentTransfer']);
    expect(turn.end).toEqual({ type: 'transfer', queue: 'urgent', reason: 'danger', locale });
    expect(await real.workOrders.list({ phone: UNKNOWN_PHONE })).toEqual([]);
    expect(await deliverOutbox(real)).toMatchObject({ delivered: 1, failed: 0 });
    const [order] = await real.workOrders.list({ phone: UNKNOWN_PHONE });
    const words = danger.type === 'speech' ? danger.transcript : danger.type === 'text' ? danger.text : '';
    const address = place.type === 'speech' ? place.transcript : place.type === 'text' ? place.text : '';
    expect(order).toMatchObject({ kind: 'repair', urgent: true, danger: true, description: words, address, areaId: 'chengguan' });
  });

  it('zh-CN voice: the complaint the danger interrupted is kept with it', async () => {
    const { host, real } = await hostWithHungStore();
    const id = 'CA-hung-complaint';
    await host.start(id, { channel: 'voice', caller: UNKNOWN_PHONE });
    for (const input of [{ type: 'noInput' }, { type: 'dtmf', digits: '4' }, { type: 'dtmf', digits: '1' }] as Input[]) await host.handle(id, input);
    await host.handle(id, speech('你们一直不来修 电表箱现在都冒烟了'));
    await host.handle(id, speech('城关区人民路12号'));
    await host.handle(id, { type: 'dtmf', digits: '1' });
    const turn = await host.handle(id, { type: 'dtmf', digits: '1' });
    expect(turn.end).toMatchObject({ queue: 'urgent' });
    expect(await deliverOutbox(real)).toMatchObject({ delivered: 2 });
    const orders = await real.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(orders.map((o) => [o.kind, o.status]).sort()).toEqual([['complaint', 'abandoned'], ['repair', 'open']]);
  });

  it('zh-CN voice: the danger is in the words of the very turn that failed (the recognizer did not answer)', async () => {
    const real = createRecognizer();
    const failing: IntentRecognizer = {
      recognize: async (text, locale) => {
        if (text.includes('冒火')) throw new Error('recognizer timed out');
        return real.recognize(text, locale);
      },
    };
    const { host, real: services } = await hostWithHungStore(failing);
    const id = 'CA-recognizer-down';
    await host.start(id, { channel: 'voice', caller: UNKNOWN_PHONE });
    await host.handle(id, { type: 'noInput' });
    const turn = await host.handle(id, speech('楼下电线在冒火'));
    expect(turn.prompts.map((p) => p.key)).toEqual(['common.systemBusy', 'danger.urgentTransfer']);
    expect(turn.end).toMatchObject({ type: 'transfer', queue: 'urgent', reason: 'danger' });
    await deliverOutbox(services);
    expect(await services.workOrders.list({ phone: UNKNOWN_PHONE })).toEqual([expect.objectContaining({ urgent: true, description: '楼下电线在冒火' })]);
  });

  it('an ordinary turn that fails still goes to an agent', async () => {
    const { host } = await hostWithHungStore();
    const id = 'CA-hung-ordinary';
    await host.start(id, { channel: 'voice', caller: UNKNOWN_PHONE });
    for (const input of [{ type: 'noInput' }, { type: 'dtmf', digits: '1' }, { type: 'dtmf', digits: '9' }, { type: 'dtmf', digits: '2' }, { type: 'dtmf', digits: '1' }] as Input[]) await host.handle(id, input);
    await host.handle(id, speech('城关区人民路12号'));
    await host.handle(id, speech('家里没电了'));
    await host.handle(id, { type: 'dtmf', digits: '1' }); // the read-back is right
    const turn = await host.handle(id, { type: 'dtmf', digits: '1' }); // the number is right: the order's write hangs
    expect(turn.end).toMatchObject({ type: 'transfer', queue: 'agent', reason: 'system_error' });
  });
});
