/**
 * Server-sent events (text/event-stream) for the consoles and the customers' chat pages: one
 * stream per page, a comment every 20 s so proxies keep it open, closed when the page goes.
 */
import type { Request, Response } from 'express';

export interface EventStream {
  send(event: string, data: unknown, id?: number): void;
  /** Runs when the page goes away (or the server closes the stream). */
  onClose(fn: () => void): void;
}

const HEARTBEAT_MS = 20_000;

export function openEventStream(req: Request, res: Response): EventStream {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // nginx and similar: do not buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  // A page that loses the stream reconnects after 3 s (EventSource does it by itself).
  res.write('retry: 3000\n\n');
  const closers: (() => void)[] = [];
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const fn of closers.splice(0)) fn();
  };
  req.on('close', close);
  res.on('close', close);
  return {
    send(event, data, id) {
      if (closed) return;
      // JSON has no raw newlines, so one data: line carries the whole event.
      res.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(fn) {
      if (closed) fn();
      else closers.push(fn);
    },
  };
}
