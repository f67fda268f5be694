/**
 * Model-based coverage (issue 13 item 5): the shortest paths of every hosted flow, found on the
 * conversation host with real services (SQLite, demo data), replayed in every locale. Every
 * question state is reached; every turn has a question or an ending; nothing throws; from every
 * state reached an ending can still be reached (no dead end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { catalogueKeys, getCatalogue, TEXT_SUFFIX } from '../../src/prompts/catalogue.js';
import { chartKeys } from '../../src/machines/chart.js';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import type { StateMeta } from '../../src/core/meta.js';
import type { Turn } from '../../src/core/conversation.js';
import type { Engine } from '../../src/bootstrap.js';
import { outboundTaskFor } from '../../src/channels/cli/outbound-task.js';
import { CHEN_QIANG, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { askStates, deadEnds, explore, replay, turnProblem, type Root } from '../support/explore.js';
import { guessKey } from '../../src/services/ownership.js';
import { readyCallback } from '../support/outbound.js';
import { TURN_BUDGET_SECONDS } from '../../src/prompts/speech-rate.js';
import { DEMO_AREAS, DEMO_CUSTOMERS } from '../../src/store/demo-data.js';
import { upsertOutage } from '../../src/store/sqlite/outage-board.js';
import type { Db } from '../../src/store/sqlite/database.js';

/** A weekday morning in Shanghai: the outbound calling windows are open (N15). */
const MORNING = () => new Date('2026-03-10T02:30:00Z');
const WANG_FANG = '+8613700137000'; // one phone, two accounts
const BLACKLISTED = '+8613912340001'; // served by self-service only (N22)
const LIU_YANG = '+8613500135000'; // his account owes 18.90
/** Tries at ticket and account numbers per caller or client: more than the exploration makes, so only the spent client is limited. */
const GUESSES = 1000;
const ENV = { RATE_LIMIT_NUMBER_GUESSES: String(GUESSES) };
const SPENT_CLIENT = 'spent-client';

/**
 * The longest area name of the demo data (issue 14 item 7: a turn that says an area and a time runs
 * close to the budget): its customer is explored with a fault in force on it and planned work there
 * tomorrow, so every notice, registration and schedule turn is measured with that name.
 */
const LONGEST_AREA = [...DEMO_AREAS].sort((a, b) => [...b.name].length - [...a.name].length)[0]!;
const LONGEST_AREA_CALLER = DEMO_CUSTOMERS.find((c) => c.areaId === LONGEST_AREA.id)!.phones.at(-1)!;
/** The embedded database of each engine the exploration opens (for the outages it needs). */
const databases = new WeakMap<Engine, Db>();
async function openExplorerEngine(): Promise<Engine> {
  let db: Db | null = null;
  const engine = await openTestEngine({ now: MORNING, env: ENV, onDatabase: (opened) => void (db = opened) });
  databases.set(engine, db!);
  return engine;
}

const inboundRoots: Root[] = [
  { name: 'unknown-voice', channel: 'voice', caller: UNKNOWN_PHONE },
  { name: 'zhang-voice', channel: 'voice', caller: ZHANG_WEI.phone },
  { name: 'wang-voice', channel: 'voice', caller: WANG_FANG },
  { name: 'chen-voice', channel: 'voice', caller: CHEN_QIANG.phone },
  { name: 'chat', channel: 'chat', caller: null },
  { name: 'zhang-chat', channel: 'chat', caller: ZHANG_WEI.phone },
  { name: 'liu-voice', channel: 'voice', caller: LIU_YANG }, // in arrears: the check before a crew is sent
  {
    name: 'zhang-voice-open-order',
    channel: 'voice',
    caller: ZHANG_WEI.phone,
    setup: async (engine) =>
      void (await engine.stores.services.workOrders.create({
        kind: 'repair', urgent: false, danger: false, scope: 'home', account: ZHANG_WEI.account, phone: ZHANG_WEI.phone,
        address: '城关区人民路88号3栋2单元501', areaId: 'chengguan', description: '家里全部没电', channel: 'voice', conversationId: 'earlier-call',
      })),
  },
  {
    // A chat client that used up its tries at guessable numbers today (issue 14): an agent is offered.
    name: 'chat-tries-used-up',
    channel: 'chat',
    caller: null,
    params: async () => ({ client: SPENT_CLIENT }),
    setup: async (engine) => {
      const key = guessKey({ channel: 'chat', caller: null, codeVerified: null, client: SPENT_CLIENT });
      for (let i = 0; i < GUESSES; i++) await engine.guesses.take(key);
    },
  },
  {
    name: 'longest-area-voice',
    channel: 'voice',
    caller: LONGEST_AREA_CALLER,
    setup: async (engine) => {
      const db = databases.get(engine)!;
      const at = MORNING().getTime();
      upsertOutage(db, { id: 'explore-longest-fault', areaId: LONGEST_AREA.id, kind: 'fault', reason: '线路故障抢修', startsAt: new Date(at - 3_600_000).toISOString(), expectedRestoreAt: new Date(at + 5.5 * 3_600_000).toISOString() });
      upsertOutage(db, { id: 'explore-longest-planned', areaId: LONGEST_AREA.id, kind: 'planned', reason: '计划检修', startsAt: new Date(at + 24 * 3_600_000).toISOString(), expectedRestoreAt: new Date(at + 32.5 * 3_600_000).toISOString() });
    },
  },
  {
    name: 'blacklisted-voice',
    channel: 'voice',
    caller: BLACKLISTED,
    setup: async (engine) => void (await engine.stores.services.blacklist.add({ phone: BLACKLISTED, reason: 'repeated harassing calls', by: '王建国' })),
  },
];

