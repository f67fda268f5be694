/**
 * docs/nlu.md, "Composition over a taxonomy": the composition measured on the recognizer each
 * development set was first run on (before anything was tuned on it), as the union of that
 * recognizer's danger and the composition alone (today's taxonomy and dismissals). Reads the JSON
 * that scripts/danger-first-runs.sh collected. `--list` prints the lines it changes.
 * `--not-here`: instead, that recognizer's danger less what today's "not here and now" reading
 * (danger-context.ts) dismisses: a hazard phrase dismissed as not here and now and none left, or no
 * phrase and the whole text not here and now.
 */
import { readFileSync } from 'node:fs';
import { textNotHereAndNow } from '../src/nlu/danger-context.js';
import { explainComposedDanger, explainDanger } from '../src/nlu/danger.js';
import { normalizeText } from '../src/nlu/normalize.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const notHereMode = args.includes('--not-here');
/** Today's not-here-and-now reading takes the danger away. */
function notHere(text: string): boolean {
  const found = explainDanger(text);
  if (found.some((f) => f.dismissed === null)) return false;
  if (found.some((f) => f.notHere)) return true;
  return !found.length && textNotHereAndNow(normalizeText(text)) !== null;
}
const total = { d: 0, was: 0, now: 0, non: 0, wasFa: 0, nowFa: 0, place: 0, wasPlace: 0, nowPlace: 0 };
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { locale: string; text: string; gold: string | null; tags: string[]; pred: string | null }[];
  const t = { d: 0, was: 0, now: 0, non: 0, wasFa: 0, nowFa: 0, place: 0, wasPlace: 0, nowPlace: 0 };
  for (const r of rows) {
    const was = r.pred === 'danger';
    const now = notHereMode ? was && !notHere(r.text) : was || explainComposedDanger(r.text).some((f) => f.dismissed === null);
    if (r.gold === 'danger') {
      t.d++; if (was) t.was++; if (now) t.now++;
      if (list && !was) console.log(`${now ? 'CAUGHT' : 'MISSED'} [${r.locale}] ${r.text}`);
      if (list && was && !now) console.log(`LOST [${r.locale}] ${r.text}`);
    } else {
      t.non++; if (was) t.wasFa++; if (now) t.nowFa++;
      if (r.tags.includes('place-name')) { t.place++; if (was) t.wasPlace++; if (now) t.nowPlace++; }
      if (list && now && !was) console.log(`NEW FA [${r.locale}] ${r.text} (${r.gold})`);
      if (list && was && !now) console.log(`CLEARED [${r.locale}] ${r.text} (${r.gold})`);
    }
  }
  const name = file.replace(/^.*\//, '').replace(/\.json$/, '');
  console.log(`${name}: danger ${t.was}/${t.d} -> ${t.now}/${t.d}; non-danger given danger ${t.wasFa} -> ${t.nowFa} of ${t.non}; place names ${t.wasPlace} -> ${t.nowPlace} of ${t.place}`);
  for (const k of Object.keys(t) as (keyof typeof t)[]) total[k] += t[k];
}
console.log(`all: danger ${total.was}/${total.d} -> ${total.now}/${total.d}; non-danger given danger ${total.wasFa} -> ${total.nowFa} of ${total.non}; place names ${total.wasPlace} -> ${total.nowPlace} of ${total.place}`);
