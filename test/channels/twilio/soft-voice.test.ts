/**
 * An upset caller over Twilio Voice (N3, N12): the test acts as Twilio (signed form posts, TwiML
 * read and followed). From the turn the caller sounds upset, every <Say> is soft, whatever the flow
 * and whatever the caller says next; a calm caller's voice stays as it is. A fault opened with a
 * long wait or a failure again hears a short apology for it before the next question; words that
 * only look like it ("三天前我搬了家") hear none.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/locale.js';
import { elements, find, textOf, type XmlElement } from '../../../src/channels/cli/phone-twiml.js';
import { renderText } from '../../../src/prompts/render-text.js';
import { ZHANG_WEI } from '../../support/call.js';
import { TwilioCall, twilioServer } from './fake-twilio.js';

/** Every <Say> of a TwiML document, inside the Gather or not, with whether it is said softly. */
function says(document: XmlElement): { text: string; soft: boolean }[] {
  return elements(document)
    .flatMap((v) => (v.name === 'Gather' ? elements(v, 'Say') : v.name === 'Say' ? [v] : []))
    .map((say) => ({ text: textOf(say), soft: find(say, 'prosody')?.attributes.volume === 'soft' }));
}

const said = (key: string, locale: Locale) => renderText([{ key }], locale)[0]!;

/** The question the call is at, as the engine recorded it. */
async function stateOf(call: TwilioCall): Promise<string | undefined> {
  return (await call.engine.stores.sessions.get(call.callSid))?.lastTurn?.state;
}

const cases: { locale: Locale; key: string; angry: string; reaction: string; calm: string; falseFriend: string }[] = [
  { locale: 'zh-CN', key: '1', angry: '家里停电了，都停了三天了，怎么搞的', reaction: 'common.reactWait', calm: '家里停电了', falseFriend: '三天前我搬了家，现在家里停电了' },
  { locale: 'en-US', key: '2', angry: "This is ridiculous, the power's been out since yesterday", reaction: 'common.reactWait', calm: "There's no power at my place", falseFriend: 'I moved in three days ago and now there is no power' },
  { locale: 'yue-HK', key: '3', angry: '屋企又停電，搞乜鬼呀', reaction: 'common.reactAgain', calm: '屋企冇電', falseFriend: '三日前我搬咗屋，而家屋企冇電' },
];

describe('N3, N12: an upset fault caller on the phone is answered softly from that turn on, and hears sorry first', () => {
  for (const c of cases) {
    it(`${c.locale}: "${c.angry}" at the menu: the apology, then the next question, all soft; soft still at the next questions`, async () => {
      const server = await twilioServer();
      const call = await TwilioCall.dial(server, ZHANG_WEI.phone);
      await call.press(c.key); // the language (N4)
      expect(says(call.twiml).some((s) => s.soft)).toBe(false);

      await call.say(c.angry);
      expect(await stateOf(call)).toBe('faultReport.identity.confirmCaller');
      const turn = says(call.twiml);
      // N12: the apology for the wait (or the failure again) comes first, before the account question.
      expect(turn[0]!.text).toBe(said(c.reaction, c.locale));
      expect(turn.length).toBeGreaterThan(1);
      expect(turn.every((s) => s.soft)).toBe(true);

      await call.press('1'); // yes, my account: calm keys now, the voice stays soft (sticky, N3)
      await call.press('2'); // no danger
      expect(await stateOf(call)).toBe('faultReport.report.askScope');
      expect(says(call.twiml).length).toBeGreaterThan(0);
      expect(says(call.twiml).every((s) => s.soft)).toBe(true);
      expect(says(call.twiml).map((s) => s.text)).not.toContain(said(c.reaction, c.locale));
    });

    it(`${c.locale}: a calm caller ("${c.calm}") hears the usual voice all along, and no apology`, async () => {
      const server = await twilioServer();
      const call = await TwilioCall.dial(server, ZHANG_WEI.phone);
      await call.press(c.key);
      await call.say(c.calm);
      expect(await stateOf(call)).toBe('faultReport.identity.confirmCaller');
      const documents = [call.twiml];
      await call.press('1');
      documents.push(call.twiml);
      await call.press('2');
      documents.push(call.twiml);
      const all = documents.flatMap(says);
      expect(all.length).toBeGreaterThan(3);
      expect(all.filter((s) => s.soft)).toEqual([]);
      expect(all.map((s) => s.text)).not.toContain(said('common.reactWait', c.locale));
      expect(all.map((s) => s.text)).not.toContain(said('common.reactAgain', c.locale));
    });

    it(`${c.locale}: a false friend ("${c.falseFriend}") gets no apology and no soft voice`, async () => {
      const server = await twilioServer();
      const call = await TwilioCall.dial(server, ZHANG_WEI.phone);
      await call.press(c.key);
      await call.say(c.falseFriend);
      expect(await stateOf(call)).toBe('faultReport.identity.confirmCaller');
      const turn = says(call.twiml);
      expect(turn.map((s) => s.text)).not.toContain(said('common.reactWait', c.locale));
      expect(turn.map((s) => s.text)).not.toContain(said('common.reactAgain', c.locale));
      expect(turn.filter((s) => s.soft)).toEqual([]);
    });
  }
});
