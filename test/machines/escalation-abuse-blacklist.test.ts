import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';

/** 22:00 in Shanghai: the night shift is on duty. */
const NIGHT = () => new Date('2026-11-25T14:00:00Z');

describe('escalation to the duty supervisor (当值值长, N24)', () => {
  it('a caller who asks for the supervisor is put through to the chain on duty, recorded with the reason', async () => {
    const call = await Call.dial(await openTestEngine({ now: NIGHT }), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('叫你们值班长来');
    expect(call.keys).toEqual(['escalation.connecting']);
    expect(call.turn.end).toMatchObject({ type: 'escalate', reason: 'requested', chain: [{ name: '陈志强' }, { name: '刘海' }] });
    const waiting = await call.engine.stores.services.escalations.list({ status: 'waiting' });
    expect(waiting.map((e) => e.conversationId)).toEqual([call.id]);
  });
});

describe('abusive callers (N22)', () => {
  it('two polite warnings, then the automated service and an incident with the words for the duty supervisor', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('你们这帮废物');
    expect(call.keys).toEqual(['abuse.warning', 'menu.main']);
    await call.say('王八蛋');
    expect(call.keys).toEqual(['abuse.finalWarning', 'menu.main']);
    await call.say('去死吧');
    expect(call.keys).toEqual(['abuse.selfService', 'menu.selfService']);
    expect(call.turn.ask?.choices.map((c) => c.id)).not.toContain('agent');

    const { services } = call.engine.stores;
    const [incident] = await services.incidents.list({ phone: UNKNOWN_PHONE });
    expect(incident).toMatchObject({ kind: 'abuse', conversationId: call.id, evidence: ['你们这帮废物', '王八蛋', '去死吧'] });
    const [escalation] = await services.escalations.list({ phone: UNKNOWN_PHONE });
    expect(escalation).toMatchObject({ reason: 'abuse' });

    await call.press('0');
    expect(call.keys).toEqual(['selfService.noAgent', 'menu.selfService']);
    await call.say('你这个白痴');
    expect(call.keys).toEqual(['abuse.goodbye', 'closing.goodbye']);
    expect(call.turn.end?.type).toBe('hangup');
  });
});

describe('blacklist (N23)', () => {
  it('a blacklisted caller is greeted, served by self-service only, and can always report a danger', async () => {
    const engine = await openTestEngine();
    await engine.stores.services.blacklist.add({ phone: UNKNOWN_PHONE, reason: 'repeated harassing calls', by: '王建国' });
    const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
    expect(call.keys[0]).toBe('greeting.welcome');
    await call.silence();
    expect(call.keys).toEqual(['menu.selfService']);
    await call.say('转人工');
    expect(call.keys).toEqual(['selfService.noAgent', 'menu.selfService']);
    await call.say('叫你们领导来');
    expect(call.turn.end).toBeNull();

    await call.say('楼下电线掉下来了');
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await call.say('东山镇新街45号楼下');
    expect(call.keys).toEqual(['danger.readBackLocation']);
    await call.press('1');
    await call.press('1'); // the contact number
    expect(call.keys[0]).toBe('fault.urgentCreated');
    const order = await engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ urgent: true, danger: true, phone: UNKNOWN_PHONE });
  });

  it('a blacklisted caller who is not understood is said goodbye to, not queued for an agent', async () => {
    const engine = await openTestEngine();
    await engine.stores.services.blacklist.add({ phone: UNKNOWN_PHONE, reason: 'harassment', by: '王建国' });
    const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('7');
    await call.press('8');
    await call.press('9');
    expect(call.keys).toEqual(['selfService.notUnderstood', 'closing.goodbye']);
    expect(call.turn.end?.type).toBe('hangup');
  });

  it('the third abusive call within the window puts the number on the blacklist; the next call is self-service', async () => {
    const engine = await openTestEngine();
    for (let n = 0; n < 3; n++) {
      const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
      await call.silence();
      for (const words of ['混蛋', '混蛋', '混蛋']) await call.say(words);
      await call.hangUp();
    }
    expect(await engine.stores.services.blacklist.check(UNKNOWN_PHONE)).toMatchObject({ status: 'active' });
    const next = await Call.dial(engine, { from: UNKNOWN_PHONE });
    await next.silence();
    expect(next.keys).toEqual(['menu.selfService']);
  });
});

describe('silent calls (N23)', () => {
  it('a call that is silence only at the menu is ended politely and recorded as a silent call', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
    for (let n = 0; n < 4; n++) await call.silence();
    expect(call.keys).toEqual(['selfService.silentGoodbye', 'closing.goodbye']);
    expect(call.turn.end?.type).toBe('hangup');
    const [incident] = await engine.stores.services.incidents.list({ phone: UNKNOWN_PHONE });
    expect(incident).toMatchObject({ kind: 'silent_call', conversationId: call.id });
  });

  it('the fifth silent call within the window puts the number on the blacklist', async () => {
    const engine = await openTestEngine();
    for (let c = 0; c < 5; c++) {
      const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
      for (let n = 0; n < 4; n++) await call.silence();
    }
    expect(await engine.stores.services.blacklist.check(UNKNOWN_PHONE)).toMatchObject({ status: 'active' });
  });

  it('a caller not understood after the ladder is recorded for the supervisor, and reaches an agent', async () => {
    const engine = await openTestEngine();
    const call = await Call.dial(engine, { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('7');
    await call.press('8');
    await call.press('9');
    expect(call.turn.end).toMatchObject({ type: 'transfer', reason: 'not_understood' });
    const [escalation] = await engine.stores.services.escalations.list({ phone: UNKNOWN_PHONE });
    expect(escalation).toMatchObject({ reason: 'not_understood', conversationId: call.id });
  });
});
