/**
 * Model-based coverage of a flow (issue 13 item 5): the shortest input paths to every state a
 * conversation can stop in, found breadth-first on the conversation host itself (real services
 * on SQLite with the demo data), then replayable in any locale.
 *
 * The model is the statechart: at each question, the inputs tried are the ask's own (every
 * choice, hidden ones too, a number of the right length, an answer in words, silence) and, once
 * per region of the chart, the global commands (agent, supervisor, danger, language, hang up).
 * What the invoked services answer decides the branches, which a pure traversal of the machine
 * (xstate/graph's getShortestPaths, which never runs invoked actors) cannot know: so the search
 * steps the real host, and forks a conversation record instead of replaying its prefix.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import type { Engine } from '../../src/bootstrap.js';
import type { Channel, Input, Turn } from '../../src/core/conversation.js';
import type { Locale } from '../../src/core/locale.js';
import type { AskMeta, StateMeta } from '../../src/core/meta.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { TURN_BUDGET_SECONDS, turnSeconds } from '../../src/prompts/speech-rate.js';

/** Where a search starts: one dialled conversation. */
export interface Root {
  name: string;
  channel: Channel;
  caller: string | null;
  flow?: string;
  /** The root's own language (a branch only one locale takes); otherwise the exploration's. */
  locale?: Locale;
  /** Prepares the data the root needs (e.g. the caller on the blacklist), once. */
  setup?: (engine: Engine) => Promise<void>;
  /** Made per conversation: an outbound flow's task is taken by one call only. */
  params?: (engine: Engine, conversationId: string) => Promise<Record<string, string>>;
}

export interface Step {
  input: Input;
  turn: Turn;
}

/** The shortest way found to a state: the root and the inputs, with the turn each one got. */
export interface FoundPath {
  root: Root;
  state: string;
  steps: Step[];
}

export interface Exploration {
  /** One shortest path per state reached (the first turn's state included). */
  paths: Map<string, FoundPath>;
  /** state -> states one input leads to (for the dead-end check). */
  edges: Map<string, Set<string>>;
  /** Every turn taken: for the invariants (question or ending, no exception). */
  turns: number;
  problems: string[];
  /** The catalogue keys of every prompt heard. */
  said: Set<string>;
}

const ACCOUNT = '3100123456';
// The lift told in an answer reaches its follow-up (is anyone trapped?, N10).
const WORDS: Record<Locale, string> = {
  'zh-CN': '城关区人民路88号，整栋楼没电了，电梯也停了',
  'yue-HK': '城關區人民路88號，成棟樓冇電，𨋢都停咗',
  'en-US': '88 Renmin Road, Chengguan, no power in the building and the lift stopped',
};
/** A street without its district (issue 14 item 6): at a "where?" it is asked which district. */
const STREET: Record<Locale, string> = { 'zh-CN': '解放街12号', 'yue-HK': '解放街12號', 'en-US': '12 Jiefang Street' };
/** A story that says no place (a report): where it happened is asked. */
const STORY: Record<Locale, string> = { 'zh-CN': '有人私拉电线', 'yue-HK': '有人偷電', 'en-US': 'someone is stealing power' };
/** A safety question, not a report (N10): the consultation's safety answer. */
const SAFETY_QUESTION: Record<Locale, string> = { 'zh-CN': '万一电线掉下来了应该怎么办', 'yue-HK': '如果電線跌落嚟應該點做', 'en-US': 'what should I do if a power line falls on my car' };
const DANGER: Record<Locale, string> = { 'zh-CN': '电线掉下来了，还在冒烟', 'yue-HK': '電線跌咗落嚟，仲冒緊煙', 'en-US': 'a power line fell down and it is smoking' };

/** The state node a Turn's state path names (Turn.state is the active leaf's path). */
export function stateNodeAt(machine: AnyStateMachine, path: string): AnyStateNode | null {
  let node: AnyStateNode | undefined = machine.root;
  for (const key of path.split('.')) {
    node = node?.states[key] as AnyStateNode | undefined;
    if (!node) return null;
  }
  return node ?? null;
}

/** Every question state of a machine (its ask meta), by path. */
export function askStates(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root)
    .filter((node) => (node.meta as StateMeta | undefined)?.ask)
    .map((node) => node.path.join('.'));
}

