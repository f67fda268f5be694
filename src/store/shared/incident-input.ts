/** Incident (N22) input checks, the same for every store. */
import { randomUUID } from 'node:crypto';
import { INCIDENT_KINDS, type Incident, type Incidents } from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';

export type NewIncident = Parameters<Incidents['record']>[0];

/** The incident to record, checked, with a fresh id; `at` defaults to `now()`. */
export function checkedIncident(i: NewIncident, now: () => Date): { incident: Incident; at: Date } {
  if (!(INCIDENT_KINDS as readonly string[]).includes(i.kind)) throw new RangeError(`unknown incident kind '${i.kind}'`);
  if (!Array.isArray(i.evidence) || i.evidence.some((e) => typeof e !== 'string')) throw new RangeError('evidence must be a list of texts');
  const at = i.at ?? now();
  if (Number.isNaN(at.getTime())) throw new RangeError('incident time is not a valid date');
  const incident: Incident = {
    id: randomUUID(),
    kind: i.kind,
    phone: i.phone === null ? null : normalizePhone(i.phone),
    conversationId: i.conversationId,
    evidence: [...i.evidence],
    at: at.toISOString(),
  };
  return { incident, at };
}
