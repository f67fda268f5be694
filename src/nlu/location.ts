import { findDanger } from './danger.js';
import { normalizeText } from './normalize.js';
import { matchYesNo } from './yes-no.js';

/**
 * Whether an answer to "where is the danger?" can be a place a crew drives to (N8, N10). The
 * caller who has just heard the safety advice often says "对" or "好的", "不知道", "就在门口" or
 * repeats the hazard: none of these is an address, and an urgent order must not be filed at "对".
 * Anything else is taken (and read back to be confirmed): an address is never judged by a list.
 *
 * - yesno: a yes/no word alone ("对", "係", "ok")
 * - unknown: the caller does not know ("不知道", "唔清楚", "not sure")
 * - vague: only words that point ("这里", "我家门口", "outside", "my house"), a hazard, or one character
 * - place: anything else
 */
export type LocationAnswer = 'place' | 'yesno' | 'unknown' | 'vague';

const UNKNOWN =
  /(?:不知道|不晓得|不清楚|不确定|不记得|记不清|说不清|讲不清|搞不清|不太清楚|不太记得|不懂|唔知|唔清楚|唔记得|唔肯定|冇印象|i do not know|i dunno|dunno|do not know|not sure|no idea|can not remember|do not remember|no clue)/g;
// Words that point at a place without naming it; the 家 of a caller we do not know is no address.
const POINTING =
  /(?:就|在|喺|系|是|的|嘅|啲|我|我们|我哋|你|佢|他|她|这|那|呢|嗰|里|边|度|处|儿|个|一下|门口|门前|楼下|楼上|对面|旁边|附近|外面|出面|里面|入面|家里|屋企|家|屋|这里|那里|呢度|嗰度|这边|那边|呢边|嗰边|地址|地方|位置|具体|哪里|边度|哪儿|好像|应该|大概|可能|呀|啊|吧|啦|呢|喇|咯|嘞|吗|了|咗|嘛|哦|喔)/g;
const EN_POINTING =
  /\b(?:it|is|it is|the|a|at|in|on|by|near|right|just|over|here|there|outside|inside|my|our|house|home|place|front|door|street|road|yard|building|address|location|somewhere|around|of|this|that|um|uh|well|like|yeah|yes|ok|okay|sorry|i|am|we|are|think|guess|maybe|probably|out|else|elsewhere|another|other|different|side|down|up|across|from|not|no)\b/g;

export function locationAnswer(text: string): LocationAnswer {
  const normalized = normalizeText(text);
  const yn = matchYesNo(normalized);
  if (yn?.answer && !yn.rest.trim()) return 'yesno';
  const withoutUnknown = normalized.replace(UNKNOWN, ' ');
  const hazard = findDanger(text);
  const named = (hazard ? withoutUnknown.replace(hazard, ' ') : withoutUnknown)
    .replace(/\p{Script=Han}+/gu, (run) => run.replace(POINTING, ' '))
    .replace(EN_POINTING, ' ');
  const han = named.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = named.match(/[a-z]+/g)?.length ?? 0;
  const digits = /\d/.test(named);
  if (han >= 2 || words >= 1 || (digits && (han > 0 || words > 0)) || /\d{2,}/.test(named)) return 'place';
  return withoutUnknown !== normalized ? 'unknown' : 'vague';
}

/** A no that opens the answer, and the word that leads into the place: "不是，在…", "唔係，喺…", "No, it's at …". */
const LEADING_NO_ZH = /^\s*(?:不是|不对|不在(?:家|屋企)?|唔係|唔系|唔啱|唔喺(?:屋企)?)[\s,，、。!！]*(?:是|在|喺|係|系)?\s*/u;
const LEADING_NO_EN = /^\s*(?:no|nope|not there|not at (?:my )?home)\b[\s,.!]*(?:(?:it is|it's|it s|it’s|that is|that's)\s+)?(?:at|on|in)?\s+/iu;

/** A word an address is built of: a number, a road or area unit, a building. */
const ADDRESS_WORD = /\d|[路街道巷弄号號村镇鎮乡鄉区區县縣楼樓栋棟幢座苑园園厦廈场場站桥橋湾灣坊庄莊屯寨堡邨]|\b(?:road|rd|street|st|avenue|ave|lane|drive|dr|way|court|district|village|town|estate|building|block|plaza|park|bridge|station|square|apartments?|complex|tower|mansion|garden|gardens)\b/iu;

/** The words name something an address is built of (a number, a road, a district, a building). */
export function hasAddressWord(text: string): boolean {
  return ADDRESS_WORD.test(text);
}

/** Parts of a premises (底商, 商铺, 车库; shop, garage) name a place at a choice too: "底商那个" chooses an account (issue 14). */
const PREMISES_WORD = /底商|商[铺鋪]|[门門]面|[铺鋪]面|[门門]市|[车車][库庫]|地下室|\b(?:shop|store|shopfront|garage|basement|flat|apartment)\b/iu;

/**
 * At a yes/no question about an offered address ("是在人民路88号吗？"), an answer that names
 * another place instead ("不是，在城关区解放街12号", "No, it's at 12 Jiefang Street"): the place,
 * without the leading no and its locative; null when the answer names none ("不是，在外面").
 */
export function placeInstead(text: string): string | null {
  const rest = text.replace(LEADING_NO_ZH, '').replace(LEADING_NO_EN, '').trim();
  return rest && (ADDRESS_WORD.test(rest) || PREMISES_WORD.test(rest)) && locationAnswer(rest) === 'place' ? rest : null;
}
