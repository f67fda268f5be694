import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { formatBalance, formatDate, formatEnergy, formatMoney, formatMonth } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW, VALUES } from './fixtures.js';

describe('money formatter: yuan as a speaker says them (N1)', () => {
  it('Mandarin and Cantonese on the phone: 42.6元, never 42.60 (read 四十二点六零); chat as on the bill', () => {
    expect(formatMoney(42.6, 'zh-CN', 'voice')).toBe('42.6元');
    expect(formatMoney(42.6, 'zh-CN', 'text')).toBe('42.60元');
    expect(formatMoney(123.45, 'yue-HK', 'voice')).toBe('123.45元');
    expect(formatMoney(100, 'zh-CN', 'voice')).toBe('100元');
  });

  it('English: ¥ in chat, yuan on the phone (English voices read ¥ as yen and .60 as "point six zero")', () => {
    expect(formatMoney(123.45, 'en-US', 'text')).toBe('¥123.45');
    expect(formatMoney(1234.5, 'en-US', 'text')).toBe('¥1,234.50');
    expect(formatMoney(42.6, 'en-US', 'voice')).toBe('42 yuan 60');
    expect(formatMoney(100, 'en-US', 'voice')).toBe('100 yuan');
    expect(formatMoney(0.5, 'en-US', 'voice')).toBe('0.5 yuan');
  });

  it('rounds to the fen', () => {
    expect(formatMoney(0, 'en-US', 'text')).toBe('¥0');
    expect(formatMoney(0.125, 'zh-CN', 'text')).toBe('0.13元');
    expect(formatMoney(19.999, 'zh-CN', 'text')).toBe('20元');
    expect(formatMoney(1.005, 'zh-CN', 'text')).toBe('1.01元');
  });

  it('reads a numeric string, and returns anything else as it is', () => {
    expect(formatMoney('5.5', 'zh-CN', 'voice')).toBe('5.5元');
    expect(formatMoney('n/a', 'zh-CN', 'text')).toBe('n/a');
    expect(formatMoney('', 'en-US', 'text')).toBe('');
  });
});

describe('balance formatter: in credit or in arrears, never "余额是欠费"', () => {
  it('says what is owed as owed, and a credit as a balance', () => {
    expect(formatBalance(-42.6, 'zh-CN', 'voice')).toBe('欠费42.6元');
    expect(formatBalance(88, 'zh-CN', 'voice')).toBe('余额88元');
    expect(formatBalance(-42.6, 'yue-HK', 'voice')).toBe('欠費42.6元');
    expect(formatBalance(88, 'yue-HK', 'text')).toBe('餘額88元');
    expect(formatBalance(-12.3, 'en-US', 'text')).toBe('owes ¥12.30');
    expect(formatBalance(88, 'en-US', 'voice')).toBe('has a balance of 88 yuan');
  });

  it('does not call a balance that rounds to nothing a debt', () => {
    expect(formatBalance(-0.001, 'zh-CN', 'text')).toBe('余额0元');
    expect(formatBalance('n/a', 'en-US', 'text')).toBe('n/a');
  });
});

describe('energy formatter: 度, as callers say it, not 千瓦时', () => {
  it('says 度 in Chinese, kilowatt-hours on the English phone and kWh in English chat', () => {
    expect(formatEnergy(256, 'zh-CN', 'voice')).toBe('256度');
    expect(formatEnergy(256.44, 'yue-HK', 'text')).toBe('256.4度');
    expect(formatEnergy(256, 'en-US', 'voice')).toBe('256 kilowatt-hours');
    expect(formatEnergy(256, 'en-US', 'text')).toBe('256 kWh');
  });
});

