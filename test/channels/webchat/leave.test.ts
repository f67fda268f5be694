/**
 * Closing the chat page mid-report (issue 12): the page's beacon (/leave) starts a grace time; a
 * reload within it resumes the chat, otherwise the chat ends as a phone hang-up does, and the
 * report being taken is kept as an abandoned work order with a callback (N21).
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { openTestEngine, ZHANG_WEI } from '../../support/call.js';
import { postJson, serve } from '../../support/http.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function midReport() {
  const engine = await openTestEngine({ env: { CHAT_LEAVE_GRACE_SECONDS: '1' } });
  const base = await serve(createServer(engine));
  const id = (await postJson(`${base}/chat/sessions`, { phone: ZHANG_WEI.phone })).body.id as string;
  const send = (body: unknown) => postJson(`${base}/chat/sessions/${id}/messages`, body);
  await send({ choice: 'language_zh' });
  await send({ choice: 'fault_report' });
  await send({ choice: 'yes' }); // the account found by the phone
  await send({ choice: 'no' }); // no danger
  const scope = await send({ choice: 'home' });
  expect(scope.status).toBe(200);
  return { engine, base, id };
}

describe('the customer closes the chat page', () => {
  it('not back within the grace time: the chat ends as a hang-up and the draft is kept', async () => {
    const { engine, base, id } = await midReport();
    const beacon = await fetch(`${base}/chat/sessions/${id}/leave`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(beacon.status).toBe(204);
    expect((await engine.stores.sessions.get(id))?.status).toBe('active');
    await pause(1500);
    expect((await engine.stores.sessions.get(id))?.status).toBe('ended');
    const orders = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone, status: 'abandoned' });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ kind: 'repair', conversationId: id });
  });

  it('a reload within the grace time resumes the chat: nothing ends', async () => {
    const { engine, base, id } = await midReport();
    await fetch(`${base}/chat/sessions/${id}/leave`, { method: 'POST' });
    expect((await fetch(`${base}/chat/sessions/${id}`)).status).toBe(200);
    await pause(1500);
    expect((await engine.stores.sessions.get(id))?.status).toBe('active');
    expect(await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone, status: 'abandoned' })).toEqual([]);
  });
});
