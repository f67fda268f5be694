import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { hintsFor } from '../../src/prompts/hints.js';

describe('speech hints', () => {
  it('splits the comma-separated hints of an ask', () => {
    expect(hintsFor('menu', 'zh-CN')).toEqual(expect.arrayContaining(['停电', '报修', '查电费', '投诉', '人工']));
    expect(hintsFor('hints.yesNo', 'en-US')).toEqual(expect.arrayContaining(['yes', 'no']));
  });

  it('has hints for every ask in every locale, none empty', () => {
    for (const locale of LOCALES) {
      for (const ask of ['menu', 'yesNo', 'scope', 'language']) {
        const hints = hintsFor(ask, locale);
        expect(hints.length, `${locale} ${ask}`).toBeGreaterThan(2);
        expect(hints.every((h) => h === h.trim() && h.length > 0)).toBe(true);
      }
    }
  });

  it('throws for an ask without hints', () => {
    expect(() => hintsFor('nope', 'zh-CN')).toThrow(/hints\.nope/);
  });
});
