/**
 * Where `npm run simulate` keeps its data. A play must never file tickets or escalations in the
 * live database by accident (issue 13 item 6): unless `--data-dir DIR` names a directory, the call
 * runs on a scratch SQLite directory with the demo data, made for the run and removed at exit.
 * Either way the environment's live connections (DATABASE_URL, REDIS_URL, the dialler, the SMS
 * sender) are left out: they may be production's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

/** Variables that connect to shared or live systems; the simulator runs without them. */
export const LIVE_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'SESSION_STORE',
  'DIALER_ENABLED',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_SMS_FROM',
  'TWILIO_API_BASE_URL',
] as const;

export interface SimulatorData {
  env: Env;
  dataDir: string;
  /** True when dataDir was made for this run (and is removed by dispose). */
  scratch: boolean;
  dispose(): void;
}

/** The environment without its live connections, on `dataDir`. */
function withoutLiveConnections(env: Env, dataDir: string): Env {
  const safe: Env = { ...env, DATA_DIR: dataDir };
  for (const name of LIVE_VARIABLES) delete safe[name];
  return safe;
}

/**
 * The environment of a play on scratch data (the simulator's, the flow studio's): no live
 * connections, and the demo data (a scratch store starts empty; the demo customers, areas and
 * outages make it playable).
 */
export function scratchEnv(env: Env, dataDir: string): Env {
  return { ...withoutLiveConnections(env, dataDir), DEMO_DATA: 'true' };
}

export function simulatorData(env: Env, dataDir: string | null): SimulatorData {
  const scratch = dataDir === null;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), '95598-simulate-'));
  const safe = scratch ? scratchEnv(env, dir) : withoutLiveConnections(env, dir);
  return {
    env: safe,
    dataDir: dir,
    scratch,
    dispose: () => {
      if (scratch) rmSync(dir, { recursive: true, force: true });
    },
  };
}
