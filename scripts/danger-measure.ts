/**
 * Danger on the development sets (issue 8, N10; docs/nlu.md "Composition over a taxonomy"): per set,
 * danger recall, place names taken for danger, non-danger lines given danger, and overall accuracy.
 * `--list` prints the lines that changed or failed. Development sets only: never a held-out one.
 *   npx tsx scripts/danger-measure.ts [--list] [SET...]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../src/core/locale.js';
import { recognizeSync } from '../src/nlu/recognizer.js';

const root = fileURLToPath(new URL('../test/fixtures/nlu/independent/', import.meta.url));
const args = process.argv.slice(2);
const list = args.includes('--list');
const sets = args.filter((a) => !a.startsWith('--'));
const chosen = sets.length ? sets : ['dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7'];
if (chosen.some((s) => /^test/.test(s))) throw new Error('held-out sets are only scored by the lead');
let sum = { n: 0, ok: 0, d: 0, dOk: 0, place: 0, placeFa: 0, non: 0, nonFa: 0 };
for (const set of chosen) {
  const t = { n: 0, ok: 0, d: 0, dOk: 0, place: 0, placeFa: 0, non: 0, nonFa: 0 };
  for (const locale of LOCALES) {
    const data = JSON.parse(readFileSync(`${root}${set}/${locale}.json`, 'utf8')) as { cases: { text: string; intent: string | null; tags?: string[] }[] };
    for (const c of data.cases) {
      const got = recognizeSync(c.text, locale)?.intent ?? null;
      t.n++;
      if (got === c.intent) t.ok++;
      if (c.intent === 'danger') {
        t.d++;
        if (got === 'danger') t.dOk++;
        else if (list) console.log(`MISS ${set} [${locale}] ${c.text} -> ${got}`);
      } else {
        t.non++;
        if (got === 'danger') {
          t.nonFa++;
          if (list) console.log(`FA   ${set} [${locale}] ${c.text} (${c.intent})`);
        }
        if (c.tags?.includes('place-name')) {
          t.place++;
          if (got === 'danger') t.placeFa++;
        }
      }
      if (list && got !== c.intent && c.intent !== 'danger' && got !== 'danger') console.log(`ERR  ${set} [${locale}] ${c.text} (${c.intent} -> ${got})`);
    }
  }
  console.log(`${set.padEnd(6)} overall ${t.ok}/${t.n}  danger ${t.dOk}/${t.d}  place alarms ${t.placeFa}/${t.place}  non-danger given danger ${t.nonFa}/${t.non}`);
  for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += t[k];
}
console.log(`all    overall ${sum.ok}/${sum.n}  danger ${sum.dOk}/${sum.d}  place alarms ${sum.placeFa}/${sum.place}  non-danger given danger ${sum.nonFa}/${sum.non}`);
