import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import {
  catalogueKeys,
  defaultLocalesDir,
  getCatalogue,
  loadCatalogue,
  packageRoot,
  PromptError,
} from '../../src/prompts/catalogue.js';
import { renderText } from '../../src/prompts/render-text.js';
import { editedCatalogue, NOW, VALUES } from './fixtures.js';

describe('catalogue loading', () => {
  it('finds locales/ from the package root whatever the working directory', () => {
    const before = process.cwd();
    try {
      process.chdir(tmpdir());
      const catalogue = loadCatalogue();
      expect(catalogue.dir).toBe(join(packageRoot(), 'locales'));
      expect(catalogueKeys(catalogue, 'zh-CN')).toContain('menu.main');
    } finally {
      process.chdir(before);
    }
  });

  it('names each key by its file: locales/zh-CN/fault.json askScope is fault.askScope', () => {
    const keys = catalogueKeys(getCatalogue(), 'zh-CN');
    expect(keys).toContain('fault.askScope');
    expect(keys).toContain('menu.main_text');
    expect(new Set(keys.map((k) => k.split('.')[0]))).toEqual(
      new Set([
        'common', 'greeting', 'menu', 'choice', 'identity', 'fault', 'closing', 'transfer', 'hints',
        'selfService', 'emergency', 'escalation', 'abuse', 'complaint', 'report', 'query', 'consultation', 'kb', 'takeover',
        'verify', 'callback', 'proactive', 'danger', 'ticket', 'outage',
      ]),
    );
  });

  it('is usable at once: loading is synchronous (no await before the first render)', () => {
    const catalogue = loadCatalogue();
    expect(renderText([{ key: 'common.ack' }], 'zh-CN', { catalogue })).toEqual(['好的，明白。']);
  });

  it('reports an invalid file with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-bad-'));
    cpSync(defaultLocalesDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'en-US', 'menu.json'), '{"main": ');
    expect(() => loadCatalogue(dir)).toThrow(/en-US[/\\]menu\.json is not valid JSON/);
  });
});

describe('a missing key throws instead of printing the key or another locale (rule 7)', () => {
  const catalogue = editedCatalogue((file) => {
    delete file('yue-HK', 'common').ack;
  });

  it('throws a PromptError naming the key, the locale and the file', () => {
    expect(() => renderText([{ key: 'common.ack' }], 'yue-HK', { catalogue })).toThrow(PromptError);
    expect(() => renderText([{ key: 'common.ack' }], 'yue-HK', { catalogue })).toThrow(
      /common\.ack.*yue-HK.*common\.json/,
    );
  });

  it('still renders the key in the locales that have it', () => {
    expect(renderText([{ key: 'common.ack' }], 'zh-CN', { catalogue })).toEqual(['好的，明白。']);
  });

  it('throws for a key no locale has', () => {
    for (const locale of LOCALES) {
      expect(() => renderText([{ key: 'menu.nope' }], locale)).toThrow(/menu\.nope/);
    }
  });

  it('throws when a value the prompt needs is not given', () => {
    expect(() => renderText([{ key: 'fault.ticketCreated', values: { ticket: VALUES.ticket } }], 'zh-CN', { now: NOW })).toThrow(
      /minutes/,
    );
  });
});
