/**
 * Chinese addresses and areas for an English speaker (N4, issue 14 item 4): the unit words
 * translated (区 District, 路 Road, 号 the number, 栋 Building, 单元 Unit, 室 Room …), the names in
 * pinyin as one word each, smallest part first as English writes addresses:
 * 城关区人民路88号3栋2单元501 -> Room 501, Unit 2, Building 3, 88 Renmin Road, Chengguan District.
 * A part that is not an address unit (a landmark: 村委会门口) is romanized and said first.
 */
import { romanizeHan, romanizeProperName } from './romanize.js';

/** Administrative and street units, longest first so 号楼 wins over 号 and 街道 over 街. */
const AREA_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['特别行政区', 'SAR'], ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'], ['街道', 'Subdistrict'],
  ['开发区', 'Development Zone'], ['新区', 'New District'], ['社区', 'Community'], ['小区', 'Estate'], ['花园', 'Garden'],
  ['大道', 'Avenue'], ['大街', 'Street'], ['胡同', 'Hutong'],
  ['省', 'Province'], ['市', 'City'], ['区', 'District'], ['县', 'County'], ['镇', 'Town'], ['乡', 'Township'],
  ['村', 'Village'], ['路', 'Road'], ['街', 'Street'], ['巷', 'Lane'], ['弄', 'Lane'], ['里', 'Li'],
];
/** Units written after a number: 88号, 3栋, 2单元, 5层, 501室. */
const NUMBERED: ReadonlyArray<readonly [RegExp, (n: string) => string, 'street' | 'inner']> = [
  [/^(\d+)号楼/u, (n) => `Building ${n}`, 'inner'],
  [/^(\d+)号院/u, (n) => `Compound ${n}`, 'inner'],
  [/^(\d+)号/u, (n) => n, 'street'],
  [/^(\d+)[栋幢座]/u, (n) => `Building ${n}`, 'inner'],
  [/^(\d+)单元/u, (n) => `Unit ${n}`, 'inner'],
  [/^(\d+)[层楼]/u, (n) => `Floor ${n}`, 'inner'],
  [/^(\d+)室?/u, (n) => `Room ${n}`, 'inner'],
];
/**
 * Parts of a premises that callers name (城南区建设路6号底商): said in English, not in pinyin
 * ("Dishang"); simplified and traditional, longest first so 地下车库 wins over 车库.
 */
const PREMISE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['地下车库', 'the underground garage'], ['地下車庫', 'the underground garage'],
  ['地下室', 'the basement'], ['车库', 'the garage'], ['車庫', 'the garage'],
  ['底商', 'the ground-floor shop'], ['门面', 'the shopfront'], ['門面', 'the shopfront'],
  ['铺面', 'the shopfront'], ['鋪面', 'the shopfront'], ['门市', 'the shopfront'], ['門市', 'the shopfront'],
  ['商铺', 'the shop'], ['商鋪', 'the shop'], ['阁楼', 'the attic'], ['閣樓', 'the attic'],
  ['楼顶', 'the roof'], ['樓頂', 'the roof'], ['楼道', 'the stairwell'], ['樓道', 'the stairwell'],
  ['配电房', 'the switch room'], ['配電房', 'the switch room'], ['院子', 'the yard'],
];
const PREMISES = [...PREMISE_WORDS].sort((a, b) => b[0].length - a[0].length);

const AREA_SUFFIX: ReadonlyArray<readonly [string, string]> = [['一带', 'area'], ['附近', 'area'], ['周边', 'area']];
const HAN_RUN = /^\p{Script=Han}+/u;

/** Two roads that meet: 人民路和解放路路口, 人民路与解放路交叉口, 人民路解放路口. */
const JUNCTION = /(大道|大街|路|街)(?:和|与|與|跟|同|、)?(\p{Script=Han}{1,6}?)(大道|大街|路|街)(?:十字路口|交叉路口|交叉口|路口|口)/u;
const ROAD_UNITS: Readonly<Record<string, string>> = { 大道: 'Avenue', 大街: 'Street', 路: 'Road', 街: 'Street' };
const CORNERS: Readonly<Record<string, string>> = {
  东北角: 'northeast corner', 东南角: 'southeast corner', 西北角: 'northwest corner', 西南角: 'southwest corner',
  東北角: 'northeast corner', 東南角: 'southeast corner', 附近: 'area around', 一带: 'area around',
};

