import { describe, expect, it } from 'vitest';
import { matchYesNo, turnsAway, yesNo } from '../../src/nlu/yes-no.js';
import { normalizeText } from '../../src/nlu/normalize.js';

describe('yesNo (N8 confirmations, N10 "is there danger?")', () => {
  it.each(['是', '是的', '对', '对的', '没错', '好的', '嗯是', '嗯 对的', '对对对 就是这个号码', '可以'])('zh-CN yes: %s', (t) => {
    expect(yesNo(t, 'zh-CN')).toBe('yes');
  });
  it.each(['係', '係呀', '啱', '冇錯', '好呀', '係呀係呀'])('yue-HK yes: %s', (t) => {
    expect(yesNo(t, 'yue-HK')).toBe('yes');
  });
  it.each(['yes', 'yeah', 'correct', 'right', 'uh yes it is', 'well yes', 'uh-huh'])('en-US yes: %s', (t) => {
    expect(yesNo(t, 'en-US')).toBe('yes');
  });

  it.each(['不是', '不对', '没有', '没有没有', '不是 我说的是3100', '不用了谢谢', '错了', '都没有', '啥也没有', '什么都没有', '应该没有', '好像没有', '完全没有', '那倒没有', '木有'])('zh-CN no: %s', (t) => {
    expect(yesNo(t, 'zh-CN')).toBe('no');
  });
  it.each(['唔係', '唔啱', '冇', '唔使喇', '都冇', '乜都冇', '應該冇', '好似冇', '梗係冇啦'])('yue-HK no: %s', (t) => {
    expect(yesNo(t, 'yue-HK')).toBe('no');
  });
  it.each(['no', 'nope', 'wrong', 'no that is not right', "I don't think so", 'nothing', 'none at all', 'not that I can see', 'not that I know of', "I don't see anything"])('en-US no: %s', (t) => {
    expect(yesNo(t, 'en-US')).toBe('no');
  });

  it('"没有" answers "is there danger?" with no, and 没错 is a yes despite its 没', () => {
    expect(yesNo('没有', 'zh-CN')).toBe('no');
    expect(yesNo('没错', 'zh-CN')).toBe('yes');
  });

  it.each([
    ['是不是', 'a question back'],
    ['係唔係呀', 'a question back (Cantonese)'],
    ['有没有搞错', 'a question back'],
    ['不知道', 'not an answer'],
    ['唔知', 'not an answer'],
    ['not sure', 'not an answer'],
    ['没电了', '"no power" is not "no"'],
    ['啱啱停咗電', '啱啱 is "just now"'],
    ['嗯', 'a hesitation, asked again'],
    ["I don't have any power", 'a statement, not an answer'],
    ['', 'nothing said'],
  ])('%s -> null (%s)', (t) => {
    expect(yesNo(t, 'zh-CN')).toBeNull();
  });

  it('answers in either Chinese script and in English in any locale', () => {
    expect(yesNo('對啊', 'yue-HK')).toBe('yes');
    expect(yesNo('OK', 'zh-CN')).toBe('yes');
  });
});

describe('a yes or a no that only opens a statement (issue 9)', () => {
  const turned = (t: string) => turnsAway(matchYesNo(normalizeText(t)) ?? { answer: null, rest: '' });
  it.each(['对，但是我家还是没电', '是的，不过电压还是不稳', '係，但係我屋企仲係冇電', 'yes but I want to complain', 'ok, but the lights are still off', '不是，我是想投诉', '唔係，我想投訴', 'no, I want to report a fault', 'no actually I need a new meter'])(
    '"%s" turns away from its answer',
    (t) => expect(turned(t)).toBe(true),
  );
  it.each(['对', '是的，谢谢', '是的，我家停电了', '係呀，我屋企冇電', 'yes, my power is out', '不是，在人民路88号', '不对，地址错了', 'no thanks', 'butter'])(
    '"%s" does not',
    (t) => expect(turned(t)).toBe(false),
  );
});

// Kinds found on dev-7 (deny and affirm said many ways); said here in other words than its lines.
describe('yes and no said colloquially (issue 9 item 6)', () => {
  it.each(['yesss', 'yeahhh sure', 'you betcha', 'yes sir', 'sounds good', 'mm hmm', 'roger that'])('en-US yes: %s', (t) => {
    expect(yesNo(t, 'en-US')).toBe('yes');
  });
  it.each(['noooo', 'naw', 'nahhh', 'no sir', 'not a chance', 'that is not mine', 'that would be a no', 'there is no danger here', "that's not my phone"])('en-US no: %s', (t) => {
    expect(yesNo(t, 'en-US')).toBe('no');
  });
  it.each(['中', '中 中', '嗯呐', '好嘞', '要得'])('zh-CN yes: %s', (t) => expect(yesNo(t, 'zh-CN')).toBe('yes'));
  it.each(['没事', '冇事', '不是我的'])('a no: %s', (t) => expect(yesNo(t, 'zh-CN')).toBe('no'));

  it('"there is no power" is a statement, not an answer either way', () => {
    expect(yesNo('there is no power in my flat', 'en-US')).toBeNull();
  });

  it('中 and 成 are a yes only alone: 中午停电了 and 成个屋冇电 are statements', () => {
    expect(yesNo('中午停电了', 'zh-CN')).toBeNull();
    expect(yesNo('成个屋冇电', 'yue-HK')).toBeNull();
  });

  it('a no that declines again, or a yes that agrees again, is echoed: the sentence is the answer', () => {
    const m = (t: string) => matchYesNo(normalizeText(t));
    expect(m('不用 不需要麻烦你们')?.echoed).toBe(true);
    expect(m('唔使喇 唔使同我轉')?.echoed).toBe(true);
    expect(m("no thanks, I don't need anything")?.echoed).toBe(true);
    expect(m('好 那就按你说的来')?.echoed).toBe(true);
    expect(m('yeah sounds good to me')?.echoed).toBe(true);
    expect(m('不是，我是想投诉')?.echoed).toBeUndefined();
    expect(m('是的，我家停电了')?.echoed).toBeUndefined();
  });
});
