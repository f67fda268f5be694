/**
 * Verified identity before account data (issue 10 item 1), as callers live it: a phone caller
 * whose caller ID is registered to the account is verified; keying an account, or typing a phone
 * number in a chat, is a claim that a one-time code sent by SMS to the registered phone (through
 * Twilio's Messages API, acted here by test/support/twilio-rest.ts) must prove before a bill is said.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { FakeTwilioRest, SMS_ENV } from '../support/twilio-rest.js';

async function engineWithSms(env: Record<string, string> = {}, now?: () => Date) {
  const rest = new FakeTwilioRest();
  const engine = await openTestEngine({ env: { ...SMS_ENV, ...env }, twilioHttpClient: rest, ...(now ? { now } : {}) });
  return { engine, rest };
}

/** An unknown number keys Zhang Wei's account and asks for the bill. */
async function billByAccount(engine: Awaited<ReturnType<typeof engineWithSms>>['engine'], channel: 'voice' | 'chat' = 'voice') {
  const call = await Call.dial(engine, { from: channel === 'voice' ? UNKNOWN_PHONE : null, channel });
  await call.silence(); // Mandarin
  await call.press('2'); // queries
  await call.press('1'); // the bill
  await call.press(ZHANG_WEI.account);
  return call;
}

const all = (call: Call) => call.turns.flatMap((t) => t.prompts.map((p) => JSON.stringify(p.values ?? {}))).join(' ');

