/**
 * A lift stopped in an outage ("整栋楼都没电了，电梯也停了", "𨋢停咗", "the elevator stopped"): a real
 * agent asks next whether anyone is trapped (N10, issue 8 item 5). Any words of a stopped, stuck or
 * dead lift count; a lift that merely exists ("电梯旁边的电表箱") does not.
 */
import { foldToSimplified } from './hant-to-hans.js';

const ZH_LIFT = '(?:电梯|升降机|𨋢|𨋢)';
const ZH_STOPPED = '(?:也|都|又|就|突然|已经|全|全部)?(?:停了|停咗|停住|停在|停晒|停下|停运|坏了|坏咗|不动|唔郁|冇反应|没反应|卡住|卡在|卡咗|困|关住|关咗|没电|冇电|用不了|用唔到|不能用|唔用得|动不了|停)';
const ZH = new RegExp(`${ZH_LIFT}(?:里|入面|里面|度)?(?:的|嘅)?(?:人)?${ZH_STOPPED}|(?:困|关|卡)(?:在|喺|咗喺)?${ZH_LIFT}`, 'u');
const EN = /\b(?:lifts?|elevators?)\b[^.!?]{0,24}\b(?:stopp?(?:ed)?|stuck|dead|not (?:working|moving)|broke|broken|died|halted|jammed)\b|\b(?:stuck|trapped)\b[^.!?]{0,20}\b(?:lifts?|elevators?)\b/i;

export function reportsStoppedLift(text: string): boolean {
  const folded = foldToSimplified(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ');
  return ZH.test(folded.replace(/ /g, '')) || EN.test(folded);
}
