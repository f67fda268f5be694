/**
 * What a callback number may be (N8, N11, issue 14 item 2): a mainland mobile (1, 3-9, nine digits)
 * or a landline with its area code (0, a code of two or three digits after it, 7 or 8 digits).
 */
export const MOBILE = /^1[3-9]\d{9}$/;
/** A mobile number inside other words ("我电话是13912345678"): not part of a longer run of digits. */
export const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/;
export const LANDLINE = /^0(?:[12]\d\d{7,8}|[3-9]\d\d\d{7,8})$/;

export function isPhoneNumber(digits: string): boolean {
  return MOBILE.test(digits) || LANDLINE.test(digits);
}
