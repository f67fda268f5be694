/**
 * Information queries (N9): the bill and balance of the identified customer; the outage schedule
 * of the customer's area (or of an area named by the caller); a work order's progress, and 催办
 * (src/machines/progress.ts). Ends `answered`, whatever was said.
 */
import { dialogue } from './setup.js';
import { identityFlow } from './identity.js';
import { verifyFlow } from './verify.js';
import { progressFlow } from './progress.js';
import { triesUsedUpFlow } from './tries-used-up.js';

export const queryFlow = dialogue.createStateConfig({
  initial: 'askWhich',
  states: {
    /** Where the caller was when a danger report interrupted (N10): the composing chart comes back here. */
    resume: { type: 'history', history: 'deep' },
    askWhich: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'query.askWhich',
          help: 'query.askWhichHelp',
          choices: [
            { id: 'bill', dtmf: '1', intents: ['bill_query'] },
            { id: 'outage_schedule', dtmf: '2', intents: ['outage_query'] },
            { id: 'progress', dtmf: '3', words: 'progress' },
          ],
        },
      },
      on: {
        'choice.bill': 'bill',
        'choice.outage_schedule': 'outageSchedule',
        'choice.progress': { actions: 'holdTold', target: 'progress' },
      },
    },
    bill: {
      initial: 'identity',
      states: {
        identity: { ...identityFlow, onDone: 'lookup' },
        lookup: {
          always: [
            { guard: 'hasVerifiedCustomer', target: 'fetch' },
            // Identified, not yet verified: the acknowledgement the answer would have given, before the code (N8).
            { guard: 'hasCustomer', actions: { type: 'say', params: { key: 'identity.confirmed' } }, target: 'verify' },
            // The account-number tries are used up (issue 14): an agent can verify the caller otherwise.
            { guard: 'triesUsedUp', actions: { type: 'say', params: { key: 'common.triesUsedUp' } }, target: 'triesUsedUp' },
            { actions: { type: 'say', params: { key: 'query.needAccount' } }, target: 'answered' },
          ],
        },
        // A bill is account data: said only to a verified customer (issue 10 item 1).
        verify: {
          ...verifyFlow,
          onDone: [
            { guard: 'hasVerifiedCustomer', target: 'fetch' },
            { actions: { type: 'say', params: { key: 'query.needVerification' } }, target: 'answered' },
          ],
        },
        triesUsedUp: { ...triesUsedUpFlow, onDone: 'answered' },
        fetch: {
          invoke: {
            src: 'getStatement',
            input: ({ context }) => ({ account: context.customer?.account ?? '' }),
            onDone: [
              {
                // A prepaid meter run out has cut the power: said, with how to get it back (audit 2, finding 6).
                guard: { type: 'isPrepaidRunOut', params: ({ event }) => ({ statement: event.output }) },
                actions: [
                  { type: 'rememberStatement', params: ({ event }) => ({ statement: event.output }) },
                  { type: 'say', params: { key: 'query.statement' } },
                  // In place of the bill's due date, which the cut-off makes moot: the turn stays within 25 s (N2).
                  { type: 'say', params: { key: 'query.prepaidCut' } },
                ],
                target: 'answered',
              },
              {
                guard: { type: 'isStatement', params: ({ event }) => ({ statement: event.output }) },
                actions: [
                  { type: 'rememberStatement', params: ({ event }) => ({ statement: event.output }) },
                  { type: 'say', params: { key: 'query.statement' } },
                  { type: 'say', params: { key: 'query.lastBill' } },
                ],
                target: 'answered',
              },
              { actions: { type: 'say', params: { key: 'query.noStatement' } }, target: 'answered' },
            ],
            onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'answered' },
          },
        },
        answered: { type: 'final' },
      },
      onDone: 'answered',
    },
    outageSchedule: {
      // "怎么又停电了", "since yesterday": a short apology for it before the first question (N12).
      entry: 'reactToOpeningTold',
      initial: 'identity',
      states: {
        identity: {
          ...identityFlow,
          onDone: [{ guard: { type: 'endedWith', params: { outcome: 'identified' } }, actions: { type: 'say', params: { key: 'identity.confirmed' } }, target: 'where' }, { target: 'where' }],
        },
        where: {
          // The account's own area only for a verified customer; others name the area.
          always: [{ guard: 'hasVerifiedCustomer', target: 'findArea' }, { target: 'askArea' }],
        },
        askArea: {
          entry: 'resetMisses',
          meta: { ask: { kind: 'text', prompt: 'query.askArea', help: 'query.askAreaHelp', timeoutSeconds: 10, expects: 'place' } },
          on: { text: [{ guard: 'namesPlace', actions: 'rememberAddress', target: 'findArea' }, { actions: 'notAnAnswer' }] },
        },
        findArea: {
          invoke: {
            src: 'findArea',
            // The account's own area, or the one the caller named.
            input: ({ context }) => ({
              address: context.fault.address ?? '',
              areaId: context.fault.address === null ? (context.customer?.areaId ?? null) : null,
            }),
            onDone: { actions: { type: 'rememberArea', params: ({ event }) => ({ area: event.output }) }, target: 'found' },
            onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'answered' },
          },
        },
        // The answer names the area it is for (N8); a place in no known area is not told "no outage".
        found: {
          always: [{ guard: 'hasArea', target: 'fetch' }, { actions: { type: 'say', params: { key: 'query.areaNotFound' } }, target: 'answered' }],
        },
        fetch: {
          invoke: {
            src: 'findScheduledOutage',
            input: ({ context }) => ({ areaId: context.fault.area?.id ?? null }),
            // Started (a fault under repair, work under way): told with the restore time; only an
            // outage to come is "planned" with its period (issue 14).
            onDone: [
              {
                guard: { type: 'isOutageInForce', params: ({ event }) => ({ found: event.output, kind: 'fault' as const }) },
                actions: [
                  { type: 'rememberScheduledOutage', params: ({ event }) => ({ outage: event.output?.outage ?? null }) },
                  { type: 'say', params: { key: 'query.outageUnderRepair' } },
                ],
                target: 'answered',
              },
              {
                guard: { type: 'isOutageInForce', params: ({ event }) => ({ found: event.output, kind: 'planned' as const }) },
                actions: [
                  { type: 'rememberScheduledOutage', params: ({ event }) => ({ outage: event.output?.outage ?? null }) },
                  { type: 'say', params: { key: 'query.outageWorkUnderWay' } },
                ],
                target: 'answered',
              },
              {
                guard: { type: 'isOutage', params: ({ event }) => ({ outage: event.output?.outage ?? null }) },
                actions: [
                  { type: 'rememberScheduledOutage', params: ({ event }) => ({ outage: event.output?.outage ?? null }) },
                  { type: 'say', params: { key: 'query.outageScheduled' } },
                ],
                target: 'answered',
              },
              { actions: { type: 'say', params: { key: 'query.noOutageScheduled' } }, target: 'answered' },
            ],
            onError: { actions: { type: 'say', params: { key: 'query.unavailable' } }, target: 'answered' },
          },
        },
        answered: { type: 'final' },
      },
      onDone: 'answered',
    },
    progress: { ...progressFlow, onDone: 'answered' },
    answered: { type: 'final', output: { outcome: 'answered' } },
  },
});
