import type { Locale } from '../core/locale.js';
import { createRecognizer, recognizeDanger } from './recognizer.js';
import { INTENTS, type Intent, type IntentRecognizer, type IntentResult } from '../core/intents.js';

export interface HttpRecognizerOptions {
  /** POST {text, locale} here; the answer is {intent, confidence, entities} or null. */
  url: string;
  /** Abort and fall back after this long. Default 1500 ms: a caller is waiting on the line. */
  timeoutMs?: number;
  /** Used on error, timeout or an invalid answer. Default: the built-in recognizer. */
  fallback?: IntentRecognizer;
  headers?: Record<string, string>;
  /** Told why the service was not used (for logs and metrics). */
  onFallback?: (reason: string) => void;
  fetch?: typeof fetch;
}

export const DEFAULT_NLU_TIMEOUT_MS = 1500;

/**
 * An external NLU service behind the same interface as the built-in recognizer.
 * Never throws: any failure falls back to the built-in recognizer, so a caller is never
 * left without an answer because a service is down. Danger is decided locally first (N10).
 */
export function createHttpRecognizer(options: HttpRecognizerOptions): IntentRecognizer {
  const timeoutMs = options.timeoutMs ?? DEFAULT_NLU_TIMEOUT_MS;
  const fallback = options.fallback ?? createRecognizer();
  const doFetch = options.fetch ?? fetch;

  return {
    async recognize(text: string, locale: Locale): Promise<IntentResult | null> {
      const danger = recognizeDanger(text, locale);
      if (danger) return danger;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let reason: string;
      try {
        const res = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
          body: JSON.stringify({ text, locale }),
          signal: controller.signal,
        });
        if (res.ok) {
          const parsed = parseNluResponse(parseJson(await res.text()));
          if (parsed.ok) return parsed.result;
          reason = `invalid response: ${parsed.error}`;
        } else {
          reason = `HTTP ${res.status}`;
        }
      } catch (err) {
        reason = controller.signal.aborted ? `timeout after ${timeoutMs} ms` : `request failed: ${(err as Error).message}`;
      } finally {
        clearTimeout(timer);
      }
      options.onFallback?.(reason);
      return fallback.recognize(text, locale);
    },
  };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return NOT_JSON;
  }
}

export type ParsedNluResponse = { ok: true; result: IntentResult | null } | { ok: false; error: string };

/** Checks an external answer against the contract: a known intent, confidence 0..1, string entities. */
export function parseNluResponse(body: unknown): ParsedNluResponse {
  if (body === NOT_JSON) return { ok: false, error: 'not JSON' };
  if (body === null) return { ok: true, result: null };
  if (typeof body !== 'object' || Array.isArray(body)) return { ok: false, error: 'not an object' };
  const { intent, confidence, entities } = body as Record<string, unknown>;
  if (intent === null) return { ok: true, result: null };
  if (typeof intent !== 'string' || !(INTENTS as readonly string[]).includes(intent)) {
    return { ok: false, error: `unknown intent ${JSON.stringify(intent)}` };
  }
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    return { ok: false, error: 'confidence must be a number from 0 to 1' };
  }
  const out: Record<string, string> = {};
  if (entities !== undefined && entities !== null) {
    if (typeof entities !== 'object' || Array.isArray(entities)) return { ok: false, error: 'entities must be an object' };
    for (const [k, v] of Object.entries(entities)) {
      if (typeof v !== 'string') return { ok: false, error: `entity "${k}" must be a string` };
      out[k] = v;
    }
  }
  return { ok: true, result: { intent: intent as Intent, confidence, entities: out } };
}
