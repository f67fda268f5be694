import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';

async function toIdentity(from: string | null) {
  const call = await Call.dial(await openTestEngine(), { from });
  await call.silence(); // Mandarin
  await call.press('1'); // fault repair
  return call;
}

const spoken = (call: Call) => call.heard.join('').replace(/\s/g, '');

describe('identity confirmation (N8, N6)', () => {
  it('N6, N8: a known caller number hears the account ending and the name described in kind words', async () => {
    const call = await toIdentity(ZHANG_WEI.phone);
    expect(call.keys).toEqual(['identity.callerAccount', 'identity.confirmCaller']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ accountTail: '3456', name: '张伟' });
    expect(spoken(call)).toContain('弓长张');
    expect(spoken(call)).toContain('三四五六');
    await call.press('1');
    expect(call.keys).toEqual(['identity.confirmed', 'fault.askDanger']);
  });

  it('N8: an account number by keypad is read back digit by digit, 1 as 幺, and confirmed', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    expect(call.keys).toEqual(['identity.askAccount']);
    expect(call.turn.ask).toMatchObject({ kind: 'digits', numDigits: 10, finishOnKey: '#' });
    await call.press('3100123456');
    expect(call.keys).toEqual(['identity.readBack', 'common.isThatRight']);
    expect(spoken(call)).toContain('三幺零零幺二三四五六');
    await call.press('1');
    expect(call.keys).toEqual(['identity.confirmed', 'fault.askDanger']);
  });

  it('N8: an account number spoken with 幺 and 洞 is understood', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    await call.say('三幺洞洞 幺二三 四五六');
    expect(call.keys).toEqual(['identity.readBack', 'common.isThatRight']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ account: '3100123456' });
  });

  it('N8: the caller corrects a wrong account at the read-back', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    await call.press('3100123456');
    await call.press('2'); // not right
    expect(call.keys).toEqual(['identity.askAccount']);
    await call.press('3100123457');
    expect(call.turn.prompts[0]?.values).toMatchObject({ surname: '李' });
    expect(call.turn.prompts[0]?.values).not.toHaveProperty('name');
    expect(spoken(call)).toContain('木子李');
    await call.press('1');
    expect(call.keys[0]).toBe('identity.confirmed');
  });

  it('a caller who denies the account found by their number is asked for the account', async () => {
    const call = await toIdentity(ZHANG_WEI.phone);
    await call.press('2');
    expect(call.keys).toEqual(['identity.askAccount']);
  });

  it('a number holding two accounts is asked which account', async () => {
    const call = await toIdentity('+8613700137000');
    expect(call.keys).toEqual(['identity.askAccount']);
  });

  it('an unknown account is said so and asked again; after three, the caller goes on by address', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    await call.press('9999999999');
    expect(call.keys).toEqual(['identity.accountNotFound', 'identity.askAccount']);
    await call.press('9999999998');
    expect(call.keys).toEqual(['identity.accountNotFound', 'identity.askAccount']);
    await call.press('9999999997');
    expect(call.keys).toEqual(['identity.accountNotFound', 'identity.proceedByAddress', 'fault.askDanger']);
  });

  it('a caller who does not know the account presses 9 and can still report a fault', async () => {
    const call = await toIdentity(null);
    await call.press('9');
    expect(call.keys).toEqual(['identity.proceedByAddress', 'fault.askDanger']);
  });

  it('N8: a number of the wrong length is read back as heard and asked again, never shortened or looked up', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    await call.press('31001');
    expect(call.keys).toEqual(['common.heardDigits', 'identity.askAccount']);
    expect(spoken(call)).toContain('三幺零零幺，一共5位');
    await call.say('三幺零零 幺二三四五六七'); // eleven digits: one too many
    expect(call.keys).toEqual(['common.heardDigits', 'identity.askAccountHelp']);
    expect(spoken(call)).toContain('三幺零零幺二三四五六七，一共11位');
    await call.say('三幺零零 幺二三 四五六');
    expect(call.keys).toEqual(['identity.readBack', 'common.isThatRight']);
  });

  it('N8: a digit the ASR wrote as a homophone (要 for 幺, 酒 for 九) still makes the number', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    await call.say('三要零零 要二三 四五六');
    expect(call.keys).toEqual(['identity.readBack', 'common.isThatRight']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ account: '3100123456' });
  });

  it('N8: in English chat and on the Cantonese line the number heard is read back too', async () => {
    const chat = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE, channel: 'chat' });
    await chat.type('English please');
    await chat.type('I want to report a power outage');
    expect(chat.keys).toEqual(['identity.askAccount']);
    await chat.type('my account is 31001234');
    expect(chat.keys).toEqual(['common.heardDigits', 'identity.askAccount']);
    expect(chat.heard[0]).toBe("You typed 3100 1234. That's 8 digits.");

    const phone = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await phone.say('廣東話');
    await phone.say('我屋企冇電');
    expect(phone.keys).toEqual(['identity.askAccount']);
    await phone.say('三一零零 一二三四');
    expect(phone.keys).toEqual(['common.heardDigits', 'identity.askAccount']);
    expect(spoken(phone)).toContain('一共8個數字');
  });

  it('N8: after silence the digit ask says it heard nothing, not a read-back', async () => {
    const call = await toIdentity(UNKNOWN_PHONE);
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'identity.askAccountHelp']);
  });
});
