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

function independent(set: 'dev' | 'dev-2' | 'dev-3' | 'dev-4' | 'dev-5' | 'dev-6' | 'dev-7' | 'test' | 'test-3' | 'test-4' | 'test-5' | 'test-6' | 'test-7' | 'test-8' | 'test-9'): Tagged[] {
  return LOCALES.flatMap((locale) => {
    const data = JSON.parse(readFileSync(`${INDEPENDENT}/${set}/${locale}.json`, 'utf8')) as {
      cases: { text: string; intent: string | null; tags?: string[] }[];
    };
    return data.cases.map((c) => ({ text: c.text, intent: c.intent, tags: c.tags ?? [], locale }));
  });
}

const isDanger = (c: { text: string; locale: Locale }): boolean => recognizeSync(c.text, c.locale)?.intent === 'danger';

type SetName = Parameters<typeof independent>[0];

/**
 * A development set may be read: its failures are printed, and it is held to the bar
 * (every danger line is danger, no other line is).
 */
function heldToTheBar(set: SetName, title: string, least: { danger: number; places: number }) {
  describe(`N10: danger recall and false alarms on ${title} (${set})`, () => {
    const lines = independent(set);

    it('every danger utterance is danger', () => {
      const danger = lines.filter((c) => c.intent === 'danger');
      expect(danger.length).toBeGreaterThanOrEqual(least.danger);
      expect(danger.filter((c) => !isDanger(c)).map((c) => c.text)).toEqual([]);
    });

    it('no place name, negation or other non-danger line is danger', () => {
      expect(lines.filter((c) => c.tags.includes('place-name')).length).toBeGreaterThanOrEqual(least.places);
      expect(lines.filter((c) => c.intent !== 'danger' && isDanger(c)).map((c) => c.text)).toEqual([]);
    });
  });
}

/**
 * A held-out set is only scored: the assertions count and never print an utterance, and its report
 * names none. `most` are the floors: its first scoring (docs/nlu.md), kept from getting worse.
 */
function scoredOnly(
  set: SetName,
  title: string,
  least: { danger: number; places: number },
  most: { missed: number; placeAlarms: number; hazardWordAlarms?: number },
) {
  describe(`N10: danger recall and place-name false alarms on ${title} (${set}), scored only`, () => {
    const lines = independent(set);

    it(`at most ${most.missed} danger utterances missed`, () => {
      const danger = lines.filter((c) => c.intent === 'danger');
      expect(danger.length).toBeGreaterThanOrEqual(least.danger);
      expect(danger.filter((c) => !isDanger(c)).length, 'danger utterances missed').toBeLessThanOrEqual(most.missed);
    });

    it(`at most ${most.placeAlarms} place names taken for danger`, () => {
      const places = lines.filter((c) => c.tags.includes('place-name'));
      expect(places.length).toBeGreaterThanOrEqual(least.places);
      expect(places.filter(isDanger).length, 'place names taken for danger').toBeLessThanOrEqual(most.placeAlarms);
    });

    if (most.hazardWordAlarms !== undefined) {
      it(`at most ${most.hazardWordAlarms} hazard words in other senses taken for danger`, () => {
        const other = lines.filter((c) => c.tags.includes('hazard-word') && c.intent !== 'danger');
        expect(other.length).toBeGreaterThanOrEqual(30);
        expect(other.filter(isDanger).length, 'hazard words in other senses taken for danger').toBeLessThanOrEqual(most.hazardWordAlarms!);
      });
    }

    it('is held out: its report names no utterance', () => {
      expect(isHeldOut(`independent/${set}/zh-CN`)).toBe(true);
      const cases = loadFixtures(INDEPENDENT.replace(/\/independent$/, ''), { sets: [`independent/${set}`] });
      const report = formatReport(evaluate(cases, (text, locale) => recognizeSync(text, locale)), { aggregate: true });
      for (const c of cases.slice(0, 50)) expect(report.includes(c.text)).toBe(false);
    });
  });
}

