import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real NLU service on 127.0.0.1 for the HTTP adapter's tests. Paths choose the behaviour:
 * /ok answers bill_query, /slow answers after 5 s, /500 fails, /invalid breaks the contract,
 * /null answers no match, /not-json answers garbage.
 */
export interface FakeNluServer {
  url: (path: string) => string;
  requests: { path: string; body: unknown }[];
  close: () => Promise<void>;
}

export async function startFakeNluServer(): Promise<FakeNluServer> {
  const requests: FakeNluServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    requests.push({ path: req.url ?? '', body });
    const send = (status: number, payload: string): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(payload);
    };
    switch (req.url) {
      case '/ok':
        return send(200, JSON.stringify({ intent: 'bill_query', confidence: 0.81, entities: { digits: '3100123456' } }));
      case '/slow':
        setTimeout(() => send(200, JSON.stringify({ intent: 'bill_query', confidence: 0.9 })), 5000).unref();
        return;
      case '/500':
        return send(500, JSON.stringify({ error: 'boom' }));
      case '/invalid':
        return send(200, JSON.stringify({ intent: 'weather', confidence: 2 }));
      case '/null':
        return send(200, 'null');
      case '/not-json':
        return send(200, '<html>oops</html>');
      default:
        return send(404, '{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
