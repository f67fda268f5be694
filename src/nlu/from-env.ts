import { loadAbuseLexiconFile } from './abuse.js';
import { createHttpRecognizer, DEFAULT_NLU_TIMEOUT_MS } from './http-recognizer.js';
import { createRecognizer, type RecognizerOptions } from './recognizer.js';
import type { IntentRecognizer } from '../core/intents.js';

/**
 * The recognizer the configuration asks for:
 * - NLU_URL: an external NLU service (http or https); unset = the built-in recognizer only.
 * - NLU_TIMEOUT_MS: how long to wait for it before falling back (default 1500).
 * - NLU_ABUSE_LEXICON_FILE: a JSON file {"zh-CN": [...], "yue-HK": [...], "en-US": [...]}
 *   of insults added to the default list (also used by the fallback).
 * - NLU_THRESHOLD: the built-in recognizer's no-match threshold, 0..1 (default 0.5).
 * Throws on an invalid value: configuration errors belong at start-up, not on a call.
 */
export function createRecognizerFromEnv(
  env: Record<string, string | undefined> = process.env,
  options: RecognizerOptions = {},
): IntentRecognizer {
  const builtinOptions: RecognizerOptions = { ...options };
  const lexiconFile = env.NLU_ABUSE_LEXICON_FILE?.trim();
  if (lexiconFile) builtinOptions.abuseLexicon = mergeLists(options.abuseLexicon, loadAbuseLexiconFile(lexiconFile));
  const threshold = env.NLU_THRESHOLD?.trim();
  if (threshold) builtinOptions.threshold = numberIn('NLU_THRESHOLD', threshold, 0, 1);
  const builtin = createRecognizer(builtinOptions);

  const url = env.NLU_URL?.trim();
  if (!url) return builtin;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`NLU_URL is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('NLU_URL must be an http or https URL');
  const timeout = env.NLU_TIMEOUT_MS?.trim();
  const timeoutMs = timeout ? numberIn('NLU_TIMEOUT_MS', timeout, 1, 60_000) : DEFAULT_NLU_TIMEOUT_MS;
  return createHttpRecognizer({ url, timeoutMs, fallback: builtin });
}

function numberIn(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

function mergeLists<T extends Record<string, readonly string[] | undefined>>(a: T | undefined, b: T): T {
  const out: Record<string, readonly string[]> = { ...a } as Record<string, readonly string[]>;
  for (const [k, v] of Object.entries(b)) out[k] = [...(out[k] ?? []), ...(v ?? [])];
  return out as T;
}
