/**
 * Catalogue parity: every locale has the same keys (`_text` variants included) and each key
 * interpolates the same values with the same formatters (rule 7: every key in every locale).
 */
import { LOCALES, type Locale } from '../core/locale.js';
import { placeholders, type Catalogue } from './catalogue.js';
import { PROMPT_VALUE_FORMATS } from './prompt-values.js';

export type ParityProblem =
  | { kind: 'missingKey'; key: string; locale: Locale }
  | { kind: 'variables'; key: string; locale: Locale; expected: string; actual: string }
  | { kind: 'unknownValue'; key: string; locale: Locale; name: string }
  | { kind: 'wrongFormat'; key: string; locale: Locale; name: string; format: string | null; expected: string | null };

function signature(template: string): string {
  return [...new Set(placeholders(template).map((p) => `${p.name}${p.format ? `, ${p.format}` : ''}`))].sort().join(' | ');
}

export function checkParity(catalogue: Catalogue): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const allKeys = new Set<string>();
  for (const entries of catalogue.entries.values()) for (const key of entries.keys()) allKeys.add(key);

  for (const key of [...allKeys].sort()) {
    const [reference] = LOCALES.filter((l) => catalogue.entries.get(l)?.has(key));
    const expected = signature(catalogue.entries.get(reference ?? LOCALES[0])?.get(key) ?? '');
    for (const locale of LOCALES) {
      const template = catalogue.entries.get(locale)?.get(key);
      if (template === undefined) {
        problems.push({ kind: 'missingKey', key, locale });
        continue;
      }
      const actual = signature(template);
      if (actual !== expected) problems.push({ kind: 'variables', key, locale, expected, actual });
      for (const { name, format } of placeholders(template)) {
        if (!(name in PROMPT_VALUE_FORMATS)) {
          problems.push({ kind: 'unknownValue', key, locale, name });
          continue;
        }
        const wanted = PROMPT_VALUE_FORMATS[name as keyof typeof PROMPT_VALUE_FORMATS];
        if (format !== wanted) problems.push({ kind: 'wrongFormat', key, locale, name, format, expected: wanted });
      }
    }
  }
  return problems;
}
