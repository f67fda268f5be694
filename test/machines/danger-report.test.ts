/**
 * A danger report a crew can act on (issue 8 items 3, 4, 5): the place taken, checked and read back
 * (N8), the area found, the contact number read back digit by digit, and in emergency mode (N21) a
 * person at the dispatch seat at once, the report kept in the outbox (N10).
 */
import { describe, expect, it } from 'vitest';
import { ConversationHost } from '../../src/engine/conversation-host.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import { deliverOutbox } from '../../src/services/outbox-worker.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { switchableWorkOrders } from '../support/faults.js';
import type { Engine } from '../../src/bootstrap.js';

async function urgentOrders(engine: Engine, phone: string) {
  return (await engine.stores.services.workOrders.list({ phone })).filter((o) => o.urgent);
}

describe('N8, N10: where the danger is, checked before an urgent order is filed', () => {
  it('zh-CN voice: "对" and "不知道" are no address; the place is read back, the area found, the number read back', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence(); // Mandarin
    await call.say('电线断了掉在地上 还在冒火花');
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);

    await call.say('对'); // acknowledging the advice, not an address
    expect(call.keys).toEqual(['danger.askLocationExample']);
    await call.say('不知道');
    expect(call.keys).toEqual(['danger.askLandmark']);
    await call.say('城关区解放街12号门口');
    expect(call.keys).toEqual(['danger.readBackLocation']);
    expect(call.said).toContain('城关区解放街12号门口');

    await call.press('1');
    expect(call.keys).toEqual(['danger.confirmContact']);
    expect(call.said).toContain('幺三零 幺二三四 零零零零'); // digit by digit (N8)
    await call.press('1');
    expect(call.keys[0]).toBe('fault.urgentCreated');

    const [order] = await urgentOrders(call.engine, UNKNOWN_PHONE);
    expect(order).toMatchObject({ kind: 'repair', urgent: true, danger: true, address: '城关区解放街12号门口', areaId: 'chengguan', scope: null });
    expect(order?.promisedArrivalMinutes).toBe(45); // the urban promise, not the slowest (120)
  });

  it('yue-HK chat: a place said wrong is corrected at the read-back; a new contact number is taken and read back', async () => {
    const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
    await call.choose('language_yue');
    await call.type('門口條電線跌咗落地 仲爆緊火花');
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await call.type('城南區');
    expect(call.keys).toEqual(['danger.readBackLocation']);
    await call.choose('no');
    expect(call.keys).toEqual(['danger.askLocationExample']);
    await call.type('城南區新華路8號');
    await call.choose('yes');
    expect(call.keys).toEqual(['danger.askContact']); // a chat has no number of its own
    await call.type('13912345678');
    expect(call.keys).toEqual(['danger.confirmContact']);
    expect(call.said).toContain('139 1234 5678'); // a mobile number written 3-4-4
    await call.choose('yes');
    expect(call.keys[0]).toBe('fault.urgentCreated');
    const [order] = await urgentOrders(call.engine, '13912345678');
    expect(order).toMatchObject({ address: '城南區新華路8號', areaId: 'chengnan', urgent: true });
  });

  it('en-US voice: a known caller on his registered number is offered his address (caller ID), without the identity steps', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.press('2'); // English
    await call.say("there's a wire down in front of my house and it's sparking");
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.confirmDangerAtHome']);
    expect(call.said).toContain('88 Renmin Road, Chengguan District'); // N4: the address as an English speaker uses it
    await call.press('1');
    expect(call.keys).toEqual(['danger.confirmContact']);
    expect(call.said).toContain('1 3 8, 0 0 1 3, 8 0 0 0');
    await call.press('1');
    expect(call.keys[0]).toBe('fault.urgentCreated');
    const [order] = await urgentOrders(call.engine, ZHANG_WEI.phone);
    expect(order).toMatchObject({ account: ZHANG_WEI.account, address: '城关区人民路88号3栋2单元501', areaId: 'chengguan' });
  });

  it('zh-CN voice: no place after an example and a landmark: a person at the dispatch seat, the report kept', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('变压器着火了');
    await call.say('好的');
    await call.say('就在这里');
    await call.silence();
    expect(call.keys).toEqual(['danger.locationToPerson']);
    expect(call.turn.end).toEqual({ type: 'transfer', queue: 'urgent', reason: 'danger', locale: 'zh-CN' });
    const [order] = await urgentOrders(call.engine, UNKNOWN_PHONE);
    expect(order).toMatchObject({ danger: true, description: '变压器着火了' });
  });
});

describe('N10: a chat put through to a person with a danger report is first in the queue', () => {
  it('en-US chat: no place could be taken: the urgent queue (first in line), and the numbers to call', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { channel: 'chat', from: null });
    await call.choose('language_en');
    await call.type('the transformer behind our building is on fire');
    await call.type('ok');
    await call.type("i don't know");
    await call.type('here');
    expect(call.keys).toEqual(['danger.locationToPerson']);
    expect(call.said).toContain('120');
    expect(call.said).toContain('119');
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'urgent' });
    const [handover] = await engine.desk.queue();
    expect(handover).toMatchObject({ conversationId: call.id, reason: 'danger', priority: 100, status: 'waiting' });
  });
});

