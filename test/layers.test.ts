/**
 * The layers of src/ (docs/architecture.md), read from the import statements: no import runs
 * back up the layers. Type-only imports count too: a type is a dependency all the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

interface Import {
  file: string; // relative to src/
  spec: string;
  /** The folder (or root file, without .ts) under src/ the import reaches; null for a package. */
  layer: string | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

function layerOf(path: string): string {
  const [first = ''] = relative(SRC, path).split('/');
  return first.replace(/\.(ts|js)$/, '');
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const spec = (match[1] ?? match[2]) as string;
    const layer = spec.startsWith('.') ? layerOf(resolve(dirname(file), spec)) : null;
    return { file: relative(SRC, file), spec, layer };
  });
}

const imports = sourceFiles(SRC).flatMap(importsOf);
const from = (layer: string) => imports.filter((i) => layerOf(join(SRC, i.file)) === layer);
const show = (list: Import[]) => list.map((i) => `${i.file} imports ${i.spec}`);

/** Layers each layer must not import (layers not named here are free to choose). */
const FORBIDDEN: Record<string, string[]> = {
  // Domain ports and rules: below the flows and the engine.
  services: ['engine', 'machines', 'flows', 'channels', 'admin', 'store', 'nlu', 'prompts', 'bootstrap'],
  // Understanding words and saying prompts know nothing of flows or engines.
  nlu: ['engine', 'machines', 'flows', 'channels', 'admin', 'store', 'prompts', 'bootstrap'],
  prompts: ['engine', 'machines', 'flows', 'channels', 'admin', 'store', 'bootstrap'],
  // Flows see events, never keys or transcripts, and reach data through service actors.
  machines: ['engine', 'flows', 'channels', 'admin', 'store', 'nlu', 'prompts', 'bootstrap'],
  // The engine hosts whatever flows it is given: it imports none (src/flows binds them).
  engine: ['machines', 'flows', 'channels', 'admin', 'store', 'prompts', 'bootstrap'],
  flows: ['channels', 'admin', 'store', 'bootstrap'],
  store: ['machines', 'flows', 'channels', 'admin', 'nlu', 'prompts', 'bootstrap'],
  // Channels are transport: data only through the engine and the services.
  channels: ['store', 'machines', 'flows', 'nlu'],
  admin: ['store', 'machines', 'flows', 'nlu'],
};

describe('layers of src/ (docs/architecture.md)', () => {
  it('the scan sees the imports (a broken scan would pass everything)', () => {
    expect(from('engine').some((i) => i.layer === 'core')).toBe(true);
    expect(from('machines').some((i) => i.spec === 'xstate')).toBe(true);
    expect(importsOf(join(SRC, 'bootstrap.ts')).some((i) => i.layer === 'store')).toBe(true);
  });

  it('core, the ground floor, imports nothing outside core: no other layer, no package', () => {
    expect(show(from('core').filter((i) => i.layer !== 'core'))).toEqual([]);
  });

  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${layer} imports no ${forbidden.join(', ')}`, () => {
      expect(show(from(layer).filter((i) => i.layer !== null && forbidden.includes(i.layer)))).toEqual([]);
    });
  }
});
