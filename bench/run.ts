/**
 * `npm run bench`: the engine against a hand-written express + twilio IVR (bench/ivr/server.ts)
 * serving the same fault-report call with the same TwiML, driven by one signed-webhook driver
 * (bench/driver.ts), in alternating rounds at concurrency 1 and 20. Prints per server turns/s,
 * p50/p99 latency and CPU per turn, and the engine/IVR ratios (medians over rounds); then the
 * growth checks (turn 30 of a call against turn 2) and the memory point (10,000 live calls over an
 * idle server). docs/performance.md explains the method and keeps the figures.
 *
 *   npm run bench                        the default run (a few minutes, SQLite)
 *   npm run bench -- --pg                the engine on PostgreSQL + Redis (127.0.0.1, database test)
 *   npm run bench -- --stored            also 1,000 vs 100,000 stored conversations (long)
 *   npm run bench -- --profile           also CPU profiles of the engine and the IVR at c1 and c20, summarized
 *   npm run bench -- --long              all of the above but --pg
 *   npm run bench -- --instructions      only instructions per turn under callgrind (load-independent; slow)
 *   npm run bench -- --syscalls          only system calls per turn under strace (load-independent)
 *   --rounds N  --seconds S  --memory-calls N  --stored-count N  --profile-seconds S  --no-build
 *   --profile-at 1,20  --profile-top N   (with --profile: the concurrencies profiled, the functions listed)
 *   --warm-calls N  --counted-calls N    (with --instructions or --syscalls)
 *   --servers engine|ivr                 (with --instructions) count one server only
 *   BENCH_ENGINE=dist-x/main.js          the engine of another build (a copy of dist/ beside it)
 *   --keep DIR                           keep callgrind's output (callgrind_annotate) and the CPU profile in DIR
 *   npm run bench -- --profile-only      only the CPU profiles
 *   npm run bench -- --memory-only       only the memory point
 *   --port-base N                        ports N+61..N+67 (default 3100)
 *   npm run bench -- --builds dist-a/main.js,dist-b/main.js   two engine builds (copies of dist/) in alternating rounds: b / a
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Driver, FAULT_REPORT, playCall, runRound, type Params, type RoundResult } from './driver.js';
import { summarizeProfile } from './profile.js';
import { startEngine, startHandWritten, type BenchServer } from './servers.js';
import { seedStoredConversations } from './seed.js';
import { PgBench } from './pg.js';
import { countInstructions, type InstructionCount } from './instructions.js';
import { countSyscalls } from './syscalls.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`) || (args.includes('--long') && ['stored', 'profile'].includes(name));
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const ROUNDS = option('rounds', 6);
const SECONDS = option('seconds', 3);
const MEMORY_CALLS = option('memory-calls', 10_000);
const STORED = option('stored-count', 100_000);
const PROFILE_SECONDS = option('profile-seconds', 10);
const PROFILE_AT = (args.includes('--profile-at') ? args[args.indexOf('--profile-at') + 1] ?? '' : '1,20').split(',').map(Number).filter((c) => c > 0);
const PROFILE_TOP = option('profile-top', 15);
const KEEP = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const CONCURRENCIES = [1, 20];
// --port-base N: the seven ports from N+61 (default 3100: 3161-3167), for a machine shared by several runs.
const PORT_BASE = option('port-base', 3100);
const PORTS = {
  engine: PORT_BASE + 61,
  handWritten: PORT_BASE + 62,
  storedSmall: PORT_BASE + 63,
  storedLarge: PORT_BASE + 64,
  profiled: PORT_BASE + 65,
  memoryEngine: PORT_BASE + 66,
  memoryHandWritten: PORT_BASE + 67,
};

const scratch = mkdtempSync(join(tmpdir(), 'bench-95598-'));
const running: BenchServer[] = [];

// ---------------------------------------------------------------- statistics
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function percentile(xs: number[], p: number): number {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const median = (xs: number[]) => percentile(xs, 50);
const f = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const shuffle = <T>(xs: T[]): T[] => xs.map((x) => [Math.random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

interface Measured extends RoundResult {
  cpuMicros: number;
  window: { from: number; to: number };
}

async function measure(server: BenchServer, concurrency: number, seconds: number, answers?: Params[]): Promise<Measured> {
  const driver = new Driver(server.base, concurrency);
  const before = await server.probe();
  const result = await runRound(driver, concurrency, seconds, answers);
  const after = await server.probe();
  driver.close();
  return { ...result, cpuMicros: after.cpuMicros - before.cpuMicros, window: { from: before.monotonicMicros, to: after.monotonicMicros } };
}

// ---------------------------------------------------------------- the parts
/** The documents of one call on each server, compared with the ticket number left out. */
async function compareTwiml(engine: BenchServer, handWritten: BenchServer, answers: Params[] = FAULT_REPORT, call = 'the call'): Promise<void> {
  // Each server's own base URL and the ticket number differ by right.
  const normalize = (doc: string) => doc.replaceAll(/[零幺二三四五六七八九]{3}<break time="300ms"\/>[零幺二三四五六七八九]{3}<break time="300ms"\/>[零幺二三四五六七八九]{4}(?=[，。])/g, '#').replaceAll(/http:\/\/127\.0\.0\.1:\d+/g, 'BASE');
  const [a, b] = await Promise.all(
    [engine, handWritten].map(async (s) => {
      const driver = new Driver(s.base, 1);
      const { documents } = await playCall(driver, answers, { keep: true });
      driver.close();
      return documents.map(normalize);
    }),
  );
  const differs = a!.findIndex((doc, i) => doc !== b![i]);
  if (differs === -1 && a!.length === b!.length) console.log(`TwiML: the ${a!.length} documents of ${call} are the same on both servers`);
  else {
    console.log(`TwiML DIFFERS at turn ${differs + 1} of ${call}: update bench/ivr/server.ts to the engine's flow before trusting the ratio`);
    // --twiml-only: the whole documents, to align the yardstick by.
    const shown = (doc: string | undefined) => (flag('twiml-only') ? doc : doc?.slice(0, 400));
    console.log(`  engine:       ${shown(a![differs])}`);
    console.log(`  hand-written: ${shown(b![differs])}`);
  }
}

