/**
 * A TCP hop between the engine and a store's server (Redis, PostgreSQL), which the test can cut:
 * the store really becomes unreachable, as when its host goes down, while the server itself runs on.
 * Or stall: connections stay open and nothing comes back, as from a hung server or a dead link.
 */
import net, { type AddressInfo, type Socket } from 'node:net';
import { afterEach } from 'vitest';

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones. */
  cut(): Promise<void>;
  /** Holds every byte in both directions (connections stay open) until `stalled(false)`. */
  stalled(on: boolean): void;
}

const open: TcpProxy[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((proxy) => proxy.cut()));
});

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const pairs = new Set<[Socket, Socket]>();
  let stalled = false;
  const flow = ([client, upstream]: [Socket, Socket]) => {
    if (stalled) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    } else {
      client.pipe(upstream);
      upstream.pipe(client);
    }
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on('close', () => pairs.delete(pair));
    flow(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let cut: Promise<void> | null = null;
  const proxy: TcpProxy = {
    port: (server.address() as AddressInfo).port,
    stalled: (on) => {
      stalled = on;
      for (const pair of pairs) flow(pair);
    },
    cut: () =>
      (cut ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })),
  };
  open.push(proxy);
  return proxy;
}
