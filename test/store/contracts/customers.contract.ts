import { expect, it } from 'vitest';
import type { DurableHarness } from './harness.js';

export function customersContract(h: DurableHarness): void {
  const directory = async () => (await h.open()).services.customers;

  it('finds the customer registered to a phone, however the number is written', async () => {
    const d = await directory();
    expect(await d.findByPhone('+8613800138000')).toEqual([
      { account: '3100123456', name: '张伟', phones: ['+8613800138000'], address: '城关区人民路88号3栋2单元501', areaId: 'chengguan' },
    ]);
    expect((await d.findByPhone('13800138000')).map((c) => c.account)).toEqual(['3100123456']);
    expect((await d.findByPhone('138 0013 8000')).map((c) => c.account)).toEqual(['3100123456']);
  });

  it('returns every account held by one phone, and every phone of an account in registration order', async () => {
    const d = await directory();
    expect((await d.findByPhone('+8613700137000')).map((c) => c.account)).toEqual(['3100234561', '3100234562']);
    expect((await d.findByAccount('3100567890'))?.phones).toEqual(['+862787654321', '+8618612345678']);
    expect((await d.findByPhone('+862787654321')).map((c) => c.name)).toEqual(['黄秀英']);
  });

  it('finds by account number (spaces tolerated); unknown or malformed numbers find nothing', async () => {
    const d = await directory();
    expect((await d.findByAccount('3100 345 678'))?.name).toBe('陈强');
    expect(await d.findByPhone('+8613000000000')).toEqual([]);
    expect(await d.findByAccount('3100000000')).toBeNull();
    expect(await d.findByAccount('31001234')).toBeNull();
  });
}
