/**
 * Input checks the PostgreSQL adapters share. They mirror the private checks of the SQLite
 * adapters word for word (the durable-store contract tests hold both to the same errors); once
 * the SQLite side is settled they belong in one shared module.
 */
import {
  APPLICATION_SUBTYPES,
  REPORT_SUBTYPES,
  WORK_ORDER_KINDS,
  type NewWorkOrder,
  type WorkOrder,
} from '../../services/ports.js';
import { isLocale, type Locale } from '../../engine/locale.js';
import { normalizePhone } from '../../services/phone.js';
import { MAX_ANNOUNCEMENT_CHARS } from '../sqlite/announcements.js';
import { instant } from './filter.js';

export type CheckedWorkOrderFields = Pick<WorkOrder, 'subtype' | 'details' | 'anonymous' | 'replyDueAt' | 'phone' | 'account'>;

/** The optional work-order fields with their defaults, validated; an anonymous report drops phone and account. */
export function checkedWorkOrderFields(order: NewWorkOrder): CheckedWorkOrderFields {
  if (!(WORK_ORDER_KINDS as readonly string[]).includes(order.kind)) throw new RangeError(`unknown work order kind '${order.kind}'`);
  const subtype = order.subtype ?? null;
  const allowed = order.kind === 'report' ? REPORT_SUBTYPES : order.kind === 'application' ? APPLICATION_SUBTYPES : null;
  if (subtype !== null && allowed && !(allowed as readonly string[]).includes(subtype)) {
    throw new RangeError(`${order.kind} subtype must be one of ${allowed.join(', ')}, got '${subtype}'`);
  }
  const details = order.details ?? {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value !== 'string') throw new RangeError(`work order detail '${key}' must be text`);
  }
  const replyDueAt = order.replyDueAt == null ? null : instant(order.replyDueAt, 'replyDueAt').toISOString();
  const anonymous = order.anonymous ?? false;
  return {
    subtype,
    details: { ...details },
    anonymous,
    replyDueAt,
    phone: anonymous || order.phone === null ? null : normalizePhone(order.phone),
    account: anonymous ? null : order.account,
  };
}

/** A normalized phone number for the blacklist. */
export function checkedPhone(raw: string): string {
  const phone = normalizePhone(typeof raw === 'string' ? raw : '');
  if (!/^\+?\d{5,15}$/.test(phone)) throw new RangeError(`phone must be a phone number, got '${String(raw)}'`);
  return phone;
}

/** A trimmed, non-empty text. */
export function required(value: string, name: string): string {
  const v = typeof value === 'string' ? value.trim() : '';
  if (!v) throw new RangeError(`${name} is required`);
  return v;
}

/** zh-CN is required (the default language, N4); other locales are optional; unknown ones are refused. */
export function checkedAnnouncementText(text: unknown): Partial<Record<Locale, string>> {
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
