/**
 * List filters: optional conditions AND-ed into one WHERE clause, with bound parameters only
 * (never user text in SQL). Statements are prepared once per distinct SQL text.
 */
import { normalizePhone } from '../../services/phone.js';
import type { Statement } from 'better-sqlite3';
import { instantMs } from '../shared/instant.js';
import type { Db } from './database.js';
import { isoTime } from '../../core/iso-time.js';

type Param = string | number | null;

export class Where {
  private readonly clauses: string[] = [];
  readonly params: Param[] = [];

  /** Adds `sql` (with one `?` per value) when the value is defined. */
  when<T extends Param>(value: T | undefined, sql: string, map: (v: T) => Param = (v) => v): this {
    if (value !== undefined) {
      this.clauses.push(sql);
      this.params.push(map(value));
    }
    return this;
  }

  /** createdAt-style range: `from` inclusive, `to` exclusive, on an epoch-ms column. */
  range(column: string, from: string | undefined, to: string | undefined): this {
    this.when(from, `${column} >= ?`, (v) => instantMs(v, 'from'));
    return this.when(to, `${column} < ?`, (v) => instantMs(v, 'to'));
  }

  phone(column: string, phone: string | undefined): this {
    return this.when(phone, `${column} = ?`, normalizePhone);
  }

  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Prepares each distinct SQL text once per database. */
export class StatementCache {
  private readonly statements = new Map<string, Statement<Param[]>>();
  constructor(private readonly db: Db) {}

  all<Row>(sql: string, params: readonly Param[]): Row[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<Param[]>(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(...params) as Row[];
  }
}

export const iso = (ms: number): string => isoTime(ms);
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));
