/**
 * Callers who never press a key (issue 9 item 1): the choices the issue saw missed, said and typed
 * as callers do, in the three locales. Every choice of every ask is walked in
 * test/engine/choices-by-words.test.ts; these are the calls around them.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

/** 11:00 in Shanghai: the day shift is on duty. */
const DAYTIME = () => new Date('2026-11-25T03:00:00Z');

/** Dial (or open a chat), choose the language by its name, say the need. */
async function callAbout(need: string, options: { language: string; channel?: Channel; from?: string }) {
  const call = await Call.dial(await openTestEngine({ now: DAYTIME }), { from: options.from ?? UNKNOWN_PHONE, channel: options.channel ?? 'voice' });
  const answer = (words: string) => (call.channel === 'voice' ? call.say(words) : call.type(words));
  await answer(options.language);
  await answer(need);
  return { call, answer };
}

describe('the outage scope in words (N10)', () => {
  it.each([
    ['voice', '普通话', '我家停电了', '整栋楼都没电', 'building'],
    ['chat', '廣東話', '屋企冇電', '成棟樓都冇電', 'building'],
    ['voice', 'English', 'my power is out', 'just my place', 'home'],
    ['chat', 'English', 'the power went off', 'the whole village', 'area'],
  ] as const)('%s, %s: "%s", then "%s" is the scope %s', async (channel, language, need, scope, expected) => {
    const { call, answer } = await callAbout(need, { language, channel });
    expect(call.keys).toEqual(['identity.askAccount']);
    const noAccount = { 普通话: '我不知道户号', 廣東話: '唔記得戶號', English: "I don't know my account number" } as const;
    await answer(noAccount[language]);
    expect(call.keys).toEqual(['identity.proceedByAddress', 'fault.askDanger']);
    await answer(language === 'English' ? 'no' : language === '普通话' ? '没有' : '冇');
    expect(call.keys).toEqual(['fault.askScope']);
    await answer(scope);
    expect(call.keys).toEqual(['fault.askAddress']);
    await answer('城关区人民路1号');
    await answer(language === 'English' ? 'no power at all' : '全部没电');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    await call.press('1');
    if (channel === 'chat') await call.type(language === 'English' ? 'Li' : '我姓李'); // how to address the chat customer (issue 14)
    await call.press('1'); // the number is right
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'repair', scope: expected });
  });
});

describe('reports in words: the type and anonymity', () => {
  it('voice, Mandarin: "偷电", then "匿名": an anonymous theft report keeps no number', async () => {
    const { call } = await callAbout('我要举报', { language: '普通话', from: ZHANG_WEI.phone });
    expect(call.keys).toEqual(['report.askType']);
    await call.say('偷电');
    expect(call.keys).toEqual(['report.askDetails']);
    await call.say('新街有户人家私拉电线');
    expect(call.keys).toEqual(['report.askWhere']); // 新街 alone is no address: asked
    await call.say('东山镇新街');
    expect(call.keys).toEqual(['report.askAnonymous']);
    await call.say('匿名');
    await call.say('对的');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'report', subtype: 'theft', anonymous: true, phone: null });
  });

  it('chat, English: "staff misconduct", then "anonymous please"', async () => {
    const { call } = await callAbout("I'd like to report something", { language: 'English', channel: 'chat', from: ZHANG_WEI.phone });
    expect(call.keys).toEqual(['report.askType']);
    await call.type('one of your meter readers asked me for a bribe');
    // The story that chose the type is the details too: not asked again (audit 2, finding 9); where it happened is.
    expect(call.keys).toEqual(['report.askWhere']);
    await call.type('he came to 12 Jiefang Street, Dongshan Town yesterday and asked for cash');
    expect(call.keys).toEqual(['report.askAnonymous']);
    await call.type('anonymous please');
    expect(call.keys).toEqual(['report.readBack', 'report.readBackWhen', 'common.isThatRight']);
  });
});

describe('the consultation topic in words', () => {
  it.each([
    ['voice', '普通话', '我想咨询一下', '电价'],
    ['chat', '廣東話', '想諮詢下', '電價點計'],
    ['voice', 'English', 'I have a question', 'how are prices worked out'],
  ] as const)('%s, %s: "%s" is the tariff answer, not "other"', async (channel, language, need, topic) => {
    const { call, answer } = await callAbout(need, { language, channel });
    expect(call.keys).toEqual(['consultation.askTopic']);
    await answer(topic);
    expect(call.keys).toEqual(['kb.prices', 'kb.pricesTiers', 'kb.offerTimeOfUse']);
  });
});

describe('after a complaint: no survey, and "still not satisfied" goes to the supervisor (N17, N24)', () => {
  async function complaintRecorded(channel: Channel, language: string) {
    const { call, answer } = await callAbout(language === 'English' ? 'I want to make a complaint' : '我要投诉', { language, channel, from: ZHANG_WEI.phone });
    for (const said of ['抢修人员说好下午来 一直没来', '昨天下午', '城关区人民路营业厅', '不清楚']) await answer(said);
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
    await call.press('1');
    if (channel === 'chat') await call.type(language === 'English' ? 'Mr Zhang' : '张先生'); // how to address the chat customer (issue 14)
    await call.press('1'); // the number is right
    // N17: nothing has been done yet, so nothing to rate: the callback asks once the result is told.
    expect(call.keys).toEqual(channel === 'voice' ? ['complaint.recorded', 'ticket.again', 'ticket.offerAgain'] : ['complaint.recorded', 'closing.anythingElse']);
    if (channel === 'voice') await call.press('2'); // noted
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    return { call, answer };
  }

  it('voice, Mandarin: "没有了" closes politely (N20); nobody is escalated', async () => {
    const { call } = await complaintRecorded('voice', '普通话');
    await call.say('没有了');
    expect(call.keys).toEqual(['closing.goodbye']);
    expect(await call.engine.stores.services.escalations.list({ phone: ZHANG_WEI.phone })).toEqual([]);
  });

  it('chat, Mandarin: "我还是不满意" goes to the duty supervisor, not a second complaint', async () => {
    const { call } = await complaintRecorded('chat', '普通话');
    await call.type('我还是不满意');
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'dissatisfied' });
    expect(await call.engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toHaveLength(1);
  });

  it('voice, Cantonese: "唔滿意" goes to the supervisor at once', async () => {
    const { call } = await complaintRecorded('voice', '廣東話');
    await call.say('唔滿意');
    expect(call.turn.end?.type).toBe('escalate');
  });

  it('chat, English: "I am still not happy" goes to the supervisor at once', async () => {
    const { call } = await complaintRecorded('chat', 'English');
    await call.type('I am still not happy with this');
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'dissatisfied' });
  });
});