heldToTheBar('dev', 'the independent dev set', { danger: 40, places: 10 });
// test-2, partly seen, was retired to development use as dev-2 (its README).
heldToTheBar('dev-2', 'the second development set', { danger: 190, places: 45 });
// Written with test-4 by an independent writer, on other situations.
heldToTheBar('dev-3', 'the third development set', { danger: 200, places: 45 });
// Everyday calls with many out-of-scope lines (issue 9 item 6): hazard words in other senses too.
heldToTheBar('dev-4', 'the fourth development set', { danger: 30, places: 0 });
// Written by the lead (2026-12-03) before reading the danger rules that session: rural, storms, works, appliances.
heldToTheBar('dev-5', 'the fifth development set', { danger: 120, places: 12 });
// Written by an independent writer with test-5 (2026-12-03): workplaces, markets, schools, railways.
heldToTheBar('dev-6', 'the sixth development set', { danger: 180, places: 45 });
// Written by the evalset6 helper with test-6 (2026-12-03): deny/affirm, fresh out-of-scope topics, danger in fresh
// situations (a night market, a lift pit, a fishing boat's shore cable). First run 76 of 82, 6 false alarms (docs/nlu.md).
heldToTheBar('dev-7', 'the seventh development set', { danger: 80, places: 30 });

// The first held-out set reached the bar after its danger part was partly learned from (docs/nlu.md).
scoredOnly('test', 'the held-out independent test set', { danger: 75, places: 24 }, { missed: 0, placeAlarms: 0 });
// Fresh sets, each scored once after the development work before it: 229 of 238 and 2 of 67 place
// names (test-3), 233 of 243 and 3 of 69 (test-4); rescored (counts only) after dev-5's kinds were
// fixed, 2026-12-03: 230 of 238 and 2 of 67, 233 of 243 and 2 of 69. The bar (0 and 0) is not met on them.
scoredOnly('test-3', 'the third held-out set', { danger: 230, places: 60 }, { missed: 8, placeAlarms: 2 });
scoredOnly('test-4', 'the fourth held-out set', { danger: 240, places: 65 }, { missed: 10, placeAlarms: 2 });
// Written fresh with dev-6 (2026-12-03), scored once after this session's work: 145 of 148, 2 of 48 place names.
scoredOnly('test-5', 'the fifth held-out set', { danger: 145, places: 45 }, { missed: 3, placeAlarms: 2 });
// Written fresh with dev-7 (2026-12-03), scored after the dev-7 work, counts only: 129 of 133, 3 of 42
// place names (8 non-danger lines taken for danger in all); 130 of 133 after the danger composition. The
// issue's bar (0 and 0) is not met on it.
scoredOnly('test-6', 'the sixth held-out set', { danger: 130, places: 40 }, { missed: 3, placeAlarms: 3 });
// Written fresh (2026-12-03) while nobody tuned on it, scored first on main after the dev-7 work and again
// after the reject-by-evidence change, counts only: 128 of 133 both times, 2 of 38 place names; 129 of 133
// after the danger composition (2026-12-03, third session).
scoredOnly('test-7', 'the seventh held-out set', { danger: 130, places: 36 }, { missed: 4, placeAlarms: 2 });
// Written fresh by the evalset8 helper (2026-12-03, third session), held out; scored before this session's
// recognizer work and after it, counts only: 209 of 213 both times, 2 of 51 place names (17 and 16 of 508
// non-danger lines taken for danger; most are hazard words in other senses: a question about safety, a drill).
// After the "not here and now" reading (danger-context.ts, danger8, 2026-12-04), counts only: 209 of 213, 2 of 51
// place names, hazard words in other senses taken for danger 12 -> 4 of 35 (16 -> 8 of 508 non-danger lines).
scoredOnly('test-8', 'the eighth held-out set', { danger: 210, places: 50 }, { missed: 4, placeAlarms: 2, hazardWordAlarms: 4 });
// Written fresh by the evalset9 helper (2026-12-04), held out. Scored on main 154a0b0 before the session's
// recognizer work: 227 of 233, 0 of 60 place names, 21 of 60 hazard words in other senses taken for danger
// (25 of 605 non-danger lines); after the "not here and now" reading (counts only): 226 of 233, 0 of 60,
// 16 of 60 (20 of 605). The bar (all danger heard, no false alarm) is unmet on it.
scoredOnly('test-9', 'the ninth held-out set', { danger: 230, places: 60 }, { missed: 7, placeAlarms: 0, hazardWordAlarms: 16 });
