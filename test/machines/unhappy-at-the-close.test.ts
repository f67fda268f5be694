/**
 * A caller who is not satisfied is never hung up on (N12, N24): "不满意，怎么这么贵" at "请问还有什么
 * 可以帮您" or at the offer to hear the ticket again hears sorry first, then what a 95598 agent offers
 * (the bill checked or a complaint registered); said again, the duty supervisor (reason dissatisfied).
 * A request for the supervisor said inside a complaint or with a rude word wins wherever it is said.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

/** 11:00 in Shanghai: the day shift is on duty. */
const DAYTIME = () => new Date('2026-11-25T03:00:00Z');

const LANGUAGE_KEY: Record<Locale, string | null> = { 'zh-CN': null, 'en-US': '2', 'yue-HK': '3' };

async function dial(locale: Locale, channel: 'voice' | 'chat' = 'voice'): Promise<Call> {
  const call = await Call.dial(await openTestEngine({ now: DAYTIME }), { from: ZHANG_WEI.phone, channel, ...(channel === 'chat' ? { locale } : {}) });
  if (channel === 'voice') {
    const key = LANGUAGE_KEY[locale];
    if (key) await call.press(key);
    else await call.silence();
  }
  return call;
}

/** The bill heard (voice), then "anything else?". */
async function afterTheBill(locale: Locale): Promise<Call> {
  const call = await dial(locale);
  await call.say({ 'zh-CN': '我要查一下电费', 'yue-HK': '我要查電費', 'en-US': 'I want to check my bill' }[locale]);
  await call.press('1'); // my account
  expect(call.keys.at(-1)).toBe('closing.anythingElse');
  return call;
}

/** A chat that asked for the prices (answered at once, N11), then "anything else?". */
async function afterThePrices(locale: Locale): Promise<Call> {
  const call = await dial(locale, 'chat');
  await call.type({ 'zh-CN': '电价是多少', 'yue-HK': '電價幾多錢', 'en-US': 'what are the electricity prices' }[locale]);
  expect(call.keys.at(-1)).toBe('kb.offerTimeOfUse');
  await call.choose('no'); // no time-of-use rates
  expect(call.keys.at(-1)).toBe('closing.anythingElse');
  return call;
}

const GRUMBLE: Record<Locale, { unhappy: string; still: string; sorry: RegExp }> = {
  'zh-CN': { unhappy: '不满意，怎么这么贵', still: '我还是不满意', sorry: /^很抱歉让您不满意/ },
  'yue-HK': { unhappy: '唔滿意，點解咁貴', still: '我都係唔滿意', sorry: /^好抱歉令你唔滿意/ },
  'en-US': { unhappy: 'not happy, why is it so expensive', still: "I'm still not happy", sorry: /^I'm sorry you're not happy/ },
};

describe('N12, N24: "not satisfied" at "anything else?" is answered with sorry and an offer, never goodbye', () => {
  for (const locale of ['zh-CN', 'yue-HK', 'en-US'] as const) {
    it(`${locale}, voice: a bill grumble hears sorry and the bill check or a complaint; still unhappy, the duty supervisor`, async () => {
      const call = await afterTheBill(locale);
      await call.say(GRUMBLE[locale].unhappy);
      expect(call.keys).toEqual(['closing.sorryUnhappy', 'closing.offerBillCheck']);
      expect(call.said).toMatch(GRUMBLE[locale].sorry);
      expect(call.turn.end ?? null).toBeNull(); // not hung up on
      await call.say(GRUMBLE[locale].still);
      expect(call.keys).toEqual(['escalation.connecting']);
      expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'dissatisfied', locale });
      const [escalation] = await call.engine.stores.services.escalations.list({ phone: ZHANG_WEI.phone });
      expect(escalation).toMatchObject({ reason: 'dissatisfied', status: 'waiting' });
    });
  }

  it('zh-CN, voice: pressing 1 at the offer checks the bill again', async () => {
    const call = await afterTheBill('zh-CN');
    await call.say('不满意，电费怎么这么贵');
    await call.press('1');
    // The account confirmed in this call is not asked again (audit 2, finding 8): the bill is told at once.
    expect(call.keys).toContain('query.lastBill');
  });

  it('zh-CN, voice: "不满意" with no reason is offered a complaint; "好" registers it, starting with the empathy prompt (N13)', async () => {
    const call = await afterTheBill('zh-CN');
    await call.say('不满意');
    expect(call.keys).toEqual(['closing.sorryUnhappy', 'closing.offerComplaint']);
    expect(call.said).toBe('很抱歉让您不满意。 帮您登记投诉好吗？好请按1，不用请按2。');
    await call.say('好');
    expect(call.keys[0]).toBe('complaint.empathy');
    expect(call.state).toMatch(/^complaint\./);
  });

  it('zh-CN, voice: a plain "没有了" still ends the call politely (N20)', async () => {
    const call = await afterTheBill('zh-CN');
    await call.say('没有了');
    expect(call.keys).toEqual(['closing.goodbye']);
  });

  it('yue-HK, chat: the grumble is answered in writing, without keys; the supervisor asked for there is the dissatisfied escalation', async () => {
    const call = await afterThePrices('yue-HK');
    await call.type('唔滿意，點解咁貴');
    expect(call.said).toBe('好抱歉令你唔滿意。 我可以幫你核對吓電費，亦可以幫你登記投訴。');
    await call.type('我要搵你哋主管');
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'dissatisfied' });
  });

  it('en-US, chat: "I want a complaint" at the offer registers one', async () => {
    const call = await afterThePrices('en-US');
    await call.type('Not satisfied. Why is my bill so high?');
    expect(call.keys).toEqual(['closing.sorryUnhappy', 'closing.offerBillCheck']);
    await call.choose('complaint');
    expect(call.keys[0]).toBe('complaint.empathy');
  });
});

