/**
 * Out of scope: the 95598 line serves grid electricity. "手机没电了", "my car battery died",
 * "停水了 什么时候来水", "my gas bill is too high" use the words of a fault, an outage or a bill,
 * but about a phone, a car, water or gas. Such an utterance gets no business intent: the caller
 * is asked again (and hears what the line is for), instead of being sent down a fault report.
 *
 * Rule: the utterance names another utility or a battery-powered device, and once the device
 * phrases are taken out, no word of grid electricity is left. Runs on normalized text.
 */
import type { Elsewhere } from '../core/intents.js';

// A charger for an electric car is a grid business (new_service): protected from DEVICE below.
const GRID_FIRST = /充电桩|充电站|充电设施|(?:车位|停车位|车库|停车场).{0,12}充电|充电.{0,6}(?:车位|停车位|车库)|ev charger|car charger|charging (?:station|point|pile)s?|charger for (?:my|the|our) (?:car|ev)|\bchargers?\b(?=.{0,40}\b(?:parking|garage|driveway|carport|condo)\b)/g;

// Devices with their own battery or mains plug, with the words for their charge or state.
const DEVICE_ZH =
  /(?:手机|老人机|对讲机|收音机|相机|游戏机|耳机|音箱|手表|电池|电瓶|充电宝|尿袋|充电器|充电线|叉电器|遥控器?|电动牙刷|牙刷|汽车|车子|小车|电动车|电单车|电瓶车|摩托车?|电脑|笔记本|平板|电视机?|路由器|电梯|𨋢|风筒|电芯|拖拉机|三轮车?|电三轮|农用车|收割机|货车|卡车|面包车|铲车|挖掘机|手电筒?|头灯|车|搭(?:个|下|一下)?电)(?:的|个|嘅|嗰)?(?:电池|电瓶|电芯)?(?:都|又|也|就|已经|完全|突然|一下子?|一直|老是|经常|成日)?(?:(?:没有?|冇|无)(?:晒|哂|咗|了)?电|充不[进上了]电?|充唔入电?|叉唔入电?|叉唔到电|电量|电|坏了|坏咗)?/g;
const DEVICE_EN =
  /\b(?:(?:cell |mobile )?phones?|cellphones?|batter(?:y|ies)|power banks?|charging cables?|laptops?|tablets?|tvs?|televisions?|remotes?|toothbrush(?:es)?|cars?|trucks?|scooters?|e ?bikes?|motorbikes?|motorcycles?|flashlights?|headlamps?|routers?|elevators?|lifts?|tractors?|(?:lawn ?)?mowers?|golf carts?|forklifts?|atvs?|generators?|drones?|chainsaws?|boats?|vans?)\b/g;

// Words with 电 that are not grid electricity: other services (telecoms, films, TV, lifts,
// computers), and neutral words (a phone call, e-mail, "electronic") taken out without
// saying anything about the subject.
const NOT_GRID = /电信|电讯|电影|电视机?|电梯|电竞|电台|电脑|电话费|电子烟|电(?:力|气)(?:大学|学院|职院)|(?:小)?电驴|电焊(?=培训|班|证|课|学)|电工(?:证|培训|课)/g;
// English "power" and "electric" in other senses: a legal power, a car's, a tool's, a slide deck.
const NOT_GRID_EN = /\b(?:powers? of attorney|power steering|power tools?|power drill|power nap|power walk\w*|powerpoints?|power ?ball|power rangers?|power washer|power wash\w*|horse ?power|superpowers?|willpower|manpower|powerhouses?(?! (?:road|rd|street|st|avenue|ave|lane|drive))|power (?:trip|couple|play|hour|move|lifting|yoga|ballad|user|suit|forward)|powerlift\w*|flower power|pilot lights?|(?:never|not|wont|will not|does not|doesnt) (?:light|ignite)s?|electric (?:guitar|scooter|bike|toothbrush|razor|shaver|blanket|kettle|car battery))\b/g;
// A street named with a word of ours ("3 Powerhouse Road", "Pole Line Road", "9 Spark Court") is an address, not the subject.
const NEUTRAL = /电话(?!费)|电邮|电子(?!表|式电表)|电商|\b(?:power ?house|power|electric|light|lamp|meter|grid|spark|pole(?: line)?|wire|cable|volt) (?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd)\b|\b(?:answer\w*|pick\w* up) (?:the )?phones?\b|\b(?:on|by|over) the phone\b|\bphone (?:lines?|numbers?|hours)\b/g;

