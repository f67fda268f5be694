/** Input checks of outbound tasks, campaigns and follow-ups, the same for every store. */
import { isLocale, LOCALES } from '../../core/locale.js';
import {
  ATTEMPT_STATUSES,
  CALL_CONCLUSIONS,
  CAMPAIGN_STATUSES,
  OUTBOUND_FLOWS,
  OUTBOUND_TASK_STATUSES,
  SATISFACTION,
  type CallResult,
  type CampaignStatus,
  type LocalizedText,
  type NewCampaign,
  type NewOutboundTask,
  type OutboundTaskChange,
  type Satisfaction,
} from '../../services/ports.js';
import { normalizePhone } from '../../services/phone.js';

export const MAX_ATTEMPTS_LIMIT = 10;

const oneOf = (allowed: readonly string[], value: unknown, what: string) => {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new RangeError(`unknown ${what} '${String(value)}'`);
};

function validDate(value: unknown, name: string): number {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}

/** A new task, checked: its phone normalized and its times as epoch ms. */
export function checkedOutboundTask(task: NewOutboundTask): { phone: string; nextMs: number; notAfterMs: number | null } {
  oneOf(OUTBOUND_FLOWS, task.flow, 'outbound flow');
  if ((task.flow === 'callback') !== Boolean(task.callbackId)) throw new RangeError('a callback task names its callback, and only it does');
  if ((task.flow === 'proactive') !== Boolean(task.campaignId)) throw new RangeError('a proactive task names its campaign, and only it does');
  const phone = normalizePhone(task.phone ?? '');
  if (!/^\+?\d{5,15}$/.test(phone)) throw new RangeError(`an outbound task needs a phone number, got '${task.phone}'`);
  if (task.locale !== undefined && !isLocale(task.locale)) throw new RangeError(`locale must be one of ${LOCALES.join(', ')}`);
  if (!Number.isInteger(task.maxAttempts) || task.maxAttempts < 1 || task.maxAttempts > MAX_ATTEMPTS_LIMIT) {
    throw new RangeError(`maxAttempts must be an integer 1-${MAX_ATTEMPTS_LIMIT}, got ${task.maxAttempts}`);
  }
  const nextMs = validDate(task.nextAttemptAt, 'nextAttemptAt');
  const notAfterMs = task.notAfter == null ? null : validDate(task.notAfter, 'notAfter');
  return { phone, nextMs, notAfterMs };
}

export function checkedTaskChange(change: OutboundTaskChange): void {
  if (change.status !== undefined) oneOf(OUTBOUND_TASK_STATUSES, change.status, 'outbound task status');
  if (change.conclusion != null) oneOf(CALL_CONCLUSIONS, change.conclusion, 'call conclusion');
  if (change.nextAttemptAt !== undefined) validDate(change.nextAttemptAt, 'nextAttemptAt');
  if (change.claimedUntil != null) validDate(change.claimedUntil, 'claimedUntil');
  if (change.result !== undefined) checkedResult(change.result);
  if (change.attempts !== undefined && (!Number.isInteger(change.attempts) || change.attempts < 0)) throw new RangeError('attempts must be an integer >= 0');
}

export function checkedAttemptStatus(status: string): void {
  oneOf(ATTEMPT_STATUSES, status, 'call status');
}

function checkedResult(result: CallResult): void {
  if (!result || typeof result !== 'object') throw new RangeError('a call result is an object');
  if (result.satisfaction !== undefined) checkedSatisfaction(result.satisfaction);
}

export function checkedSatisfaction(value: Satisfaction): void {
  oneOf(SATISFACTION, value, 'satisfaction');
}

export function checkedCampaignStatus(status: CampaignStatus): void {
  oneOf(CAMPAIGN_STATUSES, status, 'campaign status');
}

function checkedText(text: LocalizedText | null | undefined, name: string, required: boolean): void {
  if (text == null) {
    if (required) throw new RangeError(`${name} is required`);
    return;
  }
  if (typeof text !== 'object' || typeof text['zh-CN'] !== 'string' || !text['zh-CN'].trim()) throw new RangeError(`${name} needs its zh-CN text`);
  for (const [locale, value] of Object.entries(text)) {
    if (!isLocale(locale)) throw new RangeError(`${name}: unknown locale '${locale}'`);
    if (typeof value !== 'string' || !value.trim()) throw new RangeError(`${name}.${locale} must be text`);
  }
}

export function checkedCampaign(c: NewCampaign): { startsMs: number; endsMs: number } {
  if (typeof c.name !== 'string' || !c.name.trim()) throw new RangeError('a campaign needs a name');
  checkedText(c.purpose, 'purpose', true);
  checkedText(c.message, 'message', true);
  checkedText(c.offer, 'offer', false);
  const startsMs = validDate(c.startsAt, 'startsAt');
  const endsMs = validDate(c.endsAt, 'endsAt');
  if (startsMs >= endsMs) throw new RangeError('a campaign must end after it starts');
  if (typeof c.createdBy !== 'string' || !c.createdBy.trim()) throw new RangeError('a campaign names who created it');
  return { startsMs, endsMs };
}
