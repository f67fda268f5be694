/**
 * Turns what the user did (Input) into what it means at the current ask (a DialogueEvent).
 * Machines never see keys or transcripts; channels never decide meaning.
 *
 * Keypad: a choice's key picks it; `*` repeats, `0` asks for an agent (unless `0` is a choice);
 * a digit ask takes exactly its number of digits. Words: the intent recognizer names the choice
 * or a global command; a danger sentence always means danger (N10); a spoken digit ("一", "one")
 * picks the choice on that key; spoken numbers fill a digit ask.
 */
import type { Locale } from '../core/locale.js';
import type { Input } from '../core/conversation.js';
import type { AskMeta } from '../core/meta.js';
import type { DialogueEvent } from '../core/events.js';
import type { Intent, IntentRecognizer, IntentResult, Understanding } from '../core/intents.js';
import { spokenDigits } from '../nlu/normalize-digits.js';
import { matchYesNo, turnsAway, yesNo } from '../nlu/yes-no.js';
import { choiceByWords, matchChoiceWords } from '../nlu/choice-words.js';
import { findDanger, reportsFire, reportsShock } from '../nlu/danger.js';
import { normalizeText } from '../nlu/normalize.js';
import { hasAddressWord, locationAnswer, placeInstead } from '../nlu/location.js';
import { nonAnswer } from '../nlu/non-answer.js';
import { namesDistrict } from '../services/address-district.js';
import { addressIn, namedAddress, placeInStory } from '../nlu/address.js';
import { timePhraseIn } from '../nlu/time-phrase.js';
import { faultDescriptionIn } from '../nlu/fault-description.js';
import { spokenKey } from '../nlu/spoken-key.js';
import { reportsStoppedLift } from '../nlu/lift.js';
import { languageOfWords } from '../nlu/language-of.js';
import { soundsUpset, storyTold } from '../nlu/feelings.js';
import { asksForSupervisor, grumblesAboutBill, saidBesidesSupervisor, saysDissatisfied } from '../nlu/grievance.js';
import { UNHAPPY, UNHAPPY_ABOUT_BILL } from '../core/meta.js';
import { isPhoneNumber } from '../core/phone-number.js';

export interface InterpretOptions {
  locale: Locale;
  recognizer: IntentRecognizer;
  /** Speech transcripts below this confidence are not trusted: a no match. */
  minSpeechConfidence: number;
}

/** Within a free-text ask, only a clearly recognized command interrupts the answer. */
const COMMAND_CONFIDENCE_IN_TEXT = 0.8;
/** A command this sure (goodbye, agent, supervisor, repeat, language) is taken at a choice before its yes/no words. */
const SURE_COMMAND = 0.9;
/** A menu word that is most of the sentence ("我要投诉或举报") beats the business a part of it names. */
const WORDS_OVER_BUSINESS = 0.7;
/** The intents of a bare yes or no: words after one that the recognizer reads as another intent are a statement. */
const YES_OR_NO: readonly Intent[] = ['affirm', 'deny'];
/** Fewer digits than this at a digit ask are not read back: a stray "一" is not a number. */
const MIN_HEARD_DIGITS = 3;

export async function interpret(input: Input, ask: AskMeta, options: InterpretOptions): Promise<DialogueEvent> {
  switch (input.type) {
    case 'hangup':
      return { type: 'hangup' };
    case 'noInput':
      return { type: 'noInput' };
    case 'choice':
      return ask.choices?.some((c) => c.id === input.id) ? choice(input.id) : globalCommand(input.id) ?? { type: 'noMatch' };
    case 'dtmf':
      return fromKeys(input.digits, ask);
    case 'speech':
      if ((input.confidence ?? 1) < options.minSpeechConfidence) return { type: 'noMatch', unclear: true };
      return withTold(input.transcript, withLift(input.transcript, withInPassing(input.transcript, ask, await fromWords(input.transcript, ask, options))));
    case 'text':
      return withTold(input.text, withLift(input.text, withInPassing(input.text, ask, await fromWords(input.text, ask, options))));
  }
}

