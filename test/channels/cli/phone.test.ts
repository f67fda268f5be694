/**
 * `npm run call`: the terminal phone, run as a newcomer would, against a real server on
 * 127.0.0.1 with the caller's lines on stdin. It signs like Twilio, so the server's signature
 * check is on.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { parsePhoneArgs, PhoneUsageError } from '../../../src/channels/cli/phone-args.js';
import { elements, find, parseTwiml, textOf, TwimlError } from '../../../src/channels/cli/phone-twiml.js';
import { openTestEngine, UNKNOWN_PHONE } from '../../support/call.js';
import { readyCallback } from '../../support/outbound.js';
import { DIALER_CONFIG } from '../../support/twilio-calls-api.js';
import { twilioCallPlacer } from '../../../src/channels/twilio/call-placer.js';
import { Dialer } from '../../../src/services/dialer.js';
import { serve } from '../../support/http.js';
import { captureLogs } from '../../support/logs.js';

const TOKEN = 'phone-test-token';

async function server() {
  const engine = await openTestEngine({ env: { TWILIO_AUTH_TOKEN: TOKEN } });
  return { engine, base: await serve(createServer(engine)) };
}

function phone(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/channels/cli/phone.ts', ...args], {
      env: { ...process.env, TWILIO_AUTH_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const callSidOf = (stdout: string) => /CallSid (CA[0-9a-f]{32})/.exec(stdout)?.[1] ?? '';

describe('npm run call (the terminal phone)', () => {
  it('N20: a whole fault report from stdin: keys, speech, the ticket, then 95598 hangs up after the pause', async () => {
    const { engine, base } = await server();
    // 9 alone at the account number: its first key is gathered alone, then an empty line (no more keys) is the 9 (docs/twilio.md).
    const script = ['1', '1', '9', '', '2', '1', '西河乡河口村20号', '家里全部没电了', '1', '1', '2', '2'].join('\n');
    const run = await phone(['--url', base, '--token', TOKEN, '--from', UNKNOWN_PHONE], `${script}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('95598 says: 您好');
    expect(run.stdout).toMatch(/\(silence for \d+ s\)\n {2}\(95598 hung up\)/);
    expect(run.stdout).toContain('(the rest of the number, or an empty line: no more keys within 2 s)');

    const callSid = callSidOf(run.stdout);
    const orders = await engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ conversationId: callSid, address: '西河乡河口村20号' });
    expect((await engine.stores.sessions.get(callSid))?.status).toBe('ended');
  });

  it('/hangup sends the status callback: the conversation ends', async () => {
    const { engine, base } = await server();
    const run = await phone(['--url', base, '--token', TOKEN, '--from', UNKNOWN_PHONE], '1\n\n/hangup\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(you hung up)');
    const record = await engine.stores.sessions.get(callSidOf(run.stdout));
    expect(record).toMatchObject({ status: 'ended', lastTurn: { end: { type: 'abandoned' } } });
  });

  it('a wrong token is refused by the server and said so', async () => {
    const logs = captureLogs();
    const { base } = await server();
    const run = await phone(['--url', base, '--token', 'wrong'], '');
    expect(logs.about('bad signature')).toMatchObject([{ level: 'warn' }]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused \(403\).*--token/);
  });
});

describe('npm run call -- --answer (the dialler against a local Twilio stand-in)', () => {
  it('N16, N17: the call the dialler places through the stand-in rings in the terminal, is answered and surveyed', async () => {
    const now = () => new Date('2026-11-25T10:00:00+08:00');
    const engine = await openTestEngine({ env: { TWILIO_AUTH_TOKEN: TOKEN }, now });
    const base = await serve(createServer(engine));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/channels/cli/phone.ts', '--answer', '0', '--once', '--token', TOKEN, '--url', base], {
      env: { ...process.env, TWILIO_AUTH_TOKEN: '' },
    });
    let stdout = '';
    const standIn = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const url = /stand-in listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
        if (url) resolve(url);
      });
      child.on('error', reject);
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.end(['', '1', '1', '清楚了', '基本满意', '没有'].join('\n') + '\n');
    const { task } = await readyCallback(engine, { now: now() });
    // The real helper library and its own HTTP client, pointed at the stand-in (TWILIO_API_BASE_URL).
    const dialer = new Dialer(engine.stores.services, twilioCallPlacer({ ...DIALER_CONFIG, apiBaseUrl: standIn }, TOKEN), {
      policy: engine.dialPolicy,
      callsPerRound: 1,
      urls: { answer: (t) => `${base}/twilio/outbound?task=${t.id}`, status: (t) => `${base}/twilio/outbound/status?task=${t.id}` },
      now,
      log: { info: () => {}, warn: () => {}, error: () => {} },
    });
    expect((await dialer.round()).placed).toBe(1);
    expect(await closed).toBe(0);
    expect(stdout).toMatch(/ring ring: \+8657195598 is calling \+8613800138000/);
    expect(stdout).toContain('95598 says: 您好！我是');
    expect(stdout).toContain('很抱歉占用您宝贵时间，谢谢您！再见');
    expect(await engine.stores.services.outbound.get(task.id)).toMatchObject({
      status: 'done', conclusion: 'completed', result: { satisfaction: 'basically_satisfied' }, history: [{ status: 'completed', answeredBy: 'human' }],
    });
  });
});

describe('phone arguments', () => {
  it('defaults, the token from TWILIO_AUTH_TOKEN, --token winning', () => {
    expect(parsePhoneArgs([], {})).toEqual({ url: 'http://127.0.0.1:3000', publicUrl: 'http://127.0.0.1:3000', from: '+8613800138000', token: null, answerOn: null, once: false });
    expect(parsePhoneArgs(['--answer'], {})).toMatchObject({ answerOn: 3191 });
    expect(parsePhoneArgs(['--answer', '0', '--once'], {})).toMatchObject({ answerOn: 0, once: true });
    expect(parsePhoneArgs([], { TWILIO_AUTH_TOKEN: 'env' }).token).toBe('env');
    expect(parsePhoneArgs(['--token', 'flag', '--url', 'http://h:1/', '--public-url', 'https://p.example'], { TWILIO_AUTH_TOKEN: 'env' })).toMatchObject({
      token: 'flag',
      url: 'http://h:1',
      publicUrl: 'https://p.example',
    });
  });

  it('calls the server on PORT, as the server reads it; --url wins; a bad PORT is refused', () => {
    expect(parsePhoneArgs([], { PORT: '4601' })).toMatchObject({ url: 'http://127.0.0.1:4601', publicUrl: 'http://127.0.0.1:4601' });
    expect(parsePhoneArgs(['--url', 'http://h:1'], { PORT: '4601' }).url).toBe('http://h:1');
    expect(() => parsePhoneArgs([], { PORT: '70000' })).toThrow(/PORT must be a port/);
  });

  it.each([[['--url', 'ftp://x']], [['--from', 'alice']], [['--token']], [['--nope']], [['--answer', 'x']]])('refuses %j', (argv) => {
    expect(() => parsePhoneArgs(argv, {})).toThrow(PhoneUsageError);
  });
});

describe('the TwiML reader', () => {
  it('reads verbs, attributes, and the words of a Say with SSML inside', () => {
    const doc = parseTwiml(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Gather action="/g?turn=1&amp;a=b" numDigits="1">' +
        '<Say voice="Polly.Zhiyu"><prosody rate="56%">请按<say-as interpret-as="digits">95598</say-as>&#x3002;</prosody></Say></Gather><Hangup/></Response>',
    );
    const [gather, hangup] = elements(doc);
    expect(gather?.attributes).toEqual({ action: '/g?turn=1&a=b', numDigits: '1' });
    expect(textOf(gather!)).toBe('请按95598。');
    expect(find(gather!, 'prosody')?.attributes.rate).toBe('56%');
    expect(hangup?.name).toBe('Hangup');
  });

  it.each(['<Response><Say>a</Response>', '<Response>a & b</Response>', '<Response/><Response/>', '<Say>hi</Say>', 'hello'])(
    'refuses what is not a well-formed TwiML document: %s',
    (xml) => {
      expect(() => parseTwiml(xml)).toThrow(TwimlError);
    },
  );
});