/** The inputs tried at a question: the ask's own, and the global commands when `globals`. */
export function inputsFor(ask: AskMeta, locale: Locale, globals: boolean): Input[] {
  const inputs: Input[] = (ask.choices ?? []).map((c) => ({ type: 'choice', id: c.id }));
  if (ask.kind === 'digits') inputs.push({ type: 'dtmf', digits: ask.numDigits === ACCOUNT.length ? ACCOUNT : '1'.repeat(ask.numDigits ?? 6) });
  if (ask.kind === 'text') inputs.push({ type: 'text', text: WORDS[locale] });
  if (ask.expects === 'place') inputs.push({ type: 'text', text: STREET[locale] });
  if (ask.inPassing?.story) inputs.push({ type: 'text', text: STORY[locale] });
  // A safety question, where the ask looks for the safety topic (its answer, then "is it happening now?").
  if (ask.inPassing?.topics?.includes('safety')) inputs.push({ type: 'text', text: SAFETY_QUESTION[locale] });
  inputs.push({ type: 'noInput' });
  if (globals) {
    inputs.push(
      { type: 'choice', id: 'agent' },
      { type: 'choice', id: 'supervisor' },
      { type: 'choice', id: locale === 'en-US' ? 'language_zh' : 'language_en' },
      { type: 'text', text: DANGER[locale] },
      { type: 'hangup' },
    );
  }
  return inputs;
}

/** Silences in a row followed at one question: past the ladder's end (N7: a person or goodbye). */
const MAX_SILENCES = 5;

let forks = 0;

/** A copy of a conversation under a new id: its context names the new id too. */
async function fork(engine: Engine, id: string): Promise<string> {
  const record = await engine.stores.sessions.get(id);
  if (!record) throw new Error(`no conversation ${id} to fork`);
  const copy = `${id.split('.')[0]}.${++forks}`;
  const snapshot = JSON.parse(JSON.stringify(record.snapshot)) as { context?: { conversationId?: string } };
  if (snapshot.context && 'conversationId' in snapshot.context) snapshot.context.conversationId = copy;
  const written = await engine.stores.sessions.compareAndSet({ ...record, id: copy, version: 1, snapshot }, 0);
  if (!written) throw new Error(`could not fork ${id}`);
  return copy;
}

/**
 * Prompts the turn budget does not count: the advice to a trapped person (119, the property
 * manager, don't force the lift door, wait for rescue). It is safety, heard whole without barge-in
 * the moment the caller says someone is trapped (N10), and shortening it, or holding the report's
 * next question back a turn, would cost more than the seconds. What the turn says besides it is
 * held to the budget as any turn.
 */
export const BUDGET_EXEMPT_KEYS: ReadonlySet<string> = new Set(['danger.trappedAdvice']);

/**
 * A voice turn longer than the turn budget (N2, issue 14): its spoken length at the N2 rate
 * (the soothing voice's slower rate is not counted: the budget is the content's), in its locale.
 */
export function overBudget(turn: Turn, now: Date = new Date()): string | null {
  const counted = turn.prompts.filter((prompt) => !BUDGET_EXEMPT_KEYS.has(prompt.key));
  const segments = renderVoice(counted, turn.locale, { now });
  const seconds = turnSeconds(segments);
  if (seconds <= TURN_BUDGET_SECONDS) return null;
  // The words heard, so that a failure shows what to shorten.
  const heard = segments.map((segment) => segment.text).join(' ');
  return `${turn.state} (${turn.locale}): ${counted.map((p) => p.key).join(' + ')} takes ${seconds.toFixed(1)} s > ${TURN_BUDGET_SECONDS} s: ${heard}`;
}

/**
 * What is wrong with a turn as the channels would get it: neither a question nor an ending, a
 * question nobody can answer, or (on voice) more than the turn budget.
 */
export function turnProblem(turn: Turn, channel: Channel = 'chat', now: Date = new Date()): string | null {
  if (!turn.ask && !turn.end) return `${turn.state}: a turn with neither a question nor an ending`;
  if (turn.ask && turn.end) return `${turn.state}: a turn with both a question and an ending`;
  if (turn.ask && turn.ask.kind === 'choice' && turn.ask.choices.length === 0 && turn.ask.input.includes('dtmf') === false && turn.ask.input.length === 0) {
    return `${turn.state}: a question nobody can answer`;
  }
  return channel === 'voice' ? overBudget(turn, now) : null;
}

/**
 * Breadth-first on the host: every state reached once per (root, state), by its shortest path.
 * `machine` is the flow's chart (for the ask meta of hidden choices).
 */
