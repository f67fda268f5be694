/**
 * Every question names its way on (N7: guide, never leave the caller guessing), within the 25 s turn
 * (N2), in all three locales (issue 14): the ticket's offer to hear it again says what 2 does, and
 * "请问还有什么可以帮您？" (N5, the standard phrase) says what 1 and 2 do. To fit, what comes before
 * them in the same turn was shortened: the registration's result, and the bill's answer (no
 * "已确认" before a balance that shows the account was found).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { TURN_BUDGET_SECONDS, turnSeconds } from '../../src/prompts/speech-rate.js';
import type { Turn } from '../../src/core/conversation.js';

const seconds = (turn: Turn) => turnSeconds(renderVoice(turn.prompts, turn.locale, { now: new Date() }));

const LOCALES = {
  'zh-CN': { key: '1', story: '家里全部没电了', again: /再听请按1，继续请按2。$/, anythingElse: '请问还有什么可以帮您？有请按1，没有请按2。' },
  'yue-HK': { key: '3', story: '成間屋冇電', again: /再聽請按1，繼續請按2。$/, anythingElse: '仲有冇嘢可以幫到你？有請按1，冇請按2。' },
  'en-US': { key: '2', story: 'no power in the whole flat', again: /To hear it again, press 1\. To continue, press 2\.$/, anythingElse: 'Is there anything else I can help you with? If yes, press 1. If not, press 2.' },
} as const;

describe('the ticket offer and "anything else?" name their keys, within the turn (N2, N7)', () => {
  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('%s: a fault reported by keys hears the ticket twice, what 1 and 2 do, then anything else with its keys', async (locale) => {
    const { key, story, again, anythingElse } = LOCALES[locale];
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.press(key);
    await call.press('1'); // a fault
    await call.press('1'); // my account
    await call.press('2'); // no danger
    await call.press('1'); // only my home
    await call.press('1'); // at my address
    await call.say(story);
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(call.said).toMatch(again);
    expect(seconds(call.turn)).toBeLessThanOrEqual(TURN_BUDGET_SECONDS);
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
    expect(call.said).toBe(anythingElse);
    await call.press('2');
    expect(call.turn.end?.type).toBe('hangup');
  });

  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('%s: the bill, then anything else with its keys, in one turn of at most 25 s', async (locale) => {
    const { key, anythingElse } = LOCALES[locale];
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.press(key);
    await call.press('2'); // a query
    await call.press('1'); // the bill
    await call.press('1'); // my account
    expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']);
    expect(call.heard.at(-1)).toBe(anythingElse);
    expect(seconds(call.turn)).toBeLessThanOrEqual(TURN_BUDGET_SECONDS);
  });
});
