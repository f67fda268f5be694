// Loaded into a benchmarked server with --import (node --expose-gc): answers the benchmark over
// the IPC channel with the process's CPU time and memory, after a full GC when asked. Changes
// nothing else in the server.
if (process.send) {
  process.on('message', (message) => {
    if (!message || message.probe !== true) return;
    if (message.gc && globalThis.gc) {
      globalThis.gc();
      globalThis.gc();
    }
    const cpu = process.cpuUsage();
    // monotonicMicros: the clock of V8's CPU profile timestamps (CLOCK_MONOTONIC), to cut a profile to a window.
    process.send({ probe: true, id: message.id, cpuMicros: cpu.user + cpu.system, memory: process.memoryUsage(), monotonicMicros: Number(process.hrtime.bigint() / 1000n) });
  });
  // The IPC channel must not keep the server alive on its own (graceful shutdown exits anyway).
  process.channel?.unref();
}
