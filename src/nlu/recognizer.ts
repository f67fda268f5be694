import { LOCALES, type Locale } from '../core/locale.js';
import { createAbuseMatcher, type AbuseLexiconExtension, type AbuseMatcher } from './abuse.js';
import { textNotHereAndNow } from './danger-context.js';
import { explainDanger, findDanger, type DangerFinding } from './danger.js';
import { compileLexicons, type CompiledPattern, type Lexicon } from './lexicon/index.js';
import { spokenDigits } from './normalize-digits.js';
import { normalizeText } from './normalize.js';
import type { Intent, IntentRecognizer, IntentResult, Understanding } from '../core/intents.js';
import { defaultIntentModel, defaultWorldModel } from './model/default-model.js';
import type { WorldModel } from './model/world-model.js';
import type { IntentModel, ModelScore } from './model/intent-model.js';
import { utterancePieces } from './model/features.js';
import { elsewhereNamed, greetingOnly, hasOurSubject, modelMayCallDanger, outOfScope, namesGridOrUs } from './scope.js';
import { synonymVariant } from './variants.js';
import { matchYesNo } from './yes-no.js';
import { answerInWords } from './answers.js';

export interface RecognizerOptions {
  /** Below this confidence the answer is null (a no match). Default 0.5. */
  threshold?: number;
  /** Insults added to the default abuse list, per locale. */
  abuseLexicon?: AbuseLexiconExtension;
  /** Entries added to the built-in lexicons, per locale. */
  lexicons?: Partial<Record<Locale, Lexicon>>;
  /** The trained intent model; default the one trained on src/nlu/training (intent-model.ts). */
  model?: IntentModel | null;
  /** The world model (ours or the world outside); default the shipped one (model/world-model.ts), null: none. */
  worldModel?: WorldModel | null;
  /** How lexicon and model are weighed (tests and the training script). */
  fusion?: Partial<Fusion>;
}

/**
 * How the lexicon's votes and the model's probabilities are combined (fuse()). Each intent
 * scores p(model) + lexiconWeight * (its lexicon score); `none` scores p(none), plus
 * noLexiconBonus when no lexicon pattern matched. The best score divided by
 * (1 + lexiconWeight) is the confidence: near 1 when both agree, at most about 0.5 when only
 * one of them speaks. Fitted on the project's labelled sets (docs/nlu.md, "How the pieces
 * are weighed").
 */
export interface Fusion {
  lexiconWeight: number;
}
export const DEFAULT_FUSION: Fusion = { lexiconWeight: 1 };

/** The built-in recognizer also answers synchronously and explains itself (CLI, eval). */
export interface BuiltinRecognizer extends IntentRecognizer {
  recognizeSync(text: string, locale: Locale): IntentResult | null;
  explain(text: string, locale: Locale): Explanation;
  understand(text: string, locale: Locale): Promise<Understanding>;
}

export interface Explanation {
  normalized: string;
  result: IntentResult | null;
  /** The model's three likeliest labels ('none': no intent of ours). */
  model: ModelScore[];
  /** The world model's belief that the words are about the world outside ours, 0..1; asked only of a
   *  business intent (0 when it was not asked, or without the model). */
  world: number;
  /** Set when a business intent was taken away as another's business (no result): why, and whose it is. */
  outOfScope?: Extract<Understanding, { kind: 'outOfScope' }>;
  /** The patterns that matched, best first: why the recognizer chose what it chose. */
  matches: {
    intent: Intent;
    weight: number;
    pattern: string;
    /** 'synonyms': matched the synonym-folded variant (variants.ts); 'bigrams': the fallback;
     * 'declined': the words of a request the caller declines ("不需要派人来"), weight 0. */
    lexicon: Locale | 'danger' | 'abuse' | 'yes-no' | 'synonyms' | 'bigrams' | 'declined';
    /** Where it matched in the normalized text: [start, end). */
    span: [number, number];
  }[];
}