// Other utilities and services (not electricity), and places that are not us.
const OTHER_SERVICE = new RegExp(
  [
    '停(?:了|咗)?水|来水|搭电|物业费|管理费|停车费|暖气|供暖|有水|没有?水|冇水|无水|水费|自来水|水管|水喉|水压|漏水',
    '燃气|煤气|天然气|石油气|宽带|网络|上网|wifi|话费|流量|数据(?:用|超|爆|套餐|计划)|电信|电讯|移动公司|联通|公交卡|八达通|地铁卡|交通卡|大学|学院|录取|考试',
    '图书馆|电影院|戏院|医院|诊所|药房|快递|速递|外卖|出租车|的士|滴滴|机场|火车|高铁|航班|机票|酒店|餐厅|学校|幼儿园',
    // Farm, market and weather talk: crops, feed, stall fees, the forecast.
    '学费|摊位费|菜价|化肥|农药|种子|饲料|猪价|粮价|收购价|香火|天气|天气预报|下雨|落雨|下雪|气温|几多度|几度',
    // Other organisations' business: jobs, public services and their cards and fines, pets, shops and their staff.
    '招聘|应聘|简历|求职|招人|招工|请人|搵工|揾工|身份证|社保|医保|公积金|驾照|驾驶证|车牌|护照|签证|户口本|居住证|老年卡|老人卡|长者卡|长者咭|残疾证|罚单|告票|抄牌|违章|医管局|卫生署|派出所|民政局|税务局|邮局',
    // Not the shops and banks where callers pay our bills (便利店, 超市, 银行): only places that are no payment channel.
    '宠物|兽医|狗仔|小狗|猫咪|打疫苗|奶茶|咖啡|茶餐厅|理发|美容院|健身房|(?<!电)气费|瓦斯',
    '\\b(?:water|gas|propane|internet|broadband|wi ?fi|data plan|cable (?:tv|company)|phone (?:company|plan|bill)|cell phone plan|hoa',
    'jump start|jump it|heating|transit card|metro card|library|movie theater|cinema|pharmacy|hospital|clinic|restaurant|pizza',
    'taxi|uber|lyft|flight|train|hotel|school|daycare|plumber|toilet|weather|forecast|rain|snow|tuition|fertilizer|livestock|cattle|crops?|church|temple|airport|bus|subway|parking ticket|lawyer|attorney',
    'hiring|resumes?|job openings?|dmv|drivers? licen[cs]e|passport|visa|citations?|speeding ticket|traffic ticket|social security|medicare|medicaid|post office|usps|city hall|courthouse|radio|vets?|veterinar\\w*|dogs?|cats?|puppy|kitten|vaccin\\w*|coffee shop|cafe|barista|gym|salon|barber|dentist)\\b',
  ].join('|'),
);

// What is left that still speaks of grid electricity.
const GRID = /电|[停断没冇来有用交充]店|店(?:费|表|线|箱|闸|压)|垫|殿|灯|黑|暗|power|electric|light|lamp|dark|meter|outage|blackout|breaker|fuse|volt|watt|kwh|outlet|socket|wir(?:e|ing)|cables?|lines?|solar|grid|current|supply|ev charger/;
// A supply that stopped, said without naming it: 空调不动了, 个表唔行, "blacked out", "won't come on".
const SUPPLY_STOPPED = /不动|唔郁|唔行|不转|停了|停咗|熄|没反应|冇反应|无反应|没有反应|\b(?:black\w* out|blacked|out|off|dead|quit|stopped|not (?:working|running|coming on)|will not (?:come on|work|turn on|reset)|does nothing|nothing happens)\b/;

/** Whether the words speak of the grid or of a supply that stopped (a fault told of). */
export function namesGrid(normalized: string): boolean {
  return GRID.test(normalized) || SUPPLY_STOPPED.test(normalized);
}

/**
 * Whether the words name grid electricity or a place or person only we have (营业厅, 柜员, "the power
 * company"), once devices and 电 words that are not the grid (电梯, 电信, a phone's battery) are taken
 * out: "物业乱收电费" and "营业厅那个柜员甩脸子" do, "投诉物业 电梯坏了没人修" does not.
 */
