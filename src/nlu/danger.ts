import { composedSpans } from './danger-composition.js';
import { notHereAndNow, type NotHereKind } from './danger-context.js';
import { foldHazardHomophones } from './danger-homophones.js';
import { foldToSimplified } from './hant-to-hans.js';
import { normalizeText } from './normalize.js';

/**
 * N10: danger goes first. An utterance that reports a present hazard is `danger`, whatever
 * else it says and whatever the locale of the call: a fallen or broken wire, sparks or
 * arcing, smoke or a burning smell from electrical equipment, fire, someone shocked, a
 * damaged pole, transformer or meter box, water touching electrics.
 *
 * It is a hard, high-recall rule in three steps:
 * 1. Hazard patterns find every hazard phrase (overlapping finds are merged into one span).
 * 2. A span the caller negates is dropped: "没冒烟也没打火", "no sparks or smoke". The
 *    negation must stand right before the hazard, or before a list of negated hazards; a
 *    negation of something else ("没电了 电线在冒烟") or across a clause ("没有，冒烟了")
 *    cancels nothing. A question ("有没有冒烟", "是不是漏电") is no negation.
 * 3. A hazard noun that is part of a place name is dropped: 火星路1号, 火光村, "Sparks
 *    Street". Decided by the words around it (a place suffix after it, no "there is" before
 *    it), never by a list of addresses.
 * Anything left is danger: a false alarm costs a safety prompt, a miss can cost a life.
 *
 * Patterns run on normalized text (simplified, lower case, punctuation dropped) in which a
 * clause break (，。！？; , . ! ?) is kept as CLAUSE. Cantonese forms may be written in
 * traditional characters; they are folded like the input.
 */

/** A clause break kept through normalization (a private-use character survives it). */
const CLAUSE = '\uE000';
const CLAUSE_PUNCTUATION = /[，,。．.！!？?；;：:\n]/g;

// --- Chinese ---------------------------------------------------------------------------------
// Things that carry power and a caller can see.
const LINE = '(?:电线|电缆|高压线|电力线|输电线|供电线|火线|电线头|线头|裸线|电源线|[根条]线|线路|高亚线|电览|电揽|wires?|cables?|power lines?)(?!杆|柱|老化|路)';
const POLE = '(?:电线杆子|电杆子|杆子|电线杆|电线干|电线竿|电杆|线杆|电线柱|电柱|电灯柱|灯柱|灯杆|路灯杆|街灯柱|电灯杉|电线杉|灯杉|电塔|铁塔|高压塔|(?:power |electric |light )?poles?)';
const BOX = '(?:变压器|便压器|变压气|火牛|箱变|变电箱|电箱|电表箱|表箱|配电箱|配电柜|开关箱|电表房|电房|配电房|变电站|电缆井|电錶箱|电厢|电表厢|配电厢|电表香|配电香|配电室|电表间|表房|水电房|电掣房|电井|强电井|电缆沟|变电所|开闭所|环网柜|分支箱|计量箱|电表柜|transformers?|meter box|fuse box|electric box)';
// Points of use; a water tap's 开关 is not electrical.
const OUTLET = '(?:插线板|插排|接线板|充电桩|充电柱|插座|插坐|插苏|插头|排插|拖板|(?<!水龙头|水管|水|燃气|煤气|天然气)开关|电掣|电制|电闸|总闸|空开|电表|电线|sockets?|plugs?|outlets?|meters?|switch)';
const CARRIER = `(?:${LINE}|${POLE}|${BOX}|${OUTLET})`;
// A verb the caller negates right before it ("电线没断", "冇跌落嚟") does not count.
// 线 alone, as a speech recognizer often leaves it: not 网线 鱼线 毛线 天线 光线 耳机线 数据线 晾衣线 路线 ...
const BARE_LINE = '(?<![毛电天视光曲网鱼路航界针热一衣机据音棉麻丝])线';
const NOT = '(?<!没|没有|未|冇|不|别|唔|无|未有)';
// Fallen, broken or hanging: 掉 断 倒 垂 跌 甩 冧 吊 ... (断电 is a power cut, 倒是 "though").
const FALL =
  `${NOT}(?:掉|断(?!电|网|供|路|了电|咗电)|落地|落下|倒(?!是|霉|也|闭|转|数)|垂|跌|甩|坠|拖地|搭(?:在|喺|住|落)|碰到|垮|塌|冧|吊(?:咗|住|在|喺|落|下|吓)|耷|斜|歪|倾|松脱|脱落|散(?:晒|开|咗)|横(?:在|喺)|躺|挂(?:在|喺)|缠(?:在|住)|裂|段了|段咗|调(?:下来|下去|在地|到地|落))`;
// A gap between a carrier and its hazard that holds no negation ("条线冇断 又冇咩怪味" is no smell).
const GAP = '(?:(?!没|冇|不|唔|无|未|别)[^\uE000])';
const WATER = '(?:(?:漫|淹|浸)(?:过|到|进|上|住|咗)|(?:进|入|浸|渗)(?:了|咗)水|进水|入水|浸水|泡水|渗水|漏水|滴水|水浸|水淹|被水|雨水|积水|水漫|洪水|水灾|发大水|淹|浸|灌|湿透|湿咗|湿了|全湿|水(?:全|都|直接|一直|全部)?(?:射|流|喷|冲|渗|滴|漏|溅)(?:进|入|落|到|在|喺|咗)?)';

interface HazardRule {
  re: RegExp;
  /** A bare noun (火星, 火光, smoke, sparks): it may also be part of a place name. */
  noun?: true;
}

