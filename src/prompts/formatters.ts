/**
 * i18next custom formatters used in the catalogue as `{{account, digits}}`, `{{name, nameChars}}`,
 * `{{restoreAt, time}}`, `{{billDueDate, date}}`, `{{billPeriod, month}}`, `{{balance, money}}`. Each is a pure function (tested on its own) plus a thin adapter that
 * reads the medium and the clock from the t() options: the renderers pass `medium` and `now`
 * in every t() call and i18next spreads the t() options into the formatter's options.
 */
import type { i18n as I18n } from 'i18next';
import type { Medium } from '../core/conversation.js';
import { isLocale, type Locale } from '../core/locale.js';
import { NAME_CHARACTERS } from './name-characters.js';
import { romanizeName } from './romanize.js';

/** Time zone of the hotline (China): restoration times are said in local time. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

const ZH_DIGITS = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'];
const YUE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A number read digit by digit (N8: repeat and confirm account and ticket numbers).
 * Voice: one spoken token per character, separated by spaces; Mandarin says 1 as 幺
 * (the read-back convention for phone and account numbers), Cantonese as 一.
 * Text: the characters as they are, in groups of four for legibility.
 */
export function formatDigits(value: string, locale: Locale, medium: Medium): string {
  const chars = [...String(value).replace(/\s+/g, '')];
  if (medium === 'text') {
    const groups: string[] = [];
    for (let i = 0; i < chars.length; i += 4) groups.push(chars.slice(i, i + 4).join(''));
    return groups.join(' ');
  }
  const words = locale === 'zh-CN' ? ZH_DIGITS : locale === 'yue-HK' ? YUE_DIGITS : null;
  return chars
    .map((c) => (words && c >= '0' && c <= '9' ? (words[Number(c)] ?? c) : c))
    .join(' ');
}

const HAN = /\p{Script=Han}/u;

/**
 * A name with each Chinese character described (N6): 张伟（弓长张，伟大的伟）.
 * Characters not in the dictionary are said as they are. English: in chat the name as written
 * (张伟), on the phone in pinyin with surname readings (Zhang Wei, 单雄信 Shan Xiongxin: an English
 * voice cannot say Han characters). Without a medium the formatter assumes text.
 */
