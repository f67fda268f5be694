/**
 * Simplified to traditional characters for Cantonese (issue 14 item 4): names, addresses and the
 * caller's words are stored as written on the Mandarin side (张伟, 城关区人民路88号); a Cantonese
 * caller reads and hears them in Hong Kong characters (張偉, 城關區人民路88號). OpenCC's phrase
 * dictionaries (opencc-js, cn -> hk) convert by word, not character by character (发 -> 發/髮).
 */
import * as OpenCC from 'opencc-js';

let converter: ((text: string) => string) | null = null;

export function toTraditional(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'cn', to: 'hk' }));
  return convert(text);
}
