/** An admin API client for tests: the app on 127.0.0.1 with a token (test/support/http.ts serves it). */
import { createServer } from '../../src/server.js';
import type { Engine } from '../../src/bootstrap.js';
import { openTestEngine } from '../support/call.js';
import { serve } from '../support/http.js';

export const TOKEN = 't';

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

export interface AdminClient {
  engine: Engine;
  base: string;
  call(method: string, path: string, options?: { body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<Reply>;
}

export async function adminClient(env: Record<string, string> = { ADMIN_TOKEN: TOKEN }): Promise<AdminClient> {
  const engine = await openTestEngine({ env });
  const base = `${await serve(createServer(engine))}/api/admin`;
  return {
    engine,
    base,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      const token = options.token === undefined ? TOKEN : options.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${base}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
    },
  };
}