export function formatNameChars(value: string, locale: Locale, medium: Medium = 'text'): string {
  const name = String(value).trim();
  if (locale === 'en-US') return medium === 'voice' ? romanizeName(name) : name;
  const described = [...name]
    .filter((c) => HAN.test(c))
    .map((c) => {
      const row = NAME_CHARACTERS.get(c);
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

/**
 * A timestamp as a time of day in Asia/Shanghai, with the day said relative to `now`:
 * zh-CN 今天18:30 / 明天07:05 / 6月3日18:30; yue-HK 今日18:30 / 聽日07:05 / 6月3號18:30;
 * en-US 6:30 PM today / 7:05 AM tomorrow / 6:30 PM on June 3. An unreadable value is returned as is.
 */
export function formatTime(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const at = localParts(date);
  const today = localParts(now);
  const dayDiff = Math.round(
    (Date.UTC(at.year, at.month - 1, at.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000,
  );
  const mm = String(at.minute).padStart(2, '0');
  if (locale === 'en-US') {
    const h12 = ((at.hour + 11) % 12) + 1;
    const clock = `${h12}:${mm} ${at.hour < 12 ? 'AM' : 'PM'}`;
    if (dayDiff === 0) return `${clock} today`;
    if (dayDiff === 1) return `${clock} tomorrow`;
    return `${clock} on ${EN_MONTHS[at.month - 1]} ${at.day}`;
  }
  const clock = `${String(at.hour).padStart(2, '0')}:${mm}`;
  const yue = locale === 'yue-HK';
  if (dayDiff === 0) return `${yue ? '今日' : '今天'}${clock}`;
  if (dayDiff === 1) return `${yue ? '聽日' : '明天'}${clock}`;
  return `${at.month}月${at.day}${yue ? '號' : '日'}${clock}`;
}

/** An ISO calendar date (2026-11-30), taken as written: no time zone can move its day. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date in Asia/Shanghai, without the time: zh-CN 11月30日, yue-HK 11月30號,
 * en-US November 30. A plain ISO date (2026-11-30) is said as written; a timestamp is said as
 * its day in Shanghai. An unreadable value is returned as is.
 */
export function formatDate(value: string | Date, locale: Locale): string {
  let month: number;
  let day: number;
  const plain = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (plain) {
    month = Number(plain[2]);
    day = Number(plain[3]);
    const check = new Date(Date.UTC(Number(plain[1]), month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return String(value);
  } else {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) return String(value);
    ({ month, day } = localParts(date));
  }
  if (locale === 'en-US') return `${EN_MONTHS[month - 1]} ${day}`;
  return `${month}月${day}${locale === 'yue-HK' ? '號' : '日'}`;
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

/**
 * A billing month (2026-10): zh-CN and yue-HK 2026年10月, en-US October 2026.
 * An unreadable value is returned as is.
 */
export function formatMonth(value: string, locale: Locale): string {
  const match = YEAR_MONTH.exec(String(value).trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return String(value);
  if (locale === 'en-US') return `${EN_MONTHS[month - 1]} ${year}`;
  return `${year}年${month}月`;
}

/**
 * An amount in yuan, to the fen (two decimals; a whole amount without them). A negative
 * amount (a balance in arrears) is said as what is owed:
 * zh-CN 123.45元 / 欠费12.30元; yue-HK 123.45元 / 欠費12.30元 (the written service register;
 * 蚊 is too casual for the hotline); en-US in chat ¥123.45 / you owe ¥12.30, on the phone
 * 123.45 yuan / you owe 12.30 yuan (English voices read ¥ as yen).
 * A value that is not a number is returned as is.
 */
export function formatMoney(value: number | string, locale: Locale, medium: Medium): string {
  const amount = typeof value === 'number' ? value : String(value).trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(amount)) return String(value);
  // Shift the decimal point in the text, not by multiplying: 1.005 * 100 is 100.49999….
  const shifted = Number(`${Math.abs(amount)}e2`);
  const fen = Math.round(Number.isFinite(shifted) ? shifted : Math.abs(amount) * 100);
  const owing = amount < 0 && fen > 0;
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  if (locale === 'en-US') {
    const yuan = `${whole.toLocaleString('en-US')}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
    const said = medium === 'voice' ? `${yuan} yuan` : `¥${yuan}`;
    return owing ? `you owe ${said}` : said;
  }
  const yuan = `${whole}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}元`;
  return owing ? `${locale === 'yue-HK' ? '欠費' : '欠费'}${yuan}` : yuan;
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

/** Registers digits, nameChars, time, date, month and money on an initialized i18next instance. */
export function registerFormatters(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) throw new Error('i18next has no formatter service: init the instance before registering formatters');
  formatter.add('digits', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatDigits(String(value), localeOf(lng), mediumOf(options)),
  );
  formatter.add('nameChars', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatNameChars(String(value), localeOf(lng), mediumOf(options)),
  );
  formatter.add('time', (value: unknown, lng: string | undefined, options: Record<string, unknown>) => {
    const now = options['now'] instanceof Date ? options['now'] : new Date();
    return formatTime(value instanceof Date ? value : String(value), localeOf(lng), now);
  });
  formatter.add('date', (value: unknown, lng: string | undefined) =>
    formatDate(value instanceof Date ? value : String(value), localeOf(lng)),
  );
  formatter.add('month', (value: unknown, lng: string | undefined) => formatMonth(String(value), localeOf(lng)));
  formatter.add('money', (value: unknown, lng: string | undefined, options: Record<string, unknown>) =>
    formatMoney(typeof value === 'number' ? value : String(value), localeOf(lng), mediumOf(options)),
  );
}
