/**
 * Forbidden service phrases (服务忌语, N5) and rhetorical or interrogating patterns (N1), per
 * locale, from /work/shared/phrases.md with Cantonese and English equivalents in spirit:
 * dismissive, blaming, impatient, rhetorical.
 *
 * A phrase is literal text; "…" (or "...") stands for a few words inside the same sentence
 * (难道…吗). Punctuation and spaces inside a phrase do not matter; English ignores case.
 * Extend it without a code change: FORBIDDEN_PHRASES_FILE names a JSON file
 * {"zh-CN": [...], "yue-HK": [...], "en-US": [...]} whose phrases are added to these.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLocale, LOCALES, type Locale } from '../core/locale.js';

export type PhraseList = Readonly<Record<Locale, readonly string[]>>;

export const FORBIDDEN_PHRASES: PhraseList = {
  'zh-CN': [
    '不知道', '不归我们管', '不归我管', '我管不了', '你问我,我问谁', '没看见我正忙着吗', '我正忙着呢',
    '急什么', '着什么急', '等着吧', '我就这态度', '有意见找领导去', '你去投诉吧', '爱找谁找谁',
    '下班了,明天再来', '不是告诉你了吗', '说了多少遍了', '怎么还不明白', '你听清楚了没有',
    '这是规定,我也没办法', '不行就是不行', '有话快说', '快点说', '你自己看', '谁说的你找谁',
  ],
  'yue-HK': [
    '唔知', '唔關我哋事', '唔关我哋事', '唔關我事', '我管唔到', '你問我,我問邊個', '冇見我好忙咩', '我好忙呀',
    '急咩', '急乜嘢', '等住啦', '我就係咁嘅態度', '有意見搵領導', '你去投訴啦', '鍾意搵邊個就搵邊個',
    '放工喇,聽日再嚟', '唔係同你講咗咩', '講咗幾多次', '點解仲唔明', '你聽清楚未', '呢個係規定,我都冇辦法',
    '唔得就係唔得', '有嘢快啲講', '快啲講', '快啲讲', '你自己睇', '邊個講嘅你搵邊個',
  ],
  'en-US': [
    "I don't know", 'not our problem', 'not my problem', 'not my job', 'calm down', 'as I already told you',
    'I already told you', 'you should have', "that's the rule", 'nothing I can do', 'hurry up', 'go complain',
  ],
};

/** Rhetorical or interrogating patterns (N1): never, in any prompt. */
export const RHETORICAL_PATTERNS: PhraseList = {
  'zh-CN': ['难道…吗', '不是…吗', '你到底', '凭什么', '怎么又', '你怎么连…都'],
  'yue-HK': ['難道…咩', '難道…嗎', '唔係…咩', '你究竟', '你到底', '憑乜', '凭乜', '憑什麼', '點解又', '点解又', '你點解連…都'],
  'en-US': ["why didn't you", 'how many times', "what's wrong with you", "don't you understand", 'why on earth'],
};

/** The environment variable naming a JSON file of extra phrases. */
export const FORBIDDEN_PHRASES_ENV = 'FORBIDDEN_PHRASES_FILE';

/** Reads an extension file {"zh-CN": [...], ...}; unknown locales and non-string entries are errors. */
export function readPhraseFile(path: string): Partial<Record<Locale, string[]>> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new Error(`${FORBIDDEN_PHRASES_ENV}: cannot read ${path}: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${FORBIDDEN_PHRASES_ENV}: ${path} must hold an object {"zh-CN": [...], ...}`);
  }
  const out: Partial<Record<Locale, string[]>> = {};
  for (const [locale, phrases] of Object.entries(data)) {
    if (!isLocale(locale)) throw new Error(`${FORBIDDEN_PHRASES_ENV}: unknown locale "${locale}" in ${path}`);
    if (!Array.isArray(phrases) || !phrases.every((p) => typeof p === 'string' && p.trim() !== '')) {
      throw new Error(`${FORBIDDEN_PHRASES_ENV}: "${locale}" in ${path} must be a list of non-empty strings`);
    }
    out[locale] = phrases as string[];
  }
  return out;
}

/** Built-in phrases and patterns, plus those of FORBIDDEN_PHRASES_FILE when it is set. */
export function forbiddenPhrases(env: NodeJS.ProcessEnv = process.env): PhraseList {
  const extra = env[FORBIDDEN_PHRASES_ENV] ? readPhraseFile(env[FORBIDDEN_PHRASES_ENV]) : {};
  const merged = {} as Record<Locale, readonly string[]>;
  for (const locale of LOCALES) {
    merged[locale] = [...FORBIDDEN_PHRASES[locale], ...RHETORICAL_PATTERNS[locale], ...(extra[locale] ?? [])];
  }
  return merged;
}
