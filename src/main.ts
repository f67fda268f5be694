/**
 * The server process (`npm start`, or `node dist/main.js` in production): validate the
 * configuration, open the stores, serve HTTP; on SIGTERM or SIGINT stop gracefully
 * (src/observability/shutdown.ts).
 */
import type { Server } from 'node:http';
import type { Express } from 'express';
import { loadConfigForCommand, redactConfig } from './config.js';
import { securityNotes } from './config-security.js';
import { bootstrap } from './bootstrap.js';
import { createServer } from './server.js';
import { Studio } from './designer/studio/sessions.js';
import { startOutboxWorker } from './services/outbox-worker.js';
import { configureLogger, flushLogger, logger } from './observability/logger.js';
import { metricsApp } from './observability/routes.js';
import { gracefulShutdown } from './observability/shutdown.js';

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
import { startDialer } from './services/dialer.js';

async function main(): Promise<void> {
  const config = loadConfigForCommand();
  if (!config) process.exit(1);
  const { operations } = config;
  configureLogger({ level: operations.logLevel, format: operations.logFormat });
  const engine = await bootstrap(config, { processMetrics: true });
  // N21: what was kept in the outbox during a failure is delivered once the services are back.
  const stopOutbox = startOutboxWorker(engine.stores.services.outbox, engine.stores.services, { intervalMs: config.outboxIntervalMs });

  // Idle conversations closed (their drafts saved), personal data purged after the retention (issue 10 item 7).
  const stopRetention = engine.retention.start(config.retention.sweepIntervalMs);
  // Chats nobody took in time: the customer is offered a callback (issue 12).
  engine.desk.startSweeper();
  // N15: the dialler places due outbound calls inside the calling windows (DIALER_ENABLED).
  const stopDialer = engine.dialer && config.outbound.dialer ? startDialer(engine.dialer, config.outbound.dialer.intervalMs) : async () => {};

  const servers: Server[] = [];
  // The flow studio plays on scratch in-memory data of its own (src/designer/studio/).
  const studio = new Studio(process.env);
  const shutdown = gracefulShutdown({
    servers,
    close: async () => {
      await Promise.all([stopOutbox(), stopDialer(), stopRetention()]);
      await studio.close();
      await engine.close();
    },
    timeoutMs: operations.shutdownTimeoutMs,
  });
  const app = createServer(engine, { draining: () => shutdown.draining, studio });
  servers.push(await listen(app, config.port, config.host));
  logger.info({ url: `http://${config.host}:${config.port}`, config: redactConfig(config) }, '95598 dialogue engine listening');
  for (const note of securityNotes(config)) logger.info(note);
  if (operations.metrics.port !== null) {
    servers.push(await listen(metricsApp(engine.metrics), operations.metrics.port, operations.metrics.host));
    logger.info({ url: `http://${operations.metrics.host}:${operations.metrics.port}/metrics` }, 'metrics listening');
  } else if (operations.metrics.token === null && config.nodeEnv === 'production') {
    logger.warn('/metrics is not served: set METRICS_TOKEN, or METRICS_PORT for a port of its own');
  }
  if (engine.stores.demo) logger.info({ demo: engine.stores.demo }, 'demo data');
  if (engine.dialer) logger.info({ claimant: engine.dialer.claimant, intervalSeconds: config.outbound.dialer!.intervalMs / 1000 }, 'dialer: placing outbound calls');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}

main().catch(async (error) => {
  logger.fatal({ err: error }, 'failed to start');
  await flushLogger();
  process.exit(1);
});
