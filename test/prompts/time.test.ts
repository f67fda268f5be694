import { describe, expect, it } from 'vitest';
import { formatDuration, formatPeriod, formatTime } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW, VALUES } from './fixtures.js';

describe('time formatter: a time of day as people say it (N1), in Asia/Shanghai', () => {
  it('Mandarin: the day relative to now, the part of the day, a 12-hour clock, 半 for half past', () => {
    expect(formatTime('2025-06-01T04:00:00+08:00', 'zh-CN', NOW)).toBe('今天凌晨4点');
    expect(formatTime('2025-06-01T18:30:00+08:00', 'zh-CN', NOW)).toBe('今天晚上6点半');
    expect(formatTime('2025-06-02T07:05:00+08:00', 'zh-CN', NOW)).toBe('明天早上7点05分');
    expect(formatTime('2025-06-02T09:00:00+08:00', 'zh-CN', NOW)).toBe('明天上午9点');
    expect(formatTime('2025-06-01T12:30:00+08:00', 'zh-CN', NOW)).toBe('今天中午12点半');
    expect(formatTime('2025-06-01T15:00:00+08:00', 'zh-CN', NOW)).toBe('今天下午3点');
    expect(formatTime('2025-06-03T00:00:00+08:00', 'zh-CN', NOW)).toBe('后天零点');
    expect(formatTime('2025-05-31T20:00:00+08:00', 'zh-CN', NOW)).toBe('昨天晚上8点');
    expect(formatTime('2025-06-05T18:30:00+08:00', 'zh-CN', NOW)).toBe('6月5日晚上6点半');
  });

  it('Cantonese: 今日 聽日 後日, 朝早 上晝 下晝 夜晚', () => {
    expect(formatTime('2025-06-01T04:00:00+08:00', 'yue-HK', NOW)).toBe('今日凌晨4點');
    expect(formatTime('2025-06-02T07:30:00+08:00', 'yue-HK', NOW)).toBe('聽日朝早7點半');
    expect(formatTime('2025-06-02T10:00:00+08:00', 'yue-HK', NOW)).toBe('聽日上晝10點');
    expect(formatTime('2025-06-01T15:00:00+08:00', 'yue-HK', NOW)).toBe('今日下晝3點');
    expect(formatTime('2025-06-01T18:30:00+08:00', 'yue-HK', NOW)).toBe('今日夜晚6點半');
    expect(formatTime('2025-06-05T18:30:00+08:00', 'yue-HK', NOW)).toBe('6月5號夜晚6點半');
  });

  it('English: "10 a.m. tomorrow", no ":00", noon and midnight said as such', () => {
    expect(formatTime('2025-06-02T10:00:00+08:00', 'en-US', NOW)).toBe('10 a.m. tomorrow');
    expect(formatTime('2025-06-01T18:30:00+08:00', 'en-US', NOW)).toBe('6:30 p.m. today');
    expect(formatTime('2025-06-02T00:15:00+08:00', 'en-US', NOW)).toBe('12:15 a.m. tomorrow');
    expect(formatTime('2025-06-03T12:00:00+08:00', 'en-US', NOW)).toBe('12 noon on June 3');
    expect(formatTime('2025-06-02T00:00:00+08:00', 'en-US', NOW)).toBe('12 midnight tomorrow');
  });

  it('counts days in Shanghai, not UTC: 16:30Z is half past midnight tomorrow', () => {
    expect(formatTime('2025-06-01T16:30:00Z', 'zh-CN', NOW)).toBe('明天零点半');
  });

  it('returns an unreadable value as it is', () => {
    expect(formatTime('soon', 'zh-CN', NOW)).toBe('soon');
  });

  it('is wired into the catalogue as {{restoreAt, time}} with the render clock, never a clock string', () => {
    const [text] = renderText([{ key: 'fault.knownOutageFault', values: VALUES }], 'zh-CN', { now: NOW });
    expect(text).toContain('预计今天晚上6点半来电');
    expect(text).not.toMatch(/\d:\d\d/);
  });
});

