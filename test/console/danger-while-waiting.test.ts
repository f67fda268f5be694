/**
 * Danger told while a web chat waits for a person (N10, issue 8): the customer reads the safety
 * advice at once and that the chat is now first in line; the chat goes to the top of the queue
 * (urgent), and an urgent order with the words is filed, so the report stands even if the customer
 * leaves before a person comes (nothing reported is lost).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import type { Locale } from '../../src/core/locale.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';
import { events } from '../support/desk.js';
import { postJson, serve } from '../support/http.js';

const streams: { close(): void }[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});

const LANGUAGE: Record<Locale, string> = { 'zh-CN': 'language_zh', 'yue-HK': 'language_yue', 'en-US': 'language_en' };

describe('N10: danger typed while the chat waits for a person', () => {
  it.each([
    ['zh-CN', '等不及了，楼下电线断了在冒火花', /远离危险/, /优先排队/],
    ['yue-HK', '喂，樓下條電線斷咗，仲打緊火', /遠離危險/, /優先排隊/],
    ['en-US', "hurry please, a wire fell down outside and it's sparking", /keep away/i, /first in line/],
  ] as const)('%s: the safety advice, first in the queue, and an urgent order', async (locale, words, advice, raised) => {
    const engine = await openTestEngine();
    const base = await serve(createServer(engine));
    const opened = await postJson(`${base}/chat/sessions`, { phone: ZHANG_WEI.phone });
    const id = opened.body.id as string;
    const send = (body: unknown) => postJson(`${base}/chat/sessions/${id}/messages`, body);
    await send({ choice: LANGUAGE[locale] });
    expect((await send({ choice: 'agent' })).body.end).toMatchObject({ type: 'transfer' });
    // Another chat asked for a person earlier: it was first.
    const earlier = await postJson(`${base}/chat/sessions`, {});
    await postJson(`${base}/chat/sessions/${earlier.body.id}/messages`, { choice: 'language_zh' });
    await postJson(`${base}/chat/sessions/${earlier.body.id}/messages`, { choice: 'agent' });
    const stream = await events(`${base}/chat/sessions/${id}/events`);
    streams.push(stream);
    await stream.next((e) => e.event === 'handover');

    const reply = await send({ text: words });
    expect(reply.body).toMatchObject({ state: 'person', handover: { status: 'waiting' } });
    const lines: string[] = [];
    while (lines.length < 3) {
      const entry = await stream.next((e) => e.event === 'entry');
      lines.push(entry.data.text as string);
    }
    expect(lines.some((l) => advice.test(l))).toBe(true);
    expect(lines.some((l) => raised.test(l))).toBe(true);

    const [first, second] = await engine.desk.queue();
    expect(first).toMatchObject({ conversationId: id, priority: 100, reason: 'danger', status: 'waiting' });
    expect(second?.conversationId).toBe(earlier.body.id);
    const orders = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders).toEqual([expect.objectContaining({ kind: 'repair', urgent: true, danger: true, description: words, channel: 'chat', account: null })]);

    // Said again, it is not filed twice: the chat is already urgent.
    await send({ text: words });
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone })).toHaveLength(1);
  });

  it('zh-CN: words that are no danger leave the queue as it was', async () => {
    const engine = await openTestEngine();
    const base = await serve(createServer(engine));
    const opened = await postJson(`${base}/chat/sessions`, {});
    const id = opened.body.id as string;
    await postJson(`${base}/chat/sessions/${id}/messages`, { choice: 'language_zh' });
    await postJson(`${base}/chat/sessions/${id}/messages`, { choice: 'agent' });
    await postJson(`${base}/chat/sessions/${id}/messages`, { text: '没冒烟也没打火，就是家里没电' });
    const [handover] = await engine.desk.queue();
    expect(handover).toMatchObject({ conversationId: id, reason: 'requested' });
    expect(handover!.priority).toBeLessThan(100);
  });
});
