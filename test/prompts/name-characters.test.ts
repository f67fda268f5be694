import { describe, expect, it } from 'vitest';
import {
  GIVEN_NAME_CHARACTERS_LIST,
  NAME_CHARACTERS,
  NAME_DESCRIPTION_FORBIDDEN,
  SURNAME_CHARACTERS,
} from '../../src/prompts/name-characters.js';
import { formatNameChars } from '../../src/prompts/formatters.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';

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

describe('a contact name read back in every locale, every character of the table (N6, issue 14)', () => {
  const heard = (name: string, locale: 'zh-CN' | 'yue-HK' | 'en-US') =>
    renderVoice([{ key: 'common.contactPerson', values: { name } }], locale)[0]!.text;

  it.each(['zh-CN', 'yue-HK'] as const)('%s: every character, written in either script, is described with its own word', (locale) => {
    const undescribed: string[] = [];
    for (const row of rows) {
      for (const written of new Set([row.simplified, row.traditional])) {
        const said = heard(`李${written}`, locale);
        const description = locale === 'yue-HK' ? row.yue : row.zh;
        if (!said.includes(`，${description}）`) && !said.includes(`（${description}，`) && !said.includes(`（${description}）`)) undescribed.push(`${written}: ${said}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('yue-HK: a surname keeps its character, not the word OpenCC would write (于 not 於, 余 not 餘, 范 not 範); 偉 and 峯 are described', () => {
    expect(heard('于伟', 'yue-HK')).toBe('聯絡人于偉（干鈎于，偉大嘅偉）。');
    expect(heard('余芳', 'yue-HK')).toBe('聯絡人余芳（人字頭嘅余，芬芳嘅芳）。');
    expect(heard('范伟', 'yue-HK')).toBe('聯絡人范偉（范仲淹嘅范，偉大嘅偉）。');
    expect(heard('张峰', 'yue-HK')).toBe('聯絡人張峰（弓長張，山峰嘅峰）。');
    expect(heard('張峯', 'yue-HK')).toBe('聯絡人張峰（弓長張，山峰嘅峰）。'); // the Hong Kong form is the same character
    expect(heard('李豔', 'zh-CN')).toBe('联系人李豔（木子李，鲜艳的艳）。');
  });

  it('en-US: said in pinyin with the surname reading, never described in characters', () => {
    expect(heard('于伟', 'en-US')).toBe('The contact person is Yu Wei.');
    expect(heard('单伟', 'en-US')).toBe('The contact person is Shan Wei.');
    expect(heard('張偉', 'en-US')).toBe('The contact person is Zhang Wei.');
  });
});
