/** `npm start`: validate the configuration, open the stores, serve HTTP; stop cleanly on a signal. */
import { loadConfigForCommand, redactConfig } from './config.js';
import { securityNotes } from './config-security.js';
import { bootstrap } from './bootstrap.js';
import { createServer } from './server.js';
import { startOutboxWorker } from './services/outbox-worker.js';

async function main(): Promise<void> {
  const config = loadConfigForCommand();
  if (!config) process.exit(1);
  const engine = await bootstrap(config);
  const app = createServer(engine);
  // N21: what was kept in the outbox during a failure is delivered once the services are back.
  const stopOutbox = startOutboxWorker(engine.stores.services.outbox, engine.stores.services, { intervalMs: config.outboxIntervalMs });
  const server = app.listen(config.port, config.host, () => {
    console.log(`95598 dialogue engine listening on http://${config.host}:${config.port}`);
    console.log('configuration:', JSON.stringify(redactConfig(config)));
    for (const note of securityNotes(config)) console.log(note);
    if (engine.stores.demo) console.log('demo data:', JSON.stringify(engine.stores.demo));
  });
  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    server.close(() => void stopOutbox().then(() => engine.close()).then(() => process.exit(0)));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('failed to start:', error);
  process.exit(1);
});
