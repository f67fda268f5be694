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
    const script = ['1', '1', '9', '2', '1', '西河乡河口村20号', '家里全部没电了', '1', '2'].join('\n');
    const run = await phone(['--url', base, '--token', TOKEN, '--from', UNKNOWN_PHONE], `${script}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('95598 says: 您好');
    expect(run.stdout).toMatch(/\(silence for \d+ s\)\n {2}\(95598 hung up\)/);

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

describe('phone arguments', () => {
  it('defaults, the token from TWILIO_AUTH_TOKEN, --token winning', () => {
    expect(parsePhoneArgs([], {})).toEqual({ url: 'http://127.0.0.1:3000', publicUrl: 'http://127.0.0.1:3000', from: '+8613800138000', token: null });
    expect(parsePhoneArgs([], { TWILIO_AUTH_TOKEN: 'env' }).token).toBe('env');
    expect(parsePhoneArgs(['--token', 'flag', '--url', 'http://h:1/', '--public-url', 'https://p.example'], { TWILIO_AUTH_TOKEN: 'env' })).toMatchObject({
      token: 'flag',
      url: 'http://h:1',
      publicUrl: 'https://p.example',
    });
  });

  it.each([[['--url', 'ftp://x']], [['--from', 'alice']], [['--token']], [['--nope']]])('refuses %j', (argv) => {
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