const ZH: HazardRule[] = [
  // Fallen or broken wires and poles: 电线掉了, 條電線跌咗落嚟, 电线杆被撞倒了, 高压线断了.
  { re: new RegExp(`(?:${LINE}|${POLE}|${BOX}).{0,8}?${FALL}`) },
  { re: new RegExp(`${LINE}.{0,4}(?:很|太|好|特别|非常|垂得|吊得|挂得)低(?!压)`) },
  // Said later in the sentence: 那根线松了没人管 今天直接掉下来; 把线从杆子上刮下来了.
  { re: new RegExp(`(?:${LINE}|${POLE}|(?<![毛电天视光曲])线).{0,20}?${NOT}(?:掉|跌|刮|吹|扯|落|甩|断)(?:了|咗)?(?:下来|落嚟|落来|落地|到地|下地)`) },
  { re: new RegExp(`(?:掉|跌|落)(?:了|咗)?(?:下来|落嚟|落来).{0,3}(?:砸|压|搭|打)(?:中|到|在|喺|住)?.{0,2}(?:车|人|屋顶|房顶)`) },
  { re: new RegExp(`${LINE}.{0,3}(?:喺|跌落|掉|落|垂|拖|碰|躺|横)(?:到|在|咗|喺)?(?:地下|地上|地面|路面|马路|街上|水|车|屋顶|树|院子|阳台)`) },
  // A bare 线 (ASR drops 电): 线断了 掉马路中间了, 条线跌咗喺马路 (网线, 鱼线, 晾衣线 are not ours).
  { re: new RegExp(`${BARE_LINE}(?:都|又|也|就)?${NOT}(?:断|掉|跌|甩)(?:了|咗)?.{0,4}?(?:掉|跌|落|垂|拖|躺|横|搭)?(?:到|在|咗|喺|落)?(?:地下|地上|地面|路面|马路|路中间|街上|路上|车顶|屋顶)`) },
  { re: new RegExp(`(?:地上|地面|路上|路中间|路面|街上|马路上?|喺地下)(?:有|躺着|横着|掉了|掉咗)?(?:一|两|几)?(?:根|条|啲)?(?:电线|电缆|高压线|线)(?!杆|柱|路|老化)`) },
  { re: new RegExp(`(?:压|砸|倒|搭|挂|落|跌)(?:了|咗)?(?:在|到|喺|落|着|住)(?:了|咗)?.{0,2}(?:${LINE}|${POLE}|${BOX})`) },
  { re: new RegExp(`爬(?:上|到)?(?:了|咗)?(?:${POLE}|变压器|${BOX})`) },
  // Someone down next to it: 有人倒在电线旁边.
  { re: new RegExp(`(?:人|他|她|佢|小孩|孩子|老人).{0,6}(?:倒|晕|昏|躺|瞓).{0,8}(?:${LINE}|${POLE}|${BOX}|插座|插苏)`) },
  // Knocked, cut or dug through: 压断电线, 撞冧咗支电灯柱, 挖断了电缆, 掘斷咗支電燈柱.
  { re: new RegExp(`(?<=\\p{Script=Han})${NOT}(?:断|倒|冧|跌|甩)(?:了|咗)?(?:一|两|几)?(?:支|条|根|个|啲|座|台)?(?:${LINE}|${POLE}|${BOX})`, 'u') },
  { re: new RegExp(`(?:压|砸|刮|吹|撞|挖|铲|钻|锯|割|剪|劈|打|扯|拽|勾|烧)(?:断|倒|到|落|跌|冧|甩|坏|烂|破|下)(?:了|咗)?.{0,3}(?:${LINE}|${POLE}|${BOX})`) },
  { re: new RegExp(`(?:${LINE}|${POLE}|${BOX}).{0,6}?(?:被|俾|畀|让|给|叫)?.{0,4}(?:撞|砸|压|刮|吹|劈|炸|挖|铲|撬|踢)(?:断|倒|到|落|跌|冧|甩|坏|烂|破|歪|弯|裂|开|飞|翻)`) },
  { re: new RegExp(`(?:${LINE}|${BOX}|电表).{0,6}(?:被|俾|畀)(?:人)?(?:偷|剪|割|锯)`) },
  // A damaged pole, transformer or box: 变压器被雷劈了, 电线杆歪了, 变压器漏油, 电箱门开着.
  { re: new RegExp(`(?:${LINE}|${POLE}|${BOX}).{0,6}(?:被|俾|畀|遭)(?:人|车|雷|闪电|树|台风|风|货车|大车|车子)?(?:劈|撞|砸|压|击|撬|踢|刮|挖|烧|扯|拉)(?:中|了|咗|到|坏|烂|断|倒|下|开)?`) },
  { re: new RegExp(`(?:把|将)(?:${LINE}|${POLE}|${BOX})(?:给)?(?:打|撞|砸|压|劈|烧|挖|刮|吹|弄|搞|扯)(?:坏|烂|断|倒|冧|穿|爆|着|歪|下来)`) },
  { re: new RegExp(`(?:雷击|雷劈|闪电).{0,6}(?:${LINE}|${POLE}|${BOX})|(?:${LINE}|${POLE}|${BOX}).{0,6}(?:雷击|雷劈|遭雷)`) },
  { re: new RegExp(`(?:${POLE}|${BOX}).{0,8}${NOT}(?:歪|斜|倾斜|裂|破了|烂了|烂咗|变形|漏油|冒油|摇摇欲坠|快倒|要倒|晃|门开|门掉|门冇|门没|冇门|没门)`) },
  // Bare, exposed conductors: 电线破皮了, 裸露的电线.
  { re: new RegExp(`${LINE}(?:的)?(?:皮|外皮|胶皮)?.{0,3}${NOT}(?:露|破皮|皮破|破了|烂了|烂咗|爆皮)`) },
  { re: /(?:裸露|外露|露出来|露出嚟)的?(?:电线|线头|铜线|线)/ },
  { re: new RegExp(`(?<!路|航|光|视|曲|界|毛|针|天|热|一)线(?:头|芯)?(?:都|全|全部|全都)?${NOT}(?:露|外露)(?:在|出|晒|咗|了|着)`) },
  { re: new RegExp(`${LINE}.{0,3}(?:皮|胶皮|外皮|塑料)(?:都)?(?:化|融|熔)(?:了|咗|掉|晒)`) },
  // Someone touched a live part.
  { re: /(?:碰|摸|触|踩|掂|抓|挨)(?:到|着|咗|住)?.{0,2}(?:电线|电缆|高压线|裸线|线头|火线)/ },
  // Electric shock: 触电, 被电打了, 俾電電親, 电到人, 一摸就麻, 水管带电.
  { re: /触电(?!的感觉|嘅感觉|感觉|一样的感觉)|触(?:着|到|了|咗)电|电击|电伤|电晕|电亲|挨(?:了)?(?:一下)?电|露电(?!费)|带着电|带有电|(?<!绕|跳|经|通|越)过电(?!费|话|脑|表|箱|闸)|(?<![停来断没冇有用充通供发送放给复])电得(?:我|人|手|他|她|佢|好|很|发麻|直|浑身)/ },
  { re: /(?:被|让|叫|俾|畀|遭|背)(?:高压)?电(?:流)?(?:给)?(?:电|打|击|到|了|着|伤|死|晕|麻|倒|一下|咗|亲|过|弹|中)|(?:被|俾|畀)电(?=$|\s|\uE000)/ },
  { re: /给电(?:打|击|伤|死|晕|麻)/ },
  // 被店打了: ASR writes 电 as 店/垫/殿; after 被/俾 and before a shock verb no everyday word reads so.
  { re: /(?:被|让|俾|畀|遭|给)(?:店|垫|殿)(?:打|击|伤|死|晕|麻|倒|亲|到了|到咗)/ },
  { re: /(?<![停来断没冇有用充通供发送放给复])电(?:打|倒|晕|伤|死|麻|击|着)(?:了|咗|着|到|一下|人|我|佢|他|她|小孩|孩子|手|下)/ },
  { re: /(?<![停来断没冇有用充通供发送放给复])电到(?:人|我(?!们|家|这|那|屋)|佢|他(?!们|家)|她(?!们|家)|小孩|孩子|手|脚|咗)/ },
  { re: /(?<![停来冇没有通复])电咗(?:一下|我|佢|人|下)/ },
  { re: /(?<![来供用停送通没冇有])电人(?!员)/ },
  { re: /(?:碰|摸|触|掂|踩|挨)(?:到|着|咗|一下)?.{0,10}(?:麻(?!烦)|痹|电人|电我|电手|电了一下|有电流|电流)/ },
  { re: /(?:碰|摸|触|掂|踩|挨|揸|抓)(?:到|着|咗|了|住|一下)?.{0,12}(?:成个人|整个人|全身|浑身|条手臂|手臂|手脚)(?:都|就)?(?:震|抖|弹|抽|麻)(?:晒|了|咗|一下|起来|起嚟)?/ },
  { re: /(?:碰|摸|触|掂|踩|挨|揸|抓|开|关|按)(?:到|着|咗|了|住|一下)?.{0,12}(?:被|俾|畀|就|即刻|马上)?(?:弹|震|甩|电|打|扯)(?:开|飞|走|出去|翻转|到一边)/ },
  { re: new RegExp(`(?:被|俾|畀|让|给)(?:${LINE}|高压|电箱|插座|插苏)(?:给)?(?:打|电|击|碰|刮|缠|弹)(?:到|了|伤|倒|中|亲|咗)`) },
  { re: /麻手|手麻|痹手|手痹|痺手|手痺|电麻(?!烦)|(?:成个|整个|成间|整间)(?:厕所|浴室|冲凉房|洗手间|屋|房|厨房).{0,4}有电|漏电(?!保护|开关|保|断路|费|量|检测|率|掣|制)/ },
  { re: /(?<!不)带电(?!作业|操作|检修|话|脑|池|梯|视|影|器|子|量|费|价|压|源|动|车)/ },
  { re: /(?:外壳|铁门|铁架|栏杆|护栏|围栏|水管|水龙头|水喉|铁皮|墙身|门把手|洗衣机|冰箱|热水器|路灯)(?:都|会|也|好似|好像)?(?:有电|漏电|电人|会电人)/ },
  // Sparks and arcing: 打火, 冒火花, 噼里啪啦, 闪蓝光.
  { re: /打火(?!机|石)|打紧火|标(?:紧|咗|住|出|出嚟)?(?:火|烟)|(?:跳|闪|喷|冒|出|起|着)(?:紧|着|住|咗|了|出|起)火(?!车|锅|气|柴|机)|跳火|闪火|拉弧|爆火|喷火|出火(?!车)|冒火花|冒火星|噼里啪啦|劈里啪啦|噼噼啪啪|劈劈啪啪|噼啪|劈啪|啪啪(?:响|声)|滋滋(?:响|声)|嗞嗞|冒(?:出)?(?:蓝|白|绿)光|蓝火|蓝色的火|(?:火花|火星)四溅|滋啦|吱啦|呲呲|嗤嗤|闪(?:了一下|一下)?(?:蓝|白)光|蓝光一闪/ },
  { re: /火花(?!塞)|火星子?|火光|火苗|火焰|火舌|火球|明火|电弧(?!焊)|电光/, noun: true },
  { re: new RegExp(`${CARRIER}${GAP}{0,6}(?:冒火|着火|起火|烧起|炸|(?<!到)爆(?!表|满|单)|烧(?:了|咗|着|紧|黑|焦|糊|化|融|熔|溶|断|穿|红|到)|(?<!冰|雪)(?:熔|融|溶)(?:化|咗|了|掉|晒|埋)|有火(?!车|锅|气))`) },
  // Caught (fire) said short: 那个线着了, 插座着咗.
  { re: new RegExp(`(?:${CARRIER}|(?<![毛电天视光曲])线)(?:都|又|也)?${NOT}着(?:了|咗)(?!急|凉|迷)`) },
  // Overheating: 插座烫手, 电线发烫.
  { re: new RegExp(`${CARRIER}${GAP}{0,4}(?:发烫|烫手|好烫|很烫|滚烫|烧手|热得烫|热到烫|发热冒|烫得(?:不行|要命|厉害|不得了|吓人|摸不了|唔掂))`) },
  { re: new RegExp(`${CARRIER}${GAP}{0,8}(?:异味|怪味|焦臭|糊臭|臭味)`) },
  // Fire, burning, smoke, explosion.
  { re: /起火|(?<![打点](?:不|唔))着火|火烛|火势|燃起|燃烧|自燃|引燃|(?<!长|很|好|太)大火(?!车|锅|气|柴|机|候)|着咗火|着紧火|失火|火灾|火警|烧着|烧起来|烧起嚟|烧紧|烧焦|焦味|焦糊|糊味|(?:糊|焦|燶)(?:了|咗)?(?:的|嘅)味|胶味|烧胶|烧塑料|燶味|燶嘅味|烧燶|火燶|(?<!饭|煲|煮|餸|菜|面包|多士)燶咗|烧(?!烤|水|饭|菜|香|鹅|鸭|肉|鸡|猪|腊|卖)[^味]{1,5}味|焦臭|糊臭|烧融|烧熔|烧溶|熔化|融化咗|(?:好大|很大|一团|一股|好多)火|火(?:好大|很大|越来越大)/ },
  { re: /火烧/, noun: true },
  { re: /(?<!抽|吸|气得我|气到我|气得|气到|激到|嬲到|忙到|热到|头都|头顶|脑袋|嗓子|喉咙|喉咙都)(?:冒|出|起|喷)(?:紧|着|住|出|咗|了|起|过|白|黑|青|一股|股|子|阵){0,3}烟|冒眼(?!泪)|一股烟|好多烟|很多烟|浓烟|黑烟|白烟|青烟|烟雾(?!报警器.{0,6}(?:没电|电池|低电|冇电))|烟味|烟(?:好大|很大|很浓|好浓|越来越大|弥漫)|烟(?:一直|往外|从|出来|出嚟)/ },
  { re: /有烟/, noun: true },
  { re: /爆炸|(?:砰|嘭|轰隆|嘣)(?:的|嘅)?(?:一声|一下)|巨响|爆(?:了|咗)一声|好大一声/ },
  // Water touching electrics: 插座进水了, 水浸到电表箱, 配电房被水淹了.
  { re: new RegExp(`${WATER}.{0,8}(?:${BOX}|${OUTLET}|${POLE}|${LINE})`) },
  // A negation between denies it ("电表箱旁边没有水"): the gap holds none.
  { re: new RegExp(`(?:${BOX}|${OUTLET}|${LINE}|${POLE})${GAP}{0,8}${WATER}|(?:${BOX}|${OUTLET}|${LINE}|${POLE})${GAP}{0,4}(?:有水|泡在水|泡喺水|喺水|在水)`) },
];

