/** The demo bills' dates (DEMO_DATA=true), the same for every store. */
import { localDateTime } from '../../services/local-time.js';

/** The demo bill's period (the month before `now`, Shanghai date) and due date (the 25th of `now`'s month). */
export function demoBillDates(now: Date): { period: string; dueDate: string } {
  const today = localDateTime(now);
  const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const period = today.month === 1 ? month(today.year - 1, 12) : month(today.year, today.month - 1);
  const dueDate = `${month(today.year, today.month)}-25`;
  return { period, dueDate };
}
