/**
 * The spoken-length budget (N2, issue 14 item 1): every prompt and every turn a caller hears fits
 * the budget at the N2 rate, in every locale, and a help prompt is never longer than its question.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskMeta } from '../../src/core/meta.js';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { callbackMachine } from '../../src/machines/callback.js';
import { inboundCallMachine } from '../../src/machines/inbound-call.js';
import { proactiveMachine } from '../../src/machines/proactive.js';
import { catalogueKeys, getCatalogue, TEXT_SUFFIX } from '../../src/prompts/catalogue.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { PROMPT_BUDGET_SECONDS, segmentSeconds, TURN_BUDGET_SECONDS, turnSeconds } from '../../src/prompts/speech-rate.js';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { NOW, VALUES } from './fixtures.js';

/** Keys a voice caller may hear: not chat variants, labels, hints, the text messages or the chat desk's notices. */
const spokenKey = (key: string) =>
  !key.endsWith(TEXT_SUFFIX) && !/^(hints|choice|takeover)\./.test(key) && !key.endsWith('.sms');

const seconds = (key: string, locale: Locale) => segmentSeconds(renderVoice([{ key, values: VALUES }], locale, { now: NOW })[0]!);

describe(`N2: every prompt takes at most ${PROMPT_BUDGET_SECONDS} s at 135 characters a minute`, () => {
  for (const locale of LOCALES) {
    it(locale, () => {
      const over = catalogueKeys(getCatalogue(), locale)
        .filter(spokenKey)
        .map((key) => [key, seconds(key, locale)] as const)
        .filter(([, s]) => s > PROMPT_BUDGET_SECONDS)
        .map(([key, s]) => `${key}: ${s.toFixed(1)} s`);
      expect(over).toEqual([]);
    });
  }
});

function asksOf(machine: AnyStateMachine): AskMeta[] {
  const asks: AskMeta[] = [];
  const visit = (node: AnyStateNode) => {
    const ask = (node.meta as { ask?: AskMeta } | undefined)?.ask;
    if (ask) asks.push(ask);
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child);
  };
  visit(machine.root);
  return asks;
}

describe('N2, N7: a help prompt is no longer than the question it rescues', () => {
  const asks = [inboundCallMachine, callbackMachine, proactiveMachine].flatMap(asksOf);
  it('finds the asks of every flow', () => expect(asks.length).toBeGreaterThan(30));
  for (const locale of LOCALES) {
    it(locale, () => {
      const longer: string[] = [];
      for (const ask of asks) {
        const question = (typeof ask.prompt === 'string' ? [ask.prompt] : ask.prompt.map((p) => p.key)).reduce((sum, key) => sum + seconds(key, locale), 0);
        const help = seconds(ask.help, locale);
        if (help > question) longer.push(`${ask.help} ${help.toFixed(1)} s > ${question.toFixed(1)} s`);
      }
      expect([...new Set(longer)]).toEqual([]);
    });
  }
});

/** What a caller answers to a question they are asked in words (not a choice). */
function answerFor(call: Call): string {
  const key = call.keys.at(-1) ?? '';
  if (/Address|Location|askArea/.test(key)) return '城关区人民路88号';
  if (/askContact/.test(key)) return '13800138000';
  if (/askDescription/.test(key)) return '家里全部没电了';
  if (/askWhen/.test(key)) return '昨天下午';
  if (/askWhere/.test(key)) return '城关区营业厅';
  if (/askWho/.test(key)) return '不清楚';
  return '抢修人员三个小时都没到';
}

/**
 * A caller who answers every question: the n-th choice of each menu (the first that exists),
 * a plain sentence to every open question, the account number to a digits question, silence
 * twice at the first question (to hear the help rung). Returns every turn heard.
 */
async function play(locale: Locale, from: string, menuKey: string, pick: number): Promise<Call> {
  const engine = await openTestEngine();
  const call = await Call.dial(engine, { from });
  await call.press(locale === 'zh-CN' ? '1' : locale === 'en-US' ? '2' : '3');
  await call.silence();
  await call.silence();
  await call.press(menuKey);
  for (let step = 0; step < 14 && call.turn.ask; step++) {
    const ask = call.turn.ask;
    if (ask.kind === 'digits') await call.press('3100123456');
    else if (ask.kind === 'text') await call.say(answerFor(call));
    else {
      const keyed = ask.choices.filter((c) => c.dtmf);
      const choice = keyed[Math.min(pick, keyed.length - 1)];
      if (choice?.dtmf) await call.press(choice.dtmf);
      else break;
    }
  }
  return call;
}

describe(`N2: every turn of a call takes at most ${TURN_BUDGET_SECONDS} s, in every locale`, () => {
  for (const locale of LOCALES) {
    it(locale, async () => {
      const over: string[] = [];
      for (const [from, menuKey, pick] of [
        [ZHANG_WEI.phone, '1', 0],
        [ZHANG_WEI.phone, '1', 1],
        [UNKNOWN_PHONE, '1', 1],
        [ZHANG_WEI.phone, '2', 0],
        [ZHANG_WEI.phone, '2', 1],
        [ZHANG_WEI.phone, '3', 0],
        [UNKNOWN_PHONE, '3', 5],
        [ZHANG_WEI.phone, '4', 0],
        [ZHANG_WEI.phone, '4', 1],
      ] as const) {
        const call = await play(locale, from, menuKey, pick);
        for (const turn of call.turns) {
          const s = turnSeconds(renderVoice(turn.prompts, turn.locale, { now: new Date() }));
          if (s > TURN_BUDGET_SECONDS) over.push(`${turn.prompts.map((p) => p.key).join(' + ')}: ${s.toFixed(1)} s`);
        }
      }
      expect([...new Set(over)]).toEqual([]);
    }, 60_000);
  }
});