interface Row {
  server: string;
  concurrency: number;
  tps: number[];
  p50: number[];
  p99: number[];
  cpuPerTurnUs: number[];
}

async function compare(servers: BenchServer[], label: string): Promise<void> {
  const rows = new Map<string, Row>();
  const ratios = new Map<number, number[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const concurrency of CONCURRENCIES) {
      const tps = new Map<string, number>();
      for (const server of shuffle(servers)) {
        const m = await measure(server, concurrency, SECONDS);
        const key = `${server.name}@${concurrency}`;
        const row = rows.get(key) ?? { server: server.name, concurrency, tps: [], p50: [], p99: [], cpuPerTurnUs: [] };
        row.tps.push(m.turns / m.seconds);
        row.p50.push(percentile(m.latencies, 50));
        row.p99.push(percentile(m.latencies, 99));
        row.cpuPerTurnUs.push(m.cpuMicros / m.turns);
        rows.set(key, row);
        tps.set(server.name, m.turns / m.seconds);
        if (m.errors) console.log(`  round ${round} c${concurrency} ${server.name}: ${m.errors} calls failed`);
      }
      const [first, second] = servers.map((s) => tps.get(s.name)!);
      ratios.set(concurrency, [...(ratios.get(concurrency) ?? []), first! / second!]);
    }
    process.stdout.write(`  round ${round}/${ROUNDS} done\r`);
  }
  console.log(`\n${label}: medians of ${ROUNDS} rounds of ${SECONDS} s (each round: both servers, random order)`);
  console.log('  server                   conc   turns/s   p50 ms   p99 ms   CPU/turn µs');
  for (const row of rows.values()) {
    console.log(
      `  ${row.server.padEnd(24)} ${String(row.concurrency).padStart(4)} ${f(median(row.tps), 0).padStart(9)} ${f(median(row.p50)).padStart(8)} ${f(median(row.p99)).padStart(8)} ${f(median(row.cpuPerTurnUs), 0).padStart(13)}`,
    );
  }
  const [a, b] = servers.map((s) => s.name);
  for (const concurrency of CONCURRENCIES) {
    const r = ratios.get(concurrency)!;
    const cpu = median(rows.get(`${a}@${concurrency}`)!.cpuPerTurnUs) / median(rows.get(`${b}@${concurrency}`)!.cpuPerTurnUs);
    console.log(`  c${concurrency}: ${a} / ${b} turns/s ${f(median(r))} (rounds ${f(Math.min(...r))}-${f(Math.max(...r))}), CPU per turn ${f(cpu)}x`);
  }
}

