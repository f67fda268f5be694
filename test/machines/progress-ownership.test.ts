/**
 * Who may hear a ticket's progress, and raise 催办 on it (issue 14): ticket numbers are sequential,
 * so a stranger with a guessed number must learn nothing. The owner is the caller this
 * conversation proved (caller ID, or a one-time code, N8: confirmed before acting), or whoever
 * gives the ticket with the last 4 digits of the contact phone on it; a wrong number and a wrong
 * tail read the same (no oracle); tries are limited per conversation and per caller or chat
 * client, then an agent is offered (a self-service-only caller, N22/N23, is told only). The same
 * limit covers account numbers typed in (the bill query). Nothing of the order (N6: no name, no
 * address) is said to anyone else, in any locale (N4).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { FakeTwilioRest, SMS_ENV } from '../support/twilio-rest.js';
import type { Engine } from '../../src/bootstrap.js';
import type { Locale } from '../../src/core/locale.js';
import { repairFor } from '../support/work-orders.js';
import { LOCALES } from '../../src/core/locale.js';

/** Zhang Wei's open repair, filed with his mobile (ending 8000). */
async function zhangsRepair(engine: Engine) {
  return engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
}

/** A ticket number no order has: the last one made, plus one. */
const unusedTicket = (ticket: string) => String(Number(ticket) + 1);

/** A chat that asks for a ticket's progress from the menu; `client` is its address key, as the chat route gives it. */
async function progressChat(engine: Engine, locale: Locale, client = 'client-a') {
  const call = await Call.dial(engine, { channel: 'chat', from: null, locale, params: { language: 'chosen', client } });
  await call.choose('query');
  await call.choose('progress');
  expect(call.keys).toEqual(['query.askTicket']);
  return call;
}

/** A ticket and a phone tail given at the question. */
async function tryTicket(call: Call, ticket: string, tail: string) {
  await call.type(ticket);
  expect(call.keys).toEqual(['query.askPhoneTail']);
  await call.type(tail);
}

const expedites = async (engine: Engine) => (await engine.stores.services.escalations.list()).filter((e) => e.reason === 'expedite');
/** Whether any turn of the call said something of an order: its promise, deadline or number. */
const toldOrder = (call: Call) => call.turns.some((t) => t.prompts.some((p) => /^query\.progress/.test(p.key) || p.values?.arriveBy !== undefined || p.values?.ticket !== undefined));

describe('a stranger with a guessed ticket number learns nothing (issue 14)', () => {
  for (const locale of LOCALES) {
    it(`${locale} chat: a wrong tail on a real ticket reads exactly as a ticket that does not exist; no progress, no 催办; then an agent is offered`, async () => {
      const engine = await openTestEngine();
      const order = await zhangsRepair(engine);

      const probe = await progressChat(engine, locale);
      await tryTicket(probe, order.id, '1234'); // a real ticket, the wrong tail
      const realTicket = probe.heard;
      expect(probe.keys).toEqual(['query.ticketNotFound', 'query.askTicket']);

      const other = await progressChat(engine, locale, 'client-b');
      await tryTicket(other, unusedTicket(order.id), '8000'); // no such ticket
      expect(other.heard).toEqual(realTicket);

      await tryTicket(probe, order.id, '0000');
      expect(probe.keys).toEqual(['query.ticketNotFound', 'common.offerAgent']);
      expect(toldOrder(probe)).toBe(false);
      expect(probe.turns.flatMap((t) => t.prompts.map((p) => p.key))).not.toContain('query.offerExpedite');
      expect(await expedites(engine)).toEqual([]);
      await probe.choose('yes');
      expect(probe.turn.end).toMatchObject({ type: 'transfer', queue: 'agent' });
    });
  }

  it('zh-CN chat: the number typed at the start is a claim, not proof: the owner\'s own number still gets the tail asked', async () => {
    const engine = await openTestEngine();
    const order = await zhangsRepair(engine);
    const call = await Call.dial(engine, { channel: 'chat', from: ZHANG_WEI.phone, locale: 'zh-CN', params: { language: 'chosen' } });
    await call.choose('query');
    await call.choose('progress');
    expect(call.keys).toEqual(['query.askTicket']); // nothing told by the typed number
    await call.type(order.id);
    expect(call.keys).toEqual(['query.askPhoneTail']);
  });

  it('yue-HK voice, an unknown number with another\'s ticket: the tail is asked whatever the number; the right one tells it, and 催办 goes on that order', async () => {
    const engine = await openTestEngine();
    const order = await zhangsRepair(engine);
    const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
    await call.press('3'); // 粵語
    await call.press('2');
    await call.press('3');
    await call.press(order.id);
    expect(call.keys).toEqual(['query.askPhoneTail']);
    expect(call.turn.ask).toMatchObject({ kind: 'digits', numDigits: 4, secret: true });
    await call.press('8000');
    expect(call.keys).toEqual(['query.progressRepair', 'query.offerExpedite']);
    expect(call.said).not.toMatch(/人民路|張|张/);
    await call.press('1');
    const [expedite] = await expedites(engine);
    expect(expedite?.context).toMatchObject({ ticket: order.id });
  });
});

