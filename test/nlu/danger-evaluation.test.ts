import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { recognizeSync } from '../../src/nlu/recognizer.js';
import { formatReport, evaluate, isHeldOut, loadFixtures } from '../../src/nlu/evaluation.js';

// N10 floors on every evaluation set: every danger utterance is danger (recall 100%), and a
// hazard word inside a place name never is. The independent sets (written without the
// lexicon, test/fixtures/nlu/independent/README.md) tag place names `place-name`. The
// project's own sets are held to the same in evaluation.test.ts.
const INDEPENDENT = fileURLToPath(new URL('../fixtures/nlu/independent', import.meta.url));

interface Tagged {
  text: string;
  intent: string | null;
  tags: string[];
  locale: Locale;
}

function independent(set: 'dev' | 'dev-2' | 'dev-3' | 'test' | 'test-3' | 'test-4'): Tagged[] {
  return LOCALES.flatMap((locale) => {
    const data = JSON.parse(readFileSync(`${INDEPENDENT}/${set}/${locale}.json`, 'utf8')) as {
      cases: { text: string; intent: string | null; tags?: string[] }[];
    };
    return data.cases.map((c) => ({ text: c.text, intent: c.intent, tags: c.tags ?? [], locale }));
  });
}

const isDanger = (c: { text: string; locale: Locale }): boolean => recognizeSync(c.text, c.locale)?.intent === 'danger';

describe('N10: danger recall and place-name false alarms on the independent dev set', () => {
  const dev = independent('dev');

  it('every danger utterance is danger', () => {
    const danger = dev.filter((c) => c.intent === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(40);
    expect(danger.filter((c) => !isDanger(c)).map((c) => c.text)).toEqual([]);
  });

  it('no place name is danger, nor any other non-danger line', () => {
    expect(dev.filter((c) => c.tags.includes('place-name')).length).toBeGreaterThanOrEqual(10);
    expect(dev.filter((c) => c.intent !== 'danger' && isDanger(c)).map((c) => c.text)).toEqual([]);
  });
});

// The held-out set is only scored: the assertions count, they never print an utterance.
describe('N10: danger recall and place-name false alarms on the held-out independent test set', () => {
  const test = independent('test');

  it('every danger utterance is danger', () => {
    const danger = test.filter((c) => c.intent === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(75);
    expect(danger.filter((c) => !isDanger(c)).length, 'danger utterances missed').toBe(0);
  });

  it('no place name is danger', () => {
    const places = test.filter((c) => c.tags.includes('place-name'));
    expect(places.length).toBeGreaterThanOrEqual(24);
    expect(places.filter(isDanger).length, 'place names taken for danger').toBe(0);
  });
});

// The second danger-heavy set, once held out as test-2, was partly seen and retired to development
// use as dev-2 (its README): it may be read, so its failures are printed, and it is held to the
// issue's bar.
describe('N10: danger recall and place-name false alarms on the second development set (dev-2)', () => {
  const dev2 = independent('dev-2');

  it('every danger utterance is danger', () => {
    const danger = dev2.filter((c) => c.intent === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(190);
    expect(danger.filter((c) => !isDanger(c)).map((c) => c.text)).toEqual([]);
  });

  it('no place name, negation or other non-danger line is danger', () => {
    expect(dev2.filter((c) => c.tags.includes('place-name')).length).toBeGreaterThanOrEqual(45);
    expect(dev2.filter((c) => c.intent !== 'danger' && isDanger(c)).map((c) => c.text)).toEqual([]);
  });
});

// The third danger-heavy development set (dev-3, written with test-4 by an independent writer, on
// other situations): read and learned from, held to the bar.
describe('N10: danger recall and false alarms on the third development set (dev-3)', () => {
  const dev3 = independent('dev-3');

  it('every danger utterance is danger', () => {
    const danger = dev3.filter((c) => c.intent === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(200);
    expect(danger.filter((c) => !isDanger(c)).map((c) => c.text)).toEqual([]);
  });

  it('no place name, negation or other non-danger line is danger', () => {
    expect(dev3.filter((c) => c.tags.includes('place-name')).length).toBeGreaterThanOrEqual(45);
    expect(dev3.filter((c) => c.intent !== 'danger' && isDanger(c)).map((c) => c.text)).toEqual([]);
  });
});

// The fresh danger-heavy held-out set (test-3, written after test-2 was seen): scored only, never
// read nor tuned on; the assertions count and never print an utterance. Its first scoring
// (docs/nlu.md) missed 9 of 238 danger lines and took 2 of 67 place names for danger: the floors
// keep it from getting worse; the bar (0 and 0) is not met on it.
const DANGER_MISSED_TEST3 = 9;
const PLACE_ALARMS_TEST3 = 2;
describe('N10: danger recall and place-name false alarms on the third held-out set (test-3), scored only', () => {
  const test3 = independent('test-3');

  it('danger recall holds its first, untuned measurement (229 of 238)', () => {
    const danger = test3.filter((c) => c.intent === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(230);
    expect(danger.filter((c) => !isDanger(c)).length, 'danger utterances missed').toBeLessThanOrEqual(DANGER_MISSED_TEST3);
  });

  it('place-name false alarms hold their first measurement (at most 2 of 67)', () => {
    const places = test3.filter((c) => c.tags.includes('place-name'));
    expect(places.length).toBeGreaterThanOrEqual(60);
    expect(places.filter(isDanger).length, 'place names taken for danger').toBeLessThanOrEqual(PLACE_ALARMS_TEST3);
  });

  it('its report names no utterance (nlu:eval prints counts only for every held-out set)', () => {
    expect(isHeldOut('independent/test-3/zh-CN')).toBe(true);
    const cases = loadFixtures(INDEPENDENT.replace(/\/independent$/, ''), { sets: ['independent/test-3'] });
    const report = formatReport(evaluate(cases, (text, locale) => recognizeSync(text, locale)), { aggregate: true });
    for (const c of cases.slice(0, 50)) expect(report.includes(c.text)).toBe(false);
  });
});

// The fourth held-out set (test-4, rural and road situations, written fresh with dev-3): scored once
// after the dev-3 work (docs/nlu.md): 10 of 243 danger lines missed, 3 of 69 place names taken for
// danger. Floors, never read; the bar is not met on it either.
describe('N10: danger recall and place-name false alarms on the fourth held-out set (test-4), scored only', () => {
  const test4 = independent('test-4');

  it('danger recall holds its first measurement (233 of 243)', () => {
    const danger = test4.filter((c) => c.intent === 'danger');
    expect(danger.length).toBeGreaterThanOrEqual(240);
    expect(danger.filter((c) => !isDanger(c)).length, 'danger utterances missed').toBeLessThanOrEqual(10);
  });

  it('place-name false alarms hold their first measurement (at most 3 of 69)', () => {
    const places = test4.filter((c) => c.tags.includes('place-name'));
    expect(places.length).toBeGreaterThanOrEqual(65);
    expect(places.filter(isDanger).length, 'place names taken for danger').toBeLessThanOrEqual(3);
  });

  it('is held out: its report names no utterance', () => {
    expect(isHeldOut('independent/test-4/en-US')).toBe(true);
    const cases = loadFixtures(INDEPENDENT.replace(/\/independent$/, ''), { sets: ['independent/test-4'] });
    const report = formatReport(evaluate(cases, (text, locale) => recognizeSync(text, locale)), { aggregate: true });
    for (const c of cases.slice(0, 50)) expect(report.includes(c.text)).toBe(false);
  });
});
