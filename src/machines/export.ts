/**
 * Every flow as a designer opens it (issue 13 item 1): a statechart's config rebuilt from its
 * state nodes as one self-contained literal, with actions, guards and actors by name (a value
 * computed at run time is shown as "(computed)") and the ask/end meta. Sub-flows of a composing
 * chart (identity, the fault report, ...) are exported on their own: a transition that leaves the
 * sub-flow goes to a final state named after where the call continues.
 * `npm run machines:export` writes them (scripts/machines-export.ts); docs/flows.md says how to open them.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Transition = { eventType: string; target?: readonly AnyStateNode[]; guard?: unknown; actions?: readonly unknown[]; reenter?: boolean };

/** A value as data: functions (computed at run time) are named, not lost. */
function data(value: unknown): Json {
  if (typeof value === 'function') return '(computed)';
  if (Array.isArray(value)) return value.map(data);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = data(v);
    return out;
  }
  return (value ?? null) as Json;
}

/** An action or guard by name, with its params when they are data. */
function named(ref: unknown): Json {
  if (typeof ref === 'string') return ref;
  if (typeof ref === 'function') {
    const type = (ref as { type?: unknown }).type;
    return typeof type === 'string' ? type : '(inline)';
  }
  if (ref && typeof ref === 'object' && 'type' in ref) {
    const { type, params } = ref as { type: unknown; params?: unknown };
    if (params === undefined) return String(type);
    return { type: String(type), params: data(params) };
  }
  return '(inline)';
}

/** The part of a chart exported: its root node, the id it gets, and where its exits lead. */
interface Scope {
  root: AnyStateNode;
  id: string;
  /** Final states added for transitions that leave the scope: key -> where the call continues. */
  exits: Map<string, string>;
}

function inScope(scope: Scope, node: AnyStateNode): boolean {
  return node.path.length >= scope.root.path.length && scope.root.path.every((k, i) => node.path[i] === k);
}

/** The default id of a node inside the exported machine (machine id + path from the scope). */
function defaultId(scope: Scope, node: AnyStateNode): string {
  return [scope.id, ...node.path.slice(scope.root.path.length)].join('.');
}

function hasCustomId(node: AnyStateNode): boolean {
  return node.id !== [node.machine.id, ...node.path].join('.');
}

function targetOf(scope: Scope, node: AnyStateNode): string {
  if (inScope(scope, node)) return `#${hasCustomId(node) && node !== scope.root ? node.id : defaultId(scope, node)}`;
  const where = node.path.length ? `${node.machine.id}.${node.path.join('.')}` : node.machine.id;
  const key = `continue_${where.replace(/[^A-Za-z0-9]+/g, '_')}`;
  scope.exits.set(key, where);
  return `#${scope.id}.${key}`;
}

function transition(scope: Scope, t: Transition): Json {
  const out: Record<string, Json> = {};
  if (t.target?.length) out.target = t.target.length === 1 ? targetOf(scope, t.target[0]!) : t.target.map((n) => targetOf(scope, n));
  if (t.guard) out.guard = named(t.guard);
  const actions = (t.actions ?? []).map(named);
  if (actions.length) out.actions = actions;
  if (t.reenter) out.reenter = true;
  return out;
}

function transitions(scope: Scope, list: readonly Transition[]): Json {
  const all = list.map((t) => transition(scope, t));
  return all.length === 1 ? all[0]! : all;
}

function nodeConfig(scope: Scope, node: AnyStateNode): Record<string, Json> {
  const config: Record<string, Json> = {};
  if (node === scope.root) config.id = scope.id;
  else if (hasCustomId(node)) config.id = node.id;
  if (node.type === 'final' || node.type === 'parallel' || node.type === 'history') config.type = node.type;
  if (node.description) config.description = node.description;
  const initial = node.initial?.target?.[0] as AnyStateNode | undefined;
  if (initial && Object.keys(node.states).length) config.initial = initial.key;
  const entry = (node.entry as unknown[]).map(named);
  if (entry.length) config.entry = entry;
  const exit = (node.exit as unknown[]).map(named);
  if (exit.length) config.exit = exit;
  if (node.meta) config.meta = data(node.meta);
  if (node.tags.length) config.tags = [...node.tags];

  const on: Record<string, Json> = {};
  const invokeHandlers = new Map<string, { onDone?: Json; onError?: Json }>();
  for (const [eventType, list] of node.transitions as Map<string, Transition[]>) {
    const invoke = node.invoke.find((i) => eventType === `xstate.done.actor.${i.id}` || eventType === `xstate.error.actor.${i.id}`);
    if (invoke) {
      const handlers = invokeHandlers.get(invoke.id) ?? {};
      if (eventType.startsWith('xstate.done.')) handlers.onDone = transitions(scope, list);
      else handlers.onError = transitions(scope, list);
      invokeHandlers.set(invoke.id, handlers);
    } else if (eventType === `xstate.done.state.${node.id}`) {
      config.onDone = transitions(scope, list);
    } else {
      on[eventType] = transitions(scope, list);
    }
  }
  if (node.invoke.length) {
    config.invoke = node.invoke.map((i) => {
      const out: Record<string, Json> = { src: typeof i.src === 'string' ? i.src : '(inline)' };
      if (!/^\d+\./.test(i.id)) out.id = i.id;
      if (i.input !== undefined) out.input = data(i.input);
      return { ...out, ...(invokeHandlers.get(i.id) as Record<string, Json>) };
    });
    if ((config.invoke as Json[]).length === 1) config.invoke = (config.invoke as Json[])[0]!;
  }
  if (Object.keys(on).length) config.on = on;
  if (node.always?.length) config.always = transitions(scope, node.always as Transition[]);

  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length) {
    const states: Record<string, Json> = {};
    for (const child of children) states[child.key] = nodeConfig(scope, child);
    config.states = states;
  }
  return config;
}

