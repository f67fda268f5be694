/**
 * Chat takeover over HTTP (issue 12): a customer asks for a person, waits in the queue, a person
 * takes the chat and they type to each other live; the person hands the chat back to the bot at a
 * chosen point, or closes it; nobody taking it in time offers a callback. The transcript records
 * who said what. (The same in browsers: console.browser.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';
import { addUser, events, signIn } from '../support/desk.js';
import { postJson, serve } from '../support/http.js';

const streams: { close(): void }[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});

async function desk(env: Record<string, string> = {}) {
  const engine = await openTestEngine({ env });
  await addUser(engine, '王建国', 'supervisor');
  await addUser(engine, '李娜', 'agent');
  const base = await serve(createServer(engine));
  return { engine, base };
}

/** A customer who opens a chat (with their phone) and asks for a person at the menu. */
async function customerAsksForAgent(base: string, phone: string | null = ZHANG_WEI.phone) {
  const opened = await postJson(`${base}/chat/sessions`, phone ? { phone } : {});
  const id = opened.body.id as string;
  const send = (body: unknown) => postJson(`${base}/chat/sessions/${id}/messages`, body);
  await send({ choice: 'language_zh' });
  const transfer = await send({ choice: 'agent' });
  expect(transfer.body.end).toEqual({ type: 'transfer', locale: 'zh-CN' });
  const stream = await events(`${base}/chat/sessions/${id}/events`);
  streams.push(stream);
  return { id, send, stream };
}

