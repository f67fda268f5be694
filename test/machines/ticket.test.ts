/**
 * The ticket told again (issue 14 item 6, N8): on the phone the ticket number is read a second time
 * with an offer to hear it once more, and only then "还有什么可以帮您"; where Twilio's Messages API is
 * configured (acted here by test/support/twilio-rest.ts) it is then texted to the caller's mobile.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { FakeTwilioRest, SMS_ENV } from '../support/twilio-rest.js';

/** 张伟 reports that only his home has no power, at his own address, in the language of `key` (1 zh, 2 en, 3 yue). */
async function faultReported(engine: Awaited<ReturnType<typeof openTestEngine>>, languageKey = '1', channel: 'voice' | 'chat' = 'voice') {
  const call = await Call.dial(engine, { from: ZHANG_WEI.phone, channel });
  if (channel === 'chat') await call.type('普通话');
  else await call.press(languageKey);
  await call.press('1'); // fault repair
  await call.press('1'); // this account
  await call.press('2'); // no danger
  await call.press('1'); // home only
  await call.press('1'); // at my address
  await call.say({ '1': '家里全部没电了', '2': 'the whole flat has no power', '3': '成間屋冇電' }[languageKey]!);
  await call.press('1'); // the read-back is right
  await call.press('1'); // the number is right
  return call;
}

const ticketOf = (call: Call) => String(call.turns.flatMap((t) => t.prompts).find((p) => p.key === 'fault.ticketCreated')?.values?.ticket);

