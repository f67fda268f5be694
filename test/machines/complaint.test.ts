import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

/** 11:00 in Shanghai: the day shift is on duty. */
const DAYTIME = () => new Date('2026-11-25T03:00:00Z');

async function complaintCall(options: { channel?: 'voice' | 'chat'; from?: string | null; env?: Record<string, string> } = {}) {
  const engine = await openTestEngine({ now: DAYTIME, ...(options.env ? { env: options.env } : {}) });
  const call = await Call.dial(engine, { from: options.from === undefined ? ZHANG_WEI.phone : options.from, channel: options.channel ?? 'voice' });
  await call.silence(); // Mandarin
  await call.press('4'); // complaint or report
  await call.press('1'); // complaint
  return call;
}

async function tellTheComplaint(call: Call) {
  await call.say('抢修人员说好下午来 一直没来');
  await call.say('昨天下午');
  await call.say('城关区人民路营业厅');
  await call.silence(); // who: not known
}

describe('complaints (N13, N14, N24)', () => {
  it('N8: the read-back summarises in the engine\'s words: the place without the words around it, who, and the contact number', async () => {
    const call = await complaintCall({ channel: 'chat', from: null });
    await call.say('抢修的人三个小时都没来，打了好几次电话，也没人管');
    await call.say('昨天下午');
    await call.say('在就在我家，城关区人民路88号，就是昨天报修的事');
    await call.say('姓王的师傅');
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'complaint.readBackWho', 'common.isThatRight']);
    expect(call.said).toBe('核对一下：在城关区人民路88号，抢修的人三个小时都没来。 时间是昨天下午。 涉及姓王的师傅。 对吗？');
    await call.press('1');
    expect(call.keys).toEqual(['common.askName']); // a chat customer we cannot name: how to address him (issue 14)
    await call.say('李先生');
    expect(call.keys).toEqual(['complaint.askContact']); // a chat without a number: asked for one
    await call.say('13912345678');
    // The number in a turn of its own (N2: with the story it would be over 25 s), read back (N8).
    expect(call.keys).toEqual(['common.contactNamed', 'complaint.confirmContact']);
    expect(call.said).toBe('联系人李先生。 结果会打139 1234 5678告诉您，号码对吗？');
    await call.press('1');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    // The work order keeps every word of the story.
    expect(order).toMatchObject({ phone: '+8613912345678', description: '抢修的人三个小时都没来，打了好几次电话，也没人管', details: { where: '城关区人民路88号', who: '姓王的师傅' } });
  });

  it('N8: "不清楚" names nobody, and nobody is read back', async () => {
    const call = await complaintCall();
    await call.say('抢修人员说好下午来 一直没来');
    await call.say('昨天下午');
    await call.say('城关区人民路营业厅');
    await call.say('不清楚');
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
    expect(call.said).not.toContain('涉及');
    await call.press('1');
    expect(call.keys.at(-1)).toBe('complaint.confirmContact');
    expect(call.said).toContain('幺三八 零零幺三 八零零零');
  });

  it('N13: soothe first: the empathy prompt comes before any question', async () => {
    const call = await complaintCall();
    expect(call.keys).toEqual(['complaint.empathy', 'complaint.askWhat']);
  });

  it('N8, N14: what, when and where are read back; the complaint gets a ticket, a reply deadline and a callback task', async () => {
    const call = await complaintCall();
    await tellTheComplaint(call);
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
    expect(call.turn.prompts[0]?.values).toMatchObject({ what: '抢修人员说好下午来，一直没来', when: '昨天下午', where: '城关区人民路营业厅' }); // said as an ASR writes it; read back in the engine's punctuation
    await call.press('1');
    expect(call.keys.at(-1)).toBe('complaint.confirmContact'); // the number the reply is given on (N8)
    await call.press('1');
    // N17: no survey before anything was done; the ticket is read again (the callback asks later).
    expect(call.keys).toEqual(['complaint.recorded', 'ticket.again', 'ticket.offerAgain']);

    const { ticket, deadline } = call.turn.prompts[0]?.values ?? {};
    const { services } = call.engine.stores;
    const order = await services.workOrders.get(String(ticket));
    expect(order).toMatchObject({ kind: 'complaint', phone: ZHANG_WEI.phone, details: { when: '昨天下午', where: '城关区人民路营业厅' } });
    expect(order?.replyDueAt).toBe(deadline);
    expect(Date.parse(String(deadline)) - DAYTIME().getTime()).toBe(24 * 3_600_000);

    const callbacks = await services.callbacks.list({ phone: ZHANG_WEI.phone });
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({ kind: 'complaint', workOrderId: order?.id, status: 'pending', dueAt: deadline });

    await call.press('2'); // noted
    expect(call.keys).toEqual(['closing.anythingElse']);
    await call.press('2'); // nothing else
    expect(call.keys).toEqual(['closing.goodbye']); // N20: a polite close, and no survey on the way out
    expect(await services.escalations.list({ phone: ZHANG_WEI.phone })).toEqual([]);
  });

  it('N12: the story is answered before the next question: a long wait, the same failure again, anything else', async () => {
    const call = await complaintCall();
    await call.say('抢修人员说好下午来 等了三个小时都没来');
    expect(call.keys).toEqual(['complaint.reactWait', 'complaint.askWhen']);
    expect(call.said).toMatch(/^让您等了这么久，真的很抱歉。/);
    await call.say('昨天下午');
    expect(call.keys).toEqual(['common.ack', 'complaint.askWhere']); // a short acknowledgement between questions (the seed: 随时说"是""对")

    const again = await complaintCall();
    await again.say('这个月又停电了 已经第三次了');
    expect(again.keys).toEqual(['complaint.reactAgain', 'complaint.askWhen']);

    const other = await complaintCall();
    await other.say('营业厅的人态度不好');
    expect(other.keys).toEqual(['complaint.reactStory', 'complaint.askWhen']);
  });

  it('N3: once the caller has told the complaint, the voice answers softly (the menu does not)', async () => {
    const call = await complaintCall();
    expect(call.turn.soothe).toBeUndefined();
    await call.say('抢修人员说好下午来 等了三个小时都没来');
    expect(call.turn.soothe).toBe(true);
  });

  it('N12: Cantonese and English callers are answered in kind', async () => {
    const engine = await openTestEngine({ now: DAYTIME });
    const yue = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await yue.press('3');
    await yue.press('4');
    await yue.press('1');
    await yue.say('搶修師傅講好下晝嚟 等咗三個鐘都未到');
    expect(yue.keys).toEqual(['complaint.reactWait', 'complaint.askWhen']);
    expect(yue.said).toContain('要你等咗咁耐，真係好抱歉。');

    const en = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await en.press('2');
    await en.press('4');
    await en.press('1');
    expect(en.said).not.toMatch(/don't worry|understand how you feel/i);
    await en.say('The power went off again, for the third time this month');
    expect(en.keys).toEqual(['complaint.reactAgain', 'complaint.askWhen']);
    expect(en.said).toContain('I’m so sorry this has happened again.');
  });

  it('N8: a caller who corrects the read-back says which part: the story is told again', async () => {
    const call = await complaintCall();
    await tellTheComplaint(call);
    await call.press('2');
    expect(call.keys).toEqual(['complaint.askWhichWrong']);
    await call.press('1'); // what happened
    expect(call.keys).toEqual(['complaint.askWhat']);
  });

  it('N8: a "no" to the read-back reaches the contact number by keypad: the new number read back and kept', async () => {
    const call = await complaintCall();
    await tellTheComplaint(call);
    await call.press('2'); // not right
    await call.press('2'); // the number
    expect(call.keys).toEqual(['complaint.askContact']);
    await call.press('13912345678');
    expect(call.keys.at(-1)).toBe('complaint.confirmContact');
    expect(call.said).toContain('幺三九 幺二三四 五六七八');
    await call.press('1');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'complaint', phone: '+8613912345678', details: { where: '城关区人民路营业厅' } });
  });

  it('N8: "号码不对", "唔係呢個號碼", "wrong number" at the read-back go straight to the number, in all three locales', async () => {
    for (const [locale, key, story, when, where, wrong, contact] of [
      ['zh-CN', '普通话', '抢修人员说好下午来 一直没来', '昨天下午', '城关区人民路营业厅', '号码不对', '139 1234 5678'],
      ['yue-HK', '廣東話', '搶修師傅話好下晝嚟 一直都冇嚟', '琴日下晝', '城關區人民路營業廳', '唔係呢個號碼', '139 1234 5678'],
      ['en-US', 'English', 'the repair crew said they would come in the afternoon and never came', 'yesterday afternoon', 'the service hall on Renmin Road', "that's the wrong number", '139 1234 5678'],
    ] as const) {
      const call = await Call.dial(await openTestEngine({ now: DAYTIME }), { channel: 'chat', from: ZHANG_WEI.phone });
      await call.type(key);
      await call.choose('complaint_or_report');
      await call.choose('complaint');
      await call.type(story);
      await call.type(when);
      await call.type(where);
      await call.silence(); // who: not known
      expect(call.keys, locale).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
      await call.type(wrong);
      expect(call.keys, locale).toEqual(['complaint.askContact']);
      await call.type('13912345678');
      expect(call.keys.at(-1), locale).toBe('complaint.confirmContact');
      expect(call.said, locale).toContain(contact);
    }
  });

  it('N24: a customer who says at "anything else?" that he is still not satisfied is put through to the duty supervisor at once', async () => {
    const call = await complaintCall();
    await tellTheComplaint(call);
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    await call.press('2'); // the ticket noted
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await call.say('我还是不满意');
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.turn.end).toMatchObject({
      type: 'escalate',
      reason: 'dissatisfied',
      chain: [{ name: '王建国' }, { name: '李明' }],
      locale: 'zh-CN',
    });
    // N12: "not satisfied" is answered with an apology, never with "好的".
    expect(call.said).toMatch(/^很抱歉/);
    expect(call.said).not.toMatch(/^好的/);
    expect((call.turn.end as { whisper?: { key: string }[] }).whisper?.map((p) => p.key)).toEqual([
      'escalation.whisperDissatisfied',
      'escalation.whisperSpeaksMandarin',
      'escalation.whisperTicket',
      'escalation.whisperComplaint',
    ]);
    const [escalation] = await call.engine.stores.services.escalations.list({ phone: ZHANG_WEI.phone });
    expect(escalation).toMatchObject({ reason: 'dissatisfied', status: 'waiting' });
    expect(escalation?.summary).toContain('抢修人员说好下午来');
    expect(call.turn.end).toMatchObject({ escalationId: escalation?.id });
  });

  it('N24: a roster that speaks Cantonese (WHISPER_LOCALE=yue-HK) hears the whisper in Cantonese', async () => {
    const call = await complaintCall({ env: { WHISPER_LOCALE: 'yue-HK' } });
    await tellTheComplaint(call);
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    await call.press('2'); // the ticket noted
    await call.say('我还是不满意');
    const whisper = (call.turn.end as { whisper?: { key: string; locale?: string }[] }).whisper ?? [];
    expect(whisper.map((p) => [p.key, p.locale])).toEqual([
      ['escalation.whisperDissatisfied', 'yue-HK'],
      ['escalation.whisperSpeaksMandarin', 'yue-HK'],
      ['escalation.whisperTicket', 'yue-HK'],
      ['escalation.whisperComplaint', 'yue-HK'], // a Chinese story: the Cantonese voice can say it
    ]);
  });

  it('a chat customer with no number on record is asked for a contact number for the callback', async () => {
    const call = await complaintCall({ channel: 'chat', from: null });
    await tellTheComplaint(call);
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
    await call.choose('yes');
    expect(call.keys).toEqual(['common.askName']); // how to address the chat customer (issue 14)
    await call.type('我姓周');
    expect(call.keys).toEqual(['complaint.askContact']);
    await call.type('138 0013 8999');
    expect(call.keys).toEqual(['common.contactNamed', 'complaint.confirmContact']);
    expect(call.said).toContain('联系人姓周');
    await call.choose('yes');
    const callbacks = await call.engine.stores.services.callbacks.list({ phone: '+8613800138999' });
    expect(callbacks).toHaveLength(1);
  });
});

