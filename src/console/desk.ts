/**
 * The duty desk (issue 12): every conversation's transcript (who said what), and web chats that
 * wait for a person, are taken, and go back to the bot or are closed.
 *
 *   bot ends a chat with transfer / escalate -> handover `waiting` (the queue, by priority)
 *   a person takes it                        -> `taken`: they and the customer type (live, SSE)
 *   the person hands it back at an entry     -> `returned`: the bot asks again (ConversationHost.resume)
 *   the person closes it (N20)               -> `closed`, with the closing phrase
 *   nobody takes it in time                  -> `timed_out`: the customer is told and offered a
 *                                               callback on a confirmed number -> `callback`
 *   the customer leaves                      -> `abandoned`
 *
 * Every change is published on the live bus: the desk's channel for consoles, the chat's own
 * channel for the customer's page, on whichever instance they are connected to.
 */
import type { ConversationHost, PersistedTurn } from '../engine/conversation-host.js';
import type { SessionStore } from '../engine/session-store.js';
import type { Input, PromptRef, Turn } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import type { DialogueContext } from '../machines/context.js';
import { choiceLabels, renderText } from '../prompts/render-text.js';
import { DEFAULT_ESCALATION_PRIORITY, EscalationClosed, URGENT_PRIORITY } from '../services/escalation-rules.js';
import { normalizePhone } from '../services/phone.js';
import type { Escalation, Handover, HandoverStatus, NewTranscriptEntry, Services, TranscriptEntry, User } from '../services/ports.js';
import { can } from '../services/users.js';
import type { StaffStores } from '../services/staff-stores.js';
import { renderChatReply, type ChatReply } from '../channels/webchat/render.js';
import { chatChannel, DESK, type LiveBus } from './bus.js';
import { logger } from '../observability/logger.js';
import { saveOrQueue } from '../services/save-or-queue.js';
import { reportsShock } from '../nlu/danger.js';

/** What a customer or a person may type in one message. */
export const MAX_MESSAGE_LENGTH = 500;
/** A callback offered after an unanswered chat is due within this time (N15 windows still apply). */
const CALLBACK_DUE_MINUTES = 60;

export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    readonly code: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface DeskOptions {
  host: ConversationHost;
  sessions: SessionStore;
  services: Services;
  staff: StaffStores;
  bus: LiveBus;
  takeoverTimeoutSeconds: number;
  leaveGraceSeconds: number;
  now?: () => Date;
}

/** What the bot collected, for the person taking over (never the raw snapshot). */
export interface Collected {
  caller: string | null;
  locale: Locale;
  customer: { account: string; name: string; address: string } | null;
  fault: { danger: boolean; scope: string | null; address: string | null; description: string | null } | null;
  answers: Record<string, string>;
  draft: string | null;
  ticket: { id: string; kind: string } | null;
  selfServiceOnly: boolean;
}

export interface ChatView {
  conversationId: string;
  handover: Handover | null;
  escalation: Escalation | null;
  transcript: TranscriptEntry[];
  collected: Collected | null;
}

export class Desk {
  private readonly now: () => Date;
  private readonly leaving = new Map<string, { timer: NodeJS.Timeout; off: () => void }>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly options: DeskOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private get staff() {
    return this.options.staff;
  }

  // --- every turn --------------------------------------------------------------------------------

  /** After each persisted turn: the transcript lines, and a chat that ends for a person joins the queue. */
  readonly observe = async (observed: PersistedTurn): Promise<void> => {
    const { turn } = observed;
    const lines: NewTranscriptEntry[] = [];
    const said = customerWords(observed.input, observed.previous);
    if (said !== null) lines.push({ author: 'customer', name: null, text: said, locale: observed.previous?.locale ?? turn.locale });
    for (const text of renderText(turn.prompts, turn.locale)) lines.push({ author: 'bot', name: null, text, locale: turn.locale });
    const entries = await this.staff.transcripts.append(observed.conversationId, lines);
    if (entries.length) await this.publishDesk({ type: 'entries', conversationId: observed.conversationId, entries });
    if (observed.channel === 'chat' && (turn.end?.type === 'transfer' || turn.end?.type === 'escalate')) await this.enqueue(observed, turn);
  };

