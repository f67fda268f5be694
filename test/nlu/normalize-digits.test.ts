import { describe, expect, it } from 'vitest';
import { spokenDigits } from '../../src/nlu/normalize-digits.js';

describe('spokenDigits (N8: account and phone numbers are read back)', () => {
  it.each([
    ['幺三五 七七八 洞洞幺二', '1357780012'],
    ['我的户号是 三一零零 一二三四五六', '3100123456'],
    ['零〇一', '001'],
    ['幺两三', '123'],
    ['壹贰叁肆伍陆柒捌玖零', '1234567890'],
    ['１３８ ００１３ ８０００', '13800138000'],
    ['138-0013-8000。', '13800138000'],
    ['两个零 三个八', '00888'],
    ['我個電話係九八七六 五四三二', '98765432'],
  ])('Chinese: %s -> %s', (text, digits) => {
    expect(spokenDigits(text, 'zh-CN')).toBe(digits);
  });

  it.each([
    ['five five five one two one two', '5551212'],
    ['double zero triple five', '00555'],
    ['four one five oh one three two', '4150132'],
    ['call me at 415-555-0132', '4155550132'],
    ['one eight hundred five five five', '1800555'],
    ['twenty one', '21'],
    ['one hundred twenty three', '123'],
  ])('English: %s -> %s', (text, digits) => {
    expect(spokenDigits(text, 'en-US')).toBe(digits);
  });

  it('reads a group with a place value as a cardinal, since the caller said a number', () => {
    expect(spokenDigits('二十三', 'zh-CN')).toBe('23');
    expect(spokenDigits('一百零五', 'zh-CN')).toBe('105');
    expect(spokenDigits('一百二', 'zh-CN')).toBe('120');
  });

  it('ignores words that contain a numeral but are not numbers', () => {
    expect(spokenDigits('我想问一下', 'zh-CN')).toBe('');
    expect(spokenDigits('我查一下户号3100123456', 'zh-CN')).toBe('3100123456');
    expect(spokenDigits('我们这一片两天没电了', 'zh-CN')).toBe('');
    expect(spokenDigits('oh I see, no one told me', 'en-US')).toBe('');
  });

  it('returns an empty string when there are no digits', () => {
    expect(spokenDigits('', 'zh-CN')).toBe('');
    expect(spokenDigits('我家停电了', 'zh-CN')).toBe('');
  });
});

describe('spokenDigits: ASR homophones of digit words (issue 9 item 7)', () => {
  it.each([
    ['幺三九 幺二三四 五六七八', '13912345678', '幺 is 1'],
    ['幺两三', '123', '两 is 2 beside a numeral'],
    ['三幺洞洞幺二三四五六', '3100123456', '洞 is 0 beside a numeral'],
    ['一三衣一二三四五六七八', '13112345678', '衣 for 一'],
    ['三一零零酒八七六五四', '3100987654', '酒 for 九'],
    ['一三九是二三四五六七八', '13942345678', '是 for 四, right between two numerals'],
    ['三一靈靈一二三四五六', '3100123456', 'Cantonese 靈 for 零'],
    ['三一铃零一二三四五六', '3100123456', '铃 for 零'],
  ])('Chinese: %s -> %s (%s)', (text, digits) => {
    expect(spokenDigits(text, 'zh-CN')).toBe(digits);
  });

  it.each([
    ['户号是三一零零一二三四五六', '3100123456'],
    ['一三九，是一三九', '139139'],
    ['是一三九', '139'],
    ['两天没电了', ''],
    ['我要问一下', ''],
  ])('Chinese: the words stay words where they are not inside a number: %s -> %s', (text, digits) => {
    expect(spokenDigits(text, 'zh-CN')).toBe(digits);
  });

  it.each([
    ['one three nine oh one two three four five six seven', '13901234567', '"oh" is 0 inside a number'],
    ['three one oh oh for five six seven ate nine', '3100456789', '"for" 4, "ate" 8'],
    ['one to three four', '1234', '"to" 2'],
    ['one too three', '123', '"too" 2'],
  ])('English: %s -> %s (%s)', (text, digits) => {
    expect(spokenDigits(text, 'en-US')).toBe(digits);
  });

  it.each(['I want to pay for it', 'oh no', 'this one is too late'])('English words stay words: %s', (text) => {
    expect(spokenDigits(text, 'en-US')).toBe('');
  });
});