export const DEFAULT_THRESHOLD = 0.5;
/** Only digit runs this long are entities: "一下" or "three days" are not account numbers. */
const MIN_DIGITS = 3;
const DANGER_CONFIDENCE = 0.99;
const ABUSE_CONFIDENCE = 0.9;
/** A yes/no word alone (是的, 唔係) vs. one that opens a longer sentence (对 就是这个). */
const YES_NO_ALONE = 0.9;
const YES_NO_OPENING = 0.6;
/** One that opens a sentence saying it again in other words ("不用 不需要派人来", YesNoMatch.echoed). */
const YES_NO_ECHOED = 0.8;
/** A match on the synonym-folded variant counts a little less than one on the words said. */
const VARIANT_FACTOR = 0.98;
/**
 * Bigram fallback (Chinese only, when nothing clears the threshold): an example phrase of
 * at least BIGRAM_MIN_SHARED + 1 characters whose character bigrams mostly occur in the
 * utterance (which may skip one character) votes with weight * BIGRAM_FACTOR * coverage.
 * With the defaults a 4-character phrase needs all 3 of its bigrams, a 5-character one 3 of 4.
 */
const BIGRAM_MIN_COVERAGE = 0.75;
const BIGRAM_MIN_SHARED = 3;
const BIGRAM_FACTOR = 0.75;

// Ties go to the intent listed first: asking for a person beats the topic they mention.
// A language named with a request for a person ("anyone who speaks Cantonese") is a request
// for that language: the person is the means.
const PRIORITY: readonly Intent[] = [
  'danger', 'language_zh', 'language_yue', 'language_en', 'supervisor', 'agent', 'complaint', 'report',
  'new_service', 'outage_query', 'fault_report', 'bill_query', 'consultation', 'abuse', 'repeat',
  'goodbye', 'deny', 'affirm',
];
// Intents that carry no request: abuse wins over them. A request (fault, complaint...) wins
// over abuse, flagged with entities.abuse so the flow can still warn the caller (N22).
const CONVERSATIONAL = new Set<Intent>(['affirm', 'deny', 'goodbye', 'repeat']);

type Match = Explanation['matches'][number];

export function createRecognizer(options: RecognizerOptions = {}): BuiltinRecognizer {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const lexicons = compileLexicons(options.lexicons);
  const abuse = createAbuseMatcher(options.abuseLexicon);
  const fusion = { ...DEFAULT_FUSION, ...options.fusion };
  // Read when the recognizer is made (at start-up), not on a caller's first turn.
  const model = options.model === undefined ? defaultIntentModel() : options.model;
  const worldModel = options.worldModel === undefined ? defaultWorldModel() : options.worldModel;
  const parts: Parts = { lexicons, abuse, threshold, fusion, model, worldModel };
  const explain = (text: string, locale: Locale): Explanation => understand(text, locale, parts);
  return {
    explain,
    recognizeSync: (text, locale) => explain(text, locale).result,
    recognize: async (text, locale) => explain(text, locale).result,
    understand: async (text, locale) => understanding(explain(text, locale)),
  };
}

interface Parts {
  lexicons: Record<Locale, CompiledPattern[]>;
  abuse: AbuseMatcher;
  threshold: number;
  fusion: Fusion;
  model: IntentModel | null;
  worldModel: WorldModel | null;
}

let defaultRecognizer: BuiltinRecognizer | undefined;

/** The default built-in recognizer, synchronously. */
export function recognizeSync(text: string, locale: Locale): IntentResult | null {
  defaultRecognizer ??= createRecognizer();
  return defaultRecognizer.recognizeSync(text, locale);
}

/**
 * The hard danger rule alone (N10), for recognizers that are not the built-in one: an
 * external NLU service must not be able to turn "电线掉了" into anything but danger.
 */
export function recognizeDanger(text: string, locale: Locale): IntentResult | null {
  const danger = findDanger(text);
  if (!danger) return null;
  const digits = spokenDigits(text, locale);
  return { intent: 'danger', confidence: DANGER_CONFIDENCE, entities: digits.length >= MIN_DIGITS ? { digits } : {} };
}

