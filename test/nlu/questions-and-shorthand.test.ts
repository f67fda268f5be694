import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { recognizeSync } from '../../src/nlu/recognizer.js';

// Issue 9 item 6 (N9): English as callers type it, and safety asked as a question. Lines written for
// this test, apart from the training data and every evaluation set.
describe('English chat shorthand and spoken contractions are understood (normalize.ts)', () => {
  it.each([
    ['r u open on saturday', 'consultation'],
    ['do u guys work on holidays', 'consultation'],
    ['wen is the pwr coming back', 'outage_query'],
    ['y all gonna send somebody, aint got no electricty since b4 dinner', 'fault_report'],
    ['wanna pay my bill rn', 'bill_query'],
  ] as const)('"%s" -> %s', (text, intent) => {
    expect(recognizeSync(text, 'en-US')?.intent).toBe(intent);
  });
});

describe('safety asked as a question is a consultation, a theft told of is a report', () => {
  it.each([
    ['zh-CN', '家里的取暖器开一整晚安不安全', 'consultation'],
    ['yue-HK', '部抽濕機開成晚安唔安全', 'consultation'],
    ['en-US', 'is it safe to leave the space heater on overnight', 'consultation'],
    ['en-US', 'the guy across the street gets free electricity off the pole, i want to turn him in', 'report'],
  ] as [Locale, string, string][])('%s "%s" -> %s', (locale, text, intent) => {
    expect(recognizeSync(text, locale)?.intent).toBe(intent);
  });
});
