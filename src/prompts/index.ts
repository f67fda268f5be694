/** The prompts module: the catalogue (locales/) rendered for chat and voice. See docs/prompts.md. */
export { getCatalogue, loadCatalogue, catalogueKeys, PromptError, type Catalogue } from './catalogue.js';
export { renderText, choiceLabels, type ChoiceLabel } from './render-text.js';
export { renderVoice, type VoiceSegment, type VoiceRenderOptions } from './render-voice.js';
export type { RenderOptions } from './render-prompt.js';
export {
  spokenCharacterCount,
  estimateSpokenSeconds,
  ratePercentFor,
  DEFAULT_NATURAL_RATE,
  type RateOptions,
} from './speech-rate.js';
export { hintsFor } from './hints.js';
export { romanizeHan, romanizeName } from './romanize.js';
export { lintCatalogue, lintText, type LintViolation } from './phrase-lint.js';
export { forbiddenPhrases, FORBIDDEN_PHRASES_ENV } from './forbidden-phrases.js';
export { checkParity, type ParityProblem } from './parity.js';
export type { PromptValues } from './prompt-values.js';