function understand(text: string, locale: Locale, parts: Parts): Explanation {
  const { lexicons, abuse, threshold } = parts;
  const normalized = normalizeText(text);
  const entities: Record<string, string> = {};
  const digits = spokenDigits(text, locale);
  if (digits.length >= MIN_DIGITS) entities.digits = digits;
  let world = 0;
  let notOurs: Explanation['outOfScope'];
  const done = (result: IntentResult | null, matches: Match[], model: ModelScore[] = []): Explanation => ({
    normalized,
    result,
    model: model.slice(0, 3),
    world,
    ...(notOurs && !result ? { outOfScope: notOurs } : {}),
    matches,
  });
  if (!normalized || greetingOnly(normalized)) return done(null, []);

  // N10: danger goes first, in any language. It reads the words as said (a comma ends a
  // negation's reach: "没有，冒烟了" is danger).
  const hazards = explainDanger(text);
  const danger = hazards.find((h) => h.dismissed === null)?.phrase;
  if (danger) {
    const at = Math.max(0, normalized.indexOf(danger));
    const m: Match = { intent: 'danger', weight: DANGER_CONFIDENCE, pattern: danger, lexicon: 'danger', span: [at, at + danger.length] };
    return done({ intent: 'danger', confidence: DANGER_CONFIDENCE, entities }, [m]);
  }

  const variant = synonymVariant(normalized);
  let matches = scoreMatches(normalized, variant, lexicons[locale], locale);
  let best = pick(matches);
  // The caller may speak another language than the call's (English in the Mandarin flow).
  if (!best || best.score < threshold) {
    for (const other of LOCALES.filter((l) => l !== locale)) {
      const m = scoreMatches(normalized, variant, lexicons[other], other);
      const b = pick(m);
      if (b && b.score >= threshold && (!best || b.score > best.score)) {
        best = b;
        matches = m;
        entities.locale = other;
      }
    }
  }

  // Nothing matched well: compare with the example phrases bigram by bigram (Chinese).
  if (!best || best.score < threshold) {
    const fuzzy = bigramMatches(variant, lexicons[locale]);
    const b = pick(fuzzy);
    if (b && b.score >= threshold && (!best || b.score > best.score)) {
      best = b;
      matches = [...fuzzy, ...matches];
      delete entities.locale;
    }
  }

  // One feature pass (issue 9 item 6): the pieces are taken once, and the world model, when it is
  // asked, reads the ones the intent model read.
  const pieces = parts.model || parts.worldModel ? utterancePieces(normalized) : null;
  const model = (pieces && parts.model?.classify(pieces)) ?? [];
  // The hard layer heard a hazard word and dismissed it (negated, a place name): its verdict stands.
  const dismissed = hazards.length > 0;
  // A hazard not here and now (a film, an "if", repaired) leaves nothing the model's other labels can be sure of.
  const notPresent = hazards.some((h) => h.dismissed === 'not present');
  // An insult is a vote like any pattern's: a request the model and the lexicon are sure of
  // still wins over it ("他妈的又停电了"), a guess does not ("你个傻逼机器人" is no call for an agent).
  const insult = abuse.find(normalized);
  const abuseMatch: Match | null = insult ? { intent: 'abuse', weight: ABUSE_CONFIDENCE, pattern: insult, lexicon: 'abuse', span: [0, 0] } : null;
  let fused = fuse(normalized, abuseMatch ? [abuseMatch, ...matches] : matches, best && best.score >= threshold ? best : null, model, parts, dismissed, notPresent);
  // The world outside (model/world-model.ts): a business intent no pattern names, about words the
  // world model is sure are another's business (a gas bill, a data plan, a shop), is no intent; so is
  // a grievance named as one about another's business (我要投诉燃气公司, "complain about my internet provider").
  // Named, it may be taken away only when its words name nothing of the grid or of us: "物业乱收电费 我要投诉"
  // is ours; the world model is asked only where its answer can take the intent away (not on the turn path else).
  if (fused && BUSINESS.has(fused.intent)) {
    const named = strongestPattern(matches, fused.intent) >= NAMES_INTENT;
    if (!named || (GRIEVANCE.has(fused.intent) && !namesGridOrUs(normalized))) {
      world = (pieces && parts.worldModel?.pWorld(pieces)) ?? 0;
      if (world >= WORLD_NONE_MIN) ({ notOurs, fused } = takenAway(fused.intent, normalized));
    }
  }
  // "手机没电了", "my gas bill": the words of our business about something that is not ours.
  if (fused && BUSINESS.has(fused.intent) && outOfScope(normalized)) ({ notOurs, fused } = takenAway(fused.intent, normalized));
  // What the words answer when they deny a hazard, say there is no danger or judge a read-back (answers.ts).
  fused = answerInWords(normalized, fused, hazards, matches, threshold);
  // What to do if it happened, or a safety rule (danger-context.ts: "万一电线掉下来怎么办", "is it safe to
  // touch a wet outlet"): a question for the consultation, not a report (N10) and not nothing.
  if ((!fused || CONVERSATIONAL.has(fused.intent)) && safetyQuestion(normalized, hazards, model)) {
    fused = { intent: 'consultation', confidence: SAFETY_QUESTION_CONFIDENCE };
    // Its topic named, so that the safety answer is given at once (src/machines/consultation.ts, N11).
    entities.topic = 'safety';
  }
  if (fused?.intent !== (best?.intent ?? null)) delete entities.locale;
  if (fused?.intent.startsWith('language_')) entities.locale = LANGUAGE_LOCALE[fused.intent as keyof typeof LANGUAGE_LOCALE];

  if (abuseMatch) {
    if (!fused || fused.intent === 'abuse' || CONVERSATIONAL.has(fused.intent)) {
      return done({ intent: 'abuse', confidence: ABUSE_CONFIDENCE, entities }, [abuseMatch, ...matches], model);
    }
    entities.abuse = 'true';
    matches = [abuseMatch, ...matches];
  }
  if (!fused) return done(null, matches, model);
  return done({ intent: fused.intent, confidence: round(fused.confidence), entities }, matches, model);
}