  private async enqueue(observed: PersistedTurn, turn: Turn): Promise<void> {
    const end = turn.end;
    if (end?.type !== 'transfer' && end?.type !== 'escalate') return;
    let escalation: Escalation | null = null;
    if (end.type === 'escalate') escalation = await this.options.services.escalations.get(end.escalationId);
    const reason = end.type === 'transfer' ? end.reason : (escalation?.reason ?? end.reason);
    // A danger report handed to a person (N10) is the first chat any agent takes: the urgent queue.
    const urgent = end.type === 'transfer' && end.queue === 'urgent';
    const priority = urgent ? URGENT_PRIORITY : (escalation?.priority ?? DEFAULT_ESCALATION_PRIORITY[reason as keyof typeof DEFAULT_ESCALATION_PRIORITY] ?? 10);
    const handover = await this.staff.handovers.open({
      conversationId: observed.conversationId,
      queue: end.type === 'escalate' ? 'supervisor' : 'agent',
      reason,
      priority,
      escalationId: escalation?.id ?? null,
      locale: turn.locale,
      phone: observed.caller,
      summary: escalation?.summary ?? (end.type === 'escalate' ? end.summary : `reason: ${reason}`),
      deadline: new Date(this.now().getTime() + this.options.takeoverTimeoutSeconds * 1000),
    });
    await this.system(handover, { key: 'takeover.waiting' });
    await this.changed(handover);
  }

  // --- what a console reads ------------------------------------------------------------------------

  /** The chats waiting for or with a person, by priority then oldest. */
  queue(statuses?: readonly HandoverStatus[]): Promise<Handover[]> {
    return this.staff.handovers.list(statuses ? { statuses } : {});
  }

  /** One conversation as the person taking over sees it. */
  async chat(conversationId: string): Promise<ChatView> {
    const [handover, transcript, record] = await Promise.all([
      this.staff.handovers.latest(conversationId),
      this.staff.transcripts.list(conversationId),
      this.options.sessions.get(conversationId),
    ]);
    if (!record && !transcript.length) throw new DeskError(404, 'not_found', `no conversation ${conversationId}`);
    const escalation = handover?.escalationId ? await this.options.services.escalations.get(handover.escalationId) : null;
    return { conversationId, handover, escalation, transcript, collected: record ? collectedFrom(record.snapshot, record.caller, record.locale) : null };
  }

  // --- what a person does --------------------------------------------------------------------------

  async take(handoverId: string, user: User): Promise<Handover> {
    const current = await this.handover(handoverId);
    const permission = current.queue === 'supervisor' ? 'chat.supervisor' : 'chat.agent';
    if (!can(user.role, permission)) {
      throw new DeskError(403, 'forbidden', current.queue === 'supervisor' ? 'only a supervisor takes a chat escalated to the duty supervisor' : 'your role cannot take chats');
    }
    const taken = await this.staff.handovers.move(handoverId, ['waiting', 'timed_out'], 'taken', { takenBy: user.name });
    if (!taken) {
      const now = await this.handover(handoverId);
      throw new DeskError(409, 'conflict', now.status === 'taken' ? `already taken by ${now.takenBy}` : `the chat is ${now.status}`);
    }
    await this.escalation(taken, { status: 'connected', supervisor: user.name });
    await this.system(taken, { key: taken.queue === 'supervisor' ? 'takeover.supervisorJoined' : 'takeover.joined', values: { agent: user.name } });
    await this.changed(taken);
    return taken;
  }

  /** The person's message, to the customer as it is typed (the transcript records who said it). */
  async say(handoverId: string, user: User, text: unknown): Promise<TranscriptEntry> {
    const words = messageText(text);
    const handover = await this.mine(handoverId, user);
    const [entry] = await this.staff.transcripts.append(handover.conversationId, [{ author: 'agent', name: user.name, text: words, locale: handover.locale }]);
    await this.publishEntry(handover, entry!);
    return entry!;
  }

  /** Hands the chat back to the bot at `entry` (e.g. to take a fault report); the bot's question reaches the customer live. */
  async returnToBot(handoverId: string, user: User, entry: string): Promise<ChatReply> {
    const handover = await this.mine(handoverId, user);
    const entries = await this.options.host.entries(handover.conversationId);
    if (!entries.includes(entry)) throw new DeskError(400, 'bad_request', `entry must be one of ${entries.join(', ')}`);
    const moved = await this.staff.handovers.move(handover.id, ['taken'], 'returned');
    if (!moved) throw new DeskError(409, 'conflict', 'the chat changed meanwhile');
    await this.system(moved, { key: 'takeover.returned' });
    await this.escalation(moved, { status: 'closed', outcome: `returned to the bot (${entry}) by ${user.name}`, supervisor: user.name });
    const turn = await this.options.host.resume(handover.conversationId, entry);
    const reply = renderChatReply(turn);
    await this.options.bus.publish(chatChannel(handover.conversationId), { type: 'reply', reply });
    await this.changed(moved);
    return reply;
  }

