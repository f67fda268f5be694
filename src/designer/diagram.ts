/**
 * One flow as a Mermaid state diagram a designer can read (docs/flows/, the flow studio): the
 * flow's own states; a sub-flow drawn on a page of its own shows as one state (it is drawn once,
 * where it is defined); a transition that leaves the flow ends at a "continues in" exit.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { subFlowSignature } from '../machines/export.js';

export type Transition = { eventType: string; target?: readonly AnyStateNode[] | undefined; guard?: unknown };

/** The Mermaid id of a state: its path, so the studio can find the current state in the drawing. */
export function diagramId(node: AnyStateNode): string {
  return node.path.length ? node.path.join('__') : 'root';
}

/** A guard by name, with its static params: `endedWith(saveFailed)` says which ending of a fragment. */
export function guardName(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') {
    const params = 'params' in guard && guard.params && typeof guard.params === 'object' ? Object.values(guard.params) : [];
    const shown = params.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
    return shown.length ? `${guard.type}(${shown.join(', ')})` : guard.type;
  }
  return 'guard';
}

/** Events as a designer says them: a service call's completion is "done", its failure "error". */
function eventLabel(eventType: string): string {
  if (eventType.startsWith('xstate.done.actor.')) return 'done';
  if (eventType.startsWith('xstate.error.actor.')) return 'error';
  if (eventType.startsWith('xstate.done.state.')) return 'done';
  return eventType === '' ? 'always' : eventType;
}

export function transitionsOf(node: AnyStateNode): Transition[] {
  const list: Transition[] = [];
  for (const [, defs] of node.transitions) list.push(...(defs as Transition[]));
  for (const def of (node.always ?? []) as Transition[]) list.push({ ...def, eventType: '' });
  return list;
}

function within(node: AnyStateNode, ancestor: AnyStateNode): boolean {
  return node.path.length >= ancestor.path.length && ancestor.path.every((k, i) => node.path[i] === k);
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => [child, ...descendants(child)]);
}

/** The part of a chart one diagram draws, and the sub-flows it draws as one state each. */
export interface DiagramScope {
  machine: AnyStateMachine;
  /** The flow's state in the chart; empty for the whole chart. */
  path: readonly string[];
  /** The name of the page that draws a compound state (by what it does), if another page draws it. */
  drawnElsewhere: (node: AnyStateNode) => string | undefined;
}

export interface Diagram {
  mermaid: string;
  /** Sub-flows drawn as one state, by page name, in order of appearance. */
  subFlows: string[];
  /** The states drawn as a sub-flow's one state, with the page that draws them. */
  collapsed: { path: readonly string[]; page: string }[];
  /** States drawn (collapsed sub-flows and exits count as one each). */
  stateCount: number;
}

export function scopeRoot(machine: AnyStateMachine, path: readonly string[]): AnyStateNode {
  let node: AnyStateNode = machine.root;
  for (const key of path) node = node.states[key] as AnyStateNode;
  return node;
}

const quote = (label: string) => label.replace(/"/g, "'");

export function toMermaid(scope: DiagramScope): Diagram {
  const root = scopeRoot(scope.machine, scope.path);
  const lines = ['stateDiagram-v2'];
  const edges = new Set<string>();
  const collapsed = new Map<AnyStateNode, string>();
  const exits = new Map<string, string>();
  let stateCount = 0;

  /** Where an edge to `target` is drawn: the state, the collapsed sub-flow holding it, or an exit. */
  const drawnAs = (target: AnyStateNode): string => {
    for (const [node] of collapsed) if (within(target, node)) return diagramId(node);
    if (within(target, root) && target !== root) return diagramId(target);
    const where = target.path.join('.') || target.machine.id;
    const id = `exit__${diagramId(target)}`;
    exits.set(id, where);
    return id;
  };
  const edge = (t: Transition, fromId: string) => {
    for (const target of t.target ?? []) {
      const to = drawnAs(target);
      const guard = guardName(t.guard);
      const label = [eventLabel(t.eventType), guard ? `[${guard}]` : ''].filter(Boolean).join(' ');
      edges.add(`  ${fromId} --> ${to} : ${label.replace(/:/g, ' ')}`);
    }
  };

  const walk = (node: AnyStateNode, indent: string) => {
    const initial = node.initial?.target?.[0] as AnyStateNode | undefined;
    if (initial) lines.push(`${indent}[*] --> ${diagramId(initial)}`);
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      const id = diagramId(child);
      const compound = Object.keys(child.states).length > 0;
      const page = compound ? scope.drawnElsewhere(child) : undefined;
      stateCount += 1;
      if (page) {
        collapsed.set(child, page);
        lines.push(`${indent}state "${quote(child.key === page ? `${page} ▸` : `${child.key} ▸ ${page}`)}" as ${id}`);
      } else if (compound) {
        lines.push(`${indent}state "${quote(child.key)}" as ${id} {`);
        walk(child, `${indent}  `);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${quote(child.key)}" as ${id}`);
      }
      if (child.type === 'final') lines.push(`${indent}${id} --> [*]`);
    }
  };
  walk(root, '  ');

  // The root's own transitions are the chart's global commands (a table says them) or, for a
  // sub-flow, the composing chart's business.
  for (const node of descendants(root)) {
    const holder = [...collapsed.keys()].find((c) => within(node, c));
    // Of a collapsed sub-flow, only the ways out are drawn.
    for (const t of transitionsOf(node)) edge(holder ? { ...t, target: t.target?.filter((n) => !within(n, holder)) } : t, diagramId(holder ?? node));
  }
  const exitLines = [...exits].map(([id, where]) => `  state "${quote(`⇢ ${where}`)}" as ${id}`);
  const classLines = [...[...collapsed.keys()].map((n) => `  class ${diagramId(n)} subflow`), ...[...exits.keys()].map((id) => `  class ${id} exit`)];
  stateCount += exits.size;
  const classes = ['  classDef subflow fill:#e8f0fe,stroke:#1a73e8,stroke-width:2px', '  classDef exit fill:#f1f3f4,stroke:#5f6368,stroke-dasharray:4 3'];
  return {
    mermaid: [...lines, ...exitLines, ...edges, ...classes, ...classLines].join('\n'),
    subFlows: [...new Set(collapsed.values())],
    collapsed: [...collapsed].map(([node, page]) => ({ path: node.path, page })),
    stateCount,
  };
}

/** Global commands: the root's own transitions, which apply wherever the caller is. */
export function globalTable(machine: AnyStateMachine): string {
  const rows = ['| event | what happens |', '| --- | --- |'];
  for (const t of transitionsOf(machine.root)) {
    const guard = guardName(t.guard);
    const target = t.target?.map((n) => n.path.join('.')).join(', ') || '(stays; the question is said again)';
    rows.push(`| ${t.eventType}${guard ? ` [${guard}]` : ''} | ${target} |`);
  }
  return rows.join('\n');
}

/** The page of each compound state of a chart drawn on a page of its own, by what it does. */
export function subFlowPages(pages: readonly { name: string; machine: AnyStateMachine; path: readonly string[] }[]): (node: AnyStateNode) => string | undefined {
  const byWork = new Map<string, string>();
  for (const page of pages) if (page.path.length) byWork.set(`${page.machine.id}\u0000${subFlowSignature(scopeRoot(page.machine, page.path))}`, page.name);
  return (node) => byWork.get(`${node.machine.id}\u0000${subFlowSignature(node)}`);
}
