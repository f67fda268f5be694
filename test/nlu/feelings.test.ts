/**
 * What the words tell of the caller's feelings and story (src/nlu/feelings.ts; the words are data
 * in locales/words: mood.upset, story.longWait, story.again). N3: an upset caller is answered
 * softly; N12: a long wait or the same failure again is reacted to. False friends say neither.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { soundsUpset, storyTold } from '../../src/nlu/feelings.js';

const words: Record<Locale, { upset: string[]; calm: string[]; longWait: string[]; again: string[]; neither: string[] }> = {
  'zh-CN': {
    upset: ['怎么搞的，又停电了', '你们太过分了', '气死我了', '搞什么啊', '到底什么时候来电', '几天了还没修好', '报修三天了还没人来', '这什么破服务', '快点行不行！！'],
    calm: ['家里停电了', '我想查一下电费', '我又想问一下', '麻烦你们快点来看看', '三天前我搬了家'],
    longWait: ['停了三天了', '都停了两个小时了', '等了好久都没人来', '从昨天晚上就没电', '好几天了'],
    again: ['又停电了', '这个月第三次了', '老是跳闸', '三天两头停电'],
    neither: ['三天前我搬了家', '我又想问一下', '第一次打电话', '我等了一下', '电又来了', '三天后我要出差'],
  },
  'yue-HK': {
    upset: ['搞乜鬼呀', '報咗三日都未有人嚟', '離晒譜', '激死我', '又停電', '有冇搞錯呀', '頂唔順喇'],
    calm: ['屋企冇電', '我想查下電費', '我想再問一樣嘢'],
    longWait: ['停咗三日喇', '等咗好耐都冇人嚟', '由尋日開始冇電', '兩個鐘都冇電'],
    again: ['又停電', '第三次喇', '成日停電', '又跳掣'],
    neither: ['三日前我搬咗屋', '我想再問一樣嘢', '電又嚟咗'],
  },
  'en-US': {
    upset: ['This is ridiculous', 'Totally unacceptable', "I'm fed up with this", 'The power is out again?!', 'Fix it now!!'],
    calm: ['There is no power at my place', 'I want to ask again about my bill', 'Could you send someone please'],
    longWait: ["It's been out since yesterday", 'No power for three days now', 'Nobody came', 'still no power'],
    again: ['It keeps going off', 'The power is out again', 'This is the third time'],
    neither: ['I moved in three days ago', 'I want to ask again about my bill', 'It is the first time'],
  },
};

describe('N3: words that sound upset, in every locale', () => {
  for (const [locale, w] of Object.entries(words)) {
    it(`${locale}: upset words are heard as upset; plain words, polite hurry and false friends are not`, () => {
      expect(w.upset.filter((text) => !soundsUpset(text))).toEqual([]);
      expect(w.calm.filter((text) => soundsUpset(text))).toEqual([]);
    });
  }
});

describe('N12: a long wait or the same failure again, told in the words', () => {
  for (const [locale, w] of Object.entries(words)) {
    it(`${locale}: "${w.longWait[0]}" tells a long wait, "${w.again[0]}" a failure again; "${w.neither[0]}" neither`, () => {
      expect(w.longWait.map((text) => [text, storyTold(text)])).toEqual(w.longWait.map((text) => [text, 'longWait']));
      expect(w.again.map((text) => [text, storyTold(text)])).toEqual(w.again.map((text) => [text, 'again']));
      expect(w.neither.map((text) => [text, storyTold(text)])).toEqual(w.neither.map((text) => [text, null]));
    });
  }

  it('a failure again goes before the wait it also tells ("又停了，都一晚上了"): the stronger grievance', () => {
    expect(storyTold('又停电了，都停了一晚上了')).toBe('again');
  });
});
