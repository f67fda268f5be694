/**
 * N24 on the phone: the supervisor chain on duty is dialled in order, each hearing a whisper of
 * the summary; when nobody answers, the caller still reaches a person (the agent seat, N4).
 * The conversation is put in the store as the engine leaves it after an escalation (its last
 * Turn ends in `escalate`); Twilio's dial callbacks are then played against the routes.
 */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/core/conversation.js';
import { turnToTwiml } from '../../../src/channels/twilio/twiml.js';
import { whisperTwiml, type EscalateEnding } from '../../../src/channels/twilio/escalation.js';
import { loadConfig } from '../../../src/config.js';
import { elements, find, parseTwiml, textOf } from '../../../src/channels/cli/phone-twiml.js';
import { captureLogs } from '../../support/logs.js';
import { UNKNOWN_PHONE } from '../../support/call.js';
import { PUBLIC_BASE_URL, sid, TwilioCall, twilioServer } from './fake-twilio.js';

const chain = [
  { name: '王建国', phone: '+8613811110001' },
  { name: '李明', phone: '+8613811110002' },
];

function escalated(callSid: string, version: number): Turn {
  return {
    conversationId: callSid,
    version,
    locale: 'yue-HK',
    prompts: [{ key: 'transfer.toAgent' }],
    ask: null,
    end: { type: 'escalate', escalationId: 'esc-1', reason: 'requested', summary: `reason: requested; caller ${UNKNOWN_PHONE}`,
      whisper: [{ key: 'escalation.whisperRequested', locale: 'zh-CN' }, { key: 'escalation.whisperTicket', locale: 'zh-CN', values: { ticket: '2611250001' } }],
      chain,
      locale: 'yue-HK',
    },
    state: 'supervisorTransfer',
  };
}

/** A call whose conversation ended in an escalation (written as the first version: the store checks versions). */
async function escalatedCall() {
  const server = await twilioServer();
  const call = new TwilioCall(server.twilio, server.engine, UNKNOWN_PHONE);
  const now = new Date().toISOString();
  const record = { id: call.callSid, version: 1, flow: 'inbound', channel: 'voice' as const, caller: UNKNOWN_PHONE, locale: 'yue-HK' as const, snapshot: null, status: 'ended' as const, lastTurn: escalated(call.callSid, 1), createdAt: now, updatedAt: now };
  expect(await server.engine.stores.sessions.compareAndSet(record, 0)).toBe(true);
  return { server, call };
}

const voices = loadConfig({}).twilioVoices;
const urls = (v: number) => ({ action: (step: number) => `${PUBLIC_BASE_URL}/twilio/escalation?turn=${v}&step=${step}`, whisper: (step: number) => `${PUBLIC_BASE_URL}/twilio/whisper?turn=${v}&step=${step}` });

