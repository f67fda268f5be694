/**
 * The supervisor's notice played before the menu (N21, e.g. a mass outage) over SQLite. Every set
 * and clear is kept as a row, so who said what to callers, and when, stays on record.
 */
import type { Announcement, Announcements } from '../../services/ports.js';
import { isLocale, type Locale } from '../../engine/locale.js';
import type { Db } from './database.js';
import { iso } from './filter.js';

/** A notice is spoken before the menu: long enough for a mass-outage notice, short enough to listen to. */
export const MAX_ANNOUNCEMENT_CHARS = 300;

interface AnnouncementRow {
  text: string | null;
  by: string;
  at_ms: number;
}

export class SqliteAnnouncements implements Announcements {
  private readonly latest;
  private readonly insert;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.latest = db.prepare<[], AnnouncementRow>('SELECT text, by, at_ms FROM announcements ORDER BY id DESC LIMIT 1');
    this.insert = db.prepare<[string | null, string, number]>('INSERT INTO announcements (text, by, at_ms) VALUES (?, ?, ?)');
  }

  async current(): Promise<Announcement | null> {
    const row = this.latest.get();
    if (!row || row.text === null) return null;
    return { text: JSON.parse(row.text) as Partial<Record<Locale, string>>, by: row.by, at: iso(row.at_ms) };
  }

  async set(a: { text: Partial<Record<Locale, string>>; by: string } | null, clearedBy = 'unknown'): Promise<Announcement | null> {
    const at = this.now().getTime();
    if (a === null) {
      this.insert.run(null, clearedBy.trim() || 'unknown', at);
      return null;
    }
    const by = typeof a.by === 'string' ? a.by.trim() : '';
    if (!by) throw new RangeError('by is required: who sets the announcement');
    const text = checkedText(a.text);
    this.insert.run(JSON.stringify(text), by, at);
    return { text, by, at: iso(at) };
  }
}

/** zh-CN is required (the default language, N4); other locales are optional; unknown ones are refused. */
function checkedText(text: unknown): Partial<Record<Locale, string>> {
  if (typeof text !== 'object' || text === null || Array.isArray(text)) throw new RangeError('text must be an object of locale -> text');
  const out: Partial<Record<Locale, string>> = {};
  for (const [locale, value] of Object.entries(text)) {
    if (!isLocale(locale)) throw new RangeError(`unknown locale '${locale}' (zh-CN, en-US, yue-HK)`);
    if (typeof value !== 'string' || !value.trim()) throw new RangeError(`text.${locale} must be a non-empty text`);
    if (value.trim().length > MAX_ANNOUNCEMENT_CHARS) throw new RangeError(`text.${locale} is longer than ${MAX_ANNOUNCEMENT_CHARS} characters`);
    out[locale] = value.trim();
  }
  if (!out['zh-CN']) throw new RangeError("text['zh-CN'] is required");
  return out;
}
