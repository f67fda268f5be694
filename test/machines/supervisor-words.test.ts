/**
 * What the caller says with the request for the supervisor is recorded accurately and reaches him
 * (N24, issue 14): "我要找你们领导，停电三天了没人管" is put through, and the duty supervisor's summary
 * and whisper keep the three days and that nobody came, not only "asked for the supervisor".
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { saidBesidesSupervisor } from '../../src/nlu/grievance.js';

/** 22:00 in Shanghai: the night shift is on duty. */
const NIGHT = () => new Date('2026-11-25T14:00:00Z');

const CALLS = {
  'zh-CN': { key: '1', words: '我要找你们领导，停电三天了没人管', besides: '停电三天了没人管' },
  'yue-HK': { key: '3', words: '我要搵你哋主管，停電三日都冇人理', besides: '停電三日都冇人理' },
  'en-US': { key: '2', words: 'get me your manager, the power has been out for three days and nobody came', besides: 'the power has been out for three days and nobody came' },
} as const;

describe('the words said with the request for the supervisor reach him (N24)', () => {
  it.each(Object.keys(CALLS) as (keyof typeof CALLS)[])('%s: put through, and the summary and the whisper keep what the caller said', async (locale) => {
    const { key, words, besides } = CALLS[locale];
    const call = await Call.dial(await openTestEngine({ now: NIGHT }), { from: ZHANG_WEI.phone });
    await call.press(key);
    await call.say(words);
    expect(call.keys).toEqual(['escalation.connecting']);
    const end = call.turn.end;
    expect(end).toMatchObject({ type: 'escalate', reason: 'requested', locale });
    if (end?.type !== 'escalate') throw new Error('not put through');

    // The record the duty desk lists, and the summary it shows.
    const [record] = await call.engine.stores.services.escalations.list({ phone: ZHANG_WEI.phone });
    expect(record?.summary).toContain(`caller said: ${besides}`);
    expect(record?.context).toMatchObject({ said: besides });
    expect(end.summary).toContain(besides);

    // The whisper the supervisor hears before taking the call: the request, the language, then the words.
    const said = end.whisper.find((p) => p.key === 'escalation.whisperSaid');
    expect(said, 'the whisper says what the caller said').toBeDefined();
    const heard = renderVoice([said!], said!.locale!).map((s) => s.text).join(' ');
    expect(heard).toMatch(locale === 'en-US' ? /three days and nobody came/ : locale === 'yue-HK' ? /停電三日都冇人理/ : /停电三天了没人管/);
  });

  it('only the request: nothing more is said to the supervisor, and a request alone leaves no words', async () => {
    expect(saidBesidesSupervisor('叫你们值班长来')).toBeUndefined();
    expect(saidBesidesSupervisor('I want to speak to a supervisor.')).toBeUndefined();
    expect(saidBesidesSupervisor('什么破服务，我要找你们经理')).toBe('什么破服务');
    const call = await Call.dial(await openTestEngine({ now: NIGHT }), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('叫你们值班长来');
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'requested' });
    if (call.turn.end?.type !== 'escalate') throw new Error('not put through');
    expect(call.turn.end.whisper.map((p) => p.key)).not.toContain('escalation.whisperSaid');
    expect(call.turn.end.summary).not.toContain('caller said');
  });
});
