import { describe, expect, it } from 'vitest';
import type { PromptRef } from '../../src/core/conversation.js';
import { formatNameChars } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { romanizeHan, romanizeName } from '../../src/prompts/romanize.js';
import { editedCatalogue, NOW } from './fixtures.js';

const HAN = /\p{Script=Han}/u;
const ADDRESS = '城关区人民路88号3栋2单元501';
const COMPANY = '国网示范供电公司';

describe('romanizeHan: Han characters as pinyin words for the English voice (N4)', () => {
  it('says an address a word at a time, units as words, numbers apart', () => {
    expect(romanizeHan(ADDRESS)).toBe('Chengguan Qu Renmin Lu 88 Hao 3 Dong 2 Danyuan 501');
    expect(romanizeHan('城關區人民路88號3棟2單元501')).toBe('Chengguan Qu Renmin Lu 88 Hao 3 Dong 2 Danyuan 501');
  });

  it('says an area and the company', () => {
    expect(romanizeHan('东山镇')).toBe('Dongshan Zhen');
    expect(romanizeHan(COMPANY)).toBe('Guowang Shifan Gongdian Gongsi');
  });

  it('reads polyphones as in their word, with an apostrophe where syllables would run together', () => {
    expect(romanizeHan('西安市长安区')).toBe("Xi'an Shi Chang'an Qu");
  });

  it('writes ü as yu (passport spelling) and never a tone mark', () => {
    expect(romanizeHan('绿化带')).toBe('Lyuhua Dai');
    expect(romanizeHan('东山镇部分线路正在抢修')).toMatch(/^[A-Za-z' ]+$/);
  });

  it('turns Chinese punctuation into ASCII and keeps other text exactly', () => {
    expect(romanizeHan('受台风影响，东山镇（部分）线路正在抢修。')).toBe('Shou Taifeng Yingxiang, Dongshan Zhen (Bufen) Xianlu Zhengzai Qiangxiu.');
    expect(romanizeHan('at 东山镇, today')).toBe('at Dongshan Zhen, today');
    expect(romanizeHan('No Chinese here.  Twice  spaced.')).toBe('No Chinese here.  Twice  spaced.');
  });

  it('leaves out a character it cannot read rather than hand Han to the voice', () => {
    expect(romanizeHan('𠀀张')).toBe('Zhang');
  });
});

describe('romanizeName: surname first, with the surname reading', () => {
  it('says surname and given name as two words', () => {
    expect(romanizeName('张伟')).toBe('Zhang Wei');
    expect(romanizeName('陳麗')).toBe('Chen Li');
    expect(romanizeName(' 张伟 ')).toBe('Zhang Wei');
  });

  it('reads a surname by its surname reading (单 Shan, not dan; 曾 Zeng; 区 Ou)', () => {
    expect(romanizeName('单雄信')).toBe('Shan Xiongxin');
    expect(romanizeName('曾经纬')).toBe('Zeng Jingwei');
    expect(romanizeName('区伟')).toBe('Ou Wei');
    expect(romanizeName('吕布')).toBe('Lyu Bu');
  });

  it('keeps a compound surname whole', () => {
    expect(romanizeName('欧阳娜娜')).toBe('Ouyang Nana');
    expect(romanizeName('司马光')).toBe('Sima Guang');
  });

  it('romanizes a name that mixes scripts or spaces', () => {
    expect(romanizeName('张 伟')).toBe('Zhang Wei');
    expect(romanizeName('Li 娜')).toBe('Li Na');
  });

  it('is what the nameChars formatter says on the English phone, and in English chat with the characters', () => {
    expect(formatNameChars('单雄信', 'en-US', 'voice')).toBe('Shan Xiongxin');
    expect(formatNameChars('单雄信', 'en-US', 'text')).toBe('Shan Xiongxin (单雄信)');
    expect(formatNameChars('单雄信', 'en-US')).toBe('Shan Xiongxin (单雄信)');
    expect(formatNameChars('张伟', 'zh-CN', 'voice')).toBe('张伟（弓长张，伟大的伟）');
  });
});

describe('English voice says values in pinyin; English chat adds the characters; the Chinese locales keep the characters', () => {
  const refs: PromptRef[] = [
    { key: 'identity.callerAccount', values: { accountTail: '3456', name: '张伟' } },
    { key: 'fault.heardAddress', values: { address: ADDRESS } },
    { key: 'proactive.intro', values: { company: COMPANY } }, // the company said by its name (the phone's welcome says 95598 only)
  ];

  it('en-US voice: pinyin and no Han character, in the text and the SSML', () => {
    const [caller, address, welcome] = renderVoice(refs, 'en-US', { now: NOW });
    expect(caller?.text).toContain('ending in 3 4 5 6, account holder Zhang Wei.');
    expect(address?.text).toContain('as Room 501, Unit 2, Building 3, 88 Renmin Road, Chengguan District.');
    expect(welcome?.text).toContain('Hello, this is State Grid Shifan Power Supply Company 95598.');
    expect(welcome?.ssml).toContain('Power Supply Company <say-as interpret-as="digits">95598</say-as>');
    for (const segment of [caller, address, welcome]) {
      expect(segment?.text).not.toMatch(HAN);
      expect(segment?.ssml).not.toMatch(HAN);
    }
  });

  it('en-US voice: a surname reading in the read-back', () => {
    const [segment] = renderVoice([{ key: 'identity.readBack', values: { account: '3100123456', surname: '单' } }], 'en-US');
    expect(segment?.text).toContain('family name Shan.');
  });

  it('en-US voice: the caller\'s words and an area are romanized too', () => {
    const [notice] = renderVoice([{ key: 'greeting.announcement', values: { notice: '东山镇部分线路正在抢修。' } }], 'en-US');
    expect(notice?.text).toBe('Important notice: Dongshan Zhen Bufen Xianlu Zhengzai Qiangxiu.');
  });

  it('en-US voice: Han left in the final text (a template of its own) is romanized by the same function', () => {
    const catalogue = editedCatalogue((file) => {
      file('en-US', 'common').ack = 'Okay, 东山镇.';
    });
    const [voice] = renderVoice([{ key: 'common.ack' }], 'en-US', { catalogue });
    const [text] = renderText([{ key: 'common.ack' }], 'en-US', { catalogue });
    expect(voice?.text).toBe('Okay, Dongshan Zhen.');
    expect(text).toBe('Okay, 东山镇.');
  });

  it('en-US chat gives pinyin with the characters beside it (as on the bill)', () => {
    const [caller, address, welcome] = renderText(refs, 'en-US', { now: NOW });
    expect(caller).toContain('account holder Zhang Wei (张伟).');
    expect(address).toContain(`Room 501, Unit 2, Building 3, 88 Renmin Road, Chengguan District (${ADDRESS}).`);
    expect(welcome).toContain('Hello, this is State Grid Shifan Power Supply Company 95598.');
  });

  it('zh-CN voice is unchanged; yue-HK says the values in traditional characters', () => {
    const [caller, address, welcome] = renderVoice(refs, 'zh-CN', { now: NOW });
    expect(caller?.text).toBe('查到您来电号码的账户：尾号三四五六，户名张伟（弓长张，伟大的伟）。');
    expect(address?.text).toBe(`停电地址记下了：${ADDRESS}。`);
    expect(welcome?.text).toBe(`您好！我是${COMPANY}95598。`);
    const [yueCaller, yueAddress] = renderVoice(refs, 'yue-HK', { now: NOW });
    expect(yueCaller?.text).toContain('張偉（弓長張，偉大嘅偉）');
    expect(yueAddress?.text).toContain('城關區人民路88號3棟2單元501');
  });

  it('an English segment in a Mandarin conversation is romanized by its own locale', () => {
    const [zh, en] = renderVoice(
      [
        { key: 'fault.heardAddress', values: { address: '东山镇' } },
        { key: 'fault.heardAddress', values: { address: '东山镇' }, locale: 'en-US' },
      ],
      'zh-CN',
    );
    expect(zh?.text).toContain('东山镇');
    expect(en?.text).toContain('Dongshan Town');
  });
});
