/**
 * The demo outages' times (DEMO_DATA=true), the same for every store: the fault in force at
 * start-up and tomorrow's planned outage, computed from the start time. The stores write them.
 */
import { localDateTime, zonedInstant } from '../../services/local-time.js';
import type { Outage } from '../../services/ports.js';
import { DEMO_OUTAGE, DEMO_PLANNED_OUTAGE } from '../demo-data.js';

export interface DemoOutage {
  id: string;
  areaId: string;
  startsAt: string;
  expectedRestoreAt: string;
}

const QUARTER_HOUR_MS = 15 * 60_000;

/** The demo fault in force at `now` in the demo rural area, restoring in about three hours (quarter-hour bounds). */
export function demoFaultOutage(now: Date): Outage {
  const starts = new Date(floorTo(now.getTime() - DEMO_OUTAGE.startedMinutesAgo * 60_000, QUARTER_HOUR_MS));
  const restores = new Date(ceilTo(now.getTime() + DEMO_OUTAGE.restoresInMinutes * 60_000, QUARTER_HOUR_MS));
  const { id, areaId, kind, reason } = DEMO_OUTAGE;
  return { id, areaId, kind, reason, startsAt: starts.toISOString(), expectedRestoreAt: restores.toISOString() };
}

/** The planned demo outage tomorrow (Shanghai date of `now`), 09:00-17:00 local. */
export function plannedDemoOutage(now: Date): Outage {
  const p = DEMO_PLANNED_OUTAGE;
  const today = localDateTime(now);
  const tomorrow = (t: { hour: number; minute: number }) => zonedInstant({ ...today, day: today.day + 1, ...t }).toISOString();
  return { id: p.id, areaId: p.areaId, kind: p.kind, reason: p.reason, startsAt: tomorrow(p.from), expectedRestoreAt: tomorrow(p.to) };
}

/** What the seed reports of a demo outage it wrote. */
export function demoOutageSummary(outage: Outage): DemoOutage {
  return { id: outage.id, areaId: outage.areaId, startsAt: outage.startsAt, expectedRestoreAt: outage.expectedRestoreAt };
}

function floorTo(ms: number, step: number): number {
  return Math.floor(ms / step) * step;
}
function ceilTo(ms: number, step: number): number {
  return Math.ceil(ms / step) * step;
}
