import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { formatDigits } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW, VALUES } from './fixtures.js';

describe('digits formatter (N8: account and ticket numbers read back digit by digit)', () => {
  it('Mandarin voice says 1 as 幺, one word per digit', () => {
    expect(formatDigits('3100123456', 'zh-CN', 'voice')).toBe('三 幺 零 零 幺 二 三 四 五 六');
  });

  it('Cantonese voice says 1 as 一', () => {
    expect(formatDigits('3100123456', 'yue-HK', 'voice')).toBe('三 一 零 零 一 二 三 四 五 六');
  });

  it('English voice spaces the digits', () => {
    expect(formatDigits('3100123456', 'en-US', 'voice')).toBe('3 1 0 0 1 2 3 4 5 6');
  });

  it('text keeps the digits, in groups of four', () => {
    expect(formatDigits('3100123456', 'zh-CN', 'text')).toBe('3100 1234 56');
    expect(formatDigits('3456', 'en-US', 'text')).toBe('3456');
  });

  it('ignores spaces in the value and says other characters as they are', () => {
    expect(formatDigits('GD 01', 'zh-CN', 'voice')).toBe('G D 零 幺');
  });
});

describe('the medium reaches the formatter through the t() options', () => {
  it('renders the same prompt as words on voice and as grouped digits in chat', () => {
    const values = { account: VALUES.account, surname: VALUES.surname };
    const [voice] = renderVoice([{ key: 'identity.readBack', values }], 'zh-CN', { now: NOW });
    const [text] = renderText([{ key: 'identity.readBack', values }], 'zh-CN', { now: NOW });
    expect(voice?.text).toContain('三 幺 零 零 幺 二 三 四 五 六');
    expect(text).toContain('3100 1234 56');
  });

  it('reads `medium` from the options of a plain i18next t() call', () => {
    const { i18n } = getCatalogue();
    const replace = { account: '12', surname: '张' };
    expect(i18n.t('identity.readBack', { lng: 'zh-CN', replace, medium: 'voice' })).toContain('户号幺 二，');
    expect(i18n.t('identity.readBack', { lng: 'zh-CN', replace, medium: 'text' })).toContain('户号12，');
  });
});
