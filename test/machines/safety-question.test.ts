/**
 * Issue 8 items 5/6 (N10, N11): a safety question ("万一电线掉下来了应该怎么办", "what should I do if a
 * power line falls on my car") is answered as a 95598 agent answers it, at once: keep 10 m away, touch
 * nothing, keep others back, call 95598 (119/120 for a fire or someone hurt); never the topic menu.
 * Then "is this happening now?": yes is the danger report (its advice and where), no is "anything else?".
 * At the menu, at "anything else?" and at the consultation's topic menu, voice and chat, three locales.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Channel } from '../../src/core/conversation.js';

const LOCALES = [
  { locale: 'zh-CN', language: '普通话', question: '万一电线掉下来了应该怎么办', heard: '10米以上', yes: '有，现在就掉在我家门口', no: '没有，就是问问' },
  { locale: 'yue-HK', language: '廣東話', question: '如果電線跌落嚟應該點做', heard: '10米以上', yes: '有，而家就跌咗喺門口', no: '冇，問下啫' },
  { locale: 'en-US', language: 'English', question: 'what should I do if a power line falls on my car', heard: 'at least 10 meters', yes: "yes, it's down right now", no: 'no, just asking' },
] as const;

async function callAbout(channel: Channel, language: string) {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel });
  const answer = (words: string) => (channel === 'voice' ? call.say(words) : call.type(words));
  await answer(language);
  expect(call.keys).toEqual(['menu.main']);
  return { call, answer };
}

describe('a safety question hears the safety answer, not the topic menu (N10, N11)', () => {
  for (const { locale, language, question, heard, yes, no } of LOCALES) {
    for (const channel of ['voice', 'chat'] as const) {
      it(`${locale} ${channel}: "${question}" at the menu, then "${no}": answered, then "anything else?"`, async () => {
        const { call, answer } = await callAbout(channel, language);
        await answer(question);
        expect(call.keys).toEqual(['kb.safety', 'kb.safetyNow']);
        expect(call.keys).not.toContain('consultation.askTopic');
        expect(call.said).toContain(heard);
        expect(call.said).toContain('95598');
        // Read, not heard, there is room for the fire and injury numbers too (N2 holds the voice to 15 s).
        if (channel === 'chat') expect(call.said).toMatch(/119.*120/);
        await answer(no);
        expect(call.keys).toEqual(['closing.anythingElse']);
        expect(call.keys).not.toContain('fault.safetyAdvice');
      });

      it(`${locale} ${channel}: "${question}", then "${yes}": the danger report, its advice first`, async () => {
        const { call, answer } = await callAbout(channel, language);
        await answer(question);
        await answer(yes);
        expect(call.keys[0]).toBe('fault.safetyAdvice');
        expect(call.state).toMatch(/^danger\./);
        expect(call.keys).not.toContain('kb.safetyNow');
      });
    }

    it(`${locale} voice: a bare yes (key 1) is the danger report too`, async () => {
      const { call } = await callAbout('voice', language);
      await call.say(question);
      await call.press('1');
      expect(call.keys[0]).toBe('fault.safetyAdvice');
      expect(call.state).toMatch(/^danger\./);
    });

    it(`${locale} voice: at "anything else?" after it, and at the topic menu, the same answer at once`, async () => {
      const { call } = await callAbout('voice', language);
      await call.say(question);
      await call.press('2'); // not happening now
      expect(call.keys).toEqual(['closing.anythingElse']);
      await call.say(question);
      expect(call.keys).toEqual(['kb.safety', 'kb.safetyNow']);
      const other = await callAbout('voice', language);
      await other.call.press('3'); // consultation
      expect(other.call.state).toBe('consultation.askTopic');
      await other.call.say(question);
      expect(other.call.keys).toEqual(['kb.safety', 'kb.safetyNow']);
    });
  }
});
