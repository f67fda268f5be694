import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { formatDate, formatMoney, formatMonth } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW, VALUES } from './fixtures.js';

describe('money formatter (amounts in yuan; a negative balance is said as owing)', () => {
  it('says yuan to the fen in Mandarin and Cantonese', () => {
    expect(formatMoney(123.45, 'zh-CN', 'voice')).toBe('123.45元');
    expect(formatMoney(123.45, 'yue-HK', 'text')).toBe('123.45元');
    expect(formatMoney(12.3, 'zh-CN', 'text')).toBe('12.30元');
  });

  it('says a negative balance as what is owed, never as a minus', () => {
    expect(formatMoney(-12.3, 'zh-CN', 'voice')).toBe('欠费12.30元');
    expect(formatMoney(-12.3, 'yue-HK', 'voice')).toBe('欠費12.30元');
    expect(formatMoney(-12.3, 'en-US', 'text')).toBe('you owe ¥12.30');
    expect(formatMoney(-12.3, 'en-US', 'voice')).toBe('you owe 12.30 yuan');
  });

  it('writes ¥ in English chat but says yuan on the phone (English voices read ¥ as yen)', () => {
    expect(formatMoney(123.45, 'en-US', 'text')).toBe('¥123.45');
    expect(formatMoney(123.45, 'en-US', 'voice')).toBe('123.45 yuan');
    expect(formatMoney(1234.5, 'en-US', 'text')).toBe('¥1,234.50');
  });

  it('drops the fen of a whole amount and rounds to the fen', () => {
    expect(formatMoney(100, 'zh-CN', 'voice')).toBe('100元');
    expect(formatMoney(0, 'en-US', 'text')).toBe('¥0');
    expect(formatMoney(0.125, 'zh-CN', 'text')).toBe('0.13元');
    expect(formatMoney(19.999, 'zh-CN', 'text')).toBe('20元');
    expect(formatMoney(1.005, 'zh-CN', 'text')).toBe('1.01元');
  });

  it('does not call a balance that rounds to nothing a debt', () => {
    expect(formatMoney(-0.001, 'zh-CN', 'text')).toBe('0元');
    expect(formatMoney(-0.001, 'en-US', 'text')).toBe('¥0');
  });

  it('reads a numeric string, and returns anything else as it is', () => {
    expect(formatMoney('-5.5', 'zh-CN', 'text')).toBe('欠费5.50元');
    expect(formatMoney('n/a', 'zh-CN', 'text')).toBe('n/a');
    expect(formatMoney('', 'en-US', 'text')).toBe('');
  });
});

describe('month formatter (billing period YYYY-MM)', () => {
  it('says the month with its year', () => {
    expect(formatMonth('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(formatMonth('2026-03', 'yue-HK')).toBe('2026年3月');
    expect(formatMonth('2026-10', 'en-US')).toBe('October 2026');
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

  it('reads a balance in arrears as owing, with the month, the amount, the kWh and the due date', () => {
    expect(renderText([ref], 'zh-CN', { now: NOW })).toEqual([
      '您的账户当前余额是欠费12.30元。2025年5月的电费是123.45元，用电256千瓦时，缴费截止日期是6月30日。',
    ]);
    expect(renderText([ref], 'yue-HK', { now: NOW })[0]).toBe(
      '你嘅賬戶而家嘅餘額係欠費12.30元。2025年5月嘅電費係123.45元，用電256度，繳費截止日期係6月30號。',
    );
    expect(renderText([ref], 'en-US', { now: NOW })[0]).toBe(
      'Your account balance: you owe ¥12.30. Your bill for May 2025 is ¥123.45 for 256 kilowatt-hours, and payment is due by June 30.',
    );
  });

  it('says yuan, not ¥, to an English caller on the phone', () => {
    const [segment] = renderVoice([ref], 'en-US', { now: NOW });
    expect(segment?.text).toContain('you owe 12.30 yuan');
    expect(segment?.text).not.toContain('¥');
  });

  it('reads a balance in credit as a plain amount', () => {
    const values = { ...VALUES, balance: 88 };
    expect(renderText([{ key: 'query.statement', values }], 'zh-CN', { now: NOW })[0]).toMatch(/^您的账户当前余额是88元。/);
  });

  it('uses the formatters through a plain i18next t() call as well', () => {
    const { i18n } = getCatalogue();
    expect(i18n.t('query.statement', { lng: 'en-US', replace: VALUES, medium: 'voice' })).toContain('123.45 yuan');
  });
});

describe('deadlines and outage windows are said with the time formatter (names the day)', () => {
  it('promises a complaint reply by a day and a time', () => {
    expect(renderText([{ key: 'complaint.recorded', values: VALUES }], 'zh-CN', { now: NOW })[0]).toContain('我们会在明天18:00之前给您答复');
    expect(renderText([{ key: 'consultation.callbackPromised', values: VALUES }], 'yue-HK', { now: NOW })[0]).toContain('聽日18:00之前');
    expect(renderText([{ key: 'complaint.recorded', values: VALUES }], 'en-US', { now: NOW })[0]).toContain('before 6:00 PM tomorrow');
  });

  it('says when a scheduled outage starts and ends', () => {
    expect(renderText([{ key: 'query.outageScheduled', values: VALUES }], 'zh-CN', { now: NOW })[0]).toBe(
      '文三路一带有停电安排：从今天09:00到今天18:30。给您带来不便，敬请谅解。',
    );
    expect(renderText([{ key: 'query.outageScheduled', values: VALUES }], 'en-US', { now: NOW })[0]).toContain(
      'from 9:00 AM today to 6:30 PM today',
    );
  });
});
