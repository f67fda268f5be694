import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbuseLexiconFile, parseAbuseLexicon } from '../../src/nlu/abuse.js';
import { createRecognizerFromEnv } from '../../src/nlu/from-env.js';
import { createRecognizer, recognizeSync } from '../../src/nlu/recognizer.js';

describe('N22: abuse is recognized so the flow can warn the caller', () => {
  it.each([
    ['你他妈的傻逼', 'zh-CN'],
    ['仆街', 'yue-HK'],
    ['屌你老母', 'yue-HK'],
    ['fuck off', 'en-US'],
    ['you stupid machine', 'en-US'],
  ] as const)('%s (%s) -> abuse', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).toBe('abuse');
  });

  it('a request said with an insult keeps its intent and is flagged', () => {
    const r = recognizeSync('他妈的又停电了', 'zh-CN');
    expect(r?.intent).toBe('fault_report');
    expect(r?.entities.abuse).toBe('true');
  });

  it('an insult beats a mere answer or goodbye', () => {
    expect(recognizeSync('滚 再见', 'zh-CN')?.intent).toBe('abuse');
  });

  it('the lexicon is extended by an option', () => {
    const custom = createRecognizer({ abuseLexicon: { 'zh-CN': ['臭虫'] } });
    expect(recognizeSync('你这个臭虫', 'zh-CN')).toBeNull();
    expect(custom.recognizeSync('你这个臭虫', 'zh-CN')?.intent).toBe('abuse');
  });

  it('the lexicon is extended by NLU_ABUSE_LEXICON_FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-abuse-'));
    const file = join(dir, 'abuse.json');
    writeFileSync(file, JSON.stringify({ 'en-US': ['nincompoop'], 'yue-HK': ['蛋散'] }));
    const recognizer = createRecognizerFromEnv({ NLU_ABUSE_LEXICON_FILE: file });
    expect((await recognizer.recognize('you nincompoop', 'en-US'))?.intent).toBe('abuse');
    expect((await recognizer.recognize('你個蛋散', 'yue-HK'))?.intent).toBe('abuse');
    expect((await recognizer.recognize('仆街', 'yue-HK'))?.intent).toBe('abuse'); // defaults kept
  });

  it('a bad lexicon file is a clear configuration error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-abuse-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"fr-FR": ["idiot"]}');
    expect(() => loadAbuseLexiconFile(file)).toThrow(/unknown locale "fr-FR"/);
    expect(() => loadAbuseLexiconFile(join(dir, 'missing.json'))).toThrow(/missing\.json/);
    expect(() => parseAbuseLexicon({ 'zh-CN': 'not a list' })).toThrow(/list of strings/);
  });
});