const outboundRoot = (flow: string, locale?: Locale): Root => ({
  name: locale ? `${flow}-${locale}` : flow,
  ...(locale ? { locale } : {}),
  channel: 'voice',
  caller: ZHANG_WEI.phone,
  flow,
  params: async (engine: Engine, id: string) => ({ task: (await outboundTaskFor(engine, 'demo', flow, id)).id }),
});

/** A callback to a number with no account and so no name (issue 14): the account holder is asked for. */
const namelessCallback: Root = {
  name: 'callback-nameless',
  channel: 'voice',
  caller: UNKNOWN_PHONE,
  flow: 'callback',
  params: async (engine: Engine, id: string) => {
    const { task } = await readyCallback(engine, { account: null, phone: UNKNOWN_PHONE, business: 'consultation', now: MORNING() });
    return { task: (await outboundTaskFor(engine, task.id, 'callback', id)).id };
  },
};

function endStates(machine: AnyStateMachine): Set<string> {
  return new Set(getStateNodes(machine.root).filter((n) => n.type === 'final' && (n.meta as StateMeta | undefined)?.end).map((n) => n.path.join('.')));
}

/** localeBranches: the chart itself branches on the language, so a path may end elsewhere in another. */
const flows: { flow: string; roots: Root[]; localeBranches?: boolean }[] = [
  { flow: 'inbound', roots: inboundRoots },
  // An English voice cannot say 张伟: the callee is asked for the account holder (N16).
  { flow: 'callback', roots: [outboundRoot('callback'), outboundRoot('callback', 'en-US'), namelessCallback], localeBranches: true },
  { flow: 'proactive', roots: [outboundRoot('proactive')] },
];

/** Every key heard on the paths, in every flow and locale (for the chart-versus-catalogue test). */
const heard = new Set<string>();

describe('every flow, walked by its shortest paths on the real host', () => {
  for (const { flow, roots, localeBranches } of flows) {
    it(`${flow}: every question state is reached, every turn asks or ends, nothing throws, no dead end; the paths replay in ${LOCALES.join(', ')}`, async () => {
      const engine = await openExplorerEngine();
      const machine = engine.flows.get(flow)!.machine;
      const found = await explore(engine, machine, roots, 'zh-CN', MORNING);
      expect([...new Set(found.problems)]).toEqual([]);
      for (const key of found.said) heard.add(key);

      const unreached = askStates(machine).filter((state) => !found.paths.has(state));
      expect(unreached, 'question states no path reaches').toEqual([]);
      expect(deadEnds(found, endStates(machine)), 'states from which no input leads to an ending').toEqual([]);

      // The same paths in the other locales: the same states, every turn a question or an ending.
      for (const locale of LOCALES.filter((l): l is Locale => l !== 'zh-CN')) {
        // A fresh engine per language: the explored calls used up 张伟's verification SMS for the hour.
        const fresh = await openExplorerEngine();
        for (const root of roots) await root.setup?.(fresh);
        const wrong: string[] = [];
        let n = 0;
        for (const path of [...found.paths.values()].filter((p) => !p.root.locale)) {
          const turns = await replay(fresh, path, locale, `replay-${flow}-${locale}-${++n}`);
          for (const turn of turns) for (const prompt of turn.prompts) heard.add(prompt.key);
          for (const turn of turns) {
            const problem = turnProblem(turn, path.root.channel, MORNING());
            if (problem) wrong.push(`${locale} ${path.root.name}: ${problem}`);
          }
          if (!localeBranches && turns.at(-1)!.state !== path.state) wrong.push(`${locale} ${path.root.name}: the path to ${path.state} ends in ${turns.at(-1)!.state}`);
        }
        expect(wrong).toEqual([]);
      }
    }, 120_000);
  }
});

