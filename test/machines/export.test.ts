/**
 * `npm run machines:export` (issue 13 item 1): every flow and sub-flow as machine JSON the Stately
 * editor imports and as one createMachine literal the VS Code visualizer opens; the files in
 * docs/machines are the current charts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMachine, type AnyStateMachine, type AnyStateNode } from 'xstate';
import { exportedFiles, exportedFlows, HOSTED_CHARTS } from '../../src/machines/export-files.js';
import { registerFlows } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { stateNodes } from '../../src/machines/chart.js';

const files = exportedFiles();

type Edge = { from: AnyStateNode; event: string; to: AnyStateNode };
const eventName = (type: string) => type.replace(/^xstate\.(done|error)\.(actor|state)\..*$/, 'xstate.$1');
function edgesOf(machine: AnyStateMachine): Edge[] {
  return stateNodes(machine).flatMap((from) =>
    [...[...from.transitions.values()].flat(), ...(from.always ?? [])].flatMap((t) => (t.target ?? []).map((to) => ({ from, event: eventName(t.eventType), to }))),
  );
}
const under = (node: AnyStateNode, path: readonly string[]) => path.every((k, i) => node.path[i] === k);

/** The chart's transitions inside the flow at `path` that the exported machine does not have. */
function missingEdges(chart: AnyStateMachine, path: readonly string[], exported: AnyStateMachine): string[] {
  const rel = (node: AnyStateNode) => node.path.slice(path.length).join('.');
  const have = new Set(edgesOf(exported).map((e) => `${e.from.path.join('.')} ${e.event} -> ${e.to.path.join('.')}`));
  const exits = new Set(edgesOf(exported).filter((e) => e.to.key.startsWith('continue_')).map((e) => `${e.from.path.join('.')} ${e.event}`));
  return edgesOf(chart)
    .filter((e) => under(e.from, path) && !(e.from.path.length === path.length && path.length > 0 && e.event === 'xstate.done'))
    .filter((e) => (under(e.to, path) ? !have.has(`${rel(e.from)} ${e.event} -> ${e.to.path.slice(path.length).join('.')}`) : !exits.has(`${rel(e.from)} ${e.event}`)))
    .map((e) => `${e.from.id} ${e.event} -> ${e.to.id}`);
}

describe('machine export (what flow designers open)', () => {
  it('docs/machines holds exactly the current export: run `npm run machines:export` after changing a flow', () => {
    const onDisk = [...readdirSync('docs/machines').filter((f) => f.endsWith('.ts')).map((f) => `docs/machines/${f}`), ...readdirSync('docs/machines/json').map((f) => `docs/machines/json/${f}`)];
    expect(onDisk.sort()).toEqual([...files.keys()].sort());
    for (const [path, text] of files) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('exports the chart of every flow the deployment registers', () => {
    const registered = registerFlows(loadConfig({ NODE_ENV: 'test' })).all.map((f) => f.machine.id);
    expect(HOSTED_CHARTS.map((c) => c.machine.id)).toEqual(registered);
  });

  it('exports the inbound chart, each outbound flow and each sub-flow once (identity is used three times)', () => {
    const names = exportedFlows().map((f) => f.flow.name);
    expect(names).toEqual(expect.arrayContaining(['inbound', 'callback', 'proactive', 'identity', 'greeting', 'menu', 'faultReport-report', 'complaint', 'closing']));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.includes('identity'))).toEqual(['identity']);
  });

  for (const { flow } of exportedFlows()) {
    it(`${flow.name}: the JSON is a machine with every state of the chart, its asks, and its actions, guards and actors by name`, () => {
      const json = JSON.parse(files.get(`docs/machines/json/${flow.name}.json`)!);
      const machine = createMachine(json);
      let source: AnyStateNode = flow.machine.root;
      for (const key of flow.path) source = source.states[key] as AnyStateNode;
      const depth = flow.path.length;
      const exported = new Set(stateNodes(machine).map((n) => n.path.join('.')));
      for (const node of stateNodes(flow.machine).filter((n) => flow.path.every((k, i) => n.path[i] === k))) {
        const path = node.path.slice(depth).join('.');
        expect(exported.has(path), `${flow.name} has ${path}`).toBe(true);
        if ((node.meta as { ask?: unknown } | undefined)?.ask) expect(machine.root.machine.getStateNodeById(`${flow.name}${path ? `.${path}` : ''}`).meta).toEqual(node.meta);
      }
      expect(JSON.stringify(json)).not.toMatch(/function|=>/);
      // A valid XState v5 config: every target resolves (xstate resolves them lazily and throws on
      // one it cannot find), and every transition of the chart's flow is there with its target.
      expect(missingEdges(flow.machine, flow.path, machine)).toEqual([]);
      // The source file is that same machine, as one literal.
      const text = files.get(`docs/machines/${flow.name}.machine.ts`)!;
      expect(text.match(/createMachine\(/g)).toHaveLength(1);
      expect(JSON.parse(/createMachine\(([\s\S]*)\);\s*$/.exec(text)![1]!)).toEqual(json);
    });
  }

  it('names what the chart does: the caller lookup, its guard, the say actions with their keys', () => {
    const identity = files.get('docs/machines/json/identity.json')!;
    expect(identity).toContain('"src": "findCustomersOfCaller"');
    expect(identity).toContain('"type": "isOneCustomer"');
    expect(JSON.parse(identity).states.confirmCaller.meta.ask).toMatchObject({ kind: 'choice', prompt: [{ key: 'identity.callerAccount' }, { key: 'identity.confirmCaller' }] });
    // A transition that leaves the sub-flow ends in a final state saying where the call goes on.
    const report = JSON.parse(files.get('docs/machines/json/faultReport-report.json')!);
    expect(Object.values(report.states).some((s) => (s as { meta?: { continuesIn?: string } }).meta?.continuesIn)).toBe(true);
  });
});