// --- English ---------------------------------------------------------------------------------
// 'power lion' is how speech recognizers hear 'power line'.
const E_LINE = '(?<!phone |telephone |cable tv |internet )(?:(?:power|electric|electrical|electricity|utility|live|high voltage|overhead) )?(?:wires?|lines?|cables?(?! (?:box|boxes|tv|company|guy|bill|internet|modem|channel|provider)\\b))|(?:power|electric) lions?';
const E_POLE = '(?:(?:(?:power|utility|electric|electricity|telephone|light|street light) )?poles?|lamp ?posts?|light ?posts?)';
const E_BOX =
  '(?:transformers?|meter box(?:es)?|fuse box(?:es)?|breaker (?:box|panel)|electrical panel|electric panel|junction box|power box|electrical box|electric box|utility box|substation|switchboard|distribution box|electrical room|meter room)';
const E_OUTLET = '(?:outlets?|sockets?|plugs?|power points?|light switch(?:es)?|breakers?|(?<!phone |charger |charging )cords?|power strips?|wiring|wires?|(?:electric |power )?meters?|ev chargers?|charging (?:stations?|points?))';
const E_NOT = "(?<!\\bnot |\\bno longer |\\bnever |\\bno |n'?t |n t )";

const EN: HazardRule[] = [
  // Wires and poles down.
  {
    re: new RegExp(
      `\\b(?:${E_LINE}|${E_POLE})\\b.{0,25}?\\b${E_NOT}(?:down|fell|fall|falls|fallen|falling|dropped|drop|on the ground|in the (?:sea|river|water|lake|pond|canal|harbou?r)|hanging|snapped|broke|broken|sagging|dangling|came down|lying|leaning|across|touching|swinging|tangled|came loose|loose|burning|melting|sparking|arcing|smoking|low|on (?:the|a|my|our|his|her|their|someone) (?:car|roof|fence|house|road|street|ground|sidewalk|yard|tree|truck))\\b`,
    ),
  },
  { re: new RegExp(`\\b(?:downed|fallen|falling|broken|snapped|dangling|hanging|live|exposed|loose|bare|sparking|burning|arcing|smoking|damaged|severed|frayed) (?:power |electric |electrical |utility |high voltage )?(?:wires?|lines?|cables?|poles?)\\b`) },
  { re: new RegExp(`\\b(?:fell|fallen|falling|came down|crashed|landed|leaning|lying|resting|dropped|draped|hanging) (?:on|onto|against|over|across|into|on top of) (?:the |a |our |my |some )?(?:power |electric |electrical |utility )?(?:lines?|wires?|cables?|poles?|transformers?)\\b`) },
  { re: /\bwires? (?:is |are )?(?:on|in|across) the (?:road|street|ground|yard|sidewalk|water)\b/ },
  // Knocked down, hit, damaged.
  {
    re: new RegExp(
      `\\b(?:hit|knocked(?: down| over)?|snapped|broke|severed|tore down|took down|ripped(?: down| off)?|crashed into|ran into|smashed(?: into)?|plow(?:ed|s)? into|plough(?:ed|s)? into|slammed into|drove into|rammed into|careened into|swerved into|took out|struck|brought down|pulled down|backed into|rammed|cut through|dug into)\\b.{0,20}?\\b(?:${E_POLE}|${E_BOX}|(?:power|electric|electrical) lines?|wires?|cables?)\\b`,
    ),
  },
  {
    re: new RegExp(
      `\\b(?:${E_POLE}|${E_BOX})\\b.{0,20}?\\b${E_NOT}(?:hit|knocked (?:down|over)|smashed|damaged|cracked|split|snapped|bent|tilted|tilting|leaning|toppled|collapsed|blown|blew|busted|broken|exploded|leaking(?: oil)?|on fire|burning|smoking|sparking|arcing|buzzing|crackling|open|hanging open|wide open)\\b`,
    ),
  },
  // Sparks, arcing, flashes, crackling.
  { re: /\bsparks?\b(?! plugs?)|\barcs?\b(?! weld\w*)|\bflames?\b|(?<!\b(?:bill|bills|price|prices|charges?|rates?|costs?|usage)\b(?: \w+){0,2} (?:on |is |was )?)\bfire\b(?! up\b)|(?<!\bbatter\w*\b.{0,30})(?<!\b(?:having|had|have|has|for|grab|grabbed|grabbing|take|took|taking|enjoy\w*) a )\bsmoke\b(?! (?:detector|alarm)s?\b.{0,20}\b(?:chirp|beep|batter))|\bburning\b|\bburnt\b(?! out)|\bblaze\b/, noun: true },
  { re: /\bspark(?:ing|ed|y)\b|\barc(?:ing|ed)\b|\bflash(?:es|ed)? of (?:light|blue)|\bblue (?:flash|flashes|light|sparks)\b|\bflash(?:es|ed|ing)?\b.{0,12}\b(?:bang|boom|pop|spark\w*|smoke)\b/ },
  { re: new RegExp(`\\b(?:${E_LINE}|${E_POLE}|${E_BOX}|${E_OUTLET})\\b.{0,30}?\\b${E_NOT}(?:buzz(?:ing|es)?|crackl(?:e|es|ing)|sizzl(?:e|es|ing)|popping|pops|hiss(?:ing|es)?|fizz(?:ing|es)?|humming loud\\w*|glow(?:ing|s)?|flash(?:ing|es)?|zapping|spitting|spewing|melt(?:ed|ing|s)?)\\b`) },
  { re: /\b(?:buzz|crackl|sizzl|hiss|fizz|flash|glow|popp)\w* (?:and|with) (?:\w+ )?(?:buzz|crackl|sizzl|hiss|fizz|flash|glow|spark|smok|popp|bang)\w*/ },
  // Shock.
  {
    re: /\belectrocut\w*|\belectric(?:al)? shocks?\b|\b(?:got|get|getting|gets|been|got a|getting a) (?:a |an |some )?(?:nasty |bad |big |small |little )?(?:electric(?:al)? )?(?:shock(?:s|ed)?|zapped|jolt(?:ed)?|electrocuted)\b|\bwas (?:zapped|jolted|electrocuted)\b/,
  },
  { re: /(?<!bill |price |cost |amount |charge |news |rate )\bshocked (?:me|him|her|them|us|someone|somebody|my \w+)\b|\bshocked by (?:the |a |an |some )?(?:\w+ )?(?:wire|wires|outlet|socket|plug|switch|cable|fence|pole|box|meter|appliance|electricity|current|line|power)\b/ },
  { re: new RegExp(`\\b(?:lying|collapsed|unconscious|passed out|not moving|fell down|is down)\\b.{0,25}?\\b(?:near|next to|by|beside|under|on) (?:a |the |some )?(?:${E_LINE}|${E_POLE}|${E_BOX}|${E_OUTLET})\\b`) },
  { re: new RegExp(`\\b(?:touched|grabbed|held|brushed|stepped on|hit)\\b (?:a |the |some |that |this )?(?:${E_LINE}|${E_POLE}|${E_BOX}|${E_OUTLET}|fence|railing)\\b.{0,40}?\\b(?:collapsed|passed out|blacked out|fell down|dropped|went down|unconscious|(?:is|isn't|is not|not) (?:moving|breathing|responding))\\b`) },
  { re: /\bfeel(?:s|ing)? (?:a |an |some )?(?:small |strong |little |big |sharp |slight )?(?:shock|jolt|zap|tingl\w*)\b|\bfelt (?:a |an |some )?(?:small |strong |little |big |sharp )?(?:shock|jolt|zap|tingle|electric\w*|current)\b|\bcurrent (?:went|ran|passed|going) through\b|\b(?:thrown|knocked) (?:back|off|out) by (?:the )?(?:current|electricity|shock)\b|\b(?:flipped|touched|grabbed|switched|plugged|unplugged)\b.{0,30}?\b(?:got|was|were|been) (?:thrown|knocked|blown) (?:back|off|across|down|over|out|on (?:his|her|my|their|your) back|to the (?:ground|floor))\b/ },
  { re: /\b(?:fried|cooked|zapped|hit|knocked|thrown|burned|burnt) by (?:the )?(?:current|electricity|power|voltage|juice)\b|\bfeels? live\b|\b(?:tingl\w*|buzz\w*|shock\w*|zap\w*) (?:every time|whenever|each time) (?:i|you|we|he|she|they) (?:touch|grab|hold)|\belectric ?cut\w*|\belectr[a-z]{0,2} cut(?:e|ed|ing|es)\b|\b(?:leak(?:ing|s|ed)?|giving off|live with) (?:electricity|current)\b|\bzapped\b|\bjolt of electricity\b|\bshocks? from (?:the|a|my|our)\b|\bgetting shocks?\b|\b(?:tingl\w*|buzz\w*) when (?:i|you|we|he|she|they) (?:touch|grab|hold)/ },
  // "it bit her with current", "her arm is still tingling".
  { re: /\b(?:bit|bites|biting|stung|caught|got|hit|zapped|jolted) (?:him|her|me|them|us|my \w+|his \w+|her \w+)? ?(?:with|by) (?:the |some )?(?:current|electricity|voltage)\b|\b(?:arm|arms|hand|hands|fingers?|leg|legs|body)\b (?:is |are |was |were )?(?:still )?(?:all )?(?:tingl\w*|numb|buzzing)\b/ },
  // "my hand goes numb when I touch the switch box", "touch the gate and my arm tingles".
  { re: /\b(?:numb|tingl\w*|buzz\w*|shock\w*|zap\w*)\b(?: \w+){0,2} (?:every time|whenever|each time|when|if) (?:i|you|we|he|she|they|my \w+) (?:touch|touches|grab|grabs|hold|holds)\b|\b(?:touch|touched|grab|grabbed|hold|held)\b.{0,30}?\b(?:goes|went|go|gone|feels?|felt|got|get|is|was) (?:all )?(?:numb|tingly)\b/ },
  { re: /\b(?:fence|pipes?|tap|faucet|railing|gate|door handle|metal|water|appliance|washing machine|fridge|box|pole) (?:is |are )?(?:live|electrified|giving (?:off )?shocks?|shocking people)\b/ },
  // Fire, smoke, smell, explosion.
  {
    re: /(?<!\b(?:bill|bills|price|prices|charges?|rates?|costs?|usage|team|shooting)\b(?: \w+){0,2} )\bon fire\b(?!(?: (?!(?:is|was|are|near|by|at|in|on|the|a|and|next|behind|across|outside|over|right|now|again|still|from)\b)[a-z]+)? (?:lane|road|rd|street|st|avenue|ave|drive|dr|way|court|ct|station|hall|island|escape)\b)|\bcaught fire\b|\bablaze\b|\bburn(?:ed)? marks?\b|\bscorch\w*|\bcharred\b|(?<!\b(?:i|we|he|she|they|you|was|were) (?:was |were |am |are |is |been |had been |have been )?)\bsmoking\b(?! hot)|\bsmoky smell\b|\bsmoulder\w*|\bsmolder\w*|\bfumes\b|\bsmell(?:s|ing|ed)? (?:like )?(?:something )?(?:burn\w*|smok\w*|plastic|electrical|melting|hot)|\bsmell of (?:burning|hot|melting|burnt|scorched)\b|\bacrid\b|\b(?:burning|burnt|electrical|plastic) smell\b|\bmelt(?:ed|ing|s)? (?:the |a )?(?:outlets?|plugs?|sockets?|wires?|cables?|insulation|box|meter|cords?)\b/,
  },
  { re: /\bexplo(?:de|ded|des|ding|sion|sions)\b|(?<!\b(?:bill|bills|price|prices|charges?|rates?|costs?|usage|phone)\b(?: \w+){0,2} )\bblew up\b|\bblown up\b|\b(?:loud |big |huge )?(?:bang|boom)\b/ },
  // Overheating, a crack, a box left open.
  { re: new RegExp(`\\b(?:${E_LINE}|${E_POLE}|${E_BOX}|${E_OUTLET}|meters?)\\b.{0,25}?\\b${E_NOT}(?:overheat\\w*|too hot to touch|(?:very |really |so )?hot to the touch|scorching hot)`) },
  { re: /\bcrack(?:ed|s)? (?:in|on|through) the (?:power |utility )?(?:pole|transformer)\b|\b(?:meter|fuse|breaker|junction|electrical|power) box (?:door |cover |lid )?(?:is |was )?(?:ripped off|torn off|missing|off|gone|smashed)\b/ },
  // Water touching electrics.
  {
    re: new RegExp(
      `\\b(?:water|rain(?:water)?|flood(?:water)?s?)\\b (?:is |are |has |keeps |got |gets |started |was )?(?:\\w+ing |got |gone |went |leaked |poured |dripped |came |seeped )?(?:in|into|on|onto|over|inside|through|around|under|all over|in to|on to)\\b (?:the |my |our |a |an )?(?:\\w+ )?(?:${E_BOX}|${E_OUTLET}|meters?|electrics|electrical)\\b`,
    ),
  },
  { re: new RegExp(`\\b(?:${E_BOX}|${E_OUTLET}|${E_LINE})\\b.{0,20}?\\b${E_NOT}(?:flooded|under water|underwater|submerged|soaked|wet|dripping|filled with water|full of water|in (?:the |a )?(?:water|rain ?water|puddles?|flood ?water)|leaking water)\\b`) },
  { re: new RegExp(`\\b(?:${E_LINE}|${E_OUTLET}|${E_BOX})\\b.{0,40}?\\b(?:is|are|it is|still) (?:still )?(?:live|energi[sz]ed)\\b(?! (?:stream|music|show|chat|video))`) },
  { re: new RegExp(`\\bflood\\w*\\b.{0,30}?\\b(?:${E_BOX}|${E_OUTLET})\\b`) },
];