describe('month formatter (billing period YYYY-MM)', () => {
  it('says the month with its year', () => {
    expect(formatMonth('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(formatMonth('2026-03', 'yue-HK')).toBe('2026年3月');
    expect(formatMonth('2026-10', 'en-US')).toBe('October 2026');
  });

  it('leaves out the year of a month of the last year, as people say it', () => {
    const now = new Date('2026-11-25T10:00:00+08:00');
    expect(formatMonth('2026-10', 'zh-CN', now)).toBe('10月');
    expect(formatMonth('2025-12', 'yue-HK', now)).toBe('12月');
    expect(formatMonth('2026-10', 'en-US', now)).toBe('October');
    expect(formatMonth('2025-11', 'zh-CN', now)).toBe('2025年11月');
    expect(formatMonth('2026-12', 'en-US', now)).toBe('December 2026');
  });

  it('returns an unreadable period as it is', () => {
    expect(formatMonth('2026-13', 'zh-CN')).toBe('2026-13');
    expect(formatMonth('last month', 'en-US')).toBe('last month');
  });
});

describe('date formatter (a day without its time)', () => {
  it('says month and day', () => {
    expect(formatDate('2026-11-30', 'zh-CN')).toBe('11月30日');
    expect(formatDate('2026-11-30', 'yue-HK')).toBe('11月30號');
    expect(formatDate('2026-11-30', 'en-US')).toBe('November 30');
  });

  it('takes a plain date as written, and a timestamp as its day in Shanghai', () => {
    expect(formatDate('2026-12-01', 'zh-CN')).toBe('12月1日');
    expect(formatDate('2026-11-30T16:30:00Z', 'zh-CN')).toBe('12月1日');
    expect(formatDate('2026-11-30T10:00:00+08:00', 'en-US')).toBe('November 30');
  });

  it('returns an unreadable or impossible date as it is', () => {
    expect(formatDate('2026-02-30', 'zh-CN')).toBe('2026-02-30');
    expect(formatDate('end of month', 'en-US')).toBe('end of month');
  });
});

describe('the bill statement, said in every locale (query.statement)', () => {
  const ref = { key: 'query.statement', values: VALUES };

  it('N1: an account in arrears is said to owe, then the month, the amount, the 度 and the due date', () => {
    const refs = [ref, { key: 'query.lastBill', values: VALUES }];
    expect(renderVoice(refs, 'zh-CN', { now: NOW }).map((s) => s.text)).toEqual(['您欠费12.3元。', '5月电费123.45元，用电256度，6月30日前缴清。']);
    expect(renderVoice(refs, 'yue-HK', { now: NOW }).map((s) => s.text)).toEqual(['你而家欠費12.3元。', '5月電費123.45元，用電256度，6月30號前交。']);
    expect(renderText(refs, 'en-US', { now: NOW })).toEqual(['Your account owes ¥12.30.', 'Your May bill is ¥123.45 for 256 kWh, due by June 30.']);
    expect(renderVoice(refs, 'en-US', { now: NOW }).map((s) => s.text)).toEqual([
      'Your account owes 12 yuan 30.',
      'Your May bill is 123 yuan 45 for 256 kilowatt-hours, due by June 30.',
    ]);
  });

  it('an account in credit has a balance, never "余额是欠费"', () => {
    const values = { ...VALUES, balance: 88 };
    expect(renderText([{ key: 'query.statement', values }], 'zh-CN', { now: NOW })[0]).toBe('您余额88元。');
    expect(renderText([{ key: 'query.statement', values: VALUES }], 'zh-CN', { now: NOW })[0]).not.toContain('余额是欠费');
  });

  it('uses the formatters through a plain i18next t() call as well', () => {
    const { i18n } = getCatalogue();
    expect(i18n.t('query.lastBill', { lng: 'en-US', replace: VALUES, medium: 'voice' })).toContain('123 yuan 45');
  });
});

describe('deadlines are said with the time formatter (names the day and the part of it)', () => {
  it('promises a complaint reply by a day and a time', () => {
    expect(renderText([{ key: 'complaint.recorded', values: VALUES }], 'zh-CN', { now: NOW })[0]).toContain('明天晚上6点');
    expect(renderText([{ key: 'consultation.callbackPromised', values: VALUES }], 'yue-HK', { now: NOW })[0]).toContain('聽日夜晚6點');
    expect(renderText([{ key: 'complaint.recorded', values: VALUES }], 'en-US', { now: NOW })[0]).toContain('by 6 p.m. tomorrow');
  });
});
