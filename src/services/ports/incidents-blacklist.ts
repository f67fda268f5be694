/** Incidents and the blacklist (N22, N23). */

export const INCIDENT_KINDS = ['abuse', 'silent_call'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export interface Incident {
  id: string;
  kind: IncidentKind;
  phone: string | null;
  conversationId: string;
  /** The words (abuse); empty for a silent call. */
  evidence: string[];
  at: string;
}

export interface Incidents {
  /**
   * Records the incident and applies the blacklist policy (N23) in the same transaction. With a key
   * already used: the incident recorded with it, and no blacklist decision (it was made then).
   */
  record(i: { kind: IncidentKind; phone: string | null; conversationId: string; evidence: string[]; at?: Date; idempotencyKey?: string | null }): Promise<{
    incident: Incident;
    blacklist: BlacklistDecision;
  }>;
  /** Newest first; `from`/`to` filter on `at`. */
  list(filter?: { phone?: string; kind?: IncidentKind; from?: string; to?: string }): Promise<Incident[]>;
}

export const BLACKLIST_STATUSES = ['active', 'proposed', 'lifted', 'expired'] as const;
export type BlacklistStatus = (typeof BLACKLIST_STATUSES)[number];

export interface BlacklistEntry {
  phone: string;
  reason: string;
  addedBy: string;
  addedAt: string;
  expiresAt: string | null;
  status: BlacklistStatus;
}

/** What record() did: nothing, a blacklisting, or a proposal for a supervisor (BLACKLIST_APPROVAL). */
export type BlacklistDecision =
  | { action: 'none' }
  | { action: 'blacklisted'; entry: BlacklistEntry }
  | { action: 'proposed'; entry: BlacklistEntry };

export type BlacklistAction = 'added' | 'proposed' | 'approved' | 'updated' | 'lifted' | 'expired';

export interface Blacklist {
  /** An ACTIVE, unexpired entry only (a proposed one does not restrict the caller). */
  check(phone: string, at?: Date): Promise<BlacklistEntry | null>;
  /** Adds (or renews) an active entry. */
  add(e: { phone: string; reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry>;
  /** A proposed entry becomes active (its duration counts from the approval); null when none is proposed. */
  approve(phone: string, by: string): Promise<BlacklistEntry | null>;
  /**
   * An explicit change of an ACTIVE entry (a re-add is refused instead: its term never changes
   * silently): a new reason, and the expiry when given (null: until lifted; a date: in the future).
   * The history records it as 'updated' with who and why; null when no entry is active.
   */
  update(phone: string, change: { reason: string; by: string; expiresAt?: Date | null }): Promise<BlacklistEntry | null>;
  /** An active or proposed entry is lifted; null when there is none. */
  lift(phone: string, by: string, reason: string): Promise<BlacklistEntry | null>;
  list(filter?: { status?: BlacklistStatus }): Promise<BlacklistEntry[]>;
  /** Every change, oldest first (N23: who, when, why). */
  history(phone: string): Promise<{ at: string; action: BlacklistAction; by: string; reason: string }[]>;
}
