import type { PromptValues } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';
import type { DialogueContext } from './context.js';
import { registeredPhoneFor, surnameOf, verificationOf } from './disclosure.js';

/**
 * The values prompts may interpolate, projected from the context. Raw values only:
 * how a digit, a name, a time or an amount is said per locale is the prompts' business (src/prompts).
 */
export function promptValues(context: DialogueContext, locale: Locale): PromptValues {
  const subject = context.customer ?? context.candidate;
  const { fault, answers, ticket } = context;
  const outage = fault.outage ?? context.scheduledOutage;
  // Account data only for a verified caller (issue 10 item 1): others get the family name, and
  // the account digits only when they entered them themselves.
  const verified = verificationOf(context) !== null;
  const statement = verified ? context.statement : null;
  const codePhone = context.pendingCode?.phone ?? registeredPhoneFor(context, context.customer);
  const values: PromptValues = {
    company: context.company,
    account: subject && (verified || subject.account === context.accountEntered) ? subject.account : null,
    accountTail: subject && verified ? subject.account.slice(-4) : null,
    name: subject && verified ? subject.name : null,
    surname: subject ? surnameOf(subject.name) : null,
    phoneTail: codePhone ? codePhone.slice(-4) : null,
    address: fault.address ?? (verified ? (subject?.address ?? null) : null),
    area: fault.area?.name ?? null,
    restoreAt: outage?.expectedRestoreAt ?? null,
    outageStart: outage?.startsAt ?? null,
    ticket: ticket?.id ?? null,
    minutes: ticket?.kind === 'repair' ? ticket.promisedArrivalMinutes : null,
    description: fault.description,
    deadline: ticket?.replyDueAt ?? answers.callbackDueAt ?? null,
    what: answers.what ?? null,
    when: answers.when ?? null,
    where: answers.where ?? null,
    who: answers.who || null,
    details: answers.details ?? null,
    balance: statement?.balance ?? null,
    billPeriod: statement?.lastBill?.period ?? null,
    billAmount: statement?.lastBill?.amount ?? null,
    billKwh: statement?.lastBill?.kwh ?? null,
    billDueDate: statement?.lastBill?.dueDate ?? null,
    // The number a crew calls back on (N8: read back digit by digit), as the caller dials it.
    contact: localNumber(answers.contact ?? context.caller),
    heardDigits: context.heardDigits ?? null,
    heardCount: context.heardDigits ? context.heardDigits.length : null,
    notice: context.announcement ? (context.announcement[locale] ?? context.announcement['zh-CN'] ?? null) : null,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}

/** +8613800138000 -> 13800138000: a mainland number as the caller knows it; others as they are. */
function localNumber(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d]/g, '');
  return digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits || null;
}
