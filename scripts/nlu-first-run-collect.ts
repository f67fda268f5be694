/**
 * Copied by scripts/nlu-first-runs.sh into an archived source tree: scores one development set
 * with that tree's recognizer and prints, per line, what the evidence gate needs (JSON on stdout).
 * Imports what every archived tree since the model has (explain, the model's top labels).
 */
import { loadFixtures } from '../src/nlu/evaluation.js';
import { createRecognizer } from '../src/nlu/recognizer.js';

const [fixtures, set] = process.argv.slice(2);
if (!fixtures || !set) throw new Error('usage: nlu-first-run-collect.ts FIXTURES_DIR SET');
const recognizer = createRecognizer();
const rows = loadFixtures(fixtures, { sets: [set] }).map((c) => {
  const x = recognizer.explain(c.text, c.locale);
  const pred = x.result?.intent ?? null;
  const p = (label: string | null): number => x.model.find((m) => m.label === label)?.p ?? 0;
  return {
    locale: c.locale,
    gold: c.intent,
    pred,
    lexSupport: x.matches.some((m) => m.intent === pred && m.lexicon !== 'declined'),
    /** The strongest pattern for the answer (0 when none). */
    lexWeight: Math.max(0, ...x.matches.filter((m) => m.intent === pred && m.lexicon !== 'declined').map((m) => m.weight)),
    p: p(pred),
    margin: p(pred) - p('none'),
  };
});
console.log(JSON.stringify(rows));
