/** Personal data inside free text (a message, a store's error) is masked before it reaches a log line. */
import { describe, expect, it } from 'vitest';
import { MASKED_ADDRESS, maskNumber, maskPersonalData } from '../../src/observability/mask.js';

describe('maskPersonalData', () => {
  it('keeps only the last four digits of phone and account numbers', () => {
    expect(maskPersonalData('call from +8613800138000 about account 3100123456')).toBe('call from +*********8000 about account ******3456');
    expect(maskPersonalData('手机13800138000已登记')).toBe('手机*******8000已登记');
    expect(maskNumber('+8613800138000')).toBe('+*********8000');
  });

  it('replaces a street address whole, with its house number', () => {
    const masked = maskPersonalData('故障地址：城关区人民路88号3栋2单元501，请尽快');
    expect(masked).toBe(`故障地址：${MASKED_ADDRESS}，请尽快`);
    expect(maskPersonalData('东山镇王家村3组12号')).not.toMatch(/王家|12号/);
  });

  it('masks the part of an e-mail address before the @', () => {
    expect(maskPersonalData('reply to zhang.wei@example.com')).toBe('reply to ***@example.com');
  });

  it('leaves ids, counts and short numbers alone: a log line must still find its call', () => {
    const callSid = 'CA1234567890abcdef1234567890abcdef';
    const uuid = 'chat-12345678-1234-4234-8234-123456789012';
    expect(maskPersonalData(`call ${callSid} turn 12 took 1500 ms`)).toBe(`call ${callSid} turn 12 took 1500 ms`);
    expect(maskPersonalData(uuid)).toBe(uuid);
  });
});
