/** Transcripts and chat handovers over SQLite (issue 12). */
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../core/locale.js';
import {
  OPEN_HANDOVER_STATUSES,
  type Author,
  type Handover,
  type HandoverQueue,
  type Handovers,
  type HandoverChange,
  type HandoverStatus,
  type NewHandover,
  type NewTranscriptEntry,
  type TranscriptEntry,
  type Transcripts,
} from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';
import { checkHandoverChange, checkHandoverStatuses, checkNewHandover, checkTranscriptEntry } from '../shared/chat-input.js';
import type { Db } from './database.js';
import { iso, StatementCache } from './filter.js';

interface EntryRow {
  seq: number;
  conversation_id: string;
  at_ms: number;
  author: Author;
  name: string | null;
  text: string;
  locale: Locale;
}

/** Lines written by one INSERT at most (a turn has a few; more are written in statements of this many). */
const LINES_PER_STATEMENT = 16;

export class SqliteTranscripts implements Transcripts {
  /** The INSERT of n lines, by n (1..LINES_PER_STATEMENT), prepared when first needed. */
  private readonly inserts: ReturnType<Db['prepare']>[] = [];
  private readonly byConversation;
  private readonly write;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byConversation = db.prepare<[string, number], EntryRow>('SELECT * FROM transcripts WHERE conversation_id = ? AND seq > ? ORDER BY seq');
    // A turn's lines are one statement (issue 15: one statement per turn, no savepoint in the turn's
    // group commit); a longer append is a transaction of such statements, all or nothing.
    this.write = db.transaction((conversationId: string, entries: readonly NewTranscriptEntry[], at: number): TranscriptEntry[] => {
      const written: TranscriptEntry[] = [];
      for (let i = 0; i < entries.length; i += LINES_PER_STATEMENT) written.push(...this.insertLines(conversationId, entries.slice(i, i + LINES_PER_STATEMENT), at));
      return written;
    });
  }

  async append(conversationId: string, entries: readonly NewTranscriptEntry[]): Promise<TranscriptEntry[]> {
    entries.forEach(checkTranscriptEntry);
    if (!entries.length) return [];
    const at = this.now().getTime();
    return entries.length <= LINES_PER_STATEMENT ? this.insertLines(conversationId, entries, at) : this.write(conversationId, entries, at);
  }

  /**
   * Up to LINES_PER_STATEMENT lines in one INSERT. Their seqs are consecutive, ending at the last
   * row id: one statement's rows of an AUTOINCREMENT key are numbered one after the other.
   */
  private insertLines(conversationId: string, entries: readonly NewTranscriptEntry[], at: number): TranscriptEntry[] {
    const n = entries.length;
    const insert = (this.inserts[n] ??= this.db.prepare(
      `INSERT INTO transcripts (conversation_id, at_ms, author, name, text, locale) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
    ));
    const lines = entries.map((e) => ({ atMs: e.at?.getTime() ?? at, name: e.name?.trim() || null, e }));
    const { lastInsertRowid } = insert.run(lines.flatMap(({ atMs, name, e }) => [conversationId, atMs, e.author, name, e.text, e.locale]));
    const first = Number(lastInsertRowid) - n + 1;
    return lines.map(({ atMs, name, e }, i) => ({ seq: first + i, conversationId, at: iso(atMs), author: e.author, name, text: e.text, locale: e.locale }));
  }

  async list(conversationId: string, options: { afterSeq?: number } = {}): Promise<TranscriptEntry[]> {
    return this.byConversation.all(conversationId, options.afterSeq ?? 0).map((r) => ({
      seq: r.seq,
      conversationId: r.conversation_id,
      at: iso(r.at_ms),
      author: r.author,
      name: r.name,
      text: r.text,
      locale: r.locale,
    }));
  }

  async purgeBefore(before: Date): Promise<number> {
    return this.db.prepare<[number]>('DELETE FROM transcripts WHERE at_ms < ?').run(before.getTime()).changes;
  }
}

interface HandoverRow {
  id: string;
  conversation_id: string;
  queue: HandoverQueue;
  reason: string;
  priority: number;
  escalation_id: string | null;
  locale: Locale;
  phone: string | null;
  summary: string;
  status: HandoverStatus;
  taken_by: string | null;
  deadline_ms: number;
  created_at_ms: number;
  updated_at_ms: number;
}

const OPEN = OPEN_HANDOVER_STATUSES.map((s) => `'${s}'`).join(', ');

export class SqliteHandovers implements Handovers {
  private readonly insert;
  private readonly byId;
  private readonly openFor;
  private readonly latestFor;
  private readonly due;
  private readonly lists;
  private readonly transition;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<HandoverRow>(
      `INSERT INTO handovers (id, conversation_id, queue, reason, priority, escalation_id, locale, phone, summary, status, taken_by,
         deadline_ms, created_at_ms, updated_at_ms)
       VALUES (@id, @conversation_id, @queue, @reason, @priority, @escalation_id, @locale, @phone, @summary, @status, @taken_by,
         @deadline_ms, @created_at_ms, @updated_at_ms)
       ON CONFLICT DO NOTHING`,
    );
    this.byId = db.prepare<[string], HandoverRow>('SELECT * FROM handovers WHERE id = ?');
    this.openFor = db.prepare<[string], HandoverRow>(`SELECT * FROM handovers WHERE conversation_id = ? AND status IN (${OPEN})`);
    this.latestFor = db.prepare<[string], HandoverRow>(
      'SELECT * FROM handovers WHERE conversation_id = ? ORDER BY created_at_ms DESC, rowid DESC LIMIT 1',
    );
    this.due = db.prepare<[number], HandoverRow>("SELECT * FROM handovers WHERE status = 'waiting' AND deadline_ms <= ? ORDER BY created_at_ms, rowid");
    this.lists = new StatementCache(db);
    const write = db.prepare<[HandoverStatus, string | null, number, string, number, number, string]>(
      'UPDATE handovers SET status = ?, taken_by = ?, priority = ?, reason = ?, deadline_ms = ?, updated_at_ms = ? WHERE id = ?',
    );
    this.transition = db.transaction((id: string, from: readonly HandoverStatus[], to: HandoverStatus, change: HandoverChange, at: number): Handover | null => {
      const row = this.byId.get(id);
      if (!row || !from.includes(row.status)) return null;
      write.run(to, change.takenBy ?? row.taken_by, change.priority ?? row.priority, change.reason ?? row.reason, change.deadline?.getTime() ?? row.deadline_ms, at, id);
      return fromRow(this.byId.get(id)!);
    }).immediate;
  }

  async open(h: NewHandover): Promise<Handover> {
    checkNewHandover(h);
    const at = this.now().getTime();
    const row: HandoverRow = {
      id: randomUUID(),
      conversation_id: h.conversationId,
      queue: h.queue,
      reason: h.reason,
      priority: h.priority,
      escalation_id: h.escalationId,
      locale: h.locale,
      phone: h.phone === null ? null : normalizePhone(h.phone),
      summary: h.summary,
      status: 'waiting',
      taken_by: null,
      deadline_ms: h.deadline.getTime(),
      created_at_ms: at,
      updated_at_ms: at,
    };
    this.insert.run(row);
    return fromRow(this.openFor.get(h.conversationId)!);
  }

  async get(id: string): Promise<Handover | null> {
    const row = this.byId.get(id);
    return row ? fromRow(row) : null;
  }

  async latest(conversationId: string): Promise<Handover | null> {
    const row = this.latestFor.get(conversationId);
    return row ? fromRow(row) : null;
  }

  async list(filter: { statuses?: readonly HandoverStatus[] } = {}): Promise<Handover[]> {
    const statuses = filter.statuses ?? OPEN_HANDOVER_STATUSES;
    checkHandoverStatuses(statuses);
    if (!statuses.length) return [];
    return this.lists
      .all<HandoverRow>(`SELECT * FROM handovers WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY priority DESC, created_at_ms, rowid`, statuses)
      .map(fromRow);
  }

  async move(id: string, from: readonly HandoverStatus[], to: HandoverStatus, change: HandoverChange = {}): Promise<Handover | null> {
    checkHandoverStatuses([...from, to]);
    checkHandoverChange(change);
    return this.transition(id, from, to, change, this.now().getTime());
  }

  async overdue(now: Date): Promise<Handover[]> {
    return this.due.all(now.getTime()).map(fromRow);
  }
  async purgeBefore(before: Date): Promise<number> {
    return this.db.prepare<[number]>(`DELETE FROM handovers WHERE updated_at_ms < ? AND status NOT IN (${OPEN})`).run(before.getTime()).changes;
  }

}

function fromRow(r: HandoverRow): Handover {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    queue: r.queue,
    reason: r.reason,
    priority: r.priority,
    escalationId: r.escalation_id,
    locale: r.locale,
    phone: r.phone,
    summary: r.summary,
    status: r.status,
    takenBy: r.taken_by,
    deadline: iso(r.deadline_ms),
    createdAt: iso(r.created_at_ms),
    updatedAt: iso(r.updated_at_ms),
  };
}