describe('the owner hears his own order (issue 14)', () => {
  it('en-US voice: the caller ID on the ticket proves it: his closed ticket is told without the tail', async () => {
    const engine = await openTestEngine();
    const order = await zhangsRepair(engine);
    await engine.stores.services.followUps.resolve(order.id, { result: '已恢复供电', by: 'crew' });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.press('2'); // English
    await call.press('2');
    await call.press('3');
    expect(call.keys).toEqual(['query.askTicket']); // nothing open on his number
    await call.press(order.id);
    expect(call.keys).toEqual(['query.progressClosed', 'closing.anythingElse']);
  });

  it('zh-CN chat: a customer who proved his account by the SMS code hears his open order at once', async () => {
    const rest = new FakeTwilioRest();
    const engine = await openTestEngine({ env: SMS_ENV, twilioHttpClient: rest });
    const order = await engine.stores.services.workOrders.create(repairFor('+8613912345678')); // another contact number, his account
    const call = await Call.dial(engine, { channel: 'chat', from: null, locale: 'zh-CN', params: { language: 'chosen' } });
    await call.choose('query');
    await call.choose('bill');
    await call.type(ZHANG_WEI.account);
    await call.choose('yes'); // that is my account
    await call.choose('yes'); // send the code
    await call.type(rest.codeSentTo(ZHANG_WEI.phone));
    expect(call.keys).toContain('query.statement');
    await call.type('我还想查一下工单进度');
    expect(call.keys).toEqual(['query.progressRepair', 'query.offerExpedite']);
    expect(call.turn.prompts[0]?.values?.ticket).toBe(order.id);
  });
});

