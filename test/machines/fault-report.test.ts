import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { openDatabase } from '../../src/store/sqlite/database.js';
import { tempDir } from '../store/helpers.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { TURN_BUDGET_SECONDS, turnSeconds } from '../../src/prompts/speech-rate.js';

/** Dial, keep Mandarin, choose fault repair, confirm the account found by the caller's number. */
async function identifiedFaultCall(from: string) {
  const engine = await openTestEngine();
  const call = await Call.dial(engine, { from });
  await call.silence();
  await call.press('1');
  await call.press('1');
  return call;
}

/** A chat without a number of its own: the language, a fault at home, no account, where and what. */
async function chatFaultReport(language: string, where: string, what: string) {
  const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
  await call.type(language);
  await call.choose('fault_report');
  await call.choose('no_account');
  await call.choose('no'); // no danger
  await call.choose('home');
  await call.type(where);
  await call.type(what);
  return call;
}

const spoken = (call: Call) => call.heard.join('').replace(/\s/g, '');

describe('fault reporting (N10)', () => {
  it('N8: a chat report without a number asks for one; the address is read back without the words around it, in all three locales', async () => {
    for (const [locale, key, where, what, readBack] of [
      ['zh-CN', '普通话', '在就在我家，城关区人民路88号，就是昨天报修的事', '家里全部没电', '核对一下：城关区人民路88号，家里全部没电。 对吗？'],
      ['yue-HK', '廣東話', '喺我屋企，城關區人民路88號嗰度', '全部冇電', '核對吓：城關區人民路88號，全部冇電。 啱唔啱？'],
      ['en-US', 'English', "It's at 88 Renmin Road, Chengguan District, the one I reported yesterday", 'no power at all', 'Let me check: 88 Renmin Road, Chengguan District, no power at all. Is that right?'],
    ] as const) {
      const call = await chatFaultReport(key, where, what);
      expect(call.keys, locale).toEqual(['fault.readBack', 'common.isThatRight']);
      expect(call.said, locale).toBe(readBack);
      await call.choose('yes');
      // A chat customer we cannot name is asked how to address him first (issue 14).
      expect(call.keys, locale).toEqual(['common.askName']);
      await call.type(locale === 'en-US' ? 'my name is Li' : '我姓李');
      expect(call.keys, locale).toEqual(['danger.askContact']);
      await call.type('13912345678');
      // The number in a turn of its own (N2: with the read-back it would be over 25 s), read back (N8).
      expect(call.keys, locale).toEqual(['common.contactNamed', 'danger.confirmContact']);
      expect(call.said, locale).toContain('139 1234 5678');
      expect(call.said, locale).toMatch(locale === 'en-US' ? /Contact: Li\./ : /姓李/);
    }
  });

  it('N10: danger goes first: the first question is whether there is danger', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    expect(call.keys).toEqual(['identity.confirmed', 'fault.askDanger']);
  });

  it('N10: danger: safety advice heard whole, then an urgent work order at the home address', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('1'); // yes, there is danger
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.confirmDangerAtHome']);
    expect(call.turn.prompts[0]?.safety).toBe(true);
    expect(call.turn.ask?.bargeIn).toBe(false);
    await call.press('1'); // at my home
    expect(call.keys).toEqual(['danger.confirmContact']); // the number read back (N8)
    await call.press('1');
    expect(call.keys).toEqual(['fault.urgentCreated', 'ticket.again', 'ticket.offerAgain']);

    const ticket = String(call.turn.prompts[0]?.values?.ticket);
    const order = await call.engine.stores.services.workOrders.get(ticket);
    expect(order).toMatchObject({ urgent: true, danger: true, account: ZHANG_WEI.account, phone: ZHANG_WEI.phone });
    expect(order?.address).toContain('人民路88号');
  });

  it('N10: an unidentified caller describing danger gives the place and gets an urgent ticket', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('有人触电了');
    expect(call.keys).toEqual(['danger.shockAdvice', 'fault.askDangerLocation']); // 120 first
    await call.say('西河乡河口村村委会门口');
    expect(call.keys).toEqual(['danger.readBackLocation']);
    await call.press('1');
    await call.press('1'); // the caller's own number
    expect(call.keys[0]).toBe('fault.urgentCreated');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ urgent: true, danger: true, address: '西河乡河口村村委会门口', description: '有人触电了' });
  });

  it('N10: a danger word in the description turns the report into a danger report', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('2'); // no danger
    await call.press('1'); // home only
    await call.say('插座那边在冒烟');
    expect(call.keys[0]).toBe('fault.safetyAdvice');
  });

  it('N10: a known outage on the area named is announced with its restore time and the caller registered on it', async () => {
    // A caller nobody knows (a caller on an account there hears it at once: outage-notice.test.ts).
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('1'); // fault repair
    await call.press('9'); // no account number
    await call.press('2'); // no danger
    await call.press('3'); // the whole area
    await call.say('东山镇新街45号');
    expect(call.keys).toEqual(['fault.knownOutageFault', 'fault.registeredOnOutage', 'closing.anythingElse']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ area: '东山镇' });
    expect(Date.parse(String(call.turn.prompts[0]?.values?.restoreAt))).toBeGreaterThan(Date.now());
    // No duplicate ticket for a known outage.
    expect(await call.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE })).toEqual([]);
  });

  it('N8: the home address is not asked on its own (issue 14: the read-back confirms it); address and description are read back and confirmed, then a ticket with the urban promise of 45 minutes', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('2'); // no danger
    await call.press('1'); // home only
    expect(call.keys).toEqual(['fault.askDescription']);
    await call.say('嗯 家里全部没电了');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    expect(spoken(call)).toContain('人民路88号');
    expect(spoken(call)).toContain('家里全部没电了');
    await call.press('1');
    // The number the crew calls, with the contact person, in a turn of its own (N8, issue 14 item 4).
    expect(call.keys).toEqual(['common.contactPerson', 'danger.confirmContact']);
    expect(spoken(call)).toContain('幺三八零零幺三八零零零');
    await call.press('1');
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);

    const { ticket, minutes } = call.turn.prompts[0]?.values ?? {};
    expect(String(ticket)).toMatch(/^\d{10}$/);
    expect(minutes).toBe(45);
    const order = await call.engine.stores.services.workOrders.get(String(ticket));
    expect(order).toMatchObject({ urgent: false, scope: 'home', account: ZHANG_WEI.account, areaId: 'chengguan', promisedArrivalMinutes: 45 });
    expect(order?.description).toContain('家里全部没电了');
  });

  it('N8 (issue 14 item 4): the read-back says since when the power is out, when the caller said it; the number is read back with the contact person', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('2'); // no danger
    await call.press('1'); // home only
    await call.say('家里全部没电了，冰箱也停了，灯也不亮，从昨晚8点开始的');
    // Out since last night: sorry for the wait first (N12), then the read-back with since when.
    expect(call.keys).toEqual(['common.reactWait', 'fault.readBack', 'fault.readBackSince', 'common.isThatRight']);
    expect(call.heard[2]).toBe('从昨晚8点开始停电。');
    await call.press('1');
    expect(call.keys).toEqual(['common.contactPerson', 'danger.confirmContact']);
    expect(call.heard[0]).toMatch(/^联系人.*张/);
    await call.press('1');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order?.description).toContain('从昨晚8点开始'); // the order keeps every word

    // A time inside the gist already is not said twice; none said, none read back.
    const told = await identifiedFaultCall(ZHANG_WEI.phone);
    await told.press('2');
    await told.press('1');
    await told.press('1');
    await told.say('从昨晚8点家里就全部没电了');
    expect(told.keys).toEqual(['common.reactWait', 'fault.readBack', 'common.isThatRight']);
    expect(told.said).toContain('从昨晚8点家里就全部没电了');
  });

  it('on a day of more than 9,999 tickets the caller still gets one, read back digit by digit', async () => {
    const dataDir = tempDir();
    const now = () => new Date('2026-11-25T02:00:00Z');
    const engine = await openTestEngine({ dataDir, now });
    const db = openDatabase(dataDir);
    db.prepare("INSERT INTO ticket_sequences (day, last) VALUES ('261125', 9999)").run();
    db.close();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('1');
    await call.press('1');
    await call.press('2'); // no danger
    await call.press('1'); // home only
    await call.say('家里全部没电了');
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    expect(call.keys).toEqual(['fault.ticketCreated', 'ticket.again', 'ticket.offerAgain']);
    expect(call.turn.prompts[0]?.values?.ticket).toBe('26112510000');
    expect(call.heard[0]).toContain('二六幺 幺二五幺 零零零零');
  });

  it('an unidentified caller reports by address; the rural promise of 90 minutes applies', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('1');
    await call.press('9'); // no account number
    await call.press('2'); // no danger
    await call.press('1'); // home only
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.say('西河乡河口村20号');
    await call.say('电压不稳 灯一闪一闪的');
    expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
    await call.press('1');
    expect(call.keys).toEqual(['danger.confirmContact']); // nobody named: no contact person
    await call.press('1');
    expect(call.turn.prompts[0]?.values).toMatchObject({ minutes: 90 });
  });

  it('N8: a caller who corrects the read-back gives the address again', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('2');
    await call.press('1');
    await call.press('1');
    await call.say('家里没电了');
    await call.press('2'); // not right
    expect(call.keys).toEqual(['fault.askWhichWrong']);
    await call.press('1'); // the address or the fault
    expect(call.keys).toEqual(['fault.askAddress']);
    await call.say('城关区人民路90号');
    await call.say('整栋楼没电');
    expect(call.turn.prompts[0]?.values).toMatchObject({ address: '城关区人民路90号', description: '整栋楼没电' });
  });

  it('N8: a "no" to the read-back reaches the caller-ID number by keypad: another number taken, read back and kept', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('2'); // no danger
    await call.press('1'); // home only
    await call.say('家里没电了');
    await call.press('2'); // not right
    await call.press('2'); // the number
    expect(call.keys).toEqual(['danger.askContact']);
    await call.press('13912345678');
    expect(call.keys).toEqual(['common.contactPerson', 'danger.confirmContact']);
    expect(spoken(call)).toContain('幺三九幺二三四五六七八');
    await call.press('1');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'repair', phone: '+8613912345678', account: ZHANG_WEI.account });
  });

  it('N8: "电话错了", "號碼唔啱", "wrong number" at the read-back go straight to the number, in all three locales', async () => {
    for (const [locale, key, where, what, wrong, contact] of [
      ['zh-CN', '普通话', '城关区人民路88号', '家里全部没电', '电话错了', '136 0013 6000'],
      ['yue-HK', '廣東話', '城關區人民路88號', '全部冇電', '號碼唔啱', '136 0013 6000'],
      ['en-US', 'English', '88 Renmin Road, Chengguan District', 'no power at all', 'wrong number', '136 0013 6000'],
    ] as const) {
      const call = await chatFaultReport(key, where, what);
      expect(call.keys, locale).toEqual(['fault.readBack', 'common.isThatRight']);
      await call.type(wrong);
      expect(call.keys, locale).toEqual(['danger.askContact']);
      await call.type('13600136000');
      expect(call.said, locale).toContain(contact);
      await call.choose('yes');
      const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
      expect(order, locale).toMatchObject({ kind: 'repair', phone: '+8613600136000' });
    }
  });

  it('N20: after the ticket the caller is asked if anything else is needed, then hears the closing phrase and the line waits', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('1');
    await call.press('1');
    await call.press('1'); // danger at home, the caller's number: the urgent ticket
    await call.press('2'); // the ticket heard twice is enough (issue 14 item 6)
    await call.press('2'); // nothing else
    expect(call.keys).toEqual(['closing.goodbye']);
    expect(call.turn.end?.type).toBe('hangup');
    expect(call.turn.end).toMatchObject({ waitForCallerSeconds: expect.any(Number) });
  });

  it('N20: silence at "anything else" ends the call politely rather than queueing for an agent', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('1');
    await call.press('1');
    await call.press('1'); // danger at home, the caller's number: the urgent ticket
    await call.silence(); // no need to hear the ticket a third time
    await call.silence();
    await call.silence();
    await call.silence();
    expect(call.keys).toEqual(['closing.goodbye']);
    expect(call.turn.end?.type).toBe('hangup');
  });

  it('a caller who wants more help goes back to the menu', async () => {
    const call = await identifiedFaultCall(ZHANG_WEI.phone);
    await call.press('1');
    await call.press('1');
    await call.press('1'); // danger at home, the caller's number: the urgent ticket
    await call.press('2'); // the ticket heard twice is enough
    await call.press('1');
    expect(call.keys).toEqual(['menu.main']);
  });
});