  /** Ends the chat with the closing phrase (N20), said by the person. */
  async close(handoverId: string, user: User, outcome?: unknown): Promise<Handover> {
    const handover = await this.mine(handoverId, user);
    const closed = await this.staff.handovers.move(handover.id, ['taken'], 'closed');
    if (!closed) throw new DeskError(409, 'conflict', 'the chat changed meanwhile');
    const [goodbye] = renderText([{ key: 'closing.goodbye' }], closed.locale);
    const [entry] = await this.staff.transcripts.append(closed.conversationId, [{ author: 'agent', name: user.name, text: goodbye!, locale: closed.locale }]);
    await this.publishEntry(closed, entry!);
    const note = typeof outcome === 'string' && outcome.trim() ? outcome.trim().slice(0, 2000) : `closed in chat by ${user.name}`;
    await this.escalation(closed, { status: 'closed', outcome: note, supervisor: user.name });
    await this.changed(closed);
    return closed;
  }

  // --- what the customer does while a person has (or should have) the chat --------------------------

  /** The chat's open handover, if any: then the customer's messages go to the person, not the bot. */
  async openHandover(conversationId: string): Promise<Handover | null> {
    const latest = await this.staff.handovers.latest(conversationId);
    return latest && (latest.status === 'waiting' || latest.status === 'taken' || latest.status === 'timed_out') ? latest : null;
  }

  async customerSays(handover: Handover, text: unknown): Promise<TranscriptEntry> {
    const words = messageText(text);
    const [entry] = await this.staff.transcripts.append(handover.conversationId, [{ author: 'customer', name: null, text: words, locale: handover.locale }]);
    await this.publishDesk({ type: 'entries', conversationId: handover.conversationId, entries: [entry] });
    await this.dangerWhileWaiting(handover, words, entry!);
    return entry!;
  }

  /**
   * Danger told while the chat waits for a person (N10): the safety advice at once, the chat first
   * in the queue, and an urgent order with the words (to the outbox when the store is down, N21),
   * so the report stands even if the customer leaves before a person comes.
   */
  private async dangerWhileWaiting(handover: Handover, words: string, entry: TranscriptEntry): Promise<void> {
    if ((handover.status !== 'waiting' && handover.status !== 'timed_out') || handover.priority >= URGENT_PRIORITY) return;
    if ((await this.options.host.recognize(words, handover.locale))?.intent !== 'danger') return;
    const deadline = new Date(this.now().getTime() + this.options.takeoverTimeoutSeconds * 1000);
    const raised = await this.staff.handovers.move(handover.id, ['waiting', 'timed_out'], 'waiting', { priority: URGENT_PRIORITY, reason: 'danger', deadline });
    if (!raised) return; // a person took it meanwhile: they read the words
    const record = await this.options.sessions.get(handover.conversationId);
    const collected = record ? collectedFrom(record.snapshot, record.caller, record.locale) : null;
    await saveOrQueue(this.options.services, {
      kind: 'repair',
      urgent: true,
      danger: true,
      scope: null,
      account: collected?.customer?.account ?? null,
      phone: handover.phone,
      address: collected?.fault?.address ?? '',
      areaId: null,
      description: words,
      channel: 'chat',
      conversationId: handover.conversationId,
      idempotencyKey: `${handover.conversationId}/desk/${entry.seq}/work_order`,
    });
    await this.system(raised, { key: reportsShock(words) ? 'danger.shockAdvice' : 'fault.safetyAdvice', safety: true });
    await this.system(raised, { key: 'takeover.urgentRaised' });
    await this.changed(raised);
  }

  /** The customer ended the chat, or left it, while it waited for or was with a person. */
  async customerLeft(handover: Handover): Promise<void> {
    const left = await this.staff.handovers.move(handover.id, ['waiting', 'taken', 'timed_out'], 'abandoned');
    if (!left) return;
    await this.escalation(left, { status: 'closed', outcome: 'the customer left the chat' });
    await this.changed(left);
  }

