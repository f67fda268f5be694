/**
 * Turn -> TwiML, as a pure function: what Twilio is told to say, to listen for and to do.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { Ask, Turn } from '../../../src/core/conversation.js';
import { apologyTwiml, CHOICE_KEY_WAIT_SECONDS, restOfNumberTwiml, turnToTwiml } from '../../../src/channels/twilio/twiml.js';
import { elements, find, parseTwiml, textOf } from '../../../src/channels/cli/phone-twiml.js';

const voices = loadConfig({}).twilioVoices;
const options = {
  voices,
  gatherAction: (v: number) => `/twilio/gather?turn=${v}`,
  escalation: (v: number) => ({ action: (step: number) => `/twilio/escalation?turn=${v}&step=${step}`, whisper: (step: number) => `/w?step=${step}` }),
};

const yesNo: Ask = {
  kind: 'choice',
  input: ['dtmf', 'speech'],
  choices: [
    { id: 'yes', dtmf: '1', label: 'choice.yes' },
    { id: 'no', dtmf: '2', label: 'choice.no' },
  ],
  timeoutSeconds: 6,
  bargeIn: true,
  hints: ['是', '不是', '对'],
};

function turn(partial: Partial<Turn>): Turn {
  return { conversationId: 'CA1', version: 3, locale: 'zh-CN', prompts: [], ask: null, end: null, state: 's', ...partial };
}

const verbs = (xml: string) => elements(parseTwiml(xml));

describe('Turn -> TwiML', () => {
  it('N7: an ask is a Gather for keys and speech with the question inside (barge-in), silence coming back as a turn', () => {
    const xml = turnToTwiml(turn({ prompts: [{ key: 'closing.anythingElse' }], ask: yesNo }), options);
    const [gather, ...rest] = verbs(xml);
    expect(rest).toEqual([]);
    expect(gather?.name).toBe('Gather');
    expect(gather?.attributes).toEqual({
      input: 'dtmf speech',
      action: '/twilio/gather?turn=3',
      method: 'POST',
      timeout: '6',
      actionOnEmptyResult: 'true',
      profanityFilter: 'false',
      language: 'cmn-Hans-CN',
      speechTimeout: '2',
      hints: '是, 不是, 对',
      numDigits: '1',
    });
    const [say] = elements(gather!, 'Say');
    expect(say?.attributes).toEqual({ voice: 'Polly.Zhiyu', language: 'cmn-CN' });
    expect(textOf(say!)).toContain('请问还有什么可以帮您');
  });

  it('the same ask at another turn is the same document with its own turn number in the action', () => {
    const at = (version: number) => turnToTwiml(turn({ version, prompts: [{ key: 'closing.anythingElse' }], ask: yesNo }), options);
    const [third, seventh, third2] = [at(3), at(7), at(3)];
    expect(verbs(seventh)[0]?.attributes.action).toBe('/twilio/gather?turn=7');
    expect(seventh).toBe(third.replace('turn=3', 'turn=7'));
    expect(third2).toBe(third);
  });

  it('N7: speech is never cut at the first pause: a numeric speechTimeout, longer for free text (4 s: a caller pauses mid-story)', () => {
    const text: Ask = { ...yesNo, kind: 'text', choices: [], hints: [], timeoutSeconds: 10 };
    const gather = verbs(turnToTwiml(turn({ prompts: [{ key: 'fault.askAddress' }], ask: text }), options))[0]!;
    expect(gather.attributes).toMatchObject({ speechTimeout: '4', timeout: '10' });
    expect(gather.attributes).not.toHaveProperty('numDigits');
    expect(gather.attributes).not.toHaveProperty('hints');
  });

  it('a digit ask takes its number of digits, ended early by #', () => {
    const digits: Ask = { ...yesNo, kind: 'digits', choices: [], numDigits: 11, finishOnKey: '#', hints: [] };
    const gather = verbs(turnToTwiml(turn({ prompts: [{ key: 'danger.askContact' }], ask: digits }), options))[0]!;
    expect(gather.attributes).toMatchObject({ numDigits: '11', finishOnKey: '#', speechTimeout: '3', action: '/twilio/gather?turn=3' });
  });

  it('a digit ask that one key answers ("no account number, press 9") takes its first key alone; the rest follows in a silent Gather', () => {
    const digits: Ask = { ...yesNo, kind: 'digits', choices: [{ id: 'no_account', dtmf: '9', label: 'x' }], numDigits: 10, finishOnKey: '#', hints: [], timeoutSeconds: 10 };
    const gather = verbs(turnToTwiml(turn({ prompts: [{ key: 'identity.askAccount' }], ask: digits }), options))[0]!;
    expect(gather.attributes).toMatchObject({ numDigits: '1', speechTimeout: '3', action: '/twilio/gather?turn=3&first=1' });
    expect(gather.attributes).not.toHaveProperty('finishOnKey');
    // After the 9 the rest is waited for briefly; after any other key, as long as the question's own timeout.
    const afterNine = verbs(restOfNumberTwiml(digits, '9', '/twilio/gather?turn=3&keys=9'));
    expect(afterNine.map((v) => v.name)).toEqual(['Gather']);
    expect(afterNine[0]!.attributes).toMatchObject({ input: 'dtmf', numDigits: '9', finishOnKey: '#', timeout: String(CHOICE_KEY_WAIT_SECONDS), actionOnEmptyResult: 'true' });
    expect(elements(afterNine[0]!)).toEqual([]);
    expect(verbs(restOfNumberTwiml(digits, '3', '/twilio/gather?turn=3&keys=3'))[0]!.attributes).toMatchObject({ timeout: '10' });
  });

  it('N22: every Gather hears profanity unmasked (profanityFilter="false"), so abuse is recognized', () => {
    const asks: Ask[] = [yesNo, { ...yesNo, kind: 'text', choices: [], hints: [] }, { ...yesNo, input: ['dtmf'] }];
    for (const ask of asks) {
      expect(verbs(turnToTwiml(turn({ prompts: [{ key: 'closing.anythingElse' }], ask }), options))[0]!.attributes.profanityFilter).toBe('false');
    }
  });

  it('a choice with a key of two digits does not stop at one key', () => {
    const ask: Ask = { ...yesNo, choices: [...yesNo.choices, { id: 'x', dtmf: '10', label: 'x' }] };
    expect(verbs(turnToTwiml(turn({ prompts: [{ key: 'closing.anythingElse' }], ask }), options))[0]!.attributes).not.toHaveProperty('numDigits');
  });

  it('N10: a safety notice is said before the Gather, heard whole; the question after it may be answered at once', () => {
    const xml = turnToTwiml(
      turn({
        prompts: [{ key: 'fault.safetyAdvice', safety: true }, { key: 'fault.confirmDangerAtHome', values: { address: '人民路88号' } }],
        ask: { ...yesNo, bargeIn: false },
      }),
      options,
    );
    const [safety, gather] = verbs(xml);
    expect(safety?.name).toBe('Say');
    expect(textOf(safety!)).toContain('别碰电线');
    expect(gather?.name).toBe('Gather');
    expect(elements(gather!, 'Say').map(textOf).join('')).toContain('人民路88号');
  });

  it('N4: each language is offered in its own voice, with the recognizer of the conversation', () => {
    const xml = turnToTwiml(
      turn({
        prompts: [
          { key: 'greeting.offerMandarin', locale: 'zh-CN' },
          { key: 'greeting.offerEnglish', locale: 'en-US' },
          { key: 'greeting.offerCantonese', locale: 'yue-HK' },
        ],
        ask: yesNo,
      }),
      options,
    );
    const says = elements(verbs(xml)[0]!, 'Say');
    expect(says.map((s) => s.attributes.voice)).toEqual(['Polly.Zhiyu', 'Polly.Joanna', 'Google.yue-HK-Standard-A']);
    expect(says.map((s) => s.attributes.language)).toEqual(['cmn-CN', 'en-US', 'yue-HK']);
    // N2: Mandarin and Cantonese carry a prosody rate; English is not governed by N2.
    expect(find(says[0]!, 'prosody')?.attributes.rate).toMatch(/^\d+%$/);
    expect(find(says[2]!, 'prosody')?.attributes.rate).toMatch(/^\d+%$/);
    expect(find(says[1]!, 'prosody')).toBeNull();
  });

  it('N3: an upset caller is answered softly and a little slower, never louder; others as usual', () => {
    const say = (soothe: boolean, locale: Turn['locale']) =>
      find(elements(verbs(turnToTwiml(turn({ locale, prompts: [{ key: 'complaint.askWhen' }], ask: yesNo, ...(soothe ? { soothe } : {}) }), options))[0]!, 'Say')[0]!, 'prosody');
    expect(say(true, 'zh-CN')?.attributes).toEqual({ rate: '50%', volume: 'soft' });
    expect(say(false, 'zh-CN')?.attributes).toEqual({ rate: '56%' });
    expect(say(true, 'en-US')?.attributes).toEqual({ rate: '90%', volume: 'soft' });
    expect(say(false, 'en-US')).toBeNull();
  });

  it('N2: the prosody rate follows the measured speaking rate of the configured voice', () => {
    const goodbye = turn({ prompts: [{ key: 'closing.goodbye' }], ask: null, end: { type: 'hangup', waitForCallerSeconds: 5 } });
    const rateOf = (v: typeof voices) => {
      const say = verbs(turnToTwiml(goodbye, { ...options, voices: v })).find((verb) => verb.name === 'Say')!;
      return find(say, 'prosody')?.attributes.rate;
    };
    expect(rateOf(voices)).toBe('56%'); // 135 / 240, the default assumption
    expect(rateOf(loadConfig({ TWILIO_VOICE_RATE_ZH_CN: '270' }).twilioVoices)).toBe('50%'); // 135 / 270
  });

  it('the recognizer follows the conversation locale (Cantonese, English)', () => {
    const yue = verbs(turnToTwiml(turn({ locale: 'yue-HK', prompts: [{ key: 'closing.anythingElse' }], ask: yesNo }), options))[0]!;
    const en = verbs(turnToTwiml(turn({ locale: 'en-US', prompts: [{ key: 'closing.anythingElse' }], ask: yesNo }), options))[0]!;
    expect([yue.attributes.language, en.attributes.language]).toEqual(['yue-Hant-HK', 'en-US']);
  });

  it('N20: the closing phrase, then a pause for the caller to hang up first, then Hangup', () => {
    const xml = turnToTwiml(turn({ prompts: [{ key: 'closing.goodbye' }], end: { type: 'hangup', waitForCallerSeconds: 5 } }), options);
    expect(verbs(xml).map((v) => v.name)).toEqual(['Say', 'Pause', 'Hangup']);
    expect(verbs(xml)[1]!.attributes).toEqual({ length: '5' });
  });

  it('N4: a transfer enqueues on the seat of the caller language; the English seat for en-US', () => {
    const to = (locale: 'zh-CN' | 'en-US' | 'yue-HK') =>
      verbs(turnToTwiml(turn({ locale, prompts: [{ key: 'transfer.toAgent' }], end: { type: 'transfer', queue: 'agent', reason: 'requested', locale } }), options));
    expect(to('zh-CN').map((v) => v.name)).toEqual(['Say', 'Enqueue']);
    expect([to('zh-CN'), to('en-US'), to('yue-HK')].map((v) => textOf(v[1]!))).toEqual(['95598-agent-zh-CN', '95598-agent-en-US', '95598-agent-yue-HK']);
  });

  it('N10, N21: an urgent transfer enqueues on the emergency dispatch seat (TWILIO_URGENT_QUEUE), in the caller language', () => {
    const urgent = (locale: 'zh-CN' | 'en-US', urgentQueue?: string) =>
      verbs(
        turnToTwiml(turn({ locale, prompts: [{ key: 'danger.urgentTransfer' }], end: { type: 'transfer', queue: 'urgent', reason: 'danger', locale } }), {
          ...options,
          ...(urgentQueue ? { urgentQueue } : {}),
        }),
      );
    expect(urgent('zh-CN').map((v) => v.name)).toEqual(['Say', 'Enqueue']);
    expect(textOf(urgent('zh-CN')[1]!)).toBe('95598-urgent-zh-CN');
    expect(textOf(urgent('en-US', 'dispatch-{locale}')[1]!)).toBe('dispatch-en-US');
    expect(textOf(urgent('zh-CN', 'county-dispatch')[1]!)).toBe('county-dispatch');
  });

  it('an abandoned call is hung up', () => {
    expect(verbs(turnToTwiml(turn({ end: { type: 'abandoned' } }), options)).map((v) => v.name)).toEqual(['Hangup']);
  });

  it('a turn with neither ask nor ending is a bug, not silence', () => {
    expect(() => turnToTwiml(turn({}), options)).toThrow(/neither an ask nor an ending/);
  });

  it('N21: the apology transfers to an agent in the caller language', () => {
    const xml = apologyTwiml('en-US', voices);
    expect(verbs(xml).map((v) => v.name)).toEqual(['Say', 'Say', 'Enqueue']);
    expect(textOf(parseTwiml(xml))).toMatch(/sorry.*transferring you to an agent.*95598-agent-en-US/s);
  });

  it('N2, N10: the whole document, <prosody> and <say-as> nested in <Say>, the safety notice before the Gather', () => {
    const xml = turnToTwiml(
      turn({ prompts: [{ key: 'fault.safetyAdvice', safety: true }, { key: 'closing.anythingElse' }], ask: { ...yesNo, bargeIn: false } }),
      { ...options, gatherAction: (v: number) => `/twilio/gather?turn=${v}&from=test` },
    );
    const advice = textOf(verbs(xml)[0]!);
    const [before, after] = advice.split('119');
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response>' +
        `<Say voice="Polly.Zhiyu" language="cmn-CN"><prosody rate="56%">${before}<say-as interpret-as="digits">119</say-as>${after}</prosody></Say>` +
        '<Gather input="dtmf speech" action="/twilio/gather?turn=3&amp;from=test" method="POST" timeout="6" actionOnEmptyResult="true" profanityFilter="false" ' +
        'language="cmn-Hans-CN" speechTimeout="2" hints="是, 不是, 对" numDigits="1">' +
        '<Say voice="Polly.Zhiyu" language="cmn-CN"><prosody rate="56%">请问还有什么可以帮您？有请按1，没有请按2。</prosody></Say>' +
        '</Gather></Response>',
    );
  });

  it('escapes text and attributes: markup in a value stays text', () => {
    const xml = turnToTwiml(turn({ prompts: [{ key: 'fault.heardAddress', values: { address: 'A&B <Hangup/>' } }], ask: yesNo }), {
      ...options,
      gatherAction: () => '/g?turn=1&x="2"',
    });
    expect(xml).toContain('A&amp;B &lt;Hangup/&gt;');
    expect(xml).toContain('action="/g?turn=1&amp;x=&quot;2&quot;"');
    const [gather] = verbs(xml);
    expect(gather!.attributes.action).toBe('/g?turn=1&x="2"');
    expect(elements(gather!).map((v) => v.name)).toEqual(['Say']);
    expect(textOf(gather!)).toContain('A&B <Hangup/>');
  });

  it('values the caller said are escaped inside the SSML', () => {
    const xml = turnToTwiml(
      turn({ prompts: [{ key: 'fault.readBack', values: { address: '人民路<88>号 & "东"', description: "it's </Say>" } }], ask: yesNo }),
      options,
    );
    expect(textOf(verbs(xml)[0]!)).toContain('人民路<88>号 & "东"');
    expect(textOf(verbs(xml)[0]!)).toContain("it's </Say>");
  });
});
