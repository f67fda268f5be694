/**
 * The engine hosts the flows it is given: a start request names its flow, the record keeps it, and
 * every later turn runs that flow's machine with its own input, actors and prompt values.
 */
import { describe, expect, it } from 'vitest';
import { assign, emit, fromPromise, setup } from 'xstate';
import type { DialogueEmitted, DialogueEvent } from '../../src/core/events.js';
import type { StateMeta } from '../../src/core/meta.js';
import { ConversationHost } from '../../src/engine/conversation-host.js';
import { ConversationNotFound, FlowUnavailable, InvalidInput } from '../../src/engine/errors.js';
import { FlowRegistry, type FlowDefinition } from '../../src/engine/flows.js';
import { MemorySessionStore } from '../../src/store/memory/session-store.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';

/** A flow that is not the inbound call: it starts from a task, looks the customer up, asks one question. */
const surveyMachine = setup({
  types: {
    context: {} as { account: string; name: string | null; misses: number },
    input: {} as { account: string },
    events: {} as DialogueEvent,
    emitted: {} as DialogueEmitted,
    meta: {} as StateMeta,
  },
  actors: { findName: fromPromise<string | null, { account: string }>(async () => null) },
  actions: {
    say: emit((_, params: { key: string }) => ({ type: 'say' as const, key: params.key, safety: false })),
    rememberName: assign({ name: (_, params: { name: string | null }) => params.name }),
  },
}).createMachine({
  id: 'survey',
  context: ({ input }) => ({ account: input.account, name: null, misses: 0 }),
  initial: 'lookup',
  states: {
    lookup: {
      invoke: {
        src: 'findName',
        input: ({ context }) => ({ account: context.account }),
        onDone: { actions: { type: 'rememberName', params: ({ event }) => ({ name: event.output }) }, target: 'askSatisfied' },
      },
    },
    askSatisfied: {
      meta: { ask: { kind: 'choice', prompt: 'survey.ask', help: 'survey.help', choices: [{ id: 'yes', dtmf: '1' }, { id: 'no', dtmf: '2' }] } },
      on: { 'choice.yes': 'thanked', 'choice.no': 'thanked' },
    },
    thanked: { type: 'final', entry: { type: 'say', params: { key: 'survey.thanks' } }, meta: { end: { type: 'hangup' } } },
  },
});

const surveyFlow: FlowDefinition<typeof surveyMachine> = {
  id: 'survey',
  machine: surveyMachine,
  actors: (services) => ({
    findName: fromPromise(async ({ input }) => (await services.customers.findByAccount(input.account))?.name ?? null),
  }),
  input: (start) => {
    const account = start.params.account;
    if (!account) throw new InvalidInput('a survey starts from an account (params.account)');
    return { account };
  },
  view: (context) => ({ values: { name: context.name }, misses: context.misses, escalation: null }),
};

async function hostWithSurvey() {
  const engine = await openTestEngine();
  const sessions = new MemorySessionStore();
  const [inbound] = engine.flows.all;
  const flows = new FlowRegistry([inbound!, surveyFlow], 'inbound');
  const host = new ConversationHost({ sessions, services: engine.stores.services, recognizer: { recognize: async () => null }, flows });
  return { engine, sessions, host };
}

describe('hosted flows', () => {
  it('a start request that names a flow runs it, with its input, actors and prompt values; the record names it', async () => {
    const { host, sessions } = await hostWithSurvey();
    const first = await host.start('survey-1', { flow: 'survey', channel: 'voice', params: { account: ZHANG_WEI.account } });
    expect(first.state).toBe('askSatisfied');
    expect(first.prompts).toEqual([{ key: 'survey.ask', values: { name: ZHANG_WEI.name } }]);
    expect((await sessions.get('survey-1'))?.flow).toBe('survey');

    const last = await host.handle('survey-1', { type: 'dtmf', digits: '2' });
    expect(last.prompts.map((p) => p.key)).toEqual(['survey.thanks']);
    expect(last.end).toEqual({ type: 'hangup', waitForCallerSeconds: 5 });
  });

  it('a start request that names no flow gets the default flow of the registry (the inbound call)', async () => {
    const { host, sessions } = await hostWithSurvey();
    const turn = await host.start('default-1', { channel: 'chat' });
    expect(turn.prompts[0]?.key).toBe('greeting.welcome');
    expect((await sessions.get('default-1'))?.flow).toBe('inbound');
  });

  it('an unknown flow, bad params, or a start the flow cannot take is refused with a reason and records nothing', async () => {
    const { host, sessions } = await hostWithSurvey();
    await expect(host.start('bad-1', { flow: 'nonesuch', channel: 'voice' })).rejects.toThrow(/no flow "nonesuch"/);
    await expect(host.start('bad-2', { flow: 'Survey!', channel: 'voice' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(host.start('bad-3', { flow: 'survey', channel: 'voice', params: { account: 7 } as never })).rejects.toThrow(/param account/);
    await expect(host.start('bad-4', { flow: 'survey', channel: 'voice' })).rejects.toThrow(/params\.account/);
    for (const id of ['bad-1', 'bad-2', 'bad-3', 'bad-4']) expect(await sessions.get(id)).toBeNull();
    await expect(host.handle('bad-4', { type: 'noInput' })).rejects.toBeInstanceOf(ConversationNotFound);
  });

  it('a conversation whose flow this instance does not host is a 503, not a crash', async () => {
    const { host, sessions, engine } = await hostWithSurvey();
    await host.start('survey-2', { flow: 'survey', channel: 'voice', params: { account: ZHANG_WEI.account } });
    const inboundOnly = new ConversationHost({ sessions, services: engine.stores.services, recognizer: { recognize: async () => null }, flows: engine.flows });
    const refused = inboundOnly.handle('survey-2', { type: 'dtmf', digits: '1' });
    await expect(refused).rejects.toBeInstanceOf(FlowUnavailable);
    await expect(refused).rejects.toMatchObject({ status: 503 });
    expect((await sessions.get('survey-2'))?.version).toBe(1);
  });

  it('a registry refuses two flows with one id, and a default flow it does not have', async () => {
    const { engine } = await hostWithSurvey();
    const [inbound] = engine.flows.all;
    expect(() => new FlowRegistry([inbound!, inbound!], 'inbound')).toThrow(/registered twice/);
    expect(() => new FlowRegistry([surveyFlow], 'inbound')).toThrow(/default flow "inbound" is not registered/);
  });
});
