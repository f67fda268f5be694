/** Language understanding for the 95598 flows (issue 5); its types (Intent, IntentRecognizer) are in src/core/intents.ts. */
export {
  createRecognizer, recognizeSync, recognizeDanger, DEFAULT_THRESHOLD,
  type BuiltinRecognizer, type RecognizerOptions, type Explanation,
} from './recognizer.js';
export { createHttpRecognizer, parseNluResponse, DEFAULT_NLU_TIMEOUT_MS, type HttpRecognizerOptions } from './http-recognizer.js';
export { createRecognizerFromEnv } from './from-env.js';
export { spokenDigits } from './normalize-digits.js';
export { yesNo, type YesNo } from './yes-no.js';
export { normalizeText } from './normalize.js';
export { DEFAULT_ABUSE_LEXICON, loadAbuseLexiconFile, parseAbuseLexicon, type AbuseLexicon, type AbuseLexiconExtension } from './abuse.js';
export type { Lexicon } from './lexicon/index.js';
