/**
 * The duty desk from a test's side (issue 12): people added to the store, a signed-in console
 * client (cookie + CSRF token, as the console page sends them), and a reader of server-sent events.
 */
import type { Engine } from '../../src/bootstrap.js';
import type { Role } from '../../src/services/ports.js';
import { hashPassword } from '../../src/services/users.js';

export const PASSWORD = 'correct horse battery';

export async function addUser(engine: Engine, name: string, role: Role): Promise<void> {
  await engine.stores.staff.users.create({ name, role, passwordHash: await hashPassword(PASSWORD), by: 'test' });
}

export interface Desk {
  csrf: string;
  cookie: string;
  request(method: string, path: string, body?: unknown, options?: { csrf?: boolean }): Promise<{ status: number; body: any }>;
}

/** Signs in at base/console/api/session and answers a client that sends the cookie and CSRF token. */
export async function signIn(base: string, name: string, password = PASSWORD): Promise<Desk> {
  const response = await fetch(`${base}/console/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${name}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    csrf: csrfToken,
    cookie,
    async request(method, path, body, options = {}) {
      const r = await fetch(`${base}${path}`, {
        method,
        headers: {
          cookie,
          ...(options.csrf === false ? {} : { 'x-csrf-token': csrfToken }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
  };
}

export interface SseEvent {
  event: string;
  data: any;
  id?: string;
}

/** Reads a text/event-stream; `next(match)` waits for the first event (seen or to come) that matches. */
export async function events(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`events ${url}: ${response.status} ${await response.text()}`);
  const seen: SseEvent[] = [];
  const waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  const used = new Set<SseEvent>();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const e: SseEvent = { event: 'message', data: null };
          for (const l of block.split('\n')) {
            if (l.startsWith('event: ')) e.event = l.slice(7);
            else if (l.startsWith('data: ')) e.data = JSON.parse(l.slice(6));
            else if (l.startsWith('id: ')) e.id = l.slice(4);
          }
          if (e.data === null) continue;
          seen.push(e);
          const waiter = waiters.findIndex((w) => w.match(e));
          if (waiter >= 0) waiters.splice(waiter, 1)[0]!.resolve(e);
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') console.error('event stream:', error);
    }
  })();
  return {
    seen,
    /** The first event not yet taken that matches (default: any), seen already or to come. */
    next(match: (e: SseEvent) => boolean = () => true, timeoutMs = 5000): Promise<SseEvent> {
      const found = seen.find((e) => !used.has(e) && match(e));
      if (found) {
        used.add(found);
        return Promise.resolve(found);
      }
      const failure = new Error(`no matching event within ${timeoutMs} ms`); // made here: its stack names the waiting line
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          failure.message += `; not taken: ${JSON.stringify(seen.filter((e) => !used.has(e)))}`;
          reject(failure);
        }, timeoutMs);
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            used.add(e);
            resolve(e);
          },
        });
      });
    },
    close: () => controller.abort(),
  };
}
