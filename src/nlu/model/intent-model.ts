import naiveBayes, { type NaiveBayesTextClassifier } from 'wink-naive-bayes-text-classifier';
import type { Intent } from '../../core/intents.js';
import { featuresOf, utteranceFeatures, type ModelInput } from './features.js';

/** The model's answer for "no intent of ours" (out of scope: a phone battery, a gas bill). */
export const OUT_OF_SCOPE = 'none';
export type ModelLabel = Intent | typeof OUT_OF_SCOPE;

export interface LabelledText {
  /** Normalized text (normalizeText). */
  text: string;
  intent: Intent | null;
}

export interface ModelScore {
  label: ModelLabel;
  /** Calibrated probability, 0..1; the scores of one utterance sum to 1. */
  p: number;
}

export interface IntentModel {
  /**
   * Every label with its probability, best first; [] when the model knows no piece of the text.
   * Given the pieces already taken (utterancePieces), it reads them instead of extracting them again.
   */
  classify(input: ModelInput): ModelScore[];
  /** The library's own log2 odds per label, best first (slow: for tests and explanations). */
  odds(input: ModelInput): [ModelLabel, number][];
  /** The learnt counts in the library's own format (importJSON reads it back). */
  toJSON(): string;
}

export interface ModelOptions {
  /**
   * Softens the naive Bayes odds into probabilities: p ∝ 2^(odds / temperature). Naive Bayes
   * counts overlapping pieces as independent evidence, so its raw odds are far too sure;
   * the temperature is fitted by cross-validation on the training data (npm run nlu:train).
   */
  temperature?: number;
  /** Additive smoothing of the piece counts (0..1). */
  smoothing?: number;
}

export const DEFAULT_TEMPERATURE = 4;
const DEFAULT_SMOOTHING = 0.5;

type Exported = [
  config: { smoothingFactor: number },
  samples: Record<string, number>,
  count: Record<string, Record<string, number>>,
  words: Record<string, number>,
  voc: string[],
];

/**
 * A naive Bayes classifier (wink-naive-bayes-text-classifier) over the utterance's pieces
 * (features.ts): the library learns the counts; its one-vs-rest log odds per label
 * (log P(pieces | label) - log P(pieces | other labels), priors included) are then compiled
 * into one table, piece -> odds per label, because the library recomputes every logarithm on
 * every call (about 0.8 ms an utterance; the table answers in microseconds, with the same odds).
 */
export function trainIntentModel(examples: readonly LabelledText[], options: ModelOptions = {}): IntentModel {
  const nb = naiveBayes();
  nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: options.smoothing ?? DEFAULT_SMOOTHING });
  for (const e of examples) {
    const features = utteranceFeatures(e.text);
    if (features.length) nb.learn(features, e.intent ?? OUT_OF_SCOPE);
  }
  nb.consolidate();
  return fromCounts(nb.exportJSON(), options, () => nb);
}

/** A model saved with toJSON() (the shipped one: trained-model.ts, written by npm run nlu:train). */
export function intentModelFromJSON(json: string, options: ModelOptions = {}): IntentModel {
  return fromCounts(json, options, () => {
    const nb = naiveBayes();
    nb.importJSON(json);
    nb.consolidate();
    return nb;
  });
}

function fromCounts(json: string, options: ModelOptions, classifier: () => NaiveBayesTextClassifier): IntentModel {
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  const table = compile(JSON.parse(json) as Exported);
  const { labels } = table;
  let nb: NaiveBayesTextClassifier | undefined;
  return {
    classify(input) {
      const sums = new Float64Array(labels.length);
      let known = 0;
      for (const f of featuresOf(input)) {
        const row = table.rows.get(f);
        if (!row) continue;
        known++;
        for (let i = 0; i < sums.length; i++) sums[i]! += row[i]!;
      }
      if (!known) return [];
      let top = -Infinity;
      for (let i = 0; i < sums.length; i++) top = Math.max(top, (sums[i]! += table.prior[i]!));
      const weights = Array.from(sums, (o) => 2 ** ((o - top) / temperature));
      const total = weights.reduce((a, b) => a + b, 0);
      return labels.map((label, i) => ({ label, p: weights[i]! / total })).sort((a, b) => b.p - a.p);
    },
    odds(input) {
      nb ??= classifier();
      return nb.computeOdds([...featuresOf(input)]) as [ModelLabel, number][];
    },
    toJSON: () => json,
  };
}

interface OddsTable {
  labels: ModelLabel[];
  prior: Float64Array;
  rows: Map<string, Float64Array>;
}

/** The library's odds formula, evaluated once per piece and label. */
function compile([config, samples, count, words, voc]: Exported): OddsTable {
  const labels = Object.keys(samples) as ModelLabel[];
  const sf = config.smoothingFactor;
  const allSamples = labels.reduce((a, l) => a + samples[l]!, 0);
  const allWords = labels.reduce((a, l) => a + (words[l] ?? 0), 0);
  const prior = Float64Array.from(labels, (l) => Math.log2(samples[l]!) - Math.log2(allSamples - samples[l]!));
  const mineDenominator = labels.map((l) => Math.log2((words[l] ?? 0) + voc.length * sf));
  const otherDenominator = labels.map((l) => Math.log2(allWords - (words[l] ?? 0) + voc.length * sf));
  const rows = new Map<string, Float64Array>();
  for (const piece of voc) {
    const counts = labels.map((l) => count[l]?.[piece] ?? 0);
    const all = counts.reduce((a, b) => a + b, 0);
    rows.set(
      piece,
      Float64Array.from(labels, (_, i) =>
        Math.log2(counts[i]! + sf) - mineDenominator[i]! - (Math.log2(all - counts[i]! + sf) - otherDenominator[i]!),
      ),
    );
  }
  return { labels, prior, rows };
}
