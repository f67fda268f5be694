import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../../src/store/memory/session-store.js';
import { conversation } from '../helpers.js';
import { sessionStoreContract } from '../session-store-contract.js';

describe('MemorySessionStore', () => {
  sessionStoreContract(() => new MemorySessionStore());

  it('keeps stored state safe from callers mutating what they wrote or read', async () => {
    const store = new MemorySessionStore();
    const record = conversation('CA-copy', 1);
    await store.compareAndSet(record, 0);
    (record.snapshot as { context: { attempts: number } }).context.attempts = 99;

    const read = await store.get('CA-copy');
    (read!.snapshot as { context: { notes: string[] } }).context.notes.push('mutated');

    const again = await store.get('CA-copy');
    expect(again!.snapshot).toEqual({ status: 'active', value: { fault: 'askScope' }, context: { attempts: 1, notes: ['东山镇'] } });
  });
});
