/**
 * The fault a caller describes in the words that named the business (issue 9 item 2, N8): "家里一半
 * 房间没电，城关区人民路88号" tells what is wrong (家里一半房间没电) as well as where, so the report does
 * not ask "请简单说一下故障情况" again; the read-back confirms it. Only a symptom counts (all of it
 * out, part of the home out, flickering or dim lights, a breaker that trips, low voltage): "我要报修",
 * "停电了" or "report a fault" name the business and describe nothing yet.
 */
import { namedAddress } from './address.js';
import { foldToSimplified } from './hant-to-hans.js';

/**
 * What is wrong beyond "the power is out": the description question tells a total outage from a
 * partial one, flickering, a breaker that trips or low voltage, so a bare "停电了" / "power is out"
 * describes nothing yet (the question is asked); "全部没电", "一半房间没电", "灯一闪一闪" do.
 */
const SYMPTOM_ZH =
  /(?:全部|全都|完全|全屋|全家|整个家|成间屋|全间屋)(?:都)?(?:没电|没有电|冇电|停电|停咗电|黑)|一点电都没有|一啲电都冇|时有时无|时有时冇|一阵有电一阵没电|忽明忽暗|闪(?:来闪去|下闪下|个不停|烁)|一闪一闪|灯(?:很|好|特别)?暗|跳闸|跳掣|跳咗掣|总闸(?:合|推)不上|电压(?:很|好|太|特别)?(?:低|高|不稳|唔稳)|(?:一半|一部分|部分|有的|有啲|某些|几个)(?:房间|房|地方|插座|插苏|灯)?(?:有电|没电|冇电|不通电|唔通电)/u;
const SYMPTOM_EN =
  /\b(?:no power at all|(?:all|none) of (?:the|my|our) (?:power|lights|sockets|outlets)|completely (?:out|dark|off)|totally (?:out|dark|off)|flicker\w*|dimm?(?:ed|ing)?\b|trip(?:s|ped|ping)?\b|low voltage|voltage (?:is )?(?:low|high|unstable)|half (?:of )?(?:the|my|our) (?:house|home|flat|apartment|rooms?|sockets?|outlets?|lights?)|some of (?:the|my|our) (?:rooms?|sockets?|outlets?|lights?)|(?:on and off|off and on|comes and goes))/iu;

/** Words that only name the business or open the call: taken off the front. */
const OPENING_ZH = /^(?:[\s,，。.!！?？、]|喂|你好|您好|嗯|呃|啊|那个|请问|麻烦|我要|我想|想|要|帮我|给我|报修|报个修|报障|报故障|故障报修|报一下|报个|修一下|一下)+/u;
const OPENING_EN = /^(?:[\s,.!?]|hi|hello|hey|um|uh|yes|yeah|ok(?:ay)?|please|i want to|i would like to|i'd like to|i need to|report(?:ing)?|a fault|an outage|a problem)+\b/iu;

/**
 * The description in the words, without the address and what only opened the call; null when no
 * symptom is told. `address`: the one already found in the words (namedAddress), when the caller has it.
 */
export function faultDescriptionIn(text: string, address: string | null = namedAddress(text)): string | null {
  let rest = address && text.includes(address) ? withoutPlace(text, address) : text;
  rest = rest.replace(OPENING_ZH, '').replace(OPENING_EN, '');
  rest = rest.replace(/[\s,，、;；]{2,}/gu, '，').replace(/^[\s,，。.!！?？、]+|[\s,，、;；]+$/gu, '').trim();
  if (!rest) return null;
  return SYMPTOM_ZH.test(foldToSimplified(rest)) || SYMPTOM_EN.test(rest) ? rest : null;
}

/** The words around the address, joined: "my lights flicker at 12 Jiefang Street" -> "my lights flicker". */
function withoutPlace(text: string, address: string): string {
  const at = text.indexOf(address);
  const latin = !/\p{Script=Han}/u.test(text);
  let before = text.slice(0, at);
  let after = text.slice(at + address.length);
  if (latin) {
    before = before.replace(/(?:\b(?:i|we) (?:live|am|are|'m|'re)\s+)?\b(?:at|on|in|near|by|from)\s*,?\s*$/iu, '');
    after = after.replace(/^\s*,?\s*(?:and|but|so)?\s+/iu, '');
  }
  return [before.trim(), after.trim()].filter(Boolean).join(latin ? ', ' : '，');
}
