import type { PromptValues } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import type { DialogueContext } from './context.js';
import { surnameOf, verificationFor, verificationOf } from './disclosure.js';
import { gist } from './gist.js';

/** How much of a place and of a member of staff a read-back says (the gist's first clauses, gist.ts). */
const WHERE_UNITS = 12;
const WHO_UNITS = 8;

/**
 * The values prompts may interpolate, projected from the context. Raw values only:
 * how a digit, a name, a time or an amount is said per locale is the prompts' business (src/prompts).
 */
export function promptValues(context: DialogueContext, locale: Locale): PromptValues {
  const subject = context.customer ?? context.candidate;
  const { fault, answers, ticket } = context;
  // The outage told once the caller is identified, while its offer is open (issue 14 item 6).
  const told = context.notice?.answer === null ? context.notice : null;
  // Planned work to come, told without an offer: its place and period, unless the call found another.
  const upcoming = context.notice?.answer === 'told' ? context.notice : null;
  // Last, the outage in force told earlier, whatever was answered: "什么时候来电" is answered from it (outage.restoreAt).
  const inForce = context.notice && !context.notice.upcoming ? context.notice : null;
  const outage = fault.outage ?? told?.outage ?? context.scheduledOutage ?? upcoming?.outage ?? inForce?.outage;
  // Account data only for a verified caller (issue 10 item 1): others get the family name, and
  // the account digits only when they entered them themselves.
  const verified = verificationOf(context) !== null;
  const statement = verified ? context.statement : null;
  // The addresses of the two accounts on the phone caller's own number, to choose from: caller ID
  // verifies both, so they may be said; a claimed number never hears one (issue 10 item 1).
  const [first, second] = context.candidates ?? [];
  const offered = first && second && verificationFor(context, first) === 'caller_id' && verificationFor(context, second) === 'caller_id';
  const values: PromptValues = {
    company: context.company,
    companyShort: context.company,
    reminder: context.reminder ?? null,
    // A record begun before the hours were configured hears the default (src/prompts/opening-hours.ts).
    serviceHours: context.serviceHours ?? 'daily 09:00-17:00',
    account: subject && (verified || subject.account === context.accountEntered) ? subject.account : null,
    accountTail: subject && verified ? subject.account.slice(-4) : null,
    name: subject && verified ? subject.name : null,
    // Described once (弓长张), then said alone (issue 14).
    nameDescribed: context.nameDescribed === true ? true : null,
    surname: subject ? surnameOf(subject.name) : null,
    // The place the caller gave (an application's address, a fault's), else a verified caller's own.
    address: answers.address ?? fault.address ?? (verified ? (subject?.address ?? null) : null),
    area: fault.area?.name ?? told?.area.name ?? upcoming?.area.name ?? inForce?.area.name ?? null,
    firstAddress: offered ? first.address : null,
    secondAddress: offered ? second.address : null,
    restoreAt: outage?.expectedRestoreAt ?? null,
    outagePeriod: outage?.startsAt && outage.expectedRestoreAt ? `${outage.startsAt}/${outage.expectedRestoreAt}` : null,
    ticket: ticket?.id ?? context.progress?.ticket ?? null,
    // A progress query (查进度): the repair's promise.
    arriveBy: context.progress?.arriveBy ?? null,
    minutes: ticket?.kind === 'repair' ? ticket.promisedArrivalMinutes : null,
    // What the caller told, in its gist for a read-back (N8); the work order keeps every word.
    description: fault.description === null ? null : gist(fault.description),
    // Since when the power is out (N8, issue 14 item 4), unless the description's gist says it already.
    since: fault.since && !(fault.description && gist(fault.description).includes(fault.since)) ? fault.since : null,
    deadline: ticket?.replyDueAt ?? answers.callbackDueAt ?? context.progress?.replyBy ?? null,
    what: answers.what === undefined ? null : gist(answers.what),
    // A complaint's time is the one its answer names (none: not read back); a report's, its story's.
    when: answers.whenSaid ?? answers.when ?? null,
    // Where and who in a few words (N8, N2: the read-back fits the turn budget); the order keeps every word.
    where: answers.where ? gist(answers.where, WHERE_UNITS, { wentWrong: false }) : null,
    who: answers.who ? gist(answers.who, WHO_UNITS, { wentWrong: false }) : null,
    // A part the caller did not know: the read-back says we will look into it (N8).
    unsure: answers.unsure ?? null,
    details: answers.details === undefined ? null : gist(answers.details),
    // What a report (举报) is of; its read-back says it in the caller's language, by the key nested
    // in report.readBack: 'report.theft', 'report.misconduct' or 'report.other'.
    reportType: answers.reportType ?? null,
    balance: statement?.balance ?? null,
    billPeriod: statement?.lastBill?.period ?? null,
    billAmount: statement?.lastBill?.amount ?? null,
    billKwh: statement?.lastBill?.kwh ?? null,
    billDueDate: statement?.lastBill?.dueDate ?? null,
    // The number a crew calls back on (N8: read back digit by digit), as the caller dials it.
    contact: localNumber(answers.contact ?? context.caller),
    // How a chat customer we could not name asked to be addressed (issue 14): the report's contact person.
    contactName: answers.contactName || null,
    // The report registers the caller on an outage found on the place: its number questions say so.
    onOutage: fault.outage ? true : null,
    heardDigits: context.heardDigits ?? null,
    heardCount: context.heardDigits ? context.heardDigits.length : null,
    notice: noticeFor(context.announcement, locale),
  };
  // The values set, in their order (one copy: this runs every turn).
  const set: Record<string, unknown> = {};
  for (const key in values) {
    const value = values[key];
    if (value !== null) set[key] = value;
  }
  return set as PromptValues;
}

/**
 * The supervisor's notice in the caller's language (N4, N21): Mandarin and Cantonese callers read
 * each other's Chinese; an English caller is never read a Chinese notice (null: the chart says a
 * notice of its own, greeting.announcementUntranslated).
 */
export function noticeFor(announcement: DialogueContext['announcement'], locale: Locale): string | null {
  if (!announcement) return null;
  if (announcement[locale]) return announcement[locale];
  if (locale === 'en-US') return null;
  return announcement[locale === 'zh-CN' ? 'yue-HK' : 'zh-CN'] ?? null;
}

/** +8613800138000 -> 13800138000: a mainland number as the caller knows it; others as they are. */
function localNumber(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d]/g, '');
  return digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits || null;
}
