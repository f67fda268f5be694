/**
 * Han characters as pinyin for the English voice (N4: foreign callers get English). An English
 * TTS voice cannot say 张伟 or 城关区人民路88号: it skips or garbles them. The en-US voice
 * says them in pinyin without tone marks, a word at a time: `Zhang Wei`,
 * `Chengguan Qu Renmin Lu 88 Hao 3 Dong 2 Danyuan 501`, `Dongshan Zhen`.
 *
 * Words come from ICU's dictionary word breaker (Intl.Segmenter, built into Node); readings come
 * from pinyin-pro, word by word, so polyphones are read as in the word (长安 chang'an, 单元
 * danyuan, 重庆 chongqing). A name is said surname first with the surname reading (单 Shan,
 * 曾 Zeng, 区 Ou, 欧阳 Ouyang) and the given name as one word (`Shan Xiongxin`).
 *
 * Spelling: each word capitalized, syllables of a word joined, an apostrophe before a syllable
 * starting with a, o or e inside a word (Xi'an, Chang'an), ü written yu (吕 Lyu, 女 nyu: the
 * spelling of Chinese passports, which an English voice says right). Chinese punctuation becomes
 * its ASCII kin (，→ `, `). A character pinyin-pro cannot read is left out: nothing Chinese
 * reaches an English voice. Text without Han characters or Chinese punctuation is returned as is.
 */
import { OutputFormat, pinyin, segment } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
/** Chinese punctuation and the ideographic space, with what an English voice gets instead. */
const CJK_PUNCTUATION: Readonly<Record<string, { text: string; kind: 'close' | 'open' | 'space' }>> = {
  '，': { text: ',', kind: 'close' },
  '、': { text: ',', kind: 'close' },
  '。': { text: '.', kind: 'close' },
  '；': { text: ';', kind: 'close' },
  '：': { text: ':', kind: 'close' },
  '？': { text: '?', kind: 'close' },
  '！': { text: '!', kind: 'close' },
  '）': { text: ')', kind: 'close' },
  '」': { text: '"', kind: 'close' },
  '』': { text: '"', kind: 'close' },
  '》': { text: '"', kind: 'close' },
  '】': { text: ')', kind: 'close' },
  '（': { text: '(', kind: 'open' },
  '「': { text: '"', kind: 'open' },
  '『': { text: '"', kind: 'open' },
  '《': { text: '"', kind: 'open' },
  '【': { text: '(', kind: 'open' },
  '\u3000': { text: ' ', kind: 'space' },
};
const NEEDS_WORK = new RegExp(`[\\p{Script=Han}${Object.keys(CJK_PUNCTUATION).join('')}]`, 'u');
const PIECES = new RegExp(`\\p{Script=Han}+|[${Object.keys(CJK_PUNCTUATION).join('')}]|[^\\p{Script=Han}${Object.keys(CJK_PUNCTUATION).join('')}]+`, 'gu');

/**
 * Single-character place units. Split off a three-character word, so the unit is its own word
 * (西安市 -> Xi'an Shi, as 东山 / 镇 -> Dongshan Zhen); longer words are left whole (高速公路).
 */
const PLACE_UNITS = new Set('省市区县镇乡村街路巷弄号院栋幢楼层室'.split(''));

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a run of Han characters: ICU dictionary breaks, place units on their own, and two
 * single characters that are not units joined (a name the dictionary lacks: 国 网 -> Guowang,
 * 海 淀 -> Haidian).
 */
function hanWords(run: string): string[] {
  const words: string[] = [];
  let single: string | null = null;
  const push = (word: string) => {
    const isSingle = [...word].length === 1 && !PLACE_UNITS.has(word);
    if (single !== null && isSingle) {
      words.push(single + word);
      single = null;
      return;
    }
    if (single !== null) words.push(single);
    single = isSingle ? word : null;
    if (!isSingle) words.push(word);
  };
  for (const { segment: word } of wordSegmenter.segment(run)) {
    const chars = [...word];
    if (chars.length === 3 && PLACE_UNITS.has(chars[2]!)) {
      push(chars.slice(0, 2).join(''));
      push(chars[2]!);
    } else {
      push(word);
    }
  }
  if (single !== null) words.push(single);
  return words;
}

