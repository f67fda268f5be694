/**
 * What a chart says, read from the chart itself: the catalogue keys of its `say` actions (entry,
 * exit, transitions) and of its asks (question, help, hints, the chat labels of the choices).
 * Designers' docs and the chart-versus-catalogue test read it; keys made at run time (a value
 * in a say's params function) are not here, the flows' path test hears those.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { AskMeta, StateMeta } from '../core/meta.js';

type ActionLike = { type?: unknown; params?: unknown } | string | ((...args: never[]) => unknown);

/** Every state node of a chart, the root first, in document order. */
export function stateNodes(machine: AnyStateMachine): AnyStateNode[] {
  const all: AnyStateNode[] = [];
  const walk = (node: AnyStateNode) => {
    all.push(node);
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(machine.root);
  return all;
}

export function askOf(node: AnyStateNode): AskMeta | undefined {
  return (node.meta as StateMeta | undefined)?.ask;
}

/** The keys an ask says: its question(s), its help, its hints, and its choices' chat labels. */
export function askKeys(ask: AskMeta): string[] {
  const prompts = typeof ask.prompt === 'string' ? [ask.prompt] : ask.prompt.map((p) => p.key);
  return [...prompts, ask.help, ...(ask.hints ? [ask.hints] : []), ...(ask.choices ?? []).filter((c) => !c.hidden).map((c) => c.label ?? `choice.${c.id}`)];
}

/** The catalogue keys an action list says (the `key` param of an action given as an object). */
function actionKeys(actions: readonly ActionLike[] | undefined): string[] {
  const keys: string[] = [];
  for (const action of actions ?? []) {
    if (typeof action !== 'object' || action === null) continue;
    const params = action.params;
    if (params && typeof params === 'object' && 'key' in params && typeof params.key === 'string') keys.push(params.key);
  }
  return keys;
}

/** A state node's own say keys: entry, exit, and every transition leaving it (invocations' included). */
export function nodeSayKeys(node: AnyStateNode): string[] {
  const keys = [...actionKeys(node.entry as ActionLike[]), ...actionKeys(node.exit as ActionLike[])];
  for (const [, transitions] of node.transitions) for (const t of transitions) keys.push(...actionKeys(t.actions as ActionLike[]));
  for (const t of node.always ?? []) keys.push(...actionKeys(t.actions as ActionLike[]));
  return keys;
}

/** Every catalogue key the chart names: what it says and what its asks say. */
export function chartKeys(machine: AnyStateMachine): Set<string> {
  const keys = new Set<string>();
  for (const node of stateNodes(machine)) {
    for (const key of nodeSayKeys(node)) keys.add(key);
    const ask = askOf(node);
    if (ask) for (const key of askKeys(ask)) keys.add(key);
  }
  return keys;
}
