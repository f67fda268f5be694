/**
 * Danger is a global interrupt (N10): said anywhere in a call, in any language, by phone or in
 * chat, it is reported first (safety advice heard whole, where, an urgent ticket), and then the
 * call goes back to what the caller was doing, with what they had given kept (N8: the read-backs
 * still show it). A hazard character in a road name or a negated hazard is no danger.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import type { Locale } from '../../src/core/locale.js';

/** 11:00 in Shanghai: the day shift is on duty. */
const DAYTIME = () => new Date('2026-11-25T03:00:00Z');

async function dial(options: { channel?: 'voice' | 'chat'; locale?: Locale; from?: string } = {}) {
  const engine = await openTestEngine({ now: DAYTIME });
  const { channel = 'voice', locale = 'zh-CN', from = UNKNOWN_PHONE } = options;
  if (channel === 'chat') return Call.dial(engine, { from, channel, locale, params: { language: 'chosen' } });
  const call = await Call.dial(engine, { from });
  if (locale === 'zh-CN') await call.silence();
  else await call.press(locale === 'en-US' ? '2' : '3');
  return call;
}

/** Voice speaks, chat types. */
function tell(call: Call, words: string) {
  return call.channel === 'voice' ? call.say(words) : call.type(words);
}

async function orderAnnounced(call: Call, key: string) {
  const prompt = call.turn.prompts.find((p) => p.key === key);
  expect(prompt, `${key} said`).toBeDefined();
  return call.engine.stores.services.workOrders.get(String(prompt?.values?.ticket));
}

/** Yes, by key on the phone and by button in chat. */
function yes(call: Call) {
  return call.channel === 'voice' ? call.press('1') : call.choose('yes');
}

/**
 * The danger report as an unidentified caller hears it: advice, where, the place read back and
 * the contact number confirmed (N8), an urgent order there.
 */
async function reportDangerAt(call: Call, place: string) {
  expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
  expect(call.turn.prompts[0]?.safety).toBe(true);
  await tell(call, place);
  expect(call.keys).toEqual(['danger.readBackLocation']);
  await yes(call);
  if (call.keys[0] === 'danger.askContact') await tell(call, '13912345678');
  expect(call.keys).toEqual(['danger.confirmContact']);
  await yes(call);
  const order = await orderAnnounced(call, 'fault.urgentCreated');
  expect(order).toMatchObject({ kind: 'repair', urgent: true, danger: true, address: place });
  return order;
}