describe('a person takes over a web chat', () => {
  it('waits in the queue, is taken, and both sides type live; the transcript says who said what', async () => {
    const { base } = await desk();
    const console = await signIn(base, '李娜');
    const live = await events(`${base}/console/api/events`, { cookie: console.cookie });
    streams.push(live);
    await live.next((e) => e.event === 'hello');

    const customer = await customerAsksForAgent(base);
    const waiting = await customer.stream.next((e) => e.event === 'handover');
    expect(waiting.data.handover).toEqual({ status: 'waiting', queue: 'agent', takenBy: null, phone: null });
    expect((await customer.stream.next((e) => e.event === 'entry')).data.text).toContain('人工服务队列');
    const queued = await live.next((e) => e.event === 'handover');
    expect(queued.data.handover).toMatchObject({ conversationId: customer.id, status: 'waiting', queue: 'agent', phone: ZHANG_WEI.phone });

    const queue = await console.request('GET', '/console/api/chats');
    expect(queue.body.items.map((h: { conversationId: string }) => h.conversationId)).toEqual([customer.id]);
    const handoverId = queue.body.items[0].id as string;

    // The customer writes while waiting: it goes to the desk, not the bot.
    const early = await customer.send({ text: '我家停电了，想找人工' });
    expect(early.body).toMatchObject({ state: 'person', messages: [], expect: { kind: 'text' }, handover: { status: 'waiting' } });

    expect((await console.request('POST', `/console/api/handovers/${handoverId}/take`)).body).toMatchObject({ status: 'taken', takenBy: '李娜' });
    expect((await customer.stream.next((e) => e.event === 'entry')).data).toMatchObject({ author: 'system', text: '您好，人工客服李娜为您服务。' });
    expect((await customer.stream.next((e) => e.event === 'handover')).data.handover).toMatchObject({ status: 'taken', takenBy: '李娜' });

    await console.request('POST', `/console/api/handovers/${handoverId}/messages`, { text: '您好，请问是哪里停电了？' });
    expect((await customer.stream.next((e) => e.event === 'entry')).data).toMatchObject({ author: 'agent', name: '李娜', text: '您好，请问是哪里停电了？' });
    await customer.send({ text: '文三路100号' });
    const heard = await live.next((e) => e.event === 'entries' && e.data.entries.some((x: { text: string }) => x.text === '文三路100号'));
    expect(heard.data.conversationId).toBe(customer.id);

    const chat = await console.request('GET', `/console/api/chats/${customer.id}`);
    expect(chat.body.collected).toMatchObject({ caller: ZHANG_WEI.phone, locale: 'zh-CN' });
    const said = chat.body.transcript.map((e: { author: string; name: string | null; text: string }) => [e.author, e.name, e.text]);
    expect(said.slice(-5)).toEqual([
      ['system', null, expect.stringContaining('人工服务队列')],
      ['customer', null, '我家停电了，想找人工'],
      ['system', null, '您好，人工客服李娜为您服务。'],
      ['agent', '李娜', '您好，请问是哪里停电了？'],
      ['customer', null, '文三路100号'],
    ]);
    // Quick replies are recorded by their label, as the customer saw them.
    expect(said.filter(([author]: string[]) => author === 'customer').map(([, , text]: string[]) => text)).toEqual(['普通话', '人工服务', '我家停电了，想找人工', '文三路100号']);
  });

  it('the person hands the chat back to the bot for a fault report; the bot asks live, and the chat goes on with the bot', async () => {
    const { base, engine } = await desk();
    const person = await signIn(base, '李娜');
    const customer = await customerAsksForAgent(base);
    const [handover] = (await person.request('GET', '/console/api/chats')).body.items;
    await person.request('POST', `/console/api/handovers/${handover.id}/take`);
    expect((await person.request('POST', `/console/api/handovers/${handover.id}/return`, { entry: 'nowhere' })).status).toBe(400);
    const back = await person.request('POST', `/console/api/handovers/${handover.id}/return`, { entry: 'fault_report' });
    expect(back.status).toBe(200);
    const reply = (await customer.stream.next((e) => e.event === 'reply')).data.reply;
    // The bot knew the customer's phone: it asks to confirm the account found, as at the menu.
    expect(reply.state).toBe('faultReport.identity.confirmClaimed');
    expect(reply.messages.join('')).toMatch(/张|户号/);
    expect((await customer.stream.next((e) => e.event === 'entry' && e.data.author === 'system' && e.data.text.includes('智能客服'))).data.text).toBe(
      '好的，接下来由智能客服继续为您服务。',
    );
    const next = await customer.send({ choice: 'yes' });
    expect(next.status).toBe(200);
    expect(next.body.messages.join('')).toContain('危险');
    expect((await engine.desk.openHandover(customer.id))).toBeNull();
    expect((await person.request('GET', `/console/api/chats/${customer.id}`)).body.handover).toMatchObject({ status: 'returned', takenBy: '李娜' });
  });

  it('the person closes the chat with the closing phrase (N20); an escalated chat is the supervisor\'s, and its escalation follows', async () => {
    const { base, engine } = await desk();
    const agent = await signIn(base, '李娜');
    const supervisor = await signIn(base, '王建国');
    const opened = await postJson(`${base}/chat/sessions`, { phone: ZHANG_WEI.phone });
    const id = opened.body.id as string;
    await postJson(`${base}/chat/sessions/${id}/messages`, { choice: 'language_zh' });
    const escalated = await postJson(`${base}/chat/sessions/${id}/messages`, { text: '我要找你们值班领导' });
    expect(escalated.body.end).toMatchObject({ type: 'escalate' });
    const stream = await events(`${base}/chat/sessions/${id}/events`);
    streams.push(stream);
    const [handover] = (await supervisor.request('GET', '/console/api/chats')).body.items;
    expect(handover).toMatchObject({ queue: 'supervisor', escalationId: expect.any(String) });
    expect(escalated.body.end).toEqual({ type: 'escalate', locale: 'zh-CN' }); // the roster stays on the server

    const refused = await agent.request('POST', `/console/api/handovers/${handover.id}/take`);
    expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect((await supervisor.request('POST', `/console/api/handovers/${handover.id}/take`, undefined, { csrf: false })).status).toBe(403);
    await supervisor.request('POST', `/console/api/handovers/${handover.id}/take`);
    expect((await agent.request('POST', `/console/api/handovers/${handover.id}/messages`, { text: '我来' })).status).toBe(403);
    expect((await engine.stores.services.escalations.get(handover.escalationId))).toMatchObject({ status: 'connected', supervisor: '王建国' });
    expect((await stream.next((e) => e.event === 'entry' && e.data.author === 'system' && e.data.text.includes('王建国'))).data.text).toBe(
      '您好，值班负责人王建国为您服务。',
    );

    const closed = await supervisor.request('POST', `/console/api/handovers/${handover.id}/close`, { outcome: '已解释抢修安排' });
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect((await stream.next((e) => e.event === 'entry' && e.data.author === 'agent')).data).toMatchObject({ name: '王建国', text: '感谢您的咨询，再见！' });
    expect((await stream.next((e) => e.event === 'handover' && e.data.handover.status === 'closed')).data.handover.status).toBe('closed');
    expect(await engine.stores.services.escalations.get(handover.escalationId)).toMatchObject({ status: 'closed', outcome: '已解释抢修安排', supervisor: '王建国' });
    expect((await supervisor.request('POST', `/console/api/handovers/${handover.id}/messages`, { text: '还在吗' })).status).toBe(409);
  });

  it('nobody takes the chat in time: the customer is told and books a callback on the number they confirm', async () => {
    const { base, engine } = await desk({ CHAT_TAKEOVER_TIMEOUT_SECONDS: '1' });
    const customer = await customerAsksForAgent(base, null);
    expect(await engine.desk.sweep()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await engine.desk.sweep()).toBe(1);
    expect(await engine.desk.sweep()).toBe(0); // once
    expect((await customer.stream.next((e) => e.event === 'entry' && e.data.text.includes('回电'))).data.text).toContain('人工客服都在忙');
    expect((await customer.stream.next((e) => e.event === 'handover' && e.data.handover.status === 'timed_out')).data.handover.status).toBe('timed_out');

    const callback = (body: unknown) => postJson(`${base}/chat/sessions/${customer.id}/callback`, body);
    expect(await callback({ phone: '12345' })).toMatchObject({ status: 400, body: { error: 'bad_phone' } });
    const booked = await callback({ phone: '+86 138-0013-8000' });
    expect(booked.status).toBe(200);
    expect(booked.body.entry.text).toBe('好的，我们会尽快回电到138 0013 8000，感谢您的耐心。');
    const tasks = await engine.stores.services.callbacks.list({ phone: '13800138000' });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'escalation', conversationId: customer.id, status: 'pending' });
    expect((await callback({ phone: '13800138000' })).status).toBe(409); // once
  });

  it('a reload resumes the chat: the transcript, the current question and the handover', async () => {
    const { base } = await desk();
    const opened = await postJson(`${base}/chat/sessions`, { phone: ZHANG_WEI.phone });
    const id = opened.body.id as string;
    await postJson(`${base}/chat/sessions/${id}/messages`, { choice: 'language_zh' });
    await postJson(`${base}/chat/sessions/${id}/messages`, { choice: 'fault_report' });
    const resumed = await fetch(`${base}/chat/sessions/${id}`);
    expect(resumed.status).toBe(200);
    const body = (await resumed.json()) as any;
    expect(body.reply).toMatchObject({ id, state: 'faultReport.identity.confirmClaimed', quickReplies: [{ id: 'yes' }, { id: 'no' }] });
    expect(body.transcript.map((e: { author: string }) => e.author)).toEqual(['bot', 'bot', 'bot', 'bot', 'customer', 'bot', 'customer', 'bot']);
    expect(body.transcript[0].text).toContain('欢迎咨询');
    expect(body.handover).toBeNull();
    expect((await fetch(`${base}/chat/sessions/nope`)).status).toBe(404);
  });
});