const RULES: { re: RegExp; noun: boolean }[] = [...ZH, ...EN].map((r) => ({
  re: new RegExp(foldToSimplified(r.re.source), r.re.flags.includes('g') ? r.re.flags : `${r.re.flags}g`),
  noun: r.noun === true,
}));

// --- Negation ------------------------------------------------------------------------------
// A negation right before the hazard. Not a question: 有没有 / 有冇 / 是不是 ask, they do not deny.
// 不是 / 唔係 is left out: it opens an answer too often ("不是，电线掉下来了").
const ZH_NEGATION = /(?:又(?:不是|唔系)|既(?:不是|唔系)|(?:也|都)(?:不是|唔系)|(?<!(?<!没)有)没有|(?<!(?<!没)有)没|(?<!(?<!冇)有)冇|(?<!要|(?<![就还都只])是)不|唔|并没有|从没|无|未|不见|(?:看|见|闻|听|睇|嗅|搵)(?:不|唔)(?:到|见|出)|唔见)$/;
const EN_NEGATION = /\b(?:no|not|never|nothing|nothings|none|without|nor|neither|nobody|no one|zero|didnt|dont|doesnt|wasnt|isnt|arent|werent|havent|hasnt|cant|couldnt|aint)$/;
// What may stand between the negation and the hazard: "没有看到冒烟", "no sign of any sparks",
// and list words that carry the negation on: "没冒烟和火花", "no sparks or smoke".
const ZH_BETWEEN = /(?:(?:看|见|闻|听|睇|发现|注意|觉得|感觉|感到|出现)(?:到|见|着|过)?有?|(?<=到|见)有|什么|任何|啥|咩|乜|人|也|都|还|和|跟|或者|或是|或|及|以及|同|又|与|明显的?|的)$/;
const EN_BETWEEN =
  /\b(?:any|a|an|the|some|sign|signs|of|us|them|you|anyone|anybody|people|got|get|see|seen|saw|sees|smell|smells|smelled|smelt|anything|something|notice|noticed|hear|heard|visible|obvious|real|actual|or|and|also|either|evidence|trace|traces|one|body|i|we|can|could|do|did|does|is|are|was|were)$/;

