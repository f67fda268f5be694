/**
 * Instructions per turn (`npm run bench -- --instructions`): each server run under valgrind's
 * callgrind, warmed up with calls at c1, its counters zeroed, then calls measured, then the count
 * dumped (callgrind_control). The count is the servers' own user-space instructions: it does not
 * move with what else the machine runs, so it compares builds on a loaded machine where turns/s
 * and CPU time do not. Not counted: the kernel (the HTTP writes, SQLite's file writes), the cache
 * misses and the driver. Slow (valgrind runs node 30-100x slower): a few minutes per server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Driver, FAULT_REPORT, playCall } from './driver.js';
import { BENCH_TOKEN, ENGINE_SCRIPT, engineEnv, HAND_WRITTEN_SCRIPT, handWrittenEnv } from './servers.js';

export interface InstructionCount {
  name: string;
  turns: number;
  instructionsPerTurn: number;
  /**
   * Those of the main thread only (node's event loop, inclusive): without V8's compiler and GC
   * helper threads, whose share moves by several percent from run to run with the JIT's timing.
   */
  mainThreadPerTurn: number | null;
}

const TURNS_PER_CALL = FAULT_REPORT.length + 1;

export async function countInstructions(
  server: 'engine' | 'hand-written IVR',
  options: { port: number; scratch: string; warmCalls: number; calls: number; env?: Record<string, string>; keep?: string },
): Promise<InstructionCount> {
  const { port, scratch } = options;
  const out = join(scratch, `callgrind-${port}.out`);
  const script = server === 'engine' ? [ENGINE_SCRIPT] : ['--import', 'tsx', HAND_WRITTEN_SCRIPT];
  const settings = server === 'engine' ? engineEnv(port, join(scratch, `callgrind-${port}-data`)) : handWrittenEnv(port);
  // vgdb names its pipes after HOST: callgrind_control must be given the server's.
  const env = { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', TWILIO_AUTH_TOKEN: BENCH_TOKEN, ...settings, ...options.env };
  const child = spawn('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, 'node', ...script], { env, stdio: 'ignore' });
  const control = (command: string) => execFileSync('callgrind_control', [command, String(child.pid)], { env: { ...process.env, HOST: '127.0.0.1' }, stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 500) {
      if (child.exitCode !== null) throw new Error(`${server} under callgrind exited before serving`);
      if (waited > 600_000) throw new Error(`${server} under callgrind did not start`);
      try {
        if ((await fetch(`${base}/health`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const driver = new Driver(base, 1);
    for (let i = 0; i < options.warmCalls; i++) await playCall(driver, FAULT_REPORT);
    control('-z');
    for (let i = 0; i < options.calls; i++) await playCall(driver, FAULT_REPORT);
    control('-d');
    driver.close();
  } finally {
    child.kill('SIGKILL');
  }
  // The first dump (<out>.1) holds what ran between the zeroing and the dump: the measured calls.
  const total = /^(?:summary|totals): (\d+)/m.exec(readFileSync(`${out}.1`, 'utf8'));
  if (!total) throw new Error(`no instruction total in ${out}.1`);
  const instructions = Number(total[1]);
  if (options.keep) copyFileSync(`${out}.1`, join(options.keep, `callgrind.${server === 'engine' ? 'engine' : 'ivr'}.out`));
  const turns = options.calls * TURNS_PER_CALL;
  return { name: server, turns, instructionsPerTurn: instructions / turns, mainThreadPerTurn: mainThread(`${out}.1`) / turns || null };
}

/** The main thread's instructions: node's event loop, inclusive (callgrind_annotate). */
function mainThread(file: string): number {
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const line = /^\s*([\d,]+) .*node::SpinEventLoopInternal/m.exec(annotated);
  return line ? Number(line[1]!.replace(/,/g, '')) : NaN;
}