  /**
   * After an unanswered wait: a callback on the number the customer confirmed (`phone`), or, with
   * null, no callback. Answers the line the customer is shown.
   */
  async answerCallbackOffer(conversationId: string, phone: string | null): Promise<TranscriptEntry> {
    const handover = await this.openHandover(conversationId);
    if (!handover || handover.status !== 'timed_out') throw new DeskError(409, 'conflict', 'no callback was offered in this chat');
    if (phone === null) {
      const declined = await this.staff.handovers.move(handover.id, ['timed_out'], 'abandoned');
      if (!declined) throw new DeskError(409, 'conflict', 'the chat changed meanwhile');
      await this.escalation(declined, { status: 'closed', outcome: 'no person was free; the customer declined a callback' });
      const entry = await this.system(declined, { key: 'takeover.callbackDeclined' });
      await this.changed(declined);
      return entry;
    }
    const number = confirmedPhone(phone);
    const booked = await this.staff.handovers.move(handover.id, ['timed_out'], 'callback');
    if (!booked) throw new DeskError(409, 'conflict', 'the chat changed meanwhile');
    const at = this.now();
    const task = await this.options.services.callbacks.create({
      // An unanswered chat is the supervisor's to follow up (N17), like an escalation.
      kind: 'escalation',
      phone: number,
      conversationId,
      notes: `web chat not taken within ${this.options.takeoverTimeoutSeconds} s (${handover.queue}, ${handover.reason}): ${handover.summary}`,
      dueAt: new Date(at.getTime() + CALLBACK_DUE_MINUTES * 60_000),
    });
    await this.escalation(booked, { status: 'closed', outcome: `no person was free; callback ${task.id} to ${number}` });
    const entry = await this.system(booked, { key: 'takeover.callbackBooked', values: { phone: readable(number) } });
    await this.changed(booked);
    return entry;
  }

  // --- time -------------------------------------------------------------------------------------

  /** Waiting chats past their deadline: the customer is told and offered a callback. Answers how many. */
  async sweep(): Promise<number> {
    let count = 0;
    for (const overdue of await this.staff.handovers.overdue(this.now())) {
      const moved = await this.staff.handovers.move(overdue.id, ['waiting'], 'timed_out');
      if (!moved) continue; // another instance got there first, or a person took it
      await this.system(moved, { key: 'takeover.timeout' });
      await this.changed(moved);
      count++;
    }
    return count;
  }

  /** Sweeps on an interval (every instance may: a handover times out once). */
  startSweeper(intervalMs = Math.max(250, Math.min(5000, (this.options.takeoverTimeoutSeconds * 1000) / 4))): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      this.sweep().catch((error) => logger.error({ err: error }, 'duty desk: sweep failed'));
    }, intervalMs);
    this.sweeper.unref();
  }

  /**
   * The customer's page was closed or reloaded. A reload comes back (back()) within the grace time;
   * otherwise the chat ends as a phone hang-up does: a report being taken is kept as a draft.
   */
  customerLeaving(conversationId: string): void {
    this.cancelLeaving(conversationId);
    const off = this.options.bus.subscribe(chatChannel(conversationId), (event) => {
      if (event.type === 'back') this.cancelLeaving(conversationId);
    });
    const timer = setTimeout(() => {
      this.cancelLeaving(conversationId);
      void this.hangUp(conversationId).catch((error) => logger.error({ err: error, conversationId }, 'duty desk: ending a chat whose page closed failed'));
    }, this.options.leaveGraceSeconds * 1000);
    timer.unref();
    this.leaving.set(conversationId, { timer, off });
  }

  /** The customer's page is back (on any instance). */
  async customerBack(conversationId: string): Promise<void> {
    this.cancelLeaving(conversationId);
    await this.options.bus.publish(chatChannel(conversationId), { type: 'back' });
  }

  private cancelLeaving(conversationId: string): void {
    const pending = this.leaving.get(conversationId);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.off();
    this.leaving.delete(conversationId);
  }

  private async hangUp(conversationId: string): Promise<void> {
    const handover = await this.openHandover(conversationId);
    if (handover) return this.customerLeft(handover);
    const record = await this.options.sessions.get(conversationId);
    if (record?.status === 'active') await this.options.host.handle(conversationId, { type: 'hangup' });
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    for (const id of [...this.leaving.keys()]) this.cancelLeaving(id);
  }

  // --- helpers --------------------------------------------------------------------------------------

  private async handover(id: string): Promise<Handover> {
    const found = await this.staff.handovers.get(id);
    if (!found) throw new DeskError(404, 'not_found', `no chat handover ${id}`);
    return found;
  }

  /** The handover, taken by this person. */
  private async mine(id: string, user: User): Promise<Handover> {
    const handover = await this.handover(id);
    if (handover.status !== 'taken') throw new DeskError(409, 'conflict', `the chat is ${handover.status}, not taken`);
    if (handover.takenBy !== user.name) throw new DeskError(403, 'forbidden', `the chat was taken by ${handover.takenBy}`);
    return handover;
  }

  /** A line the service says to the customer (in their locale), recorded and sent live. */
  private async system(handover: Handover, prompt: PromptRef): Promise<TranscriptEntry> {
    const [text] = renderText([prompt], handover.locale);
    const [entry] = await this.staff.transcripts.append(handover.conversationId, [{ author: 'system', name: null, text: text!, locale: handover.locale }]);
    await this.publishEntry(handover, entry!);
    return entry!;
  }

  private async publishEntry(handover: Handover, entry: TranscriptEntry): Promise<void> {
    await this.options.bus.publish(chatChannel(handover.conversationId), { type: 'entry', entry });
    await this.publishDesk({ type: 'entries', conversationId: handover.conversationId, entries: [entry] });
  }

  /** The handover changed: the customer's page and every console hear it. */
  private async changed(handover: Handover): Promise<void> {
    await this.options.bus.publish(chatChannel(handover.conversationId), { type: 'handover', handover: customerView(handover) });
    await this.publishDesk({ type: 'handover', handover });
  }

  private async publishDesk(event: { type: string; [k: string]: unknown }): Promise<void> {
    try {
      await this.options.bus.publish(DESK, event);
    } catch (error) {
      logger.error({ err: error }, 'duty desk: live update not sent');
    }
  }

  /** Keeps the escalation record (N24) in step with the chat; one closed meanwhile by the admin API stays as it is. */
  private async escalation(handover: Handover, change: Parameters<Services['escalations']['update']>[1]): Promise<void> {
    if (!handover.escalationId) return;
    try {
      await this.options.services.escalations.update(handover.escalationId, change);
    } catch (error) {
      if (!(error instanceof EscalationClosed)) throw error;
    }
  }
}

