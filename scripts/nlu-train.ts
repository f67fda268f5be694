/**
 * npm run nlu:train [-- --check]
 * Trains the intent model on src/nlu/training and writes it to src/nlu/model/trained-model.ts,
 * the model the recognizer ships with (reading it takes milliseconds; training takes about a
 * second, too long for every process and test file). Prints a 5-fold cross-validated accuracy
 * of the model alone, on the training data (an estimate; the real measure is the independent
 * sets: npm run nlu:eval -- --set independent/dev). --check only says whether the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainIntentModel, type LabelledText } from '../src/nlu/model/intent-model.js';
import { trainWorldModel } from '../src/nlu/model/world-model.js';
import { TRAINING_DATA, WORLD_MODEL_EXTRA, trainingExamples } from '../src/nlu/training/index.js';

const OUT = fileURLToPath(new URL('../src/nlu/model/trained-model.ts', import.meta.url));
const WORLD_OUT = fileURLToPath(new URL('../src/nlu/model/trained-world-model.ts', import.meta.url));

export function trainedModelSource(examples: readonly LabelledText[] = trainingExamples()): string {
  const json = trainIntentModel(examples).toJSON();
  return [
    '// Written by `npm run nlu:train` from src/nlu/training: do not edit by hand.',
    '// The learnt counts of the intent model (wink-naive-bayes-text-classifier exportJSON).',
    `export const TRAINED_INTENT_MODEL = ${JSON.stringify(json)};`,
    '',
  ].join('\n');
}

/** The world model (model/world-model.ts): every training line and the world's (training/world). */
export function trainedWorldModelSource(
  examples: readonly LabelledText[] = trainingExamples([...Object.values(TRAINING_DATA), ...WORLD_MODEL_EXTRA]),
): string {
  return [
    '// Written by `npm run nlu:train` from src/nlu/training and src/nlu/training/world: do not edit by hand.',
    '// The learnt counts of the world model, ours or not (wink-naive-bayes-text-classifier exportJSON).',
    `export const TRAINED_WORLD_MODEL = ${JSON.stringify(trainWorldModel(examples).toJSON())};`,
    '',
  ].join('\n');
}

function crossValidated(examples: readonly LabelledText[], folds = 5): number {
  let correct = 0;
  for (let k = 0; k < folds; k++) {
    const model = trainIntentModel(examples.filter((_, i) => i % folds !== k));
    for (const e of examples.filter((_, i) => i % folds === k)) {
      const top = model.classify(e.text)[0];
      if ((top && top.label !== 'none' ? top.label : null) === e.intent) correct++;
    }
  }
  return correct / examples.length;
}

const examples = trainingExamples();
const source = trainedModelSource(examples);
const worldSource = trainedWorldModelSource();
const read = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // first run
  }
};
if (process.argv.includes('--check')) {
  const fresh = read(OUT) === source && read(WORLD_OUT) === worldSource;
  console.log(fresh ? 'trained-model.ts and trained-world-model.ts are up to date' : 'the trained models are stale: run npm run nlu:train');
  process.exitCode = fresh ? 0 : 1;
} else {
  writeFileSync(OUT, source);
  writeFileSync(WORLD_OUT, worldSource);
  console.log(`${examples.length} training lines; wrote ${OUT} (${(source.length / 1024).toFixed(0)} KiB)`);
  console.log(`5-fold cross-validated accuracy of the model alone: ${(crossValidated(examples) * 100).toFixed(1)}%`);
}
