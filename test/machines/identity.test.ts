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

  it('N8: a bare "no" at "your account number?" means "I don\'t have it", in every locale and medium', async () => {
    for (const [key, no, channel] of [['普通话', '没有', 'chat'], ['廣東話', '冇', 'voice'], ['English', 'no', 'chat']] as const) {
      const call = await Call.dial(await openTestEngine(), { from: channel === 'voice' ? UNKNOWN_PHONE : null, channel });
      const answer = (said: string) => (channel === 'voice' ? call.say(said) : call.type(said));
      await answer(key);
      await call.choose('fault_report');
      expect(call.keys, key).toEqual(['identity.askAccount']);
      await answer(no);
      expect(call.keys, key).toEqual(['identity.proceedByAddress', 'fault.askDanger']);
    }
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

/** 王芳's phone holds two accounts: 城南区建设路6号1栋 (3100234561, owing 42.60) and 6号底商 (3100234562, 310.00). */
const WANG_FANG = '+8613700137000';

/** The caller picks a language at the offer (1 Mandarin, 2 English, 3 Cantonese) and asks for the bill. */
async function toBill(from: string, languageKey: string, channel: 'voice' | 'chat' = 'voice') {
  const call = await Call.dial(await openTestEngine(), { from, channel });
  if (channel === 'chat') await call.type({ '1': '普通话', '2': 'English', '3': '廣東話' }[languageKey]!);
  else await call.press(languageKey);
  await call.press('2'); // query
  await call.press('1'); // bill and balance
  return call;
}

describe('N8, issue 14: two accounts on the caller\'s own number are offered by address', () => {
  it('N8: a Mandarin caller hears both addresses and presses 2 for the shop: the bill of that account', async () => {
    const call = await toBill(WANG_FANG, '1');
    expect(call.keys).toEqual(['identity.twoAccounts', 'identity.chooseAccount', 'identity.chooseAccountKeys']);
    expect(call.heard[1]).toBe('是城南区建设路6号1栋，还是城南区建设路6号底商？');
    expect(call.heard[2]).toBe('第一个按1，第二个按2，都不是按9。');
    await call.press('2');
    expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']); // the balance says the account was found: no 已确认 before it (N2)
    expect(spoken(call)).toContain('310');
    expect(spoken(call)).not.toContain('42');
    // The address not chosen is not carried on (issue 10 item 1: said only to choose).
    expect(call.turn.prompts.map((p) => p.values ?? {})).not.toContainEqual(expect.objectContaining({ secondAddress: expect.anything() }));
  });

  it('N8: saying "前面那个" chooses the first account (words in locales/words)', async () => {
    const call = await toBill(WANG_FANG, '1');
    await call.say('前面那个');
    expect(call.keys).toEqual(['query.statement', 'query.prepaidCut', 'closing.anythingElse']); // her 1栋 flat is prepaid and cut (audit 2, finding 6); no 已确认 before it (N2)
    expect(spoken(call)).toContain('42');
  });

  it('N4: a Cantonese caller hears the addresses in traditional characters and says "第二個"', async () => {
    const call = await toBill(WANG_FANG, '3');
    expect(call.heard.slice(0, 2)).toEqual(['呢個號碼有兩個戶口。', '係城南區建設路6號1棟，定係城南區建設路6號底商？']);
    await call.say('第二個');
    expect(call.keys).toEqual(['query.statement', 'query.lastBill', 'closing.anythingElse']); // the balance says the account was found: no 已确认 before it (N2)
  });

  it('N4: an English caller hears the addresses as an English speaker says them, and says "the first one"', async () => {
    const call = await toBill(WANG_FANG, '2');
    expect(call.heard[1]).toBe('Is it Building 1, 6 Jianshe Road, Chengnan District, or the ground-floor shop, 6 Jianshe Road, Chengnan District?');
    expect(call.said).not.toMatch(/\p{Script=Han}/u);
    await call.say('the first one');
    expect(call.keys).toEqual(['query.statement', 'query.prepaidCut', 'closing.anythingElse']); // her 1栋 flat is prepaid and cut (audit 2, finding 6); no 已确认 before it (N2)
  });

  it('N8: neither address (9, or "都不是") asks for the account number', async () => {
    const pressed = await toBill(WANG_FANG, '1');
    await pressed.press('9');
    expect(pressed.keys).toEqual(['identity.askAccount']);
    const said = await toBill(WANG_FANG, '1');
    await said.say('两个都不是');
    expect(said.keys).toEqual(['identity.askAccount']);
  });

  it('N7: silence twice at the choice hears the help, shorter than the question', async () => {
    const call = await toBill(WANG_FANG, '1');
    await call.silence();
    await call.silence();
    expect(call.keys).toEqual(['common.noInput', 'identity.chooseAccountHelp']);
    expect(call.heard[1]).toBe('第一个地址按1，第二个按2，都不是按9。');
  });

  it('issue 10: a chat with that number is only a claim: asked for the account number, never read an address', async () => {
    for (const language of ['1', '2', '3']) {
      const chat = await toBill(WANG_FANG, language, 'chat');
      expect(chat.keys).toEqual(['identity.askAccount']);
      expect(chat.said).not.toMatch(/建设路|建設路|Jianshe/);
    }
  });
});
