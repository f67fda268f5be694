/**
 * The voice channel's emergency phrases (N21): said when the engine cannot be, from the catalogue
 * (locales/<locale>/emergency.json) read at start, in every locale, and held to N5 and N2 too.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { EMERGENCY_KEYS, emergency, emergencyLines, fallbackTwiml, recordedTwiml } from '../../../src/channels/twilio/emergency.js';
import { elements, parseTwiml, textOf } from '../../../src/channels/cli/phone-twiml.js';
import { LOCALES, type Locale } from '../../../src/core/locale.js';
import { lintText } from '../../../src/prompts/phrase-lint.js';
import { estimateSpokenSeconds, PROMPT_BUDGET_SECONDS, ratePercentFor, spokenCharacterCount } from '../../../src/prompts/speech-rate.js';
import { getCatalogue } from '../../../src/prompts/catalogue.js';
import { editedCatalogue } from '../../prompts/fixtures.js';

const voices = loadConfig({}).twilioVoices;
const lines = emergency();
const fixed: [Locale, string][] = Object.values(lines).flatMap((phrase) => LOCALES.map((l): [Locale, string] => [l, phrase[l]]));

describe('the emergency phrases', () => {
  it('N5: none holds a forbidden service phrase, in any locale', () => {
    for (const [locale, text] of fixed) expect(lintText(text, locale), `${locale}: ${text}`).toEqual([]);
  });

  it('N2: Mandarin and Cantonese are said at 120-150 characters a minute', () => {
    for (const [locale, text] of fixed.filter(([l]) => l !== 'en-US')) {
      const perMinute = (spokenCharacterCount(text) / estimateSpokenSeconds(text, locale, ratePercentFor(locale) ?? 100)) * 60;
      expect(perMinute, `${locale}: ${text}`).toBeGreaterThanOrEqual(120);
      expect(perMinute, `${locale}: ${text}`).toBeLessThanOrEqual(150);
    }
  });

  it(`N2: each catalogue line of them takes at most ${PROMPT_BUDGET_SECONDS} s`, () => {
    const keys = [...new Set(Object.values(EMERGENCY_KEYS).flat())];
    for (const locale of LOCALES) {
      for (const key of keys) {
        const text = getCatalogue().entries.get(locale)!.get(key)!;
        expect(estimateSpokenSeconds(text, locale, ratePercentFor(locale) ?? 100), `${locale} ${key}`).toBeLessThanOrEqual(PROMPT_BUDGET_SECONDS);
      }
    }
  });

  it('the lint would catch a forbidden phrase in them', () => {
    expect(lintText('系统繁忙，你问我，我问谁', 'zh-CN')).not.toEqual([]);
  });

  it('N21, N10: the fallback says the catalogue words, the apology and the safety advice before the recording, Mandarin then English', () => {
    const verbs = elements(parseTwiml(fallbackTwiml(voices, '/twilio/fallback/recording')));
    expect(verbs.map((v) => v.name)).toEqual(['Say', 'Say', 'Record', 'Say', 'Say', 'Pause', 'Hangup']);
    expect(textOf(verbs[0]!)).toBe('您好，这里是95598。很抱歉，系统暂时繁忙，给您添麻烦了。如有电线断落、冒火或有人触电，请远离危险地点，不要触碰电线。请在提示音后说出故障地点、情况和您的联系电话，说完请按井号键。');
    expect(textOf(verbs[1]!)).toMatch(/^Hello, this is 95598\. I'm sorry, our system is busy.* stay away.*press the pound key\.$/);
    expect(textOf(verbs[3]!)).toBe('很抱歉，没有收到您的留言，请您稍后再拨打95598。感谢您的来电，再见！');
  });

  it('N4: Cantonese has them too, in Cantonese', () => {
    expect(lines.fallback['yue-HK']).toContain('唔好掂電線');
    expect(lines.recordedThanks['yue-HK']).toBe('你反映嘅情況已經記錄低，我哋會盡快處理同聯絡你。多謝你嘅來電，再見！');
  });

  it('a change in locales/ is what the caller hears (the words are data, not code)', () => {
    const edited = editedCatalogue((files) => {
      files('zh-CN', 'emergency').recordedThanks = '您的留言已经记录，感谢您的来电，再见！';
    });
    expect(textOf(parseTwiml(recordedTwiml(voices, emergencyLines(edited))))).toContain('您的留言已经记录');
  });

  it('a phrase that needs a value, or is missing, stops the start instead of failing a caller later', () => {
    const withValue = editedCatalogue((files) => {
      files('en-US', 'emergency').nothingRecorded = 'Goodbye, {{name, nameChars}}.';
    });
    expect(() => emergencyLines(withValue)).toThrow(/emergency phrase emergency.nothingRecorded \(en-US\) must be fixed text/);
    const missing = editedCatalogue((files) => {
      delete files('yue-HK', 'emergency').fallbackSafety;
    });
    expect(() => emergencyLines(missing)).toThrow();
  });
});