/** Readings of each character of a Han string, toneless; null where pinyin-pro has none. */
function readings(han: string, surname: boolean): (string | null)[] {
  const chars = [...han];
  const said = pinyin(han, { toneType: 'none', type: 'array', ...(surname ? { mode: 'surname', surname: 'head' } : {}) });
  // One reading per character; if pinyin-pro ever groups differently, read character by character.
  const list = said.length === chars.length ? said : chars.map((c) => pinyin(c, { toneType: 'none' }));
  return list.map((reading, i) => {
    const r = reading.trim().toLowerCase();
    return r === '' || r === chars[i] || HAN.test(r) || !/^[a-zü]+$/.test(r) ? null : r.replace(/ü/g, 'yu');
  });
}

/** Syllables as one word: capitalized, with an apostrophe before a, o, e inside it (Xi'an). */
function joinSyllables(syllables: (string | null)[]): string {
  const known = syllables.filter((s): s is string => s !== null);
  const word = known.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A run of Han characters as pinyin words separated by spaces. */
function romanizeRun(run: string, surnameAtHead: boolean): string {
  const words = hanWords(run);
  return words
    .map((word, i) => joinSyllables(readings(word, surnameAtHead && i === 0)))
    .filter((w) => w !== '')
    .join(' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Any text for the English voice: its Han characters as pinyin words, Chinese punctuation as
 * ASCII, spaces added where a pinyin word meets a letter or digit (88号3栋 -> 88 Hao 3 Dong).
 * Everything else is kept exactly. `surname`: the first Han run starts with a surname.
 */
export function romanizeHan(text: string, options: { surname?: boolean } = {}): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  /** The last piece was made here (pinyin or punctuation), not copied from the text. */
  let madeLast: 'word' | 'close' | 'open' | null = null;
  let firstRun = true;
  for (const [piece] of text.matchAll(PIECES)) {
    const last = out.slice(-1);
    if (HAN.test(piece)) {
      const words = romanizeRun(piece, options.surname === true && firstRun);
      firstRun = false;
      if (words === '') continue;
      if (last !== '' && (WORD_CHAR.test(last) || madeLast === 'close')) out += ' ';
      out += words;
      madeLast = 'word';
      continue;
    }
    const mark = CJK_PUNCTUATION[piece];
    if (mark) {
      if (mark.kind === 'space') {
        if (last !== '' && !/\s/.test(last)) out += ' ';
        madeLast = null;
      } else if (mark.kind === 'open') {
        if (last !== '' && (WORD_CHAR.test(last) || madeLast === 'close')) out += ' ';
        out += mark.text;
        madeLast = 'open';
      } else {
        out = out.replace(/ +$/, '') + mark.text;
        madeLast = 'close';
      }
      continue;
    }
    // Text kept as it is; a letter or digit right after pinyin or a mark gets a space.
    if ((madeLast === 'word' && WORD_CHAR.test(piece.charAt(0))) || (madeLast === 'close' && !/^[\s,.;:?!)]/.test(piece))) {
      out += ' ';
    }
    out += piece;
    madeLast = null;
  }
  return out;
}

/**
 * A person's name for the English voice: surname first with its surname reading, then the given
 * name as one word (张伟 Zhang Wei, 单雄信 Shan Xiongxin, 欧阳娜娜 Ouyang Nana). A name that is not
 * all Han characters (张 伟, Li 娜) is romanized as text, the first Han word read as a surname.
 */
export function romanizeName(name: string): string {
  const trimmed = name.trim();
  const chars = [...trimmed];
  if (chars.length < 2 || !chars.every((c) => HAN.test(c))) return romanizeHan(trimmed, { surname: true });
  const said = readings(trimmed, true);
  // pinyin-pro's surname mode matches compound surnames (欧阳, 司马, 万俟) as one segment.
  const head = segment(trimmed, { format: OutputFormat.ZhSegment, mode: 'surname', surname: 'head' })[0] ?? '';
  const surnameLength = chars.length >= 3 && [...head].length === 2 ? 2 : 1;
  return [joinSyllables(said.slice(0, surnameLength)), joinSyllables(said.slice(surnameLength))].filter((w) => w !== '').join(' ');
}

/** A place name as one pinyin word (人民 Renmin, 文三 Wensan, 西安 Xi'an): how road and district names are written in English. */
export function romanizeProperName(han: string): string {
  return joinSyllables(readings(han, false));
}
