/**
 * What a quality inspector marked in the wording (issue 14): the account, not its number, and no
 * jargon (N5); one name for the number a caller is given; times without a second full stop; a date
 * said relative to today; a Mandarin result said to a Cantonese caller in Cantonese register (N4).
 */
import { describe, expect, it } from 'vitest';
import { renderPrompt } from '../../src/prompts/render-prompt.js';
import { formatDate } from '../../src/prompts/formatters.js';
import { inCantoneseRegister } from '../../src/prompts/cantonese-register.js';

/** 10:00 on 3 December 2026, Shanghai. */
const NOW = new Date('2026-12-03T10:00:00+08:00');
const say = (key: string, values: Record<string, string | number>, locale: 'zh-CN' | 'yue-HK' | 'en-US', medium: 'voice' | 'text' = 'voice') =>
  renderPrompt({ key, values }, locale, medium, { now: NOW }).text;

describe('N5: the account, in words a caller uses', () => {
  it.each([
    ['zh-CN', '您的账户欠费18.9元', '您家是预付费电表'],
    ['yue-HK', '你嘅賬戶欠費18.9元', '你屋企係預付費電錶'],
    ['en-US', 'Your account owes 18 yuan 90', 'Your home has a prepaid meter'],
  ] as const)('%s: arrears and a prepaid meter', (locale, arrears, prepaid) => {
    expect(say('fault.arrearsNotice', { balance: -18.9 }, locale)).toContain(arrears);
    expect(say('fault.prepaidNotice', { balance: -42.6 }, locale)).toContain(prepaid);
    for (const key of ['fault.arrearsNotice', 'fault.prepaidNotice']) expect(say(key, { balance: -1 }, locale)).not.toMatch(/户号|戶號|费控|費控/);
  });
});

describe('N8: the number a report is given has one name throughout', () => {
  it('en-US: "ticket number" when registered and when said again', () => {
    expect(say('report.recorded', { ticket: '2612030001' }, 'en-US')).toContain('ticket number');
    expect(say('ticket.again', { ticket: '2612030001' }, 'en-US')).toContain('ticket number');
    expect(say('report.recorded', { ticket: '2612030001' }, 'en-US')).not.toContain('reference');
  });
  it.each([['zh-CN', '工单号'], ['yue-HK', '工單號']] as const)('%s: 工单号, as the SMS and the progress query say', (locale, word) => {
    expect(say('report.recorded', { ticket: '2612030001' }, locale)).toContain(word);
  });
});

describe('N1: English times and dates as people say them', () => {
  it('a time that ends the sentence takes one full stop', () => {
    const said = say('outage.upcoming', { area: '城关区', outagePeriod: '2026-12-04T09:00:00+08:00/2026-12-04T17:00:00+08:00' }, 'en-US');
    expect(said).toMatch(/tomorrow from 9 a\.m\. to 5 p\.m\.$/);
    expect(said).not.toContain('..');
  });

  it.each([
    ['zh-CN', '您今天反映的问题', '您昨天反映的问题', '您11月30日反映的问题'],
    ['yue-HK', '你今日反映嘅問題', '你尋日反映嘅問題', '你11月30號反映嘅問題'],
    ['en-US', 'the issue you raised today', 'the issue you raised yesterday', 'the issue you raised on November 30'],
  ] as const)('%s: a same-day callback says today, not the date', (locale, today, yesterday, earlier) => {
    const result = 'done';
    expect(say('callback.resultComplaint', { raisedOn: '2026-12-03T09:00:00+08:00', result }, locale)).toContain(today);
    expect(say('callback.resultComplaint', { raisedOn: '2026-12-02T15:00:00+08:00', result }, locale)).toContain(yesterday);
    expect(say('callback.resultComplaint', { raisedOn: '2026-11-30T15:00:00+08:00', result }, locale)).toContain(earlier);
  });

  it('without a clock the date is the calendar date, as before', () => {
    expect(formatDate('2026-12-03', 'zh-CN')).toBe('12月3日');
    expect(formatDate('2026-12-03', 'zh-CN', NOW)).toBe('今天');
    expect(formatDate('2026-12-10', 'en-US', NOW)).toBe('December 10');
  });
});

describe('N4: a result written in Mandarin, said to a Cantonese caller', () => {
  it('is in Hong Kong characters and Cantonese register', () => {
    const said = say('callback.resultComplaint', { raisedOn: '2026-11-30T15:00:00+08:00', result: '已对相关抄表员批评教育，并上门向您致歉' }, 'yue-HK');
    expect(said).toBe('你11月30號反映嘅問題，已對相關抄表員批評教育，並上門向你道歉。');
    expect(inCantoneseRegister('我們現在沒有收到')).toBe('我哋而家冇收到');
  });
});

describe('audit 2 (issue 14): the caller\'s Cantonese kept, English a native speaker says', () => {
  it('yue-HK: 冇晒電 stays 晒 (all), never 曬 (to dry in the sun); 曬太陽 keeps its 曬', () => {
    expect(say('fault.readBack', { address: '城關區人民路88號', description: '我屋企成間屋冇晒电，由朝早開始' }, 'yue-HK')).toContain('冇晒電');
    expect(say('fault.readBack', { address: '城關區人民路88號', description: '多谢晒' }, 'yue-HK')).toContain('多謝晒');
    expect(say('fault.readBack', { address: '城關區人民路88號', description: '晒太阳' }, 'yue-HK')).toContain('曬太陽');
  });

  it('yue-HK: "anything else?" is said with its 嘢', () => {
    expect(say('closing.anythingElse', {}, 'yue-HK')).toBe('仲有冇嘢可以幫到你？有請按1，冇請按2。');
  });

  it('en-US: the scope question, the urgent repair and the ticket offer as a native speaker says them, promising no more than Mandarin does', () => {
    expect(say('fault.askScope', {}, 'en-US')).toBe("If it's only your home, press 1. The whole building, 2. The whole neighborhood, 3.");
    expect(say('fault.urgentCreated', { ticket: '2612030001' }, 'en-US')).toMatch(/Our crew will be there as soon as they can\.$/);
    expect(say('ticket.offerAgain', {}, 'en-US')).toBe('To hear it again, press 1. To continue, press 2.');
  });
});
