/**
 * Issue 9 item 2: English learnt by kind (from dev-8 and the other dev sets; these lines are written
 * for this test). N10: a hazard the caller denies is no danger, and what is left is the need; N9: a
 * street named with a word of ours is an address, not another business.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';

const recognizer = createRecognizer();
const intentOf = (text: string, locale: Locale = 'en-US') => recognizer.recognizeSync(text, locale)?.intent ?? null;

describe('a hazard denied, then the need (N10)', () => {
  it.each([
    ['the breaker box looks fine no smoke, the meter just isn\'t spinning', 'fault_report'],
    ['no lines down out front, the lights just won\'t come on', 'fault_report'],
    ['the meter box is fine no fire but only our unit is dark', 'fault_report'],
    ['there is no smoke at all, i just want to check my bill', 'bill_query'],
  ] as const)('"%s": %s, not danger and not nothing', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
  it('a denied hazard beside another\'s business is still not ours: "no sparks or anything, my phone just won\'t charge"', () => {
    expect(intentOf('no sparks or anything, my phone just won\'t charge')).toBeNull();
  });
});

describe('a street named with a word of ours is an address (N9)', () => {
  it.each([
    ['I\'m at 40 Powerhouse Street, is last month\'s bill paid', 'bill_query'],
    ['Cable Road, the whole stretch is dark', 'fault_report'],
    ['I live at 12 Electric Avenue, was my bill paid', 'bill_query'],
  ] as const)('"%s": %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
  it('the street does not make another business ours: "I\'m on Light Lane and my gas bill is way too high"', () => {
    expect(intentOf('I\'m on Light Lane and my gas bill is way too high')).toBeNull();
  });
});
