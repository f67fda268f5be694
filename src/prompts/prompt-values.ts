/**
 * The values a prompt may interpolate, and the formatter each one is always said with.
 * The parity test holds every template to this list.
 */
export const PROMPT_VALUE_FORMATS = {
  /** The company as configured in Mandarin; said in the prompt's locale. */
  company: 'company',
  /** The same company, in the short form the inbound welcome names it by (杭州供电, issue 14 item 4). */
  companyShort: 'companyShort',
  /** The service centres' opening hours as configured, `daily 09:00-17:00` (src/prompts/opening-hours.ts, issue 14 item 6). */
  serviceHours: 'openingHours',
  /** Which chase of a ticket a 催办 is (2: the second), said as a number (issue 14 item 5). */
  reminder: null,
  account: 'digits',
  accountTail: 'digits',
  name: 'nameChars',
  /** Not said: true once the name's characters were described this call; `nameChars` then says the name alone (issue 14). */
  nameDescribed: null,
  /** The masked form of the holder's name, for a caller not yet verified (issue 10 item 1). */
  surname: 'nameChars',
  /** A one-time verification code, in the SMS only. */
  code: null,
  address: 'place',
  area: 'place',
  /** The addresses of the two accounts on the phone caller's own number, to choose one (N8). */
  firstAddress: 'place',
  secondAddress: 'place',
  restoreAt: 'time',
  /** An outage's start and expected end, `start/end` (ISO 8601 interval). */
  outagePeriod: 'period',
  ticket: 'digits',
  /** A span of minutes (a promised arrival, a code's validity): 2小时, 45分钟. */
  minutes: 'duration',
  description: null,
  /** Since when a fault's power is out, in the caller's time words (昨晚8点), when said (N8). */
  since: null,
  /** The supervisor's announcement, already in the conversation's locale (N21). */
  notice: null,
  /** A number of the wrong length as it was heard, and how many digits it had (N8: read back, ask again). */
  heardDigits: 'digits',
  heardCount: null,
  /** The number a crew calls back on, read back digit by digit (N8). */
  contact: 'digits',
  /** How a chat customer we could not name asked to be addressed ("姓王", "王女士", "John Lee"): said as written (issue 14). */
  contactName: null,
  /** Not said: true while a fault report registers the caller on an outage found on the place (its number questions say so). */
  onOutage: null,
  /** Reply or callback deadline of a complaint or a question (N11, N14). */
  deadline: 'time',
  /** A progress query (查进度): when the repair's crew was promised by. */
  arriveBy: 'time',
  /** A complaint in the caller's own words (N13): what, when, where, who. */
  what: null,
  when: null,
  where: null,
  who: null,
  /** A report (举报) in the caller's own words. */
  details: null,
  /** What a report is of (theft, misconduct, other): the read-back names it by its own key (report.theft …). */
  reportType: null,
  /** Yuan; negative when the account is in arrears. */
  balance: 'balance',
  billAmount: 'money',
  billKwh: 'energy',
  billPeriod: 'month',
  billDueDate: 'date',
  /** The number a callback goes to, as the customer confirmed it, written for reading (issue 12). */
  phone: null,
  /** The person who took over a chat, as they are named on the duty desk (issue 12). */
  agent: null,
  /** Outbound calls (N16-N18): the customer's name as said in the identity question (no character descriptions). */
  customerName: null,
  /** What a callback tells: the work order's result, an answer, the duty supervisor's reply (N17). */
  result: null,
  /** When the customer raised what the callback is about. */
  raisedOn: 'date',
  /** The next call a customer asked for. */
  nextCall: 'time',
  /** A campaign's purpose, message and offer, already in the call's locale (N18). */
  purpose: null,
  message: null,
  offer: null,
} as const satisfies Record<string, string | null>;

export type PromptValueName = keyof typeof PROMPT_VALUE_FORMATS;

/**
 * Values for PromptRef.values: strings (timestamps and dates in ISO 8601, billPeriod as
 * YYYY-MM) except minutes, balance, billAmount (yuan) and billKwh.
 */
export interface PromptValues {
  company?: string;
  companyShort?: string;
  serviceHours?: string;
  reminder?: number;
  account?: string;
  accountTail?: string;
  name?: string;
  nameDescribed?: boolean;
  surname?: string;
  code?: string;
  address?: string;
  area?: string;
  firstAddress?: string;
  secondAddress?: string;
  restoreAt?: string;
  outagePeriod?: string;
  ticket?: string;
  minutes?: number;
  description?: string;
  since?: string;
  notice?: string;
  heardDigits?: string;
  heardCount?: number;
  contact?: string;
  contactName?: string;
  onOutage?: boolean;
  deadline?: string;
  arriveBy?: string;
  what?: string;
  when?: string;
  where?: string;
  who?: string;
  details?: string;
  reportType?: string;
  balance?: number;
  billAmount?: number;
  billKwh?: number;
  billPeriod?: string;
  billDueDate?: string;
  phone?: string;
  agent?: string;
  customerName?: string;
  result?: string;
  raisedOn?: string;
  nextCall?: string;
  purpose?: string;
  message?: string;
  offer?: string;
}

// PromptValues and PROMPT_VALUE_FORMATS name the same values (checked at compile time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: Same<keyof PromptValues, PromptValueName> = true;
void sameNames;
