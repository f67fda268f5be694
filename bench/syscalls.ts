/**
 * System calls per turn (`npm run bench -- --syscalls`): the engine served alone, warmed up with
 * calls at c1, then strace attached to all its threads (`strace -f -c`) for `--counted-calls`
 * calls. The count does not move with the machine's load, and it is the kernel side that the
 * instruction count (bench/instructions.ts) leaves out: SQLite's locks and file writes, the HTTP
 * reads and writes.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Driver, FAULT_REPORT, playCall } from './driver.js';
import { startEngine } from './servers.js';

export interface SyscallCount {
  turns: number;
  perTurn: number;
  /** The busiest system calls: name and calls per turn. */
  top: { name: string; perTurn: number }[];
}

const TURNS_PER_CALL = FAULT_REPORT.length + 1;

export async function countSyscalls(options: { port: number; scratch: string; warmCalls: number; calls: number; env?: Record<string, string> }): Promise<SyscallCount> {
  const server = await startEngine({ name: 'engine', port: options.port, dataDir: join(options.scratch, `syscalls-${options.port}-data`), env: options.env ?? {} });
  const out = join(options.scratch, `strace-${options.port}.txt`);
  try {
    const driver = new Driver(server.base, 1);
    for (let i = 0; i < options.warmCalls; i++) await playCall(driver, FAULT_REPORT);
    const strace = spawn('strace', ['-f', '-c', '-o', out, '-p', String(server.child.pid)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let attached = '';
    // strace says "Process N attached" for each thread it has: measure once it has them.
    await new Promise<void>((resolve, reject) => {
      strace.once('exit', (code) => reject(new Error(`strace exited (${code}): ${attached}`)));
      strace.stderr.on('data', (chunk: Buffer) => {
        attached += chunk.toString();
        if (/attached/.test(attached)) setTimeout(resolve, 500);
      });
    });
    for (let i = 0; i < options.calls; i++) await playCall(driver, FAULT_REPORT);
    const exited = new Promise((resolve) => strace.once('exit', resolve));
    strace.kill('SIGINT');
    await exited;
    driver.close();
  } finally {
    await server.stop();
  }
  // The summary table: "% time  seconds  usecs/call  calls  errors  syscall", then "total".
  const rows = readFileSync(out, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 5 && /^\d+(\.\d+)?$/.test(cols[0]!));
  const turns = options.calls * TURNS_PER_CALL;
  const calls = (cols: string[]) => Number(cols[3]);
  const named = rows.filter((cols) => cols.at(-1) !== 'total');
  const total = named.reduce((sum, cols) => sum + calls(cols), 0);
  const top = named
    .map((cols) => ({ name: cols.at(-1)!, perTurn: calls(cols) / turns }))
    .sort((a, b) => b.perTurn - a.perTurn)
    .slice(0, 8);
  return { turns, perTurn: total / turns, top };
}
