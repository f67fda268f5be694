/**
 * Whole calls over the Twilio webhooks, the test acting as Twilio: signed form posts in, TwiML
 * read and followed. The engine, stores and prompts are the real ones.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/locale.js';
import { charactersPerMinute, N2_MAX_CPM, N2_MIN_CPM } from '../../../src/prompts/speech-rate.js';
import { elements, find, textOf, type XmlElement } from '../../../src/channels/cli/phone-twiml.js';
import { captureLogs } from '../../support/logs.js';
import { UNKNOWN_PHONE, ZHANG_WEI } from '../../support/call.js';
import { digitsHeard, TwilioCall, twilioServer } from './fake-twilio.js';

const cases: { locale: Locale; key: string; recognizer: string; address: string; description: string; queue: string }[] = [
  { locale: 'zh-CN', key: '1', recognizer: 'cmn-Hans-CN', address: '西河乡河口村20号', description: '家里全部没电了', queue: '95598-agent-zh-CN' },
  { locale: 'en-US', key: '2', recognizer: 'en-US', address: 'Number 20 Hekou Village, Xihe', description: 'no power in my house', queue: '95598-agent-en-US' },
  { locale: 'yue-HK', key: '3', recognizer: 'yue-Hant-HK', address: '西河鄉河口村20號', description: '屋企冇電', queue: '95598-agent-yue-HK' },
];

/** Every <Say> of the call in a Chinese voice, with its text and prosody rate. */
function chineseSays(documents: XmlElement[]): { text: string; rate: number | null; language: string }[] {
  const says = documents.flatMap((d) => elements(d).flatMap((v) => (v.name === 'Gather' ? elements(v, 'Say') : v.name === 'Say' ? [v] : [])));
  return says
    .filter((s) => s.attributes.language !== 'en-US')
    .map((s) => {
      const rate = find(s, 'prosody')?.attributes.rate;
      return { text: textOf(s), rate: rate ? Number(rate.replace('%', '')) : null, language: s.attributes.language! };
    });
}