describe('N24: after a complaint, "不满意" at the offer to hear the ticket again goes to the duty supervisor at once', () => {
  it('zh-CN, voice: the complaint registered, "不满意" at "再听请按1": sorry and the supervisor', async () => {
    const call = await dial('zh-CN');
    await call.press('4'); // complaint or report
    await call.press('1'); // complaint
    await call.say('抢修人员说好下午来 一直没来');
    await call.say('昨天下午');
    await call.say('城关区人民路营业厅');
    await call.silence(); // who: not known
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    expect(call.keys.at(-1)).toBe('ticket.offerAgain');
    await call.say('不满意');
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.said).toMatch(/^很抱歉/);
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'dissatisfied' });
  });
});

describe('N24: a request for the supervisor wins wherever it is said, with a complaint or a rude word around it', () => {
  it('zh-CN, voice: at the menu, "什么破服务…我要找你们领导" is the supervisor, with sorry, not the complaint questions', async () => {
    const call = await dial('zh-CN');
    await call.say('你们这什么破服务，我打了三次都没解决，我要找你们领导');
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.said).toMatch(/^很抱歉/);
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'requested' });
  });

  it('zh-CN, voice: inside the complaint, at "what happened?", the same words are the supervisor too', async () => {
    const call = await dial('zh-CN');
    await call.press('4');
    await call.press('1');
    expect(call.keys.at(-1)).toBe('complaint.askWhat');
    await call.say('你们这什么破服务，我打了三次都没解决，我要找你们领导');
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'requested' });
  });

  it('yue-HK, voice: "爛服務…我要搵你哋主管" inside the complaint is the supervisor, with sorry', async () => {
    const call = await dial('yue-HK');
    await call.press('4');
    await call.press('1');
    await call.say('爛服務…我要搵你哋主管');
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.said).toMatch(/^真係唔好意思/);
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'requested' });
  });

  it('en-US, chat: "this is useless, get me your manager" at "what happened?" is the supervisor', async () => {
    const call = await dial('en-US', 'chat');
    await call.type('I want to make a complaint');
    await call.type('this is useless, get me your manager');
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'requested' });
  });

  it('a complaint about a manager is a complaint, not a request for one: "我要投诉你们经理" is its story', async () => {
    const call = await dial('zh-CN');
    await call.press('4');
    await call.press('1');
    await call.say('我要投诉你们经理，态度太差');
    expect(call.keys.at(-1)).toBe('complaint.askWhen');
  });
});

describe('N8: a bare yes or no at the complaint\'s "when?" is not a time', () => {
  for (const [locale, yes] of [['zh-CN', '对'], ['yue-HK', '係'], ['en-US', 'yes']] as const) {
    it(`${locale}: "${yes}" at "when did it happen?" is asked again, not read back as the time`, async () => {
      const call = await dial(locale);
      await call.press('4');
      await call.press('1');
      await call.say({ 'zh-CN': '抢修人员说好下午来 一直没来', 'yue-HK': '搶修師傅話下晝嚟，一直都冇嚟', 'en-US': 'the repair crew said they would come this afternoon and never came' }[locale]);
      expect(call.keys.at(-1)).toBe('complaint.askWhen');
      await call.say(yes);
      expect(call.state).toBe('complaint.askWhen');
      await call.say({ 'zh-CN': '昨天下午', 'yue-HK': '琴日下晝', 'en-US': 'yesterday afternoon' }[locale]);
      expect(call.state).toBe('complaint.askWhere');
    });
  }
});
