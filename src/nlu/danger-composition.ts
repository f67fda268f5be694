import {
  ALLOWED, EN_OBJECTS, EN_STANDALONE, EN_STATES, ZH_OBJECTS, ZH_STANDALONE, ZH_STATES, type ObjectKind, type StateKind,
} from './danger-taxonomy.js';
import { foldToSimplified } from './hant-to-hans.js';

/**
 * Hazard phrases composed from the taxonomy (danger-taxonomy.ts; issue 8 items 2 and 6, N10): a
 * thing that carries power and a hazardous state of it, said near each other. danger.ts adds these
 * spans to its patterns' and dismisses them the same way (a negation before, a place name, not here
 * and now), so a composed phrase is danger exactly when a written pattern would be.
 *
 * How near, on the prepared text (danger.ts: normalized, a clause break kept as CLAUSE):
 * - object then state, in one clause: at most 8 Chinese characters or 6 English words between
 *   ("插座后面一直在冒烟", "the charger on the nightstand started crackling"); across two adjacent
 *   clauses at most 6 / 4 before the break and 6 / 5 after ("门口个电箱，成日都有啲燶味");
 * - state then object: a Chinese state joined to it (冒烟的插座, 断咗嘅电线), an English state word
 *   right before it (a sparking outlet), or a noun state said with where it is (smoke coming out of
 *   the socket, sparks from the transformer).
 * Nothing between may be a negation ("电线没断", "the wire is not down"): that is no hazard said.
 */

export const CLAUSE = '\uE000';

export interface ComposedSpan {
  start: number;
  end: number;
}

interface Token {
  start: number;
  end: number;
  kind: string;
  latin: boolean;
}

type Compiled<K extends string> = { kind: K; re: RegExp }[];

function compile<K extends string>(table: Record<K, readonly string[]>, english: boolean): Compiled<K> {
  return (Object.entries(table) as [K, readonly string[]][])
    .filter(([, words]) => words.length > 0)
    .map(([kind, words]) => {
      const body = words.map((w) => foldToSimplified(w)).join('|');
      return { kind, re: new RegExp(english ? `\\b(?:${body})\\b` : `(?:${body})`, 'gu') };
    });
}

// Chinese and English words apart: a text without Han characters (or without Latin letters) skips that half.
const OBJECTS = { zh: compile(ZH_OBJECTS, false), en: compile(EN_OBJECTS, true) };
const STATES = { zh: compile(ZH_STATES, false), en: compile(EN_STATES, true) };
const HAS_HAN = /\p{Script=Han}/u;
const HAS_LATIN = /[a-z]/;

function scan<K extends string>(text: string, table: { zh: Compiled<K>; en: Compiled<K> }): Token[] {
  return [...(HAS_HAN.test(text) ? tokens(text, table.zh) : []), ...(HAS_LATIN.test(text) ? tokens(text, table.en) : [])];
}
const STANDALONE = new RegExp([...ZH_STANDALONE.map(foldToSimplified), ...EN_STANDALONE].join('|'), 'gu');

function tokens<K extends string>(text: string, table: Compiled<K>): Token[] {
  const out: Token[] = [];
  for (const { kind, re } of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, kind, latin: /^[a-z]/.test(m[0]) });
    }
  }
  return out;
}

// A negation between the two halves: no hazard said. 不停 / 不断 / 唔停 ("keeps on") and 唔知 ("no idea
// why") deny nothing.
const ZH_NOT_NEGATION = /不停|不断|唔停|不时|不知道?|唔知|唔通|不得了|唔得了/g;
const ZH_NEGATION = /[没冇不唔无未别]|并非/;
const EN_NEGATION = /\b(?:no|not|never|nothing|none|without|nor|neither|nobody|nowhere)\b/;
const EN_WORDS = (s: string): number => s.split(/\s+/).filter((w) => w && w !== CLAUSE).length;
const HAN = (s: string): number => s.replace(/[^\p{Script=Han}]/gu, '').length;

/** What lies between an object and a state said after it: near enough, one clause break at most, no negation. */
function forwardGap(gap: string, latin: boolean): boolean {
  if (ZH_NEGATION.test(gap.replace(ZH_NOT_NEGATION, '')) || EN_NEGATION.test(gap)) return false;
  const parts = gap.split(CLAUSE);
  if (parts.length > 2) return false;
  const size = (s: string): number => (latin ? EN_WORDS(s) + HAN(s) : HAN(s) + EN_WORDS(s.replace(/\p{Script=Han}/gu, ' ')));
  if (parts.length === 1) return size(gap) <= (latin ? 8 : 8);
  return size(parts[0]!) <= (latin ? 4 : 6) && size(parts[1]!) <= (latin ? 5 : 6);
}

