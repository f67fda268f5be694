import type { Intent } from '../core/intents.js';
import type { DangerFinding } from './danger.js';
import { namesGrid, outOfScope } from './scope.js';
import { judgesReadBack, saysNoDanger } from './yes-no.js';

/**
 * What the words answer when no opening yes or no says it (issues 8 and 9, item 6), read after the
 * lexicon and the model are weighed (recognizer.ts):
 * - a statement that there is no danger ("there is no hazard at all", "all safe here", 危险倒是一点都没有)
 *   and every hazard the danger layer found denied ("没看到电线掉下来 都没有", "nobody got zapped") are a
 *   no: they answer "is there danger?" (N10). Not when a fault is told with them: a word of the grid or
 *   of a supply that stopped left once the hazards are out ("没冒烟 就是插座不通电");
 * - a hazard denied and then, after a contrast, what is wrong is that fault ("没有打火 就是开关按了没反应");
 * - a read-back judged in a statement ("地址你念得一点没错", "that number is somebody else's") is a yes or a
 *   no (N8).
 * A pattern that asks for something else, or backs the intent already found, keeps it.
 */
export function answerInWords(
  normalized: string,
  fused: Answer | null,
  hazards: readonly DangerFinding[],
  matches: readonly LexiconVote[],
  threshold: number,
): Answer | null {
  const asks = asksForSomething(matches, threshold);
  const backed = (a: Answer | null, skipYesNo = false): boolean =>
    a !== null && matches.some((m) => m.intent === a.intent && m.weight > 0 && !(skipYesNo && m.lexicon === 'yes-no'));
  const withoutHazards = hazards.reduce((t, h) => t.replace(h.phrase, ' '), normalized);
  let out = fused;
  if (saysNoDanger(normalized) && !hazards.some((h) => h.dismissed === null) && !asks && !namesGrid(normalized) && !backed(out, true)) {
    out = { intent: 'deny', confidence: IN_WORDS };
  }
  if (out?.intent === 'deny' && (hazards.length > 0 || saysNoDanger(normalized)) && CONTRAST.test(normalized)) {
    if (namesGrid(withoutHazards.replace(NO_DANGER_WORDS, ' '))) out = { intent: 'fault_report', confidence: IN_WORDS };
  }
  if (!out || (!asks && !backed(out))) {
    const judged = judgesReadBack(normalized);
    if (judged) out = { intent: judged === 'yes' ? 'affirm' : 'deny', confidence: IN_WORDS };
  }
  if (hazards.length && hazards.every((h) => h.dismissed === 'negated') && !asks) {
    if (!namesGrid(withoutHazards) && !outOfScope(normalized) && !backed(out)) out = { intent: 'deny', confidence: IN_WORDS };
  }
  return out;
}

export interface Answer {
  intent: Intent;
  confidence: number;
}

/** A lexicon match as the recognizer keeps it (its Explanation's matches). */
export interface LexiconVote {
  intent: Intent;
  weight: number;
  lexicon: string;
}

/** The confidence of an answer read this way: one voice, a rule's. */
const IN_WORDS = 0.75;
// A turn to what is wrong after a denied hazard; and the danger words themselves (危险, danger), which name no fault.
const CONTRAST = /就是|只是|净系|淨係|只系|就系|但是|可是|不过|\b(?:just|but|only)\b/;
const NO_DANGER_WORDS = /危险|危險|danger\w*|hazard\w*/g;

/** Whether a lexicon pattern other than a yes or a no asks for something. */
export function asksForSomething(matches: readonly LexiconVote[], threshold: number): boolean {
  return matches.some((m) => m.lexicon !== 'yes-no' && m.intent !== 'deny' && m.intent !== 'affirm' && m.weight >= threshold);
}
