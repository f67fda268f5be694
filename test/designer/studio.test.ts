/**
 * The flow studio's API (issue 13 item 4): a play on scratch data, stepped, rewound and saved as
 * a simulator script; open in development, a signed-in person's in production.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { Studio } from '../../src/designer/studio/sessions.js';
import { parseScript } from '../../src/channels/cli/script.js';
import { openTestEngine, Call, ZHANG_WEI } from '../support/call.js';
import { serve, postJson } from '../support/http.js';
import { PRODUCTION_ENV } from '../support/production.js';
import { addUser, signIn } from '../support/desk.js';

const studios: Studio[] = [];
afterEach(async () => {
  for (const studio of studios.splice(0)) await studio.close();
});

async function studioServer(env: Record<string, string> = {}) {
  const engine = await openTestEngine({ env });
  const studio = new Studio({ NODE_ENV: 'test' });
  studios.push(studio);
  return { engine, base: await serve(createServer(engine, { studio })) };
}

describe('the flow studio (/studio)', () => {
  it('plays a fault report on scratch data: each turn names its state on the flow\'s diagram, rewinds, and saves a script the simulator plays', async () => {
    const { engine, base } = await studioServer();
    const started = await postJson(`${base}/studio/api/plays`, { flow: 'inbound', locale: 'en-US', medium: 'voice', caller: ZHANG_WEI.phone });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    const first = started.body.turns[0];
    expect(first.diagram).toEqual({ page: 'greeting', id: 'greeting__chooseLanguage', trail: ['inbound', 'greeting'] });
    expect(first.prompts[0]).toMatchObject({ key: 'greeting.welcome', ssml: expect.stringContaining('<say-as interpret-as="digits">95598</say-as>') });
    expect(first.seconds).toBeGreaterThan(first.prompts[0].seconds);
    expect(first.ask.choices.map((c: { dtmf: string }) => c.dtmf)).toEqual(['1', '2', '3']);

    let view = (await postJson(`${base}/studio/api/plays/${id}/inputs`, { dtmf: '2' })).body; // English
    view = (await postJson(`${base}/studio/api/plays/${id}/inputs`, { dtmf: '1' })).body; // a fault
    view = (await postJson(`${base}/studio/api/plays/${id}/inputs`, { dtmf: '1' })).body; // yes, this account
    const last = view.turns.at(-1);
    expect(last.state).toBe('faultReport.report.askDanger');
    expect(last.diagram).toMatchObject({ page: 'faultReport-report', id: 'faultReport__report__askDanger', trail: ['inbound', 'faultReport-report'] });
    expect(view.context.customer.account).toBe(ZHANG_WEI.account);

    // Rewind to the menu, then take another way.
    view = (await postJson(`${base}/studio/api/plays/${id}/rewind`, { turn: 2 })).body;
    expect(view.turns.map((t: { state: string }) => t.state)).toEqual(['greeting.chooseLanguage', 'menu.full', 'faultReport.identity.confirmCaller']);
    view = (await postJson(`${base}/studio/api/plays/${id}/inputs`, { hangup: true })).body;
    expect(view.turns.at(-1).end).toEqual({ type: 'abandoned' });

    // The saved script is the simulator's: played again, it ends where the play did.
    const script = await fetch(`${base}/studio/api/plays/${id}/script`);
    expect(script.headers.get('content-disposition')).toContain('attachment');
    const inputs = parseScript(await script.text());
    expect(inputs).toEqual([{ type: 'dtmf', digits: '2' }, { type: 'dtmf', digits: '1' }, { type: 'hangup' }]);
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone, locale: 'en-US' });
    for (const input of inputs) await call.send(input);
    expect(call.turn.end).toEqual({ type: 'abandoned' });

    // Never the live database: the studio's fault report left the server's store alone.
    const before = (await engine.stores.services.workOrders.list()).length;
    const play = (await postJson(`${base}/studio/api/plays`, { flow: 'inbound', locale: 'zh-CN', medium: 'voice', caller: ZHANG_WEI.phone })).body;
    for (const input of [{ dtmf: '1' }, { dtmf: '1' }, { dtmf: '1' }, { dtmf: '2' }, { dtmf: '1' }, { dtmf: '1' }, { speech: '家里全部没电了' }, { dtmf: '1' }]) {
      await postJson(`${base}/studio/api/plays/${play.id}/inputs`, input);
    }
    const filed = (await postJson(`${base}/studio/api/plays/${play.id}/inputs`, { dtmf: '1' })).body;
    expect(filed.turns.at(-1).prompts.map((p: { key: string }) => p.key)).toContain('fault.ticketCreated');
    expect((await engine.stores.services.workOrders.list()).length).toBe(before);
  });

  it('refuses what it cannot play, with a reason', async () => {
    const { base } = await studioServer();
    expect(await postJson(`${base}/studio/api/plays`, { flow: 'nope' })).toMatchObject({ status: 400, body: { reason: expect.stringContaining('flow must be one of inbound, callback, proactive') } });
    expect(await postJson(`${base}/studio/api/plays`, { caller: '12' })).toMatchObject({ status: 400, body: { reason: expect.stringContaining('E.164') } });
    const play = (await postJson(`${base}/studio/api/plays`, { flow: 'callback', medium: 'voice' })).body;
    expect(play.turns[0].state).toMatch(/^\w/);
    expect(await postJson(`${base}/studio/api/plays/${play.id}/inputs`, { jump: 1 })).toMatchObject({ status: 400, body: { reason: expect.stringContaining('the input is not an input') } });
    expect(await postJson(`${base}/studio/api/plays/${play.id}/rewind`, { turn: 9 })).toMatchObject({ status: 400 });
    expect((await postJson(`${base}/studio/api/plays/unknown/inputs`, { dtmf: '1' })).status).toBe(404);
  });

  it('in production it is a signed-in person\'s, and a change carries the CSRF token', async () => {
    const { engine, base } = await studioServer(PRODUCTION_ENV);
    expect((await fetch(`${base}/studio/`)).status).toBe(401);
    expect((await postJson(`${base}/studio/api/plays`, {})).status).toBe(401);
    await addUser(engine, '王建国', 'supervisor');
    const desk = await signIn(base, '王建国');
    expect((await desk.request('GET', '/studio/api/options')).body.production).toBe(true);
    expect((await desk.request('POST', '/studio/api/plays', { flow: 'inbound' }, { csrf: false })).status).toBe(403);
    expect((await desk.request('POST', '/studio/api/plays', { flow: 'inbound' })).status).toBe(201);
  });
});
