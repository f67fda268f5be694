/**
 * Phone numbers are stored and looked up in E.164. Twilio sends E.164 already; a chat user
 * or a keypad entry gives "138 0013 8000" or "13800138000", which must find the same customer.
 */
export function normalizePhone(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (!digits) return trimmed;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  // Mainland mobile: 11 digits starting with 1.
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`;
  if (/^861[3-9]\d{9}$/.test(digits)) return `+${digits}`;
  // Mainland landline with trunk prefix: 0 + area code + number.
  if (/^0[1-9]\d{8,10}$/.test(digits)) return `+86${digits.slice(1)}`;
  return digits;
}
