/**
 * Where a turn's time goes: a V8 CPU profile (node --cpu-prof) summed by function and by package,
 * by self time (samples in the function itself), idle excluded.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  percent: number;
}

/** Who owns code at `url`: a package, a folder of the engine, node itself, or V8. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? `V8 ${functionName}` : 'V8 / native';
  if (url.startsWith('node:')) return 'node (built-in modules)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(?:dist|src)\/([^/]+)(?:\/|\.js|\.ts)/.exec(url);
  if (own) return `engine: ${own[1]!.replace(/\.(js|ts)$/, '')}`;
  if (url.includes('/bench/')) return 'bench';
  return url.replace(/^file:\/\//, '');
}

/** `window`: only the samples taken between these monotonic times (µs), e.g. the measured round, not start-up. */
export function summarizeProfile(file: string, window: { from: number; to: number } | null = null, top = 15): { byFunction: Share[]; byPackage: Share[]; sampledMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (!window || (at >= window.from && at <= window.to)) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    total += micros;
    const owner = ownerOf(url, functionName);
    const fn = `${functionName || '(anonymous)'} ${owner.startsWith('V8') ? '' : `[${owner}${url ? `:${lineNumber + 1}` : ''}]`}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
    packages.set(owner, (packages.get(owner) ?? 0) + micros);
  }
  const shares = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, percent: (micros / total) * 100 }));
  return { byFunction: shares(functions), byPackage: shares(packages), sampledMs: total / 1000 };
}
