/**
 * Chat rendering: one bubble per prompt, `_text` variants (no keypad keys) where they exist,
 * and quick-reply labels for an ask's choices (N25: the same flows serve phone and chat).
 */
import type { Locale } from '../core/locale.js';
import type { Ask, PromptRef } from '../core/conversation.js';
import { renderPrompt, type RenderOptions } from './render-prompt.js';

export function renderText(prompts: PromptRef[], locale: Locale, options: RenderOptions = {}): string[] {
  return prompts.map((ref) => renderPrompt(ref, locale, 'text', options).text);
}

export interface ChoiceLabel {
  id: string;
  label: string;
}

/** Quick replies for an ask: each choice's label key (e.g. `choice.yes`) in the conversation's locale. */
export function choiceLabels(ask: Ask, locale: Locale, options: RenderOptions = {}): ChoiceLabel[] {
  return ask.choices.map((choice) => ({
    id: choice.id,
    label: renderPrompt({ key: choice.label }, locale, 'text', options).text,
  }));
}