describe('a fault report over Twilio Voice (N10, N25)', () => {
  for (const c of cases) {
    it(`${c.locale}: a caller without an account reports a fault by keys and speech; the ticket heard is a work order; N20 pause before hangup`, async () => {
      const server = await twilioServer();
      const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
      expect(call.gather?.attributes).toMatchObject({ input: 'dtmf speech', numDigits: '1', action: 'https://hotline.example.com/twilio/gather?turn=1' });
      expect(call.heard.join('')).toContain('95598');

      await call.press(c.key); // N4: the language
      expect(call.gather?.attributes.language).toBe(c.recognizer);
      await call.press('1'); // fault repair
      // The account number: its first key alone, so that a lone 9 ("no account number") answers at once.
      expect(call.gather?.attributes).toMatchObject({ numDigits: '1' });
      await call.press('9'); // no account number
      expect(call.gather?.attributes).toMatchObject({ numDigits: '9', timeout: '2' });
      await call.silence(); // nothing more within 2 s: the 9 alone
      await call.press('2'); // no danger
      await call.press('1'); // my home only
      await call.say(c.address);
      await call.say(c.description);
      await call.press('1'); // the read-back is right
      await call.press('1'); // the number is right
      const ticketWords = call.heard.join(' ');
      await call.press('2'); // the ticket heard twice is enough
      await call.press('2'); // nothing else

      expect(call.verbs.map((v) => v.name)).toEqual(['Say', 'Pause', 'Hangup']);
      expect(Number(call.verbs[1]!.attributes.length)).toBeGreaterThan(0);
      const orders = await server.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE });
      expect(orders).toHaveLength(1);
      expect(orders[0]).toMatchObject({ kind: 'repair', urgent: false, scope: 'home', channel: 'voice', conversationId: call.callSid });
      expect(orders[0]!.address).toBe(c.address);
      expect(digitsHeard(ticketWords)).toContain(orders[0]!.id);
      const record = await server.engine.stores.sessions.get(call.callSid);
      expect(record).toMatchObject({ status: 'ended', locale: c.locale, caller: UNKNOWN_PHONE });

      // N2: every Chinese prompt of the call is said at 120-150 characters a minute.
      if (c.locale !== 'en-US') {
        const says = chineseSays(call.documents).filter((s) => s.language !== 'cmn-CN' || c.locale === 'zh-CN');
        expect(says.length).toBeGreaterThan(8);
        for (const say of says) {
          expect(say.rate, say.text).not.toBeNull();
          const cpm = charactersPerMinute(say.text, say.language === 'cmn-CN' ? 'zh-CN' : 'yue-HK', say.rate!);
          expect(cpm, say.text).toBeGreaterThanOrEqual(N2_MIN_CPM);
          expect(cpm, say.text).toBeLessThanOrEqual(N2_MAX_CPM);
        }
      }
    });
  }

  it('"no account number, press 9": a lone 9 is answered 2 s after it, not after the number\'s 10 s; a number typed key by key, 9s in it, is taken whole', async () => {
    const server = await twilioServer();
    const state = async (call: TwilioCall) => (await server.engine.stores.sessions.get(call.callSid))?.lastTurn?.state;

    const without = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await without.press('1'); // Mandarin
    await without.press('1'); // fault repair
    expect(await state(without)).toBe('faultReport.identity.askAccount');
    expect(without.gather?.attributes).toMatchObject({ numDigits: '1', timeout: '10', action: expect.stringContaining('&first=1') });
    await without.press('9');
    // Still at the question: a silent Gather of the rest, that gives up after 2 s.
    expect(await state(without)).toBe('faultReport.identity.askAccount');
    expect(without.heard).toEqual([]);
    expect(without.gather?.attributes).toMatchObject({ input: 'dtmf', numDigits: '9', timeout: '2', finishOnKey: '#' });
    await without.silence();
    expect(await state(without)).toBe('faultReport.report.askDanger');

    // 9 then # is the 9 alone, at once.
    const pound = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await pound.press('1');
    await pound.press('1');
    await pound.type('9#');
    expect(await state(pound)).toBe('faultReport.report.askDanger');

    // 张伟's account number, pressed as Twilio gathers keys: the first alone, the rest in the next Gather.
    const typed = await TwilioCall.dial(server, ZHANG_WEI.phone);
    await typed.press('1');
    await typed.press('1');
    await typed.press('2'); // not my own account: another number
    expect(await state(typed)).toBe('faultReport.identity.askAccount');
    await typed.type(ZHANG_WEI.account);
    expect(await state(typed)).not.toBe('faultReport.identity.askAccount');
    expect((await server.engine.stores.sessions.get(typed.callSid))?.snapshot).toMatchObject({ context: { accountEntered: ZHANG_WEI.account } });
  });

  it('N7: silence and garbage walk the reprompt ladder (each told its own way, with help, never a repeat), then an agent: Enqueue on the Mandarin seat', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.silence(); // N4: no choice keeps Mandarin
    const question = call.heard.join('');
    expect(call.gather).toBeDefined();
    await call.silence();
    expect(call.heard.join('')).toContain('没有听到');
    expect(call.heard.join('')).not.toContain(question); // the help, not a repeat (N7)
    await call.say('啦啦啦 嗯嗯');
    expect(call.gather).toBeDefined();
    expect(call.heard.join('')).toContain('没太明白');
    expect(call.heard.join('')).not.toContain(question);
    await call.silence();
    expect(call.gather).toBeUndefined();
    expect(call.verbs.map((v) => v.name)).toEqual(['Say', 'Enqueue']);
    expect(textOf(call.verbs[1]!)).toBe('95598-agent-zh-CN');
    expect((await server.engine.stores.sessions.get(call.callSid))?.status).toBe('ended');
  });

  it('N10: the safety advice is said before the Gather (heard whole); the question after it may be answered at once', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, ZHANG_WEI.phone);
    await call.press('1'); // Mandarin
    await call.press('1'); // fault repair
    await call.press('1'); // yes, my account
    expect(call.gather?.attributes).toMatchObject({ numDigits: '1' });
    await call.press('1'); // yes, there is danger
    const [first, gather] = call.verbs;
    expect(first?.name).toBe('Say');
    expect(textOf(first!)).toContain('别碰电线');
    expect(gather?.name).toBe('Gather');
    expect(elements(gather!, 'Say').map(textOf).join('')).not.toContain('别碰电线');
    expect(elements(gather!, 'Say').map(textOf).join('')).toContain('人民路88号');
  });

  it('speech is passed with its confidence: a low-confidence transcript is not trusted; 0.0 or none means unscored', async () => {
    const server = await twilioServer();
    const state = async (call: TwilioCall) => (await server.engine.stores.sessions.get(call.callSid))?.lastTurn?.state;

    const doubtful = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await doubtful.press('1');
    await doubtful.say('家里停电了', '0.12');
    expect(await state(doubtful)).toMatch(/^menu/);
    expect(doubtful.heard.join('')).toContain('没有听清楚');

    for (const confidence of ['0.0', '']) {
      const unscored = await TwilioCall.dial(server, UNKNOWN_PHONE);
      await unscored.press('1');
      await unscored.say('家里停电了', confidence);
      expect(await state(unscored)).toBe('faultReport.identity.askAccount');
    }
  });

  it('N21: a gather for a call the engine does not know still answers TwiML: an apology and an agent', async () => {
    const logs = captureLogs();
    const server = await twilioServer();
    const answer = await server.twilio.post('/twilio/gather?turn=1', { CallSid: 'CAunknown', From: UNKNOWN_PHONE, Digits: '1' });
    expect(logs.about('gather (unknown call) failed')).toMatchObject([{ level: 'error', callSid: 'CAunknown' }]);
    expect(answer).toMatchObject({ status: 200, contentType: expect.stringContaining('text/xml') });
    expect(answer.body).toContain('很抱歉');
    expect(answer.body).toMatch(/<Enqueue>95598-agent-zh-CN<\/Enqueue><\/Response>$/);
  });
});