describe('period formatter: an outage window, the day and the part of the day said once', () => {
  it('Mandarin: 明天上午9点到下午5点; across midnight both days', () => {
    expect(formatPeriod('2025-06-02T09:00:00+08:00/2025-06-02T17:00:00+08:00', 'zh-CN', NOW)).toBe('明天上午9点到下午5点');
    expect(formatPeriod('2025-06-02T09:00:00+08:00/2025-06-02T11:30:00+08:00', 'zh-CN', NOW)).toBe('明天上午9点到11点半');
    expect(formatPeriod('2025-06-01T22:00:00+08:00/2025-06-02T06:00:00+08:00', 'zh-CN', NOW)).toBe('今天晚上10点到明天早上6点');
  });

  it('Cantonese and English', () => {
    expect(formatPeriod('2025-06-02T09:00:00+08:00/2025-06-02T17:00:00+08:00', 'yue-HK', NOW)).toBe('聽日上晝9點到下晝5點');
    expect(formatPeriod('2025-06-02T09:00:00+08:00/2025-06-02T17:00:00+08:00', 'en-US', NOW)).toBe('tomorrow from 9 a.m. to 5 p.m.');
    expect(formatPeriod('2025-06-01T22:00:00+08:00/2025-06-02T06:00:00+08:00', 'en-US', NOW)).toBe('from 10 p.m. today to 6 a.m. tomorrow');
  });

  it('returns a value that is not a forward interval as it is', () => {
    expect(formatPeriod('2025-06-02T09:00:00+08:00', 'zh-CN', NOW)).toBe('2025-06-02T09:00:00+08:00');
    expect(formatPeriod('2025-06-02T17:00:00+08:00/2025-06-02T09:00:00+08:00', 'en-US', NOW)).toBe('2025-06-02T17:00:00+08:00/2025-06-02T09:00:00+08:00');
  });

  it('a planned outage is told as callers say it, in every locale', () => {
    const say = (locale: 'zh-CN' | 'yue-HK' | 'en-US') => renderVoice([{ key: 'query.outageScheduled', values: VALUES }], locale, { now: NOW })[0]!.text;
    expect(say('zh-CN')).toBe('文三路一带计划明天上午9点到下午5点停电，给您带来不便，敬请谅解。');
    expect(say('yue-HK')).toContain('聽日上晝9點到下晝5點停電');
    expect(say('en-US')).toContain('tomorrow from 9 a.m. to 5 p.m.');
  });
});

describe('duration formatter: minutes in the largest natural unit', () => {
  it('says 2小时, not 120分钟', () => {
    expect(formatDuration(120, 'zh-CN')).toBe('2小时');
    expect(formatDuration(45, 'zh-CN')).toBe('45分钟');
    expect(formatDuration(90, 'zh-CN')).toBe('1个半小时');
    expect(formatDuration(75, 'zh-CN')).toBe('1小时15分钟');
    expect(formatDuration(120, 'yue-HK')).toBe('2個鐘');
    expect(formatDuration(90, 'yue-HK')).toBe('個半鐘');
    expect(formatDuration(45, 'yue-HK')).toBe('45分鐘');
    expect(formatDuration(120, 'en-US')).toBe('2 hours');
    expect(formatDuration(60, 'en-US')).toBe('1 hour');
    expect(formatDuration(90, 'en-US')).toBe('an hour and a half');
    expect(formatDuration(5, 'en-US')).toBe('5 minutes');
  });

  it('returns anything but a positive whole number as it is', () => {
    expect(formatDuration('soon', 'zh-CN')).toBe('soon');
    expect(formatDuration(0, 'en-US')).toBe('0');
  });

  it('a remote repair promise is said in hours (fault.ticketCreated)', () => {
    const values = { ...VALUES, minutes: 120 };
    expect(renderText([{ key: 'fault.ticketCreated', values }], 'zh-CN', { now: NOW })[0]).toContain('抢修人员2小时内到。');
    expect(renderText([{ key: 'fault.ticketCreated', values }], 'yue-HK', { now: NOW })[0]).toContain('2個鐘內到');
    expect(renderText([{ key: 'fault.ticketCreated', values }], 'en-US', { now: NOW })[0]).toContain('within 2 hours');
  });
});
