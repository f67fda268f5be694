/** The duty roster as both stores read it: one row per supervisor link, grouped here into the shift on duty. */
import type { DutyShift } from '../../services/ports.js';
import { localMinuteOfDay } from '../../services/local-time.js';
import { shiftCovers } from '../../services/roster.js';

/** One link of a shift's escalation chain, joined with its shift. */
export interface ChainRow {
  shift_id: number;
  from_time: string;
  to_time: string;
  name: string;
  phone: string;
}

/**
 * The first shift (in `rows` order: by start time, then id) covering `at`, with its chain in
 * `rows` order, or null. The roster is a handful of rows: the wrap-past-midnight rule
 * (services/roster.ts) is applied here, not in SQL.
 */
export function shiftOnDuty(rows: Iterable<ChainRow>, at: Date): DutyShift | null {
  const minute = localMinuteOfDay(at);
  let found: DutyShift | null = null;
  let foundId: number | null = null;
  for (const row of rows) {
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
