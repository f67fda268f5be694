/**
 * The dialler (N15): a durable scheduler over the outbound task queue. Each round it gives up
 * tasks past their campaign's end, queues the callbacks that have something to tell, and - only
 * inside a calling window - claims the due tasks (each by exactly one instance, see
 * OutboundTasks.claimDue) and places their calls through a CallPlacer (Twilio's REST API). What
 * Twilio then reports of a call (the status callback) moves the task on: done, or another attempt
 * later inside a window with back-off, up to the maximum, a machine included (it heard nothing).
 */
import { randomUUID } from 'node:crypto';
import type { AttemptStatus, OutboundTask, Services } from './ports.js';
import { concludeCall, retryLater, scheduleReadyCallbacks, type DialPolicy } from './outbound-calls.js';
import { isInOutboundWindow } from './outbound-window.js';

/** What the dialler needs of a telephony provider. */
export interface CallPlacer {
  /** Places a call; resolves with the provider's call id once the provider has accepted it. */
  place(call: { to: string; url: string; statusCallback: string }): Promise<{ callSid: string }>;
}

/** The provider refused the call for good (an invalid number): no retry. */
export class CallRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallRefused';
  }
}

export interface DialerOptions {
  policy: DialPolicy;
  /** The webhook Twilio requests when the call is answered, and its status callback, for a task. */
  urls: { answer(task: OutboundTask): string; status(task: OutboundTask): string };
  /** Calls placed per round at most (a small team answers the transfers). */
  callsPerRound: number;
  now?: () => Date;
  /** This instance's name on its claims (default: a random id). */
  claimant?: string;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

/** How long a claim holds before the call is placed; then how long a placed call holds it (a call's longest). */
const PLACE_LEASE_MS = 2 * 60_000;
const CALL_LEASE_MS = 2 * 3_600_000;

/** Final call statuses: the attempt is over. */
const FINAL: ReadonlySet<AttemptStatus> = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

export interface RoundResult {
  expired: number;
  scheduled: number;
  placed: number;
  failed: number;
}

export class Dialer {
  private readonly now: () => Date;
  readonly claimant: string;
  private readonly log: Pick<Console, 'info' | 'warn' | 'error'>;

  constructor(
    private readonly services: Services,
    private readonly placer: CallPlacer,
    private readonly options: DialerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.claimant = options.claimant ?? `dialer-${randomUUID().slice(0, 8)}`;
    this.log = options.log ?? console;
  }

  /** One round: expire, schedule, and (inside a window) place the due calls. */
  async round(): Promise<RoundResult> {
    const { services, options } = this;
    const now = this.now();
    const expired = await services.outbound.expire(now);
    const scheduled = (await scheduleReadyCallbacks(services, now, options.policy)).length;
    const result: RoundResult = { expired, scheduled, placed: 0, failed: 0 };
    // N15: no call outside the windows; due tasks wait for the next one.
    if (!isInOutboundWindow(now, options.policy.windows)) return result;
    const claimed = await services.outbound.claimDue(now, { limit: options.callsPerRound, claimant: this.claimant, leaseMs: PLACE_LEASE_MS });
    for (const task of claimed) {
      if (await this.place(task)) result.placed++;
      else result.failed++;
    }
    return result;
  }

  private async place(task: OutboundTask): Promise<boolean> {
    const { services, options } = this;
    const placedAt = this.now();
    // A claim taken over from a dead instance may already have used the last attempt.
    if (task.attempts > task.maxAttempts) {
      await services.outbound.update(task.id, { status: 'failed', attempts: task.maxAttempts, claimedUntil: null, lastOutcome: task.lastOutcome ?? 'no attempt left' }, ['dialing']);
      return false;
    }
    if (task.campaignId) {
      const campaign = await services.campaigns.get(task.campaignId);
      if (campaign?.status !== 'active') {
        // A paused campaign keeps its targets (the attempt is given back); a closed one calls nobody more.
        const paused = campaign?.status === 'paused';
        await services.outbound.update(
          task.id,
          { status: paused ? 'pending' : 'cancelled', attempts: task.attempts - 1, claimedUntil: null, lastOutcome: `campaign ${campaign?.status ?? 'gone'}` },
          ['dialing'],
        );
        return false;
      }
    }
    try {
      const { callSid } = await this.placer.place({ to: task.phone, url: options.urls.answer(task), statusCallback: options.urls.status(task) });
      await services.outbound.recordAttempt(task.id, { attempt: task.attempts, callSid, status: 'queued', error: null, placedAt });
      await services.outbound.update(task.id, { claimedUntil: new Date(placedAt.getTime() + CALL_LEASE_MS), lastOutcome: 'calling' }, ['dialing']);
      this.log.info(`dialer: task ${task.id} attempt ${task.attempts}: call ${callSid} placed`);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await services.outbound.recordAttempt(task.id, { attempt: task.attempts, callSid: null, status: 'error', error: message.slice(0, 500), placedAt });
      if (error instanceof CallRefused) {
        await services.outbound.update(task.id, { status: 'failed', lastOutcome: 'refused', claimedUntil: null }, ['dialing']);
      } else {
        await retryLater(services, task, 'error', this.now(), options.policy);
      }
      this.log.warn(`dialer: task ${task.id} attempt ${task.attempts}: the call could not be placed: ${message}`);
      return false;
    }
  }

  /** What Twilio's status callback says of a call (see callStatus). */
  callStatus(callSid: string, report: CallStatusReport): Promise<OutboundTask | null> {
    return callStatus(this.services, callSid, report, this.now(), this.options.policy);
  }

  /** Concludes a task from outside a call (the admin API, a test): as the flow would. */
  conclude(taskId: string, outcome: Parameters<typeof concludeCall>[2]): Promise<OutboundTask | null> {
    return concludeCall(this.services, taskId, outcome, this.now(), this.options.policy);
  }
}

export interface CallStatusReport {
  status: AttemptStatus;
  answeredBy?: string | null;
  durationSeconds?: number | null;
}

/**
 * What Twilio's status callback says of a call, on the attempt. A final status of a call the flow
 * did not conclude (no answer, busy, failed, a machine, or the customer hung up before anything
 * was said) means another attempt later inside a window, or the task is given up; a call the flow
 * concluded is already settled. Any instance may take it (it needs no placer).
 */
export async function callStatus(services: Services, callSid: string, report: CallStatusReport, now: Date, policy: DialPolicy): Promise<OutboundTask | null> {
  const final = FINAL.has(report.status);
  const task = await services.outbound.recordCallStatus(callSid, { ...report, endedAt: final ? now : null });
  if (!task || !final || task.status !== 'dialing') return task;
  // Only the call of the current attempt moves the task (a late report of an earlier one does not).
  if (task.history.at(-1)?.callSid !== callSid) return task;
  const machine = /^(machine|fax)/.test(report.answeredBy ?? '');
  const outcome = machine ? 'machine' : report.status === 'completed' ? 'hung_up' : report.status;
  return retryLater(services, task, outcome, now, policy);
}

/**
 * Runs rounds every `intervalMs` (at once first); rounds never overlap. Returns stop(), which
 * resolves when the current round has finished.
 */
export function startDialer(dialer: Dialer, intervalMs: number, onError: (error: unknown) => void = (e) => console.error('dialer round failed:', e)): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    running = dialer
      .round()
      .then(() => undefined, onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
