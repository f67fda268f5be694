/** Reading a dialogue snapshot: the current ask, the ending, the state path. */
import type { AskMeta, EndMeta, StateMeta } from '../core/meta.js';

interface SnapshotLike {
  status: string;
  value: unknown;
  children: Record<string, { getSnapshot(): { status: string } } | undefined>;
  getMeta(): Record<string, StateMeta | undefined>;
}

export function currentAsk(snapshot: SnapshotLike): AskMeta | null {
  if (snapshot.status !== 'active') return null;
  for (const meta of Object.values(snapshot.getMeta())) if (meta?.ask) return meta.ask;
  return null;
}

export function currentEnd(snapshot: SnapshotLike): EndMeta | null {
  for (const meta of Object.values(snapshot.getMeta())) if (meta?.end) return meta.end;
  return null;
}

/** Settled (ARCHITECTURE rule 4): ended, or waiting for the user with no service call in flight. */
export function isSettled(snapshot: SnapshotLike): boolean {
  if (snapshot.status !== 'active') return true;
  const busy = Object.values(snapshot.children).some((child) => child?.getSnapshot().status === 'active');
  return !busy && currentAsk(snapshot) !== null;
}

/** "faultReport.report.askScope" for { faultReport: { report: 'askScope' } }. */
export function statePath(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const [key, child] = Object.entries(value)[0] ?? [];
    if (key !== undefined) {
      const rest = statePath(child);
      return rest ? `${key}.${rest}` : key;
    }
  }
  return '';
}
