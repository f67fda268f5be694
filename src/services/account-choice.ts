/**
 * Which of a caller's two accounts his words name (issue 14): "底商那个", "建設路6號底商嗰個",
 * "the shop" choose the account at 城南区建设路6号底商 over the one at …6号1栋. An agent who sees
 * both addresses listens for the part that tells them apart: here what follows the shared
 * 城南区建设路6号. English callers name that part in English (底商 the shop, 1栋 building 1).
 */

/** Traditional characters of address words, folded so 建設路6號 matches 建设路6号. */
const FOLD: Readonly<Record<string, string>> = {
  號: '号', 棟: '栋', 區: '区', 設: '设', 樓: '楼', 層: '层', 鋪: '铺', 門: '门', 車: '车', 庫: '库', 單: '单', 間: '间', 鎮: '镇', 鄉: '乡', 縣: '县', 東: '东', 園: '园', 廈: '厦', 場: '场', 閣: '阁', 頂: '顶', 電: '电', 房: '房',
};
const DIGITS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 两: '2', 兩: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function fold(text: string): string {
  return [...text.toLowerCase()]
    .map((c) => FOLD[c] ?? c)
    .join('')
    .replace(/[一二两兩三四五六七八九](?=[栋幢座楼层号单])/gu, (d) => DIGITS[d] ?? d)
    .replace(/[\s,，。.、!！?？'’"“”]+/gu, '');
}

/** English words for the parts of a premises that tell two accounts apart. */
const ENGLISH: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/底商|商铺|门面|铺面|门市/u, /\b(?:shop|store|shopfront|storefront|commercial)\b/iu],
  [/车库/u, /\bgarage\b/iu],
  [/地下室/u, /\bbasement\b/iu],
  [/\d+[栋幢座]/u, /\b(?:flat|apartment|building|block)\b/iu],
];

/** What one address has that the other has not: the part after what they share. */
function distinctive(address: string, other: string): string {
  const a = fold(address);
  const b = fold(other);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i);
}

function names(said: string, part: string): boolean {
  if (part === '') return false;
  if (fold(said).includes(part)) return true;
  return ENGLISH.some(([chinese, english]) => chinese.test(part) && english.test(said));
}

/** The index (0 or 1) of the account whose address the words name, or null when they name neither or both. */
export function accountNamed(said: string, addresses: readonly [string, string]): 0 | 1 | null {
  const [first, second] = addresses;
  const byFirst = names(said, distinctive(first, second));
  const bySecond = names(said, distinctive(second, first));
  if (byFirst === bySecond) return null;
  return byFirst ? 0 : 1;
}
