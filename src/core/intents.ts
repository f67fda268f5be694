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

/** Who serves what the caller asked about when it is not ours: the gas, water or phone company, the building's management. */
export type Elsewhere = 'gas' | 'water' | 'telecom' | 'property' | 'other';

/**
 * What the words are, with the reason when they are no intent of ours (issue 9 item 1):
 * `outOfScope` is the recognizer's judgement that the words are about another business
 * ("我要投诉燃气公司", "手机没电了"): `grievanceElsewhere`, a complaint or report about another
 * business; `otherBusiness`, another utility's or a device's matter told in the words of ours.
 */
export type Understanding =
  | { kind: 'intent'; result: IntentResult }
  | { kind: 'outOfScope'; reason: 'grievanceElsewhere' | 'otherBusiness'; elsewhere: Elsewhere }
  | { kind: 'none' };

/** Understands one utterance. Returns null when no intent clears the threshold (a no match). */
export interface IntentRecognizer {
  recognize(text: string, locale: Locale): Promise<IntentResult | null>;
  /** The same judgement with the reason for no intent; a recognizer without it says only `recognize`'s. */
  understand?(text: string, locale: Locale): Promise<Understanding>;
}