/** 刘洋 (demo data): his account 3100456789 owes 18.9 yuan; he calls from his registered number. */
const LIU_YANG = { phone: '+8613500135000', account: '3100456789' };

describe('arrears before a crew is sent: the first check a 95598 agent makes (issue 14, N9)', () => {
  async function homeOutage(from: string, languageKey: '0' | '2' | '3') {
    const call = await Call.dial(await openTestEngine(), { from });
    if (languageKey === '0') await call.silence();
    else await call.press(languageKey);
    await call.press('1'); // fault repair
    await call.press('1'); // yes, my account
    await call.press('2'); // no danger
    await call.press('1'); // only my home
    return call;
  }

  it('zh-CN voice (N1, N2): told the account owes 18.9 yuan and how to pay; "不用了，我先去交" ends it without a work order', async () => {
    const call = await homeOutage(LIU_YANG.phone, '0');
    expect(call.heard[0]).toBe('您的账户欠费18.9元，可能是欠费停电。'); // N5: the account, not 户号
    // N1: what to do, as an agent says it: where to pay, and when the power is back.
    expect(call.keys).toEqual(['fault.arrearsNotice', 'fault.arrearsHowToPay', 'fault.askStillReport']);
    expect(call.said).toContain('在网上国网、网银或营业厅缴清后，一般24小时内来电。');
    await call.say('不用了，我先去交');
    expect(call.keys).toEqual(['closing.anythingElse']);
    expect(await call.engine.stores.services.workOrders.list({ phone: LIU_YANG.phone })).toEqual([]);
  });

  it('yue-HK voice: "我已經交咗" goes on with the report, and the crew is sent', async () => {
    const call = await homeOutage(LIU_YANG.phone, '3');
    expect(call.keys).toEqual(['fault.arrearsNotice', 'fault.arrearsHowToPay', 'fault.askStillReport']);
    expect(call.heard[0]).toBe('你嘅賬戶欠費18.9元，可能係欠費停電。');
    expect(call.said).toContain('喺網上國網、網銀或者營業廳交清後，一般24個鐘內有電。');
    await call.say('我已經交咗');
    expect(call.keys).toEqual(['fault.askDescription']);
    await call.say('全部冇電');
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    expect(call.keys[0]).toBe('fault.ticketCreated');
    const [order] = await call.engine.stores.services.workOrders.list({ phone: LIU_YANG.phone });
    expect(order).toMatchObject({ kind: 'repair', account: LIU_YANG.account });
  });

  it('en-US voice: the notice in English; press 1 still reports', async () => {
    const call = await homeOutage(LIU_YANG.phone, '2');
    expect(call.said).toContain('owes');
    expect(call.said).toContain('You can pay in the State Grid app, by online banking or at a service center.');
    expect(call.said).toContain('24 hours');
    await call.press('1');
    expect(call.keys).toEqual(['fault.askDescription']);
  });

  it.each(['0', '2', '3'] as const)('N2: the notice, how to pay and the question fit one turn\'s budget (language key %s)', async (languageKey) => {
    const call = await homeOutage(LIU_YANG.phone, languageKey);
    expect(call.keys).toEqual(['fault.arrearsNotice', 'fault.arrearsHowToPay', 'fault.askStillReport']);
    expect(turnSeconds(renderVoice(call.turn.prompts, call.turn.locale, { now: new Date() }))).toBeLessThanOrEqual(TURN_BUDGET_SECONDS);
  });

  it('an account in credit hears nothing of it; nor does a whole building out, whose cause is not one bill', async () => {
    const inCredit = await homeOutage(ZHANG_WEI.phone, '0');
    expect(inCredit.keys).toEqual(['fault.askDescription']);

    const call = await Call.dial(await openTestEngine(), { from: LIU_YANG.phone });
    await call.silence();
    await call.press('1');
    await call.press('1');
    await call.press('2'); // no danger
    await call.press('2'); // the whole building
    expect(call.keys).not.toContain('fault.arrearsNotice');
  });
});

