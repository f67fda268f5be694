/**
 * npm run nlu -- --locale zh-CN "我家停电了"   prints the result as JSON (null = no match)
 * npm run nlu -- --locale en-US < lines.txt    one utterance per line, one JSON line each
 * --explain shows the normalized text and the patterns that matched (built-in recognizer).
 * Uses the recognizer the environment configures (NLU_URL, see from-env.ts).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../core/locale.js';
import { createRecognizerFromEnv } from './from-env.js';
import { isMain } from './is-main.js';
import { createRecognizer } from './recognizer.js';

const USAGE = `usage: npm run nlu -- [--locale ${LOCALES.join('|')}] [--explain] [TEXT...]
  TEXT given: prints one JSON result (null when nothing matches).
  no TEXT:    reads one utterance per line from stdin, prints one JSON line each.`;

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
}

const processIo: CliIo = {
  stdin: process.stdin,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
};

/** The CLI as a function: returns the exit code (2 = bad arguments). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const fail = (message: string): number => {
    io.err(`nlu: ${message}\n${USAGE}`);
    return 2;
  };
  let values: { locale?: string; explain?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        locale: { type: 'string', short: 'l' },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    return fail((err as Error).message);
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const locale = values.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) return fail(`unknown locale ${JSON.stringify(locale)}`);

  let understand: (text: string, locale: Locale) => Promise<unknown>;
  try {
    if (values.explain) {
      const builtin = createRecognizer();
      understand = async (text, l) => builtin.explain(text, l);
    } else {
      const recognizer = createRecognizerFromEnv(io.env);
      understand = (text, l) => recognizer.recognize(text, l);
    }
  } catch (err) {
    return fail((err as Error).message);
  }

  const text = positionals.join(' ').trim();
  if (positionals.length) {
    if (!text) return fail('TEXT is empty');
    io.out(JSON.stringify(await understand(text, locale), null, values.explain ? 2 : undefined));
    return 0;
  }
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    if (line.trim()) io.out(JSON.stringify(await understand(line, locale)));
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = await runCli(process.argv.slice(2));