describe('verification before account data (issue 10 item 1)', () => {
  it('a keyed account hears the family name only, then proves it by the code sent to the registered phone', async () => {
    const { engine, rest } = await engineWithSms();
    const call = await billByAccount(engine);
    expect(call.keys).toEqual(['identity.readBack', 'common.isThatRight']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ account: ZHANG_WEI.account, surname: '张' });
    expect(call.heard.join('')).not.toContain('张伟');
    await call.press('1'); // that is my account
    expect(call.keys).toEqual(['identity.confirmed', 'verify.offer']);
    // The registered phone's last digits are the second factor of a ticket's owner (progress, 催办): never said.
    expect(call.turn.prompts[1]?.values?.phoneTail).toBeUndefined();
    expect(call.heard.join('').replace(/\s/g, '')).not.toMatch(/8000|八零零零/);
    expect(all(call)).not.toMatch(/balance|billAmount|城关/);

    await call.press('1'); // send the code
    expect(call.keys).toEqual(['verify.askCode']);
    expect(call.turn.ask).toMatchObject({ kind: 'digits', numDigits: 6 });
    expect(rest.messages).toHaveLength(1);
    expect(rest.messages[0]).toMatchObject({ to: ZHANG_WEI.phone, from: SMS_ENV.TWILIO_SMS_FROM, method: 'post' });
    expect(rest.messages[0]!.uri).toContain(`/Accounts/${SMS_ENV.TWILIO_ACCOUNT_SID}/Messages.json`);
    expect(rest.messages[0]!.body).toMatch(/验证码是\d{6}，5分钟内有效/);

    // Only a hash is kept at rest.
    const code = rest.codeSentTo(ZHANG_WEI.phone);
    expect(JSON.stringify(await engine.stores.sessions.get(call.id))).not.toContain(code);

    await call.press(code);
    expect(call.keys).toEqual(['verify.done', 'query.statement', 'query.lastBill', 'closing.anythingElse']);
    expect(call.turn.prompts[1]?.values).toMatchObject({ balance: expect.any(Number), billAmount: expect.any(Number) });
  });

  it('wrong codes are limited: after three the caller is not verified and hears no bill', async () => {
    const { engine, rest } = await engineWithSms();
    const call = await billByAccount(engine);
    await call.press('1');
    await call.press('1');
    const code = rest.codeSentTo(ZHANG_WEI.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    await call.press(wrong);
    expect(call.keys).toEqual(['verify.wrong', 'verify.askCode']);
    await call.press(wrong);
    expect(call.keys).toEqual(['verify.wrong', 'verify.askCode']);
    await call.press(wrong);
    expect(call.keys).toEqual(['verify.failed', 'query.needVerification', 'closing.anythingElse']);
    expect(all(call)).not.toMatch(/balance|billAmount/);
  });

  it('a code expires', async () => {
    let now = new Date('2026-11-25T02:00:00Z');
    const { engine, rest } = await engineWithSms({ VERIFICATION_CODE_TTL_SECONDS: '120' }, () => now);
    const call = await billByAccount(engine);
    await call.press('1');
    await call.press('1');
    expect(rest.messages[0]!.body).toContain('2分钟');
    now = new Date(now.getTime() + 121_000);
    await call.press(rest.codeSentTo(ZHANG_WEI.phone));
    expect(call.keys).toEqual(['verify.expired', 'query.needVerification', 'closing.anythingElse']);
  });

  it('a caller who declines the code is told how else to get the bill', async () => {
    const { engine, rest } = await engineWithSms();
    const call = await billByAccount(engine);
    await call.press('1');
    await call.press('2'); // no code
    expect(call.keys).toEqual(['query.needVerification', 'closing.anythingElse']);
    expect(rest.messages).toEqual([]);
  });

  it('one registered phone gets a limited number of codes an hour, across conversations', async () => {
    const { engine, rest } = await engineWithSms({ VERIFICATION_MAX_SENDS_PER_HOUR: '1' });
    const first = await billByAccount(engine);
    await first.press('1');
    await first.press('1');
    const second = await billByAccount(engine);
    await second.press('1');
    await second.press('1');
    expect(second.keys).toEqual(['verify.tooMany', 'query.needVerification', 'closing.anythingElse']);
    expect(rest.messages).toHaveLength(1);
  });

  it("Twilio's API failing: the customer is told the code cannot be sent, never left in silence", async () => {
    const { engine, rest } = await engineWithSms();
    rest.status = 500;
    const call = await billByAccount(engine);
    await call.press('1');
    await call.press('1');
    expect(call.keys).toEqual(['verify.unavailable', 'query.needVerification', 'closing.anythingElse']);
  });

  it('the phone caller whose caller ID is registered is verified without a code', async () => {
    const { engine, rest } = await engineWithSms();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('2');
    await call.press('1');
    expect(call.turn.prompts[0]?.values).toMatchObject({ name: '张伟', accountTail: '3456' });
    await call.press('1');
    expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']); // the balance itself says the account was found (N2)
    expect(rest.messages).toEqual([]);
  });

  it('a caller ID registered to the keyed account verifies too (a number holding two accounts)', async () => {
    const { engine } = await engineWithSms();
    const call = await Call.dial(engine, { from: '+8613700137000' }); // two accounts
    await call.silence();
    await call.press('2');
    await call.press('1');
    expect(call.keys[0]).toBe('identity.twoAccounts');
    await call.press('9'); // neither address offered: the account number instead
    expect(call.keys).toEqual(['identity.askAccount']);
    await call.press('3100234561'); // 王芳's, registered to this number
    await call.press('1');
    // Her 1栋 flat's prepaid meter has run out: the bill says it cut the power (audit 2, finding 6); the
    // balance itself says the account was found (N2).
    expect(call.keys).toEqual(['query.statement', 'query.prepaidCut', 'closing.anythingElse']);
  });

  it('in chat a typed number is a claim: the code goes to the registered phone, and then the bill is shown', async () => {
    const { engine, rest } = await engineWithSms();
    const chat = await Call.dial(engine, { from: ZHANG_WEI.phone, channel: 'chat' });
    await chat.choose('language_en');
    await chat.type('I want to check my bill');
    expect(chat.keys).toEqual(['identity.confirmClaimed']);
    expect(chat.heard.join(' ')).toContain("family name is Zhang (张)");
    expect(chat.heard.join(' ')).not.toMatch(/张伟|3456/);
    await chat.choose('yes');
    expect(chat.keys).toEqual(['identity.confirmed', 'verify.offer']);
    await chat.choose('yes');
    expect(rest.messages[0]).toMatchObject({ to: ZHANG_WEI.phone });
    expect(rest.messages[0]!.body).toMatch(/your 95598 verification code is \d{6}/); // in the chat's language
    await chat.type(rest.codeSentTo(ZHANG_WEI.phone));
    expect(chat.keys).toEqual(['verify.done', 'query.statement', 'query.lastBill', 'closing.anythingElse']);
  });

  it.each(['zh-CN', 'en-US', 'yue-HK'] as const)('%s: the verification prompts render on both media', async (locale) => {
    const { engine, rest } = await engineWithSms();
    for (const channel of ['voice', 'chat'] as const) {
      const call = await Call.dial(engine, { from: channel === 'voice' ? UNKNOWN_PHONE : null, channel, locale });
      await call.choose(locale === 'zh-CN' ? 'language_zh' : locale === 'en-US' ? 'language_en' : 'language_yue');
      await call.press('2');
      await call.press('1');
      await call.press(ZHANG_WEI.account);
      await call.press('1');
      // The registered phone is named, not its digits (they are a ticket owner's second factor).
      expect(call.heard.join(' ')).not.toMatch(/8000|8 0 0 0|八零零零|八 零 零 零/);
      expect(call.keys).toContain('verify.offer');
      await call.press('1');
      await call.press(rest.codeSentTo(ZHANG_WEI.phone));
      expect(call.keys[0]).toBe('verify.done');
    }
  });
});
