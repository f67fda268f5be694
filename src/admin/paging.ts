/**
 * Cursor paging of every admin list (issue 10 item 8): `?limit=` (default 50, at most 200) and
 * `?cursor=` (the `nextCursor` of the page before). A cursor names the last item shown and its
 * position: the next page starts after that item wherever it now is (items added at the front do
 * not shift pages), or at its old position if it left the list.
 */
import { badRequest } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface PageRequest {
  limit: number;
  after: { key: string; position: number } | null;
}

export interface Page<T> {
  /** Items in this page. */
  count: number;
  /** Items matching the filters in all pages. */
  total: number;
  items: T[];
  /** Pass as ?cursor= for the next page; null on the last page. */
  nextCursor: string | null;
}

export function pageRequest(limit: string | undefined, cursor: string | undefined): PageRequest {
  let size = DEFAULT_PAGE_SIZE;
  if (limit !== undefined && limit !== '') {
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE_SIZE) {
      throw badRequest(`limit must be an integer 1-${MAX_PAGE_SIZE}, got '${limit.slice(0, 20)}'`);
    }
    size = Number(limit);
  }
  return { limit: size, after: cursor ? decodeCursor(cursor) : null };
}

export function page<T>(items: readonly T[], request: PageRequest, keyOf: (item: T) => string): Page<T> {
  let start = 0;
  if (request.after) {
    const { key, position } = request.after;
    const found = items.findIndex((item) => keyOf(item) === key);
    start = found >= 0 ? found + 1 : Math.min(position + 1, items.length);
  }
  const slice = items.slice(start, start + request.limit);
  const end = start + slice.length;
  const last = slice.at(-1);
  return {
    count: slice.length,
    total: items.length,
    items: slice,
    nextCursor: end < items.length && last !== undefined ? encodeCursor({ key: keyOf(last), position: end - 1 }) : null,
  };
}

function encodeCursor(after: { key: string; position: number }): string {
  return Buffer.from(JSON.stringify([after.key, after.position]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { key: string; position: number } {
  try {
    if (cursor.length > 512) throw new Error('too long');
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isSafeInteger(value[1]) && value[1] >= 0) {
      return { key: value[0], position: value[1] };
    }
  } catch {
    // refused below
  }
  throw badRequest('cursor is not one this API gave (use the nextCursor of the previous page)');
}
