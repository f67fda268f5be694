/** The supervisor's notice played before the menu (N21). */
import type { Locale } from '../../core/locale.js';

export interface Announcement {
  text: Partial<Record<Locale, string>>;
  by: string;
  at: string;
}

export interface Announcements {
  current(): Promise<Announcement | null>;
  /** zh-CN text required; null clears (recorded as cleared by `clearedBy`, default 'unknown'). */
  set(a: { text: Partial<Record<Locale, string>>; by: string } | null, clearedBy?: string): Promise<Announcement | null>;
}
