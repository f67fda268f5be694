/**
 * Simplified to traditional characters for Cantonese (issue 14 item 4): names, addresses and the
 * caller's words are stored as written on the Mandarin side (张伟, 城关区人民路88号); a Cantonese
 * caller reads and hears them in Hong Kong characters (張偉, 城關區人民路88號). OpenCC's phrase
 * dictionaries (opencc-js, cn -> hk) convert by word, not character by character (发 -> 發/髮).
 */
import * as OpenCC from 'opencc-js';

let converter: ((text: string) => string) | null = null;

/**
 * Cantonese words OpenCC takes for Mandarin ones: 晒 (all, 冇晒電, 多謝晒) is not 曬 (to dry in the
 * sun); after a verb or 冇 it is the Cantonese particle, as the caller said or typed it (issue 14).
 */
const CANTONESE_AFTER_CONVERSION: readonly [RegExp, string][] = [[/([冇無没沒完走食用壞坏停熄斷断黑晒曬謝谢哂齊齐])曬/gu, '$1晒']];

export function toTraditional(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'cn', to: 'hk' }));
  return CANTONESE_AFTER_CONVERSION.reduce((converted, [pattern, replacement]) => converted.replace(pattern, replacement), convert(text));
}
