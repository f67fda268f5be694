/**
 * Reactions to what the caller said (N12, N13), in the fault report, the outage query and the
 * complaint: a long wait or the same failure again is answered with a short apology for exactly
 * that before the next question, in the caller's language; once; in place of an acknowledgement
 * that would have been said. A false friend ("三天前我搬了家", "我又想问一下") hears no apology.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { segmentSeconds } from '../../src/prompts/speech-rate.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

const LANGUAGE_KEY: Record<Locale, string> = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' };

/** 张伟 calls in his language and reports a fault by keys, up to "what is wrong?". */
async function atTheDescription(locale: Locale): Promise<Call> {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  await call.press(LANGUAGE_KEY[locale]);
  await call.press('1'); // fault repair
  await call.press('1'); // yes, my account
  await call.press('2'); // no danger
  await call.press('1'); // my home only
  await call.press('1'); // at my home address
  expect(call.state).toBe('faultReport.report.askDescription');
  return call;
}

async function atTheMenu(locale: Locale): Promise<Call> {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  await call.press(LANGUAGE_KEY[locale]);
  return call;
}

const described: Record<Locale, { wait: string; again: string; plain: string }> = {
  'zh-CN': { wait: '都停了一晚上了，家里全部没电', again: '又跳闸了，家里全部没电', plain: '三天前我搬了家，现在家里灯不亮' },
  'en-US': { wait: "It's been out since yesterday, the whole house", again: 'It keeps going off, the whole house', plain: 'I moved in three days ago and the lights are off' },
  'yue-HK': { wait: '停咗成晚，成間屋冇電', again: '又跳掣，成間屋冇電', plain: '三日前我搬咗屋，而家燈唔著' },
};

describe('N12: the fault report reacts to a long wait or a failure again, before the next question', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the description "${described[locale].wait}" is answered with sorry for the wait, then the read-back`, async () => {
      const call = await atTheDescription(locale);
      await call.say(described[locale].wait);
      expect(call.keys[0]).toBe('common.reactWait');
      expect(call.keys.slice(1)).toEqual(['fault.readBack', 'common.isThatRight']);
    });

    it(`${locale}: "${described[locale].again}": sorry it happened again`, async () => {
      const call = await atTheDescription(locale);
      await call.say(described[locale].again);
      expect(call.keys[0]).toBe('common.reactAgain');
    });

    it(`${locale}: a false friend ("${described[locale].plain}") gets no apology`, async () => {
      const call = await atTheDescription(locale);
      await call.say(described[locale].plain);
      expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    });
  }

  it('zh-CN: "停了三天了" in the fault opening: sorry for the wait, then the account question; said once, not again at the description', async () => {
    const call = await atTheMenu('zh-CN');
    await call.say('家里停电了，停了三天了');
    expect(call.keys).toEqual(['common.reactWait', 'identity.callerAccount', 'identity.confirmCaller']);
    expect(call.said.startsWith('让您久等了，抱歉。')).toBe(true);
    await call.press('1');
    await call.press('2');
    await call.press('1');
    await call.press('1');
    await call.say('停了三天了，家里全部没电');
    expect(call.keys).not.toContain('common.reactWait');
  });

  it('zh-CN: "我又想问一下" and "三天前我搬了家" at the menu are no failure again, no wait: no apology', async () => {
    for (const words of ['我又想问一下', '三天前我搬了家，家里停电了']) {
      const call = await atTheMenu('zh-CN');
      await call.say(words);
      expect(call.keys.filter((key) => key.startsWith('common.react') || key.startsWith('complaint.react'))).toEqual([]);
    }
  });
});

describe('N12: the outage query reacts to the words it was asked with', () => {
  const opened: Record<Locale, string> = { 'zh-CN': '怎么又停电了，什么时候来电', 'en-US': 'The power is out again, when will it be back', 'yue-HK': '又停電，幾時有返電' };
  for (const locale of LOCALES) {
    it(`${locale}: "${opened[locale]}": sorry it happened again, before the first question of the query`, async () => {
      const call = await atTheMenu(locale);
      await call.say(opened[locale]);
      expect(call.state).toMatch(/^query\.outageSchedule\./);
      expect(call.keys[0]).toBe('common.reactAgain');
    });
  }
});

describe('N12, N13: in a complaint, the reaction to a wait replaces the acknowledgement', () => {
  async function atWhen(): Promise<Call> {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('4');
    await call.press('1');
    await call.say('营业厅的人态度不好');
    expect(call.state).toBe('complaint.askWhen');
    return call;
  }

  it('"都等了三天了" at "when?": sorry for the wait, not "好的，明白", then "where?"', async () => {
    const call = await atWhen();
    await call.say('都等了三天了');
    expect(call.keys).toEqual(['common.reactWait', 'complaint.askWhere']);
  });

  it('"昨天下午" at "when?": the acknowledgement as before', async () => {
    const call = await atWhen();
    await call.say('昨天下午');
    expect(call.keys).toEqual(['common.ack', 'complaint.askWhere']);
  });

  it('a wait already apologised for in the story is not apologised for again at "when?"', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('4');
    await call.press('1');
    await call.say('抢修人员说好下午来 等了三个小时都没来');
    expect(call.keys).toEqual(['complaint.reactWait', 'complaint.askWhen']);
    await call.say('等了三个小时了，就是今天');
    expect(call.keys).toEqual(['common.ack', 'complaint.askWhere']);
  });
});

describe('N2: a reaction is short', () => {
  for (const locale of LOCALES) {
    it(`${locale}: each reaction takes about 3 s at the N2 rate, and not 4 s said softly (N3: a tenth slower)`, () => {
      for (const key of ['common.reactWait', 'common.reactAgain']) {
        const [usual] = renderVoice([{ key }], locale);
        const [soft] = renderVoice([{ key }], locale, { soothe: true });
        expect(segmentSeconds(usual!), key).toBeLessThanOrEqual(3.3);
        expect(segmentSeconds(soft!), `${key}, softly`).toBeLessThanOrEqual(3.7);
      }
    });
  }
});
