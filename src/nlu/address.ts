/**
 * The address in a caller's answer to "where?" (N8): read back and acted on in the engine's words,
 * not glued on verbatim. "在就在我家，城关区人民路88号，就是昨天报修的事" -> 城关区人民路88号;
 * "嗯 我家在人民路和解放路路口那边" -> 人民路和解放路路口; "It's at 88 Renmin Road, Chengguan
 * District, the one I reported yesterday" -> 88 Renmin Road, Chengguan District.
 *
 * The parts of the answer that hold address units (区, 路, 号, 栋, 小区, 路口, road, district …) are
 * kept, in the caller's order, with the words around them that only lead in ("就在我家", "it's at")
 * or trail off ("那边", "就是昨天报修的事") taken off. An answer with no address unit (a landmark:
 * "村委会门口") is kept as it was said: an address is never judged by a list of places.
 */

/** Han address units; a 路 of 线路/电路/走路 and a number of seven digits or more (a phone) are none. */
const HAN_UNIT =
  /(?<=[\p{Script=Han}\d])(?:省|市(?!场|場)|[区區县縣镇鎮乡鄉村邨](?!委|民|里|裡|口)|[街巷弄](?!坊|道)|[苑])|街道|大道|大街|十字路口|交叉口|路口|(?<![线線电電走问問带帶门門出套马馬思])路(?!过|過|上|线|線)|胡同|小[区區]|社[区區]|花[园園]|新村|大[厦廈]|广场|廣場|公寓|屋苑|(?<!\d)\d{1,6}(?!\d)\s*(?:号楼|號樓|号院|號院|[号號栋棟幢座层層楼樓室]|单元|單元)?/gu;
const EN_UNIT =
  /\b(?:road|rd|street|st|avenue|ave|lane|ln|district|town|township|village|county|city|building|bldg|block|unit|room|floor|apartment|apt|estate|garden|gardens|junction|crossing|corner|intersection|no)\b|(?<!\d)\d{1,6}(?!\d)/giu;
const PHONE = /\d{7,}/u;

/** Words that lead in to an address; taken off its front again and again ("在就在我家" -> ""). */
const HAN_LEAD =
  /^(?:嗯+|呃+|啊+|哦+|喔+|我想查一下|我想查|我要查|想查|查一下|查询一下|查询|查詢|問一下|问一下|请问|請問|那个|那個|这个|這個|就是|就係|即係|就在|就喺|是在|係喺|我家里|我家裡|我家|我们家|我們家|我屋企|屋企|我哋|我住在|我住|住在|位于|位於|地址是|地址係|地址|地点是|地點係|地点|地點|好像|应该|應該|大概|可能|我这边|我這邊|我这|我這|在|喺|係|是|系|就|住|的|嘅|：|:)/u;
/** Words that trail off after the address; the position words (门口, 对面, 附近 …) stay: they help a crew. */
const HAN_TRAIL = /(?:吧|呢|啊|呀|啦|喇|咯|嘞|嘛|的|嘅|了|咗|那里|那裡|那边|那邊|这里|這裡|这边|這邊|嗰度|呢度|嗰邊|呢邊|那儿|那兒|那块|那塊)$/u;
/** Words that start a new clause after the address ("人民路88号就是昨天报修的事"): the rest goes. */
const CLAUSE = /^(?:就是|就係|即係|是|係|的事|嘅事|那个|那個|这个|這個|这边|這邊|那边|那邊|因为|因為|然后|然後|已经|已經|昨天|今天|琴日|今日|前天|停电|停電|没电|沒電|冇電|报修|報修|还|還|又|也|都|一直|我|你|他|她|佢)/u;
const POSITION = /^(?:门口|門口|门前|門前|旁边|旁邊|隔壁|对面|對面|附近|一带|一帶|周边|周邊|后面|後面|前面|楼下|樓下|侧|側|东侧|西侧|南侧|北侧)/u;
const EN_LEAD = /^(?:um+|uh+|er+|well|so|yes|yeah|ok(?:ay)?|it'?s|it is|that'?s|that is|the address is|my address is|the place is|i live|we live|i'm|i am|we are|we're|located|right|just|at|in|on)\b[\s,]*/iu;
const EN_TRAIL = /[\s,]*\b(?:please|thanks|thank you|i think|i guess|there|here)$/iu;

