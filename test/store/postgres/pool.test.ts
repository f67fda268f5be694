import { expect, it } from 'vitest';
import { one, transaction } from '../../../src/store/postgres/pool.js';
import { describePg, useTestSchema } from './pg-test.js';

describePg('pool and transactions', () => {
  const schema = useTestSchema();

  it('every connection works in its schema, with a statement timeout (a stuck database must not hold a call)', async () => {
    const row = await one<{ schema: string; timeout: string }>(schema.pool, "SELECT current_schema() AS schema, current_setting('statement_timeout') AS timeout");
    expect(row).toEqual({ schema: schema.name, timeout: '3s' });
  });

  it('a throw inside a transaction rolls it back and returns the client to the pool', async () => {
    const before = schema.pool.totalCount;
    await expect(
      transaction(schema.pool, async (tx) => {
        await tx.query("INSERT INTO areas (id, name, type) VALUES ('tx', '事务区', 'urban')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await one(schema.pool, "SELECT 1 FROM areas WHERE id = 'tx'")).toBeNull();
    expect(schema.pool.totalCount).toBeLessThanOrEqual(Math.max(before, 1));
    expect(schema.pool.idleCount).toBe(schema.pool.totalCount);
  });

  it('drops U+0000 from text (PostgreSQL cannot store it) instead of failing the write forever', async () => {
    await transaction(schema.pool, (tx) => tx.query("INSERT INTO areas (id, name, type) VALUES ($1, $2, 'rural')", ['nul', '空\u0000字符']));
    expect(await one(schema.pool, "SELECT name FROM areas WHERE id = 'nul'")).toEqual({ name: '空字符' });
  });
});
