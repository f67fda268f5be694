/** A clock time in words as callers say it (N1), one place for every prompt that says one (issue 14 item 2). */
import type { Locale } from '../core/locale.js';

/**
 * The part of the day a Chinese clock time is said with (12-hour clock, N1: as people say it):
 * 凌晨 0-4, 早上 5-8, 上午 9-11, 中午 12, 下午 13-17, 晚上 18-23; Cantonese 凌晨, 朝早, 上晝, 中午,
 * 下晝, 夜晚 (midnight itself is 零点 / 半夜12點).
 */
export function partOfDay(hour: number, locale: Locale): string {
  const yue = locale === 'yue-HK';
  if (hour === 0) return yue ? '半夜' : '';
  if (hour < 5) return '凌晨';
  if (hour < 9) return yue ? '朝早' : '早上';
  if (hour < 12) return yue ? '上晝' : '上午';
  if (hour === 12) return '中午';
  if (hour < 18) return yue ? '下晝' : '下午';
  return yue ? '夜晚' : '晚上';
}

/** 4点, 6点半, 7点05分 (zh-CN); 4點, 6點半 (yue-HK); 0:00 is 零点 / 12點. */
export function chineseClock(hour: number, minute: number, locale: Locale): string {
  const yue = locale === 'yue-HK';
  const dian = yue ? '點' : '点';
  const h = hour === 0 ? (yue ? '12' : '零') : String(hour > 12 ? hour - 12 : hour);
  const m = minute === 0 ? '' : minute === 30 ? '半' : `${String(minute).padStart(2, '0')}分`;
  return `${h}${dian}${m}`;
}

/** 10 a.m., 6:30 p.m., 12 noon, 12 midnight (the AP style an English voice reads right). */
export function englishClock(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return '12 noon';
  if (minute === 0 && hour === 0) return '12 midnight';
  const h12 = ((hour + 11) % 12) + 1;
  const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${h12}${mm} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}