interface Span {
  start: number;
  end: number;
  noun: boolean;
  /** Found by the composition over the taxonomy (danger-composition.ts), not by a pattern. */
  composed?: boolean;
}

// "已经没有冒烟了", "not sparking anymore": no longer, so it was. That is a report, not a denial.
const NO_LONGER = /^(?:下来|下去|下|出来|起来|落来|落嚟|出嚟|起嚟|落|出)?(?:了|咗)|^ (?:any ?more|now)\b/;

// "不是着火 是停电了", "唔係火燭 係停電咋", "it is not a fire it is just...": the hazard is the
// thing it is not. Only with the contrast after it: a bare 不是 often opens an answer.
const ZH_NOT_BUT = /(?:不是|唔系|并不是|又不是)$/;
const ZH_BUT_AFTER = /^ ?(?:\uE000 ?)?(?:[^\uE000]{1,4}?[ \uE000]*)?(?:是|系|而是|只是|就是|纯粹是|净系|只系)/;
const EN_NOT_BUT = /\b(?:(?:it|this|that) is not|not) (?:a |an |the |any )?$/;
const EN_BUT_AFTER = /^ ?(?:\uE000 ?)?(?:(?:do not worry|dont worry|no worries|relax)[ \uE000]+)?(?:it is|this is|that is|just|only|but|its|i just|we just)\b/;

