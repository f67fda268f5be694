import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { openTestEngine, ZHANG_WEI } from '../../support/call.js';
import { postJson, serve } from '../../support/http.js';

async function chatServer() {
  return serve(createServer(await openTestEngine()));
}

describe('web chat channel (N25: the same flow as the phone)', () => {
  it('a customer opens a chat, picks quick replies and reports a fault; the chat shows no keypad wording', async () => {
    const base = await chatServer();
    const opened = await postJson(`${base}/chat/sessions`, { phone: ZHANG_WEI.phone });
    expect(opened.status).toBe(201);
    expect(opened.body.messages[0]).toContain('95598');
    expect(opened.body.quickReplies.map((q: { id: string }) => q.id)).toEqual(['language_zh', 'language_en', 'language_yue']);

    const send = (body: unknown) => postJson(`${base}/chat/sessions/${opened.body.id}/messages`, body);
    await send({ choice: 'language_zh' });
    const menu = await send({ text: '家里停电了' });
    // The typed number is a claim: the family name only (issue 10 item 1).
    expect(menu.body.state).toBe('faultReport.identity.confirmClaimed');
    expect(menu.body.messages.join('')).not.toMatch(/按\s*\d/);
    await send({ choice: 'yes' });
    await send({ choice: 'no' }); // no danger
    const where = await send({ choice: 'home' });
    expect(where.body.state).toBe('faultReport.report.askAddress');
    await send({ text: '城关区人民路88号3栋2单元501' });
    await send({ text: '家里全部没电了' });
    const name = await send({ choice: 'yes' }); // the read-back is right
    expect(name.body.state).toBe('faultReport.report.askContactName'); // a typed number is a claim: how to address the customer (issue 14)
    const number = await send({ text: '我姓张' });
    expect(number.body.state).toBe('faultReport.report.confirmContact');
    expect(number.body.messages.join('')).toContain('联系人姓张');
    const done = await send({ choice: 'yes' }); // the number is right
    expect(done.status).toBe(200);
    expect(done.body.state).toBe('closing.anythingElse');
    expect(done.body.messages.join('')).toMatch(/\d{4}/);
  });

  it('bad requests get a 4xx with the reason', async () => {
    const base = await chatServer();
    expect(await postJson(`${base}/chat/sessions`, { locale: 'fr-FR' })).toMatchObject({ status: 400, body: { error: 'invalid_input' } });
    expect(await postJson(`${base}/chat/sessions`, '{not json')).toMatchObject({ status: 400 });
    expect(await postJson(`${base}/chat/sessions/nope/messages`, { text: 'hi' })).toMatchObject({ status: 404, body: { error: 'conversation_not_found' } });
    const opened = await postJson(`${base}/chat/sessions`, {});
    expect(await postJson(`${base}/chat/sessions/${opened.body.id}/messages`, { emoji: '⚡' })).toMatchObject({
      status: 400,
      body: { reason: expect.stringContaining('"text"') },
    });
  });

  it('the customer can end the chat', async () => {
    const base = await chatServer();
    const opened = await postJson(`${base}/chat/sessions`, {});
    const ended = await postJson(`${base}/chat/sessions/${opened.body.id}/end`);
    expect(ended.body.end).toEqual({ type: 'abandoned' });
  });
});
