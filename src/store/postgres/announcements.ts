/**
 * The supervisor's notice played before the menu (N21) over PostgreSQL. Every set and clear is
 * kept as a row, so who said what to callers, and when, stays on record.
 */
import type pg from 'pg';
import type { Announcement, Announcements } from '../../services/ports.js';
import type { Locale } from '../../core/locale.js';
import { checkedAnnouncementText, checkedAnnouncer } from '../shared/announcement-text.js';
import { exec, one } from './pool.js';

export class PgAnnouncements implements Announcements {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async current(): Promise<Announcement | null> {
    const row = await one<{ text: Partial<Record<Locale, string>> | null; set_by: string; at: Date }>(
      this.pool,
      'SELECT text, set_by, at FROM announcements ORDER BY id DESC LIMIT 1',
    );
    if (!row || row.text === null) return null;
    return { text: row.text, by: row.set_by, at: row.at.toISOString() };
  }

  async set(a: { text: Partial<Record<Locale, string>>; by: string } | null, clearedBy = 'unknown'): Promise<Announcement | null> {
    const at = this.now();
    if (a === null) {
      await this.insert(null, clearedBy.trim() || 'unknown', at);
      return null;
    }
    const by = checkedAnnouncer(a.by);
    const text = checkedAnnouncementText(a.text);
    await this.insert(JSON.stringify(text), by, at);
    return { text, by, at: at.toISOString() };
  }

  private async insert(text: string | null, by: string, at: Date): Promise<void> {
    await exec(this.pool, 'INSERT INTO announcements (text, set_by, at) VALUES ($1, $2, $3)', [text, by, at]);
  }
}
