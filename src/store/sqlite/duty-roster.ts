/** DutyRoster over SQLite: shifts by local time of day (Asia/Shanghai) and their escalation chains. */
import type { DutyRoster, DutyShift } from '../../services/ports.js';
import { checkRoster } from '../../services/roster.js';
import { shiftOnDuty, type ChainRow } from '../shared/duty-roster.js';
import type { Db } from './database.js';

export class SqliteDutyRoster implements DutyRoster {
  private readonly rows;

  constructor(db: Db) {
    this.rows = db.prepare<[], ChainRow>(
      `SELECT s.id AS shift_id, s.from_time, s.to_time, c.name, c.phone
         FROM duty_shifts s JOIN duty_chain c ON c.shift_id = s.id
        ORDER BY s.from_time, s.id, c.position`,
    );
  }

  async onDuty(at: Date): Promise<DutyShift | null> {
    return shiftOnDuty(this.rows.all(), at);
  }
}

/** Replaces the whole roster (operators, the demo seed, tests); not part of the port. */
export function replaceRoster(db: Db, shifts: readonly DutyShift[]): void {
  checkRoster(shifts);
  const insertShift = db.prepare<[string, string]>('INSERT INTO duty_shifts (from_time, to_time) VALUES (?, ?)');
  const insertLink = db.prepare<[number | bigint, number, string, string]>(
    'INSERT INTO duty_chain (shift_id, position, name, phone) VALUES (?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.exec('DELETE FROM duty_shifts');
    for (const s of shifts) {
      const { lastInsertRowid } = insertShift.run(s.from, s.to);
      s.chain.forEach((p, i) => insertLink.run(lastInsertRowid, i, p.name, p.phone));
    }
  })();
}
