import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/nlu/cli.js';
import { runEval } from '../../src/nlu/evaluate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdin: Readable.from([stdin]), out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out, err: err.join('\n') };
}

describe('npm run nlu', () => {
  it('prints the JSON result for one utterance', async () => {
    const r = await cli(['--locale', 'zh-CN', '我家停电了']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0]!)).toMatchObject({ intent: 'fault_report' });
  });

  it('reads one utterance per line from stdin and prints one JSON line each (null = no match)', async () => {
    const r = await cli(['--locale', 'yue-HK'], '條電線跌咗落地\n\n今日天氣幾好\n轉人工\n');
    expect(r.code).toBe(0);
    expect(r.out.map((l) => (JSON.parse(l) as { intent: string } | null)?.intent ?? null)).toEqual(['danger', null, 'agent']);
  });

  it.each([
    [['--locale', 'fr-FR', 'bonjour'], 'unknown locale "fr-FR"'],
    [['--loud'], "Unknown option '--loud'"],
    [['--locale'], '--locale <value>'],
    [['--locale', 'zh-CN', '  '], 'TEXT is empty'],
  ])('bad arguments %j get a clear message and exit code 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('usage:');
  });

  it('--explain shows the patterns that matched', async () => {
    const r = await cli(['--explain', '--locale', 'en-US', 'I want to file a complaint']);
    const explained = JSON.parse(r.out[0]!) as { result: { intent: string }; matches: { intent: string }[] };
    expect(explained.result.intent).toBe('complaint');
    expect(explained.matches[0]?.intent).toBe('complaint');
  });

  it('runs as the npm script reads it (tsx, stdin)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/nlu/cli.ts', '--locale', 'en-US'], {
      cwd: ROOT,
      input: 'English please\nfoo bar baz\n',
      encoding: 'utf8',
      env: { ...process.env, NLU_URL: '' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { intent: string } | null)?.intent ?? null)).toEqual([
      'language_en',
      null,
    ]);
  });
});

describe('npm run nlu:eval', () => {
  it('exits 1 when accuracy is below the bar, showing the confusion', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-eval-'));
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ locale: 'zh-CN', cases: [{ text: '我家停电了', intent: 'goodbye' }] }));
    const out: string[] = [];
    const err: string[] = [];
    expect(runEval(['--fixtures', dir], (s) => out.push(s), (s) => err.push(s))).toBe(1);
    expect(out.join('\n')).toContain('goodbye -> fault_report');
    expect(err.join('\n')).toContain('below 95%');
  });

  it('exits 2 on a malformed fixture or bad arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-eval-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ locale: 'zh-CN', cases: [{ text: 'x', intent: 'weather' }] }));
    const err: string[] = [];
    expect(runEval(['--fixtures', dir], () => {}, (s) => err.push(s))).toBe(2);
    expect(err.join('\n')).toContain('unknown intent "weather"');
    expect(runEval(['--min', '7'], () => {}, () => {})).toBe(2);
  });

  it('passes on the project fixtures', () => {
    expect(runEval([], () => {}, () => {})).toBe(0);
  });

  it('--set picks fixture sets: heldout-2 alone, or an unknown set (exit 2)', () => {
    const out: string[] = [];
    expect(runEval(['--set', 'heldout-2', '--min', '0.9'], (s) => out.push(s), () => {})).toBe(0);
    expect(out.join('\n')).toContain('heldout-2/zh-CN');
    expect(out.join('\n')).not.toMatch(/^heldout\/zh-CN/m);
    const err: string[] = [];
    expect(runEval(['--set', 'heldout-9'], () => {}, (s) => err.push(s))).toBe(2);
    expect(err.join('\n')).toContain('no fixture set "heldout-9"');
  });
});
