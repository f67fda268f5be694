import { pinyin } from 'pinyin-pro';

/**
 * Speech recognizers write a hazard word with a homophone now and then (便压器 for 变压器,
 * 插坐 for 插座, 电线干 for 电线杆). Before the danger patterns run, a run of characters that
 * sounds exactly like one of these words (same syllables, same tones) is written as the word.
 * Only words whose sound no everyday word shares are listed: 电线 is not (电现在 "the power
 * now..."), nor 触电 (供电处电话) nor 被电 (备电).
 */
const WORDS = ['变压器', '电线杆', '高压线', '配电箱', '配电房', '电表箱', '电缆', '冒烟', '火花', '插座', '电箱'];

const syllables = new Map<string, string>();
function syllable(ch: string): string {
  let s = syllables.get(ch);
  if (s === undefined) {
    s = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { toneType: 'num' }) : '';
    syllables.set(ch, s);
  }
  return s;
}

const BY_SOUND = new Map<string, string>(WORDS.map((w) => [Array.from(w, syllable).join(' '), w]));
const LENGTHS = [...new Set(WORDS.map((w) => w.length))].sort((a, b) => b - a);

/** The text with sound-alike hazard words written as the word; the length never changes. */
export function foldHazardHomophones(text: string): string {
  const chars = Array.from(text);
  if (chars.length !== text.length) return text; // astral characters: leave as said
  const sounds = chars.map(syllable);
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let replaced = false;
    for (const k of LENGTHS) {
      const window = sounds.slice(i, i + k);
      if (window.length < k || window.includes('')) continue;
      const word = BY_SOUND.get(window.join(' '));
      if (word) {
        out += word;
        i += k;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += chars[i++];
  }
  return out;
}
