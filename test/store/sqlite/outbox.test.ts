import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openOutbox, OUTBOX_FILE_NAME, type SqliteOutbox } from '../../../src/store/sqlite/outbox.js';
import { tempDir } from '../helpers.js';

const T0 = new Date('2026-11-25T03:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const backoff = { baseMs: 1000, maxMs: 4000 };

const opened: SqliteOutbox[] = [];
afterEach(() => {
  for (const outbox of opened.splice(0)) outbox.close();
});
function open(dataDir: string | ':memory:' = ':memory:') {
  const outbox = openOutbox(dataDir, { now: () => T0, backoff });
  opened.push(outbox);
  return outbox;
}

describe('the outbox (N21: nothing the customer reported is lost)', () => {
  it('retries a failing delivery with capped exponential back-off, then delivers it once, kept for audit', async () => {
    const outbox = open();
    const { id } = await outbox.enqueue('work_order', { description: '楼道冒火花', urgent: true });
    let down = true;
    const received: unknown[] = [];
    const handlers = {
      work_order: async (payload: unknown) => {
        if (down) throw new Error('database is locked');
        received.push(payload);
        return { id: '2611250001' };
      },
    };

    expect(await outbox.deliver(handlers, at(0))).toEqual({ delivered: 0, failed: 1 });
    let [item] = await outbox.pending();
    expect(item).toMatchObject({ id, attempts: 1, lastError: 'database is locked', nextAttemptAt: at(1000).toISOString() });

    // Not due yet: nothing is attempted.
    expect(await outbox.deliver(handlers, at(999))).toEqual({ delivered: 0, failed: 0 });
    expect(await outbox.deliver(handlers, at(1000))).toEqual({ delivered: 0, failed: 1 });
    [item] = await outbox.pending();
    expect(item).toMatchObject({ attempts: 2, nextAttemptAt: at(3000).toISOString() }); // 2 s after the second failure
    await outbox.deliver(handlers, at(3000));
    await outbox.deliver(handlers, at(7000));
    [item] = await outbox.pending();
    expect(item).toMatchObject({ attempts: 4, nextAttemptAt: at(11_000).toISOString() }); // capped at 4 s

    down = false;
    expect(await outbox.deliver(handlers, at(11_000))).toEqual({ delivered: 1, failed: 0 });
    expect(received).toEqual([{ description: '楼道冒火花', urgent: true }]);
    expect(await outbox.pending()).toEqual([]);
    expect(await outbox.deliver(handlers, at(60_000))).toEqual({ delivered: 0, failed: 0 }); // never twice
    const [kept] = await outbox.list({ status: 'delivered' });
    expect(kept).toMatchObject({ id, status: 'delivered', attempts: 5, lastError: null, deliveredAt: at(11_000).toISOString() });
  });

  it('keeps pending items across a reopen of its file, and delivers them after the restart', async () => {
    const dir = tempDir();
    const first = open(dir);
    await first.enqueue('callback', { phone: '+8613800138000', dueAt: '2026-11-26T03:00:00.000Z' });
    await first.enqueue('incident', { kind: 'abuse', evidence: ['混蛋'] });
    await first.deliver({ callback: async () => Promise.reject(new Error('disk I/O error')) }, at(0));
    first.close();
    expect(existsSync(join(dir, OUTBOX_FILE_NAME))).toBe(true);

    const second = open(dir);
    const pending = await second.pending();
    expect(pending.map((p) => [p.kind, p.attempts, p.lastError])).toEqual([
      ['callback', 1, 'disk I/O error'],
      ['incident', 0, null],
    ]);
    const delivered: string[] = [];
    const handler = async (_payload: unknown, item: { kind: string }) => void delivered.push(item.kind);
    expect(await second.deliver({ callback: handler, incident: handler }, at(60_000))).toEqual({ delivered: 2, failed: 0 });
    expect(delivered).toEqual(['callback', 'incident']); // in the order they were kept
    expect(await second.pending()).toEqual([]);
  });

  it('leaves alone an item no handler is given for, without counting it as failed', async () => {
    const outbox = open();
    await outbox.enqueue('escalation', { reason: 'requested' });
    expect(await outbox.deliver({ work_order: async () => null }, at(0))).toEqual({ delivered: 0, failed: 0 });
    expect(await outbox.pending()).toMatchObject([{ kind: 'escalation', attempts: 0 }]);
  });

  it('never hands one item to two delivery rounds at once (the claim is leased)', async () => {
    const outbox = open();
    await outbox.enqueue('work_order', { n: 1 });
    let calls = 0;
    let release!: () => void;
    const slow = async () => {
      calls++;
      await new Promise<void>((resolve) => (release = resolve));
    };
    const first = outbox.deliver({ work_order: slow }, at(0));
    const second = await outbox.deliver({ work_order: slow }, at(0));
    expect(second).toEqual({ delivered: 0, failed: 0 });
    release();
    expect(await first).toEqual({ delivered: 1, failed: 0 });
    expect(calls).toBe(1);
  });

  it('counts a hung handler as failed and retries it', async () => {
    const outbox = openOutbox(':memory:', { now: () => T0, backoff, handlerTimeoutMs: 20 });
    opened.push(outbox);
    await outbox.enqueue('work_order', {});
    const result = await outbox.deliver({ work_order: () => new Promise(() => {}) }, at(0));
    expect(result).toEqual({ delivered: 0, failed: 1 });
    expect((await outbox.pending())[0]?.lastError).toMatch(/timed out/);
  });

  it('refuses an unknown kind or a payload that is not JSON data', async () => {
    const outbox = open();
    await expect(outbox.enqueue('fax' as 'work_order', {})).rejects.toThrow(/unknown outbox kind/);
    await expect(outbox.enqueue('work_order', undefined)).rejects.toThrow(/JSON data/);
  });
});