const ZH_NOT_ALSO_AFTER = /^ ?(?:也|又|都|亦|同埋)(?:没|冇|不|唔|无)/;

const A_NOT_A = /(\p{Script=Han})(?:唔|不|冇|没)(?=\1)/gu;

function isNegated(text: string, span: Span, spans: readonly Span[]): boolean {
  if (NO_LONGER.test(text.slice(span.end))) return false;
  const before = text.slice(0, span.start).replace(/ +$/, '');
  const after = text.slice(span.end);
  if ((ZH_NOT_BUT.test(before) && ZH_BUT_AFTER.test(after)) || (EN_NOT_BUT.test(`${before} `) && EN_BUT_AFTER.test(after))) return true;
  // "不是冒烟也没见火花", "唔係出煙又冇火花": a 不是 that a denial after it carries on is one too.
  if (ZH_NOT_BUT.test(before) && ZH_NOT_ALSO_AFTER.test(after)) return true;
  // 听唔听到, 有冇, 是不是 ask (A-not-A): their 唔 / 不 / 冇 / 没 denies nothing.
  let rest = text.slice(0, span.start).replace(A_NOT_A, '$1问');
  for (let step = 0; step < 12; step++) {
    rest = rest.replace(/ +$/, '');
    if (ZH_NEGATION.test(rest) || EN_NEGATION.test(rest)) return true;
    const listed = spans.find((s) => s.end === rest.length && s.start < rest.length);
    if (listed) {
      rest = rest.slice(0, listed.start);
      continue;
    }
    const between = ZH_BETWEEN.exec(rest) ?? EN_BETWEEN.exec(rest);
    if (!between) return false;
    rest = rest.slice(0, between.index);
  }
  return false;
}

