import { describe, expect, it } from 'vitest';
import { SqliteCustomerDirectory } from '../../../src/store/sqlite/customer-directory.js';
import { demoDb } from '../helpers.js';

describe('SqliteCustomerDirectory', () => {
  const directory = () => new SqliteCustomerDirectory(demoDb());

  it('finds the customer registered to a phone', async () => {
    expect(await directory().findByPhone('+8613800138000')).toEqual([
      { account: '3100123456', name: '张伟', phones: ['+8613800138000'], address: '城关区人民路88号3栋2单元501', areaId: 'chengguan' },
    ]);
  });

  it('finds the same customer from a number typed without +86 or with spaces', async () => {
    const d = directory();
    expect((await d.findByPhone('13800138000')).map((c) => c.account)).toEqual(['3100123456']);
    expect((await d.findByPhone('138 0013 8000')).map((c) => c.account)).toEqual(['3100123456']);
  });

  it('returns every account held by one phone', async () => {
    const found = await directory().findByPhone('+8613700137000');
    expect(found.map((c) => c.account)).toEqual(['3100234561', '3100234562']);
  });

  it('returns all phones of a customer, in registration order', async () => {
    expect((await directory().findByAccount('3100567890'))?.phones).toEqual(['+862787654321', '+8618612345678']);
    expect((await directory().findByPhone('+862787654321')).map((c) => c.name)).toEqual(['黄秀英']);
  });

  it('finds by account number, tolerating spaces read out in groups', async () => {
    const d = directory();
    expect((await d.findByAccount('3100345678'))?.name).toBe('陈强');
    expect((await d.findByAccount('3100 345 678'))?.name).toBe('陈强');
  });

  it('returns nothing for unknown or malformed numbers', async () => {
    const d = directory();
    expect(await d.findByPhone('+8613000000000')).toEqual([]);
    expect(await d.findByAccount('3100000000')).toBeNull();
    expect(await d.findByAccount('31001234')).toBeNull();
  });
});
