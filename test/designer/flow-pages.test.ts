/**
 * docs/flows/ (issue 13 item 2): one readable page per flow, sub-flows drawn once and linked,
 * each question as heard in every locale with its length at the N2 rate; the files are current.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { askKeys, askOf, stateNodes } from '../../src/machines/chart.js';
import { HOSTED_CHARTS } from '../../src/machines/export-files.js';
import { flowDocFiles, flowPages } from '../../src/designer/flow-pages.js';
import { spokenCharacterCount } from '../../src/prompts/speech-rate.js';

const files = flowDocFiles();
const pages = flowPages();

describe('docs/flows (what flow designers read)', () => {
  it('docs/flows holds exactly the generated pages: run `npm run flows` after changing a flow', () => {
    expect(readdirSync('docs/flows').map((f) => `docs/flows/${f}`).sort()).toEqual([...files.keys()].sort());
    for (const [path, text] of files) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('each diagram is small enough to read: at most 30 states, a sub-flow being one', () => {
    const big = pages.filter((p) => p.diagram.stateCount > 30).map((p) => `${p.name}: ${p.diagram.stateCount}`);
    expect(big).toEqual([]);
    expect(pages.find((p) => p.name === 'inbound')!.diagram.subFlows).toEqual(expect.arrayContaining(['identity', 'menu', 'closing']));
  });

  it('a sub-flow is drawn on one page and linked from the others (identity is used three times)', () => {
    const identityHere = [...files].filter(([, text]) => text.includes('`identity.askAccount`')).map(([path]) => path);
    expect(identityHere).toEqual(['docs/flows/identity.md']);
    for (const name of ['inbound', 'bill', 'outageSchedule']) expect(files.get(`docs/flows/${name}.md`)).toContain('](identity.md)');
    for (const page of pages) for (const sub of page.diagram.subFlows) expect(files.has(`docs/flows/${sub}.md`), `${page.name} links ${sub}`).toBe(true);
  });

  it('every question of every chart is on some page, in every locale', () => {
    const all = [...files.values()].join('\n');
    for (const { machine } of HOSTED_CHARTS) {
      for (const node of stateNodes(machine)) {
        const ask = askOf(node);
        if (ask) expect(all, node.id).toContain(`help \`${ask.help}\``);
      }
    }
    const rows = all.split('\n').filter((l) => /^\| (zh-CN|en-US|yue-HK) \|/.test(l));
    expect(new Set(rows.map((r) => r.split(' | ')[0]!.slice(2)))).toEqual(new Set(LOCALES));
  });

  it('N2: a Chinese question lasts as long as its spoken characters at 120-150 a minute, plus its pauses', () => {
    const rows = [...files.values()].join('\n').split('\n').filter((l) => l.startsWith('| zh-CN | '));
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const [, , text, seconds] = row.split(/(?<!\\)\|/).map((c) => c.trim());
      if (/[A-Za-z]{2}/.test(text!)) continue; // the language offer says English in English
      const chars = spokenCharacterCount(text!);
      const marks = text!.match(/[，、；：。？！]/g)?.length ?? 0;
      expect(Number(seconds), row).toBeGreaterThanOrEqual((chars / 150) * 60 - 0.05);
      expect(Number(seconds), row).toBeLessThanOrEqual((chars / 120) * 60 + marks * 0.3 + 0.3);
    }
  });

  it('the pages show keys, timeouts and hints of a question', () => {
    const report = files.get('docs/flows/faultReport-report.md')!;
    expect(report).toMatch(/### askDanger\n\nchoice · keys 1: yes, 2: no · silence after \d+ s/);
    expect(askKeys(askOf(stateNodes(HOSTED_CHARTS[0]!.machine).find((n) => n.key === 'askDanger')!)!)).toContain('fault.askDanger');
  });
});