describe('English polish of the read-back (issue 14 item 5, N8)', () => {
  it('en-US voice: "The whole flat has no power" is read back inside the sentence, without its capital', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.press('2'); // English
    await call.press('1'); // fault repair
    await call.press('1'); // this account
    await call.press('2'); // no danger
    await call.press('1'); // home only
    await call.say('The whole flat has no power.');
    expect(call.said).toContain('Let me check: Room 501, Unit 2, Building 3, 88 Renmin Road, Chengguan District, the whole flat has no power.');
  });
});

/** 王芳 (demo data): her 1栋 flat (3100234561, the first of her two accounts) has a prepaid meter, run out at -42.6 yuan. */
const WANG_FANG = '+8613700137000';

describe('a prepaid (费控) meter run out: a top-up, not a crew (N1, N2)', () => {
  async function prepaidOutage(languageKey: '0' | '2' | '3') {
    const call = await Call.dial(await openTestEngine(), { from: WANG_FANG });
    if (languageKey === '0') await call.silence();
    else await call.press(languageKey);
    await call.press('1'); // fault repair
    await call.press('1'); // the first account: the 1栋 flat
    await call.press('2'); // no danger
    await call.press('1'); // only my home
    return call;
  }
  const SAID = {
    '0': ['您家是预付费电表，欠费42.6元，已自动停电。', '在网上国网或营业厅充值后，一般几分钟内来电。'],
    '3': ['你屋企係預付費電錶，欠費42.6元，自動停咗電。', '喺網上國網或者營業廳充值後，一般幾分鐘內有電。'],
    '2': ['prepaid meter', 'Top up in the State Grid app or at a service center, and power is usually back within minutes.'],
  } as const;

  it.each(['0', '3', '2'] as const)('N5 (issue 14): language key %s: told the meter cut it and how to top up, within the turn budget; "no" ends without a work order', async (languageKey) => {
    const call = await prepaidOutage(languageKey);
    expect(call.keys).toEqual(['fault.prepaidNotice', 'fault.prepaidHowToTopUp', 'fault.askStillReport']);
    for (const words of SAID[languageKey]) expect(call.said).toContain(words);
    expect(call.said).not.toMatch(/户号|戶號|费控|費控/); // the account, not its number; no jargon (N5)
    expect(call.said).not.toMatch(/24/); // not the postpaid promise
    expect(turnSeconds(renderVoice(call.turn.prompts, call.turn.locale, { now: new Date() }))).toBeLessThanOrEqual(TURN_BUDGET_SECONDS);
    await call.press('2'); // no, I will top up
    expect(call.keys).toEqual(['closing.anythingElse']);
    expect(await call.engine.stores.services.workOrders.list({ phone: WANG_FANG })).toEqual([]);
  });
});
