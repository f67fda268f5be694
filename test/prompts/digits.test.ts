import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { formatDigits } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW, VALUES } from './fixtures.js';

describe('digits formatter (N8, issue 14 item 2: numbers read back digit by digit, in groups)', () => {
  const voice = (value: string, locale: 'zh-CN' | 'yue-HK' | 'en-US') => renderVoice([{ key: 'common.readBackContact', values: { contact: value } }], locale)[0]!;

  it('Mandarin voice says 1 as 幺, a mobile 3-4-4 with a pause between groups', () => {
    const said = voice('13800138000', 'zh-CN');
    expect(said.text).toBe('联系电话幺三八 零零幺三 八零零零。');
    expect(said.ssml).toContain('幺三八<break time="300ms"/>零零幺三<break time="300ms"/>八零零零');
  });

  it('Cantonese and English voices say each group as digits (<say-as interpret-as="digits">), pauses between', () => {
    expect(voice('13800138000', 'yue-HK').text).toBe('聯絡電話一三八 零零一三 八零零零。');
    expect(voice('13800138000', 'yue-HK').ssml).toContain('<say-as interpret-as="digits">138</say-as><break time="300ms"/><say-as interpret-as="digits">0013</say-as>');
    expect(voice('13800138000', 'en-US').text).toBe('Contact number 1 3 8, 0 0 1 3, 8 0 0 0.');
    expect(voice('13800138000', 'en-US').speech.parts).toEqual(['Contact number ', { digits: '138' }, { pause: 300 }, { digits: '0013' }, { pause: 300 }, { digits: '8000' }, '.']);
  });

  it('a landline keeps its area code apart; a ticket and an account go in threes and fours', () => {
    expect(formatDigits('01088886666', 'zh-CN', 'text')).toBe('010 8888 6666');
    expect(formatDigits('02187654321', 'zh-CN', 'text')).toBe('021 8765 4321');
    expect(formatDigits('057187654321', 'zh-CN', 'text')).toBe('0571 8765 4321');
    expect(formatDigits('05718765432', 'zh-CN', 'text')).toBe('0571 876 5432');
    expect(formatDigits('2612050001', 'en-US', 'text')).toBe('261 205 0001');
    expect(formatDigits('3100123456', 'zh-CN', 'text')).toBe('310 012 3456');
    expect(formatDigits('3456', 'en-US', 'text')).toBe('3456');
    expect(voice('057187654321', 'zh-CN').text).toBe('联系电话零五七幺 八七六五 四三二幺。');
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
    expect(voice?.text).toContain('三幺零 零幺二 三四五六');
    expect(text).toContain('310 012 3456');
  });

  it('reads `medium` from the options of a plain i18next t() call', () => {
    const { i18n } = getCatalogue();
    const replace = { account: '12', surname: '张' };
    expect(i18n.t('identity.readBack', { lng: 'zh-CN', replace, medium: 'voice' })).toContain('户号\uE00012\uE001，');
    expect(i18n.t('identity.readBack', { lng: 'zh-CN', replace, medium: 'text' })).toContain('户号12，');
  });
});
