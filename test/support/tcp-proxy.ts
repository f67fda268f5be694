/**
 * A TCP hop between the engine and a store's server (Redis, PostgreSQL), which the test can cut:
 * the store really becomes unreachable, as when its host goes down, while the server itself runs on.
 */
import net, { type AddressInfo, type Socket } from 'node:net';
import { afterEach } from 'vitest';

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones. */
  cut(): Promise<void>;
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
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let cut: Promise<void> | null = null;
  const proxy: TcpProxy = {
    port: (server.address() as AddressInfo).port,
    cut: () =>
      (cut ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })),
  };
  open.push(proxy);
  return proxy;
}
