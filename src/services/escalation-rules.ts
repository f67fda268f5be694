/** Rules of the supervisor's escalation queue (N22, N24). */
import type { EscalationReason, EscalationStatus } from './ports.js';

/**
 * Default queue priority (higher first). A customer still dissatisfied after a by-the-rules service
 * waits on the line and must be reported at once (N24); an abusive caller is reported to the duty
 * supervisor (N22) but is already in the automated service; a caller hit by a system failure comes
 * next (N21); then plain requests and callers the machine could not understand.
 */
export const DEFAULT_ESCALATION_PRIORITY: Readonly<Record<EscalationReason, number>> = {
  dissatisfied: 40,
  abuse: 30,
  system_error: 20,
  requested: 10,
  not_understood: 10,
};

export const MIN_PRIORITY = 0;
export const MAX_PRIORITY = 100;

/** How long the supervisor has to call back by default when an escalation moves to 'callback'. */
export const ESCALATION_CALLBACK_HOURS = 24;

/** 'closed' is final: the record of how it ended must not be rewritten. */
export class EscalationClosed extends Error {
  constructor(readonly id: string) {
    super(`escalation ${id} is closed; a closed escalation cannot be changed`);
    this.name = 'EscalationClosed';
  }
}

export function canChangeEscalation(from: EscalationStatus): boolean {
  return from !== 'closed';
}
