/**
 * `npm run machines:export` (issue 13 item 1): every flow and sub-flow as machine JSON the Stately
 * editor imports and as one createMachine literal the VS Code visualizer opens; the files in
 * docs/machines are the current charts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMachine, type AnyStateNode } from 'xstate';
import { exportedFiles, exportedFlows, HOSTED_CHARTS } from '../../src/machines/export-files.js';
import { registerFlows } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { stateNodes } from '../../src/machines/chart.js';

const files = exportedFiles();

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
      // The source file is that same machine, as one literal.
      const text = files.get(`docs/machines/${flow.name}.machine.ts`)!;
      expect(text.match(/createMachine\(/g)).toHaveLength(1);
      expect(JSON.parse(/createMachine\(([\s\S]*)\);\s*$/.exec(text)![1]!)).toEqual(json);
    });
  }

  it('names what the chart does: the caller lookup, its guard, the say actions with their keys', () => {
    const identity = files.get('docs/machines/json/identity.json')!;
    expect(identity).toContain('"src": "findCustomersByPhone"');
    expect(identity).toContain('"type": "isOneCustomer"');
    expect(JSON.parse(identity).states.confirmCaller.meta.ask).toMatchObject({ kind: 'choice', prompt: 'identity.confirmCaller' });
    // A transition that leaves the sub-flow ends in a final state saying where the call goes on.
    const report = JSON.parse(files.get('docs/machines/json/faultReport-report.json')!);
    expect(Object.values(report.states).some((s) => (s as { meta?: { continuesIn?: string } }).meta?.continuesIn)).toBe(true);
  });
});