/**
 * N3: the caller's words sound upset or angry ("怎么搞的", "搞乜鬼", "this is ridiculous", "again?!").
 * The host sends the flow `upset` before the event of these words; speech too unsure to act on is not read.
 */
export function soundsUpsetInput(input: Input, minSpeechConfidence: number): boolean {
  if (input.type === 'speech') return (input.confidence ?? 1) >= minSpeechConfidence && soundsUpset(input.transcript);
  return input.type === 'text' && soundsUpset(input.text);
}

/** Words that tell a long wait or the same failure again say so (N12: the flow reacts to it), whatever they chose. */
function withTold(text: string, event: DialogueEvent): DialogueEvent {
  if (!(event.type === 'text' || event.type.startsWith('choice.'))) return event;
  const told = storyTold(text);
  return told ? ({ ...event, told } as DialogueEvent) : event;
}

/** An answer that tells of a stopped lift says so (N10: is anyone trapped?), whatever it chose. */
function withLift(text: string, event: DialogueEvent): DialogueEvent {
  if ((event.type === 'text' || event.type.startsWith('choice.')) && reportsStoppedLift(text)) return { ...event, lift: true } as DialogueEvent;
  return event;
}

/**
 * What the words say in passing, beside the answer, where the ask looks for it (`AskMeta.inPassing`):
 * "装充电桩要什么材料" is the consultation, on EV chargers; "整栋楼都没电，人民路88号" the fault
 * report, of the whole building, at 人民路88号. The flow answers or skips those questions (N8, N11).
 */
function withInPassing(text: string, ask: AskMeta, event: DialogueEvent): DialogueEvent {
  const look = ask.inPassing;
  // A story said where a kind is chosen ("饭店私自从电线杆上拉线用电" at the report's type): its where and when too.
  if (look?.story && (event.type === 'text' || event.type === 'danger' || isChoice(event))) return withStory(text, event);
  if (!look || !(event.type === 'text' || isChoice(event))) return event;
  // A topic the recognizer already named is kept; else the one its words name.
  const topic = ('topic' in event && event.topic) || (look.topics ? choiceByWords(text, look.topics.map((id) => ({ id }))) : null);
  const kind = look.kinds ? choiceByWords(text, look.kinds.map((id) => ({ id }))) : null;
  const scope = look.scopes ? choiceByWords(text, look.scopes) : null;
  const address = look.address && isChoice(event) ? namedAddress(text) : null;
  const description = look.description && isChoice(event) ? faultDescriptionIn(text, look.address ? address : namedAddress(text)) : null;
  const when = look.when ? timePhraseIn(text) : null;
  return {
    ...event,
    ...(when ? { when } : {}),
    ...(topic ? { topic } : {}),
    ...(kind ? { kind } : {}),
    ...(scope ? { scope } : {}),
    ...(address ? { address } : {}),
    ...(description ? { description } : {}),
  } as DialogueEvent;
}

/** Where and when a story told in one breath happened, for its read-back (N8); what is not said is not given. */
function withStory(text: string, event: DialogueEvent): DialogueEvent {
  const where = placeInStory(text);
  const when = timePhraseIn(text);
  return { ...event, ...(where ? { where } : {}), ...(when ? { when } : {}) } as DialogueEvent;
}

function isChoice(event: DialogueEvent): event is Extract<DialogueEvent, { type: `choice.${string}` }> {
  return event.type.startsWith('choice.');
}

function chosen(id: string, text: string): DialogueEvent {
  return choice(id, { text });
}

function choice(id: string, said?: { text: string; locale?: Locale }): DialogueEvent {
  return said ? { type: `choice.${id}`, ...said } : { type: `choice.${id}` };
}

