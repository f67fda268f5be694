/**
 * The blacklist over SQLite (N23): one current entry per number, every change in the history with
 * who, when and why. Expiry is recorded lazily: the first write or listing after an entry's expiry
 * marks it 'expired' (history dated at the expiry itself); check() never needs that to be accurate.
 */
import type { BlacklistAction, BlacklistEntry, Blacklist, BlacklistStatus } from '../../services/ports.js';
import { POLICY_ACTOR } from '../../services/blacklist-policy.js';
import { normalizePhone } from '../../services/phone.js';
import { approvedExpiryMs, checkedAddition, checkedPhone, checkedUpdate, checkNotListed, checkStatusFilter, expiryReason, required } from '../shared/blacklist-input.js';
import type { Db } from './database.js';
import { iso, isoOrNull } from './filter.js';

export interface BlacklistRow {
  phone: string;
  reason: string;
  added_by: string;
  added_at_ms: number;
  expires_at_ms: number | null;
  status: BlacklistStatus;
}

/** The name recorded when the policy acts (src/services/blacklist-policy.ts), re-exported for this adapter's callers. */
export { POLICY_ACTOR };

export class SqliteBlacklist implements Blacklist {
  private readonly select;
  private readonly active;
  private readonly upsert;
  private readonly log;
  private readonly due;
  private readonly lastChange;
  private readonly historyRows;
  private readonly transaction: <T>(fn: () => T) => T;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.select = db.prepare<[string], BlacklistRow>('SELECT * FROM blacklist WHERE phone = ?');
    this.active = db.prepare<[string, number], BlacklistRow>(
      `SELECT * FROM blacklist WHERE phone = ? AND status = 'active' AND (expires_at_ms IS NULL OR expires_at_ms > ?)`,
    );
    this.upsert = db.prepare<BlacklistRow>(
      `INSERT INTO blacklist (phone, reason, added_by, added_at_ms, expires_at_ms, status)
       VALUES (@phone, @reason, @added_by, @added_at_ms, @expires_at_ms, @status)
       ON CONFLICT (phone) DO UPDATE SET reason = excluded.reason, added_by = excluded.added_by,
         added_at_ms = excluded.added_at_ms, expires_at_ms = excluded.expires_at_ms, status = excluded.status`,
    );
    this.log = db.prepare<[string, number, BlacklistAction, string, string]>(
      'INSERT INTO blacklist_history (phone, at_ms, action, by, reason) VALUES (?, ?, ?, ?, ?)',
    );
    this.due = db.prepare<[number], BlacklistRow>(
      `SELECT * FROM blacklist WHERE status IN ('active', 'proposed') AND expires_at_ms IS NOT NULL AND expires_at_ms <= ?`,
    );
    this.lastChange = db.prepare<[string], { at: number | null }>('SELECT MAX(at_ms) AS at FROM blacklist_history WHERE phone = ?');
    this.historyRows = db.prepare<[string], { at_ms: number; action: BlacklistAction; by: string; reason: string }>(
      'SELECT at_ms, action, by, reason FROM blacklist_history WHERE phone = ? ORDER BY at_ms, id',
    );
    this.transaction = (fn) => db.transaction(fn).immediate();
  }

  async check(phone: string, at: Date = this.now()): Promise<BlacklistEntry | null> {
    const row = this.active.get(normalizePhone(phone), at.getTime());
    return row ? fromRow(row) : null;
  }

  async add(e: { phone: string; reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry> {
    const { phone, reason, by, at, expires } = checkedAddition(e, this.now);
    return this.transaction(() => {
      this.sweep(at);
      checkNotListed(phone, this.select.get(phone));
      return this.put({ phone, reason, added_by: by, added_at_ms: at.getTime(), expires_at_ms: expires?.getTime() ?? null, status: 'active' }, 'added', by);
    });
  }

  async approve(phone: string, by: string): Promise<BlacklistEntry | null> {
    const number = checkedPhone(phone);
    const approver = required(by, 'by');
    const at = this.now().getTime();
    return this.transaction(() => {
      this.sweep(new Date(at));
      const row = this.select.get(number);
      if (!row || row.status !== 'proposed') return null;
      const expires = approvedExpiryMs(row.added_at_ms, row.expires_at_ms, at);
      return this.put({ ...row, added_by: approver, added_at_ms: at, expires_at_ms: expires, status: 'active' }, 'approved', approver);
    });
  }

  async update(phone: string, change: { reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry | null> {
    const { phone: number, reason, by, at, expires } = checkedUpdate(phone, change, this.now);
    return this.transaction(() => {
      this.sweep(at);
      const row = this.select.get(number);
      if (!row || row.status !== 'active') return null;
      const updated: BlacklistRow = { ...row, reason, expires_at_ms: expires === undefined ? row.expires_at_ms : (expires?.getTime() ?? null) };
      this.upsert.run(updated);
      this.log.run(number, at.getTime(), 'updated', by, reason);
      return fromRow(updated);
    });
  }

  async lift(phone: string, by: string, reason: string): Promise<BlacklistEntry | null> {
    const number = checkedPhone(phone);
    const who = required(by, 'by');
    const why = required(reason, 'reason');
    const at = this.now();
    return this.transaction(() => {
      this.sweep(at);
      const row = this.select.get(number);
      if (!row || (row.status !== 'active' && row.status !== 'proposed')) return null;
      this.upsert.run({ ...row, status: 'lifted' });
      this.log.run(number, at.getTime(), 'lifted', who, why);
      return fromRow({ ...row, status: 'lifted' });
    });
  }

  async list(filter: { status?: BlacklistStatus } = {}): Promise<BlacklistEntry[]> {
    checkStatusFilter(filter.status);
    this.transaction(() => this.sweep(this.now()));
    const rows = this.db
      .prepare<[string | null, string | null], BlacklistRow>('SELECT * FROM blacklist WHERE ? IS NULL OR status = ? ORDER BY added_at_ms DESC, phone')
      .all(filter.status ?? null, filter.status ?? null);
    return rows.map(fromRow);
  }

  async history(phone: string): Promise<{ at: string; action: BlacklistAction; by: string; reason: string }[]> {
    this.transaction(() => this.sweep(this.now()));
    return this.historyRows.all(normalizePhone(phone)).map((r) => ({ at: iso(r.at_ms), action: r.action, by: r.by, reason: r.reason }));
  }

  // --- For the incidents adapter, inside its transaction (not part of the port) ---

  /** Marks entries whose expiry has passed as 'expired', with a history line dated at the expiry. */
  sweep(at: Date): void {
    for (const row of this.due.all(at.getTime())) {
      this.upsert.run({ ...row, status: 'expired' });
      this.log.run(row.phone, row.expires_at_ms!, 'expired', POLICY_ACTOR, expiryReason(row.status));
    }
  }

  entry(phone: string): BlacklistRow | null {
    return this.select.get(phone) ?? null;
  }

  /** When the number's entry last changed (added, proposed, lifted...), if ever. */
  lastChangeAt(phone: string): Date | null {
    const { at } = this.lastChange.get(phone)!;
    return at === null ? null : new Date(at);
  }

  /** Writes the entry and its history line. */
  put(row: BlacklistRow, action: BlacklistAction, by: string): BlacklistEntry {
    this.upsert.run(row);
    this.log.run(row.phone, row.added_at_ms, action, by, row.reason);
    return fromRow(row);
  }
}

function fromRow(r: BlacklistRow): BlacklistEntry {
  return {
    phone: r.phone,
    reason: r.reason,
    addedBy: r.added_by,
    addedAt: iso(r.added_at_ms),
    expiresAt: isoOrNull(r.expires_at_ms),
    status: r.status,
  };
}