export function addressIn(text: string): string {
  const { clauses, best, latin, said } = addressRun(text);
  if (!best) return clauses.filter((c) => c !== '').join(latin ? ', ' : '') || said;
  return best.address;
}

/** Words that tell the fault, not where it is: said in passing, they end the clause of an address ("停电了", "has no power at"). */
const TELLS_FAULT =
  /停电了?|停電了?|没电了?|沒電了?|冇電|有电了?|有電|断电了?|斷電了?|\s*\b(?:(?:has|have|there is|we have|i have|got)\s+)?(?:no power|no electricity|power is out|power is off|a power cut|power cut|an outage|outage|blackout)\b(?:\s+(?:at|in|on))?\s*/giu;
/** "整栋楼都", "成條街": the extent of the outage, said beside an address, is no part of it. */
const WHOLE_OF = /(?:整|成|全)(?:栋|棟|幢|座|个|個|条|條)?(?:楼|樓|小区|小區|屋苑|村|街|区|區|片)都?/u;
/** Address units enough to take words said in passing as an address ("城关区人民路88号", "12 Jiefang Street"); "我们小区" is not. */
const MIN_UNITS_IN_PASSING = 2;

/**
 * The address in words said in passing, when they hold one (at the menu: "我家停电了，城关区人民路88号"
 * -> 城关区人民路88号; "the whole street has no power, 12 Jiefang Street" -> 12 Jiefang Street), else
 * null: two address units at least, the words that tell the fault taken out ("我们小区停电了" names none).
 */
export function namedAddress(text: string): string | null {
  // English said in passing runs the fault and the place together ("my lights keep flickering at 12
  // Jiefang Street"): the address is the run from its number to its road (and district), nothing around it.
  if (!/\p{Script=Han}/u.test(text)) {
    const en = EN_IN_PASSING.exec(text);
    if (en) return en[0].trim();
  }
  let found: { address: string; units: number } | null = null;
  for (const part of text.split(TELLS_FAULT).flatMap((p) => p.split(WHOLE_OF))) {
    const { best } = addressRun(part);
    if (best && (!found || best.units > found.units)) found = best;
  }
  return found && found.units >= MIN_UNITS_IN_PASSING ? found.address : null;
}

const EN_ROAD = '(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|court|ct|place|pl|alley|highway|hwy)';
const EN_AREA = '(?:district|town|township|village|county|city|estate)';
/** "Room 501, Building 3, 88 Renmin Road, Chengguan District", "12 Jiefang Street", "No. 18 Hekou Village". */
const EN_IN_PASSING = new RegExp(
  `(?:\\b(?:room|flat|unit|apt|apartment|building|block|bldg)\\s*\\w+,?\\s*)*(?:\\bno\\.?\\s*)?\\b\\d{1,6}[a-z]?,?\\s+(?:[a-z]+\\s+){0,3}?(?:${EN_ROAD}|${EN_AREA})\\b(?:,?\\s*(?:[a-z]+\\s+){1,2}?${EN_AREA}\\b)?`,
  'iu',
);

