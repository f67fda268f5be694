/**
 * Over the real chat routes (issue 14): tries at ticket numbers count per client address, so a new
 * chat session does not start the count again; the replies of a wrong tail carry none of the
 * order's data.
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { openTestEngine, ZHANG_WEI } from '../../support/call.js';
import { serve } from '../../support/http.js';

/** A chat request from `client` (the proxy in front says so: TRUST_PROXY=loopback). */
async function post(url: string, body: unknown, client: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify(body) });
  return response.json();
}

describe('chat: tries at ticket numbers count per client address', () => {
  it('a second chat from the same address is refused after the first used the tries; another address is not held up', async () => {
    const engine = await openTestEngine({ env: { TRUST_PROXY: 'loopback', RATE_LIMIT_NUMBER_GUESSES: '2', RATE_LIMIT_CHAT_STARTS: '1000', RATE_LIMIT_CHAT_MESSAGES: '10000' } });
    const order = await engine.stores.services.workOrders.create({
      kind: 'repair', urgent: false, danger: false, scope: 'home', account: ZHANG_WEI.account, phone: ZHANG_WEI.phone,
      address: '城关区人民路88号', areaId: 'chengguan', description: '家里没电', channel: 'voice', conversationId: 'earlier',
    });
    const base = await serve(createServer(engine));
    const chat = async (client: string, ...steps: object[]) => {
      const opened = await post(`${base}/chat/sessions`, { locale: 'zh-CN' }, client);
      const replies = [];
      for (const step of [{ choice: 'query' }, { choice: 'progress' }, ...steps]) replies.push(await post(`${base}/chat/sessions/${opened.id}/messages`, step, client));
      return replies;
    };
    const first = await chat('198.51.100.1', { text: order.id }, { text: '1111' }, { text: order.id }, { text: '2222' });
    expect(JSON.stringify(first)).not.toMatch(/人民路|张伟|arriveBy|到达/);
    expect(first.at(-1).state).toContain('offerAgent'); // an agent offered
    expect(first.at(-1).quickReplies.map((c: { id: string }) => c.id)).toEqual(['yes', 'no']);

    const second = await chat('198.51.100.1', { text: order.id });
    expect(second.at(-1).messages.join('')).toContain('核对次数太多');
    expect(JSON.stringify(second)).not.toMatch(/到达/);

    const elsewhere = await chat('198.51.100.2', { text: order.id }, { text: '8000' });
    expect(elsewhere.at(-1).messages.join('')).toContain('到达');
  });
});