/** A safety question heard as one (danger-context.ts): what one speaking alone is worth (AGREEMENT_FLOOR). */
const SAFETY_QUESTION_CONFIDENCE = 0.7;

/**
 * A hazard of ours asked about, not reported: every hazard phrase found is dismissed and one of them as
 * a hypothetical or a rules question; or none was found, the model hears danger in words that name a
 * hazard, and the whole text is such a question.
 */
function safetyQuestion(normalized: string, hazards: readonly DangerFinding[], model: ModelScore[]): boolean {
  const asked = (kind: string | null | undefined): boolean => kind === 'if' || kind === 'rules';
  if (hazards.length) return hazards.every((h) => h.dismissed !== null) && hazards.some((h) => asked(h.notHere));
  const danger = model.find((m) => m.label === 'danger')?.p ?? 0;
  return danger >= MODEL_DANGER_MIN && modelMayCallDanger(normalized) && asked(textNotHereAndNow(normalized));
}

/** A business intent taken away as another's business: no intent, and why and whose it is. */
function takenAway(intent: Intent, normalized: string): { notOurs: Explanation['outOfScope']; fused: null } {
  return { notOurs: { kind: 'outOfScope', reason: GRIEVANCE.has(intent) ? 'grievanceElsewhere' : 'otherBusiness', elsewhere: elsewhereNamed(normalized) }, fused: null };
}

/** An explanation as the engine hears it: an intent, another's business (with whose), or nothing. */
export function understanding(e: Explanation): Understanding {
  if (e.result) return { kind: 'intent', result: e.result };
  return e.outOfScope ?? { kind: 'none' };
}

const BUSINESS = new Set<Intent>(['fault_report', 'outage_query', 'bill_query', 'consultation', 'new_service', 'complaint', 'report']);
// A complaint or a report is about someone: named (投诉, 举报, "complain"), it may still be about another's business.
const GRIEVANCE = new Set<Intent>(['complaint', 'report']);
// Business about the grid and our services: the model alone needs a word of ours for these.
const GRID_BUSINESS = new Set<Intent>(['fault_report', 'outage_query', 'bill_query', 'consultation', 'new_service']);
const LANGUAGE_LOCALE = { language_zh: 'zh-CN', language_yue: 'yue-HK', language_en: 'en-US' } as const;

/**
 * Lexicon and model together. The lexicon is precise where a pattern was written for the
 * words said; the model has seen many more ways of saying things and weighs the whole
 * utterance, so a word in another role ("投诉你们经理", "the installer wanted cash") and a
 * question about an outage ("点解突然停电") are read by their context.
 */
