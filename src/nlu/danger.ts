import { compilePattern } from './lexicon/compile.js';

/**
 * N10: danger goes first. An utterance with one of these is `danger`, whatever else it
 * says and whatever the locale of the call: a fallen wire, sparks, an electric shock,
 * fire or smoke. Negation does not cancel it ("没有冒烟" is still danger): a false alarm
 * costs a safety prompt, a miss can cost a life. A flow that asks "is there danger?"
 * reads the answer with yesNo(), not with the intent recognizer.
 *
 * Patterns run on normalized text (simplified, lower case, no punctuation); Cantonese forms
 * are written in traditional characters and folded like the input.
 */
const WIRE = '(电线|电缆|高压线|电线杆|电杆|线杆|电力线|火线|电线头|变压器|电箱|電線|電纜|電線桿|電杆|高壓線|电线)';

const ZH: RegExp[] = [
  // Fallen or broken wires and poles: 电线掉了, 電線跌咗落地, 电线杆被撞倒了, 高压线断了.
  new RegExp(`${WIRE}.{0,8}?(掉|断|落地|落下|倒|垂|跌|甩|坠|拖地|搭在|碰到|垮|塌|冧|吊住|吊咗|耷|斜)`),
  /(地上|路上|路中间|街上|马路).{0,6}(电线|电缆|高压线|電線)/,
  /(压|砸|刮|吹|撞)(断|倒|到|落|跌)?(了|咗)?(电线|电缆|高压线|电杆|电线杆|電線)/,
  /树.{0,6}(倒|断|冧).{0,8}(电线|电缆|高压线|電線)/,
  /(碰|摸|触|踩|掂|摸到|掂到)(到|着|咗)?(电线|电缆|高压线|裸线|電線)/,
  /(断线|掉线头|垂下来的线|裸露的电线|電線斷|电线断)/,
  // Electric shock.
  /触电|觸電|电到人|电到我|电到小孩|电到手|被电(到|了|着|伤|死|晕|麻)|电伤|电死|电亲|電親|电咗|電咗|俾电|畀电|麻手|手麻|电麻|漏电(?!保护|开关|保|断路)/,
  // Sparks.
  /打火|火花|火星|火光|火苗|明火|火舌|跳火|闪火|拉弧|电弧|爆火|冒火花|出火|噼里啪啦|劈里啪啦/,
  /(插座|开关|电表|电箱|电线|插头|电器|变压器|电杆|表箱|線|线|电房|配电房).{0,6}(冒火|着火|起火|烧起来|炸|爆)/,
  // Fire, burning, smoke, explosion.
  /起火|着火|失火|火灾|火警|烧着|燒著|烧起来|烧起嚟|着咗火|起咗火|火烧|烧焦|焦味|燶|糊味|烧糊|冒烟|冒煙|出烟|有烟|烟雾|浓烟|冒白烟|冒黑烟|起烟|爆炸|烧融|熔化|融化咗/,
];

const EN: RegExp[] = [
  /\b(wires?|lines?|cables?|poles?)\b.{0,25}\b(down|fell|fallen|falling|on the ground|hanging|snapped|broke|broken|sagging|dangling|came down|lying|leaning)\b/,
  /\b(downed|fallen|falling|broken|snapped|dangling|hanging|live|exposed|loose) (power |electric |electrical )?(wires?|lines?|cables?|poles?)\b/,
  /\bwires? (is |are )?(on|in|across) the (road|street|ground|yard|sidewalk)\b/,
  /\b(fell|fallen|falling|came down|crashed|landed|leaning) (on|onto|against) (the |a |our |my )?(power |electric )?(lines?|wires?|cables?)\b/,
  /\bspark(s|ing|ed|y)?\b|\barc(ing|ed)\b|\bsparks? flying\b/,
  /\belectrocut\w*|\belectric(al)? shock|\b(got|get|getting|gets|been) (a |an )?(electric )?(shock|shocks|shocked|zapped)\b|\bshocked me\b|\bzapped\b|\bshock from\b|\bgetting shocks?\b|\btingl(e|es|ing) when/,
  /\bfire\b|\bon fire\b|\bflames?\b|\bburning\b|\bburnt smell\b|\bburning smell\b|\bsmell of burning\b|\bsmoke\b|\bsmoking\b|\bsmoldering\b|\bsmouldering\b/,
  /\bexplo(de|ded|des|sion|sions)\b|\bblew up\b|\bblown up\b|\bmelt(ed|ing)\b/,
];

const ALL: RegExp[] = [...ZH, ...EN].map(compilePattern);

/** The danger phrase found in normalized text, or null. */
export function findDanger(normalized: string): string | null {
  for (const re of ALL) {
    const m = re.exec(normalized);
    if (m) return m[0];
  }
  return null;
}
