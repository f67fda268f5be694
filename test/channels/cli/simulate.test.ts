/**
 * The terminal simulator, run as a newcomer would: `tsx src/channels/cli/simulate.ts --script F --json`
 * on a fresh data directory. A complete fault report in each locale; the ticket is in the database.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/locale.js';

const run = promisify(execFile);

/** The digits in what was said, however they were spoken ("二 六 幺 幺", "2 6 1 1"), run together. */
function spokenDigits(text: string): string {
  const words: Record<string, string> = { 零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
  return text.replace(/[零〇洞一幺二两三四五六七八九]/g, (c) => words[c] ?? c).replace(/(\d)[\s,]+(?=\d)/g, '$1');
}
const dataDir = mkdtempSync(join(tmpdir(), 'simulate-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function simulate(args: string[], script: unknown[]) {
  const file = join(dataDir, `script-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(script));
  const { stdout } = await run('npx', ['tsx', 'src/channels/cli/simulate.ts', '--script', file, '--json', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test' },
  });
  return stdout.trim().split('\n').map((line) => JSON.parse(line));
}

const cases: { locale: Locale; languageKey: string; address: string; description: string; hears: RegExp }[] = [
  { locale: 'zh-CN', languageKey: '1', address: '西河乡河口村20号', description: '家里全部没电了', hears: /工单号/ },
  { locale: 'en-US', languageKey: '2', address: 'Number 20 Hekou Village, Xihe', description: 'no power in my house', hears: /ticket/i },
  { locale: 'yue-HK', languageKey: '3', address: '西河鄉河口村20號', description: '屋企冇電', hears: /單號|单号/ },
];

describe('npm run simulate -- --script F --json', () => {
  for (const c of cases) {
    it(`completes a fault report in ${c.locale}, and the ticket it announces is in the database`, async () => {
      const lines = await simulate(
        ['--locale', c.locale, '--from', '+8613012340000'],
        [
          { dtmf: c.languageKey },
          { dtmf: '1' }, // fault repair
          { dtmf: '9' }, // no account number
          { dtmf: '2' }, // no danger
          { dtmf: '1' }, // my home only
          { speech: c.address },
          { speech: c.description },
          { dtmf: '1' }, // the read-back is right
          { dtmf: '2' }, // nothing else
        ],
      );
      expect(lines[0]).toMatchObject({ turn: 0, input: null, state: 'greeting.chooseLanguage' });
      expect(lines[0].expect).toMatchObject({ input: ['dtmf', 'speech'], kind: 'choice' });
      expect(lines[0].expect.choices[0]).toMatchObject({ id: 'language_zh', dtmf: '1' });

      const ticketTurn = lines.find((l) => l.state === 'closing.anythingElse');
      expect(ticketTurn.say.join(' ')).toMatch(c.hears);
      const last = lines.at(-1);
      expect(last.end).toMatchObject({ type: 'hangup' });

      const db = new Database(join(dataDir, '95598.db'), { readonly: true });
      try {
        const ticket = /\d{10}/.exec(spokenDigits(ticketTurn.say.join(' ')))?.[0];
        expect(ticket).toBeDefined();
        const order = db.prepare('SELECT * FROM work_orders WHERE id = ?').get(ticket) as
          | { phone: string; address: string; description: string }
          | undefined;
        expect(order).toMatchObject({ phone: '+8613012340000', address: c.address, description: c.description });
      } finally {
        db.close();
      }
    });
  }

  it('refuses a malformed script with a clear message and exit code 2', async () => {
    const file = join(dataDir, 'bad.json');
    writeFileSync(file, '[{"press": 1}]');
    await expect(run('npx', ['tsx', 'src/channels/cli/simulate.ts', '--script', file], { env: { ...process.env, DATA_DIR: dataDir } })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('script item 0 is not an input'),
    });
  });

  it('interactive: typed lines are key presses and speech, /hangup ends the call', async () => {
    const child = spawn('npx', ['tsx', 'src/channels/cli/simulate.ts', '--from', '+8613800138000'], {
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdin.end('\n1\n1\n电线掉下来了\n/hangup\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('(state menu.full)');
    expect(out).toContain('(state faultReport.identity.confirmCaller)');
    expect(out).toContain('远离危险地点'); // N10: the safety advice, heard first
    expect(out).toContain('{"type":"abandoned"}');
  });
});
