/**
 * docs/nlu.md, "The model's danger voice": on each development set, the lines in which the danger
 * layer (patterns and composition) finds no hazard phrase at all, and what the trained model's belief
 * in danger would do there: danger lines it would catch, non-danger lines it would call danger, by
 * threshold, with a hazard word required (scope.ts modelMayCallDanger) or a taxonomy word. The model is
 * trained on src/nlu/training only, which holds no development line (checked here): for each set,
 * the shipped model is the model trained without it. Development sets only: never a held-out one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../src/core/locale.js';
import { explainDanger } from '../src/nlu/danger.js';
import { defaultIntentModel } from '../src/nlu/model/default-model.js';
import { normalizeText } from '../src/nlu/normalize.js';
import { modelMayCallDanger } from '../src/nlu/scope.js';
import { trainingExamples } from '../src/nlu/training/index.js';

const root = fileURLToPath(new URL('../test/fixtures/nlu/independent/', import.meta.url));
const sets = ['dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7'];
const model = defaultIntentModel();
const trained = new Set(trainingExamples().map((e) => e.text.replace(/\s+/g, '')));
const thresholds = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7];
let shared = 0;
const rows: { set: string; danger: boolean; p: number; hazardWord: boolean }[] = [];
for (const set of sets) {
  for (const locale of LOCALES) {
    const data = JSON.parse(readFileSync(`${root}${set}/${locale}.json`, 'utf8')) as { cases: { text: string; intent: string | null }[] };
    for (const c of data.cases) {
      const normalized = normalizeText(c.text);
      if (trained.has(normalized.replace(/\s+/g, ''))) shared++;
      if (explainDanger(c.text).length > 0) continue; // the layer found a hazard phrase (danger, or dismissed by its context)
      const p = model.classify(normalized).find((m) => m.label === 'danger')?.p ?? 0;
      rows.push({ set, danger: c.intent === 'danger', p, hazardWord: modelMayCallDanger(normalized) });
    }
  }
}
console.log(`development lines also in the training data: ${shared}`);
console.log(`lines with no hazard phrase found: ${rows.length} (danger among them: ${rows.filter((r) => r.danger).length})`);
for (const t of thresholds) {
  const fire = (r: (typeof rows)[number], word: boolean): boolean => r.p >= t && (!word || r.hazardWord);
  const per = sets.map((s) => {
    const mine = rows.filter((r) => r.set === s);
    return `${s} ${mine.filter((r) => !r.danger && fire(r, true)).length}`;
  });
  console.log(
    `p(danger) >= ${t}: with a hazard word, danger caught ${rows.filter((r) => r.danger && fire(r, true)).length}, false alarms ${rows.filter((r) => !r.danger && fire(r, true)).length} (${per.join(', ')}); ` +
      `without, caught ${rows.filter((r) => r.danger && fire(r, false)).length}, false alarms ${rows.filter((r) => !r.danger && fire(r, false)).length}`,
  );
}
