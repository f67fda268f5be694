/**
 * The supervisor's notice played before the menu (N21, e.g. a mass outage) over SQLite. Every set
 * and clear is kept as a row, so who said what to callers, and when, stays on record.
 */
import type { Announcement, Announcements } from '../../services/ports.js';
import type { Locale } from '../../core/locale.js';
import { checkedAnnouncementText, checkedAnnouncer } from '../shared/announcement-text.js';
import type { Db } from './database.js';
import { iso } from './filter.js';

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
    const by = checkedAnnouncer(a.by);
    const text = checkedAnnouncementText(a.text);
    this.insert.run(JSON.stringify(text), by, at);
    return { text, by, at: iso(at) };
  }
}