/**
 * The address in English, or null when it holds no address unit at all (then it is romanized as text).
 * A junction is said as English says one: 城关区人民路和解放路路口 -> the junction of Renmin Road and
 * Jiefang Road, Chengguan District.
 */
export function englishPlace(value: string): string {
  const junction = JUNCTION.exec(value.trim().replace(/\s+/g, ''));
  if (junction) {
    const text = value.trim().replace(/\s+/g, '');
    const [first, ...around] = englishPlace(text.slice(0, junction.index + junction[1]!.length)).split(', ');
    const second = `${romanizeProperName(junction[2]!)} ${ROAD_UNITS[junction[3]!]}`;
    const tail = text.slice(junction.index + junction[0].length);
    const corner = CORNERS[tail.replace(/^的/u, '')];
    const at = `the junction of ${first} and ${second}`;
    return [corner ? `the ${corner} of ${at}` : [...(tail ? [romanizeHan(tail)] : []), at].join(', '), ...around].join(', ');
  }
  let rest = value.trim().replace(/\s+/g, '');
  let around = false;
  for (const [suffix] of AREA_SUFFIX) {
    if (rest.endsWith(suffix)) {
      rest = rest.slice(0, -suffix.length);
      around = true;
    }
  }
  const areas: string[] = []; // largest first, as written
  const inner: string[] = []; // building, unit, floor, room, as written
  let street: string | null = null; // the last road or street, which a house number belongs to
  const landmark: string[] = [];
  while (rest.length > 0) {
    const numbered = NUMBERED.find(([pattern]) => pattern.test(rest));
    if (numbered && /^\d/.test(rest)) {
      const match = numbered[0].exec(rest)!;
      const said = numbered[1](match[1]!);
      if (numbered[2] === 'street' && street !== null) {
        areas[areas.length - 1] = `${said} ${street}`;
        street = null;
      } else {
        inner.push(numbered[2] === 'street' ? `No. ${said}` : said);
      }
      rest = rest.slice(match[0].length);
      continue;
    }
    const premises = PREMISES.find(([word]) => rest.startsWith(word));
    if (premises) {
      inner.push(premises[1]);
      rest = rest.slice(premises[0].length);
      continue;
    }
    const run = HAN_RUN.exec(rest)?.[0];
    const unit = run ? findUnit(run) : null;
    if (run && unit) {
      const [name, english] = unit;
      const said = `${romanizeProperName(name)} ${english}`;
      areas.push(said);
      street = /Road|Street|Avenue|Lane|Hutong/.test(english) ? said : null;
      rest = rest.slice(name.length + unitLength(run, name));
      continue;
    }
    // Not an address unit: a landmark or the caller's own words, kept in its place as pinyin.
    const piece = run ?? /^[^\p{Script=Han}]+/u.exec(rest)![0];
    landmark.push(romanizeHan(piece));
    rest = rest.slice(piece.length);
  }
  if (areas.length === 0 && inner.length === 0) return romanizeHan(value);
  const parts = [...landmark, ...[...inner].reverse(), ...[...areas].reverse()].filter((p) => p.trim() !== '');
  const said = parts.join(', ');
  return around ? `the ${said} area` : said;
}

/** The shortest name + unit at the start of a run of Han characters (城关区人民路 -> 城关 + 区). */
function findUnit(run: string): readonly [string, string] | null {
  for (let end = 1; end < run.length; end++) {
    const head = run.slice(end);
    const unit = AREA_UNITS.find(([u]) => head.startsWith(u));
    if (unit) return [run.slice(0, end), unit[1]];
  }
  return null;
}

function unitLength(run: string, name: string): number {
  const head = run.slice(name.length);
  return AREA_UNITS.find(([u]) => head.startsWith(u))![0].length;
}