/** What the customer's page may know of a handover: not the summary written for the desk. */
export function customerView(h: Handover): { status: HandoverStatus; queue: Handover['queue']; takenBy: string | null; phone: string | null } {
  return { status: h.status, queue: h.queue, takenBy: h.status === 'taken' ? h.takenBy : null, phone: h.status === 'timed_out' && h.phone ? readable(h.phone) : null };
}

/** What the customer did, as a transcript line; null for silence and hang-ups. */
function customerWords(input: Input | null, previous: Turn | null): string | null {
  if (!input) return null;
  // A proof the customer gave (a one-time code, a phone's last digits) is no reading for the desk (issue 14).
  if (previous?.ask?.secret && (input.type === 'text' || input.type === 'speech' || input.type === 'dtmf')) return '****';
  switch (input.type) {
    case 'text':
      return input.text;
    case 'speech':
      return input.transcript;
    case 'dtmf':
      return input.digits;
    case 'choice': {
      const label = previous?.ask ? choiceLabels(previous.ask, previous.locale).find((c) => c.id === input.id)?.label : undefined;
      return label ?? input.id;
    }
    default:
      return null;
  }
}

function messageText(text: unknown): string {
  if (typeof text !== 'string' || !text.trim()) throw new DeskError(400, 'bad_request', 'text is required');
  const words = text.trim();
  if (words.length > MAX_MESSAGE_LENGTH) throw new DeskError(400, 'too_long', `a message is at most ${MAX_MESSAGE_LENGTH} characters`);
  return words;
}

/** A number as people write it (spaces, dashes, +86) -> E.164, or a 400. */
export function confirmedPhone(raw: unknown): string {
  const number = typeof raw === 'string' ? normalizePhone(raw) : '';
  if (!/^\+861[3-9]\d{9}$|^\+86[1-9]\d{8,10}$/.test(number)) throw new DeskError(400, 'bad_phone', 'a mainland mobile or landline number is required');
  return number;
}

/** +8613800138000 -> 138 0013 8000 (how a customer reads their own number). */
export function readable(e164: string): string {
  const mobile = /^\+86(1\d{2})(\d{4})(\d{4})$/.exec(e164);
  if (mobile) return `${mobile[1]} ${mobile[2]} ${mobile[3]}`;
  return e164.startsWith('+86') ? `0${e164.slice(3)}` : e164;
}

export function collectedFrom(snapshot: unknown, caller: string | null, locale: Locale): Collected | null {
  const c = (snapshot as { context?: DialogueContext } | null)?.context;
  if (!c) return null;
  const fault = c.fault && (c.fault.scope || c.fault.address || c.fault.description || c.fault.danger) ? c.fault : null;
  return {
    caller,
    locale,
    customer: c.customer ? { account: c.customer.account, name: c.customer.name, address: c.customer.address } : null,
    fault: fault ? { danger: fault.danger, scope: fault.scope, address: fault.address, description: fault.description } : null,
    answers: c.answers ?? {},
    draft: c.draft ?? null,
    ticket: c.ticket ? { id: c.ticket.id, kind: c.ticket.kind } : null,
    selfServiceOnly: c.selfServiceOnly ?? false,
  };
}
