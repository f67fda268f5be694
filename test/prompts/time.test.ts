import { describe, expect, it } from 'vitest';
import { formatTime } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { NOW, VALUES } from './fixtures.js';

describe('time formatter (local time of day in Asia/Shanghai)', () => {
  it('says today and tomorrow relative to now', () => {
    expect(formatTime('2025-06-01T18:30:00+08:00', 'zh-CN', NOW)).toBe('今天18:30');
    expect(formatTime('2025-06-02T07:05:00+08:00', 'zh-CN', NOW)).toBe('明天07:05');
    expect(formatTime('2025-06-03T18:30:00+08:00', 'zh-CN', NOW)).toBe('6月3日18:30');
  });

  it('uses Cantonese day words', () => {
    expect(formatTime('2025-06-01T18:30:00+08:00', 'yue-HK', NOW)).toBe('今日18:30');
    expect(formatTime('2025-06-02T18:30:00+08:00', 'yue-HK', NOW)).toBe('聽日18:30');
    expect(formatTime('2025-06-05T18:30:00+08:00', 'yue-HK', NOW)).toBe('6月5號18:30');
  });

  it('uses a 12-hour clock in English', () => {
    expect(formatTime('2025-06-01T18:30:00+08:00', 'en-US', NOW)).toBe('6:30 PM today');
    expect(formatTime('2025-06-02T00:15:00+08:00', 'en-US', NOW)).toBe('12:15 AM tomorrow');
    expect(formatTime('2025-06-03T12:00:00+08:00', 'en-US', NOW)).toBe('12:00 PM on June 3');
  });

  it('counts days in Shanghai, not UTC: 16:30Z is half past midnight tomorrow', () => {
    expect(formatTime('2025-06-01T16:30:00Z', 'zh-CN', NOW)).toBe('明天00:30');
  });

  it('returns an unreadable value as it is', () => {
    expect(formatTime('soon', 'zh-CN', NOW)).toBe('soon');
  });

  it('is wired into the catalogue as {{restoreAt, time}} with the render clock', () => {
    const [text] = renderText([{ key: 'fault.knownOutageFault', values: VALUES }], 'zh-CN', { now: NOW });
    expect(text).toContain('预计今天18:30恢复供电');
  });
});