describe('N10 item 5: someone shocked hears 120 first', () => {
  it.each([
    ['zh-CN', '0', '我爸刚才被电打了 倒在地上', '120'],
    ['yue-HK', '3', '我個仔俾電電親 而家好辛苦', '120'],
    ['en-US', '2', 'my son got zapped by the outlet', '120'],
  ] as const)('%s', async (_locale, key, words, number) => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    if (key === '0') await call.silence();
    else await call.press(key);
    await call.say(words);
    expect(call.keys[0]).toBe('danger.shockAdvice');
    expect(call.heard[0]).toContain(number);
  });
});

describe('N21: a danger report while the work-order store is down is never "later"', () => {
  async function hostWithStoreDown() {
    const engine = await openTestEngine();
    const store = switchableWorkOrders(engine.stores.services.workOrders);
    const services = { ...engine.stores.services, workOrders: store.workOrders };
    const host = new ConversationHost({ sessions: new MemorySessionStore(), services, recognizer: createRecognizer(), flows: engine.flows });
    return { store, services, host };
  }

  it('en-US voice: advice, told it is urgent, put through to the dispatch seat; delivered after recovery', async () => {
    const { store, services, host } = await hostWithStoreDown();
    const id = 'CA-danger-store-down';
    await host.start(id, { channel: 'voice', caller: UNKNOWN_PHONE });
    await host.handle(id, { type: 'dtmf', digits: '2' });
    const advice = await host.handle(id, { type: 'speech', transcript: 'a cable is down and buzzing on the sidewalk', confidence: 0.9 });
    expect(advice.prompts.map((p) => p.key)).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await host.handle(id, { type: 'speech', transcript: '12 Jiefang Street, Chengguan District', confidence: 0.9 });
    await host.handle(id, { type: 'dtmf', digits: '1' });
    const turn = await host.handle(id, { type: 'dtmf', digits: '1' });
    expect(turn.prompts.map((p) => p.key)).toEqual(['danger.urgentTransfer']);
    expect(turn.prompts.map((p) => p.key)).not.toContain('emergency.recorded');
    expect(turn.end).toEqual({ type: 'transfer', queue: 'urgent', reason: 'danger', locale: 'en-US' });
    expect(await services.workOrders.list({ phone: UNKNOWN_PHONE })).toEqual([]);

    store.down(false);
    expect(await deliverOutbox(services)).toEqual({ delivered: 1, failed: 0 });
    const [order] = await services.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(order).toMatchObject({ urgent: true, danger: true, address: '12 Jiefang Street, Chengguan District' });
  });

  it('zh-CN chat: the urgent queue, and the numbers to call now', async () => {
    const { host } = await hostWithStoreDown();
    const id = 'chat-danger-store-down';
    await host.start(id, { channel: 'chat', caller: '+8613912345678' });
    await host.handle(id, { type: 'choice', id: 'language_zh' });
    await host.handle(id, { type: 'text', text: '楼道里的电表箱冒烟了！' });
    await host.handle(id, { type: 'text', text: '城关区人民路20号2单元' });
    await host.handle(id, { type: 'choice', id: 'yes' });
    const turn = await host.handle(id, { type: 'choice', id: 'yes' });
    expect(turn.prompts.map((p) => p.key)).toEqual(['danger.urgentTransfer']);
    expect(turn.end).toMatchObject({ type: 'transfer', queue: 'urgent' });
  });
});

describe('N8: at "is it at your address?" another address is the place, read back (issue 8 leftover 7)', () => {
  it.each([
    ['zh-CN', '0', '我家门口的电线断了在冒火花', '不是，在城关区解放街12号门口', '城关区解放街12号门口'],
    ['yue-HK', '3', '我屋企門口條電線跌咗落嚟', '唔係，喺城關區解放街12號', '城關區解放街12號'],
    ['en-US', '2', "there's a wire down outside and it's sparking", "No, it's at 12 Jiefang Street, Chengguan District", '12 Jiefang Street, Chengguan District'],
  ] as const)('%s voice: the known caller names another place instead of a yes or a no', async (_locale, key, words, answer, place) => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    if (key === '0') await call.silence();
    else await call.press(key);
    await call.say(words);
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.confirmDangerAtHome']);
    await call.say(answer);
    expect(call.keys).toEqual(['danger.readBackLocation']);
    expect(call.turn.prompts[0]?.values?.address).toBe(place);
    await call.press('1');
    await call.press('1'); // the number
    const [order] = await urgentOrders(call.engine, ZHANG_WEI.phone);
    expect(order).toMatchObject({ address: place, areaId: 'chengguan', urgent: true });
  });

  it('zh-CN voice: a plain yes still takes the registered address, a plain no asks where', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('电表箱冒烟了');
    await call.say('不是');
    expect(call.keys).toEqual(['fault.askDangerLocation']);
  });
});
