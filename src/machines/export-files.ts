/** The files `npm run machines:export` writes (and the test compares): every flow and sub-flow. */
import type { AnyStateMachine } from 'xstate';
import { flowJson, flowSource, subFlows, type ExportedFlow } from './export.js';
import { inboundCallMachine } from './inbound-call.js';
import { callbackMachine } from './callback.js';
import { proactiveMachine } from './proactive.js';

/**
 * The charts the deployment hosts (src/bootstrap.ts registers them as flows; machines may not
 * import the composition root), each with its file. test/machines/export.test.ts checks the list
 * against the registry.
 */
export const HOSTED_CHARTS: readonly { machine: AnyStateMachine; file: string }[] = [
  { machine: inboundCallMachine, file: 'src/machines/inbound-call.ts' },
  { machine: callbackMachine, file: 'src/machines/callback.ts' },
  { machine: proactiveMachine, file: 'src/machines/proactive.ts' },
];

/** Every exported flow: each hosted chart, then the sub-flows of the charts that compose them. */
export function exportedFlows(): { flow: ExportedFlow; from: string }[] {
  const flows: { flow: ExportedFlow; from: string }[] = [];
  for (const { machine, file } of HOSTED_CHARTS) {
    const hosted = { id: machine.id };
    const from = file;
    flows.push({ flow: { name: hosted.id, machine, path: [] }, from });
    for (const sub of subFlows(machine)) flows.push({ flow: { ...sub, name: hosted.id === 'inbound' ? sub.name : `${hosted.id}-${sub.name}` }, from: `${from} (state ${sub.path.join('.')})` });
  }
  return flows;
}

/** path -> contents of every file the export writes. */
export function exportedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { flow, from } of exportedFlows()) {
    files.set(`docs/machines/json/${flow.name}.json`, flowJson(flow));
    files.set(`docs/machines/${flow.name}.machine.ts`, flowSource(flow, from));
  }
  return files;
}
