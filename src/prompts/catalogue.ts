/**
 * The prompt catalogue: every file of every locale, loaded synchronously at start into one
 * i18next instance. `locales/<locale>/<flow>.json` holds flat keys; the file name is the first
 * key segment (locales/zh-CN/fault.json {"askScope": …} is `fault.askScope`).
 *
 * No locale falls back to another: a key missing in one locale is caught by the parity test
 * and, at render time, throws a PromptError instead of printing the key.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../core/locale.js';
import type { Medium } from '../core/conversation.js';
import { registerFormatters } from './formatters.js';

/** The single i18next namespace; flows are the first key segment inside it. */
export const NAMESPACE = 'prompts';
/** The i18next context the text medium asks for: `menu.main_text` is used in chat when it exists. */
export const TEXT_CONTEXT = 'text';
export const TEXT_SUFFIX = `_${TEXT_CONTEXT}`;

/** A prompt that cannot be rendered: unknown key, missing in a locale, or a value not given. */
export class PromptError extends Error {
  override readonly name = 'PromptError';
  constructor(
    message: string,
    readonly key: string,
    readonly locale: Locale,
  ) {
    super(message);
  }
}

export interface Catalogue {
  /** The locales folder the catalogue was read from. */
  readonly dir: string;
  readonly i18n: I18n;
  /** Per locale: full key (`fault.askScope`, `menu.main_text`) -> template. */
  readonly entries: ReadonlyMap<Locale, ReadonlyMap<string, string>>;
}

/** The package root: the nearest folder above this module holding package.json (works from src/ and dist/). */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

export function defaultLocalesDir(): string {
  return join(packageRoot(), 'locales');
}

const KEY_PART = /^[A-Za-z][A-Za-z0-9_]*$/;

function readLocale(dir: string, locale: Locale): Map<string, string> {
  const folder = join(dir, locale);
  if (!existsSync(folder)) throw new Error(`prompt catalogue: missing folder ${folder}`);
  const entries = new Map<string, string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const flow = file.slice(0, -'.json'.length);
    const path = join(folder, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`prompt catalogue: ${path} is not valid JSON: ${(error as Error).message}`);
    }
    if (!KEY_PART.test(flow)) throw new Error(`prompt catalogue: bad file name ${path}`);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error(`prompt catalogue: ${path} must hold one object of key -> string`);
    }
    for (const [key, value] of Object.entries(data)) {
      if (!KEY_PART.test(key)) throw new Error(`prompt catalogue: bad key "${key}" in ${path}`);
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`prompt catalogue: "${flow}.${key}" in ${path} must be a non-empty string`);
      }
      entries.set(`${flow}.${key}`, value);
    }
  }
  return entries;
}

/** Reads every locale's files and builds the i18next instance, synchronously. */
export function loadCatalogue(dir: string = defaultLocalesDir()): Catalogue {
  const entries = new Map<Locale, Map<string, string>>();
  const resources: Record<string, Record<string, Record<string, Record<string, string>>>> = {};
  for (const locale of LOCALES) {
    const flat = readLocale(dir, locale);
    entries.set(locale, flat);
    const nested: Record<string, Record<string, string>> = {};
    for (const [key, value] of flat) {
      const [flow, name] = key.split('.') as [string, string];
      (nested[flow] ??= {})[name] = value;
    }
    resources[locale] = { [NAMESPACE]: nested };
  }

  const i18n = i18next.createInstance();
  void i18n.init({
    resources,
    lng: LOCALES[0],
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    fallbackLng: false,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    nsSeparator: false,
    keySeparator: '.',
    contextSeparator: '_',
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: {
      // Output is plain text; the voice renderer escapes it for SSML, chat clients escape for HTML.
      escapeValue: false,
    },
    // Backstops: renderPrompt checks keys and values first and throws a PromptError.
    missingInterpolationHandler: (text: string, match: RegExpExecArray | null) => {
      throw new Error(`prompt value ${match?.[1] ?? '?'} missing for "${text}"`);
    },
    parseMissingKeyHandler: (key: string) => {
      throw new Error(`prompt "${key}" is missing`);
    },
  });
  if (!i18n.isInitialized) throw new Error('prompt catalogue: i18next did not initialize synchronously');
  registerFormatters(i18n);
  return { dir, i18n, entries };
}

let shared: Catalogue | undefined;

/** The catalogue of the package's locales folder, loaded on first use (call it at start to fail fast). */
export function getCatalogue(): Catalogue {
  shared ??= loadCatalogue();
  return shared;
}

/** All keys of one locale, `_text` variants included, sorted. */
export function catalogueKeys(catalogue: Catalogue, locale: Locale): string[] {
  return [...(catalogue.entries.get(locale)?.keys() ?? [])].sort();
}

/**
 * The key actually said for a medium: the `_text` variant in chat when it exists, else the
 * plain key. Throws a PromptError when the key is not in this locale.
 */
export function resolveKey(catalogue: Catalogue, key: string, locale: Locale, medium: Medium): string {
  const entries = catalogue.entries.get(locale);
  if (medium === 'text' && entries?.has(key + TEXT_SUFFIX)) return key + TEXT_SUFFIX;
  if (entries?.has(key)) return key;
  throw new PromptError(
    `prompt "${key}" is missing in locale ${locale} (${join(catalogue.dir, locale, `${key.split('.')[0]}.json`)})`,
    key,
    locale,
  );
}

export interface Placeholder {
  name: string;
  format: string | null;
}

/** The `{{name, format}}` placeholders of a template, in order. */
export function placeholders(template: string): Placeholder[] {
  return [...template.matchAll(/\{\{\s*([^},\s]+)\s*(?:,\s*([^}]+?)\s*)?\}\}/g)].map((m) => ({
    name: m[1] ?? '',
    format: m[2] ?? null,
  }));
}