export async function explore(engine: Engine, machine: AnyStateMachine, roots: Root[], locale: Locale, now: () => Date = () => new Date()): Promise<Exploration> {
  const paths = new Map<string, FoundPath>();
  const edges = new Map<string, Set<string>>();
  const problems: string[] = [];
  const said = new Set<string>();
  const seen = new Set<string>();
  const globalsDone = new Set<string>();
  let turns = 0;
  /** stay: how many times in a row the caller was silent here (the reprompt ladder, N7). */
  type Node = { root: Root; id: string; steps: Step[]; turn: Turn; stay: number };
  const queue: Node[] = [];

  const reached = (node: Node) => {
    for (const prompt of node.turn.prompts) said.add(prompt.key);
    const problem = turnProblem(node.turn, node.root.channel, now());
    if (problem) problems.push(`${node.root.name}: ${problem}`);
    if (!paths.has(node.turn.state)) paths.set(node.turn.state, { root: node.root, state: node.turn.state, steps: node.steps });
    if (node.turn.end) return;
    // A state heard in another language is another turn (its words, its length): explored again.
    const key = `${node.root.name}|${node.turn.locale}|${node.turn.state}`;
    if (node.stay === 0 && seen.has(key)) return;
    seen.add(key);
    queue.push(node);
  };

  for (const root of roots) {
    await root.setup?.(engine);
    const id = `explore-${root.name}-${locale}-${Date.now().toString(36)}`;
    const params = root.params ? await root.params(engine, id) : undefined;
    const turn = await engine.host.start(id, { channel: root.channel, caller: root.caller, locale: root.locale ?? locale, ...(root.flow ? { flow: root.flow } : {}), ...(params ? { params } : {}) });
    turns++;
    reached({ root, id, steps: [], turn, stay: 0 });
  }

  while (queue.length) {
    const node = queue.shift()!;
    if (node.stay > 0) {
      // Silent again at the same question: only the ladder's next rung is tried.
      const id = await fork(engine, node.id);
      const turn = await engine.host.handle(id, { type: 'noInput' });
      turns++;
      edges.get(node.turn.state)?.add(turn.state);
      const next = { root: node.root, id, steps: [...node.steps, { input: { type: 'noInput' } as Input, turn }], turn, stay: turn.state === node.turn.state ? node.stay + 1 : 0 };
      if (next.stay === 0 || next.stay < MAX_SILENCES) reached(next);
      continue;
    }
    const ask = (stateNodeAt(machine, node.turn.state)?.meta as StateMeta | undefined)?.ask;
    if (!ask) {
      problems.push(`${node.root.name}: ${node.turn.state} asks (${node.turn.ask?.kind}) but the chart has no ask meta there`);
      continue;
    }
    const region = `${node.root.name}|${node.turn.state.split('.')[0]}`;
    const globals = !globalsDone.has(region);
    globalsDone.add(region);
    for (const input of inputsFor(ask, node.turn.locale, globals)) {
      const id = await fork(engine, node.id);
      let turn: Turn;
      try {
        turn = await engine.host.handle(id, input);
      } catch (error) {
        problems.push(`${node.root.name}: ${node.turn.state} + ${JSON.stringify(input)} threw ${String(error)}`);
        continue;
      }
      turns++;
      const from = edges.get(node.turn.state) ?? new Set<string>();
      from.add(turn.state);
      edges.set(node.turn.state, from);
      const stay = input.type === 'noInput' && turn.state === node.turn.state ? 1 : 0;
      reached({ root: node.root, id, steps: [...node.steps, { input, turn }], turn, stay });
    }
  }
  return { paths, edges, turns, problems, said };
}

/** States from which no explored input leads, however many turns, to an ending: dead ends. */
export function deadEnds(exploration: Exploration, endStates: Set<string>): string[] {
  const canEnd = new Set(endStates);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [from, tos] of exploration.edges) {
      if (!canEnd.has(from) && [...tos].some((to) => canEnd.has(to))) {
        canEnd.add(from);
        changed = true;
      }
    }
  }
  return [...exploration.paths.keys()].filter((state) => !canEnd.has(state));
}

/** Plays a found path again, on a new conversation, in `locale`: the turns it gets. */
export async function replay(engine: Engine, path: FoundPath, locale: Locale, id: string): Promise<Turn[]> {
  const params = path.root.params ? await path.root.params(engine, id) : undefined;
  const turns = [await engine.host.start(id, { channel: path.root.channel, caller: path.root.caller, locale, ...(path.root.flow ? { flow: path.root.flow } : {}), ...(params ? { params } : {}) })];
  for (const step of path.steps) turns.push(await engine.host.handle(id, inLocale(step.input, locale)));
  return turns;
}

/** The same move in another language: the sample words are said in `locale`. */
function inLocale(input: Input, locale: Locale): Input {
  if (input.type !== 'text') return input;
  if (Object.values(WORDS).includes(input.text)) return { type: 'text', text: WORDS[locale] };
  if (Object.values(DANGER).includes(input.text)) return { type: 'text', text: DANGER[locale] };
  if (Object.values(STREET).includes(input.text)) return { type: 'text', text: STREET[locale] };
  if (Object.values(STORY).includes(input.text)) return { type: 'text', text: STORY[locale] };
  return input;
}
