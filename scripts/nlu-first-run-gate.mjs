// Reads the rows of scripts/nlu-first-run-collect.ts (one file per set) and prints, for each margin
// t, overall accuracy, no-intent lines given an intent and danger recall with the evidence gate
// (a business intent no pattern speaks for, with p(intent) - p(none) < t, becomes no intent), then
// the leave-one-set-out figure: t chosen for accuracy on the other sets (ties to the smaller t).
// With --hint, also the second rule: a business intent whose strongest pattern is a hint (below 0.8)
// and that the model gives less than 0.3 becomes no intent.
// With --anchor, also the anchor (a word of the grid or of us, scope.ts; measured and dropped): a grid business intent (fault, outage, bill,
// consultation, new service) whose words hold nothing of electricity or of us becomes no intent,
// whatever spoke for it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const BUSINESS = new Set(['fault_report', 'outage_query', 'bill_query', 'consultation', 'new_service', 'complaint', 'report']);
const MARGINS = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9];
const hint = process.argv.includes('--hint');
const anchor = process.argv.includes('--anchor');
const GRID_BUSINESS = new Set(['fault_report', 'outage_query', 'bill_query', 'consultation', 'new_service']);
const sets = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((f) => ({ name: basename(f, '.json'), rows: JSON.parse(readFileSync(f, 'utf8')) }));
const gated = (t) => (r) => {
  if (!BUSINESS.has(r.pred)) return r.pred;
  if (anchor && GRID_BUSINESS.has(r.pred) && r.anchored === false) return null;
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

// With --world: the world model (src/nlu/model/world-model.ts) on top of the evidence gate at 0.75:
// a business intent no pattern names (below 0.95) becomes no intent when the world model's p(none)
// is at least w. The same sweep and leave-one-set-out over w.
if (process.argv.includes('--world')) {
  const WS = [1.01, 0.999, 0.99, 0.97, 0.95, 0.9, 0.8, 0.7, 0.5];
  const base = gated(0.75);
  const worldCount = (rows, w) => {
    let right = 0, none = 0, given = 0, danger = 0, found = 0;
    for (const r of rows) {
      let got = base(r);
      if (BUSINESS.has(got) && r.lexWeight < 0.95 && r.world >= w) got = null;
      if (got === r.gold) right++;
      if (r.gold === null) { none++; if (got !== null) given++; }
      if (r.gold === 'danger') { danger++; if (got === 'danger') found++; }
    }
    return { right, total: rows.length, none, given, danger, found };
  };
  for (const { name, rows } of sets) console.log(`world ${name}`, WS.map((w) => `w ${w}: ${show(worldCount(rows, w))}`).join(' | '));
  console.log('world, all sets', WS.map((w) => `w ${w}: ${show(sum(sets.map((s) => worldCount(s.rows, w))))}`).join(' | '));
  const held = sets.map((h) => {
    const others = sets.filter((s) => s !== h).flatMap((s) => s.rows);
    let best = WS[0];
    for (const w of WS) if (worldCount(others, w).right > worldCount(others, best).right) best = w;
    console.log(`world, leave out ${h.name}: w ${best} -> ${show(worldCount(h.rows, best))}`);
    return worldCount(h.rows, best);
  });
  console.log('world, leave-one-set-out, all sets:', show(sum(held)));
}

// With --named: on top of the world model at 0.99, a complaint or a report whose pattern names it
// (0.95 and above: 投诉, "complain", 举报) becomes no intent when the world model's p(none) is at
// least v and its words name nothing of the grid or of us (scope.ts, namesGridOrUs): a grievance about another
// business (我要投诉燃气公司, "complain about my internet provider"), not "物业乱收电费 我要投诉".
if (process.argv.includes('--named')) {
  const VS = [1.01, 0.999, 0.99, 0.97, 0.95, 0.9, 0.8, 0.7, 0.5];
  const GRIEVANCE = new Set(['complaint', 'report']);
  const base = gated(0.75);
  const namedCount = (rows, v, kinds = GRIEVANCE) => {
    let right = 0, none = 0, given = 0, danger = 0, found = 0;
    for (const r of rows) {
      let got = base(r);
      if (BUSINESS.has(got) && r.lexWeight < 0.95 && r.world >= 0.99) got = null;
      if (kinds.has(got) && r.lexWeight >= 0.95 && r.world >= v && r.grid === false) got = null;
      if (got === r.gold) right++;
      if (r.gold === null) { none++; if (got !== null) given++; }
      if (r.gold === 'danger') { danger++; if (got === 'danger') found++; }
    }
    return { right, total: rows.length, none, given, danger, found };
  };
  for (const { name, rows } of sets) console.log(`named ${name}`, VS.map((v) => `v ${v}: ${show(namedCount(rows, v))}`).join(' | '));
  console.log('named, all sets', VS.map((v) => `v ${v}: ${show(sum(sets.map((s) => namedCount(s.rows, v))))}`).join(' | '));
  console.log('named (any business), all sets', VS.map((v) => `v ${v}: ${show(sum(sets.map((s) => namedCount(s.rows, v, BUSINESS))))}`).join(' | '));
  const held = sets.map((h) => {
    const others = sets.filter((s) => s !== h).flatMap((s) => s.rows);
    let best = VS[0];
    for (const v of VS) if (namedCount(others, v).right > namedCount(others, best).right) best = v;
    console.log(`named, leave out ${h.name}: v ${best} -> ${show(namedCount(h.rows, best))}`);
    return namedCount(h.rows, best);
  });
  console.log('named, leave-one-set-out, all sets:', show(sum(held)));
  for (const locale of ['zh-CN', 'yue-HK', 'en-US']) {
    const mine = sets.map((s) => s.rows.filter((r) => r.locale === locale));
    console.log(`named ${locale}`, [1.01, 0.99].map((v) => `v ${v}: ${show(sum(mine.map((rows) => namedCount(rows, v))))}`).join(' | '));
  }
}