export function namesGridOrUs(normalized: string): boolean {
  const { rest } = withoutOthers(normalized);
  return GRID.test(rest) || ONLY_OURS.test(rest);
}

/** The text with devices and 电 words that are not the grid taken out; and whether any was there. */
function withoutOthers(normalized: string): { rest: string; named: boolean } {
  const protectedText = normalized.replace(GRID_FIRST, ' 电 ').replace(NEUTRAL, ' ');
  const rest = protectedText.replace(OTHERS_OFFICE, ' ').replace(DEVICE_ZH, ' ').replace(DEVICE_EN, ' ').replace(NOT_GRID, ' ').replace(NOT_GRID_EN, ' ');
  return { rest, named: rest !== protectedText || OTHER_SERVICE.test(protectedText) };
}

// Another company's office, staff or meter reader (燃气公司营业厅, 煤气公司嗰个抄表员, 燃气公司上门抄表的人, "the gas
// company guy who reads the meter"): the words that are otherwise ours (ONLY_OURS, meter) belong to it; a word
// of ours or of electricity between them (燃气公司说你们的抄表员) keeps them ours.
const OTHERS_OFFICE =
  /(?:燃气|煤气|天然气|石油气|自来水|水务|电讯|电信|移动|联通|宽频|宽带)(?:公司|署|局)?(?:(?!你们|你哋|贵公司|供电|电网|国网|电)[^\s]){0,6}?(?:营业厅|营业网点|客户中心|客户服务中心|柜员|抄表员?|师傅)|\b(?:gas|water|cable|phone|internet) (?:company|utility)(?:s)?\b.{0,25}\b(?:reads? (?:the |my )?meters?|meter readers?|office|service center|customer center)\b/g;

// Words that can only be about us: a place named beside them is a landmark ("火车站对面营业厅").
const ONLY_OURS = /营业厅|营业网点|供电|国网|电网|95598|客户中心|客户服务中心|柜员|抄表|工单|抢修|\b(?:power company|electric company|utility company|meter reader|repair (?:ticket|crew|order)|work order|linem[ae]n|bucket trucks?|utility trucks?|crews?)\b/;

export function outOfScope(normalized: string): boolean {
  const { rest, named } = withoutOthers(normalized);
  return named && !GRID.test(rest) && !ONLY_OURS.test(rest);
}

// What ties an utterance to our business when no lexicon pattern did: the grid, or us (our
// offices, accounts, bills, staff). "图书馆开门吗" and "is the library open" have neither.
const OURS =
  /营业厅|户号|户口|账户|账单|单|费|缴|交钱|欠|余额|充值|增值|发票|抄表|度|报修|抢修|维修|修|师傅|工作人员|职员|客服|你们|你哋|贵公司|国网|供电|办理|申请|装|过户|开户|\b(?:office|your|you guys|you people|account|bills?|pay|paid|balance|owe|invoice|rates?|tariff|price|kwh|units?|crew|technician|repair|staff|service|apply|install|connect)/;

/** Whether a business intent the model found alone has anything of ours to stand on. */
export function hasOurSubject(normalized: string): boolean {
  const { rest } = withoutOthers(normalized);
  return GRID.test(rest) || OURS.test(rest);
}

// A hazard names electrical equipment, fire, smoke or a shock ("楼上漏水", "电费" do not).
const HAZARD_SUBJECT = new RegExp(
  '电线|电缆|电纜|纜|线|杆|柱|变压器|箱|插座|插苏|开关|掣|火|烟|焦|燶|糊|电到|电亲|电咗|触电|被电|俾电|漏电|爆|闪|冒|麻|痺|' +
    '\\b(?:wires?|cables?|lines?|poles?|transformers?|boxe?s?|panels?|outlets?|sockets?|plugs?|switch(?:es)?|sparks?|sparking|smok\\w*|fires?|flames?|burn\\w*|shock\\w*|zap\\w*|electrocut\\w*|explo\\w*|bang|arc\\w*|fizz\\w*|buzz\\w*|humming)\\b',
);

