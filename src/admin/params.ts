/**
 * Reading and checking admin request input. Every refusal is a 400 whose reason names the field
 * and what is expected.
 */
import type { Request } from 'express';
import { localDateTime, zonedInstant } from '../services/local-time.js';
import { normalizePhone } from '../services/phone.js';
import { badRequest } from './errors.js';
import { signedIn } from '../console/auth.js';
import { auditTextProblem } from './validation.js';

/** A query parameter given at most once. */
export function query(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`query parameter ${name} must be given once, as text`);
  return value.trim();
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw badRequest(`${name} must be one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

/** A phone number in any common writing ("138 0013 8000", "+86...") as stored: E.164. */
export function phone(value: string | undefined, name = 'phone'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const normalized = normalizePhone(value);
  if (!/^\+?\d{5,15}$/.test(normalized)) throw badRequest(`${name} must be a phone number, got '${value}'`);
  return normalized;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * from/to filters: a date (YYYY-MM-DD, a whole local day in Asia/Shanghai: `to` includes that day)
 * or a date-time with its offset (2026-11-25T09:00:00+08:00). Returns ISO instants, `to` exclusive.
 */
export function dateRange(req: Request): { from?: string; to?: string } {
  const from = instant(query(req, 'from'), 'from', 0);
  const to = instant(query(req, 'to'), 'to', 1);
  if (from && to && Date.parse(from) >= Date.parse(to)) throw badRequest('from must be before to');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function instant(raw: string | undefined, name: string, dayOffset: 0 | 1): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  // An unencoded "+08:00" in a query string arrives as " 08:00": take it as the offset it was.
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
  const date = DATE.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw badRequest(`${name} is not a calendar date: '${value}'`);
    return zonedInstant({ year, month, day: day + dayOffset, hour: 0, minute: 0 }).toISOString();
  }
  if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  throw badRequest(`${name} must be a date (YYYY-MM-DD, Asia/Shanghai) or a date-time with offset (2026-11-25T09:00:00+08:00), got '${value}'`);
}

/** A future date-time with offset (expiries, callback deadlines). */
export function futureInstant(value: unknown, name: string, now: Date): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !(DATE_TIME.test(value) || DATE.test(value))) {
    throw badRequest(`${name} must be a date-time with offset (2026-12-25T00:00:00+08:00) or a date (YYYY-MM-DD, Asia/Shanghai midnight)`);
  }
  const iso = instant(value, name, 0)!;
  const at = new Date(iso);
  if (at.getTime() <= now.getTime()) throw badRequest(`${name} must be in the future (now is ${now.toISOString()}, local ${formatLocal(now)})`);
  return at;
}

function formatLocal(at: Date): string {
  const t = localDateTime(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${p(t.month)}-${p(t.day)} ${p(t.hour)}:${p(t.minute)}`;
}

/** The JSON body as an object ({} when absent). */
export function body(req: Request): Record<string, unknown> {
  const b: unknown = req.body;
  if (b === undefined || b === null) return {};
  if (typeof b !== 'object' || Array.isArray(b)) throw badRequest('the body must be a JSON object');
  return b as Record<string, unknown>;
}

/** Optional plain text of at most `max` characters (audit fields: no control characters, no markup); null stays null. */
export function text(value: unknown, name: string, max = 2000): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string') throw badRequest(`${name} must be text`);
  const t = value.trim();
  if (t.length > max) throw badRequest(`${name} must be at most ${max} characters`);
  const problem = auditTextProblem(t);
  if (problem) throw badRequest(`${name} ${problem}`);
  return t;
}

export function requiredText(value: unknown, name: string, max = 2000): string {
  const t = text(value, name, max);
  if (!t) throw badRequest(`${name} is required`);
  return t;
}

/**
 * Who acts, for the audit (N23): the signed-in person, else the X-Supervisor header, else body.by. Header values are bytes:
 * a Chinese name comes percent-encoded (%E7%8E%8B...) or as raw UTF-8 read as Latin-1; both are decoded.
 */
export function supervisorOf(req: Request, b: Record<string, unknown>): string | undefined {
  // A person signed in to the duty desk is who they are, whatever the request says (issue 12).
  const person = signedIn(req);
  if (person) return person.user.name;
  const header = req.get('x-supervisor');
  if (header !== undefined && header.trim()) return text(decodeHeader(header.trim()), 'X-Supervisor', 100) || undefined;
  return text(b.by, 'by', 100) || undefined;
}

export function requiredSupervisor(req: Request, b: Record<string, unknown>): string {
  const who = supervisorOf(req, b);
  if (!who) throw badRequest("the supervisor's name is required: an X-Supervisor header or body.by");
  return who;
}

function decodeHeader(value: string): string {
  if (value.includes('%')) {
    try {
      return decodeURIComponent(value);
    } catch {
      throw badRequest('X-Supervisor is not valid percent-encoding');
    }
  }
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(value)) return Buffer.from(value, 'latin1').toString('utf8');
  return value;
}
