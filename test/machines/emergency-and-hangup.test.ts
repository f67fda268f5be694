import { describe, expect, it } from 'vitest';
import { ConversationHost } from '../../src/engine/conversation-host.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import { deliverOutbox } from '../../src/services/outbox-worker.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { switchableWorkOrders } from '../support/faults.js';

describe('the supervisor\'s mass-outage notice (N21)', () => {
  it('is played before the menu, in the caller\'s language', async () => {
    const engine = await openTestEngine();
    await engine.stores.services.announcements.set({
      text: { 'zh-CN': '城关区因暴雨大面积停电，正在全力抢修。', 'en-US': 'Heavy rain has cut power in Chengguan; crews are at work.' },
      by: '王建国',
    });
    const call = await Call.dial(engine);
    await call.press('2'); // English
    expect(call.keys).toEqual(['greeting.announcement', 'menu.main']);
    expect(call.heard[0]).toContain('Heavy rain');

    await engine.stores.services.announcements.set(null);
    const later = await Call.dial(engine);
    await later.silence();
    expect(later.keys).toEqual(['menu.main']);
  });

  it('N4: a notice written only in Mandarin: a Cantonese caller reads it in traditional characters, an English caller hears in English that there is one', async () => {
    const engine = await openTestEngine();
    await engine.stores.services.announcements.set({ text: { 'zh-CN': '城关区因暴雨大面积停电，正在全力抢修。' }, by: '王建国' });
    const cantonese = await Call.dial(engine);
    await cantonese.press('3');
    expect(cantonese.keys).toEqual(['greeting.announcement', 'menu.main']);
    expect(cantonese.heard[0]).toBe('重要通知：城關區因暴雨大面積停電，正在全力搶修。');
    const english = await Call.dial(engine);
    await english.press('2');
    expect(english.keys).toEqual(['greeting.announcementUntranslated', 'menu.main']);
    expect(english.heard[0]).not.toMatch(/Chengguan Qu|Baoyu/);
  });
});

describe('a caller who hangs up mid-report (nothing reported is lost)', () => {
  it('keeps what they gave as an abandoned report with their number, and a callback task', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.press('1');
    await call.press('1');
    await call.press('2'); // no danger
    await call.press('3'); // the whole area
    await call.hangUp();
    expect(call.turn.end).toEqual({ type: 'abandoned' });
    const { services } = call.engine.stores;
    const [order] = await services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(order).toMatchObject({ status: 'abandoned', scope: 'area', account: ZHANG_WEI.account });
    const [task] = await services.callbacks.list({ phone: ZHANG_WEI.phone });
    expect(task).toMatchObject({ kind: 'abandoned_report', workOrderId: order?.id });
  });

  it('a caller who hangs up before giving anything leaves no report', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.hangUp();
    expect(await call.engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toEqual([]);
  });
});

describe('emergency mode (N21)', () => {
  it('a complaint taken while the work-order store is down is recorded, then delivered with its callback linked to the ticket', async () => {
    const engine = await openTestEngine();
    const store = switchableWorkOrders(engine.stores.services.workOrders);
    const services = { ...engine.stores.services, workOrders: store.workOrders };
    const host = new ConversationHost({ sessions: new MemorySessionStore(), services, recognizer: createRecognizer(), flows: engine.flows });
    const id = 'CA-emergency-complaint';
    await host.start(id, { channel: 'voice', caller: ZHANG_WEI.phone });
    const steps = [
      { type: 'noInput' as const },
      { type: 'dtmf' as const, digits: '4' },
      { type: 'dtmf' as const, digits: '1' },
      { type: 'speech' as const, transcript: '营业员态度很差', confidence: 0.9 },
      { type: 'speech' as const, transcript: '今天上午', confidence: 0.9 },
      { type: 'speech' as const, transcript: '城关营业厅', confidence: 0.9 },
      { type: 'noInput' as const },
    ];
    for (const input of steps) await host.handle(id, input);
    await host.handle(id, { type: 'dtmf', digits: '1' }); // the read-back is right
    const turn = await host.handle(id, { type: 'dtmf', digits: '1' }); // the number is right
    expect(turn.prompts.map((p) => p.key)).toEqual(['emergency.recorded', 'closing.anythingElse']);
    expect(await services.callbacks.list({ phone: ZHANG_WEI.phone })).toEqual([]);

    store.down(false);
    expect(await deliverOutbox(services)).toEqual({ delivered: 1, failed: 0 });
    const [order] = await services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(order).toMatchObject({ kind: 'complaint', description: '营业员态度很差' });
    const [task] = await services.callbacks.list({ phone: ZHANG_WEI.phone });
    expect(task).toMatchObject({ kind: 'complaint', workOrderId: order?.id, dueAt: order?.replyDueAt });
  });
});