describe('danger told inside a business: an urgent ticket, then the business goes on with it (N10, N8)', () => {
  it('N10, N8: zh-CN voice: a complaint about a smoking transformer is an urgent ticket plus the complaint', async () => {
    const call = await dial();
    await call.press('4'); // complaint or report
    await call.press('1'); // complaint
    await call.say('变压器一直在冒烟 你们也不管');
    const urgent = await reportDangerAt(call, '城关区人民路12号门口');
    expect(urgent?.description).toBe('变压器一直在冒烟 你们也不管');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'complaint.askWhen']);

    await call.say('上个星期就打过电话');
    await call.say('城关区人民路12号');
    await call.silence(); // who: not known
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
    // The time the answer names is read back (N8); the order keeps the words; the company the caller called 你们 is 我们.
    expect(call.turn.prompts[0]?.values).toMatchObject({ what: '变压器一直在冒烟，我们也不管', when: '上个星期' });
    await call.press('1');
    await call.press('1'); // the number is right
    const complaint = await orderAnnounced(call, 'complaint.recorded');
    expect(complaint).toMatchObject({ kind: 'complaint', urgent: false, details: { what: '变压器一直在冒烟 你们也不管', where: '城关区人民路12号' } });
  });

  it('N10: a caller who hangs up in the complaint after the urgent ticket leaves the complaint kept for a callback', async () => {
    const call = await dial();
    await call.press('4'); // complaint or report
    await call.press('1'); // complaint
    await call.say('变压器一直在冒烟 你们也不管');
    await reportDangerAt(call, '城关区人民路12号门口');
    await call.hangUp();
    const orders = await call.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(orders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'repair', urgent: true }),
        expect.objectContaining({ kind: 'complaint', status: 'abandoned', description: '变压器一直在冒烟 你们也不管' }),
      ]),
    );
  });

  it.each([
    ['zh-CN', 'voice', '抄表员态度很差 对了楼道里电表箱在冒烟', '抄表员态度很差 对了楼道里电表箱在冒烟'],
    ['yue-HK', 'chat', '抄錶員態度好差，仲有樓梯個電錶箱冒緊煙', '抄錶員態度好差，仲有樓梯個電錶箱冒緊煙'],
    ['en-US', 'voice', 'the meter reader was rude and the meter box in our hallway is smoking', 'the meter reader was rude and the meter box in our hallway is smoking'],
  ] as const)('N10, N21: %s %s: a hang-up during the danger report keeps the urgent report and the complaint', async (locale, channel, words, what) => {
    const call = await dial({ channel, locale });
    if (channel === 'voice') {
      await call.press('4');
      await call.press('1');
    } else {
      await call.choose('complaint_or_report');
      await call.choose('complaint');
    }
    await tell(call, words);
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await call.hangUp(); // before the place is given
    const orders = await call.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(orders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'repair', urgent: true, danger: true, status: 'abandoned', description: words }),
        expect.objectContaining({ kind: 'complaint', status: 'abandoned', description: what }),
      ]),
    );
    expect(orders).toHaveLength(2);
  });

  it('N10, N21: the dispatch seat takes a danger report the store could not save: the complaint before it is kept too', async () => {
    const call = await dial();
    await call.press('4');
    await call.press('1');
    await call.say('变压器一直在冒烟 你们也不管');
    await call.say('好的');
    await call.say('就在这里');
    await call.silence();
    expect(call.keys).toEqual(['danger.locationToPerson']);
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'urgent' });
    const orders = await call.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(orders.map((o) => o.kind).sort()).toEqual(['complaint', 'repair']);
  });

  it('N10: yue-HK chat: a report (举报) of theft with a fallen wire is an urgent ticket plus the report', async () => {
    const call = await dial({ channel: 'chat', locale: 'yue-HK' });
    await call.choose('complaint_or_report');
    await call.choose('report');
    await call.choose('theft');
    expect(call.keys).toEqual(['report.askDetails']);
    await call.type('有人偷電，條電線跌咗落嚟');
    await reportDangerAt(call, '西河鄉河口村村口');
    // Back at the report: where the theft is (the story did not say), then the read-back with the danger report's number (N8).
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'report.askWhere']);
    await call.type('西河鄉河口村村口');
    await call.choose('named'); // not anonymous
    expect(call.keys).toEqual(['report.readBack', 'common.readBackContact', 'common.isThatRight']);
    expect(call.turn.locale).toBe('yue-HK');
    await call.choose('yes');
    expect(await orderAnnounced(call, 'report.recorded')).toMatchObject({ kind: 'report', subtype: 'theft', description: '有人偷電，條電線跌咗落嚟' });
  });

  it('N10: en-US voice: a consultation question about a smoking transformer is danger; asked again, nothing more ends it', async () => {
    const call = await dial({ locale: 'en-US' });
    await call.press('3'); // consultation
    await call.press('6'); // another question
    await call.say('the transformer on our street is smoking what should I do');
    await reportDangerAt(call, '12 Renmin Road Chengguan');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'consultation.askQuestion']);
    await call.say('No, nothing else');
    // The urgent ticket, heard once when it was made, is said again before "anything else?" (issue 14 item 6).
    expect(call.keys).toEqual(['ticket.again', 'ticket.offerAgain']);
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
    expect(await call.engine.stores.services.callbacks.list({ phone: UNKNOWN_PHONE })).toEqual([]);
  });

  it('N10, N8: zh-CN chat: danger at "anything else?" after a complaint, then the same question again', async () => {
    const call = await dial({ channel: 'chat' });
    await call.choose('complaint_or_report');
    await call.choose('complaint');
    await call.type('抄表员态度很差');
    await call.type('昨天上午');
    await call.type('城关区人民路营业厅');
    await call.silence(); // who: not known
    await call.choose('yes'); // the read-back is right
    await call.type('我姓张'); // how to address the chat customer (issue 14)
    expect(call.keys).toEqual(['common.contactNamed', 'complaint.confirmContact']); // the number the reply is given on (N8)
    await call.choose('yes');
    expect(call.keys).toEqual(['complaint.recorded', 'closing.anythingElse']);
    await call.type('对了，楼道里的电表箱在冒烟');
    await reportDangerAt(call, '城关区解放街12号3单元');
    expect(call.keys).toEqual(['fault.urgentCreated', 'closing.anythingElse']);
  });
});