describe('brute force stops (issue 14)', () => {
  it('zh-CN chat: tries count per chat client across conversations; past the limit even the right tail gets nothing, and another client is not held up', async () => {
    const engine = await openTestEngine({ env: { RATE_LIMIT_NUMBER_GUESSES: '3' } });
    const order = await zhangsRepair(engine);
    const first = await progressChat(engine, 'zh-CN');
    await tryTicket(first, order.id, '0001');
    await tryTicket(first, order.id, '0002');
    expect(first.keys).toEqual(['query.ticketNotFound', 'common.offerAgent']);

    const second = await progressChat(engine, 'zh-CN'); // a fresh chat, the same client
    await tryTicket(second, order.id, '0003');
    expect(second.keys).toEqual(['query.ticketNotFound', 'query.askTicket']);
    await second.type(order.id);
    expect(second.keys).toEqual(['common.triesUsedUp', 'common.offerAgent']); // not even asked
    expect(toldOrder(second)).toBe(false);

    const elsewhere = await progressChat(engine, 'zh-CN', 'client-b');
    await tryTicket(elsewhere, order.id, '8000');
    expect(elsewhere.keys).toEqual(['query.progressRepair', 'query.offerExpedite']);
  });

  it('en-US voice: tries count per calling number; a caller who used them up and is on self-service only (N23) is told, not offered an agent', async () => {
    const engine = await openTestEngine({ env: { RATE_LIMIT_NUMBER_GUESSES: '2' } });
    const order = await zhangsRepair(engine);
    const dial = async () => {
      const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
      await call.press('2');
      await call.press('2');
      await call.press('3');
      return call;
    };
    const first = await dial();
    await first.press(order.id);
    await first.press('1111');
    await first.press(order.id);
    await first.press('2222');
    expect(first.keys).toEqual(['query.ticketNotFound', 'common.offerAgent']);
    await first.hangUp();

    await engine.stores.services.blacklist.add({ phone: UNKNOWN_PHONE, reason: 'harassment', by: 'supervisor', expiresAt: null });
    const second = await dial();
    await second.press(order.id);
    expect(second.keys).toEqual(['common.triesUsedUp', 'closing.anythingElse']);
  });

  it('zh-CN chat: account numbers count the same way: past the limit the bill query looks none up and offers an agent', async () => {
    const engine = await openTestEngine({ env: { RATE_LIMIT_NUMBER_GUESSES: '3' } });
    const chat = async () => {
      const call = await Call.dial(engine, { channel: 'chat', from: null, locale: 'zh-CN', params: { language: 'chosen', client: 'client-a' } });
      await call.choose('query');
      await call.choose('bill');
      expect(call.keys).toEqual(['identity.askAccount']);
      return call;
    };
    const first = await chat();
    await first.type('3100000001');
    await first.type('3100000002');
    await first.type('3100000003');
    expect(first.keys).toEqual(['identity.accountNotFound', 'query.needAccount', 'closing.anythingElse']);

    const second = await chat();
    await second.type(ZHANG_WEI.account);
    expect(second.keys).toEqual(['common.triesUsedUp', 'common.offerAgent']);
    expect(second.turn.prompts.some((p) => p.values?.surname !== undefined)).toBe(false); // no family name read back
  });
});

describe('a number typed at the chat start is a guess too (issue 14)', () => {
  it('zh-CN chat: its lookup is a try; a client past the limit is not told whose number it is', async () => {
    const engine = await openTestEngine({ env: { RATE_LIMIT_NUMBER_GUESSES: '1' } });
    const chat = async () => {
      const call = await Call.dial(engine, { channel: 'chat', from: ZHANG_WEI.phone, locale: 'zh-CN', params: { language: 'chosen', client: 'client-a' } });
      await call.choose('query');
      await call.choose('bill');
      return call;
    };
    const first = await chat();
    expect(first.keys).toEqual(['identity.confirmClaimed']);
    expect(first.turn.prompts[0]?.values?.surname).toBe('张');
    const second = await chat();
    expect(second.keys).toEqual(['identity.askAccount']);
    expect(second.turn.prompts.some((p) => p.values?.surname !== undefined)).toBe(false);
    await second.type(ZHANG_WEI.account);
    expect(second.keys).toEqual(['common.triesUsedUp', 'common.offerAgent']);
  });
});

describe('the second factor is masked where it is kept (issue 14)', () => {
  it('the transcript shows the tail as ****, the ticket as typed', async () => {
    const engine = await openTestEngine();
    const order = await zhangsRepair(engine);
    const call = await progressChat(engine, 'zh-CN');
    await tryTicket(call, order.id, '8000');
    const lines = (await engine.stores.staff.transcripts.list(call.id)).filter((l) => l.author === 'customer').map((l) => l.text);
    expect(lines).toContain('****');
    expect(lines).not.toContain('8000');
    expect(lines).toContain(order.id);
  });
});
