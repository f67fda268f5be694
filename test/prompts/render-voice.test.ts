import { describe, expect, it } from 'vitest';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { NOW, VALUES } from './fixtures.js';

describe('renderVoice (N2 rate, N10 safety)', () => {
  it('wraps Mandarin in a prosody rate of 135/240 = 56% and Cantonese 135/230 = 59%', () => {
    const [zh] = renderVoice([{ key: 'common.ack' }], 'zh-CN');
    const [yue] = renderVoice([{ key: 'common.ack' }], 'yue-HK');
    expect(zh).toEqual({
      text: '好的，明白。',
      ssml: '<prosody rate="56%">好的，明白。</prosody>',
      speech: { ratePercent: 56, parts: ['好的，明白。'] },
      locale: 'zh-CN',
      safety: false,
    });
    expect(yue?.ssml).toBe('<prosody rate="59%">好，明白。</prosody>');
  });

  it('leaves English at the natural rate', () => {
    const [en] = renderVoice([{ key: 'common.ack' }], 'en-US');
    expect(en?.ssml).toBe('Okay, got it.');
  });

  it('takes the rate from the configured natural rate of the voice', () => {
    const [zh] = renderVoice([{ key: 'common.ack' }], 'zh-CN', { naturalRate: { 'zh-CN': 270 } });
    expect(zh?.ssml).toContain('rate="50%"');
  });

  it('says each segment in its own locale, at that locale\'s rate', () => {
    const segments = renderVoice(
      [{ key: 'greeting.offerMandarin' }, { key: 'greeting.offerEnglish', locale: 'en-US' }, { key: 'greeting.offerCantonese', locale: 'yue-HK' }],
      'zh-CN',
    );
    expect(segments.map((s) => s.locale)).toEqual(['zh-CN', 'en-US', 'yue-HK']);
    expect(segments.map((s) => s.ssml.match(/rate="(\d+)%"/)?.[1] ?? null)).toEqual(['56', null, '59']);
  });

  it('marks safety notices so the channel plays them whole (N10)', () => {
    const [advice, wait] = renderVoice([{ key: 'fault.safetyAdvice', safety: true }, { key: 'common.ack' }], 'zh-CN');
    expect(advice?.safety).toBe(true);
    expect(wait?.safety).toBe(false);
  });

  it('escapes values for SSML but not in the spoken text', () => {
    const [segment] = renderVoice([{ key: 'fault.heardAddress', values: { address: 'A&B <路>' } }], 'zh-CN');
    expect(segment?.text).toContain('A&B <路>');
    expect(segment?.ssml).toContain('A&amp;B &lt;路&gt;');
  });

  it('has the hotline and emergency numbers said digit by digit, not a span of time', () => {
    const [welcome, advice, ticket] = renderVoice(
      [{ key: 'greeting.welcome', values: { companyShort: VALUES.company } }, { key: 'fault.safetyAdvice' }, { key: 'fault.ticketCreated', values: { ticket: VALUES.ticket, minutes: 120 } }],
      'zh-CN',
      { now: NOW },
    );
    expect(welcome?.ssml).toContain('<say-as interpret-as="digits">95598</say-as>');
    expect(welcome?.speech.parts).toContainEqual({ digits: '95598' }); // what the TwiML builder nests as <say-as>
    expect(advice?.ssml).toContain('<say-as interpret-as="digits">119</say-as>');
    expect(ticket?.ssml).toContain('2小时内');
    expect(ticket?.ssml).not.toContain('<say-as interpret-as="digits">120');
  });
});
