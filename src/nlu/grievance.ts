/**
 * A caller's grievance in their words (N12, N24): dissatisfaction said outright ("不满意，怎么这么贵",
 * "唔滿意", "not happy"), a request for the duty supervisor said any way, politely or inside a
 * complaint ("什么破服务…我要找你们领导", "爛服務…我要搵你哋主管", "get me your manager"), and
 * whether a grumble is about the bill. Patterns on normalized text (Traditional folded to
 * Simplified; 搵 is 揾), every locale at once since callers mix languages. Narrower than the survey's
 * words (`dissatisfied` in locales/words, where "not really" and "不行" are answers to "satisfied?").
 */
import { normalizeText } from './normalize.js';

/** Dissatisfaction said outright, in any of the three languages. */
const DISSATISFIED = [
  /不[太很怎么是大]{0,3}满意|不满|没有?满意|唔[系係]?[好太]?满意|冇满意/u,
  /(?:^|[^a-z])(?:not|never) (?:very |really |at all |too )?(?:happy|satisfied|pleased)(?:$|[^a-z])/,
  /(?:^|[^a-z])(?:unhappy|dissatisfied|unsatisfied|displeased)(?:$|[^a-z])/,
];

/** Said while satisfied after all ("没有不满意", "not unhappy"): not a grievance. */
const NOT_DISSATISFIED = /没有?不满|冇唔满|not (?:unhappy|dissatisfied)/u;

/** The people a caller asks for when the agent is not enough (N24). */
// A verb of asking, then the person, close by; never a complaint about them ("我要投诉你们经理").
const SUPERVISOR_ZH = /(?:找|叫|要|转|揾|搵|同|跟|让|请|喊|畀|俾)(?:(?!投诉|举报|告)[^，。？！]){0,6}?(?:领导|经理|主管|负责人|值班长|值长|上司|上级|老板|老细|管事的|话事人|阿头)/u;
const SUPERVISOR_EN = [
  /(?:^|[^a-z])(?:speak|talk|get|put|want|need|transfer me|connect me|give me|let me)(?: [a-z]+){0,4} (?:supervisor|manager|boss|person in charge|someone (?:more )?senior)(?:$|[^a-z])/,
  /^(?:(?:a|the|your|duty) )?(?:supervisor|manager)(?: please)?$/,
  /(?:^|[^a-z])escalate(?:$|[^a-z])/,
];

/** What a bill grumble names: the bill, the price, "so expensive". */
const ABOUT_THE_BILL = /电费|电价|电表|收费|扣费|太贵|这么贵|那么贵|咁贵|好贵|贵|(?:^|[^a-z])(?:bill|bills|billed|expensive|charge|charges|charged|price|prices|tariff)(?:$|[^a-z])/u;

/** The words say the caller is not satisfied (不满意, 唔滿意, "not happy"), with or without a reason. */
export function saysDissatisfied(text: string): boolean {
  const normalized = normalizeText(text);
  return !NOT_DISSATISFIED.test(normalized) && DISSATISFIED.some((pattern) => pattern.test(normalized));
}

/** The words ask for the supervisor, the manager, 领导 or 主管, whatever else they say. */
export function asksForSupervisor(text: string): boolean {
  const normalized = normalizeText(text);
  return SUPERVISOR_ZH.test(normalized) || SUPERVISOR_EN.some((pattern) => pattern.test(normalized));
}

/**
 * What a caller said together with the request for the supervisor (N24): the clauses that do not ask
 * for him ("我要找你们领导，停电三天了没人管" -> 停电三天了没人管), for the supervisor's summary;
 * undefined when the words were only the request.
 */
export function saidBesidesSupervisor(text: string): string | undefined {
  const rest = text
    .split(/(?<=[，。？！,.?!；;])/u)
    .filter((clause) => !asksForSupervisor(clause))
    .join('')
    .replace(/^[\s，。？！,.?!；;]+|[\s，。？！,.?!；;]+$/gu, '');
  return /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
}

/** The grumble is about the bill or the price ("怎么这么贵", "why is my bill so high"). */
export function grumblesAboutBill(text: string): boolean {
  return ABOUT_THE_BILL.test(normalizeText(text));
}