/** A call that stays in the menu: '*' (repeat) 31 times after the language menu. */
const REPEATS: Params[] = [{}, ...Array.from({ length: 31 }, () => ({ Digits: '*' }))];

async function callLength(servers: BenchServer[]): Promise<void> {
  console.log('\ngrowth with the length of a call: turn 2 against turn 30 of 32 repeats of the menu, c1, median ms');
  for (const server of servers) {
    const driver = new Driver(server.base, 1);
    const byTurn: number[][] = [];
    for (let call = 0; call < 40; call++) {
      const { latencies } = await playCall(driver, REPEATS);
      latencies.forEach((ms, i) => (byTurn[i] ??= []).push(ms));
    }
    driver.close();
    const t2 = median(byTurn[3]!); // the 2nd repeat (webhook 4)
    const t30 = median(byTurn[31]!); // the 30th repeat (webhook 32)
    console.log(`  ${server.name.padEnd(24)} turn 2 ${f(t2)}  turn 30 ${f(t30)}  ratio ${f(t30 / t2)}`);
  }
}

/** Fresh servers: warmed up with calls that end, then idle (after GC), then with the live calls. */
async function memoryPoint(engineEnv: Record<string, string>): Promise<void> {
  console.log(`\nmemory: ${MEMORY_CALLS.toLocaleString('en')} live calls (answered, at the language menu, never hung up) over the idle server, RSS after a full GC (once V8 has unmapped what it freed)`);
  const servers = [
    await startEngine({ name: 'engine', port: PORTS.memoryEngine, dataDir: join(scratch, 'memory'), env: engineEnv }),
    await startHandWritten({ name: 'hand-written IVR', port: PORTS.memoryHandWritten }),
  ];
  running.push(...servers);
  const mb = (bytes: number) => bytes / 1024 / 1024;
  for (const server of servers) {
    const driver = new Driver(server.base, 20);
    const calls = async (count: number, hangUp: boolean) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (next++ < count) await playCall(driver, [], { hangUp });
        }),
      );
    };
    // Warm: JIT, caches, and the allocator's high-water mark of serving at c20, with calls that end.
    await calls(MEMORY_CALLS / 4, true);
    const idle = await server.probe({ gc: true });
    await calls(MEMORY_CALLS, false);
    driver.close();
    const live = await server.probe({ gc: true });
    const plus = (a: number, b: number) => `${b - a >= 0 ? '+' : ''}${f(mb(b - a), 1)}`;
    const outsideHeap = (p: typeof idle) => p.memory.rss - p.memory.heapTotal;
    console.log(
      `  ${server.name.padEnd(24)} idle ${f(mb(idle.memory.rss), 1)} MB, with the calls ${f(mb(live.memory.rss), 1)} MB: RSS ${plus(idle.memory.rss, live.memory.rss)} MB` +
        ` (JS heap used ${plus(idle.memory.heapUsed, live.memory.heapUsed)} MB, committed ${plus(idle.memory.heapTotal, live.memory.heapTotal)} MB;` +
        ` outside the heap ${plus(outsideHeap(idle), outsideHeap(live))} MB, of which external ${plus(idle.memory.external, live.memory.external)} MB` +
        ` and V8's malloc ${plus(idle.v8Malloced, live.v8Malloced)} MB)`,
    );
    if (idle.rssAtGc !== undefined && live.rssAtGc !== undefined) {
      console.log(`  ${''.padEnd(24)} read as the GC returns, before V8 unmapped what it freed: idle ${f(mb(idle.rssAtGc), 1)} MB, with the calls ${f(mb(live.rssAtGc), 1)} MB (${plus(idle.rssAtGc, live.rssAtGc)} MB)`);
    }
    await server.stop();
  }
}

