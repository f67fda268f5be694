/**
 * The blacklist over PostgreSQL (N23): one current entry per number, every change in the history
 * with who, when and why. Every write holds the schema's 'blacklist' advisory lock (what SQLite's
 * IMMEDIATE transaction gives), so two instances never both sweep an expiry or both apply the
 * policy. Expiry is recorded lazily, as in SQLite: the first write or listing after an entry's
 * expiry marks it 'expired' (history dated at the expiry); check() does not depend on it.
 */
import type pg from 'pg';
import type { BlacklistAction, BlacklistEntry, Blacklist, BlacklistStatus } from '../../services/ports.js';
import { POLICY_ACTOR } from '../../services/blacklist-policy.js';
import { normalizePhone } from '../../services/phone.js';
import { approvedExpiryMs, checkedAddition, checkedPhone, checkedUpdate, checkNotListed, checkStatusFilter, expiryReason, required } from '../shared/blacklist-input.js';
import { advisoryLock, isoOrNull, one, rows, transaction, type Sql } from './pool.js';

export interface PgBlacklistRow {
  phone: string;
  reason: string;
  added_by: string;
  added_at: Date;
  expires_at: Date | null;
  status: BlacklistStatus;
}

export class PgBlacklist implements Blacklist {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async check(phone: string, at: Date = this.now()): Promise<BlacklistEntry | null> {
    const row = await one<PgBlacklistRow>(
      this.pool,
      `SELECT * FROM blacklist WHERE phone = $1 AND status = 'active' AND (expires_at IS NULL OR expires_at > $2)`,
      [normalizePhone(phone), at],
    );
    return row ? fromRow(row) : null;
  }

