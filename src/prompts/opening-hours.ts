/**
 * The service centres' opening hours (issue 14 item 6), as configured (SERVICE_CENTER_HOURS,
 * SERVICE_CENTER_DAYS, src/config.ts) and said in each locale by the `openingHours` formatter.
 * The value a prompt carries is the spec `<days> <HH:MM>-<HH:MM>` ("daily 09:00-17:00",
 * "mon-fri 08:30-17:30"); said as people say it: zh-CN 每天上午9点到下午5点, 周一到周五上午8点半到下午5点半;
 * yue-HK 每日上晝9點到下晝5點, 星期一至五…; en-US every day from 9 a.m. to 5 p.m., Monday to Friday
 * from 8:30 a.m. to 5:30 p.m. A spec that cannot be read is said as is.
 */
import type { Locale } from '../core/locale.js';
import { chineseClock, englishClock, partOfDay } from './clock-words.js';

export const OPENING_DAYS = ['daily', 'mon-fri', 'mon-sat'] as const;
export type OpeningDays = (typeof OPENING_DAYS)[number];

export interface OpeningHours {
  days: OpeningDays;
  /** Minutes after midnight, Asia/Shanghai. */
  opens: number;
  closes: number;
}

/** The safe default: every day, 9 a.m. to 5 p.m. (a provincial centre's usual hours). */
export const DEFAULT_OPENING_HOURS: OpeningHours = { days: 'daily', opens: 9 * 60, closes: 17 * 60 };

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "08:30" -> 510, or null. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "09:00-17:00" -> [540, 1020], or null when unreadable or not opening before it closes. */
export function parseHoursRange(text: string): [number, number] | null {
  const [from, to, extra] = text.split('-');
  if (from === undefined || to === undefined || extra !== undefined) return null;
  const opens = parseClock(from);
  const closes = parseClock(to);
  return opens !== null && closes !== null && opens < closes ? [opens, closes] : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockText = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The spec a prompt carries: "daily 09:00-17:00". */
export function openingHoursSpec(hours: OpeningHours): string {
  return `${hours.days} ${clockText(hours.opens)}-${clockText(hours.closes)}`;
}

export function parseOpeningHoursSpec(spec: string): OpeningHours | null {
  const [days, range, extra] = spec.trim().split(/\s+/);
  if (!days || !range || extra !== undefined || !(OPENING_DAYS as readonly string[]).includes(days)) return null;
  const parsed = parseHoursRange(range);
  return parsed ? { days: days as OpeningDays, opens: parsed[0], closes: parsed[1] } : null;
}

const DAYS_WORDS: Record<Locale, Record<OpeningDays, string>> = {
  'zh-CN': { daily: '每天', 'mon-fri': '周一到周五', 'mon-sat': '周一到周六' },
  'yue-HK': { daily: '每日', 'mon-fri': '星期一至五', 'mon-sat': '星期一至六' },
  'en-US': { daily: 'every day', 'mon-fri': 'Monday to Friday', 'mon-sat': 'Monday to Saturday' },
};

export function formatOpeningHours(spec: string, locale: Locale): string {
  const hours = parseOpeningHoursSpec(String(spec));
  if (!hours) return String(spec);
  const days = DAYS_WORDS[locale][hours.days];
  const [opens, closes] = [hours.opens, hours.closes].map((minutes) => ({ hour: Math.floor(minutes / 60), minute: minutes % 60 }));
  if (locale === 'en-US') return `${days} from ${englishClock(opens!.hour, opens!.minute)} to ${englishClock(closes!.hour, closes!.minute)}`;
  // The part of the day said once when both ends share it (上午9点到11点半).
  const [openPart, closePart] = [partOfDay(opens!.hour, locale), partOfDay(closes!.hour, locale)];
  return `${days}${openPart}${chineseClock(opens!.hour, opens!.minute, locale)}到${openPart === closePart ? '' : closePart}${chineseClock(closes!.hour, closes!.minute, locale)}`;
}
