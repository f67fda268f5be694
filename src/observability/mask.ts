/**
 * Personal data kept out of log lines. Fields that hold it (phone, caller, name, address,
 * account, what the caller said) are redacted by key in the logger (logger.ts); this masks what
 * can be recognized inside free text: a log message, an error message from a store.
 *   - phone numbers and account numbers (7 or more digits): all but the last 4 digits starred,
 *     as the IVR itself discloses only an account's last four (户号尾号);
 *   - e-mail addresses: the part before @;
 *   - street addresses (路/街/巷/弄/村/号/栋/单元/室): replaced whole.
 * Names in free text cannot be recognized reliably: code never writes them into messages.
 */

/** 7+ digits, with a leading + or not; not a part of an id (CA5f0123456789…, a UUID's digits). */
const LONG_NUMBER = /(?<![\w-])\+?\d{7,}(?![\w-])/g;
const EMAIL = /[\w.+-]+@([\w-]+\.)+[\w-]{2,}/g;
/** A Chinese street address: place words, then a road or village, then the house part. */
const ADDRESS = /[\u4e00-\u9fff\d]{0,12}(?:路|街|大道|巷|弄|村|胡同)[\u4e00-\u9fff\dA-Za-z号栋幢单元室楼层组-]{0,24}|[\u4e00-\u9fff\d]{0,12}\d+(?:号|栋|幢|单元|室)[\u4e00-\u9fff\dA-Za-z号栋幢单元室楼层-]{0,16}/g;

export const MASKED_ADDRESS = '[address]';

/** A number with all but its last four digits starred (a leading + kept). */
export function maskNumber(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  const kept = digits.slice(-4);
  return `${raw.startsWith('+') ? '+' : ''}${'*'.repeat(Math.max(0, digits.length - kept.length))}${kept}`;
}

/** `text` with phone/account numbers, e-mail addresses and street addresses masked. */
export function maskPersonalData(text: string): string {
  // Cheap exit for the common case (fixed messages, ids): nothing that could be masked.
  if (!/\d{7}|@|[路街巷弄村胡号栋幢元室]/.test(text)) return text;
  return text
    .replace(EMAIL, (email) => `***@${email.split('@')[1]}`)
    .replace(ADDRESS, MASKED_ADDRESS)
    .replace(LONG_NUMBER, maskNumber);
}

/** The logger's censor for a redacted field: numbers keep their last four digits, anything else is hidden. */
export function censorField(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  if (typeof value === 'string' && /^\+?[\d -]{7,}$/.test(value)) return maskNumber(value);
  return '[redacted]';
}
