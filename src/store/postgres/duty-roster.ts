/** DutyRoster over PostgreSQL: shifts by local time of day (Asia/Shanghai) and their escalation chains. */
import type pg from 'pg';
import type { DutyRoster, DutyShift } from '../../services/ports.js';
import { checkRoster } from '../../services/roster.js';
import { shiftOnDuty, type ChainRow } from '../shared/duty-roster.js';
import { one, rows, transaction, type Sql } from './pool.js';

export class PgDutyRoster implements DutyRoster {
  constructor(private readonly pool: pg.Pool) {}

  async onDuty(at: Date): Promise<DutyShift | null> {
    const all = await rows<ChainRow>(
      this.pool,
      `SELECT s.id AS shift_id, s.from_time, s.to_time, c.name, c.phone
         FROM duty_shifts s JOIN duty_chain c ON c.shift_id = s.id
        ORDER BY s.from_time COLLATE "C", s.id, c.position`,
    );
    return shiftOnDuty(all, at);
  }
}

/** Replaces the whole roster in one transaction (operators, tests); not part of the port. */
export async function replaceRosterPg(pool: pg.Pool, shifts: readonly DutyShift[]): Promise<void> {
  checkRoster(shifts);
  await transaction(pool, (tx) => writeRoster(tx, shifts));
}

/** The roster write itself, inside the caller's transaction (the demo seed). */
export async function writeRoster(tx: Sql, shifts: readonly DutyShift[]): Promise<void> {
  checkRoster(shifts);
  await tx.query('DELETE FROM duty_shifts');
  for (const s of shifts) {
    const shift = await one<{ id: number }>(tx, 'INSERT INTO duty_shifts (from_time, to_time) VALUES ($1, $2) RETURNING id', [s.from, s.to]);
    await tx.query(
      'INSERT INTO duty_chain (shift_id, position, name, phone) SELECT $1, p - 1, n, ph FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(n, ph, p)',
      [shift!.id, s.chain.map((p) => p.name), s.chain.map((p) => p.phone)],
    );
  }
}
