import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { catalogueKeys, getCatalogue, TEXT_SUFFIX } from '../../src/prompts/catalogue.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import {
  CHARACTER_LOCALES,
  estimateSpokenSeconds,
  N2_MAX_CPM,
  N2_MIN_CPM,
  ratePercentFor,
  spokenCharacterCount,
} from '../../src/prompts/speech-rate.js';
import { NOW, VALUES } from './fixtures.js';

describe('spoken length (N2)', () => {
  it('counts Han characters and digits, not punctuation, spaces or Latin letters', () => {
    expect(spokenCharacterCount('您好，欢迎致电95598！')).toBe(11);
    expect(spokenCharacterCount('三 幺 零 零')).toBe(4);
    expect(spokenCharacterCount('请选择“English”。')).toBe(3);
  });

  it('estimates seconds from characters at the rate, plus pauses inside the prompt', () => {
    // 12 characters at 240 * 50% = 120 per minute: 6 s, plus one clause pause.
    expect(estimateSpokenSeconds('一二三四五六，七八九十一二。', 'zh-CN', 50)).toBeCloseTo(6 + 0.15, 5);
    expect(estimateSpokenSeconds('一二三四五六七八九十一二', 'zh-CN', 100)).toBeCloseTo(3, 5);
  });

  it('estimates English by words', () => {
    expect(estimateSpokenSeconds('one two three', 'en-US', 100, { naturalRate: { 'en-US': 180 } })).toBeCloseTo(1, 5);
  });

  it('sets the rate so that 135 characters a minute are spoken', () => {
    expect(ratePercentFor('zh-CN')).toBe(56);
    expect(ratePercentFor('yue-HK')).toBe(59);
    expect(ratePercentFor('en-US')).toBeNull();
  });
});

describe('every Mandarin and Cantonese prompt is spoken at 120-150 characters a minute (N2)', () => {
  const catalogue = getCatalogue();
  const spoken = (key: string) => !key.endsWith(TEXT_SUFFIX) && !key.startsWith('hints.') && !key.startsWith('choice.');

  for (const locale of CHARACTER_LOCALES) {
    it(`${locale}`, () => {
      const outside: string[] = [];
      for (const key of catalogueKeys(catalogue, locale).filter(spoken)) {
        const [segment] = renderVoice([{ key, values: VALUES }], locale, { now: NOW });
        const rate = Number(segment!.ssml.match(/^<prosody rate="(\d+)%">/)?.[1]);
        const cpm = (spokenCharacterCount(segment!.text) / estimateSpokenSeconds(segment!.text, locale, rate)) * 60;
        if (!(cpm >= N2_MIN_CPM && cpm <= N2_MAX_CPM)) outside.push(`${key}: ${cpm.toFixed(1)}`);
      }
      expect(outside).toEqual([]);
    });
  }

  it('checks the prompts of every locale it should (no locale skipped)', () => {
    expect([...CHARACTER_LOCALES].sort()).toEqual(LOCALES.filter((l) => l !== 'en-US').sort());
  });
});