async function storedGrowth(): Promise<void> {
  console.log(`\ngrowth with stored conversations: 1,000 against ${STORED.toLocaleString('en')} (SQLite), alternating rounds`);
  const small = join(scratch, 'stored-small');
  const large = join(scratch, 'stored-large');
  await seedStoredConversations(small, 1_000);
  await seedStoredConversations(large, STORED);
  const a = await startEngine({ name: 'engine, 1,000 stored', port: PORTS.storedSmall, dataDir: small });
  const b = await startEngine({ name: `engine, ${STORED / 1000}k stored`, port: PORTS.storedLarge, dataDir: large });
  running.push(a, b);
  await measure(a, 20, 2);
  await measure(b, 20, 2);
  await compare([b, a], 'stored conversations');
  await a.stop();
  await b.stop();
}

/**
 * CPU profiles of the engine and of the hand-written IVR, each in a fresh process: warmed up, then
 * V8's profiler started in the server (bench/probe.mjs) for one round of PROFILE_SECONDS at each
 * concurrency of PROFILE_AT, then stopped. Self time by package and by function, as shares of the
 * non-idle samples and as µs per turn (the samples' time over the turns of the round: wall-clock
 * time on the CPU, so the load of the machine inflates it; the shares are what compares).
 */
async function profile(engineEnv: Record<string, string>): Promise<void> {
  const dir = join(scratch, 'profile');
  mkdirSync(dir, { recursive: true });
  for (const concurrency of PROFILE_AT) {
    const servers = [
      await startEngine({ name: 'engine', port: PORTS.profiled, dataDir: join(scratch, `profiled-data-${concurrency}`), env: engineEnv }),
      await startHandWritten({ name: 'hand-written IVR', port: PORTS.handWritten }),
    ];
    running.push(...servers);
    for (const server of servers) {
      await measure(server, concurrency, 3); // warm-up: JIT, caches
      await server.profiler('start');
      const m = await measure(server, concurrency, PROFILE_SECONDS);
      const file = join(dir, `${server.name === 'engine' ? 'engine' : 'ivr'}-c${concurrency}.cpuprofile`);
      await server.profiler('stop', { file });
      await server.stop();
      if (KEEP) copyFileSync(file, join(KEEP, basename(file)));
      const summary = summarizeProfile(file, null, PROFILE_TOP);
      const perTurn = (percent: number) => f(((percent / 100) * summary.sampledMs * 1000) / m.turns, 1);
      console.log(`\nCPU profile of the ${server.name} at c${concurrency}: ${m.turns} turns in ${f(m.seconds, 1)} s, ${f(summary.sampledMs / 1000, 2)} s of non-idle samples (${perTurn(100)} µs per turn); self time`);
      console.log('  by package / part of the engine:      share   µs/turn');
      for (const s of summary.byPackage) console.log(`    ${s.name.slice(0, 34).padEnd(34)} ${f(s.percent, 1).padStart(6)}% ${perTurn(s.percent).padStart(8)}`);
      console.log('  by function:');
      for (const s of summary.byFunction) console.log(`    ${f(s.percent, 1).padStart(5)}% ${perTurn(s.percent).padStart(7)}  ${s.name}`);
    }
  }
}

/** Two builds of the engine side by side, in alternating rounds (the second against the first): a change measured under the same load. */
async function builds([before, after]: string[]): Promise<void> {
  if (!before || !after) throw new Error('--builds takes two scripts: before,after');
  const a = await startEngine({ name: `engine ${before}`, port: PORTS.storedSmall, dataDir: join(scratch, 'build-a'), script: before });
  const b = await startEngine({ name: `engine ${after}`, port: PORTS.storedLarge, dataDir: join(scratch, 'build-b'), script: after });
  running.push(a, b);
  for (const server of [a, b]) await measure(server, 20, 2); // warm-up: JIT, caches
  await compare([b, a], 'two builds');
}