describe('danger said with a need at the language menu or the menu: the need is served after the urgent ticket (N10)', () => {
  it('N10, N8: zh-CN voice, at the language menu: "我要投诉，电线掉下来了" -> urgent ticket, then the complaint', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.say('我要投诉，电线掉下来了');
    await reportDangerAt(call, '城关区人民路12号门口');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'complaint.empathy', 'complaint.askWhat']);
  });

  it('N10: yue-HK chat, at the language menu: the complaint after the urgent ticket', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel: 'chat' });
    await call.choose('language_yue');
    expect(call.keys).toEqual(['menu.main']);
    await call.type('我要投訴，門口條電線跌咗落嚟');
    await reportDangerAt(call, '城關區人民路12號');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'complaint.empathy', 'complaint.askWhat']);
    expect(call.turn.locale).toBe('yue-HK');
  });

  it('N10: zh-CN voice, speech that runs on without a break: "电线掉下来了我要投诉" -> urgent ticket, then the complaint', async () => {
    const call = await dial();
    await call.say('门口那个电线掉下来了我要投诉你们');
    await reportDangerAt(call, '城关区人民路12号门口');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'complaint.empathy', 'complaint.askWhat']);
  });

  it('N10: yue-HK voice, run on: a fallen wire then the bill, no joining word', async () => {
    const call = await dial({ locale: 'yue-HK' });
    await call.say('條電線跌咗落嚟我想查下電費');
    await reportDangerAt(call, '城關區人民路12號');
    expect(call.keys.slice(0, 2)).toEqual(['fault.urgentCreated', 'common.resumeBusiness']);
    expect(call.state).toMatch(/query/);
  });

  it('N10: en-US chat, run on: a smoking meter then a complaint, no joining word', async () => {
    const call = await dial({ locale: 'en-US', channel: 'chat' });
    await call.type('the meter box is smoking i want to file a complaint about your crew');
    await reportDangerAt(call, '12 Renmin Road, Chengguan District');
    expect(call.keys.slice(0, 2)).toEqual(['fault.urgentCreated', 'common.resumeBusiness']);
    expect(call.state).toMatch(/complaint/);
  });

  it('N10: a danger report with nothing beside it goes to the closing question, not to a business', async () => {
    const call = await dial();
    await call.say('电线掉下来了');
    await reportDangerAt(call, '城关区人民路12号门口');
    expect(call.keys).not.toContain('common.resumeBusiness');
  });

  it('N10: en-US voice, at the menu: the bill after the urgent ticket', async () => {
    const call = await dial({ locale: 'en-US' });
    await call.say("I want to check my bill, and there's a wire down outside sparking");
    await reportDangerAt(call, '12 Renmin Road, Chengguan District');
    expect(call.keys.slice(0, 2)).toEqual(['fault.urgentCreated', 'common.resumeBusiness']);
    expect(call.state).toMatch(/query/);
  });
});

