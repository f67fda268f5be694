/** Checks on transcripts and handovers every adapter shares (issue 12). */
import { isLocale } from '../../core/locale.js';
import { AUTHORS, HANDOVER_QUEUES, HANDOVER_STATUSES, type HandoverChange, type HandoverStatus, type NewHandover, type NewTranscriptEntry } from '../../services/ports.js';

/** What one transcript line may hold: a chat message is at most 500 characters; prompts are longer. */
export const MAX_TRANSCRIPT_TEXT = 4000;

export function checkTranscriptEntry(entry: NewTranscriptEntry): void {
  if (!(AUTHORS as readonly string[]).includes(entry.author)) throw new RangeError(`author must be one of ${AUTHORS.join(', ')}`);
  if (typeof entry.text !== 'string' || entry.text.length > MAX_TRANSCRIPT_TEXT) throw new RangeError(`text must be at most ${MAX_TRANSCRIPT_TEXT} characters`);
  if (!isLocale(entry.locale)) throw new RangeError(`locale must be zh-CN, en-US or yue-HK, got '${String(entry.locale)}'`);
  if (entry.author === 'agent' && !entry.name?.trim()) throw new RangeError("a person's line records their name");
}

export function checkNewHandover(h: NewHandover): void {
  if (!(HANDOVER_QUEUES as readonly string[]).includes(h.queue)) throw new RangeError(`queue must be one of ${HANDOVER_QUEUES.join(', ')}`);
  if (!isLocale(h.locale)) throw new RangeError(`locale must be zh-CN, en-US or yue-HK, got '${String(h.locale)}'`);
  if (!Number.isInteger(h.priority) || h.priority < 0 || h.priority > 100) throw new RangeError('priority must be an integer 0-100');
  if (!(h.deadline instanceof Date) || Number.isNaN(h.deadline.getTime())) throw new RangeError('deadline must be a date');
}

/** A change made with a move: a priority as at open, a reason of text, a deadline that is a date. */
export function checkHandoverChange(change: HandoverChange): void {
  if (change.priority !== undefined && (!Number.isInteger(change.priority) || change.priority < 0 || change.priority > 100)) throw new RangeError('priority must be an integer 0-100');
  if (change.reason !== undefined && (typeof change.reason !== 'string' || !change.reason.trim())) throw new RangeError('reason must be text');
  if (change.deadline !== undefined && (!(change.deadline instanceof Date) || Number.isNaN(change.deadline.getTime()))) throw new RangeError('deadline must be a date');
}

export function checkHandoverStatuses(statuses: readonly HandoverStatus[]): void {
  for (const s of statuses) if (!(HANDOVER_STATUSES as readonly string[]).includes(s)) throw new RangeError(`status must be one of ${HANDOVER_STATUSES.join(', ')}, got '${s}'`);
}
