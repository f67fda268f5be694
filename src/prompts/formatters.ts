/**
 * i18next custom formatters, one per kind of value, used by every prompt in every locale:
 * `{{account, digits}}`, `{{name, nameChars}}`, `{{restoreAt, time}}`, `{{outagePeriod, period}}`,
 * `{{minutes, duration}}`, `{{billDueDate, date}}`, `{{billPeriod, month}}`, `{{billAmount, money}}`,
 * `{{balance, balance}}`, `{{billKwh, energy}}`. Each is a pure function (tested on its own) plus a thin adapter that
 * reads the medium and the clock from the t() options: the renderers pass `medium` and `now`
 * in every t() call and i18next spreads the t() options into the formatter's options.
 */
import type { i18n as I18n } from 'i18next';
import type { Medium } from '../core/conversation.js';
import { isLocale, type Locale } from '../core/locale.js';
import { nameCharacter } from './name-characters.js';
import { romanizeName } from './romanize.js';
import { companyIn, shortCompanyIn } from './company.js';
import { englishPlace } from './place.js';
import { formatOpeningHours } from './opening-hours.js';
import { digitGroups } from './digit-groups.js';
import { chineseClock, englishClock, partOfDay } from './clock-words.js';

/** Time zone of the hotline (China): restoration times are said in local time. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

const ZH_DIGITS = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'];
const YUE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Marks around a group of digits in a voice value: the voice renderer (render-voice.ts) says each
 * marked group digit by digit (<say-as interpret-as="digits">, or the Mandarin digit words) with a
 * short pause between groups, and shows the group in the locale's digit words. Private-use
 * characters: no caller's words or template holds them.
 */
export const DIGITS_OPEN = '\uE000';
export const DIGITS_CLOSE = '\uE001';
/** A marked group in a rendered voice text. */
export const MARKED_DIGITS = /\uE000(\d+)\uE001/gu;

/** A group of digits in the locale's spoken digit words: 幺三八 (1 as 幺, the read-back convention), 一三八, "1 3 8". */
export function digitWords(digits: string, locale: Locale): string {
  const words = locale === 'zh-CN' ? ZH_DIGITS : locale === 'yue-HK' ? YUE_DIGITS : null;
  return words ? [...digits].map((c) => words[Number(c)] ?? c).join('') : [...digits].join(' ');
}

/**
 * A number read back digit by digit, in groups (N8, issue 14 item 2: src/prompts/digit-groups.ts):
 * a mobile 3-4-4, a landline with its area code apart, a ticket or an account in threes and fours.
 * Text: the digits in those groups (138 0013 8000). Voice: each group marked for the voice renderer,
 * which says it digit by digit with a pause after it. A value with anything but digits ("GD 01") is
 * said a character at a time, digits in the locale's words.
 */
export function formatDigits(value: string, locale: Locale, medium: Medium): string {
  const compact = String(value).replace(/\s+/g, '');
  if (/^\d+$/.test(compact)) {
    const groups = digitGroups(compact);
    return medium === 'text' ? groups.join(' ') : groups.map((group) => `${DIGITS_OPEN}${group}${DIGITS_CLOSE}`).join(' ');
  }
  const chars = [...compact];
  if (medium === 'text') return chars.join('');
  const words = locale === 'zh-CN' ? ZH_DIGITS : locale === 'yue-HK' ? YUE_DIGITS : null;
  return chars.map((c) => (words && c >= '0' && c <= '9' ? (words[Number(c)] ?? c) : c)).join(' ');
}

const HAN = /\p{Script=Han}/u;

/**
 * A name with each Chinese character described (N6): 张伟（弓长张，伟大的伟）.
 * Characters not in the dictionary are said as they are. English: in chat the name as written
 * (张伟), on the phone in pinyin with surname readings (Zhang Wei, 单雄信 Shan Xiongxin: an English
 * voice cannot say Han characters). Without a medium the formatter assumes text.
 */
