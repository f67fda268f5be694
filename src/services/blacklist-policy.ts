/**
 * N23: a number that makes malicious harassing calls repeatedly goes on the blacklist.
 * Repeatedly = BLACKLIST_ABUSE_COUNT abusive calls (or BLACKLIST_SILENT_COUNT silent calls) within
 * BLACKLIST_WINDOW_DAYS; the entry lasts BLACKLIST_DAYS. With BLACKLIST_APPROVAL the entry is only
 * proposed, and a supervisor approves it. Pure: the adapter counts, this decides.
 */
import type { BlacklistAction, BlacklistDecision, BlacklistEntry, BlacklistStatus, IncidentKind } from './ports.js';

export interface BlacklistPolicy {
  abuseCount: number;
  silentCount: number;
  windowDays: number;
  /** How long an entry made by the policy lasts. */
  days: number;
  approval: boolean;
}

export const DEFAULT_BLACKLIST_POLICY: BlacklistPolicy = { abuseCount: 3, silentCount: 5, windowDays: 7, days: 30, approval: false };

const DAY_MS = 86_400_000;

/** The name recorded when the policy (not a person) blacklists or proposes, or an entry expires. */
export const POLICY_ACTOR = 'policy (N23)';

export type PolicyDecision = { action: 'none' } | { action: 'blacklist' | 'propose'; reason: string; expiresAt: Date };

/**
 * Incidents count from this instant: the window, but never before the last change to the number's
 * entry (added, lifted, expired...): incidents a supervisor already judged are not counted twice, so
 * a lifted number is not blacklisted again by its old incidents.
 */
export function countingFrom(at: Date, policy: BlacklistPolicy, lastChange: Date | null): Date {
  const windowStart = at.getTime() - policy.windowDays * DAY_MS;
  // Strictly after the change: an incident in the same millisecond was already before the judge.
  return new Date(lastChange ? Math.max(windowStart, lastChange.getTime() + 1) : windowStart);
}

/**
 * `counts`: incidents of each kind for the number since countingFrom(), this one included.
 * `current`: the status of the number's entry, if any. An active or proposed entry is left as it is.
 */
export function decideBlacklist(
  input: { counts: Record<IncidentKind, number>; current: BlacklistStatus | null; at: Date },
  policy: BlacklistPolicy,
): PolicyDecision {
  if (input.current === 'active' || input.current === 'proposed') return { action: 'none' };
  const reasons: string[] = [];
  if (input.counts.abuse >= policy.abuseCount) reasons.push(`${input.counts.abuse} abusive calls`);
  if (input.counts.silent_call >= policy.silentCount) reasons.push(`${input.counts.silent_call} silent calls`);
  if (reasons.length === 0) return { action: 'none' };
  return {
    action: policy.approval ? 'propose' : 'blacklist',
    reason: `${reasons.join(' and ')} within ${policy.windowDays} days (N23)`,
    expiresAt: new Date(input.at.getTime() + policy.days * DAY_MS),
  };
}

/** The entry a decision writes, and the history line it is recorded with (the actor is POLICY_ACTOR). */
export function policyEntry(decision: Exclude<PolicyDecision, { action: 'none' }>): {
  status: Extract<BlacklistStatus, 'active' | 'proposed'>;
  action: Extract<BlacklistAction, 'added' | 'proposed'>;
} {
  return decision.action === 'propose' ? { status: 'proposed', action: 'proposed' } : { status: 'active', action: 'added' };
}

/** What record() reports once the decision's entry is written. */
export function policyOutcome(decision: Exclude<PolicyDecision, { action: 'none' }>, entry: BlacklistEntry): BlacklistDecision {
  return decision.action === 'propose' ? { action: 'proposed', entry } : { action: 'blacklisted', entry };
}

/** decideBlacklist()'s counts from the store's per-kind tallies (kinds with no incident count 0). */
export function incidentCounts(tallies: Iterable<{ kind: IncidentKind; n: number }>): Record<IncidentKind, number> {
  const counts: Record<IncidentKind, number> = { abuse: 0, silent_call: 0 };
  for (const t of tallies) counts[t.kind] = t.n;
  return counts;
}