function fuse(
  normalized: string,
  matches: Match[],
  best: { intent: Intent; score: number } | null,
  model: ModelScore[],
  parts: Parts,
  hazardDismissed: boolean,
  hazardNotPresent = false,
): { intent: Intent; confidence: number } | null {
  const { lexiconWeight } = parts.fusion;
  if (!model.length) return best ? { intent: best.intent, confidence: best.score } : null;
  const lexicon = intentScores(matches, parts.threshold);
  // N10: danger outranks everything said with it ("我想办个过户 对了门口那根线被风吹下来了").
  // The model's danger wins when the words name a hazard (a wire, a pole, fire, smoke, a
  // shock) with no negation or address in them (danger.ts reads those word by word).
  const danger = model.find((m) => m.label === 'danger')?.p ?? 0;
  // Nor when the words tell of a hazard not here and now (a hypothetical, a rules question, a drill,
  // a barbecue's smoke: danger-context.ts), which the model does not read.
  const dangerous = !hazardDismissed && danger >= MODEL_DANGER_MIN && modelMayCallDanger(normalized) && !textNotHereAndNow(normalized);
  // When its danger may not win ("no wires are down, the lights just won't come on"), the model's
  // other labels are read as they stand given that it is not danger: their share of the rest. Not
  // for a hazard told of as not here and now ("看了个电影 里面有人被电击"): nothing else is meant either.
  const vetoed = hazardDismissed || (!dangerous && !lexicon.has('danger'));
  const given = vetoed && !hazardNotPresent && danger < 1 ? 1 / (1 - danger) : 1;
  const scores = new Map<Intent | 'none', number>();
  // A request declined ("不用给我转人工", "don't transfer me") is not one the model may still guess.
  const declinedOnly = new Set(matches.filter((m) => m.lexicon === 'declined').map((m) => m.intent));
  for (const m of matches) if (m.lexicon !== 'declined') declinedOnly.delete(m.intent);
  for (const { label, p: raw } of model) {
    if (vetoed && label === 'danger') continue;
    if (label !== 'none' && declinedOnly.has(label)) continue;
    const p = raw * given;
    scores.set(label, label === 'none' ? p : p + lexiconWeight * (lexicon.get(label) ?? 0));
  }
  for (const [intent, l] of lexicon) if (!scores.has(intent)) scores.set(intent, lexiconWeight * l);
  // The model alone (no pattern for the intent) must have something of ours to stand on:
  // "图书馆开门吗" is not a consultation, "楼上漏水" and "电费" are not danger.
  // A language is the one the lexicon heard asked for: the model reads no negation, and
  // "用普通話啦 我唔識講廣東話", "i dont speak chinese" name the language the caller cannot speak.
  const grounded = (label: Intent | 'none'): boolean =>
    label === 'none' || label === 'danger' || lexicon.has(label) ||
    (!label.startsWith('language_') && (!GRID_BUSINESS.has(label) || hasOurSubject(normalized)));
  const ranked = [...scores].filter(([label]) => grounded(label)).sort((a, b) => b[1] - a[1]);
  let [label, score] = ranked[0] ?? ['none', 0];
  // A pattern that names its intent (0.95: 投诉, "supervisor", "is anyone answering overnight") is
  // not out of scope because the model has not heard it so: the scope rules decide that (scope.ts).
  const named = [...lexicon].filter(([, l]) => l >= NAMES_INTENT).sort((a, b) => b[1] - a[1])[0];
  if (label === 'none' && named) [label, score] = ranked.find(([l]) => l === named[0]) ?? [label, score];
  if (label === 'danger' && vetoed) [label, score] = ranked.find(([l]) => l !== 'danger') ?? ['none', 0];
  // A language or a person asked for outranks a repeat: "講返廣東話啦 普通話我聽唔明" does not follow the language,
  // not the words; "搵個職員 部機聽唔明" wants a person because the machine does not follow.
  // A no said twice ("唔使喇 唔使轉", "no thanks, don't need a text") and no closing phrase named is a no, not a goodbye.
  if (label === 'goodbye' && (lexicon.get('deny') ?? 0) >= YES_NO_ECHOED && (lexicon.get('goodbye') ?? 0) < NAMES_GOODBYE) {
    [label, score] = ranked.find(([l]) => l === 'deny') ?? [label, score];
  }
  const asked = [...lexicon.keys()].find((l) => l.startsWith('language_') || l === 'agent' || l === 'supervisor');
  if (label === 'repeat' && asked) [label, score] = ranked.find(([l]) => l === asked) ?? [label, score];
  // "没有冒烟 也没有火花 就是全屋没电": the no is the hazard's negation, and what is left is the fault.
  // (At "is there danger?" the flow reads the no itself: interpret.ts.)
  // So is a business a pattern names where the model heard only the no: "no lines down, the lights just
  // won't come on", "没有冒烟 我想查电费" (the model reads the negation as none or a deny).
  if (hazardDismissed && (label === 'deny' || label === 'affirm' || label === 'none')) {
    const left = ranked.find(([l]) => l !== 'none' && BUSINESS.has(l) && lexicon.has(l));
    if (left && (label !== 'none' || left[1] >= score * NEGATED_HAZARD_SHARE)) [label, score] = left;
  }
  else if (dangerous) [label, score] = ['danger', Math.max(score, scores.get('danger') ?? 0)];
  if (label === 'none') return null;
  // Reject by evidence (issue 9 item 6): an intent only the model speaks for must beat its
  // `none` by a clear margin. On fresh lines (dev-4 and dev-7 at their first runs) most
  // out-of-scope lines given an intent were such guesses, with p(intent) - p(none) below this.
  // Read as the other labels stand given that it is not danger, when danger may not win ("the meter box
  // looks fine no smoke the meter just isn't running": the model's danger is the hazard word's).
  if (BUSINESS.has(label) && !lexicon.has(label)) {
    const p = (l: string): number => (model.find((m) => m.label === l)?.p ?? 0) * given;
    if (p(label) - p('none') < MODEL_ALONE_MARGIN) return null;
  }
  const agreement = score / (1 + lexiconWeight);
  if (agreement < AGREEMENT_FLOOR) return null;
  return { intent: label, confidence: Math.min(0.99, (1 + agreement) / 2) };
}
/** A business named beside a hazard denied wins over the model's none when its fused score is this near. */
const NEGATED_HAZARD_SHARE = 0.9;
/**
 * The model's danger wins from here, when the words name a hazard (N10: a false alarm costs
 * one safety prompt, a miss may cost a life). On the labelled sets no utterance without danger
 * that names a hazard gets 0.1.
 */
