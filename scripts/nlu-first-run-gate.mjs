// Reads the rows of scripts/nlu-first-run-collect.ts (one file per set) and prints, for each margin
// t, overall accuracy, no-intent lines given an intent and danger recall with the evidence gate
// (a business intent no pattern speaks for, with p(intent) - p(none) < t, becomes no intent), then
// the leave-one-set-out figure: t chosen for accuracy on the other sets (ties to the smaller t).
// With --hint, also the second rule: a business intent whose strongest pattern is a hint (below 0.8)
// and that the model gives less than 0.3 becomes no intent.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const BUSINESS = new Set(['fault_report', 'outage_query', 'bill_query', 'consultation', 'new_service', 'complaint', 'report']);
const MARGINS = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9];
const hint = process.argv.includes('--hint');
const sets = process.argv.slice(2).filter((a) => a !== '--hint').map((f) => ({ name: basename(f, '.json'), rows: JSON.parse(readFileSync(f, 'utf8')) }));
const gated = (t) => (r) => {
  if (!BUSINESS.has(r.pred)) return r.pred;
  if (!r.lexSupport) return t > 0 && r.margin < t ? null : r.pred;
  return hint && r.lexWeight < 0.8 && r.p < 0.3 ? null : r.pred;
};
const count = (rows, t) => {
  const f = gated(t);
  let right = 0, none = 0, given = 0, danger = 0, found = 0;
  for (const r of rows) {
    const got = f(r);
    if (got === r.gold) right++;
    if (r.gold === null) { none++; if (got !== null) given++; }
    if (r.gold === 'danger') { danger++; if (got === 'danger') found++; }
  }
  return { right, total: rows.length, none, given, danger, found };
};
const show = (c) => `${((100 * c.right) / c.total).toFixed(1)}% / ${c.given} of ${c.none} / danger ${c.found} of ${c.danger}`;
for (const { name, rows } of sets) console.log(name, MARGINS.map((t) => `t ${t}: ${show(count(rows, t))}`).join(' | '));
const sum = (cs) => cs.reduce((a, c) => ({ right: a.right + c.right, total: a.total + c.total, none: a.none + c.none, given: a.given + c.given, danger: a.danger + c.danger, found: a.found + c.found }));
const loso = sets.map((held) => {
  const others = sets.filter((s) => s !== held).flatMap((s) => s.rows);
  let best = MARGINS[0];
  for (const t of MARGINS) if (count(others, t).right > count(others, best).right) best = t;
  console.log(`leave out ${held.name}: t ${best} -> ${show(count(held.rows, best))}`);
  return count(held.rows, best);
});
console.log('no gate, all sets:', show(sum(sets.map((s) => count(s.rows, 0)))));
console.log('leave-one-set-out, all sets:', show(sum(loso)));
