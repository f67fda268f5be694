import type { Intent } from '../../core/intents.js';
import type { ModelInput } from './features.js';
import { OUT_OF_SCOPE, intentModelFromJSON, trainIntentModel, type IntentModel, type LabelledText } from './intent-model.js';

/**
 * The world model (issue 9 item 6): one question, is this about our business or about the world
 * outside it (a gas bill, a data plan, a shop, the weather, a wrong number)? A naive Bayes model of
 * the same pieces as the intent model, with two labels: `ours` (every line labelled with an intent)
 * and `none` (the out-of-scope lines and the world lines, training/world). It may only take a
 * business intent away (recognizer.ts, WORLD_NONE_MIN), never give one, and it never speaks about
 * danger: the intent model's danger voice stays what it was trained to be.
 */
export const OURS = 'ours';

/** p(none) of the world model: how sure it is that the words are about the world outside, 0..1. */
export interface WorldModel {
  /** Given the intent model's pieces (utterancePieces), it reads them instead of extracting them again. */
  pWorld(input: ModelInput): number;
  toJSON(): string;
}

export function trainWorldModel(examples: readonly LabelledText[]): WorldModel {
  // The intent model's trainer learns any label: every intent of ours is one label, `ours`.
  const relabelled = examples.map((e) => ({ text: e.text, intent: e.intent === null ? null : (OURS as Intent) }));
  return wrap(trainIntentModel(relabelled));
}

export function worldModelFromJSON(json: string): WorldModel {
  return wrap(intentModelFromJSON(json));
}

function wrap(model: IntentModel): WorldModel {
  return {
    pWorld: (input) => model.classify(input).find((s) => s.label === OUT_OF_SCOPE)?.p ?? 0,
    toJSON: () => model.toJSON(),
  };
}