// Everyday words with a hazard character: a train (火车站), a hotpot, matches, a torch,
// fireworks (烟花), cigarettes.
// A works named for what it makes is a place (电缆厂宿舍), not a hazard.
const NOT_HAZARD = /火(?:车|锅|柴|腿|炬|炭|龙果|机)|烟(?:花|草|台|酒|囱)|(?:香|抽|吸|戒)烟|(?:电缆|电线|变压器|开关|灯具|电器)(?:厂|公司|城|市场)/g;

/** Whether the words name a hazard: electrical equipment, fire, smoke, a shock. */
export function hasHazardSubject(normalized: string): boolean {
  return HAZARD_SUBJECT.test(withoutOthers(normalized.replace(NOT_HAZARD, ' ')).rest);
}

// A negation anywhere, or an address: the hard layer (danger.ts) decides those, word by word;
// the model, which reads no word order, must not overrule it.
const NEGATION = /没|沒|不|冇|唔|無|无|未|\b(?:no|not|never|nobody|nothing|none|without|zero)\b/;
const ADDRESS = /[\d零一二三四五六七八九十百两〇] ?号|[路街道巷弄村]\s?[\d一二三四五六七八九十]|\b(?:road|street|drive|lane|avenue|ave|boulevard|blvd|court|way|place|rd|st)\b/;

// Power theft tells of a wire or a pole, not of a hazard: "ran a cable off the pole to skip paying",
// "charging tenants for power off his line" (power sold on).
// A stolen cable is not power theft (偷电缆 may leave live ends): only taking the power counts.
const THEFT = /偷电(?![缆线])|偷接电|私拉电线|私接电线|绕过电表|绕开电表|\b(?:(?:steal\w*|stole|stolen) (?:the )?(?:power|electricity)|bypass\w* (?:the |a |my |our |their )?meters?|(?:skip|avoid\w*) pay\w*|without paying|charg\w* (?:people|others|tenants|neighbou?rs|them|everyone)\b.{0,25}\bfor (?:the )?(?:power|electricity|charging))\b/;

/** Whether the model may call this danger on its own: a hazard named, no negation, no address, no theft. */
export function modelMayCallDanger(normalized: string): boolean {
  return hasHazardSubject(normalized) && !NEGATION.test(normalized) && !ADDRESS.test(normalized) && !THEFT.test(normalized);
}


/**
 * Nothing to act on: a greeting or a hesitation alone ("喂 你好呀", "hello hello", "嗯 即係").
 * Normalized text; fillers (嗯, um) are already gone.
 */
// A form of address said with it is still a greeting: "您好 师傅", "你好呀 姐姐", "hi ma'am".
const GREETING = /^(?:(?:喂|哈喽|哈啰|你好|您好|你好呀|你好啊|大家好|早上好|下午好|晚上好|早晨|早唞|请问|即系|嗰个|师傅|老师|小姐|先生|姐姐|阿姨|大哥|大姐|靓女|靓仔|美女|帅哥|hello|hallo|hi|hey|hiya|good (?:morning|afternoon|evening)|yo|so|like|well|okay so|sir|maam|madam|miss)(?:呀|啊|吖|啦|喔)?\s*)+$/;

export function greetingOnly(normalized: string): boolean {
  return GREETING.test(normalized);
}

// Whose business it is, for the answer that names where to turn (issue 9 item 1): first named wins.
const ELSEWHERE: readonly [Elsewhere, RegExp][] = [
  ['gas', /燃气|煤气|天然气|石油气|瓦斯|(?<!电)气费|\b(?:gas|propane)\b/],
  ['water', /自来水|水务|水费|停(?:了|咗)?水|来水|没有?水|冇水|无水|水管|水喉|水压|\bwater\b/],
  ['telecom', /电信|电讯|移动公司|联通|宽带|宽频|网络|上网|话费|流量|wifi|\b(?:internet|broadband|wi ?fi|data plan|cable (?:tv|company)|phone (?:company|plan|bill)|cell phone plan|(?:cell|mobile|phone|internet) (?:provider|carrier)|isp)\b/],
  ['property', /物业|管理处|管业处|管理公司|\b(?:hoa|landlord|property manag\w*|building manag\w*)\b/],
];

/** Whose business the words name (normalized text): the gas, water or phone company, the property management, or another. */
export function elsewhereNamed(normalized: string): Elsewhere {
  return ELSEWHERE.find(([, words]) => words.test(normalized))?.[0] ?? 'other';
}
