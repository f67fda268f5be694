import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { recognizeSync } from '../../src/nlu/recognizer.js';

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

function independent(set: 'dev' | 'test'): Tagged[] {
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
