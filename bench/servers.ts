/**
 * The servers a benchmark compares, each in a process of its own with bench/probe.mjs loaded
 * (CPU time and memory over IPC). The engine runs as production runs it: the built JavaScript
 * (dist/main.js), NODE_ENV=production, JSON logs and metrics on.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Long enough for the production checks (32 characters and more). */
export const BENCH_TOKEN = 'bench-twilio-auth-token-0123456789abcdef';

export interface Probe {
  cpuMicros: number;
  memory: NodeJS.MemoryUsage;
  /** V8's malloc'ed memory (zones, tables), outside the heap's pages. */
  v8Malloced: number;
  /** With gc: the RSS read as the GC returned, before V8 unmapped the pages it freed (the memory's rss is read after). */
  rssAtGc?: number;
  /** The server's monotonic clock, in the unit and origin of CPU profile timestamps. */
  monotonicMicros: number;
}

export interface BenchServer {
  name: string;
  base: string;
  child: ChildProcess;
  probe(options?: { gc?: boolean }): Promise<Probe>;
  /** Starts V8's CPU profiler in the server (bench/probe.mjs); `stop` writes the profile to `file`. */
  profiler(command: 'start', options?: { intervalMicros?: number }): Promise<Probe>;
  profiler(command: 'stop', options: { file: string }): Promise<Probe>;
  /** SIGTERM, then the exit code (the engine stops gracefully). */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  name: string;
  port: number;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

const PROBE = resolve('bench/probe.mjs');

function start(script: string, loaderFlags: string[], options: StartOptions): Promise<BenchServer> {
  const child = fork(script, [], {
    execArgv: ['--expose-gc', '--import', PROBE, ...loaderFlags, ...(options.nodeFlags ?? [])],
    env: { PATH: process.env.PATH ?? '', PORT: String(options.port), HOST: '127.0.0.1', TWILIO_AUTH_TOKEN: BENCH_TOKEN, ...options.env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let next = 0;
  const pending = new Map<number, (p: Probe) => void>();
  child.on('message', (m: { probe?: boolean; id: number } & Probe) => {
    if (m?.probe) pending.get(m.id)?.(m), pending.delete(m.id);
  });
  const ask = (message: Record<string, unknown>) =>
    new Promise<Probe>((done) => {
      const id = ++next;
      pending.set(id, done);
      child.send({ probe: true, id, ...message });
    });
  const server: BenchServer = {
    name: options.name,
    base: `http://127.0.0.1:${options.port}`,
    child,
    probe: ({ gc = false } = {}) => ask({ gc }),
    profiler: (command: 'start' | 'stop', options: { intervalMicros?: number; file?: string } = {}) => ask({ profile: command, ...options }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
  return waitUntilServing(server, exited).then(() => server);
}

async function waitUntilServing(server: BenchServer, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 600; i++) {
    if (gone) throw new Error(`${server.name} exited before serving`);
    try {
      if ((await fetch(`${server.base}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${server.name} did not start on ${server.base}`);
}

/** The engine, from dist/ (build first). */
export function startEngine(options: StartOptions & { dataDir: string; script?: string }): Promise<BenchServer> {
  return start(options.script ? resolve(options.script) : ENGINE_SCRIPT, [], { ...options, env: { ...engineEnv(options.port, options.dataDir), ...options.env } });
}

/** The built engine; BENCH_ENGINE names another build (a copy of dist/ beside it) to compare two builds side by side. */
export const ENGINE_SCRIPT = resolve(process.env.BENCH_ENGINE ?? 'dist/main.js');
export const HAND_WRITTEN_SCRIPT = resolve('bench/ivr/server.ts');

/** The engine's settings in a benchmark (besides PORT, HOST and the Twilio token). */
export function engineEnv(port: number, dataDir: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef0123',
    VERIFICATION_SECRET: 'bench-verification-secret-0123456789ab',
    METRICS_TOKEN: 'bench-metrics-token-0123456789abcdef',
    DEMO_DATA: 'true',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  };
}

export function handWrittenEnv(port: number): Record<string, string> {
  return { NODE_ENV: 'production', PUBLIC_BASE_URL: `http://127.0.0.1:${port}` };
}

/** The hand-written express + twilio IVR (bench/ivr/server.ts). */
export function startHandWritten(options: StartOptions): Promise<BenchServer> {
  return start(HAND_WRITTEN_SCRIPT, ['--import', 'tsx'], { ...options, env: { ...handWrittenEnv(options.port), ...options.env } });
}