/** The clauses of an answer and the run of neighbouring ones that holds the most address units ("城关区，人民路88号"). */
function addressRun(text: string) {
  // A phone number typed in groups ("139 1234 5678") is one number, never three address numbers.
  const said = text.normalize('NFKC').trim().replace(/\d(?:[\s-]?\d){6,}/gu, (n) => n.replace(/[\s-]/gu, ''));
  const latin = (said.match(/[a-z]/giu)?.length ?? 0) > (said.match(/\p{Script=Han}/gu)?.length ?? 0);
  const clauses = (latin ? said.split(/[,;!?，；！？。]|\.(?=\s|$)/u) : said.split(/[\s,;!?，；！？。、.]+/u)).map((c) => (latin ? trimEnglish(c) : trimHan(c)));
  const scores = clauses.map((c) => (PHONE.test(c) ? 0 : (c.match(latin ? EN_UNIT : HAN_UNIT)?.length ?? 0) || (placeName(c, latin) ? 0.5 : 0)));
  let run: [number, number, number] | null = null;
  for (let start = 0; start < clauses.length; start++) {
    let sum = 0;
    for (let end = start; end < clauses.length && scores[end]! > 0; end++) {
      sum += scores[end]!;
      if (!run || sum > run[2]) run = [start, end, sum];
    }
  }
  const kept = run ? clauses.slice(run[0], run[1] + 1).filter((c) => c !== '') : [];
  const best = run ? { address: latin ? kept.join(', ') : kept.map(cutTail).join(''), units: run[2] } : null;
  return { clauses, best, latin, said };
}

/** A short name beside the address ("河口村20号，西河", "Hekou Village, Xihe"): a part of it. */
function placeName(clause: string, latin: boolean): boolean {
  return latin ? /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/u.test(clause) : /^\p{Script=Han}{2,4}$/u.test(clause) && !CLAUSE.test(clause);
}

function trimHan(clause: string): string {
  let c = clause.trim();
  // "昨天下午在城关区营业厅", "我家在人民路": what comes before the last 在/喺 ahead of the first unit leads in.
  const first = c.search(HAN_UNIT);
  const at = first > 0 ? Math.max(c.lastIndexOf('在', first), c.lastIndexOf('喺', first)) : -1;
  if (at >= 0 && at < first) c = c.slice(at + 1);
  for (let before = ''; before !== c; ) {
    before = c;
    c = c.replace(HAN_LEAD, '').replace(HAN_TRAIL, '');
  }
  return c;
}

function trimEnglish(clause: string): string {
  let c = clause.trim();
  for (let before = ''; before !== c; ) {
    before = c;
    c = c.replace(EN_LEAD, '').replace(EN_TRAIL, '').trim();
  }
  return c;
}

/** What follows the last address unit of a clause when it starts another clause: "人民路88号就是昨天报修的事". */
function cutTail(clause: string): string {
  let end = -1;
  for (const match of clause.matchAll(HAN_UNIT)) end = match.index + match[0].length;
  if (end <= 0 || end >= clause.length) return clause;
  const rest = clause.slice(end);
  return CLAUSE.test(rest) && !POSITION.test(rest) ? trimHan(clause.slice(0, end)) : clause;
}

const EN_STREET = '(?:[Rr]oad|[Ss]treet|[Aa]venue|[Ll]ane|[Dd]istrict|[Tt]own|[Vv]illage|[Ee]state|[Gg]ardens?|[Bb]uilding|[Mm]arket|[Ss]quare)';
/** "12 Jiefang Street, Dongshan Town": a number, a name and a unit, and the names of larger places after it. */
const EN_PLACE = new RegExp(`\\b(?:\\d{1,6}\\s+)?(?:[A-Z][a-z]+\\s+){1,3}${EN_STREET}\\b(?:,?\\s+(?:[A-Z][a-z]+\\s+){1,3}${EN_STREET}\\b)*`, 'u');

/**
 * The place in a story told in one breath (a report: "东山镇新街有户人家私拉电线，晚上最明显" ->
 * 东山镇新街; "I saw someone tapping the line at 12 Jiefang Street last night" -> 12 Jiefang
 * Street), else null: the address units and a position word after them ("门口") are kept, what
 * the story goes on with is not.
 */
export function placeInStory(text: string): string | null {
  const found = namedAddress(text);
  if (!found) return null;
  if (!/\p{Script=Han}/u.test(found)) return EN_PLACE.exec(found)?.[0] ?? null;
  let end = -1;
  for (const match of found.matchAll(HAN_UNIT)) end = match.index + match[0].length;
  const position = POSITION.exec(found.slice(end))?.[0] ?? '';
  return trimHan(found.slice(0, end + position.length)) || null;
}
