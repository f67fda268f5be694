import { describe, expect, it } from 'vitest';
import { countingFrom, decideBlacklist, DEFAULT_BLACKLIST_POLICY } from '../../src/services/blacklist-policy.js';

const AT = new Date('2026-11-25T03:00:00Z');
const DAY = 86_400_000;
const policy = DEFAULT_BLACKLIST_POLICY;

describe('N23 blacklist policy (pure)', () => {
  it('blacklists at the configured number of abusive calls, for the configured days', () => {
    expect(decideBlacklist({ counts: { abuse: 2, silent_call: 0 }, current: null, at: AT }, policy)).toEqual({ action: 'none' });
    const d = decideBlacklist({ counts: { abuse: 3, silent_call: 0 }, current: null, at: AT }, policy);
    expect(d).toEqual({ action: 'blacklist', reason: '3 abusive calls within 7 days (N23)', expiresAt: new Date(AT.getTime() + 30 * DAY) });
  });

  it('counts silent calls against their own threshold', () => {
    expect(decideBlacklist({ counts: { abuse: 0, silent_call: 4 }, current: null, at: AT }, policy).action).toBe('none');
    expect(decideBlacklist({ counts: { abuse: 0, silent_call: 5 }, current: null, at: AT }, policy).action).toBe('blacklist');
    // Two abusive and four silent calls reach neither threshold: the kinds are not added up.
    expect(decideBlacklist({ counts: { abuse: 2, silent_call: 4 }, current: null, at: AT }, policy).action).toBe('none');
  });

  it('proposes instead of blacklisting in approval mode', () => {
    const d = decideBlacklist({ counts: { abuse: 3, silent_call: 0 }, current: null, at: AT }, { ...policy, approval: true });
    expect(d.action).toBe('propose');
  });

  it('leaves an active or proposed entry as it is; a lifted or expired number can be blacklisted again', () => {
    const counts = { abuse: 5, silent_call: 0 };
    expect(decideBlacklist({ counts, current: 'active', at: AT }, policy).action).toBe('none');
    expect(decideBlacklist({ counts, current: 'proposed', at: AT }, policy).action).toBe('none');
    expect(decideBlacklist({ counts, current: 'lifted', at: AT }, policy).action).toBe('blacklist');
    expect(decideBlacklist({ counts, current: 'expired', at: AT }, policy).action).toBe('blacklist');
  });

  it('follows a configured policy', () => {
    const strict = { abuseCount: 1, silentCount: 2, windowDays: 1, days: 3, approval: false };
    const d = decideBlacklist({ counts: { abuse: 1, silent_call: 0 }, current: null, at: AT }, strict);
    expect(d).toMatchObject({ action: 'blacklist', expiresAt: new Date(AT.getTime() + 3 * DAY) });
  });

  it('counts incidents within the window, and only after the last change to the entry', () => {
    expect(countingFrom(AT, policy, null)).toEqual(new Date(AT.getTime() - 7 * DAY));
    const lifted = new Date(AT.getTime() - 2 * DAY);
    expect(countingFrom(AT, policy, lifted)).toEqual(new Date(lifted.getTime() + 1));
    const longAgo = new Date(AT.getTime() - 40 * DAY);
    expect(countingFrom(AT, policy, longAgo)).toEqual(new Date(AT.getTime() - 7 * DAY));
  });
});
