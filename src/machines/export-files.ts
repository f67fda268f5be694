/** The files `npm run machines:export` writes (and the test compares): every flow and sub-flow. */
import { loadConfig } from '../config.js';
import { registerFlows } from '../bootstrap.js';
import { flowJson, flowSource, subFlows, type ExportedFlow } from './export.js';

/** Where each hosted flow's chart is written. */
const CHART_FILES: Record<string, string> = { inbound: 'src/machines/inbound-call.ts', callback: 'src/machines/callback.ts', proactive: 'src/machines/proactive.ts' };

/** Every exported flow: each hosted chart, then the sub-flows of the charts that compose them. */
export function exportedFlows(): { flow: ExportedFlow; from: string }[] {
  const registry = registerFlows(loadConfig({ NODE_ENV: 'development' }));
  const flows: { flow: ExportedFlow; from: string }[] = [];
  for (const hosted of registry.all) {
    const from = CHART_FILES[hosted.id] ?? `the ${hosted.id} flow`;
    flows.push({ flow: { name: hosted.id, machine: hosted.machine, path: [] }, from });
    for (const sub of subFlows(hosted.machine)) flows.push({ flow: { ...sub, name: hosted.id === 'inbound' ? sub.name : `${hosted.id}-${sub.name}` }, from: `${from} (state ${sub.path.join('.')})` });
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