/** The machine config of a chart, or of one of its sub-flows (a compound state), as one literal. */
export function flowConfig(machine: AnyStateMachine, path: readonly string[] = [], id: string = machine.id): Record<string, Json> {
  let root: AnyStateNode = machine.root;
  for (const key of path) {
    const next = root.states[key] as AnyStateNode | undefined;
    if (!next) throw new Error(`${machine.id} has no state ${path.join('.')}`);
    root = next;
  }
  const scope: Scope = { root, id, exits: new Map() };
  const config = nodeConfig(scope, root);
  delete config.onDone; // the composing chart decides where a sub-flow's outcomes go
  if (scope.exits.size) {
    const states = (config.states ?? {}) as Record<string, Json>;
    for (const [key, where] of scope.exits) states[key] = { type: 'final', description: `The call continues in ${where}.`, meta: { continuesIn: where } };
    config.states = states;
  }
  if (path.length) config.description = `Sub-flow ${path.join('.')} of the ${machine.id} chart${config.description ? `: ${String(config.description)}` : ''}. The chart's global commands (its root transitions) apply here too.`;
  return config;
}

/** An exported flow: a chart or one of its sub-flows. */
export interface ExportedFlow {
  /** File name stem and machine id: 'inbound', 'identity', 'callback', ... */
  name: string;
  machine: AnyStateMachine;
  /** The sub-flow's state in the chart; empty for the chart itself. */
  path: readonly string[];
}

/** What a compound state does, wherever in its chart it is: the same signature is the same sub-flow. */
export function subFlowSignature(node: AnyStateNode): string {
  return JSON.stringify(nodeConfig({ root: node, id: 'x', exits: new Map() }, node).states ?? null);
}

/** The sub-flows a composing chart is made of, each once (identity is used in three places). */
export function subFlows(machine: AnyStateMachine): ExportedFlow[] {
  const found: ExportedFlow[] = [];
  const signatures = new Set<string>();
  const visit = (node: AnyStateNode, depth: number) => {
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      if (!Object.keys(child.states).length) continue;
      const sig = subFlowSignature(child);
      // A wrapper (faultReport: identity then report) is drawn by its parts.
      const wrapper = depth === 0 && (Object.values(child.states) as AnyStateNode[]).every((g) => Object.keys(g.states).length > 0 || g.type === 'final');
      if (!signatures.has(sig) && !wrapper) {
        signatures.add(sig);
        const taken = found.some((f) => f.name === child.key) || child.key === machine.id || (child.path.length > 1 && child.key in machine.root.states);
        const name = taken ? child.path.join('-') : child.key;
        found.push({ name, machine, path: child.path });
      }
      if (depth < 2) visit(child, depth + 1);
    }
  };
  visit(machine.root, 0);
  return found;
}

/** The source of a flow as one literal the VS Code visualizer opens: `createMachine({...})`. */
export function flowSource(flow: ExportedFlow, from: string): string {
  const config = flowConfig(flow.machine, flow.path, flow.name);
  return `// Generated by \`npm run machines:export\` from ${from}; do not edit (edit the chart, then regenerate).
// One literal, so the XState VS Code extension and the Stately editor ("Import from code") can open it.
import { createMachine } from 'xstate';

export const machine = createMachine(${JSON.stringify(config, null, 2)});
`;
}

/** The flow as machine JSON (the config with named implementations): Stately's import, tools. */
export function flowJson(flow: ExportedFlow): string {
  return `${JSON.stringify(flowConfig(flow.machine, flow.path, flow.name), null, 2)}\n`;
}