const MODEL_DANGER_MIN = 0.1;
/**
 * How far the model's intent must stand above its `none` when no pattern speaks for it.
 * Chosen on the first runs of dev-4 and dev-7 (each scored by the recognizer of the day,
 * before anything was tuned on it): docs/nlu.md, "Reject by evidence".
 */
const MODEL_ALONE_MARGIN = 0.75;
/**
 * From this belief of the world model that the words are another's business, a business intent no
 * pattern names is no intent, and so is a complaint or a report a pattern names. Chosen on the
 * first-run recognizers (scripts/nlu-first-runs.sh --world --named): docs/nlu.md, "The world outside".
 */
const WORLD_NONE_MIN = 0.99;

/** The weight of the strongest pattern that speaks for the intent (0 when none does). */
function strongestPattern(matches: Match[], intent: Intent): number {
  return Math.max(0, ...matches.filter((m) => m.intent === intent && m.lexicon !== 'declined').map((m) => m.weight));
}
/** A goodbye phrase (再见, "that's all") against a hint (谢谢, thanks). */
const NAMES_GOODBYE = 0.85;
/** A lexicon weight that names the intent (docs/nlu.md, Extending the lexicons). */
const NAMES_INTENT = 0.95;
/**
 * Below this share of the most a fused score can be, the answer is a no match: neither the
 * lexicon nor the model is sure enough alone. Above it, the confidence is (1 + share) / 2:
 * 0.65-0.75 when one of them speaks (right about nine times in ten on the labelled sets),
 * 0.9 and more only when both agree (wrong about once in a hundred).
 */
const AGREEMENT_FLOOR = 0.3;

/** Every intent's lexicon score (pick() per intent), those that reach the threshold. */
function intentScores(matches: Match[], threshold: number): Map<Intent, number> {
  const out = new Map<Intent, number>();
  for (const intent of new Set(matches.map((m) => m.intent))) {
    const s = pick(matches.filter((m) => m.intent === intent));
    if (s && s.score >= threshold) out.set(intent, s.score);
  }
  return out;
}

/**
 * A request the caller declines is not asked for: "不需要派人来", "唔使轉喇", "nah don't transfer me".
 * The decline stands right before the words (a 再, 帮我 or "to" may come between).
 */
const DECLINED =
  /(?:不需要|不用|不必|不使|无需|别|(?<!是)不是要|(?<!是)不是想|(?<!是)不是|不想|唔使|唔洗|唔駛|唔需要|唔好|唔系要|唔系想|唔想|(?:^|\b(?:no|nah|nope|naw|please|just|and|so|but|thanks|thank you)\s)do not|no need to|never mind)\s?(?:再|帮我|帮|同我|给我|俾我|嘅|的|to\s)?(?:查|问|办|转|找|报|申请)?$/;
const declined = (normalized: string, at: number): boolean => DECLINED.test(normalized.slice(0, at));