describe('escalation to the duty supervisor over Twilio (N24)', () => {
  it('the escalate Turn says its prompts and dials the first of the chain, with a whisper URL', () => {
    const xml = turnToTwiml(escalated('CA1', 4), { voices, gatherAction: () => '', escalation: urls });
    const verbs = elements(parseTwiml(xml));
    expect(verbs.map((v) => v.name)).toEqual(['Say', 'Dial']);
    expect(verbs[1]!.attributes).toEqual({ action: `${PUBLIC_BASE_URL}/twilio/escalation?turn=4&step=0`, method: 'POST', timeout: '20' });
    const number = find(verbs[1]!, 'Number')!;
    expect(textOf(number)).toBe('+8613811110001');
    expect(number.attributes.url).toBe(`${PUBLIC_BASE_URL}/twilio/whisper?turn=4&step=0`);
  });

  it('nobody answers: the next in the chain, then the agent seat of the caller language', async () => {
    const { call } = await escalatedCall();
    await call.request(urls(1).action(0), { DialCallStatus: 'no-answer' });
    const next = find(call.twiml, 'Dial')!;
    expect(textOf(find(next, 'Number')!)).toBe('+8613811110002');
    expect(next.attributes.action).toBe(urls(1).action(1));

    await call.request(next.attributes.action!, { DialCallStatus: 'busy' });
    expect(elements(call.twiml).map((v) => v.name)).toEqual(['Say', 'Enqueue']);
    expect(textOf(find(call.twiml, 'Enqueue')!)).toBe('95598-agent-yue-HK');
  });

  it('N24: the supervisor hears, in Mandarin from the catalogue, why and what before being connected (a Cantonese caller)', async () => {
    const { call } = await escalatedCall();
    const whisper = await call.twilio.post(urls(1).whisper(0), { CallSid: sid('CA'), ParentCallSid: call.callSid, CallStatus: 'in-progress', Direction: 'outbound-dial' });
    const says = elements(parseTwiml(whisper.body));
    expect(says.map((s) => s.attributes.language)).toEqual(['cmn-CN', 'cmn-CN']);
    expect(textOf(says[0]!)).toContain('客户要求找值班负责人');
    expect(textOf(says[1]!)).toContain('工单号');
    expect(whisper.body).not.toMatch(/reason:|caller/);
  });

  it('N24, N4: an English caller: the whisper says so in Mandarin, and the complaint is said by the English voice', () => {
    const end = {
      ...(escalated('CA2', 1).end as EscalateEnding),
      locale: 'en-US' as const,
      whisper: [
        { key: 'escalation.whisperDissatisfied', locale: 'zh-CN' as const },
        { key: 'escalation.whisperSpeaksEnglish', locale: 'zh-CN' as const },
        { key: 'escalation.whisperComplaint', locale: 'en-US' as const, values: { what: 'the crew never came' } },
      ],
    };
    const says = elements(parseTwiml(whisperTwiml(end, voices)));
    expect(says.map((s) => s.attributes.language)).toEqual(['cmn-CN', 'cmn-CN', 'en-US']);
    expect(textOf(says[1]!)).toContain('客户讲英语');
    expect(textOf(says[2]!)).toContain('The complaint: the crew never came.');
  });

  it('a supervisor who answered: the call ends when they hang up', async () => {
    const { call } = await escalatedCall();
    await call.request(urls(1).action(0), { DialCallStatus: 'completed', DialCallDuration: '120' });
    expect(elements(call.twiml).map((v) => v.name)).toEqual(['Hangup']);
  });

  it('N21: a dial callback for a call not in an escalation still answers TwiML: an agent', async () => {
    const logs = captureLogs();
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.request(urls(1).action(0), { DialCallStatus: 'no-answer' });
    expect(logs.about('escalation dial failed')).toMatchObject([{ level: 'error', callSid: call.callSid }]);
    expect(textOf(find(call.twiml, 'Enqueue')!)).toBe('95598-agent-zh-CN');
  });

  it('end to end: a caller asks for the supervisor; nobody in the chain answers; the escalation becomes a guaranteed callback', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.silence(); // Mandarin
    await call.say('叫你们值班长来');
    const dial = find(call.twiml, 'Dial')!;
    expect(dial).toBeDefined();
    const { escalations, callbacks } = server.engine.stores.services;
    const [escalation] = await escalations.list({ phone: UNKNOWN_PHONE });
    expect(escalation).toMatchObject({ reason: 'requested', status: 'waiting' });

    // Twilio follows each <Dial action> with the outcome: nobody picks up.
    for (let next = find(call.twiml, 'Dial'); next; next = find(call.twiml, 'Dial')) {
      await call.request(next.attributes.action!, { DialCallStatus: 'no-answer' });
    }
    expect(textOf(find(call.twiml, 'Enqueue')!)).toBe('95598-agent-zh-CN');
    expect(await escalations.get(escalation!.id)).toMatchObject({ status: 'callback' });
    const tasks = await callbacks.list({ phone: UNKNOWN_PHONE });
    expect(tasks.map((t) => t.kind)).toContain('escalation');
  });

  it('end to end: the supervisor who answers is recorded on the escalation', async () => {
    const server = await twilioServer();
    const call = await TwilioCall.dial(server, UNKNOWN_PHONE);
    await call.silence();
    await call.say('叫你们值班长来');
    await call.request(find(call.twiml, 'Dial')!.attributes.action!, { DialCallStatus: 'completed' });
    const [escalation] = await server.engine.stores.services.escalations.list({ phone: UNKNOWN_PHONE });
    expect(escalation).toMatchObject({ status: 'connected' });
    expect(escalation?.supervisor).toBeTruthy();
  });
});
