/**
 * Copied by scripts/nlu-first-runs.sh into an archived source tree: scores one development set
 * with that tree's recognizer and prints, per line, what the gates need (JSON on stdout).
 * Imports what every archived tree since the model has (explain, the model's top labels, the
 * training data and trainIntentModel).
 *
 * With a third argument, the root of today's tree, and VARIANT=world (or world+english), the
 * archived tree's model is retrained with today's extra training lines added to its own
 * (src/nlu/training/world: the world outside electricity; english: src/nlu/training/en-US-spoken),
 * and every row says whether today's anchor (a word of the grid or of us, scope.ts) is in the words,
 * and what today's world model (src/nlu/model/world-model.ts, trained on this tree's lines and
 * today's world lines) believes.
 */
import { loadFixtures } from '../src/nlu/evaluation.js';
import { trainIntentModel } from '../src/nlu/model/intent-model.js';
import { createRecognizer } from '../src/nlu/recognizer.js';
import { TRAINING_DATA, trainingExamples, type TrainingData } from '../src/nlu/training/index.js';

const [fixtures, set, root] = process.argv.slice(2);
if (!fixtures || !set) throw new Error('usage: nlu-first-run-collect.ts FIXTURES_DIR SET [TODAYS_ROOT]');
const variant = new Set((process.env.VARIANT ?? '').split('+').filter(Boolean));
const extra: TrainingData[] = [];
let anchored: ((normalized: string) => boolean) | null = null;
let pWorld: ((normalized: string) => number) | null = null;
let grid: ((normalized: string) => boolean) | null = null;
if (root) {
  if (variant.has('world')) extra.push(...(await import(`${root}/src/nlu/training/world/index.ts`)).WORLD_TRAINING);
  if (variant.has('english')) extra.push((await import(`${root}/src/nlu/training/en-US-spoken.ts`)).TRAINING_EN_US_SPOKEN);
  // The anchor (measured and dropped: docs/nlu.md): a word of the grid, of a supply that stopped, or of us.
  const { hasOurSubject, namesGrid } = await import(`${root}/src/nlu/scope.ts`);
  anchored = (normalized) => namesGrid(normalized) || hasOurSubject(normalized);
  // Whether the words name grid electricity or us, devices and other 电 words taken out (today's scope.ts).
  grid = (await import(`${root}/src/nlu/scope.ts`)).namesGridOrUs ?? null;
  // Today's world model, trained on this tree's lines and today's world lines (every variant).
  const { WORLD_MODEL_EXTRA } = await import(`${root}/src/nlu/training/index.ts`);
  const { trainWorldModel } = await import(`${root}/src/nlu/model/world-model.ts`);
  pWorld = trainWorldModel(trainingExamples([...Object.values(TRAINING_DATA), ...WORLD_MODEL_EXTRA])).pWorld;
}
const model = extra.length ? trainIntentModel(trainingExamples([...Object.values(TRAINING_DATA), ...extra])) : undefined;
const recognizer = createRecognizer(model ? { model } : {});
const rows = loadFixtures(fixtures, { sets: [set] }).map((c) => {
  const x = recognizer.explain(c.text, c.locale);
  const pred = x.result?.intent ?? null;
  const p = (label: string | null): number => x.model.find((m) => m.label === label)?.p ?? 0;
  return {
    text: c.text,
    locale: c.locale,
    gold: c.intent,
    pred,
    lexSupport: x.matches.some((m) => m.intent === pred && m.lexicon !== 'declined'),
    /** The strongest pattern for the answer (0 when none). */
    lexWeight: Math.max(0, ...x.matches.filter((m) => m.intent === pred && m.lexicon !== 'declined').map((m) => m.weight)),
    p: p(pred),
    margin: p(pred) - p('none'),
    anchored: anchored ? anchored(x.normalized) : true,
    /** The world model's p(none) (model/world-model.ts). */
    world: pWorld ? pWorld(x.normalized) : 0,
    /** Today's namesGridOrUs (scope.ts): a named grievance that names the grid or us is never taken away. */
    grid: grid ? grid(x.normalized) : true,
  };
});
console.log(JSON.stringify(rows));
