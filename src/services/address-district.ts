/**
 * Whether an address names its district or town (issue 14 item 6): "解放街12号" or "12 Jiefang
 * Street" does not, and the crew's area (its promise, N10) cannot be found from it, so the caller
 * is asked "请问是哪个区/镇"; "城关区解放街12号", "东山镇桃园村", "Chengguan District" do. A compound
 * (小区, 社区, 园区, 景区) or a village is no district: 桃园村 is in some town.
 */

/** Names that end in 区 but are no district: a housing estate, a community, a park, a scenic area. */
const NOT_A_DISTRICT = /[小社园園景][区區]/gu;
/** District, county, town, township, subdistrict, in simplified and traditional characters. */
const DISTRICT_ZH = /[区區县縣镇鎮乡鄉]|街道/u;
const DISTRICT_EN = /\b(?:district|county|town|township|subdistrict)\b/iu;

export function namesDistrict(address: string): boolean {
  return DISTRICT_ZH.test(address.replace(NOT_A_DISTRICT, '')) || DISTRICT_EN.test(address);
}

/**
 * The address with the district the caller added: before it in Chinese (larger unit first,
 * 城关区 + 解放街12号), after it in English ("12 Jiefang Street, Chengguan District"). An answer
 * that already holds the address (the caller said it all again) is the address.
 */
export function withDistrict(address: string, district: string): string {
  // "是城关区的", "喺城關區", "it's in Chengguan District": the district, without its locative.
  const said = district
    .trim()
    .replace(/[。.,，！!？?]+$/u, '')
    .replace(/^(?:(?:就|应该|應該)?(?:是|在|喺|係|系))+/u, '')
    .replace(/(?:的|嘅|那边|嗰度|那里)$/u, '')
    .replace(/^(?:it'?s\s+|it\s+is\s+)?(?:in\s+|at\s+)?(?:the\s+)?/iu, '')
    .trim();
  if (!said) return address;
  const compact = (text: string) => text.toLowerCase().replace(/[\s,，]/gu, '');
  if (compact(said).includes(compact(address))) return said;
  return /[a-z]/iu.test(said) ? `${address}, ${said}` : `${said}${address}`;
}
