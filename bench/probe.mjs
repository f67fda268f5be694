// Loaded into a benchmarked server with --import (node --expose-gc): answers the benchmark over
// the IPC channel with the process's CPU time and memory, after a full GC when asked (the RSS read
// once V8 has returned the pages that GC freed: see below); and starts
// and stops V8's CPU profiler when asked (node:inspector in the process: the profile holds the
// measured window only, whatever the server does at start-up or exit). Changes nothing else in
// the server.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { getHeapStatistics } from 'node:v8';

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
    const answer = (extra = {}) => {
      const cpu = process.cpuUsage();
      const heap = getHeapStatistics();
      // monotonicMicros: the clock of V8's CPU profile timestamps (CLOCK_MONOTONIC), to cut a profile to a window.
      process.send({
        probe: true,
        id: message.id,
        cpuMicros: cpu.user + cpu.system,
        memory: process.memoryUsage(),
        // V8's own memory besides the heap's pages: its zones and tables (malloc), and the machine code.
        v8Malloced: heap.malloced_memory,
        monotonicMicros: Number(process.hrtime.bigint() / 1000n),
        ...extra,
      });
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
      // The pages a full GC frees are unmapped by V8's background threads just after it returns (with
      // --single-threaded-gc, inside it): RSS read in the same tick still counts them (up to 100 MB
      // after a phase that left much garbage in the old generation). So RSS is read once it has
      // stopped falling (50 ms apart, at most 2 s); rssAtGc is the figure read at once.
      const rssAtGc = process.memoryUsage.rss();
      let last = rssAtGc;
      let waited = 0;
      const settle = () => {
        const now = process.memoryUsage.rss();
        if ((now >= last && waited > 0) || waited >= 2000) return answer({ rssAtGc });
        last = now;
        waited += 50;
        setTimeout(settle, 50);
      };
      setTimeout(settle, 50);
      return;
    }
    answer();
  });
  // The IPC channel must not keep the server alive on its own (graceful shutdown exits anyway).
  process.channel?.unref();
}