export function formatNameChars(value: string, locale: Locale, medium: Medium = 'text', alreadyDescribed = false): string {
  const name = String(value).trim();
  // Said once with its characters (弓长张) in a call; after that the name alone (issue 14, N2).
  if (alreadyDescribed && locale !== 'en-US') return name;
  // English: the name in pinyin, which an English reader can say; chat adds the characters, as on the bill.
  if (locale === 'en-US') return medium === 'voice' || !HAN.test(name) ? romanizeName(name) : `${romanizeName(name)} (${name})`;
  const described = [...name]
    .filter((c) => HAN.test(c))
    .map((c) => {
      const row = nameCharacter(c);
      if (!row) return c;
      return locale === 'yue-HK' ? row.yue : row.zh;
    });
  if (described.length === 0 || described.every((d) => [...d].length === 1)) return name;
  return `${name}（${described.join('，')}）`;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function localParts(date: Date): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: SERVICE_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Days from `now`'s day to `at`'s day, both in Asia/Shanghai. */
function daysFrom(now: LocalParts, at: LocalParts): number {
  return Math.round((Date.UTC(at.year, at.month - 1, at.day) - Date.UTC(now.year, now.month - 1, now.day)) / 86_400_000);
}

/**
 * The day of a time, said as people say it: zh-CN 今天 明天 后天 昨天 / 6月3日, yue-HK 今日 聽日
 * 後日 尋日 / 6月3號, en-US today tomorrow yesterday / on June 3.
 */
function dayWord(at: LocalParts, now: LocalParts, locale: Locale): string {
  const diff = daysFrom(now, at);
  if (locale === 'en-US') {
    const relative: Record<number, string> = { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' };
    return relative[diff] ?? `on ${EN_MONTHS[at.month - 1]} ${at.day}`;
  }
  const yue = locale === 'yue-HK';
  const relative: Record<number, string> = yue
    ? { [-1]: '尋日', 0: '今日', 1: '聽日', 2: '後日' }
    : { [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' };
  return relative[diff] ?? `${at.month}月${at.day}${yue ? '號' : '日'}`;
}

/** The time of day with its part of the day, without the day: 下午6点半, 夜晚6點半, 6:30 p.m. */
function clockOf(at: LocalParts, locale: Locale): string {
  if (locale === 'en-US') return englishClock(at.hour, at.minute);
  return `${partOfDay(at.hour, locale)}${chineseClock(at.hour, at.minute, locale)}`;
}

/**
 * A timestamp as a time of day in Asia/Shanghai, said as people say it, the day relative to `now`:
 * zh-CN 今天凌晨4点 / 今天下午6点半 / 明天早上7点05分 / 6月3日晚上8点; yue-HK 今日凌晨4點 /
 * 聽日上晝9點; en-US 4 a.m. today / 10 a.m. tomorrow / 6:30 p.m. on June 3.
 * An unreadable value is returned as is.
 */
export function formatTime(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return String(value);
  const at = localParts(date);
  const day = dayWord(at, localParts(now), locale);
  return locale === 'en-US' ? `${clockOf(at, locale)} ${day}` : `${day}${clockOf(at, locale)}`;
}

/**
 * A period `start/end` (ISO 8601 interval of two timestamps), the day said once when both ends
 * fall on it, and the part of the day once when both share it:
 * zh-CN 明天上午9点到下午5点 / 今天晚上10点到明天早上6点 / 明天上午9点到11点;
 * yue-HK 聽日上晝9點到下晝5點; en-US tomorrow from 9 a.m. to 5 p.m. / from 10 p.m. today to 6 a.m. tomorrow.
 * An unreadable value is returned as is.
 */
export function formatPeriod(value: string, locale: Locale, now: Date = new Date()): string {
  const [from, to, extra] = String(value).split('/');
  const start = from ? toDate(from) : null;
  const end = to ? toDate(to) : null;
  if (!start || !end || extra !== undefined || end < start) return String(value);
  const today = localParts(now);
  const a = localParts(start);
  const b = localParts(end);
  const sameDay = daysFrom(a, b) === 0;
  if (locale === 'en-US') {
    if (sameDay) return `${dayWord(a, today, locale)} from ${clockOf(a, locale)} to ${clockOf(b, locale)}`;
    return `from ${formatTime(start, locale, now)} to ${formatTime(end, locale, now)}`;
  }
  if (!sameDay) return `${formatTime(start, locale, now)}到${formatTime(end, locale, now)}`;
  const samePart = partOfDay(a.hour, locale) === partOfDay(b.hour, locale);
  const until = samePart ? chineseClock(b.hour, b.minute, locale) : clockOf(b, locale);
  return `${dayWord(a, today, locale)}${clockOf(a, locale)}到${until}`;
}

/**
 * A span of minutes said in the largest natural unit: zh-CN 45分钟 / 2小时 / 1个半小时 /
 * 1小时15分钟; yue-HK 45分鐘 / 2個鐘 / 個半鐘 / 1個鐘15分鐘; en-US 45 minutes / 2 hours /
 * an hour and a half / 1 hour 15 minutes. A value that is not a whole positive number is returned as is.
 */
export function formatDuration(value: number | string, locale: Locale): string {
  const minutes = typeof value === 'number' ? value : String(value).trim() === '' ? Number.NaN : Number(value);
  if (!Number.isInteger(minutes) || minutes <= 0) return String(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (locale === 'en-US') {
    const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
    if (hours === 0) return plural(rest, 'minute');
    if (rest === 0) return plural(hours, 'hour');
    if (rest === 30) return hours === 1 ? 'an hour and a half' : `${hours} and a half hours`;
    return `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
  }
  const yue = locale === 'yue-HK';
  const minuteWord = yue ? '分鐘' : '分钟';
  if (hours === 0) return `${rest}${minuteWord}`;
  if (rest === 30) return yue ? `${hours === 1 ? '' : hours}個半鐘` : `${hours}个半小时`;
  const hourPart = yue ? `${hours}個鐘` : `${hours}小时`;
  return rest === 0 ? hourPart : `${hourPart}${rest}${minuteWord}`;
}

/** An ISO calendar date (2026-11-30), taken as written: no time zone can move its day. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date in Asia/Shanghai, without the time: zh-CN 11月30日, yue-HK 11月30號,
 * en-US November 30. A plain ISO date (2026-11-30) is said as written; a timestamp is said as
 * its day in Shanghai. An unreadable value is returned as is.
 * Given `now` (as every prompt is), yesterday, today and tomorrow are said so (您今天反映的问题,
 * issue 14); the renderer drops the "on" an English template put before such a day.
 */
export function formatDate(value: string | Date, locale: Locale, now?: Date): string {
  let year: number;
  let month: number;
  let day: number;
  const plain = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (plain) {
    year = Number(plain[1]);
    month = Number(plain[2]);
    day = Number(plain[3]);
    const check = new Date(Date.UTC(Number(plain[1]), month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return String(value);
  } else {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) return String(value);
    ({ year, month, day } = localParts(date));
  }
  if (now) {
    const at = { year, month, day, hour: 0, minute: 0 };
    if (Math.abs(daysFrom(localParts(now), at)) <= 1) return dayWord(at, localParts(now), locale);
  }
  if (locale === 'en-US') return `${EN_MONTHS[month - 1]} ${day}`;
  return `${month}月${day}${locale === 'yue-HK' ? '號' : '日'}`;
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

/**
 * A billing month (2026-10): zh-CN and yue-HK 2026年10月, en-US October 2026; a month of the last
 * year before `now` without its year, as people say it (10月, October). An unreadable value is
 * returned as is.
 */
export function formatMonth(value: string, locale: Locale, now?: Date): string {
  const match = YEAR_MONTH.exec(String(value).trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return String(value);
  let recent = false;
  if (now) {
    const today = localParts(now);
    const ago = (today.year - year) * 12 + (today.month - month);
    recent = ago >= 0 && ago < 12;
  }
  if (locale === 'en-US') return recent ? EN_MONTHS[month - 1]! : `${EN_MONTHS[month - 1]} ${year}`;
  return recent ? `${month}月` : `${year}年${month}月`;
}

function parseAmount(value: number | string): number {
  return typeof value === 'number' ? value : String(value).trim() === '' ? Number.NaN : Number(value);
}

/** Whole yuan and fen of an amount's magnitude, rounded to the fen. */
function yuanAndFen(amount: number): { whole: number; cents: number } {
  // Shift the decimal point in the text, not by multiplying: 1.005 * 100 is 100.49999….
  const shifted = Number(`${Math.abs(amount)}e2`);
  const fen = Math.round(Number.isFinite(shifted) ? shifted : Math.abs(amount) * 100);
  return { whole: Math.floor(fen / 100), cents: fen % 100 };
}

/**
 * An amount in yuan (its magnitude), to the fen, as a speaker says it:
 * zh-CN and yue-HK on the phone 42.6元 / 100元 / 123.45元 (never 42.60, read 四十二点六零), in chat
 * 42.60元 as on the bill; 元 in Cantonese too (the service register; 蚊 is too casual);
 * en-US in chat ¥42.60 / ¥1,234.50, on the phone 42 yuan 60 / 100 yuan (English voices read ¥
 * as yen, and 42.60 as "point six zero"). A value that is not a number is returned as is.
 */
export function formatMoney(value: number | string, locale: Locale, medium: Medium): string {
  const amount = parseAmount(value);
  if (!Number.isFinite(amount)) return String(value);
  const { whole, cents } = yuanAndFen(amount);
  const fen2 = String(cents).padStart(2, '0');
  if (locale === 'en-US') {
    const yuan = whole.toLocaleString('en-US');
    if (medium === 'text') return `¥${yuan}${cents === 0 ? '' : `.${fen2}`}`;
    if (cents === 0) return `${yuan} yuan`;
    return whole === 0 ? `0.${fen2.replace(/0$/, '')} yuan` : `${yuan} yuan ${cents}`;
  }
  const decimals = cents === 0 ? '' : medium === 'voice' ? `.${fen2.replace(/0$/, '')}` : `.${fen2}`;
  return `${whole}${decimals}元`;
}

/**
 * An account balance (yuan; negative when in arrears) as the words after "your account":
 * zh-CN 余额42.6元 / 欠费42.6元, yue-HK 餘額42.6元 / 欠費42.6元, en-US has a balance of ¥42.60 /
 * owes ¥42.60. An amount that rounds to zero is never a debt. A value that is not a number is returned as is.
 */
export function formatBalance(value: number | string, locale: Locale, medium: Medium): string {
  const amount = parseAmount(value);
  if (!Number.isFinite(amount)) return String(value);
  const { whole, cents } = yuanAndFen(amount);
  const owing = amount < 0 && whole + cents > 0;
  const said = formatMoney(amount, locale, medium);
  if (locale === 'en-US') return owing ? `owes ${said}` : `has a balance of ${said}`;
  if (locale === 'yue-HK') return `${owing ? '欠費' : '餘額'}${said}`;
  return `${owing ? '欠费' : '余额'}${said}`;
}

/**
 * Electricity used, in kilowatt-hours, as callers say it: zh-CN and yue-HK 256度 (never 千瓦时);
 * en-US 256 kilowatt-hours on the phone, 256 kWh in chat. A value that is not a number is returned as is.
 */
export function formatEnergy(value: number | string, locale: Locale, medium: Medium): string {
  const kwh = parseAmount(value);
  if (!Number.isFinite(kwh)) return String(value);
  const said = String(Math.round(kwh * 10) / 10);
  if (locale === 'en-US') return medium === 'voice' ? `${said} kilowatt-hours` : `${said} kWh`;
  return `${said}度`;
}

/** The options the renderers add to every t() call; i18next hands them to the formatters. */
export interface FormatContext {
  medium: Medium;
  now?: Date;
}

function localeOf(lng: string | undefined): Locale {
  if (isLocale(lng)) return lng;
  throw new Error(`formatter called for unsupported locale ${String(lng)}`);
}

function mediumOf(options: Record<string, unknown>): Medium {
  // Text is the safe default: digits stay digits if a caller forgets the medium.
  return options['medium'] === 'voice' ? 'voice' : 'text';
}

/**
 * An address or an area (N4): as written in Mandarin and Cantonese (the renderer has put the
 * Cantonese in traditional characters); in English translated (城关区人民路88号 -> 88 Renmin Road,
 * Chengguan District), in chat followed by the characters, which a reader may need to show someone.
 */
export function formatPlace(value: string, locale: Locale, medium: Medium): string {
  if (locale !== 'en-US' || !HAN.test(value)) return value;
  const english = englishPlace(value);
  return medium === 'text' ? `${english} (${value})` : english;
}

function nowOf(options: Record<string, unknown>): Date {
  return options['now'] instanceof Date ? options['now'] : new Date();
}

/** Registers digits, nameChars, place, company, companyShort, openingHours, time, period, duration, date, month, money, balance and energy on an initialized i18next instance. */
export function registerFormatters(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) throw new Error('i18next has no formatter service: init the instance before registering formatters');
  formatter.add('digits', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatDigits(String(value), localeOf(lng), mediumOf(options)),
  );
  formatter.add('nameChars', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatNameChars(String(value), localeOf(lng), mediumOf(options), options['nameDescribed'] === true),
  );
  formatter.add('time', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatTime(value instanceof Date ? value : String(value), localeOf(lng), nowOf(options)),
  );
  formatter.add('date', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatDate(value instanceof Date ? value : String(value), localeOf(lng), nowOf(options)),
  );
  formatter.add('month', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatMonth(String(value), localeOf(lng), nowOf(options)),
  );
  formatter.add('place', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatPlace(String(value), localeOf(lng), mediumOf(options)),
  );
  formatter.add('company', (value: unknown, lng: string | undefined) => companyIn(String(value), localeOf(lng)));
  formatter.add('openingHours', (value: unknown, lng: string | undefined) => formatOpeningHours(String(value), localeOf(lng)));
  formatter.add('companyShort', (value: unknown, lng: string | undefined) => shortCompanyIn(String(value), localeOf(lng)));
  formatter.add('period', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatPeriod(String(value), localeOf(lng), nowOf(options)),
  );
  formatter.add('duration', (value: unknown, lng: string | undefined) =>
    formatDuration(typeof value === 'number' ? value : String(value), localeOf(lng)),
  );
  const amounts = { money: formatMoney, balance: formatBalance, energy: formatEnergy } as const;
  for (const [name, format] of Object.entries(amounts)) {
    formatter.add(name, (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
      format(typeof value === 'number' ? value : String(value), localeOf(lng), mediumOf(options)),
    );
  }
}