describe('the ticket read twice, with an offer to repeat (issue 14 item 6, N8)', () => {
  it('N8: the caller hears the ticket, then "再说一遍" and the same digits, and is offered it again before anything else', async () => {
    const call = await faultReported(await openTestEngine());
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    const digits = call.heard[0]!.match(/工单号([一二三四五六七八九零幺 ]+)/)?.[1]?.trim();
    expect(digits).toBeTruthy();
    expect(call.heard[1]).toBe(`再说一遍：${digits}。`);
    expect(call.heard[2]).toBe('再听请按1，继续请按2。'); // both ways on named, within the 25 s turn (N2, N7)
    expect(call.said).not.toContain('还有什么可以帮您');
  });

  it('N8: pressing 1 says it once more; 2 goes on to "anything else?"', async () => {
    const call = await faultReported(await openTestEngine());
    const twice = call.heard[1];
    await call.press('1');
    expect(call.keys).toEqual(['ticket.again', 'ticket.offerAgain']);
    expect(call.heard[0]).toBe(twice);
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
  });

  it('N7: silence after the offer is no miss: on to "anything else?"; "记下了" too', async () => {
    const silent = await faultReported(await openTestEngine());
    await silent.silence();
    expect(silent.keys).toEqual(['closing.anythingElse']);
    const noted = await faultReported(await openTestEngine());
    await noted.say('好的 记下了');
    expect(noted.keys).toEqual(['closing.anythingElse']);
    const again = await faultReported(await openTestEngine());
    await again.say('没听清 再说一遍');
    expect(again.keys).toEqual(['ticket.again', 'ticket.offerAgain']);
  });

  it('N8: a plain yes ("对", "好的", "係", "yes") at "再听请按1" hears it again; a plain no goes on', async () => {
    for (const [key, yes, no] of [['1', '对', '不用'], ['1', '好的', '不要了'], ['3', '係', '唔使'], ['2', 'yes', 'no']] as const) {
      const call = await faultReported(await openTestEngine(), key);
      await call.say(yes);
      expect(call.keys, yes).toEqual(['ticket.again', 'ticket.offerAgain']);
      await call.say(no);
      expect(call.keys, no).toEqual(['closing.anythingElse']);
    }
  });

  it('N4: in Cantonese and in English the ticket is said again in the caller\'s language', async () => {
    const yue = await faultReported(await openTestEngine(), '3');
    expect(yue.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(yue.heard[1]).toMatch(/^再講一次：[一二三四五六七八九零 ]+。$/);
    expect(yue.heard[2]).toBe('再聽請按1，繼續請按2。');
    await yue.say('唔使喇');
    expect(yue.keys).toEqual(['closing.anythingElse']);

    const en = await faultReported(await openTestEngine(), '2');
    expect(en.heard[1]).toMatch(/^Once more, your ticket number is [\d ,]+\.$/);
    expect(en.heard[2]).toBe('To hear it again, press 1. To continue, press 2.');
    await en.say('say it again please');
    expect(en.keys).toEqual(['ticket.again', 'ticket.offerAgain']);
  });

  it('chat shows the ticket in writing: on to "anything else?" at once', async () => {
    const chat = await Call.dial(await openTestEngine(), { from: null, channel: 'chat' });
    for (const words of ['普通话', '我家停电了']) await chat.type(words);
    for (const id of ['no_account', 'no', 'home']) await chat.choose(id);
    for (const words of ['城关区人民路88号', '家里全部没电了']) await chat.type(words);
    await chat.choose('yes'); // the read-back is right
    await chat.type('王女士'); // how to address her (issue 14)
    await chat.type('13912345678');
    await chat.choose('yes'); // the number is right
    expect(chat.keys).toEqual(['fault.ticketCreated', 'closing.anythingElse']);
  });

  it('the ticket is offered again once: a query after it goes straight to "anything else?"', async () => {
    const call = await faultReported(await openTestEngine());
    await call.press('2');
    await call.press('1'); // yes, more help
    await call.press('2'); // queries
    await call.press('2'); // the outage schedule: the account confirmed in this call is not asked again (audit 2, finding 8)
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    expect(call.keys).not.toContain('ticket.again');
  });
});

describe('the ticket by SMS where Twilio is configured (issue 14 item 6)', () => {
  it('after the offer the ticket goes to the caller\'s mobile, and they are told so', async () => {
    const rest = new FakeTwilioRest();
    const call = await faultReported(await openTestEngine({ env: SMS_ENV, twilioHttpClient: rest }));
    expect(rest.messages).toEqual([]); // not before the caller heard it twice
    await call.press('2');
    expect(call.keys).toEqual(['ticket.texted', 'closing.anythingElse']);
    expect(call.heard[0]).toBe('工单号已经用短信发到您的手机。');
    expect(rest.messages).toHaveLength(1);
    expect(rest.messages[0]).toMatchObject({ to: ZHANG_WEI.phone, from: SMS_ENV.TWILIO_SMS_FROM });
    expect(rest.messages[0]!.body.replace(/\s/g, '')).toContain(`工单号是${ticketOf(call)}`);
  });

  it('in the caller\'s language (Cantonese)', async () => {
    const rest = new FakeTwilioRest();
    const call = await faultReported(await openTestEngine({ env: SMS_ENV, twilioHttpClient: rest }), '3');
    await call.silence();
    expect(call.keys).toEqual(['ticket.texted', 'closing.anythingElse']);
    expect(rest.messages[0]!.body).toMatch(/^【.+】你嘅95598工單號係/);
  });

  it('in the caller\'s language (English): told in English, texted in English with the ticket number', async () => {
    const rest = new FakeTwilioRest();
    const call = await faultReported(await openTestEngine({ env: SMS_ENV, twilioHttpClient: rest }), '2');
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(rest.messages).toEqual([]);
    await call.press('2');
    expect(call.keys).toEqual(['ticket.texted', 'closing.anythingElse']);
    expect(call.heard[0]).toMatch(/text/i);
    expect(call.heard[0]).not.toMatch(/\p{Script=Han}/u);
    expect(rest.messages).toHaveLength(1);
    expect(rest.messages[0]).toMatchObject({ to: ZHANG_WEI.phone, from: SMS_ENV.TWILIO_SMS_FROM });
    const body = rest.messages[0]!.body;
    expect(body).toMatch(/: your 95598 ticket number is [\d ]+\. Please quote it/);
    expect(body).not.toMatch(/\p{Script=Han}/u);
    expect(body.replace(/\s/g, '')).toContain(ticketOf(call));
  });

  it("Twilio's API failing: the caller is told nothing of a text, and the call goes on", async () => {
    const rest = new FakeTwilioRest();
    rest.status = 500;
    const call = await faultReported(await openTestEngine({ env: SMS_ENV, twilioHttpClient: rest }));
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
  });

  it('without Twilio configured nothing is texted and nothing is said of it', async () => {
    const call = await faultReported(await openTestEngine());
    await call.press('2');
    expect(call.keys).toEqual(['closing.anythingElse']);
  });
});