/** The same complaint in Cantonese and English: the language key, the story, an unhappy "anything else?" answer. */
const IN_KIND = {
  'yue-HK': {
    key: '3',
    story: ['搶修師傅講好下晝嚟 一直都冇嚟', '琴日下晝', '城關區人民路營業廳'],
    readBack: /^核對吓：喺城關區人民路營業廳，搶修師傅講好下晝嚟，一直都冇嚟。 時間係琴日下晝。 啱唔啱？/,
    unhappy: '我仲係好唔滿意',
    apology: /^真係唔好意思/,
    // Chinese characters: the Mandarin whisper can say the gist itself.
    whisper: { speaks: 'escalation.whisperSpeaksCantonese', complaint: { locale: 'zh-CN', what: '搶修師傅講好下晝嚟，一直都冇嚟' } },
  },
  'en-US': {
    key: '2',
    story: ['The repair crew said they would come in the afternoon but never showed up', 'yesterday afternoon', 'the service hall on Renmin Road'],
    readBack: /^Let me check: at the service hall on Renmin Road, the repair crew said they would come in the afternoon but never showed up\. That was yesterday afternoon\. Is that right\?/,
    unhappy: 'I am still not satisfied',
    apology: /^I’m sorry/,
    // English words are said by the English voice, not read by the Mandarin one.
    whisper: { speaks: 'escalation.whisperSpeaksEnglish', complaint: { locale: 'en-US', what: 'the repair crew said they would come in the afternoon but never showed up' } },
  },
} as const;

