import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { turnSeconds } from '../../src/prompts/speech-rate.js';

describe('inbound call: greeting and language (N4, N5)', () => {
  it('N4, N5: on the phone the caller is greeted with the company in its short form and 95598 and offered English and Cantonese, each in itself; Mandarin is the default; about 11 s (N2, issue 14 item 4)', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    expect(call.keys).toEqual(['greeting.welcome', 'greeting.offerEnglish', 'greeting.offerCantonese']);
    expect(call.turn.prompts.map((p) => p.locale)).toEqual([undefined, 'en-US', 'yue-HK']);
    expect(call.heard).toEqual(['您好，欢迎致电示范供电95598。', 'For English, press 2.', '廣東話請按3。']);
    expect(turnSeconds(renderVoice(call.turn.prompts, call.turn.locale))).toBeLessThan(12); // was 19.7 s; 9.9 s without the company, 11.7 s with it
    expect(call.turn.locale).toBe('zh-CN');
    // Silence or 1 keeps Mandarin (N4): the menu next.
    await call.press('1');
    expect(call.keys).toEqual(['menu.main']);
  });

  it('N5: in chat all three languages are offered, each in itself', async () => {
    const call = await Call.dial(await openTestEngine(), { from: null, channel: 'chat' });
    expect(call.keys).toEqual(['greeting.welcome', 'greeting.offerMandarin', 'greeting.offerEnglish', 'greeting.offerCantonese']);
    expect(call.heard[0]).toBe('您好，欢迎咨询95598，很高兴为您服务。');
  });

  it('N4: a caller who says nothing at the language offer is served in Mandarin', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.silence();
    expect(call.state).toBe('menu.full');
    expect(call.keys).toEqual(['menu.main']);
    expect(call.turn.locale).toBe('zh-CN');
  });

  it('N4: pressing 2 continues in English, pressing 3 in Cantonese', async () => {
    const engine = await openTestEngine();
    const english = await Call.dial(engine);
    await english.press('2');
    expect(english.turn.locale).toBe('en-US');
    expect(english.heard.join(' ')).toMatch(/press 1/i);

    const cantonese = await Call.dial(engine);
    await cantonese.press('3');
    expect(cantonese.turn.locale).toBe('yue-HK');
    expect(cantonese.keys).toEqual(['menu.main']);
  });

  it('N4: naming the language in a sentence chooses it', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.say('我想讲广东话');
    expect(call.turn.locale).toBe('yue-HK');
    expect(call.state).toBe('menu.full');
  });
});

describe('inbound call: main menu (N9)', () => {
  it('the menu offers the businesses by key, and the agent on 0 in the caller\'s language queue', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.press('3'); // Cantonese
    expect(call.turn.ask?.choices.map((c) => `${c.dtmf}:${c.id}`)).toEqual([
      '1:fault_report',
      '2:query',
      '3:consultation',
      '4:complaint_or_report',
      '0:agent',
    ]);
    await call.press('0');
    expect(call.turn.end).toEqual({ type: 'transfer', queue: 'agent', reason: 'requested', locale: 'yue-HK' });
  });

  it('N13: a caller who says they want to complain hears a soothing word before any question', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.silence();
    await call.say('嗯 我要投诉你们的抄表员');
    expect(call.keys).toEqual(['complaint.empathy', 'complaint.askWhat']);
  });

  it('a caller who says the business directly skips the keys', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('我家突然没电了');
    expect(call.state).toBe('faultReport.identity.askAccount');
  });

  it('N10: a danger sentence at the menu goes straight to the safety advice', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('门口电线掉下来了还在冒火花');
    expect(call.keys[0]).toBe('fault.safetyAdvice');
    expect(call.state).toBe('danger.askLocation');
  });
});

describe('global commands in every ask state', () => {
  it('0 hands the caller to an agent wherever they are', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('1');
    await call.press('0');
    expect(call.turn.end).toEqual({ type: 'transfer', queue: 'agent', reason: 'requested', locale: 'zh-CN' });
    expect(call.keys).toEqual(['transfer.toAgent']);
  });

  it('* repeats the question, and so does asking for it', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.silence();
    await call.press('*');
    expect(call.keys).toEqual(['menu.main']);
    await call.say('请再说一遍');
    expect(call.keys).toEqual(['menu.main']);
    expect(call.state).toBe('menu.full');
  });

  it('N4: switching language mid-call keeps what the caller already gave', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('1'); // fault repair
    await call.press('1'); // yes, that is my account
    await call.press('2'); // no danger
    await call.say('English please');
    expect(call.turn.locale).toBe('en-US');
    expect(call.keys).toEqual(['common.languageSwitched', 'fault.askScope']);
    await call.press('1'); // my home only: its address is the one on the account, read back later
    expect(call.keys).toEqual(['fault.askDescription']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ account: ZHANG_WEI.account, name: ZHANG_WEI.name });
  });
});

describe('the reprompt ladder (N7)', () => {
  it('silence, then nonsense: each told its own way with help that guides, then an agent', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.silence(); // Mandarin by default
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'menu.mainHelp']);
    await call.say('今天天气怎么样');
    expect(call.keys).toEqual(['common.notUnderstood', 'menu.mainHelp']);
    await call.press('7');
    expect(call.keys).toEqual(['transfer.ladderExhausted']);
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'agent', reason: 'not_understood' });
  });

  it('the count starts again at the next question', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.silence();
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'menu.mainHelp']);
    await call.press('1');
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'identity.askAccountHelp']);
  });

  it('a transcript the recognizer is unsure of is a no match, not a guess', async () => {
    const call = await Call.dial(await openTestEngine());
    await call.silence();
    await call.say('故障报修', 0.1);
    expect(call.state).toBe('menu.full');
    expect(call.keys).toEqual(['common.notHeard', 'menu.mainHelp']);
  });
});