function fromKeys(raw: string, ask: AskMeta): DialogueEvent {
  const keys = raw.trim();
  if (keys === '') return { type: 'noInput' };
  const picked = ask.choices?.find((c) => c.dtmf === keys);
  if (picked) return choice(picked.id);
  if (keys === '*') return { type: 'repeat' };
  if (keys === '0') return { type: 'agent' };
  if (ask.kind === 'digits') {
    const digits = keys.replace(/#$/, '');
    if (/^\d+$/.test(digits)) return digitsOfLength(digits, ask);
  }
  return { type: 'noMatch', key: true };
}

/** The length a digit ask takes: the one asked for, or any phone number's where a phone number is asked (a landline too). */
function hasLengthAsked(digits: string, length: number | undefined, phone: boolean): boolean {
  return digits.length === length || (phone && isPhoneNumber(digits));
}

/** A number for a digit ask: taken when it has the length asked for, else read back and asked again (N8). */
function digitsOfLength(digits: string, ask: AskMeta): DialogueEvent {
  if (hasLengthAsked(digits, ask.numDigits, ask.phone === true)) return { type: 'digits', value: digits };
  return digits.length >= MIN_HEARD_DIGITS ? { type: 'noMatch', heard: digits } : { type: 'noMatch' };
}

async function fromWords(raw: string, ask: AskMeta, options: InterpretOptions): Promise<DialogueEvent> {
  const text = raw.trim();
  if (text === '') return { type: 'noInput' };
  // At the language offer the words are read in the language they are in, and that is the choice (N4).
  const spoken = ask.anyLanguage ? languageOfWords(text) : null;
  const locale = spoken ?? options.locale;
  const event = await meaning(text, ask, { ...options, locale });
  if (!spoken) return event;
  if (isChoice(event)) return { ...event, locale: spoken };
  if (event.type === 'danger') return { ...event, locale: spoken };
  // Words that name nothing of the offer still say which language the caller speaks.
  return event.type === 'noMatch' ? { type: 'language', locale: spoken } : event;
}

/** The recognizer's judgement, with the reason for no intent where it gives one. */
async function understood(text: string, options: InterpretOptions): Promise<Understanding> {
  const { recognizer, locale } = options;
  if (recognizer.understand) return recognizer.understand(text, locale);
  const result = await recognizer.recognize(text, locale);
  return result ? { kind: 'intent', result } : { kind: 'none' };
}

async function meaning(text: string, ask: AskMeta, options: InterpretOptions): Promise<DialogueEvent> {
  const heard = await understood(text, options);
  const result = heard.kind === 'intent' ? heard.result : null;
  // A topic the recognizer names ("万一电线掉下来怎么办": safety), where the ask looks for topics (`AskMeta.inPassing`).
  const namedTopic = result?.entities.topic;
  const topic = namedTopic && ask.inPassing?.topics?.includes(namedTopic) ? { topic: namedTopic } : {};
  const choice = (id: string): DialogueEvent => ({ ...chosen(id, text), ...topic }) as DialogueEvent;

  if (ask.kind === 'text') {
    // Danger interrupts any answer (N10), with the words: the flow may keep them as its answer too.
    if (result?.intent === 'danger') return { type: 'danger', text, ...facts(text, ask, result) };
    // "什么破服务…我要找你们领导": the supervisor, not the answer to the question (N24).
    if (asksForSupervisor(text)) return toSupervisor(text);
    const command = result && result.confidence >= COMMAND_CONFIDENCE_IN_TEXT ? globalCommand(result.intent, text) : null;
    return command ?? { type: 'text', text, intent: result?.intent ?? null, ...facts(text, ask, result), ...topic };
  }

  // "不对，打我老婆的手机，幺三九…" at "号码对吗?": the number said with the no is the number, read back next (N8).
  const instead = ask.numberInstead ? numberInstead(text, ask.numberInstead, options.locale, ask.phone === true) : null;
  if (instead) return instead;
  const answered = matchYesNo(normalizeText(text), options.locale)?.answer ?? null;
  // "城关区" said at a place's read-back, with no yes or no: the district the place lacked (issue 14).
  if (ask.expects === 'district' && !answered && result?.intent !== 'danger' && namesDistrict(text)) {
    return { type: 'text', text, intent: result?.intent ?? null, place: true };
  }
  // "不是，在人民路88号" at "is it at your home address?": the place said is the answer, read back next (N8);
  // at a yes/no question, a yes said with the place repeated ("对，就在解放街口") is the yes, not another place.
  const saysYes = answered === 'yes' && Boolean(ask.choices?.some((c) => c.intents?.includes('affirm')));
  const place = ask.expects === 'place' && result?.intent !== 'danger' && !saysYes ? placeInstead(text) : null;
  // Where a place chooses among choices that are not a yes or no (an account by its address), a choice
  // named by its words or its key ("前面那个，人民路那个", "按1") is that choice, not a place.
  const named = place ? choiceNamedBesidePlace(text, ask, options.locale) : null;
  if (named) return choice(named);
  if (place) return { type: 'text', text: place, intent: result?.intent ?? null, place: true };
  // "我要投诉燃气公司": the recognizer judged it another's business; no choice's words (投诉) make it
  // ours. The caller hears where to turn, then the question again (issue 9 item 1, N1); the supervisor
  // asked for in the same words is still the supervisor (N24). Business words whose owner is named by
  // nothing ("那我怎么充值" at the prepaid notice: the world model hears a phone top-up) are left to the
  // ask, which knows what it asked.
  if (heard.kind === 'outOfScope' && (heard.reason === 'grievanceElsewhere' || heard.elsewhere !== 'other') && !asksForSupervisor(text)) {
    return { type: 'outOfScope', elsewhere: heard.elsewhere };
  }
  // "没有冒烟" answers "is there danger?": read the no before the danger word (N10).
  if (ask.aboutDanger && yesNo(text, options.locale) === 'no') {
    const no = ask.choices?.find((c) => c.intents?.includes('deny'));
    if (no) return choice(no.id);
  }
  // "yeah it's dangerous" is its yes too: no hazard described, so nothing more to take from the words.
  if (ask.aboutDanger && yesNo(text, options.locale) === 'yes' && !findDanger(text)) {
    const yes = ask.choices?.find((c) => c.intents?.includes('affirm'));
    if (yes) return choice(yes.id);
  }
  const aboutDanger = result?.intent === 'danger';
  // A request for the supervisor wins wherever it is said, with a complaint or a rude word around
  // it (N24); then dissatisfaction, where the ask hears it, before the "不" of 不满意 reads as a no (N12).
  if (!aboutDanger && asksForSupervisor(text)) return toSupervisor(text);
  if (!aboutDanger && ask.choices?.some((c) => c.id === UNHAPPY) && saysDissatisfied(text)) {
    return choice(grumblesAboutBill(text) && ask.choices.some((c) => c.id === UNHAPPY_ABOUT_BILL) ? UNHAPPY_ABOUT_BILL : UNHAPPY);
  }
  const byIntent = result ? ask.choices?.find((c) => c.intents?.includes(result.intent)) : undefined;
  // A choice named by its own words (整栋楼, 匿名, 满意; locales/words) is the answer, unless the
  // sentence is about danger, or names a business itself where the menu word is a small part of it
  // ("帮我查一下这个月的电费" is the bill, not "查询"; "投诉和举报" is the menu's choice).
  const byWords = aboutDanger || !ask.choices ? null : matchChoiceWords(text, ask.choices);
  const namedBusiness = byIntent?.hidden === true && (result?.confidence ?? 0) >= COMMAND_CONFIDENCE_IN_TEXT;
  // A yes or a no that only opens a statement with an intent of its own ("不是，我是想投诉"), below.
  const said = aboutDanger ? null : matchYesNo(normalizeText(text), options.locale);
  const statement = Boolean(said?.answer && said.rest !== '' && result && !YES_OR_NO.includes(result.intent) && result.confidence >= COMMAND_CONFIDENCE_IN_TEXT);
  const turnedAway = statement && said !== null && turnsAway(said);
  const wordsAnswer = byWords && ask.choices?.find((c) => c.id === byWords.id)?.intents?.some((i) => YES_OR_NO.includes(i));
  // A chase-up ("怎么还没人来", "催一下") is the progress query, though the sentence sounds like a
  // complaint, unless the caller names the complaint in its own words ("我要投诉") (audit 2, finding 3).
  const overBusiness = byWords !== null && namedBusiness && byIntent !== undefined && ask.choices?.find((c) => c.id === byWords.id)?.overBusiness === true && matchChoiceWords(text, [byIntent]) === null;
  if (byWords && !(turnedAway && wordsAnswer) && (!namedBusiness || byWords.share >= WORDS_OVER_BUSINESS || overBusiness)) return choice(byWords.id);
  if (namedBusiness && byIntent) return choice(byIntent.id);
  // A sure command where no choice takes it goes before a yes or no read in its words: "没事了，再见"
  // ends the call (N20), "算了，帮我转人工" is the agent, not a "no" to the read-back.
  const command = result && !byIntent && result.confidence >= SURE_COMMAND ? globalCommand(result.intent, text) : null;
  if (command && command.type !== 'danger' && command.type !== 'abuse') return command;
  // A yes or a no is read by its words ("有危险" is a yes to "is there danger?"), unless it only opens
  // a statement with an intent of its own: that is the answer where a choice or a command takes it
  // ("不是，我是想投诉" at "anything else?"), and a yes or no turned away from ("对，但是我家还是没电",
  // "不是，我想投诉" at a read-back) is not acted on: asked again, with help (N8).
  if (statement && result) {
    if (byIntent) return choice(byIntent.id);
    const instead = globalCommand(result.intent, text);
    if (instead && instead.type !== 'danger') return instead;
    if (turnedAway) return { type: 'noMatch' };
  }
  const answer = said?.answer ?? null;
  const byAnswer = answer && ask.choices?.find((c) => c.intents?.includes(answer === 'yes' ? 'affirm' : 'deny'));
  if (byAnswer) return choice(byAnswer.id);
  if (byIntent) return choice(byIntent.id);
  if (aboutDanger) {
    const need = await needBesideDanger(text, options);
    return { type: 'danger', text, ...facts(text, ask, result), ...(need ? { need } : {}) };
  }

  const digits = spokenDigits(text, options.locale);
  if (ask.kind === 'digits' && digits.length >= MIN_HEARD_DIGITS) return digitsOfLength(digits, ask);
  // A key said ("一", "按一", "press one"), never a numeral inside words ("一个人都没有", "一楼").
  const key = spokenKey(text, options.locale);
  if (key) {
    const picked = ask.choices?.find((c) => c.dtmf === key);
    if (picked) return choice(picked.id);
  }
  // A greeting's "唔該" at the language offer opens the call; only a sure goodbye ends it there.
  if (ask.anyLanguage && result?.intent === 'goodbye' && result.confidence < SURE_COMMAND) return { type: 'noMatch' };
  return (result && globalCommand(result.intent, text)) ?? { type: 'noMatch' };
}

/** A choice that is not a yes or a no, named by its words or by a key said. */
function choiceNamedBesidePlace(text: string, ask: AskMeta, locale: Locale): string | null {
  const choices = (ask.choices ?? []).filter((c) => !c.intents?.some((i) => YES_OR_NO.includes(i)));
  if (choices.length === 0) return null;
  const key = spokenKey(text, locale);
  return matchChoiceWords(text, choices)?.id ?? choices.find((c) => key !== null && c.dtmf === key)?.id ?? null;
}

/** A number of `length` digits said instead of a yes ("不对，打幺三九…"); a yes said with it keeps the number read back. */
function numberInstead(text: string, length: number, locale: Locale, phone: boolean): DialogueEvent | null {
  if (matchYesNo(normalizeText(text), locale)?.answer === 'yes') return null;
  const digits = spokenDigits(text, locale);
  if (hasLengthAsked(digits, length, phone)) return { type: 'digits', value: digits };
  return digits.length >= MIN_HEARD_DIGITS ? { type: 'noMatch', heard: digits } : null;
}

/** The commands that work in every ask state. */
/** The request for the supervisor, with what else the caller said in the same breath (N24: recorded accurately). */
function toSupervisor(text: string): DialogueEvent {
  const said = saidBesidesSupervisor(text);
  return said ? { type: 'supervisor', said } : { type: 'supervisor' };
}

function globalCommand(intent: Intent | string, text = ''): DialogueEvent | null {
  switch (intent) {
    case 'repeat':
      return { type: 'repeat' };
    case 'agent':
      return { type: 'agent' };
    case 'supervisor':
      return text ? toSupervisor(text) : { type: 'supervisor' };
    case 'language_zh':
      return { type: 'language', locale: 'zh-CN' };
    case 'language_en':
      return { type: 'language', locale: 'en-US' };
    case 'language_yue':
      return { type: 'language', locale: 'yue-HK' };
    case 'danger':
      return { type: 'danger', text: null };
    case 'abuse':
      return { type: 'abuse', text };
    case 'goodbye':
      return { type: 'goodbye' };
    default:
      return null;
  }
}

/** The businesses a caller may name beside a danger ("我要投诉，电线掉下来了"): served after the danger report. */
const NEEDS: readonly Intent[] = ['complaint', 'report', 'bill_query', 'outage_query', 'consultation', 'new_service'];
/** Clauses of a sentence: punctuation, and the words that join one request to another. */
const CLAUSES = /[，,。.！!？?；;、\n]+|\s+(?:and|also|plus|but)\s+|还有|而且|另外|仲有|同埋|然后|跟住/giu;

/**
 * A business a clause of the words names, clearly, beside the danger another clause reports; or,
 * when speech runs on without a break ("电线掉下来了我要投诉"), the words left once the hazard
 * phrase is taken out.
 */
async function needBesideDanger(text: string, options: InterpretOptions): Promise<Intent | undefined> {
  const clauses = text.split(CLAUSES).map((c) => c.trim()).filter(Boolean);
  const hazard = findDanger(text);
  const rest = hazard ? normalizeText(text).replace(hazard, ' ').trim() : '';
  const candidates = clauses.length >= 2 ? clauses : rest ? [rest] : [];
  for (const clause of candidates) {
    const result = await options.recognizer.recognize(clause, options.locale);
    if (result && NEEDS.includes(result.intent) && result.confidence >= COMMAND_CONFIDENCE_IN_TEXT) return result.intent;
  }
  return undefined;
}

/**
 * Businesses whose words tell what happened, not where: "lights and fridge all off" or "家里又没电了"
 * said where an address is asked is no address (N8: an order is never filed at a description).
 */
const TELLS_WHAT: ReadonlySet<string> = new Set(['fault_report', 'outage_query', 'bill_query', 'complaint', 'consultation', 'new_service', 'report']);
const tellsWhatNotWhere = (text: string, result: IntentResult | null) =>
  result !== null && TELLS_WHAT.has(result.intent) && !hasAddressWord(text);

/** What the flow needs to know of free words beyond their intent: a place named (and its address), "I don't know", a shock reported. */
function facts(text: string, ask: AskMeta, result: IntentResult | null): { place?: boolean; address?: string; unknown?: boolean; yesNoOnly?: boolean; noFact?: boolean; shock?: boolean; fire?: boolean } {
  const location = locationAnswer(text);
  return {
    ...(ask.expects === 'place' ? { place: location === 'place' && !tellsWhatNotWhere(text, result), address: addressIn(text) } : {}),
    ...(location === 'unknown' ? { unknown: true } : {}),
    ...(location === 'yesno' ? { yesNoOnly: true } : {}),
    ...(nonAnswer(text) ? { noFact: true } : {}),
    ...(result?.intent === 'danger' && reportsShock(text) ? { shock: true } : {}),
    ...(result?.intent === 'danger' && reportsFire(text) ? { fire: true } : {}),
  };
}
