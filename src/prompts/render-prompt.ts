/**
 * One PromptRef to words, for one medium. Shared by the text and voice renderers so both
 * check keys and values the same way and hand the medium to the formatters.
 */
import type { Locale } from '../core/locale.js';
import type { Medium, PromptRef } from '../core/conversation.js';
import { getCatalogue, placeholders, PromptError, resolveKey, type Catalogue } from './catalogue.js';
import { PROMPT_VALUE_FORMATS } from './prompt-values.js';
import { romanizeHan } from './romanize.js';

export interface RenderOptions {
  /** Defaults to the package catalogue (getCatalogue()). */
  catalogue?: Catalogue;
  /** The clock for relative day words of `time` (今天/明天); defaults to now. */
  now?: Date;
}

export interface RenderedPrompt {
  /** The key said (`menu.main_text` in chat when it exists). */
  key: string;
  locale: Locale;
  text: string;
  /** The template before interpolation (the voice renderer finds literal numbers in it). */
  template: string;
}

/**
 * Templates without placeholders or nesting render to the same words every time: rendered once per
 * catalogue, key, locale and medium (most of a call's prompts: menus, questions, notices).
 */
const constantRenders = new WeakMap<Catalogue, Map<string, RenderedPrompt>>();
/** The placeholders of each template, read once. */
const placeholdersOf = new Map<string, ReturnType<typeof placeholders>>();

function isConstant(template: string): boolean {
  return !template.includes('{{') && !template.includes('$t(');
}

export function renderPrompt(ref: PromptRef, conversationLocale: Locale, medium: Medium, options: RenderOptions = {}): RenderedPrompt {
  const catalogue = options.catalogue ?? getCatalogue();
  const locale = ref.locale ?? conversationLocale;
  let renders = constantRenders.get(catalogue);
  if (!renders) constantRenders.set(catalogue, (renders = new Map()));
  const memoKey = `${locale}|${medium}|${ref.key}`;
  const memo = renders.get(memoKey);
  if (memo) return { ...memo };
  const rendered = renderAfresh(ref, locale, medium, catalogue, options);
  if (isConstant(rendered.template)) renders.set(memoKey, { ...rendered });
  return rendered;
}

function renderAfresh(ref: PromptRef, locale: Locale, medium: Medium, catalogue: Catalogue, options: RenderOptions): RenderedPrompt {
  const key = resolveKey(catalogue, ref.key, locale, medium);
  const template = catalogue.entries.get(locale)?.get(key) ?? '';
  const values = ref.values ?? {};
  let names = placeholdersOf.get(template);
  if (!names) placeholdersOf.set(template, (names = placeholders(template)));
  for (const { name } of names) {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new PromptError(`prompt "${key}" (${locale}) needs a value for "${name}"`, ref.key, locale);
    }
  }
  const englishVoice = locale === 'en-US' && medium === 'voice';
  let text: string;
  try {
    // Values go in `replace` so a value can never collide with a t() option (lng, context, …).
    text = catalogue.i18n.t(ref.key, {
      lng: locale,
      context: medium === 'text' ? 'text' : undefined,
      replace: englishVoice ? spokenInEnglish(values) : values,
      medium,
      now: options.now ?? new Date(),
    });
  } catch (error) {
    throw new PromptError(`prompt "${key}" (${locale}) failed to render: ${(error as Error).message}`, ref.key, locale);
  }
  // Whatever Han is left (a template's own words, a formatter that said a value as is) is romanized
  // too: nothing Chinese reaches an English voice (N4).
  return { key, locale, text: englishVoice ? romanizeHan(text) : text, template };
}

/**
 * The values for the English voice (N4): an English TTS voice cannot say Han characters, so a
 * value said without a formatter (company, address, area, the caller's words …) is said in pinyin
 * (城关区人民路88号 -> Chengguan Qu Renmin Lu 88 Hao). Formatted values are left to their
 * formatter: `nameChars` says a name in pinyin with surname readings (单 Shan), which it alone
 * knows to use. Chat keeps the characters: readers can read them.
 */
function spokenInEnglish(values: Record<string, unknown>): Record<string, unknown> {
  const formats: Readonly<Record<string, string | null>> = PROMPT_VALUE_FORMATS;
  const spoken: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    spoken[name] = typeof value === 'string' && (formats[name] ?? null) === null ? romanizeHan(value) : value;
  }
  return spoken;
}
