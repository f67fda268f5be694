/**
 * The terminal simulator, run as a newcomer would: `tsx src/channels/cli/simulate.ts --script F --json`
 * on a fresh data directory. A complete fault report in each locale; the ticket is in the database.
 * Without --data-dir it plays on scratch data, never in DATA_DIR (issue 13 item 6); README's script
 * example works as written.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/core/locale.js';
import { parseArgs } from '../../../src/channels/cli/args.js';
import { simulatorData } from '../../../src/channels/cli/scratch.js';

// Each test starts the simulator as a process (tsx compiles the sources): on a loaded machine that
// alone can take 15 s, so this file waits longer than the suite's default.
vi.setConfig({ testTimeout: 60_000 });

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
  const { stdout } = await run('npx', ['tsx', 'src/channels/cli/simulate.ts', '--script', file, '--json', '--data-dir', dataDir, ...args], {
    env: { ...process.env, NODE_ENV: 'test' },
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
          { dtmf: '1' }, // the number is right
          { dtmf: '2' }, // the ticket heard twice is enough
          { dtmf: '2' }, // nothing else
        ],
      );
      expect(lines[0]).toMatchObject({ turn: 0, input: null, state: 'greeting.chooseLanguage' });
      expect(lines[0].expect).toMatchObject({ input: ['dtmf', 'speech'], kind: 'choice' });
      expect(lines[0].expect.choices[0]).toMatchObject({ id: 'language_zh', dtmf: '1' });

      const ticketTurn = lines.find((l) => l.state === 'ticket.again');
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
    await expect(run('npx', ['tsx', 'src/channels/cli/simulate.ts', '--script', file, '--data-dir', dataDir])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('script item 0 is not an input'),
    });
  });

  it('interactive: typed lines are key presses and speech, /hangup ends the call', async () => {
    const child = spawn('npx', ['tsx', 'src/channels/cli/simulate.ts', '--from', '+8613800138000', '--data-dir', dataDir], {
      env: { ...process.env, NODE_ENV: 'test' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdin.end('\n1\n1\n电线掉下来了\n/hangup\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('> 电线掉下来了\n'); // piped lines are shown where they were typed
    expect(out).toContain('(state menu.full)');
    expect(out).toContain('(state faultReport.identity.confirmCaller)');
    expect(out).toContain('远离危险处'); // N10: the safety advice, heard first
    expect(out).toContain('{"type":"abandoned"}');
  });
});

describe('npm run simulate on scratch data (issue 13 item 6)', () => {
  it("README's script example, run as written: 张伟's fault report ends with a ticket, and nothing is left behind", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /^npm run -s simulate -- (.*--script \S+.*?)\s+#/m.exec(readme)?.[1];
    expect(example, 'README shows a script example').toBeDefined();
    const live = mkdtempSync(join(tmpdir(), 'simulate-live-'));
    try {
      // DATA_DIR may be the live server's: the simulator does not write there unless told with --data-dir.
      const { stdout, stderr } = await run('npx', ['tsx', 'src/channels/cli/simulate.ts', ...example!.split(/\s+/)], {
        env: { ...process.env, DATA_DIR: live, DEMO_DATA: 'false', NODE_ENV: 'test' },
      });
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
      expect(lines.find((l) => l.state === 'ticket.again').say.join(' ')).toMatch(/工单号/);
      expect(lines.at(-1).end).toMatchObject({ type: 'hangup' });
      expect(readdirSync(live)).toEqual([]);
      const scratch = /\(scratch data in (\S+), removed at exit/.exec(stderr)?.[1];
      expect(scratch).toBeDefined();
      expect(existsSync(scratch!)).toBe(false);
    } finally {
      rmSync(live, { recursive: true, force: true });
    }
  });

  it('leaves out the live connections of the environment', () => {
    const data = simulatorData({ DATA_DIR: '/srv/95598', DATABASE_URL: 'postgres://live/db', REDIS_URL: 'redis://live', DIALER_ENABLED: 'true', PORT: '3000' }, null);
    try {
      expect(data.env).toEqual({ DATA_DIR: data.dataDir, DEMO_DATA: 'true', PORT: '3000' });
      expect(data.scratch).toBe(true);
    } finally {
      data.dispose();
    }
    expect(existsSync(data.dataDir)).toBe(false);
  });
});

describe('npm run simulate -- --flow callback|proactive --task demo (issue 11: outbound without Twilio)', () => {
  it('N16, N17: plays the callback of a demo complaint; the survey lands on the task and the work order', async () => {
    const lines = await simulate(['--flow', 'callback', '--task', 'demo'], [{ dtmf: '1' }, { dtmf: '1' }, { speech: '清楚了' }, { dtmf: '2' }, { speech: '没有了' }]);
    expect(lines[0].say[0]).toMatch(/^您好！我是.*95598，请问是城关区的张伟客户吗？$/);
    expect(lines[2].say[0]).toContain('反映的问题');
    expect(lines.at(-1)).toMatchObject({ state: 'hangUp', end: { type: 'hangup' } });
    expect(lines.at(-1).say.at(-1)).toBe('很抱歉占用您宝贵时间，谢谢您！再见。');
    const db = new Database(join(dataDir, '95598.db'), { readonly: true });
    try {
      const task = db.prepare("SELECT status, conclusion, result FROM outbound_tasks WHERE flow = 'callback' ORDER BY created_at_ms DESC LIMIT 1").get() as Record<string, string>;
      expect(task).toMatchObject({ status: 'done', conclusion: 'completed' });
      expect(JSON.parse(task.result!)).toEqual({ clear: true, satisfaction: 'basically_satisfied' });
      expect(db.prepare("SELECT satisfaction FROM work_order_followups ORDER BY surveyed_at_ms DESC LIMIT 1").get()).toEqual({ satisfaction: 'basically_satisfied' });
    } finally {
      db.close();
    }
  });

  it('refuses an outbound flow without a task, and names an unknown one', async () => {
    expect(() => parseArgs(['--flow', 'callback'])).toThrow(/give --task ID/);
    expect(parseArgs(['--flow', 'proactive', '--task', 'demo', '--answered-by', 'machine_start'])).toMatchObject({ flow: 'proactive', task: 'demo', answeredBy: 'machine_start' });
    await expect(simulate(['--flow', 'callback', '--task', 'nope'], [])).rejects.toMatchObject({ stderr: expect.stringContaining('no outbound task nope') });
  });
});
