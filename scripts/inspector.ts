/**
 * `npm run inspector`: the Stately inspector's local server (@statelyai/inspect/server), for
 * watching live conversations: start the engine with INSPECT=ws://127.0.0.1:<port> (docs/flows.md).
 * INSPECTOR_PORT (default 8080); it opens the inspector page in the browser.
 */
import { createInspectorServer } from '@statelyai/inspect/server';

const port = Number(process.env.INSPECTOR_PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`INSPECTOR_PORT must be a port number, got ${process.env.INSPECTOR_PORT}`);
  process.exit(1);
}
createInspectorServer({ port });
console.log(`inspector on http://127.0.0.1:${port}; start the engine with INSPECT=ws://127.0.0.1:${port}`);
