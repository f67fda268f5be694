import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { catalogueKeys, getCatalogue, placeholders, TEXT_SUFFIX } from '../../src/prompts/catalogue.js';
import { mentionsKeypad } from '../../src/prompts/keypad.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW } from './fixtures.js';

const catalogue = getCatalogue();

describe('medium variants (N25: one flow for phone and chat)', () => {
  it('gives every prompt that mentions keypad keys a _text variant in every locale', () => {
    for (const locale of LOCALES) {
      const entries = catalogue.entries.get(locale)!;
      const missing = catalogueKeys(catalogue, locale).filter(
        (key) => !key.endsWith(TEXT_SUFFIX) && mentionsKeypad(entries.get(key)!, locale) && !entries.has(key + TEXT_SUFFIX),
      );
      expect(missing, locale).toEqual([]);
    }
  });

  it('never mentions keypad keys in a _text variant', () => {
    for (const locale of LOCALES) {
      const entries = catalogue.entries.get(locale)!;
      const withKeys = [...entries].filter(([key, value]) => key.endsWith(TEXT_SUFFIX) && mentionsKeypad(value, locale));
      expect(withKeys.map(([key]) => key), locale).toEqual([]);
    }
  });

  it('never lets a _text variant need a value its voice prompt does not (the engine sends one set)', () => {
    for (const locale of LOCALES) {
      const entries = catalogue.entries.get(locale)!;
      const extra = [...entries]
        .filter(([key]) => key.endsWith(TEXT_SUFFIX))
        .flatMap(([key, value]) => {
          const voice = new Set(placeholders(entries.get(key.slice(0, -TEXT_SUFFIX.length)) ?? '').map((p) => p.name));
          return placeholders(value).filter((p) => !voice.has(p.name)).map((p) => `${key}: ${p.name}`);
        });
      expect(extra, locale).toEqual([]);
    }
  });

  it('gives the keyed prompts of the new flows a chat variant (complaint, report, query, consultation)', () => {
    const zh = catalogue.entries.get('zh-CN')!;
    for (const key of ['menu.selfService', 'menu.complaintOrReport', 'common.isThatRight',
      'report.askType', 'report.askAnonymous', 'query.askWhich', 'consultation.askTopic', 'consultation.offerApplication']) {
      expect(mentionsKeypad(zh.get(key)!, 'zh-CN'), key).toBe(true);
      for (const locale of LOCALES) expect(catalogue.entries.get(locale)!.has(key + TEXT_SUFFIX), `${locale} ${key}`).toBe(true);
    }
  });

  it('chat gets menu.main_text, voice gets menu.main', () => {
    const [chat] = renderText([{ key: 'menu.main' }], 'zh-CN');
    const [voice] = renderVoice([{ key: 'menu.main' }], 'zh-CN');
    expect(chat).toBe(catalogue.entries.get('zh-CN')!.get('menu.main_text'));
    expect(voice?.text).toBe(catalogue.entries.get('zh-CN')!.get('menu.main'));
    expect(voice?.text).toContain('请按1');
    expect(chat).not.toMatch(/按\d/);
  });

  it('chat falls back to the plain key when there is no _text variant', () => {
    expect(renderText([{ key: 'common.ack' }], 'en-US', { now: NOW })).toEqual(['Okay, got it.']);
  });
});
