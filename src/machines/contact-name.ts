/**
 * How a chat customer whose name we do not know asked to be addressed (issue 14): "我姓王" is 姓王,
 * "王女士" is 王女士, "my name is John Smith" is John Smith, "叫我陈生就得" is 陈生. What is kept is
 * what the customer gave, without the words around it; said back as the report's contact person (N8).
 */
import { MOBILE_IN_TEXT } from '../core/phone-number.js';

const LEAD = /^(?:(?:嗯|呃|哦|好的?|好)[，,、\s]*)?(?:免贵姓|我姓|我叫|叫我做|叫我|我是|我係|my name is|my name's|the name is|i am|i'm|it's|this is|call me|name's)\s*/i;
const TAIL = /(?:就行了?|就可以了?|就好了?|就得|就ok|吧|呀|啊|啦|喇|嘅|please|thanks|thank you)?[\s。.!！,，~～]*$/i;
const MAX = 16;

/** The name to address the customer by, or null when the words give none. */
export function contactName(text: string): string | null {
  let name = text.trim().replace(LEAD, '').replace(TAIL, '').trim();
  if (name.startsWith('姓') && name.length > 1) name = name.slice(1);
  if (name === '' || name.length > MAX || /\d{3}/.test(name)) return null;
  // A family name alone (王, Chan): 姓王 for a Chinese one, as a 95598 agent would write it.
  return /^\p{Script=Han}$/u.test(name) ? `姓${name}` : name;
}

/**
 * A mainland mobile number the customer typed in passing ("我电话是139 1234 5678"): taken as the
 * report's contact number, and read back before it is used (N8), not asked for again.
 */
export function mobileIn(text: string | null | undefined): string | null {
  const digits = (text ?? '').replace(/(?<=\d)[\s-](?=\d)/g, '');
  const found = MOBILE_IN_TEXT.exec(digits);
  return found ? found[0] : null;
}