/**
 * N2 (issue 14 item 1): every turn a voice caller can hear fits TURN_BUDGET_SECONDS at the N2 rate.
 * The exploration above follows every language the caller may choose (a state heard in another
 * language is explored again, explore.ts); an outbound call does not offer one, so its search is
 * run again from each other language (a read-back in English has more words than in Chinese).
 */
describe(`N2: every explored voice turn of every flow takes at most ${TURN_BUDGET_SECONDS} s, in every locale`, () => {
  // The inbound call's language offer already leads the exploration above into every language;
  // an outbound call starts in its task's language, so each is explored from it.
  for (const { flow, roots } of flows.filter((f) => f.flow !== 'inbound')) {
    for (const locale of LOCALES.filter((l): l is Locale => l !== 'zh-CN')) {
      it(`${flow} in ${locale}`, async () => {
        const engine = await openExplorerEngine();
        const found = await explore(engine, engine.flows.get(flow)!.machine, roots.filter((root) => !root.locale), locale, MORNING);
        for (const key of found.said) heard.add(key);
        expect([...new Set(found.problems)]).toEqual([]);
      }, 120_000);
    }
  }
});

describe('the turn budget check itself (turnProblem)', () => {
  const turn = (keys: string[], locale: Locale = 'zh-CN'): Turn => ({
    conversationId: 'c', version: 1, locale, prompts: keys.map((key) => ({ key })), ask: { kind: 'choice', input: ['dtmf'], choices: [{ id: 'yes', dtmf: '1', label: 'x' }], timeoutSeconds: 5, bargeIn: true, hints: [] }, end: null, state: 's',
  });
  it('reports a voice turn over the budget, in its locale; chat is not timed; the trapped-person advice is not counted', () => {
    const long = ['fault.askDanger', 'fault.askDanger', 'fault.askDanger'];
    for (const locale of LOCALES) expect(turnProblem(turn(long, locale), 'voice', MORNING()), locale).toMatch(new RegExp(`\\(${locale}\\).* > ${TURN_BUDGET_SECONDS} s`));
    expect(turnProblem(turn(long), 'chat', MORNING())).toBeNull();
    expect(turnProblem(turn(['fault.askDanger']), 'voice', MORNING())).toBeNull();
    expect(turnProblem(turn(['danger.trappedAdvice', 'fault.askDanger']), 'voice', MORNING())).toBeNull();
    expect(turnProblem(turn(['danger.trappedAdvice', ...long]), 'voice', MORNING())).not.toBeNull();
  });
});

/** Catalogue keys written as literals in the sources ('common.systemBusy'), the trained NLU model left out. */
function sourceKeys(namespaces: Set<string>): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join('src', 'nlu', 'model')) walk(path);
      } else if (entry.name.endsWith('.ts')) {
        for (const [, key, ns] of readFileSync(path, 'utf8').matchAll(/['"`](([A-Za-z]+)\.[A-Za-z_]+)['"`]/g)) if (namespaces.has(ns!)) keys.add(key!);
      }
    }
  };
  walk('src');
  return keys;
}

describe('the charts against the catalogue', () => {
  it('every prompt key a flow can say is in every locale; every catalogue key is said by some flow', async () => {
    const engine = await openTestEngine();
    const said = new Set(heard);
    for (const flow of engine.flows.all) for (const key of chartKeys(flow.machine)) said.add(key);
    expect(said.size).toBeGreaterThan(150);
    const catalogue = getCatalogue();
    for (const locale of LOCALES) {
      const keys = new Set(catalogueKeys(catalogue, locale));
      expect([...said].filter((key) => !keys.has(key)).sort(), `keys said but missing in ${locale}`).toEqual([]);
    }
    // Said outside the charts: by the engine (build-turn: heard digits, system busy), the channels,
    // the duty desk (takeover.*), the SMS text, the actions' implementations.
    const named = sourceKeys(new Set(catalogueKeys(catalogue, 'zh-CN').map((k) => k.split('.')[0]!)));
    const unsaid = catalogueKeys(catalogue, 'zh-CN')
      .filter((key) => !key.endsWith(TEXT_SUFFIX))
      .filter((key) => !said.has(key) && !named.has(key));
    expect(unsaid.sort(), 'catalogue keys no chart says, no path heard and no code names').toEqual([]);
  });
});
