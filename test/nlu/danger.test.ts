import { describe, expect, it } from 'vitest';
import { findDanger } from '../../src/nlu/danger.js';
import { normalizeText } from '../../src/nlu/normalize.js';
import { recognizeSync } from '../../src/nlu/recognizer.js';

const DANGER: [string, 'zh-CN' | 'yue-HK' | 'en-US'][] = [
  ['电线掉了', 'zh-CN'],
  ['門口條電線跌咗', 'yue-HK'],
  ['条电线跌咗落地', 'yue-HK'],
  ['a wire is down on my street', 'en-US'],
  ['插座在打火', 'zh-CN'],
  ['冒火花了', 'zh-CN'],
  ['sparks are flying from the box', 'en-US'],
  ['我儿子触电了', 'zh-CN'],
  ['佢俾電電親', 'yue-HK'],
  ['my dad got electrocuted', 'en-US'],
  ['电表着火了', 'zh-CN'],
  ['個電箱燒著咗', 'yue-HK'],
  ['there is a fire in the meter room', 'en-US'],
  ['电箱冒烟', 'zh-CN'],
];

describe('N10: danger keywords always win', () => {
  it.each(DANGER)('%s (%s) is danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).toBe('danger');
  });

  it('wins over every other intent in the same utterance', () => {
    expect(recognizeSync('我要投诉 电线掉在地上了', 'zh-CN')?.intent).toBe('danger');
    expect(recognizeSync('转人工 插座冒烟了', 'zh-CN')?.intent).toBe('danger');
    expect(recognizeSync('他妈的电线掉了', 'zh-CN')?.intent).toBe('danger');
    expect(recognizeSync('I want to check my bill but there are sparks at the meter', 'en-US')?.intent).toBe('danger');
    expect(recognizeSync('是的 有火花', 'zh-CN')?.intent).toBe('danger');
  });

  it('applies whatever the locale of the call', () => {
    expect(recognizeSync('电线掉了', 'en-US')?.intent).toBe('danger');
    expect(recognizeSync('the wire is down', 'zh-CN')?.intent).toBe('danger');
  });

  it('is not cancelled by a negation: safety over precision', () => {
    expect(recognizeSync('没有冒烟 就是没电了', 'zh-CN')?.intent).toBe('danger');
  });

  it('is sure of itself', () => {
    expect(recognizeSync('电线掉了', 'zh-CN')?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('does not fire on ordinary faults and wires', () => {
    for (const t of ['我家停电了', '电线老化了想换一下', '漏电保护器老是跳', '私拉电线', '电费太高了']) {
      expect(findDanger(normalizeText(t)), t).toBeNull();
    }
    for (const t of ['my power is out', 'you are fired', 'I am shocked by my bill']) {
      expect(findDanger(normalizeText(t)), t).toBeNull();
    }
  });
});
