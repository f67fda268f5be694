/**
 * Graceful shutdown on SIGTERM (systemd stop, docker stop, Kubernetes) or SIGINT (Ctrl-C):
 *   1. /ready answers 503 and the listeners stop accepting connections;
 *   2. turns in flight finish and are answered (a caller mid-call hears the next prompt;
 *      Twilio's next webhook goes to another instance, or to this one after the restart);
 *   3. the outbox worker finishes its round and stops; the stores close; the logs are flushed;
 *   4. the process exits 0. If that takes longer than SHUTDOWN_TIMEOUT_SECONDS, the remaining
 *      connections are cut and it exits 1. A second signal exits at once.
 */
import type { Server } from 'node:http';
import { flushLogger, logger } from './logger.js';

export interface ShutdownSteps {
  servers: Server[];
  /** Stops background work (the outbox worker) and closes the stores, in that order. */
  close: () => Promise<void>;
  timeoutMs: number;
  exit?: (code: number) => void;
}

export interface Shutdown {
  /** Begins the shutdown (once); resolves when the process is about to exit. */
  (signal: string): Promise<void>;
  readonly draining: boolean;
}

export function gracefulShutdown(steps: ShutdownSteps): Shutdown {
  const exit = steps.exit ?? ((code: number) => process.exit(code));
  let started: Promise<void> | null = null;

  const run = async (signal: string): Promise<void> => {
    const since = Date.now();
    logger.info({ signal, timeoutMs: steps.timeoutMs }, 'shutting down: finishing the turns in flight');
    const timer = setTimeout(() => {
      logger.error({ signal, timeoutMs: steps.timeoutMs }, 'shutdown timed out: cutting the connections still open');
      for (const server of steps.servers) server.closeAllConnections();
      void flushLogger().then(() => exit(1));
    }, steps.timeoutMs);
    timer.unref();
    // Keep-alive connections that are idle between requests would hold close() open: cut them as they go idle.
    const idle = setInterval(() => steps.servers.forEach((server) => server.closeIdleConnections()), 100);
    try {
      await Promise.all(steps.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
      clearInterval(idle);
      await steps.close();
      logger.info({ signal, durationMs: Date.now() - since }, 'stopped');
      clearTimeout(timer);
      await flushLogger();
      exit(0);
    } catch (error) {
      clearInterval(idle);
      clearTimeout(timer);
      logger.error({ err: error, signal }, 'shutdown failed');
      await flushLogger();
      exit(1);
    }
  };

  const shutdown = ((signal: string) => {
    if (started) {
      logger.warn({ signal }, 'second signal: exiting now');
      void flushLogger().then(() => exit(1));
      return started;
    }
    started = run(signal);
    return started;
  }) as Shutdown;
  Object.defineProperty(shutdown, 'draining', { get: () => started !== null });
  return shutdown;
}
