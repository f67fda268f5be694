import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { AskMeta, StateMeta } from '../../src/core/meta.js';

/** Every ask with choices in the charts, once per question (a fragment reused in three places counts once). */
export function asksOf(machines: AnyStateMachine[]): { state: string; ask: AskMeta }[] {
  const asks = new Map<string, { state: string; ask: AskMeta }>();
  const visit = (node: AnyStateNode, machine: string) => {
    const ask = (node.meta as StateMeta | undefined)?.ask;
    if (ask?.choices?.length && !asks.has(ask.help)) asks.set(ask.help, { state: `${machine}.${node.path.join('.')}`, ask });
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child, machine);
  };
  for (const m of machines) visit(m.root, m.id);
  return [...asks.values()];
}