// ---------------------------------------------------------------- main
/** Both servers under callgrind, one after the other: instructions per turn, and their ratio. */
async function instructions(engineEnv: Record<string, string>): Promise<void> {
  const warmCalls = option('warm-calls', 60);
  const calls = option('counted-calls', 10);
  console.log(`\ninstructions per turn under callgrind: ${warmCalls} calls to warm up, then ${calls} calls counted, c1`);
  const counts = [];
  // --servers engine (or ivr): count one of them only (the other's count from an earlier run).
  const only = args.includes('--servers') ? args[args.indexOf('--servers') + 1] : undefined;
  const servers = ([['engine', PORTS.engine], ['hand-written IVR', PORTS.handWritten]] as const).filter(([name]) => !only || name.startsWith(only));
  for (const [server, port] of servers) {
    const count = await countInstructions(server, {
      port,
      scratch,
      warmCalls,
      calls,
      ...(server === 'engine' ? { env: engineEnv } : {}),
      ...(KEEP ? { keep: KEEP } : {}),
    });
    const main = count.mainThreadPerTurn === null ? '' : `, ${f(count.mainThreadPerTurn / 1e6)} M on the main thread`;
    console.log(`  ${server.padEnd(24)} ${f(count.instructionsPerTurn / 1e6)} M instructions per turn${main} (${count.turns} turns)`);
    counts.push(count);
  }
  if (counts.length < 2) return;
  const [engine, ivr] = counts as [InstructionCount, InstructionCount];
  const mainRatio = engine.mainThreadPerTurn && ivr.mainThreadPerTurn ? ` (main thread ${f(engine.mainThreadPerTurn / ivr.mainThreadPerTurn)}x)` : '';
  console.log(`  engine / hand-written IVR: ${f(engine.instructionsPerTurn / ivr.instructionsPerTurn)}x the instructions per turn${mainRatio}`);
}

/** The engine under strace: system calls per turn, the busiest of them. */
async function syscalls(engineEnv: Record<string, string>): Promise<void> {
  const warmCalls = option('warm-calls', 60);
  const calls = option('counted-calls', 10);
  console.log(`\nsystem calls per turn under strace: ${warmCalls} calls to warm up, then ${calls} calls counted, c1`);
  const count = await countSyscalls({ port: PORTS.engine, scratch, warmCalls, calls, env: engineEnv });
  console.log(`  engine                   ${f(count.perTurn)} system calls per turn (${count.turns} turns)`);
  console.log(`  ${count.top.map((s) => `${s.name} ${f(s.perTurn)}`).join(', ')}`);
}

async function main(): Promise<void> {
  const pg = flag('pg') ? await PgBench.open() : null;
  if (!flag('no-build')) {
    console.log('building dist/ (npm run build) ...');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  }
  const storage = pg ? 'PostgreSQL + Redis' : 'SQLite';
  console.log(`machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}; engine on ${storage}`);
  if (args.includes('--builds')) {
    await builds(args[args.indexOf('--builds') + 1]!.split(','));
    return;
  }
  if (flag('instructions') || flag('syscalls') || flag('profile-only') || flag('memory-only')) {
    if (flag('instructions')) await instructions(pg?.env ?? {});
    else if (flag('syscalls')) await syscalls(pg?.env ?? {});
    else if (flag('memory-only')) await memoryPoint(pg?.env ?? {});
    else await profile(pg?.env ?? {});
    await pg?.close();
    return;
  }
  const engine = await startEngine({ name: `engine (${pg ? 'pg+redis' : 'sqlite'})`, port: PORTS.engine, dataDir: join(scratch, 'engine'), env: pg?.env ?? {} });
  const handWritten = await startHandWritten({ name: 'hand-written IVR', port: PORTS.handWritten });
  running.push(engine, handWritten);

  await compareTwiml(engine, handWritten);
  await compareTwiml(engine, handWritten, REPEATS, 'the menu repeated');
  if (flag('twiml-only')) {
    await pg?.close();
    return;
  }
  for (const server of [engine, handWritten]) await measure(server, 20, 2); // warm-up: JIT, caches
  await compare([engine, handWritten], 'the fault-report call');
  await callLength([engine, handWritten]);
  await engine.stop();
  await handWritten.stop();
  await memoryPoint(pg?.env ?? {});
  if (flag('stored')) await storedGrowth();
  if (flag('profile')) await profile(pg?.env ?? {});
  await pg?.close();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const server of running) server.child.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  });
