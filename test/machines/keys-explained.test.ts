/**
 * `#` and `*` said where they work (issue 14 item 6), on the phone only: the voice channel ends a
 * number at `#` (every digit question's Gather has finishOnKey '#'), and `*` says the question
 * again at any question (src/engine/interpret.ts); the menu's help, heard by a caller who is lost,
 * says so. Chat has no keys: its texts name none. Short, within the N2 budgets
 * (test/prompts/spoken-length.test.ts), in every locale (N4), in the locale's own words (N5).
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import type { AskMeta, StateMeta } from '../../src/core/meta.js';
import { inboundCallMachine } from '../../src/machines/inbound-call.js';
import { callbackMachine } from '../../src/machines/callback.js';
import { proactiveMachine } from '../../src/machines/proactive.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import { NOW, VALUES } from '../prompts/fixtures.js';

/** How each locale names the keys, as its callers hear them on a hotline. */
const POUND: Record<Locale, string> = { 'zh-CN': '井号键', 'en-US': 'pound', 'yue-HK': '井字鍵' };
const STAR: Record<Locale, string> = { 'zh-CN': '星号键', 'en-US': 'star', 'yue-HK': '星號鍵' };
const ANY_KEY = /井号|井字|星号|星號|pound|star|#|\*/i;
/** The language offer's key, per locale. */
const LANGUAGE_KEY: Record<Locale, string> = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' };

function digitAsks(machines: AnyStateMachine[]): AskMeta[] {
  const asks = new Map<string, AskMeta>();
  const visit = (node: AnyStateNode) => {
    const ask = (node.meta as StateMeta | undefined)?.ask;
    if (ask?.kind === 'digits') asks.set(ask.help, ask);
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child);
  };
  for (const machine of machines) visit(machine.root);
  return [...asks.values()];
}

const promptKeys = (ask: AskMeta) => (typeof ask.prompt === 'string' ? [ask.prompt] : ask.prompt.map((p) => p.key));
const voice = (keys: string[], locale: Locale) => renderVoice(keys.map((key) => ({ key, values: VALUES })), locale, { now: NOW }).map((s) => s.text).join('');
const text = (keys: string[], locale: Locale) => renderText(keys.map((key) => ({ key, values: VALUES })), locale, { now: NOW }).join('');

describe('every digit question says on the phone that # ends the number; chat names no key', () => {
  const asks = digitAsks([inboundCallMachine, callbackMachine, proactiveMachine]);
  it('finds the digit questions (account, ticket, phone tail, code, contact numbers)', () => expect(asks.length).toBeGreaterThanOrEqual(6));
  for (const locale of LOCALES) {
    it(locale, () => {
      for (const ask of asks) {
        expect(voice(promptKeys(ask), locale), `${promptKeys(ask).join('+')} on the phone`).toContain(POUND[locale]);
        expect(text(promptKeys(ask), locale), `${promptKeys(ask).join('+')} in chat`).not.toMatch(ANY_KEY);
      }
    });
  }
});

describe('the calls', () => {
  for (const locale of LOCALES) {
    it(`${locale} voice: the account question says #, the Gather ends at #, and a short number ended with # is read back (N8)`, async () => {
      const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
      await call.press(LANGUAGE_KEY[locale]);
      await call.press('2'); // queries
      await call.press('1'); // the bill
      expect(call.keys).toEqual(['identity.askAccount']);
      expect(call.said).toContain(POUND[locale]);
      expect(call.turn.ask).toMatchObject({ kind: 'digits', numDigits: 10, finishOnKey: '#' });
      await call.press('3100#');
      expect(call.keys[0]).toBe('common.heardDigits');
      expect(call.turn.prompts[0]?.values).toMatchObject({ heardDigits: '3100' });
    });

    it(`${locale} voice: lost at the menu, the help says * repeats it; * says the menu again`, async () => {
      const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
      await call.press(LANGUAGE_KEY[locale]);
      expect(call.keys.at(-1)).toBe('menu.main');
      expect(call.said).not.toContain(STAR[locale]); // the menu itself stays short
      await call.silence();
      await call.silence();
      expect(call.keys.at(-1)).toBe('menu.mainHelp');
      expect(call.heard.at(-1)).toContain(STAR[locale]);
      await call.press('*');
      expect(call.keys).toEqual(['menu.main']);
    });

    it(`${locale} chat: the same questions name no key`, async () => {
      const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null, locale, params: { language: 'chosen' } });
      await call.silence();
      await call.silence();
      expect(call.keys.at(-1)).toBe('menu.mainHelp');
      expect(call.said).not.toMatch(ANY_KEY);
      await call.choose('query');
      await call.choose('bill');
      expect(call.keys).toEqual(['identity.askAccount']);
      expect(call.said).not.toMatch(ANY_KEY);
    });
  }
});

describe('`*` named once more where a caller most needs it: the first question after the menu (issue 14, N2)', () => {
  for (const locale of LOCALES) {
    it(`${locale}: "查电费" at the menu; the account question names ${STAR[locale]} on the phone, not in chat`, async () => {
      const words = { 'zh-CN': '我要查一下电费', 'yue-HK': '我要查電費', 'en-US': 'I want to check my bill' }[locale];
      const voice = await Call.dial(await openTestEngine(), { from: '+8613800138000' });
      await voice.press(LANGUAGE_KEY[locale]);
      await voice.say(words);
      expect(voice.keys.at(-1)).toBe('identity.confirmCaller');
      expect(voice.heard.at(-1)).toContain(STAR[locale]);
      await voice.press('*');
      expect(voice.keys.at(-1)).toBe('identity.confirmCaller'); // said again
      const chat = await Call.dial(await openTestEngine(), { from: '+8613800138000', channel: 'chat', locale });
      await chat.type(words);
      expect(chat.said).not.toMatch(ANY_KEY);
    });
  }
});
