/**
 * Issue 9 item 1: every choice of every question is understood by speech and by typed text, in
 * every locale. Generated from the charts: each ask with choices, each choice, each locale, said in
 * at least two natural ways (test/fixtures/choices/<locale>.json, written as callers answer the
 * question, not from the word lists in locales/words), as a phone transcript and as chat text.
 * The words a help prompt puts in quotes ("请说“整栋楼”") are understood as one of its choices.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpret, type InterpretOptions } from '../../src/engine/interpret.js';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import { inboundCallMachine } from '../../src/machines/inbound-call.js';
import { callbackMachine } from '../../src/machines/callback.js';
import { proactiveMachine } from '../../src/machines/proactive.js';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { asksOf } from '../support/asks.js';
import { choiceByWords } from '../../src/nlu/choice-words.js';

type Said = Record<string, readonly string[]>;
type Fixture = Record<string, Said | string>;

const fixtures = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`../fixtures/choices/${l}.json`, import.meta.url), 'utf8')) as Fixture]),
) as Record<Locale, Fixture>;

function saidFor(locale: Locale, help: string): Said | undefined {
  const entry = fixtures[locale][help];
  return typeof entry === 'string' ? saidFor(locale, entry) : entry;
}

const recognizer = createRecognizer();
const optionsFor = (locale: Locale): InterpretOptions => ({ locale, recognizer, minSpeechConfidence: 0.35 });
const ASKS = asksOf([inboundCallMachine, callbackMachine, proactiveMachine]);
const QUOTED = /[“"「『]([^”"」』]+)[”"」』]/g;

describe('every choice of every ask, by speech and by text, in three locales (issue 9 item 1)', () => {
  it('the charts have the asks this test walks', () => {
    expect(ASKS.length).toBeGreaterThan(25);
    expect(ASKS.map((a) => a.ask.help)).toEqual(expect.arrayContaining(['fault.askScopeHelp', 'report.askAnonymousHelp', 'callback.askSatisfactionHelp']));
  });

  describe.each(ASKS)('$state ($ask.help)', ({ state, ask }) => {
    it.each(LOCALES)('%s: each choice said two natural ways picks it, spoken and typed', async (locale) => {
      // The account choice expects a place (issue 14: "底商那个" chooses by the address): words with a
      // road or a digit in them come as a place, and the chart takes the choice their words name
      // (src/machines/identity.ts chooseAccount, accountByWordsOrKey; test/machines/account-by-address.test.ts).
      const picks = (event: { type: string; text?: string | null }, id: string) =>
        event.type === `choice.${id}` || (state.endsWith('chooseAccount') && event.type === 'text' && choiceByWords(event.text ?? '', ask.choices ?? []) === id);
      const said = saidFor(locale, ask.help);
      expect(said, `test/fixtures/choices/${locale}.json has no "${ask.help}"`).toBeDefined();
      const misses: string[] = [];
      for (const choice of ask.choices ?? []) {
        const ways = said?.[choice.id] ?? [];
        if (ways.length < 2) misses.push(`${choice.id}: fewer than two ways to say it`);
        for (const words of ways) {
          const spoken = await interpret({ type: 'speech', transcript: words, confidence: 0.9 }, ask, optionsFor(locale));
          const typed = await interpret({ type: 'text', text: words }, ask, optionsFor(locale));
          if (!picks(spoken, choice.id)) misses.push(`said "${words}" -> ${JSON.stringify(spoken)}, not ${choice.id}`);
          if (!picks(typed, choice.id)) misses.push(`typed "${words}" -> ${JSON.stringify(typed)}, not ${choice.id}`);
        }
      }
      expect(misses).toEqual([]);
    });

    it.each(LOCALES)('%s: the words its help prompt suggests are understood', async (locale) => {
      const help = getCatalogue().entries.get(locale)?.get(ask.help) ?? '';
      const ids = new Set((ask.choices ?? []).map((c) => `choice.${c.id}`));
      const misses: string[] = [];
      for (const [, words] of help.matchAll(QUOTED)) {
        const event = await interpret({ type: 'speech', transcript: words as string, confidence: 0.9 }, ask, optionsFor(locale));
        if (!ids.has(event.type)) misses.push(`"${words}" -> ${JSON.stringify(event)}`);
      }
      expect(misses).toEqual([]);
    });
  });
});
