/** The voice channel's fixed phrases (said when the catalogue or the engine cannot be) follow N5 and N2 too. */
import { describe, expect, it } from 'vitest';
import { APOLOGY, FALLBACK_PROMPT, NOTHING_RECORDED, RECORDED_THANKS } from '../../../src/channels/twilio/emergency.js';
import type { Locale } from '../../../src/core/locale.js';
import { lintText } from '../../../src/prompts/phrase-lint.js';
import { estimateSpokenSeconds, ratePercentFor, spokenCharacterCount } from '../../../src/prompts/speech-rate.js';

const fixed: [Locale, string][] = [...(Object.entries(APOLOGY) as [Locale, string][]), ...FALLBACK_PROMPT, ...RECORDED_THANKS, ...NOTHING_RECORDED];

describe('the fixed emergency phrases', () => {
  it('N5: none holds a forbidden service phrase', () => {
    for (const [locale, text] of fixed) expect(lintText(text, locale), `${locale}: ${text}`).toEqual([]);
  });

  it('N2: Mandarin and Cantonese are said at 120-150 characters a minute', () => {
    for (const [locale, text] of fixed.filter(([l]) => l !== 'en-US')) {
      const perMinute = (spokenCharacterCount(text) / estimateSpokenSeconds(text, locale, ratePercentFor(locale) ?? 100)) * 60;
      expect(perMinute, `${locale}: ${text}`).toBeGreaterThanOrEqual(120);
      expect(perMinute, `${locale}: ${text}`).toBeLessThanOrEqual(150);
    }
  });

  it('the lint would catch a forbidden phrase in them', () => {
    expect(lintText('系统繁忙，你问我，我问谁', 'zh-CN')).not.toEqual([]);
  });
});
