/**
 * Out of scope: the 95598 line serves grid electricity. "手机没电了", "my car battery died",
 * "停水了 什么时候来水", "my gas bill is too high" use the words of a fault, an outage or a bill,
 * but about a phone, a car, water or gas. Such an utterance gets no business intent: the caller
 * is asked again (and hears what the line is for), instead of being sent down a fault report.
 *
 * Rule: the utterance names another utility or a battery-powered device, and once the device
 * phrases are taken out, no word of grid electricity is left. Runs on normalized text.
 */
// A charger for an electric car is a grid business (new_service): protected from DEVICE below.
const GRID_FIRST = /充电桩|充电站|充电设施|ev charger|car charger|charging (?:station|point|pile)s?|charger for (?:my|the|our) (?:car|ev)/g;

// Devices with their own battery or mains plug, with the words for their charge or state.
const DEVICE_ZH =
  /(?:手机|电池|电瓶|充电宝|尿袋|充电器|充电线|叉电器|遥控器?|电动牙刷|牙刷|汽车|车子|小车|电动车|电单车|电瓶车|摩托车?|电脑|笔记本|平板|电视机?|路由器|电梯|𨋢|风筒|电芯)(?:的|个|嘅|嗰)?(?:电池|电瓶|电芯)?(?:都|又|已经|完全)?(?:(?:没有?|冇|无)(?:晒|哂|咗|了)?电|充不[进上了]电?|充唔入电?|叉唔入电?|叉唔到电|电量|电|坏了|坏咗)?/g;
const DEVICE_EN =
  /\b(?:(?:cell |mobile )?phones?|cellphones?|batter(?:y|ies)|power banks?|charging cables?|laptops?|tablets?|tvs?|televisions?|remotes?|toothbrush(?:es)?|cars?|trucks?|scooters?|e ?bikes?|motorbikes?|flashlights?|routers?|elevators?|lifts?)\b/g;

// Other utilities and services (not electricity).
const OTHER_UTILITY = /停水|来水|有水|没有?水|冇水|无水|水费|自来水|水管|水喉|水压|燃气|煤气|天然气|石油气|宽带|网络|上网|wifi|话费|流量|\b(?:water|gas|internet|broadband|wi ?fi|data plan|cable tv)\b/;

// What is left that still speaks of grid electricity.
const GRID = /电|power|electric|light|lamp|meter|outage|blackout|breaker|fuse|volt|watt|kwh|outlet|socket|wir(?:e|ing)|cables?|lines?|solar|grid|current|supply|ev charger/;

export function outOfScope(normalized: string): boolean {
  const protectedText = normalized.replace(GRID_FIRST, ' 电 ');
  const devicesOut = protectedText.replace(DEVICE_ZH, ' ').replace(DEVICE_EN, ' ');
  const named = devicesOut !== protectedText || OTHER_UTILITY.test(protectedText);
  return named && !GRID.test(devicesOut);
}
