/**
 * npm run nlu:eval [-- --fixtures DIR] [--set NAME]... [--min 0.95] [--all]
 * Runs the built-in recognizer on the labelled utterances, prints accuracy per intent and
 * the confusions, and exits 1 when overall accuracy is below --min (default 95%).
 * --set picks fixture sets ('tuning', 'heldout', 'heldout-2', 'independent/dev',
 * 'independent/dev-2', 'independent/test', 'independent/test-3', 'all'); default tuning + heldout.
 * A held-out set (independent/test, independent/test-3) is reported in aggregate only: counts per intent, locale and confusion, never an utterance.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SETS, evaluate, formatReport, isHeldOut, loadFixtures, type LabelledCase } from './evaluation.js';
import { isMain } from './is-main.js';
import { recognizeSync } from './recognizer.js';

export const DEFAULT_FIXTURES = fileURLToPath(new URL('../../test/fixtures/nlu', import.meta.url));

/** The eval as a function: returns the exit code (1 = below the bar, 2 = bad arguments). */
export function runEval(
  args: string[],
  out: (s: string) => void = (s) => console.log(s),
  err: (s: string) => void = (s) => console.error(s),
): number {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        fixtures: { type: 'string', default: DEFAULT_FIXTURES },
        set: { type: 'string', multiple: true },
        min: { type: 'string', default: '0.95' },
        all: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    err(`nlu:eval: ${(e as Error).message}\nusage: npm run nlu:eval -- [--fixtures DIR] [--set tuning|heldout|heldout-2|independent/dev|independent/dev-2|independent/test|independent/test-3|all]... [--min 0.95] [--all]`);
    return 2;
  }
  const min = Number(values.min);
  if (!Number.isFinite(min) || min < 0 || min > 1) {
    err('nlu:eval: --min must be a number between 0 and 1');
    return 2;
  }
  let cases: LabelledCase[];
  try {
    const sets = values.set ?? (values.fixtures === DEFAULT_FIXTURES ? DEFAULT_SETS : undefined);
    cases = loadFixtures(values.fixtures, { sets: sets?.includes('all') ? undefined : sets });
  } catch (e) {
    err(`nlu:eval: ${(e as Error).message}`);
    return 2;
  }
  const report = evaluate(cases, recognizeSync);
  out(formatReport(report, { examples: values.all ? Infinity : 3, aggregate: cases.some((c) => isHeldOut(c.set)) }));
  if (report.accuracy < min) {
    err(`\nFAIL: overall accuracy ${(report.accuracy * 100).toFixed(1)}% is below ${(min * 100).toFixed(0)}%`);
    return 1;
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = runEval(process.argv.slice(2));
