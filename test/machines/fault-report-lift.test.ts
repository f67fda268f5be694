/**
 * A lift stopped in a building outage (N10, issue 8 item 5): the words said at the menu are kept,
 * and a real agent's question comes before the address: is anyone trapped? Someone is: call 119
 * and the property manager, heard whole, and the repair order is urgent. Nobody is: on as usual.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Locale } from '../../src/core/locale.js';

async function dial(channel: 'voice' | 'chat', locale: Locale) {
  const engine = await openTestEngine();
  if (channel === 'chat') return Call.dial(engine, { from: UNKNOWN_PHONE, channel, locale, params: { language: 'chosen' } });
  const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
  if (locale === 'zh-CN') await call.silence();
  else await call.press(locale === 'en-US' ? '2' : '3');
  return call;
}
const tell = (call: Call, words: string) => (call.channel === 'voice' ? call.say(words) : call.type(words));

/** From the menu past the danger question: the outage told, no account at hand, no danger. */
async function pastDanger(call: Call, words: string, noDanger: string) {
  await tell(call, words);
  await (call.channel === 'voice' ? call.press('9') : call.type('9')); // the account number is not at hand
  expect(call.keys).toContain('fault.askDanger');
  await tell(call, noDanger);
}

describe('N10: a lift stopped in the outage: is anyone trapped?', () => {
  it.each([
    ['zh-CN', 'voice', '整栋楼都没电了，电梯也停了', '没有危险', '有，有个老人关在里面了', /119.*物业/],
    ['yue-HK', 'chat', '成棟樓冇晒電，𨋢都停咗', '冇危險', '有人困咗喺入面', /119.*管理處/],
    ['en-US', 'voice', 'the whole building lost power and the elevator stopped', 'no danger', "yes, my neighbor's stuck in there", /119.*building manager/],
  ] as const)('%s %s: someone is trapped: 119 and the property manager, and the order is urgent', async (locale, channel, words, noDanger, trapped, advice) => {
    const call = await dial(channel, locale);
    // The whole building said at the menu is not asked again (N8): said back, then the lift.
    await pastDanger(call, words, noDanger);
    expect(call.keys).toEqual(['fault.heardBuilding', 'danger.liftTrapped']);
    await tell(call, trapped);
    expect(call.keys).toEqual(['danger.trappedAdvice', 'fault.askAddress']);
    expect(call.turn.prompts[0]?.safety).toBe(true); // heard whole (no barge-in)
    expect(call.heard[0]).toMatch(advice);
    await tell(call, '城关区人民路12号');
    if (call.keys.includes('fault.askDescription')) await tell(call, words);
    expect(call.keys[0]).toBe('fault.readBack');
    await (channel === 'voice' ? call.press('1') : call.choose('yes'));
    if (call.keys.includes('common.askName')) await tell(call, '我姓陳'); // how to address the chat customer (issue 14)
    if (call.keys.includes('danger.askContact')) await tell(call, '13912345678'); // a chat without a number
    expect(call.keys.at(-1)).toBe('danger.confirmContact');
    await (channel === 'voice' ? call.press('1') : call.choose('yes'));
    const ticket = call.turn.prompts.find((p) => p.key === 'fault.ticketCreated')?.values?.ticket;
    const order = await call.engine.stores.services.workOrders.get(String(ticket));
    expect(order).toMatchObject({ kind: 'repair', scope: 'building', urgent: true, danger: false, details: { trapped: expect.any(String) } });
  });

  it('zh-CN voice: "一个人都没有" is a no, not key 1 (a numeral inside words is no key); the order is ordinary', async () => {
    const call = await dial('voice', 'zh-CN');
    await pastDanger(call, '我们这栋楼停电了 电梯也不动了', '没有');
    expect(call.keys).toEqual(['fault.heardBuilding', 'danger.liftTrapped']);
    await call.say('一个人都没有');
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.say('城关区人民路12号');
    await call.say('整栋楼没电');
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    const ticket = call.turn.prompts.find((p) => p.key === 'fault.ticketCreated')?.values?.ticket;
    expect(await call.engine.stores.services.workOrders.get(String(ticket))).toMatchObject({ urgent: false, details: {} });
  });

  it('yue-HK chat: the lift told only in the description is asked then, before the read-back', async () => {
    const call = await dial('chat', 'yue-HK');
    await pastDanger(call, '我屋企冇電呀', '冇');
    expect(call.keys).toEqual(['fault.askScope']);
    await call.choose('building');
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.type('城關區人民路12號');
    await call.type('成棟樓冇電，升降機停咗');
    expect(call.keys).toEqual(['danger.liftTrapped']);
    await call.choose('no');
    expect(call.keys[0]).toBe('fault.readBack');
  });

  it('no lift, no question', async () => {
    const call = await dial('voice', 'zh-CN');
    await pastDanger(call, '整栋楼都没电了', '没有');
    expect(call.keys).toEqual(['fault.heardBuilding', 'fault.askAddress']);
  });
});
