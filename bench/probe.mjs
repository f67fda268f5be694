// Loaded into a benchmarked server with --import (node --expose-gc): answers the benchmark over
// the IPC channel with the process's CPU time and memory, after a full GC when asked; and starts
// and stops V8's CPU profiler when asked (node:inspector in the process: the profile holds the
// measured window only, whatever the server does at start-up or exit). Changes nothing else in
// the server.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

let session = null;
const post = (method, params = {}) => new Promise((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));

async function profiler(message) {
  if (message.profile === 'start') {
    session ??= new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: message.intervalMicros ?? 1000 });
    await post('Profiler.start');
  } else {
    const { profile } = await post('Profiler.stop');
    writeFileSync(message.file, JSON.stringify(profile));
    await post('Profiler.disable');
    session.disconnect();
  }
}

if (process.send) {
  process.on('message', (message) => {
    if (!message || message.probe !== true) return;
    const answer = () => {
      const cpu = process.cpuUsage();
      // monotonicMicros: the clock of V8's CPU profile timestamps (CLOCK_MONOTONIC), to cut a profile to a window.
      process.send({ probe: true, id: message.id, cpuMicros: cpu.user + cpu.system, memory: process.memoryUsage(), monotonicMicros: Number(process.hrtime.bigint() / 1000n) });
    };
    if (message.profile) {
      profiler(message).then(answer, (error) => {
        console.error(`probe: the profiler failed: ${error.message}`);
        answer();
      });
      return;
    }
    if (message.gc && globalThis.gc) {
      globalThis.gc();
      globalThis.gc();
    }
    answer();
  });
  // The IPC channel must not keep the server alive on its own (graceful shutdown exits anyway).
  process.channel?.unref();
}