function scoreMatches(normalized: string, variant: string, patterns: CompiledPattern[], locale: Locale): Match[] {
  const matches: Match[] = [];
  for (const p of patterns) {
    const m = p.re.exec(normalized);
    if (m && declined(normalized, m.index)) {
      matches.push({ intent: p.intent, weight: 0, pattern: p.source, lexicon: 'declined', span: [m.index, m.index + m[0].length] });
      continue;
    }
    if (m) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      matches.push({ intent: p.intent, weight: p.weight, pattern: p.source, lexicon: locale, span });
      continue;
    }
    // Spans in the variant are approximate (a fold may change the length).
    const v = variant !== normalized ? p.re.exec(variant) : null;
    if (v && !declined(variant, v.index)) {
      const span: [number, number] = [v.index, v.index + v[0].length];
      matches.push({ intent: p.intent, weight: p.weight * VARIANT_FACTOR, pattern: p.source, lexicon: 'synonyms', span });
    }
  }
  // A pattern inside a declined one is declined with it ("不用给我转人工": 人工 too).
  const declinedSpans = matches.filter((m) => m.lexicon === 'declined');
  for (const [i, m] of matches.entries()) {
    if (m.lexicon !== 'declined' && declinedSpans.some((d) => d.intent === m.intent && d.span[0] <= m.span[0] && m.span[1] <= d.span[1])) {
      matches[i] = { ...m, weight: 0, lexicon: 'declined' };
    }
  }
  const yn = matchYesNo(normalized, locale);
  if (yn?.answer) {
    matches.push({
      intent: yn.answer === 'yes' ? 'affirm' : 'deny',
      weight: !yn.rest ? YES_NO_ALONE : yn.echoed ? YES_NO_ECHOED : YES_NO_OPENING,
      pattern: yn.answer,
      lexicon: 'yes-no',
      span: [0, normalized.length - yn.rest.length],
    });
  }
  return matches.sort((a, b) => b.weight - a.weight);
}

/**
 * Per intent: the strongest match, plus 0.01 for each further cue elsewhere in the utterance
 * (up to 3). Overlapping matches (聽唔明 and 唔明) are one cue, not two.
 */
function pick(matches: Match[]): { intent: Intent; score: number } | null {
  let best: { intent: Intent; score: number } | null = null;
  for (const intent of PRIORITY) {
    const mine = matches.filter((m) => m.intent === intent); // sorted by weight, best first
    if (!mine.length) continue;
    const cues: Match[] = [];
    for (const m of mine) if (!cues.some((c) => m.span[0] < c.span[1] && c.span[0] < m.span[1])) cues.push(m);
    const score = Math.min(0.99, mine[0]!.weight + 0.01 * Math.min(3, cues.length - 1));
    if (!best || score > best.score + 1e-9) best = { intent, score };
  }
  return best;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** The bigram fallback: one match per intent, its best-covered example phrase. */
function bigramMatches(text: string, patterns: CompiledPattern[]): Match[] {
  const han = text.replace(/[^\p{Script=Han}]+/gu, ' ');
  const mine = new Set<string>();
  // The utterance's bigrams may skip one character (营业的时间 has 业时), so that an
  // inserted 的, 了 or 个 does not hide the phrase 营业时间; the phrase's are contiguous.
  for (const chunk of han.split(' ')) {
    for (let i = 0; i + 1 < chunk.length; i++) {
      mine.add(chunk.slice(i, i + 2));
      if (i + 2 < chunk.length) mine.add(chunk[i]! + chunk[i + 2]!);
    }
  }
  if (!mine.size) return [];
  const best = new Map<Intent, Match>();
  for (const p of patterns) {
    if (!p.phrase || p.intent === 'danger') continue;
    const theirs = bigrams(p.phrase);
    if (theirs.size < BIGRAM_MIN_SHARED) continue;
    let shared = 0;
    for (const b of theirs) if (mine.has(b)) shared++;
    const coverage = shared / theirs.size;
    if (shared < BIGRAM_MIN_SHARED || coverage < BIGRAM_MIN_COVERAGE) continue;
    const weight = p.weight * BIGRAM_FACTOR * coverage;
    if (weight > (best.get(p.intent)?.weight ?? 0)) {
      best.set(p.intent, { intent: p.intent, weight, pattern: p.source, lexicon: 'bigrams', span: [0, 0] });
    }
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