describe('danger anywhere else: reported first, then the closing question (N10)', () => {
  it('N10: at the language menu, before any language is chosen', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.say('门口电线掉下来了还在冒火花');
    await reportDangerAt(call, '城关区人民路12号门口');
    expect(call.keys).toEqual(['fault.urgentCreated', 'ticket.again', 'ticket.offerAgain']);
  });

  it('N10: en-US chat: in an address answer of a fault report, the words are the description', async () => {
    const call = await dial({ channel: 'chat', locale: 'en-US' });
    await call.type('I want to report a power outage');
    await call.type('9'); // the account number is not at hand
    await call.choose('no'); // no danger, says the caller at first
    await call.choose('home');
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.type('12 Renmin Road and there is a wire down sparking');
    const order = await reportDangerAt(call, '12 Renmin Road Chengguan');
    expect(order).toMatchObject({ scope: 'home', description: '12 Renmin Road and there is a wire down sparking' });
    expect(call.keys).toEqual(['fault.urgentCreated', 'closing.anythingElse']);
  });

  it('N10: zh-CN voice: in the application address of a consultation, then the address is asked again', async () => {
    const call = await dial();
    await call.press('3'); // consultation
    await call.press('2'); // new connection
    await call.press('1'); // apply now
    expect(call.keys).toEqual(['consultation.askAddress']);
    await call.say('城关区人民路12号 哎呀门口那根电线断了');
    await reportDangerAt(call, '城关区人民路12号门口');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'consultation.askAddress']);
    await call.say('城关区人民路12号');
    expect(call.keys).toEqual(['consultation.readBack', 'common.readBackContact', 'common.isThatRight']);
    await call.press('1');
    expect(await orderAnnounced(call, 'consultation.applicationRegistered')).toMatchObject({ kind: 'application', address: '城关区人民路12号' });
  });

  it('N10: yue-HK voice: at the closing question', async () => {
    const call = await dial({ locale: 'yue-HK' });
    await call.press('3'); // consultation
    await call.press('1'); // prices
    await call.press('2'); // no time-of-use rates
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await call.say('係呢 樓下個電錶箱冒緊煙');
    await reportDangerAt(call, '城關區解放街12號');
    expect(call.keys).toEqual(['fault.urgentCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(call.turn.locale).toBe('yue-HK');
  });

  it('N10: while the caller is being identified, before the account is confirmed', async () => {
    const call = await dial({ from: ZHANG_WEI.phone });
    await call.press('1'); // fault repair
    expect(call.keys).toEqual(['identity.callerAccount', 'identity.confirmCaller']);
    await call.say('不是 我是说外面有人触电了');
    // Someone shocked: 120 first (item 5). Caller ID knows him: his address is offered (item 3).
    expect(call.keys).toEqual(['danger.shockAdvice', 'fault.confirmDangerAtHome']);
    await call.press('2'); // not at home
    expect(call.keys).toEqual(['fault.askDangerLocation']);
    await call.say('城关区人民路88号楼下');
    await call.press('1'); // the place read back is right
    await call.press('1'); // and the number
    expect(call.keys).toEqual(['fault.urgentCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(await orderAnnounced(call, 'fault.urgentCreated')).toMatchObject({ address: '城关区人民路88号楼下', areaId: 'chengguan', urgent: true });
  });
});

describe('no false alarms: a hazard character in a road name, a negated hazard (N10)', () => {
  it('N10: 火星路1号 as the fault address, after "没有危险", is an ordinary fault report', async () => {
    const call = await dial();
    await call.press('1'); // fault repair
    await call.press('9'); // the account number is not at hand
    await call.say('没有危险');
    expect(call.keys).toEqual(['fault.askScope']);
    await call.press('1'); // home only
    await call.say('火星路1号');
    expect(call.keys).toEqual(['fault.askDistrict']); // no district named (issue 14 item 6)
    await call.say('城关区');
    expect(call.keys).toEqual(['fault.heardAddress', 'fault.askDescription']);
    await call.say('没冒烟也没打火，就是没电');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ address: '城关区火星路1号', description: '没冒烟也没打火，没电' });
  });

  it('N10: en-US chat: a complaint at an office on Sparks Street is only a complaint', async () => {
    const call = await dial({ channel: 'chat', locale: 'en-US' });
    await call.choose('complaint_or_report');
    await call.choose('complaint');
    await call.type('the staff were rude to me');
    await call.type('yesterday morning');
    await call.type('the service hall at 5 Sparks Street');
    expect(call.keys).toEqual(['common.ack', 'complaint.askWho']);
  });
});
