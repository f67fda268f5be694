/**
 * List filters for PostgreSQL: optional conditions AND-ed into one WHERE clause, every value a
 * bound parameter ($1, $2 ...), never user text in SQL. Same rules as src/store/sqlite/filter.ts.
 */
import { normalizePhone } from '../../services/phone.js';
import { instantMs } from '../shared/instant.js';

export class Where {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `sql` (its one `?` becomes the next $n) when the value is defined. */
  when<T>(value: T | undefined, sql: string, map: (v: T) => unknown = (v) => v): this {
    if (value !== undefined) {
      this.params.push(map(value));
      this.clauses.push(sql.replace('?', `$${this.params.length}`));
    }
    return this;
  }

  /** createdAt-style range: `from` inclusive, `to` exclusive, on a timestamptz column. */
  range(column: string, from: string | undefined, to: string | undefined): this {
    this.when(from, `${column} >= ?`, (v) => instant(v, 'from'));
    return this.when(to, `${column} < ?`, (v) => instant(v, 'to'));
  }

  phone(column: string, phone: string | undefined): this {
    return this.when(phone, `${column} = ?`, normalizePhone);
  }

  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** An ISO 8601 instant as a Date; a RangeError names the filter when it is not one. */
export function instant(value: string, name: string): Date {
  return new Date(instantMs(value, name));
}
