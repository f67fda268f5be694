/**
 * One PromptRef to words, for one medium. Shared by the text and voice renderers so both
 * check keys and values the same way and hand the medium to the formatters.
 */
import type { Locale } from '../core/locale.js';
import type { Medium, PromptRef } from '../core/conversation.js';
import { getCatalogue, placeholders, PromptError, resolveKey, type Catalogue, type Placeholder } from './catalogue.js';
import { PROMPT_VALUE_FORMATS } from './prompt-values.js';
import { inCantoneseRegister } from './cantonese-register.js';
import { romanizeHan, romanizeName } from './romanize.js';
import { toTraditional } from './traditional.js';
import { nameInTraditional } from './name-characters.js';

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
 * A prompt renders to the same words for the same key, locale, medium and values, except where a
 * value is a time (said relative to today): each is rendered once and kept, per catalogue. Most of
 * a call's prompts (menus, questions, notices, the company name) are the same for every caller;
 * the ones holding a caller's own values come and go, so the memo is bounded.
 */
const renders = new WeakMap<Catalogue, Map<string, RenderedPrompt>>();
const MEMO_CAPACITY = 10_000;
/** The placeholders of each template, read once. */
const placeholdersOf = new Map<string, Placeholder[]>();

function placeholdersIn(template: string): Placeholder[] {
  let names = placeholdersOf.get(template);
  if (!names) placeholdersOf.set(template, (names = placeholders(template)));
  return names;
}

/** The memo's key for a render, or null when it depends on the clock or on a value that is not a plain string or number. */
function memoKey(key: string, locale: Locale, medium: Medium, template: string, names: Placeholder[], values: Record<string, unknown>): string | null {
  if (template.includes('$t(')) return null;
  let memo = `${locale}\u0000${medium}\u0000${key}`;
  for (const { name, format } of names) {
    const value = values[name];
    if (format === 'time' || (typeof value !== 'string' && typeof value !== 'number')) return null;
    memo += `\u0000${typeof value}:${value}`;
    if (format === 'nameChars' && values['nameDescribed'] === true) memo += '\u0000described';
  }
  return memo;
}

export function renderPrompt(ref: PromptRef, conversationLocale: Locale, medium: Medium, options: RenderOptions = {}): RenderedPrompt {
  const catalogue = options.catalogue ?? getCatalogue();
  const locale = ref.locale ?? conversationLocale;
  const key = resolveKey(catalogue, ref.key, locale, medium);
  const template = catalogue.entries.get(locale)?.get(key) ?? '';
  const names = placeholdersIn(template);
  const values = ref.values ?? {};
  const memo = memoKey(key, locale, medium, template, names, values);
  let kept = renders.get(catalogue);
  if (!kept) renders.set(catalogue, (kept = new Map()));
  const hit = memo === null ? undefined : kept.get(memo);
  if (hit) return { ...hit };
  const rendered = renderAfresh(ref, locale, medium, catalogue, options, key, template, names, values);
  if (memo !== null) {
    if (kept.size >= MEMO_CAPACITY) kept.clear();
    kept.set(memo, { ...rendered });
  }
  return rendered;
}

function renderAfresh(
  ref: PromptRef,
  locale: Locale,
  medium: Medium,
  catalogue: Catalogue,
  options: RenderOptions,
  key: string,
  template: string,
  names: Placeholder[],
  values: Record<string, unknown>,
): RenderedPrompt {
  for (const { name } of names) {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new PromptError(`prompt "${key}" (${locale}) needs a value for "${name}"`, ref.key, locale);
    }
  }
  const englishVoice = locale === 'en-US' && medium === 'voice';
  let text: string;
  try {
    // Values go in `replace` so a value can never collide with a t() option (lng, context, …). A
    // nested prompt ("$t(report.{{reportType}})") is given `replace` alone: the language and the
    // medium go there too, so it is said in the caller's.
    const replace = englishVoice ? spokenInEnglish(values) : locale === 'yue-HK' ? inTraditional(values) : values;
    text = catalogue.i18n.t(ref.key, {
      lng: locale,
      context: medium === 'text' ? 'text' : undefined,
      replace: template.includes('$t(') ? { ...replace, lng: locale, medium, context: medium === 'text' ? 'text' : undefined } : replace,
      medium,
      now: options.now ?? new Date(),
      // The name's characters were described earlier in the call: `nameChars` says it alone (issue 14).
      nameDescribed: values['nameDescribed'] === true,
    });
  } catch (error) {
    throw new PromptError(`prompt "${key}" (${locale}) failed to render: ${(error as Error).message}`, ref.key, locale);
  }
  // Whatever Han is left (a template's own words, a formatter that said a value as is) is romanized
  // too: nothing Chinese reaches an English voice (N4).
  // A time that ends its sentence ("to 5 p.m.") takes no second full stop ("5 p.m.."); a date
  // said as a day needs no "on" ("reported on today" -> "reported today").
  if (locale === 'en-US') text = text.replace(/\b([ap]\.m\.)\./gu, '$1').replace(/\bon (today|yesterday|tomorrow)\b/gu, '$1');
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
    // A person's name with its surname reading (单 Shan, not Dan): the callee hears his own name (N16).
    if (typeof value === 'string' && name === 'customerName') spoken[name] = romanizeName(value);
    else spoken[name] = typeof value === 'string' && (formats[name] ?? null) === null ? romanizeHan(value) : value;
  }
  return spoken;
}

/**
 * The values for Cantonese (issue 14 item 4): names, addresses, areas and the caller's words are
 * stored as written on the Mandarin side; a Cantonese caller hears and reads them in Hong Kong
 * characters (张伟 -> 張偉, 城关区 -> 城關區). Digits and timestamps have no Han and stay as they are.
 */
/** The values that hold a person's name (their characters are described or said as written). */
const PERSON_NAMES: ReadonlySet<string> = new Set(['name', 'surname', 'customerName']);

function inTraditional(values: Record<string, unknown>): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  // The company is looked up by its configured Mandarin name; its formatter says it in the locale.
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string' || name === 'company') converted[name] = value;
    // A person's name by its characters, not as words: 于伟 is 于偉, not 於偉 (N6).
    else converted[name] = PERSON_NAMES.has(name) ? nameInTraditional(value, toTraditional) : toTraditional(value);
  }
  // A result written by staff in Mandarin is our wording: said in Cantonese register too.
  if (typeof converted['result'] === 'string') converted['result'] = inCantoneseRegister(converted['result']);
  return converted;
}
