/**
 * Incidents over SQLite (N22: the words, for the duty supervisor). Recording one applies the
 * blacklist policy (N23) in the same transaction, so two calls ending together cannot both miss
 * (or both make) the entry.
 */
import type { BlacklistDecision, Incident, IncidentKind, Incidents } from '../../services/ports.js';
import { countingFrom, decideBlacklist, incidentCounts, policyEntry, policyOutcome, POLICY_ACTOR, type BlacklistPolicy } from '../../services/blacklist-policy.js';
import { checkedIdempotencyKey } from '../../services/idempotency.js';
import { checkedIncident, type NewIncident } from '../shared/incident-input.js';
import type { SqliteBlacklist } from './blacklist.js';
import type { Db } from './database.js';
import { iso, StatementCache, Where } from './filter.js';

interface IncidentRow {
  id: string;
  kind: IncidentKind;
  phone: string | null;
  conversation_id: string;
  evidence: string;
  at_ms: number;
}

type Recorded = { incident: Incident; blacklist: BlacklistDecision };

export class SqliteIncidents implements Incidents {
  private readonly lists;
  private readonly write: (row: IncidentRow, key: string | null) => Recorded;

  constructor(
    db: Db,
    blacklist: SqliteBlacklist,
    private readonly policy: BlacklistPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {
    const insert = db.prepare<IncidentRow & { idempotency_key: string | null }>(
      `INSERT INTO incidents (id, kind, phone, conversation_id, evidence, at_ms, idempotency_key)
       VALUES (@id, @kind, @phone, @conversation_id, @evidence, @at_ms, @idempotency_key)`,
    );
    const byKey = db.prepare<[string], IncidentRow>('SELECT * FROM incidents WHERE idempotency_key = ?');
    const counts = db.prepare<[string, number, number], { kind: IncidentKind; n: number }>(
      'SELECT kind, COUNT(*) AS n FROM incidents WHERE phone = ? AND at_ms >= ? AND at_ms <= ? GROUP BY kind',
    );
    this.lists = new StatementCache(db);
    // The policy (N23) on an incident just inserted, inside its transaction.
    const decide = (row: IncidentRow): BlacklistDecision => {
      if (row.phone === null) return { action: 'none' };
      const at = new Date(row.at_ms);
      blacklist.sweep(at);
      const entry = blacklist.entry(row.phone);
      const from = countingFrom(at, this.policy, blacklist.lastChangeAt(row.phone));
      const tally = incidentCounts(counts.all(row.phone, from.getTime(), row.at_ms));
      const decision = decideBlacklist({ counts: tally, current: entry?.status ?? null, at }, this.policy);
      if (decision.action === 'none') return decision;
      const { status, action } = policyEntry(decision);
      const written = blacklist.put(
        {
          phone: row.phone,
          reason: decision.reason,
          added_by: POLICY_ACTOR,
          added_at_ms: row.at_ms,
          expires_at_ms: decision.expiresAt.getTime(),
          status,
        },
        action,
        POLICY_ACTOR,
      );
      return policyOutcome(decision, written);
    };
    this.write = db.transaction((row: IncidentRow, key: string | null): Recorded => {
      // Recorded already (a retried turn): the policy ran on it then.
      const existing = key === null ? undefined : byKey.get(key);
      if (existing) return { incident: fromRow(existing), blacklist: { action: 'none' } };
      insert.run({ ...row, idempotency_key: key });
      return { incident: fromRow(row), blacklist: decide(row) };
    }).immediate;
  }

  async record(i: NewIncident): Promise<Recorded> {
    const { incident, at } = checkedIncident(i, this.now);
    return this.write(
      {
        id: incident.id,
        kind: incident.kind,
        phone: incident.phone,
        conversation_id: incident.conversationId,
        evidence: JSON.stringify(incident.evidence),
        at_ms: at.getTime(),
      },
      checkedIdempotencyKey(i.idempotencyKey),
    );
  }

  async list(filter: { phone?: string; kind?: IncidentKind; from?: string; to?: string } = {}): Promise<Incident[]> {
    const where = new Where().phone('phone', filter.phone).when(filter.kind, 'kind = ?').range('at_ms', filter.from, filter.to);
    return this.lists.all<IncidentRow>(`SELECT * FROM incidents ${where} ORDER BY at_ms DESC, rowid DESC`, where.params).map(fromRow);
  }
}

function fromRow(r: IncidentRow): Incident {
  return {
    id: r.id,
    kind: r.kind,
    phone: r.phone,
    conversationId: r.conversation_id,
    evidence: JSON.parse(r.evidence) as string[],
    at: iso(r.at_ms),
  };
}
