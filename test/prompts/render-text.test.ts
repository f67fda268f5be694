import { describe, expect, it } from 'vitest';
import type { Ask } from '../../src/core/conversation.js';
import { choiceLabels, renderText } from '../../src/prompts/render-text.js';
import { NOW, VALUES } from './fixtures.js';

describe('renderText (chat)', () => {
  it('renders one bubble per prompt, in order, in the conversation locale', () => {
    expect(
      renderText([{ key: 'greeting.welcome', values: { company: VALUES.company } }, { key: 'common.ack' }], 'zh-CN', { now: NOW }),
    ).toEqual(['您好，欢迎咨询95598，很高兴为您服务。', '好的，明白。']);
  });

  it('renders a prompt in its own locale when the ref says so (each language offered in itself)', () => {
    const texts = renderText(
      [{ key: 'greeting.offerMandarin' }, { key: 'greeting.offerEnglish', locale: 'en-US' }, { key: 'greeting.offerCantonese', locale: 'yue-HK' }],
      'zh-CN',
    );
    expect(texts[1]).toMatch(/^For English/);
    expect(texts[2]).toMatch(/^粵語服務/);
  });

  it('labels quick replies from the choice keys, keeping their ids', () => {
    const ask: Ask = {
      kind: 'choice',
      input: ['text'],
      choices: [
        { id: 'yes', dtmf: '1', label: 'choice.yes' },
        { id: 'no', dtmf: '2', label: 'choice.no' },
      ],
      timeoutSeconds: 300,
      bargeIn: true,
      hints: [],
    };
    expect(choiceLabels(ask, 'yue-HK')).toEqual([
      { id: 'yes', label: '係' },
      { id: 'no', label: '唔係' },
    ]);
    expect(choiceLabels(ask, 'en-US').map((c) => c.label)).toEqual(['Yes', 'No']);
  });

  it('leaves values unescaped for the chat client to escape', () => {
    const [text] = renderText([{ key: 'fault.heardAddress', values: { address: 'A&B <路>' } }], 'zh-CN');
    expect(text).toContain('A&B <路>');
  });
});
