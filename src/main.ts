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
import { startOutboxWorker } from './services/outbox-worker.js';
import { configureLogger, flushLogger, logger } from './observability/logger.js';
import { metricsApp } from './observability/routes.js';
import { gracefulShutdown } from './observability/shutdown.js';

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

async function main(): Promise<void> {
  const config = loadConfigForCommand();
  if (!config) process.exit(1);
  const { operations } = config;
  configureLogger({ level: operations.logLevel, format: operations.logFormat });
  const engine = await bootstrap(config, { processMetrics: true });
  // N21: what was kept in the outbox during a failure is delivered once the services are back.
  const stopOutbox = startOutboxWorker(engine.stores.services.outbox, engine.stores.services, { intervalMs: config.outboxIntervalMs });

  // Chats nobody took in time: the customer is offered a callback (issue 12).
  engine.desk.startSweeper();

  const servers: Server[] = [];
  const shutdown = gracefulShutdown({
    servers,
    close: async () => {
      await stopOutbox();
      await engine.close();
    },
    timeoutMs: operations.shutdownTimeoutMs,
  });
  const app = createServer(engine, { draining: () => shutdown.draining });
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
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}

main().catch(async (error) => {
  logger.fatal({ err: error }, 'failed to start');
  await flushLogger();
  process.exit(1);
});