// --- Place names ---------------------------------------------------------------------------
// A hazard noun followed by a place suffix, with at most two name characters between:
// 火星路, 火光村, 火烧营村, 火花小区. The characters between must not be grammar
// (火花 了/在/的 ... is an event, not a name).
// Shops and bars take names too: 火花文具铺, 触电酒吧.
const ZH_SHOP = '铺|舖|店|馆|酒吧|餐厅|酒楼|饭店|超市|商店|士多|茶楼|茶餐厅|发廊|网吧|工作室|会所';
const ZH_PLACE_AFTER = new RegExp(
  `^(?:(?![了咗着在的嘅到得过起来去下上紧住呢吗呀啊啦喇咯嘞和跟也都还又有是很好太往从把被让给冒出烧掉断一])\\p{Script=Han}){0,2}?(路|街|道|巷|弄|号|村|庄|屯|寨|镇|乡|坊|苑|园|湾|岭|坡|桥|站|厂|营|山|大厦|大楼|小区|花园|社区|广场|公园|新村|山庄|市场|商场|酒店|医院|学校|中学|小学|公司|中心|胡同|${ZH_SHOP})(.?)`, 'u');
// 路上 / 街边 read "on the road" unless the caller was naming a place (在火星路上, or it opens).
const ZH_ON_THE_ROAD = /^[路街道巷]$/;
const ZH_BESIDE = /^[上边旁面中]$/;
// Where someone lives or is (not the progressive 在 of "电箱在冒烟"), and a road or hill word right after.
const ZH_LIVES_AT = /(?:住|住在|住喺|位于|家在|家喺|屋企喺|地址是|地址系|门牌是)$/;
const ZH_ROAD_AFTER = /^(?:岭|山|坡|桥|村|庄|屯|寨|镇|乡|坊|苑|湾|路|街|巷|弄|里)/;
const ZH_PLACE_BEFORE = /(?:在|住|住在|位于|到|去|从|往|近|靠近|是|喺|住喺)$/;
// "有火光路上都是" is a hazard: something seen, not a name.
const ZH_SEEN_BEFORE = /(?:有|冒|出|起|闪|喷|溅|见|看到|看见|闻到|一股|好多|很多|都是|打|着|爆)$/;
const EN_STOP =
  'on|in|at|near|by|the|a|an|from|coming|is|are|was|were|and|or|of|all|over|across|down|up|out|around|behind|next|to|outside|inside|along|everywhere|there|here|flying|pouring|it|my|our|your|his|her|their|this|that|just|right|again|now|still|off|onto|into|under|with|for|alarm|so|but|then';
const EN_SHOP =
  'hot ?pot|noodle house|noodles|dumplings?|buffet|bar|pub|pizza|pizzeria|grill|broiler|cafe|restaurant|diner|bistro|kitchen|shop|store|salon|gym|club|hotel|motel|inn|bakery|market|studio|theater|theatre|cinema|lounge|saloon|tavern|brewery|company|inc|llc|ltd|records|tattoo|bbq|barbecue|burgers?|tacos?|wings|steakhouse|fitness|academy|church|school';
// A town or a state after the noun: "Sparks Nevada", "Flame Town".
const EN_REGION =
  'city|town|county|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming';
const EN_PLACE_AFTER = new RegExp(
  `^(?: (?!(?:${EN_STOP})\\b)[a-z]+){0,2} (?:${EN_SHOP}|${EN_REGION}|road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|court|ct|place|pl|terrace|close|crescent|circle|parkway|pkwy|highway|hwy|square|sq|plaza|park|village|estate|building|tower|towers|centre|center|mall|station|hill|heights|gardens|grove|apartments|ridge|valley|creek|mountain|lake|plant|works|factory|mill|depot|warehouse|supply|supplies|housing|quarters|dorms?|complex)\\b`,
);
const EN_SEEN_BEFORE = /\b(?:see|saw|seeing|smell|smelled|smelt|there are|there is|there is a|lots of|some|with|and|of)$/;
const EN_NAME_BEFORE = /\b(?:mr|mrs|ms|miss|dr|mister|name is|named|called|\d+)$/;

// Any hazard phrase can name a shop when the shop word follows at once and the place is
// pointed at: "the Live Wire bar", "喺触电酒吧".
const ZH_SHOP_AFTER = new RegExp(`^(?:${ZH_SHOP})`);
const EN_SHOP_AFTER = new RegExp(`^ (?:${EN_SHOP}|lofts?|flats|apartments?|apts|condos?|condominiums?|residences?|suites|towers?|villas?|mansions?|plaza|building|centre|center|complex)\\b`);
const EN_POINTED_BEFORE = /\b(?:the|at|from|in|to|near)$/;

