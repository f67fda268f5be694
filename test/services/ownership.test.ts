/**
 * The ownership rule (issue 14, src/services/ownership.ts): what proves a claimant the owner of a
 * work order or an account, the second factor, and whose tries are whose.
 */
import { describe, expect, it } from 'vitest';
import { accountProof, guessKey, ownsOrder, phoneTailMatches, provenAccounts, provenPhone, type Claimant } from '../../src/services/ownership.js';
import type { Customer, WorkOrder } from '../../src/services/ports.js';

const ZHANG: Customer = { account: '3100123456', name: '张伟', phones: ['+8613800138000'], address: '城关区人民路88号', areaId: 'chengguan' };
const order = (phone: string | null, account: string | null = null) => ({ id: '2611250001', phone, account }) as WorkOrder;
const voice = (caller: string | null): Claimant => ({ channel: 'voice', caller, codeVerified: null });
const chat = (caller: string | null, client = 'c1', codeVerified: Claimant['codeVerified'] = null): Claimant => ({ channel: 'chat', caller, codeVerified, client });

describe('who is proven', () => {
  it('voice: the caller ID; chat: only a confirmed code, never the typed number', () => {
    expect(provenPhone(voice('13800138000'))).toBe('+8613800138000');
    expect(provenPhone(chat('+8613800138000'))).toBeNull();
    expect(provenPhone(chat('+8613800138000', 'c1', { account: ZHANG.account, phone: '+8613800138000' }))).toBe('+8613800138000');
    expect(accountProof(voice('+8613800138000'), ZHANG)).toBe('caller_id');
    expect(accountProof(chat('+8613800138000'), ZHANG)).toBeNull();
    expect(accountProof(chat(null, 'c1', { account: ZHANG.account, phone: '+8613800138000' }), ZHANG)).toBe('sms_code');
  });

  it('an order is owned by its filing phone, or through an account the claimant is proven for', () => {
    expect(ownsOrder(voice('+8613800138000'), order('+8613800138000'), [])).toBe(true);
    expect(ownsOrder(voice('+8613012340000'), order('+8613800138000'), [])).toBe(false);
    expect(ownsOrder(chat('+8613800138000'), order('+8613800138000'), [])).toBe(false);
    const caller = voice('+8613800138000');
    expect(ownsOrder(caller, order('+8613912345678', ZHANG.account), provenAccounts(caller, [ZHANG]))).toBe(true);
    expect(ownsOrder(caller, order(null, '3100999999'), provenAccounts(caller, [ZHANG]))).toBe(false);
  });
});

describe('the second factor: the last 4 digits of the contact phone', () => {
  it('matches only the 4 digits, exactly', () => {
    expect(phoneTailMatches(order('+8613800138000'), '8000')).toBe(true);
    expect(phoneTailMatches(order('+8613800138000'), '8001')).toBe(false);
    expect(phoneTailMatches(order('+8613800138000'), '38000')).toBe(false);
    expect(phoneTailMatches(order('+8613800138000'), '800')).toBe(false);
    expect(phoneTailMatches(order(null), '0000')).toBe(false); // an anonymous report cannot be claimed
    expect(phoneTailMatches(null, '8000')).toBe(false);
  });
});

describe('whose tries', () => {
  it('a phone caller by number (withheld ones together), a chat by its client, not by the number it typed', () => {
    expect(guessKey(voice('+8613800138000'))).toBe('voice:+8613800138000');
    expect(guessKey(voice(null))).toBe('voice:withheld');
    expect(guessKey(chat('+8613800138000', '203.0.113.7'))).toBe('chat:203.0.113.7');
    expect(guessKey(chat('+8613900000000', '203.0.113.7'))).toBe('chat:203.0.113.7');
  });
});
