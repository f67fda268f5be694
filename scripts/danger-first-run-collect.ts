/**
 * Copied by scripts/danger-first-runs.sh into an archived source tree: what that tree's recognizer
 * said of each line of one development set (JSON on stdout). Uses only recognizeSync, which every
 * archived tree has.
 */
import { readFileSync } from 'node:fs';
import { recognizeSync } from '../src/nlu/recognizer.js';

const [fixtures, set] = process.argv.slice(2);
if (!fixtures || !set) throw new Error('usage: danger-first-run-collect.ts FIXTURES_DIR SET');
const rows = (['zh-CN', 'yue-HK', 'en-US'] as const).flatMap((locale) => {
  const data = JSON.parse(readFileSync(`${fixtures}/${set}/${locale}.json`, 'utf8')) as { cases: { text: string; intent: string | null; tags?: string[] }[] };
  return data.cases.map((c) => ({ locale, text: c.text, gold: c.intent, tags: c.tags ?? [], pred: recognizeSync(c.text, locale)?.intent ?? null }));
});
console.log(JSON.stringify(rows));
