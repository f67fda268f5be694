/** What the flows' ask states share: the yes/no choices and the length of the reprompt ladder (N7). */
import type { AskChoice, InPassing } from '../core/meta.js';

/** The yes/no choices of every confirmation: 1 yes, 2 no (N8 read back and confirm). */
export const YES_NO: AskChoice[] = [
  { id: 'yes', dtmf: '1', intents: ['affirm'] },
  { id: 'no', dtmf: '2', intents: ['deny'] },
];

/**
 * How a yes and a no read on the chat buttons, fitting the question (choice.yes_<as>, choice.no_<as>):
 * `right` a read-back ("核对一下…对吗？" 对 / 不对), `need` an offer ("需要…吗？" 需要 / 不需要), `have`
 * a question of whether there is something (有 / 没有), `more` "anything else?" (还有 / 没有了),
 * `ok` a proposal ("帮您登记投诉好吗？" 好的 / 不用了). Keys and speech still pick them as before.
 */
export type YesNoLabels = 'right' | 'need' | 'have' | 'more' | 'ok';

/** The choices with their yes and no labelled as `as` says (only their chat buttons change). */
export function yesNoAs(choices: readonly AskChoice[], as: YesNoLabels): AskChoice[] {
  return choices.map((c) => (c.id === 'yes' || c.id === 'no' ? { ...c, label: `choice.${c.id}_${as}` } : c));
}

/** A read-back, answered 对 / 不对 (N8). */
export const RIGHT_OR_NOT: AskChoice[] = yesNoAs(YES_NO, 'right');

/** An offer, answered 需要 / 不需要. */
export const NEED_OR_NOT: AskChoice[] = yesNoAs(YES_NO, 'need');

/**
 * A read-back that holds the contact number (N8): yes, no, or the number named as what is wrong
 * ("号码不对", "电话错了", "唔係呢個號碼", "wrong number": locales/words contact.wrong), taken again at once.
 */
export const READ_BACK_WITH_NUMBER: AskChoice[] = [...RIGHT_OR_NOT, { id: 'contact_number', words: 'contact.wrong', hidden: true }];

/**
 * The consultation topics the knowledge base answers at once (N11): keys of the topic menu, and
 * the topics a caller may name in passing where a consultation can be chosen (`AskMeta.inPassing`).
 */
// business_hours and payment (营业厅周末开门吗, 怎么交电费): answered at once, never a 2-day callback (audit 2, finding 5; N11).
// safety ("万一电线掉下来怎么办"): the recognizer names it (its safety-question reading, N10), never the words alone.
export const KB_TOPICS = ['prices', 'new_connection', 'ev_charger', 'capacity_increase', 'name_transfer', 'business_hours', 'payment', 'safety'] as const;

/**
 * What a caller who names a need may say with it, taken so that it is not asked again (N8): the
 * knowledge-base topic, the outage scope and the address ("我家停电了，城关区人民路88号", "成棟樓冇電",
 * "the whole street has no power, 12 Jiefang Street"). Only home said as only home ("就我家",
 * `home.only`) is a scope here: "我家停电了" tells of the caller's home, not that it is the only one.
 */
export const WITH_A_NEED: InPassing = {
  topics: KB_TOPICS,
  scopes: [{ id: 'home', words: 'home.only' }, { id: 'building' }, { id: 'area' }],
  address: true,
  description: true,
  when: true,
  // "我要举报有人偷电": a theft report, its type not asked again (audit 2, finding 9).
  kinds: ['theft', 'misconduct'],
};

/** Is this the number to call? (the fault's crew, the complaint's reply; "号码不对": locales/words contact.*) */
export const CONTACT_YES_NO: AskChoice[] = yesNoAs([
  { id: 'yes', dtmf: '1', intents: ['affirm'], words: 'contact.yes' },
  { id: 'no', dtmf: '2', intents: ['deny'], words: 'contact.no' },
], 'right');

/** Misses (no input / no match) an ask tolerates; the next one leaves the ask (agent or goodbye). */
export const LADDER_LIMIT = 2;