  async add(e: { phone: string; reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry> {
    const { phone, reason, by, at, expires } = checkedAddition(e, this.now);
    return this.locked(at, async (tx) => {
      checkNotListed(phone, await this.entry(tx, phone));
      return this.put(tx, { phone, reason, added_by: by, added_at: at, expires_at: expires, status: 'active' }, 'added', by);
    });
  }

  async approve(phone: string, by: string): Promise<BlacklistEntry | null> {
    const number = checkedPhone(phone);
    const approver = required(by, 'by');
    const at = this.now();
    return this.locked(at, async (tx) => {
      const row = await this.entry(tx, number);
      if (!row || row.status !== 'proposed') return null;
      const expiresMs = approvedExpiryMs(row.added_at.getTime(), row.expires_at?.getTime() ?? null, at.getTime());
      const expires = expiresMs === null ? null : new Date(expiresMs);
      return this.put(tx, { ...row, added_by: approver, added_at: at, expires_at: expires, status: 'active' }, 'approved', approver);
    });
  }

  async update(phone: string, change: { reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry | null> {
    const { phone: number, reason, by, at, expires } = checkedUpdate(phone, change, this.now);
    return this.locked(at, async (tx) => {
      const row = await this.entry(tx, number);
      if (!row || row.status !== 'active') return null;
      const updated: PgBlacklistRow = { ...row, reason, expires_at: expires === undefined ? row.expires_at : expires };
      await tx.query('UPDATE blacklist SET reason = $2, expires_at = $3 WHERE phone = $1', [number, reason, updated.expires_at]);
      await log(tx, number, at, 'updated', by, reason);
      return fromRow(updated);
    });
  }

  async lift(phone: string, by: string, reason: string): Promise<BlacklistEntry | null> {
    const number = checkedPhone(phone);
    const who = required(by, 'by');
    const why = required(reason, 'reason');
    const at = this.now();
    return this.locked(at, async (tx) => {
      const row = await this.entry(tx, number);
      if (!row || (row.status !== 'active' && row.status !== 'proposed')) return null;
      await tx.query(`UPDATE blacklist SET status = 'lifted' WHERE phone = $1`, [number]);
      await log(tx, number, at, 'lifted', who, why);
      return fromRow({ ...row, status: 'lifted' });
    });
  }

  async list(filter: { status?: BlacklistStatus } = {}): Promise<BlacklistEntry[]> {
    checkStatusFilter(filter.status);
    const found = await this.locked(this.now(), (tx) =>
      rows<PgBlacklistRow>(
        tx,
        'SELECT * FROM blacklist WHERE $1::text IS NULL OR status = $1 ORDER BY added_at DESC, phone COLLATE "C"',
        [filter.status ?? null],
      ),
    );
    return found.map(fromRow);
  }

  async history(phone: string): Promise<{ at: string; action: BlacklistAction; by: string; reason: string }[]> {
    const found = await this.locked(this.now(), (tx) =>
      rows<{ at: Date; action: BlacklistAction; actor: string; reason: string }>(
        tx,
        'SELECT at, action, actor, reason FROM blacklist_history WHERE phone = $1 ORDER BY at, id',
        [normalizePhone(phone)],
      ),
    );
    return found.map((r) => ({ at: r.at.toISOString(), action: r.action, by: r.actor, reason: r.reason }));
  }

  /** A transaction holding the blacklist lock, expired entries already swept. */
  private locked<T>(at: Date, fn: (tx: Sql) => Promise<T>): Promise<T> {
    return transaction(this.pool, async (tx) => {
      await this.lockAndSweep(tx, at);
      return fn(tx);
    });
  }

  // --- For the incidents adapter, inside its transaction (not part of the port) ---

  /** Takes the blacklist lock, then marks entries whose expiry has passed as 'expired' (history dated at the expiry). */
  async lockAndSweep(tx: Sql, at: Date): Promise<void> {
    await advisoryLock(tx, 'blacklist');
    const due = await rows<PgBlacklistRow>(
      tx,
      `SELECT * FROM blacklist WHERE status IN ('active', 'proposed') AND expires_at IS NOT NULL AND expires_at <= $1`,
      [at],
    );
    for (const row of due) {
      await tx.query(`UPDATE blacklist SET status = 'expired' WHERE phone = $1`, [row.phone]);
      await log(tx, row.phone, row.expires_at!, 'expired', POLICY_ACTOR, expiryReason(row.status));
    }
  }

  async entry(tx: Sql, phone: string): Promise<PgBlacklistRow | null> {
    return one<PgBlacklistRow>(tx, 'SELECT * FROM blacklist WHERE phone = $1', [phone]);
  }

  /** When the number's entry last changed (added, proposed, lifted...), if ever. */
  async lastChangeAt(tx: Sql, phone: string): Promise<Date | null> {
    return (await one<{ at: Date | null }>(tx, 'SELECT MAX(at) AS at FROM blacklist_history WHERE phone = $1', [phone]))?.at ?? null;
  }

  /** Writes the entry and its history line. */
  async put(tx: Sql, row: PgBlacklistRow, action: BlacklistAction, by: string): Promise<BlacklistEntry> {
    await tx.query(
      `INSERT INTO blacklist (phone, reason, added_by, added_at, expires_at, status) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (phone) DO UPDATE SET reason = excluded.reason, added_by = excluded.added_by,
         added_at = excluded.added_at, expires_at = excluded.expires_at, status = excluded.status`,
      [row.phone, row.reason, row.added_by, row.added_at, row.expires_at, row.status],
    );
    await log(tx, row.phone, row.added_at, action, by, row.reason);
    return fromRow(row);
  }
}

async function log(tx: Sql, phone: string, at: Date, action: BlacklistAction, by: string, reason: string): Promise<void> {
  await tx.query('INSERT INTO blacklist_history (phone, at, action, actor, reason) VALUES ($1, $2, $3, $4, $5)', [phone, at, action, by, reason]);
}

function fromRow(r: PgBlacklistRow): BlacklistEntry {
  return {
    phone: r.phone,
    reason: r.reason,
    addedBy: r.added_by,
    addedAt: r.added_at.toISOString(),
    expiresAt: isoOrNull(r.expires_at),
    status: r.status,
  };
}
