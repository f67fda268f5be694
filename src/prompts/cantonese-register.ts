/**
 * Our own Mandarin words said to a Cantonese caller (issue 14): a result a supervisor wrote in
 * Mandarin ("已对相关抄表员批评教育，并上门向您致歉") is put in Hong Kong characters by the
 * renderer, and here its few words of register that sound Mandarin to a Cantonese ear are said the
 * Cantonese way (您 -> 你, 我們 -> 我哋, 致歉 -> 道歉). Only whole words with no other reading:
 * the rest of the sentence is left as written.
 */
const REGISTER: readonly (readonly [RegExp, string])[] = [
  [/向您致歉|向你致歉/gu, '向你道歉'],
  [/致歉/gu, '道歉'],
  [/您們/gu, '你哋'],
  [/您/gu, '你'],
  [/我們/gu, '我哋'],
  [/[他她]們/gu, '佢哋'],
  [/沒有/gu, '冇'],
  [/現在/gu, '而家'],
];

/** Traditional-character text in Cantonese register (the caller's words are never passed here). */
export function inCantoneseRegister(traditional: string): string {
  return REGISTER.reduce((text, [pattern, said]) => text.replace(pattern, said), traditional);
}
