import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, type Locale } from '../core/locale.js';
import { INTENTS, type Intent, type IntentResult } from '../core/intents.js';

/** One labelled utterance. intent null: the recognizer should answer no match. */
export interface LabelledCase {
  text: string;
  intent: Intent | null;
  locale: Locale;
  /** The fixture file it came from, e.g. "zh-CN" or "heldout/yue-HK". */
  set: string;
}

export const NO_MATCH = '(none)';
type Label = Intent | typeof NO_MATCH;

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  /** N10: danger utterances recognized as danger / all danger utterances. */
  dangerRecall: number;
  /** Utterances labelled no intent (out of scope, nothing to act on) that got one / all of them. */
  noIntentGiven: number;
  perIntent: Map<Label, { total: number; correct: number }>;
  perSet: Map<string, { total: number; correct: number }>;
  /** "expected -> got" with a count and the utterances. */
  confusions: Map<string, LabelledCase[]>;
}

/**
 * The sets `npm run nlu:eval` and the 95% bar use by default: the tuning set (the *.json
 * files at the top of the fixtures directory) and heldout/. heldout-2/ is measured on its
 * own (`--set heldout-2`) against its own floor.
 */
export const DEFAULT_SETS: readonly string[] = ['tuning', 'heldout'];

/**
 * Reads every *.json under dir: { "locale": "zh-CN", "cases": [{ "text", "intent" }] }.
 * sets: only these ('tuning' = the files at the top of dir, otherwise a subdirectory name);
 * omitted = everything under dir.
 */
export function loadFixtures(dir: string, options: { sets?: readonly string[] } = {}): LabelledCase[] {
  const out: LabelledCase[] = [];
  const files = options.sets
    ? options.sets.flatMap((set) => {
        if (set === 'tuning') return jsonFiles(dir, false);
        const sub = join(dir, set);
        if (!existsSync(sub) || !statSync(sub).isDirectory()) throw new Error(`no fixture set "${set}" in ${dir}`);
        return jsonFiles(sub);
      })
    : jsonFiles(dir);
  for (const file of files) {
    const set = relative(dir, file).replace(/\.json$/, '');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { locale?: unknown; cases?: unknown };
    if (!isLocale(data.locale)) throw new Error(`${file}: "locale" must be one of zh-CN, en-US, yue-HK`);
    if (!Array.isArray(data.cases)) throw new Error(`${file}: "cases" must be a list`);
    for (const [i, c] of (data.cases as { text?: unknown; intent?: unknown }[]).entries()) {
      if (typeof c.text !== 'string' || !c.text) throw new Error(`${file}: case ${i} has no text`);
      if (c.intent !== null && !(INTENTS as readonly unknown[]).includes(c.intent)) {
        throw new Error(`${file}: case ${i} has unknown intent ${JSON.stringify(c.intent)}`);
      }
      out.push({ text: c.text, intent: c.intent as Intent | null, locale: data.locale, set });
    }
  }
  return out;
}

function jsonFiles(dir: string, recursive = true): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return recursive ? jsonFiles(path) : [];
      return name.endsWith('.json') ? [path] : [];
    });
}

export function evaluate(
  cases: readonly LabelledCase[],
  recognize: (text: string, locale: Locale) => IntentResult | null,
): EvalReport {
  const perIntent = new Map<Label, { total: number; correct: number }>();
  const perSet = new Map<string, { total: number; correct: number }>();
  const confusions = new Map<string, LabelledCase[]>();
  let correct = 0;
  const bump = <K>(m: Map<K, { total: number; correct: number }>, k: K, ok: boolean): void => {
    const v = m.get(k) ?? { total: 0, correct: 0 };
    v.total++;
    if (ok) v.correct++;
    m.set(k, v);
  };
  for (const c of cases) {
    const got = recognize(c.text, c.locale)?.intent ?? null;
    const ok = got === c.intent;
    if (ok) correct++;
    bump(perIntent, c.intent ?? NO_MATCH, ok);
    bump(perSet, c.set, ok);
    if (!ok) {
      const key = `${c.intent ?? NO_MATCH} -> ${got ?? NO_MATCH}`;
      confusions.set(key, [...(confusions.get(key) ?? []), c]);
    }
  }
  const total = cases.length;
  const rate = (label: Label, ok: boolean): number => {
    const v = perIntent.get(label);
    return v ? (ok ? v.correct : v.total - v.correct) / v.total : ok ? 1 : 0;
  };
  return {
    total, correct, accuracy: total ? correct / total : 0, dangerRecall: rate('danger', true), noIntentGiven: rate(NO_MATCH, false),
    perIntent, perSet, confusions,
  };
}

const pct = (n: number, d: number): string => `${d ? ((100 * n) / d).toFixed(1) : '-'}%`;

/**
 * A held-out set is only ever scored (test/fixtures/nlu/independent/README.md): its report
 * names no utterance, so nobody tunes on it by reading the errors.
 */
export function isHeldOut(set: string): boolean {
  return /(^|\/)independent\/test(-\d+)?(\/|$)/.test(set);
}

export function formatReport(report: EvalReport, { examples = 3, aggregate = false } = {}): string {
  const lines: string[] = [];
  const labels = [...INTENTS, NO_MATCH].filter((l): l is Label => report.perIntent.has(l as Label));
  lines.push('intent          correct/total  accuracy');
  for (const label of labels) {
    const { correct, total } = report.perIntent.get(label)!;
    lines.push(`${label.padEnd(16)}${`${correct}/${total}`.padStart(13)}  ${pct(correct, total).padStart(8)}`);
  }
  lines.push('', 'set             correct/total  accuracy');
  for (const [set, { correct, total }] of report.perSet) {
    lines.push(`${set.padEnd(16)}${`${correct}/${total}`.padStart(13)}  ${pct(correct, total).padStart(8)}`);
  }
  lines.push('', `overall: ${report.correct}/${report.total} = ${pct(report.correct, report.total)}`);
  lines.push(`danger recall: ${pct(report.dangerRecall, 1)}; no-intent lines given an intent: ${pct(report.noIntentGiven, 1)}`);
  if (aggregate) {
    lines.push('', 'confusions (expected -> got), counts only (a held-out set is never read):');
    const sorted = [...report.confusions].sort((a, b) => b[1].length - a[1].length);
    for (const [key, cases] of sorted) lines.push(`  ${String(cases.length).padStart(3)}  ${key}`);
  } else if (report.confusions.size) {
    lines.push('', 'confusions (expected -> got):');
    const sorted = [...report.confusions].sort((a, b) => b[1].length - a[1].length);
    for (const [key, cases] of sorted) {
      const shown = cases.slice(0, examples).map((c) => `[${c.locale}] ${c.text}`).join(' | ');
      lines.push(`  ${String(cases.length).padStart(3)}  ${key}   e.g. ${shown}`);
    }
  }
  return lines.join('\n');
}
