/**
 * Incidents over PostgreSQL (N22: the words, for the duty supervisor). Recording one applies the
 * blacklist policy (N23) in the same transaction, under the blacklist lock, so two calls ending
 * together on two instances cannot both miss (or both make) the entry.
 */
import type pg from 'pg';
import type { BlacklistDecision, Incident, IncidentKind, Incidents } from '../../services/ports.js';
import { countingFrom, decideBlacklist, incidentCounts, policyEntry, policyOutcome, POLICY_ACTOR, type BlacklistPolicy } from '../../services/blacklist-policy.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { checkedIncident, type NewIncident } from '../shared/incident-input.js';
import type { PgBlacklist } from './blacklist.js';
import { Where } from './filter.js';
import { one, rows, transaction, type Sql } from './pool.js';

interface IncidentRow {
  id: string;
  kind: IncidentKind;
  phone: string | null;
  conversation_id: string;
  evidence: string[];
  at: Date;
}

export class PgIncidents implements Incidents {
  constructor(
    private readonly pool: pg.Pool,
    private readonly blacklist: PgBlacklist,
    private readonly policy: BlacklistPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(i: NewIncident): Promise<{ incident: Incident; blacklist: BlacklistDecision }> {
    const { incident, at } = checkedIncident(i, this.now);
    const key = checkedIdempotencyKey(i.idempotencyKey);
    return transaction(this.pool, async (tx): Promise<{ incident: Incident; blacklist: BlacklistDecision }> => {
      const phone = incident.phone;
      // The lock before the insert: the count below then sees every incident committed before this one.
      if (phone !== null) await this.blacklist.lockAndSweep(tx, at);
      const inserted = await one(
        tx,
        `INSERT INTO incidents (id, kind, phone, conversation_id, evidence, at, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [incident.id, incident.kind, phone, incident.conversationId, JSON.stringify(incident.evidence), at, key],
      );
      // Recorded already (a retried turn): the policy ran on it then.
      if (!inserted) {
        const made = await one<IncidentRow>(tx, 'SELECT * FROM incidents WHERE idempotency_key = $1', [key]);
        return { incident: fromRow(made!), blacklist: { action: 'none' } };
      }
      return { incident, blacklist: await this.decide(tx, phone, at) };
    });
  }

  /** The blacklist policy (N23) on an incident just inserted, inside its transaction (the lock held). */
  private async decide(tx: Sql, phone: string | null, at: Date): Promise<BlacklistDecision> {
    if (phone === null) return { action: 'none' };
    const entry = await this.blacklist.entry(tx, phone);
    const from = countingFrom(at, this.policy, await this.blacklist.lastChangeAt(tx, phone));
    const counts = await rows<{ kind: IncidentKind; n: number }>(
      tx,
      'SELECT kind, COUNT(*)::int AS n FROM incidents WHERE phone = $1 AND at >= $2 AND at <= $3 GROUP BY kind',
      [phone, from, at],
    );
    const decision = decideBlacklist({ counts: incidentCounts(counts), current: entry?.status ?? null, at }, this.policy);
    if (decision.action === 'none') return decision;
    const { status, action } = policyEntry(decision);
    const written = await this.blacklist.put(
      tx,
      { phone, reason: decision.reason, added_by: POLICY_ACTOR, added_at: at, expires_at: decision.expiresAt, status },
      action,
      POLICY_ACTOR,
    );
    return policyOutcome(decision, written);
  }

  async list(filter: { phone?: string; kind?: IncidentKind; from?: string; to?: string } = {}): Promise<Incident[]> {
    const where = new Where().phone('phone', filter.phone).when(filter.kind, 'kind = ?').range('at', filter.from, filter.to);
    const found = await rows<IncidentRow>(this.pool, `SELECT * FROM incidents ${where} ORDER BY at DESC, seq DESC`, where.params);
    return found.map(fromRow);
  }
}

function fromRow(r: IncidentRow): Incident {
  return { id: r.id, kind: r.kind, phone: r.phone, conversationId: r.conversation_id, evidence: r.evidence, at: r.at.toISOString() };
}
