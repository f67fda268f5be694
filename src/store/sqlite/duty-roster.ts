/** DutyRoster over SQLite: shifts by local time of day (Asia/Shanghai) and their escalation chains. */
import type { DutyRoster, DutyShift } from '../../services/ports.js';
import { localMinuteOfDay } from '../../services/local-time.js';
import { parseTimeOfDay, shiftCovers } from '../../services/roster.js';
import type { Db } from './database.js';

interface ChainRow {
  shift_id: number;
  from_time: string;
  to_time: string;
  name: string;
  phone: string;
}

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
    const minute = localMinuteOfDay(at);
    let found: DutyShift | null = null;
    let foundId: number | null = null;
    for (const row of this.rows.all()) {
      if (foundId !== null && row.shift_id !== foundId) break;
      if (foundId === null && !shiftCovers(row.from_time, row.to_time, minute)) continue;
      if (!found) {
        found = { from: row.from_time, to: row.to_time, chain: [] };
        foundId = row.shift_id;
      }
      found.chain.push({ name: row.name, phone: row.phone });
    }
    return found;
  }
}

/** Replaces the whole roster (operators, the demo seed, tests); not part of the port. */
export function replaceRoster(db: Db, shifts: readonly DutyShift[]): void {
  for (const s of shifts) {
    parseTimeOfDay(s.from);
    parseTimeOfDay(s.to);
    if (s.chain.length === 0) throw new RangeError(`shift ${s.from}-${s.to} needs at least one supervisor`);
  }
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
