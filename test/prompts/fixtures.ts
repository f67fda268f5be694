/** Shared test material: sample values for every prompt, a fixed clock, and throwaway catalogues. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '../../src/core/locale.js';
import { defaultLocalesDir, loadCatalogue, type Catalogue } from '../../src/prompts/catalogue.js';

/** The sample values and clock of the designers' pages, shared so the tests hear what the docs show. */
export { SAMPLE_NOW as NOW, SAMPLE_VALUES as VALUES } from '../../src/prompts/sample-values.js';

type Files = Record<string, Record<string, string>>;

/** A copy of the real locales folder, changed by `edit` (locale -> flow file -> keys), then loaded. */
export function editedCatalogue(edit: (files: (locale: Locale, flow: string) => Files[string]) => void): Catalogue {
  const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
  cpSync(defaultLocalesDir(), dir, { recursive: true });
  const opened = new Map<string, Files[string]>();
  edit((locale, flow) => {
    const path = join(dir, locale, `${flow}.json`);
    if (!opened.has(path)) opened.set(path, JSON.parse(readFileSync(path, 'utf8')) as Files[string]);
    return opened.get(path)!;
  });
  for (const [path, data] of opened) writeFileSync(path, JSON.stringify(data, null, 2));
  return loadCatalogue(dir);
}
