/** The language words are in (issue 9 item 4, N4): told by the writing, for the language offer. */
import { describe, expect, it } from 'vitest';
import { languageOfWords } from '../../src/nlu/language-of.js';

describe('languageOfWords', () => {
  it.each([
    ['喂，你好，我家停电了', 'zh-CN'],
    ['帮我查一下电费', 'zh-CN'],
    ['我想投訴，張單計錯咗', 'yue-HK'],
    ['屋企冇电', 'yue-HK'], // a Cantonese word in simplified characters
    ['停電了', 'yue-HK'], // traditional characters: a Cantonese recognizer or Hong Kong typing
    ['I want to complain, the bill is wrong', 'en-US'],
    ['my power is out', 'en-US'],
    ['個 transformer 爆咗', 'yue-HK'], // an English word inside Cantonese
    ['我要报修 meter box 没电', 'zh-CN'],
    ['hello, is this the power company? 停电', 'en-US'],
  ] as const)('"%s" is %s', (words, locale) => {
    expect(languageOfWords(words)).toBe(locale);
  });

  it.each(['', '123456', '？？', 'ok'])('"%s" says no language', (words) => {
    expect(languageOfWords(words)).toBeNull();
  });
});
