/**
 * A fire is answered with the fire's advice first (N10, audit 2 of issue 14): "着火请马上拨打119" and
 * no water on it, heard whole, not the fallen-wire advice that mentions 119 last. Wires, sparks and
 * smoke keep the general advice; someone shocked keeps 120 first.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';

describe('danger said at the greeting: the advice for what was said first (N10)', () => {
  it.each([
    ['zh-CN', '喂，我家电表箱着火了', /^着火请马上拨打119。别用水浇/],
    ['yue-HK', '喂，我屋企電錶箱著火呀', /^着火請即刻打119。唔好用水淋/],
    ['en-US', 'hello, my meter box is on fire', /^If there's a fire, call 119 now\. Don't put water on it\./],
  ] as const)('%s: "%s" hears the fire advice, whole, then where', async (locale, words, advice) => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.say(words);
    expect(call.turn.locale).toBe(locale);
    expect(call.keys[0]).toBe('danger.fireAdvice');
    expect(call.turn.prompts[0]?.safety).toBe(true);
    expect(call.heard[0]).toMatch(advice);
    expect(call.state).toBe('danger.askLocation');
  });

  it('zh-CN: a fallen wire keeps the general advice; someone shocked keeps 120 first', async () => {
    const wire = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await wire.say('楼下电线掉下来了');
    expect(wire.keys[0]).toBe('fault.safetyAdvice');
    const shock = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await shock.say('有人触电了，还着火了');
    expect(shock.keys[0]).toBe('danger.shockAdvice');
  });
});
