import { describe, expect, it } from 'vitest';
import {
  GIVEN_NAME_CHARACTERS_LIST,
  NAME_CHARACTERS,
  NAME_DESCRIPTION_FORBIDDEN,
  SURNAME_CHARACTERS,
} from '../../src/prompts/name-characters.js';
import { formatNameChars } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';

const rows = [...SURNAME_CHARACTERS, ...GIVEN_NAME_CHARACTERS_LIST];

describe('name character dictionary (N6)', () => {
  it('covers at least the 60 most common surnames and 100 given-name characters', () => {
    expect(SURNAME_CHARACTERS.length).toBeGreaterThanOrEqual(60);
    expect(GIVEN_NAME_CHARACTERS_LIST.length).toBeGreaterThanOrEqual(100);
    for (const c of '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董') {
      expect(NAME_CHARACTERS.has(c), c).toBe(true);
    }
  });

  it('uses the customary descriptions', () => {
    const zh = (c: string) => NAME_CHARACTERS.get(c)?.zh;
    expect([zh('张'), zh('李'), zh('王'), zh('陈'), zh('刘'), zh('杨'), zh('黄'), zh('赵'), zh('吴')]).toEqual([
      '弓长张', '木子李', '三横王', '耳东陈', '文刀刘', '木易杨', '草头黄', '走肖赵', '口天吴',
    ]);
    expect([zh('徐'), zh('孙'), zh('胡'), zh('林'), zh('伟'), zh('芳'), zh('明'), zh('华')]).toEqual([
      '双人徐', '子小孙', '古月胡', '双木林', '伟大的伟', '芬芳的芳', '明天的明', '中华的华',
    ]);
  });

  it('never describes a character with a negative word or a villain (N6)', () => {
    const offending = rows.flatMap((row) =>
      [row.zh, row.yue].flatMap((d) => NAME_DESCRIPTION_FORBIDDEN.filter((w) => d.includes(w)).map((w) => `${d}: ${w}`)),
    );
    expect(offending).toEqual([]);
  });

  it('the forbidden list catches the classic mistakes (委鬼魏, 秦桧的秦)', () => {
    for (const bad of ['委鬼魏', '秦桧的秦', '汪精卫的汪', '坏人的坏']) {
      expect(NAME_DESCRIPTION_FORBIDDEN.some((w) => bad.includes(w)), bad).toBe(true);
    }
  });

  it('each description contains the character it describes, in its script', () => {
    const wrong = rows.filter((r) => !r.zh.includes(r.simplified) || !r.yue.includes(r.traditional));
    expect(wrong).toEqual([]);
  });
});

describe('nameChars formatter (N6)', () => {
  it('describes each character in Mandarin', () => {
    expect(formatNameChars('张伟', 'zh-CN')).toBe('张伟（弓长张，伟大的伟）');
  });

  it('describes in Cantonese, finding simplified and traditional names alike', () => {
    expect(formatNameChars('张伟', 'yue-HK')).toBe('张伟（弓長張，偉大嘅偉）'); // the renderer converts the name itself (render-prompt.ts)
    expect(formatNameChars('陳麗', 'yue-HK')).toBe('陳麗（耳東陳，美麗嘅麗）');
  });

  it('says an unknown character as it is', () => {
    expect(formatNameChars('李犇', 'zh-CN')).toBe('李犇（木子李，犇）');
    expect(formatNameChars('犇', 'zh-CN')).toBe('犇');
  });

  it('renders the name in pinyin with its characters in English chat, in pinyin on the English phone (issue 14 item 4)', () => {
    expect(formatNameChars('张伟', 'en-US')).toBe('Zhang Wei (张伟)');
    expect(formatNameChars('张', 'en-US', 'text')).toBe('Zhang (张)');
    expect(formatNameChars('Smith', 'en-US', 'text')).toBe('Smith');
    expect(formatNameChars('张伟', 'en-US', 'voice')).toBe('Zhang Wei');
  });

  it('is wired into the catalogue as {{name, nameChars}}', () => {
    const [text] = renderText([{ key: 'identity.callerAccount', values: { accountTail: '3456', name: '王芳' } }], 'zh-CN');
    expect(text).toContain('王芳（三横王，芬芳的芳）');
  });
});
