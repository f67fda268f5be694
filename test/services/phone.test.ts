import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/services/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['+8613800138000', '+8613800138000'],
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    ['027-87654321', '+862787654321'],
    ['+1 (415) 555-0100', '+14155550100'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
});