describe.each(['yue-HK', 'en-US'] as const)('complaints in %s (N3, N8, N24)', (locale) => {
  const { key, story, readBack, unhappy, apology, whisper } = IN_KIND[locale];
  async function inKind() {
    const call = await Call.dial(await openTestEngine({ now: DAYTIME }), { from: ZHANG_WEI.phone });
    await call.press(key);
    await call.press('4'); // complaint or report
    await call.press('1'); // complaint
    return call;
  }
  async function tell(call: Call) {
    for (const said of story) await call.say(said);
    await call.silence(); // who: not known
  }

  it('N3: once the caller has told the complaint, the voice answers softly', async () => {
    const call = await inKind();
    expect(call.keys).toEqual(['complaint.empathy', 'complaint.askWhat']); // N13
    expect(call.turn.soothe).toBeUndefined();
    await call.say(story[0]);
    expect(call.turn.soothe).toBe(true);
  });

  it('N8: what, where and when are read back, and corrected on "no"', async () => {
    const call = await inKind();
    await tell(call);
    expect(call.keys).toEqual(['complaint.readBack', 'complaint.readBackWhen', 'common.isThatRight']);
    expect(call.said).toMatch(readBack);
    await call.press('2');
    expect(call.keys).toEqual(['complaint.askWhichWrong']);
    await call.press('1'); // what happened
    expect(call.keys).toEqual(['complaint.askWhat']);
  });

  it('N24: still not satisfied at "anything else?": an apology, and the duty supervisor at once, in the caller\'s language', async () => {
    const call = await inKind();
    await tell(call);
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    await call.press('2'); // the ticket noted
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await call.say(unhappy);
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.said).toMatch(apology);
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'dissatisfied', chain: [{ name: '王建国' }, { name: '李明' }], locale });
    const [escalation] = await call.engine.stores.services.escalations.list({ phone: ZHANG_WEI.phone });
    expect(escalation).toMatchObject({ reason: 'dissatisfied', status: 'waiting' });
    expect(escalation?.summary).toContain(`language: ${locale}`);
    expect(call.turn.end).toMatchObject({ escalationId: escalation?.id });
  });

  it('N24: the supervisor\'s whisper says the caller\'s language, and the complaint\'s gist by a voice that can say it', async () => {
    const call = await inKind();
    await tell(call);
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    await call.press('2');
    await call.say(unhappy);
    const said = (call.turn.end as { whisper?: { key: string; locale?: string; values?: Record<string, unknown> }[] }).whisper ?? [];
    expect(said.map((p) => [p.key, p.locale])).toEqual([
      ['escalation.whisperDissatisfied', 'zh-CN'],
      [whisper.speaks, 'zh-CN'],
      ['escalation.whisperTicket', 'zh-CN'],
      ['escalation.whisperComplaint', whisper.complaint.locale],
    ]);
    expect(said.at(-1)?.values).toEqual({ what: whisper.complaint.what });
  });
});
