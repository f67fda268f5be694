/**
 * `npm run bench`: speed and memory of the engine, measured (not asserted in tests).
 * Plays complete fault-report calls through the conversation host on an in-memory SQLite
 * database and reports turn latency percentiles, turns per second, and heap per stored
 * conversation; then the intent recognizer's throughput.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { bootstrap } from '../src/bootstrap.js';
import type { Input } from '../src/core/conversation.js';
import { createRecognizer } from '../src/nlu/recognizer.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const script: Input[] = [
  { type: 'noInput' },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '2' },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '1' },
  { type: 'speech', transcript: '家里全部没电了', confidence: 0.9 },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '2' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function engineBench(): Promise<void> {
  const env = { NODE_ENV: 'test', SESSION_STORE: 'memory' };
  const engine = await bootstrap(loadConfig(env), { dataDir: ':memory:', env });
  const latencies: number[] = [];
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let n = 0; n < CALLS; n++) {
    const id = `bench-${n}`;
    let t = performance.now();
    await engine.host.start(id, { channel: 'voice', caller: '+8613800138000' });
    latencies.push(performance.now() - t);
    for (const input of script) {
      t = performance.now();
      await engine.host.handle(id, input);
      latencies.push(performance.now() - t);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  latencies.sort((a, b) => a - b);
  console.log(`engine: ${CALLS} fault-report calls, ${latencies.length} turns in ${elapsed.toFixed(2)} s`);
  console.log(`  turns/s ${(latencies.length / elapsed).toFixed(0)}`);
  console.log(`  turn latency ms: p50 ${percentile(latencies, 50).toFixed(2)}  p95 ${percentile(latencies, 95).toFixed(2)}  p99 ${percentile(latencies, 99).toFixed(2)}  max ${latencies.at(-1)?.toFixed(2)}`);
  console.log(`  heap per stored conversation: ${((heapAfter - heapBefore) / CALLS / 1024).toFixed(1)} KiB${global.gc ? '' : ' (run with node --expose-gc for a steadier figure)'}`);
  await engine.close();
}

function nluBench(): void {
  const recognizer = createRecognizer();
  const utterances = ['我家突然没电了', '叫你们值班长来', '條電線跌咗落地', 'I want to check my bill', '嗯 那个 我想投诉'];
  const rounds = 20_000;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) recognizer.recognizeSync(utterances[i % utterances.length]!, 'zh-CN');
  const elapsed = performance.now() - started;
  console.log(`nlu: ${rounds} utterances in ${elapsed.toFixed(0)} ms (${((elapsed * 1000) / rounds).toFixed(1)} µs each)`);
}

await engineBench();
nluBench();