// A Chinese state joined to the object after it: 冒烟的插座, 断咗嘅电线, 烧焦咗嗰条线.
const ZH_JOINED = /^(?:的|嘅|咗|了|着|紧|住)?(?:个|条|根|支|部|座|只|啲|嗰|那|呢|这|块|间|盏|台|粒|啲)?(?:个|条|根|支)?$/;
const ZH_JOINER = /[的嘅个条根支部座只啲嗰那呢这块间盏台粒]/;
// An English state right before it ("a sparking outlet", "the fallen wire"), or a noun state with where it is.
const EN_JOINED = /^ (?:(?:the|a|an|my|our|that|this|some|old|little|big|new) )?$/;
const EN_WHERE =
  /^ (?:\w+ ){0,3}?(?:out of|from|off|around|behind|in|into|inside|on|onto|over|under|near|at|by|through|next to|beside|of|down) (?:the |my |our |a |an |that |this |his |her |their |some )?(?:\w+ )?$/;
// States that may stand before their object with its place named ("sparks from the transformer").
const SAID_WITH_WHERE = new Set<string>(['arc', 'noise', 'smoke', 'smell', 'bang', 'wet']);

// A shock felt when touching it: "a tingle every time I touch the faucet", "numb when I grab the railing".
const EN_TOUCHED =
  /^ (?:\w+ ){0,2}?(?:every time|each time|whenever|when|if|after) (?:i|you|we|he|she|they|someone|anyone|my \w+|the \w+) (?:touch\w*|grab\w*|hold\w*|use\w*|turn\w* on|plug\w* in\w*|open\w*) (?:the |a |my |our |that |this |his |her |their )?(?:\w+ )?$/;
// Water said verb first reaches what follows it with a word or two between: 漫过了充电桩底座, 浸到啲电缆.
const ZH_REACHED = /^(?:了|咗|晒)?(?:个|条|根|支|啲|嗰|那|的|嘅|些|整个|成个)?$/;

function reverseGap(gap: string, state: Token, latin: boolean): boolean {
  if (!latin) {
    const g = gap.replace(/\s+/g, '');
    if (state.kind === 'wetOnto') return ZH_REACHED.test(g);
    if (state.kind === 'hitOnto') return g.length <= 4 && !ZH_NEGATION.test(g);
    return g.length <= 4 && ZH_JOINER.test(g) && ZH_JOINED.test(g);
  }
  if (state.kind === 'live' && EN_TOUCHED.test(gap) && !EN_NEGATION.test(gap)) return true;
  return EN_JOINED.test(gap) || (SAID_WITH_WHERE.has(state.kind) && EN_WHERE.test(gap) && !EN_NEGATION.test(gap));
}

// An object word that is part of a name: 电缆厂, "Transformer Road", "the Socket Shop".
const ZH_OBJECT_NAMED = /^(?:路|街|巷|村|镇|厂|大厦|大楼|小区|公司|店|铺|站|行)/;
const EN_OBJECT_NAMED =
  /^ (?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|company|co|inc|store|shop|factory|plant|works|supply|supplies|depot|mall|plaza|building|outlet mall|brand|bar|pub|cafe|restaurant)\b/;

// A state said as a bare noun may be a name's first word (火星路, 火花村, "Sparks Street", "Smoke Tree Lane").
const NOUN_STATE = /(?:火花|火星|火光|火|烟)$|^(?:sparks?|smoke|flames?|fire|arcs?)$/;

/**
 * The composed hazard phrases of a prepared text. `placeName(start, end)` says whether the word
 * there is part of a place name (danger.ts's rule for a bare hazard noun: 火星路, "Sparks Street").
 */
export function composedSpans(text: string, placeName: (start: number, end: number) => boolean): ComposedSpan[] {
  const out: ComposedSpan[] = [];
  STANDALONE.lastIndex = 0;
  for (let m = STANDALONE.exec(text); m; m = STANDALONE.exec(text)) {
    if (!m[0].length) {
      STANDALONE.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  const objects = scan(text, OBJECTS).filter((o) => !(o.latin ? EN_OBJECT_NAMED : ZH_OBJECT_NAMED).test(text.slice(o.end)));
  if (!objects.length) return out;
  const states = scan(text, STATES).filter((s) => !(NOUN_STATE.test(text.slice(s.start, s.end)) && placeName(s.start, s.end)));
  for (const o of objects) {
    const allowed = ALLOWED[o.kind as ObjectKind];
    for (const s of states) {
      if (!allowed.includes(s.kind as StateKind)) continue;
      if (s.start < o.end && o.start < s.end) continue; // one word read twice (火线: a wire, not a fire)
      if (s.start >= o.end ? forwardGap(text.slice(o.end, s.start), o.latin) : reverseGap(text.slice(s.end, o.start), s, o.latin)) {
        out.push({ start: Math.min(o.start, s.start), end: Math.max(o.end, s.end) });
      }
    }
  }
  return out;
}
