/**
 * Issue 9: answers at every question, written by someone who never saw the word lists or the
 * recognizer (test/fixtures/choices-heldout, its README). A held-out set: only scored, never read
 * or tuned on, so failures are reported as counts per question and choice, never as the words.
 * "有 电线掉下来了" at the danger question means the choice and danger at once; an answer that
 * means a global command standing for its choice (danger for yes at the danger question, goodbye
 * for no at "anything else?") counts as understood.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/engine/interpret.js';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import type { AskMeta } from '../../src/core/meta.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import { inboundCallMachine } from '../../src/machines/inbound-call.js';
import { callbackMachine } from '../../src/machines/callback.js';
import { proactiveMachine } from '../../src/machines/proactive.js';
import { asksOf } from '../support/asks.js';

type Fixture = Record<string, Record<string, string[]>>;
const fixtures = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`../fixtures/choices-heldout/${l}.json`, import.meta.url), 'utf8')) as Fixture]),
) as Record<Locale, Fixture>;

/**
 * Floors a little under the first scoring (2026-12-02: zh-CN 88.7%, yue-HK 86.3%, en-US 75.9%; docs/nlu.md):
 * they keep what is understood from slipping back; raise them as understanding improves.
 */
const FLOOR: Record<Locale, number> = { 'zh-CN': 0.86, 'yue-HK': 0.85, 'en-US': 0.74 };
// zh-CN 0.87 -> 0.869 (qa14c): the home-address question was removed, and its six answers (all understood) with it.
// zh-CN 0.869 -> 0.86 (lead, 2026-12-04): the chat greeting choice 'hello' got its held-out answers, written by the
// lead from the prompt after the words were written; 2 of the 3 Mandarin ones are not understood (yue-HK, en-US all are).
// Not tuned on: the floor says where it stands.

const recognizer = createRecognizer();
const ASKS = new Map(asksOf([inboundCallMachine, callbackMachine, proactiveMachine]).map((a) => [a.ask.help, a.ask]));

/** An event that means the choice: the choice itself, or the command the choice stands for. */
function means(event: { type: string }, ask: AskMeta, choiceId: string): boolean {
  if (event.type === `choice.${choiceId}`) return true;
  const choice = ask.choices?.find((c) => c.id === choiceId);
  if (event.type === 'danger') return ask.aboutDanger === true && choice?.intents?.includes('affirm') === true;
  if (event.type === 'goodbye') return choice?.intents?.includes('deny') === true || choiceId === 'no';
  return false;
}

async function score(locale: Locale) {
  let total = 0;
  let right = 0;
  const misses = new Map<string, number>();
  for (const [help, said] of Object.entries(fixtures[locale])) {
    const ask = ASKS.get(help);
    if (!ask) continue;
    for (const [choiceId, answers] of Object.entries(said)) {
      for (const words of answers) {
        total++;
        const event = await interpret({ type: 'speech', transcript: words, confidence: 0.9 }, ask, { locale, recognizer, minSpeechConfidence: 0.35 });
        if (means(event, ask, choiceId)) right++;
        else misses.set(`${help} ${choiceId}`, (misses.get(`${help} ${choiceId}`) ?? 0) + 1);
      }
    }
  }
  return { total, right, misses };
}

/**
 * Questions asked since the set was written, awaiting answers from its writer (who alone adds to
 * it); until then test/fixtures/choices covers them. Issue 8: is anyone trapped in the lift? Issue
 * 14: which of the two accounts on the caller's number? the ticket once more? registered on the
 * outage told at once? an agent, when the tries at a ticket or account number are used up? which
 * part of a fault's or a complaint's read-back is wrong (the number may be corrected)? after "不满意"
 * at the close, the bill checked or a complaint?
 */
const ASKED_SINCE = new Set([
  'danger.liftTrappedHelp',
  'identity.chooseAccountHelp',
  'ticket.offerAgainHelp',
  'outage.offerHelp',
  'common.offerAgentHelp',
  'fault.askWhichWrongHelp',
  'complaint.askWhichWrongHelp',
  'closing.offerBillCheckHelp',
  'closing.offerComplaintHelp',
]);

describe('answers at the questions, held out (test/fixtures/choices-heldout)', () => {
  it.each(LOCALES)('%s: every question of the charts has answers in the set', (locale) => {
    const missing = [...ASKS.keys()].filter((help) => !fixtures[locale][help] && !ASKED_SINCE.has(help));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s: the answers understood, at least the floor', async (locale) => {
    const { total, right, misses } = await score(locale);
    const report = [...misses].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join('\n');
    console.log(`${locale}: ${right}/${total} = ${((100 * right) / total).toFixed(1)}%\n${report}`);
    expect(right / total, report).toBeGreaterThanOrEqual(FLOOR[locale]);
  });
});
