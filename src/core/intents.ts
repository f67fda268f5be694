import type { Locale } from './locale.js';

/** The fixed intent names (issue 5). */
export const INTENTS = [
  'fault_report', 'danger', 'outage_query', 'bill_query', 'complaint', 'report', 'consultation',
  'new_service', 'agent', 'supervisor', 'repeat', 'goodbye', 'affirm', 'deny', 'abuse',
  'language_zh', 'language_en', 'language_yue',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentResult {
  intent: Intent;
  /** 0..1 */
  confidence: number;
  /** Extracted values, e.g. { digits: "3100123456" }. */
  entities: Record<string, string>;
}

/** Understands one utterance. Returns null when no intent clears the threshold (a no match). */
export interface IntentRecognizer {
  recognize(text: string, locale: Locale): Promise<IntentResult | null>;
}
