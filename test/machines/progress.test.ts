/**
 * A work order's progress (查进度) and 催办, as a caller hears them: found by the number a phone
 * caller dials from, or by the ticket number with the last 4 digits of its contact phone (chat, or
 * no order on the number: test/machines/progress-ownership.test.ts holds who may hear what); the
 * order's own facts only (N6: no name, no address); an open order may be expedited, once, to the
 * duty supervisor, whose answer is a callback (N17).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import type { Engine } from '../../src/bootstrap.js';
import { repairFor } from '../support/work-orders.js';

/** 10:00 in Shanghai, then as the test moves it. */
function clock() {
  let at = new Date('2026-11-25T02:00:00Z');
  return { now: () => at, advance: (minutes: number) => (at = new Date(at.getTime() + minutes * 60_000)) };
}

async function expedites(engine: Engine) {
  return (await engine.stores.services.escalations.list()).filter((e) => e.reason === 'expedite');
}

describe('查进度: a caller asks how far his repair has got', () => {
  it('zh-CN voice: "师傅什么时候到" at the menu: his open repair on his number, the promise, then 催办 once to the duty supervisor', async () => {
    const time = clock();
    const engine = await openTestEngine({ now: time.now });
    const order = await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
    time.advance(30);
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('我上午报的修，师傅什么时候到');
    expect(call.keys).toEqual(['query.progressRepair', 'query.offerExpedite']);
    expect(call.turn.prompts[0]?.values?.ticket).toBe(order.id);
    expect(call.said).toContain('上午10点45分前到达'); // 45 minutes in town
    expect(call.said).not.toContain('人民路'); // the order's own facts, no address
    await call.say('帮我催一下');
    expect(call.keys).toEqual(['query.expedited', 'closing.anythingElse']);
    const [expedite, ...more] = await expedites(engine);
    expect(more).toEqual([]);
    expect(expedite).toMatchObject({ reason: 'expedite', phone: ZHANG_WEI.phone, status: 'waiting', context: { ticket: order.id, status: 'repair' } });
    expect(expedite?.summary).toContain(order.id);
  });

  it('yue-HK voice: a repair past its promise: an apology first, and the supervisor is told it is late', async () => {
    const time = clock();
    const engine = await openTestEngine({ now: time.now });
    const order = await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
    time.advance(order.promisedArrivalMinutes + 20);
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.press('3');
    await call.press('2'); // 查詢
    await call.press('3'); // 工單進度
    expect(call.keys).toEqual(['query.progressRepairLate', 'query.offerExpedite']);
    expect(call.said.startsWith('唔好意思')).toBe(true);
    await call.press('1');
    const [expedite] = await expedites(engine);
    expect(expedite?.context).toMatchObject({ ticket: order.id, status: 'repairLate' });
    expect(expedite?.summary).toContain('已超过承诺的到达时间');
  });

  it('en-US chat: the ticket number and the last 4 digits of its contact phone (a typed number proves nothing); a done order is told so, no 催办 offered', async () => {
    const engine = await openTestEngine();
    const order = await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
    await engine.stores.services.followUps.resolve(order.id, { result: '已更换熔断器，恢复供电', by: 'crew' });
    const call = await Call.dial(engine, { channel: 'chat', from: ZHANG_WEI.phone, locale: 'en-US', params: { language: 'chosen' } });
    await call.type('I want to check my ticket');
    expect(call.keys).toEqual(['query.askTicket']);
    await call.type(order.id);
    expect(call.keys).toEqual(['query.askPhoneTail']);
    await call.type('8000');
    expect(call.keys).toEqual(['query.progressClosed', 'closing.anythingElse']);
    expect(await expedites(engine)).toEqual([]);
  });

  it('zh-CN voice, nothing open on the number: the ticket number and its phone tail are asked; wrong twice, and an agent is offered', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('2');
    await call.press('3');
    expect(call.keys).toEqual(['query.askTicket']);
    await call.press('1234567890');
    expect(call.keys).toEqual(['query.askPhoneTail']);
    await call.press('1234');
    expect(call.keys).toEqual(['query.ticketNotFound', 'query.askTicket']);
    await call.press('1234567891');
    await call.press('1234');
    expect(call.keys).toEqual(['query.ticketNotFound', 'common.offerAgent']);
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
  });

  it('yue-HK chat: a complaint by its ticket and phone tail: the reply deadline, and no 催办 when declined', async () => {
    const engine = await openTestEngine();
    const complaint = await engine.stores.services.workOrders.create({
      ...repairFor('+8613912345678', { kind: 'complaint', scope: null, description: '抢修人员态度差' }),
      replyDueAt: '2026-11-26T02:00:00Z',
    });
    const call = await Call.dial(engine, { channel: 'chat', from: null, locale: 'yue-HK', params: { language: 'chosen' } });
    await call.type('我想查下工單進度');
    await call.type(complaint.id);
    await call.type('5678');
    expect(call.keys).toEqual(['query.progressDueBy', 'query.offerExpedite']);
    await call.type('唔使催');
    expect(call.keys).toEqual(['closing.anythingElse']);
    expect(await expedites(engine)).toEqual([]);
  });

  it('zh-CN voice: no ticket number at all (9): told how else to find out', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('2');
    await call.press('3');
    await call.press('9');
    expect(call.keys).toEqual(['query.needTicket', 'closing.anythingElse']);
  });
});
