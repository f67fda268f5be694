/**
 * How a number is grouped when it is read back (N8, issue 14 item 2): as callers say and write
 * numbers, so a listener can follow and check it. A mainland mobile 3-4-4 (138 1234 5678); a
 * landline with its area code apart (010 8888 6666, 0571 8765 4321: 010 and 02x are three digits,
 * other area codes four), its number in groups of 3-4; anything else (a ticket, an account) in
 * groups of three and four, the fours last (261 205 0001, 310 012 3456).
 */

import { LANDLINE, MOBILE } from '../core/phone-number.js';

/** Groups of three and four, the fours last: 7 -> 3-4, 10 -> 3-3-4, 11 -> 3-4-4; four or fewer stay one group. */
function evenGroups(digits: string): string[] {
  const n = digits.length;
  if (n <= 4) return n === 0 ? [] : [digits];
  const count = Math.ceil(n / 4);
  const base = Math.floor(n / count);
  const longer = n % count;
  const groups: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i >= count - longer ? 1 : 0);
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  return groups;
}

/** The groups a string of digits is read in; a value with anything but digits is one group of itself. */
export function digitGroups(digits: string): string[] {
  if (!/^\d+$/.test(digits)) return [digits];
  if (MOBILE.test(digits)) return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)];
  if (LANDLINE.test(digits)) {
    const area = /^0[12]/.test(digits) ? 3 : 4;
    return [digits.slice(0, area), ...evenGroups(digits.slice(area))];
  }
  return evenGroups(digits);
}