function isPlaceName(text: string, span: Span): boolean {
  const before = text.slice(0, span.start).replace(/ +$/, '');
  const after = text.slice(span.end);
  if (!span.noun) {
    // A phrase names a place only where a place is pointed at: 喺触电酒吧, 在冒烟岭路, the Live Wire bar.
    const named = (ZH_PLACE_BEFORE.test(before) && ZH_SHOP_AFTER.test(after)) || (ZH_LIVES_AT.test(before) && ZH_ROAD_AFTER.test(after));
    return named || (EN_SHOP_AFTER.test(after) && EN_POINTED_BEFORE.test(before));
  }
  if (/[a-z]$/.test(text.slice(span.start, span.end))) {
    if (EN_NAME_BEFORE.test(before)) return true;
    return !EN_SEEN_BEFORE.test(before) && EN_PLACE_AFTER.test(after);
  }
  if (ZH_SEEN_BEFORE.test(before)) return false;
  const m = ZH_PLACE_AFTER.exec(after);
  if (!m) return false;
  const [, suffix = '', next = ''] = m;
  const opensOrNamed = before === '' || before.endsWith(CLAUSE) || ZH_PLACE_BEFORE.test(before);
  return !(ZH_ON_THE_ROAD.test(suffix) && ZH_BESIDE.test(next) && !opensOrNamed);
}

// --- Not a hazard here and now -------------------------------------------------------------
// A hypothetical, a question about rules or safety, a drill, smoke from a barbecue or incense, a
// film or the news, a hazard already repaired, a phone burning: danger-context.ts (words as data per
// locale). Each reads only its own words, so a present hazard said beside one is still danger.

// --- The rule ------------------------------------------------------------------------------

/** Normalized text with clause breaks kept (see CLAUSE) and hazard homophones folded. */
function prepare(text: string): string {
  return foldHazardHomophones(normalizeText(text.replace(CLAUSE_PUNCTUATION, ` ${CLAUSE} `)));
}

/** Where a global regex goes on after an empty match at `index` (a whole code point with u or v: AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

function hazardSpans(text: string): Span[] {
  const found: Span[] = [];
  // exec() on the rule's own global regex, as matchAll() would iterate it: matchAll() first copies
  // the regex, and with some seventy rules per utterance the copies were 2% of a turn (issue 15).
  for (const { re, noun } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length) found.push({ start: m.index, end: m.index + m[0].length, noun });
      else re.lastIndex = advance(text, re.lastIndex, /[uv]/.test(re.flags));
    }
  }
  // An object and a hazardous state of it said near each other (danger-taxonomy.ts), dismissed alike:
  // only where no pattern found the hazard, so a pattern's phrase stays as it was found.
  const patterns = found.length;
  for (const c of composedSpans(text, (start, end) => isPlaceName(text, { start, end, noun: true }))) {
    if (!found.slice(0, patterns).some((s) => s.start < c.end && c.start < s.end)) found.push({ ...c, noun: false, composed: true });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping finds are one hazard phrase (冒火花 and 火花): a noun only if all of them are.
  const spans: Span[] = [];
  for (const s of found) {
    const last = spans[spans.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.noun &&= s.noun;
      last.composed &&= s.composed;
    } else spans.push({ ...s });
  }
  return spans;
}

export interface DangerFinding {
  /** The hazard phrase as normalized. */
  phrase: string;
  /** Why it does not count, or null when it is danger. */
  dismissed: 'negated' | 'place name' | 'not present' | null;
  /** A written pattern found it, or the composition of an object and its state (danger-taxonomy.ts). */
  by: 'pattern' | 'composition';
  /** Why it is not here and now (danger-context.ts), when that is why it is dismissed. */
  notHere?: NotHereKind;
}

/** Every hazard phrase in the text and what was decided about it (for --explain and tests). */
export function explainDanger(text: string): DangerFinding[] {
  return decide(prepare(text));
}

/**
 * The hazard phrases the composition over the taxonomy finds alone (danger-taxonomy.ts), without the
 * written patterns, dismissed the same way: how it is measured on recognizers that did not have it.
 */
export function explainComposedDanger(text: string): DangerFinding[] {
  const prepared = prepare(text);
  const spans = hazardSpans(prepared);
  // The patterns' own spans stay in view for the negation of a list ("nothing smoking or sparking the meter").
  const composed = composedSpans(prepared, (start, end) => isPlaceName(prepared, { start, end, noun: true })).map((c) => ({ ...c, noun: false }));
  return composed.map((span) => finding(prepared, { ...span, composed: true }, [...spans, ...composed].sort((a, b) => a.start - b.start)));
}

function decide(prepared: string): DangerFinding[] {
  const spans = hazardSpans(prepared);
  return spans.map((span) => finding(prepared, span, spans));
}

function finding(prepared: string, span: Span, spans: readonly Span[]): DangerFinding {
  const phrase = prepared.slice(span.start, span.end).replaceAll(CLAUSE, '').replace(/\s+/g, ' ').trim();
  const by = span.composed ? 'composition' : 'pattern';
  if (isNegated(prepared, span, spans)) return { phrase, dismissed: 'negated', by };
  if (isPlaceName(prepared, span)) return { phrase, dismissed: 'place name', by };
  const notHere = notHereAndNow(prepared, span, spans);
  return notHere ? { phrase, dismissed: 'not present', by, notHere } : { phrase, dismissed: null, by };
}

/**
 * The hazard phrase that makes the utterance danger, or null. Takes the caller's words as
 * said (punctuation marks a clause) or already normalized.
 */
export function findDanger(text: string): string | null {
  return explainDanger(text).find((f) => f.dismissed === null)?.phrase ?? null;
}

// Someone shocked: the first advice is an ambulance (120), before anything else (issue 8 item 5).
const SHOCK =
  /触电|触(?:着|到|了|咗)电|电击|电伤|电晕|电亲|(?:被|让|叫|俾|畀|遭|给)(?:高压)?电(?:流)?(?:给)?(?:电|打|击|到|伤|死|晕|麻|倒|咗|亲|中)|电(?:打|倒|晕|伤|死|麻|击)(?:了|咗|着|到|人|我|佢|他|她)|电到(?:人|我|佢|他|她|小孩|孩子)|electrocut\w*|\bshock(?:ed|s)?\b|\bzapped\b|\bjolt(?:ed)?\b|\bthrown back\b/;

// Something on fire: 119 first, and no water on it (audit 2 of issue 14).
const FIRE = /着火|著火|起火|失火|火灾|火災|烧起来|燒起來|火烛|火燭|冒火(?!花)|\bon fire\b|\bfire\b|\bflames?\b|\bburning\b/;

/** Whether a danger report says that something is on fire (the meter box, a wire, the house). */
export function reportsFire(text: string): boolean {
  return explainDanger(text).some((f) => f.dismissed === null && FIRE.test(f.phrase));
}

/** Whether a danger report says that someone has been shocked (the caller, or someone there). */
export function reportsShock(text: string): boolean {
  return explainDanger(text).some((f) => f.dismissed === null && SHOCK.test(f.phrase));
}
