import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenPhrases, FORBIDDEN_PHRASES_ENV } from '../../src/prompts/forbidden-phrases.js';
import { lintCatalogue, lintText } from '../../src/prompts/phrase-lint.js';
import { editedCatalogue } from './fixtures.js';

describe('phrase lint (N5 forbidden phrases, N1 never rhetorical)', () => {
  it('finds no forbidden phrase in any prompt of any locale', () => {
    expect(lintCatalogue()).toEqual([]);
  });

  it('catches a forbidden phrase planted in the catalogue, with its locale and key', () => {
    const catalogue = editedCatalogue((file) => {
      file('zh-CN', 'transfer').toAgent = '这是规定，我也没办法，正在为您转接人工客服。';
      file('en-US', 'common').ack_text = 'Please hurry up.';
    });
    expect(lintCatalogue({ catalogue })).toEqual(
      expect.arrayContaining([
        { locale: 'zh-CN', key: 'transfer.toAgent', phrase: '这是规定,我也没办法' },
        { locale: 'en-US', key: 'common.ack_text', phrase: 'hurry up' },
      ]),
    );
  });

  it.each([
    ['zh-CN', '我不知道。', '不知道'],
    ['zh-CN', '你问我我问谁', '你问我,我问谁'],
    ['zh-CN', '难道您没有看电费单吗？', '难道…吗'],
    ['zh-CN', '你到底要办什么？', '你到底'],
    ['yue-HK', '唔關我哋事。', '唔關我哋事'],
    ['yue-HK', '你自己睇啦。', '你自己睇'],
    ['yue-HK', '快啲講啦。', '快啲講'],
    ['en-US', 'I don’t know.', "I don't know"],
    ['en-US', 'Please CALM DOWN, sir.', 'calm down'],
    ['en-US', 'As I already told you, no.', 'as I already told you'],
  ] as const)('%s: "%s" is caught as %s', (locale, text, phrase) => {
    expect(lintText(text, locale)).toContain(phrase);
  });

  it('does not take a yes/no prompt for a rhetorical 不是…吗 across sentences', () => {
    expect(lintText('请问是为这个账户办理吗？是请按1，不是请按2。请问对吗？', 'zh-CN')).toEqual([]);
  });

  it('does not match an English phrase inside another word', () => {
    expect(lintText('We are calm downstream.', 'en-US')).toEqual([]);
  });

  it('honours extra phrases from FORBIDDEN_PHRASES_FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phrases-'));
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ 'zh-CN': ['请您稍候'], 'en-US': ['got it'] }));
    const phrases = forbiddenPhrases({ [FORBIDDEN_PHRASES_ENV]: file });
    expect(phrases['zh-CN']).toContain('不知道');
    const violations = lintCatalogue({ phrases });
    expect(violations).toContainEqual({ locale: 'zh-CN', key: 'transfer.toAgent', phrase: '请您稍候' });
    expect(violations).toContainEqual({ locale: 'en-US', key: 'common.ack', phrase: 'got it' });
  });

  it('reads FORBIDDEN_PHRASES_FILE from the environment by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phrases-'));
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ 'yue-HK': ['明白'] }));
    const before = process.env[FORBIDDEN_PHRASES_ENV];
    process.env[FORBIDDEN_PHRASES_ENV] = file;
    try {
      expect(lintCatalogue()).toContainEqual({ locale: 'yue-HK', key: 'common.ack', phrase: '明白' });
    } finally {
      if (before === undefined) delete process.env[FORBIDDEN_PHRASES_ENV];
      else process.env[FORBIDDEN_PHRASES_ENV] = before;
    }
  });

  it('rejects an extension file with an unknown locale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phrases-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ fr: ['non'] }));
    expect(() => forbiddenPhrases({ [FORBIDDEN_PHRASES_ENV]: file })).toThrow(/unknown locale "fr"/);
  });
});
