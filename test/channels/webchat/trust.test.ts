/**
 * What a stranger at the chat page can and cannot do (issue 10 items 1-3), over the real HTTP
 * routes: a PII probe of every chat reply over scripted chats, the duty roster never sent, an
 * escalation that tells the customer what happens next, and a framing attempt that leaves the
 * victim's number clean.
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { Call, openTestEngine, ZHANG_WEI } from '../../support/call.js';
import { postJson, serve } from '../../support/http.js';

type Step = { text: string } | { choice: string } | { silence: true };

async function chatServer(env: Record<string, string> = {}) {
  const engine = await openTestEngine({ env: { RATE_LIMIT_CHAT_STARTS: '1000', RATE_LIMIT_CHAT_MESSAGES: '10000', ...env } });
  return { engine, base: await serve(createServer(engine)) };
}

/** Opens a chat with `phone` typed in and plays the steps until the chat ends; every reply's body. */
async function playChat(base: string, phone: string | null, steps: Step[], locale = 'zh-CN'): Promise<{ id: string; replies: any[] }> {
  const opened = await postJson(`${base}/chat/sessions`, { locale, ...(phone ? { phone } : {}) });
  expect(opened.status).toBe(201);
  const replies = [opened.body];
  for (const step of steps) {
    if (replies.at(-1).end) break;
    const reply = await postJson(`${base}/chat/sessions/${opened.body.id}/messages`, step);
    expect(reply.status).toBe(200);
    replies.push(reply.body);
  }
  return { id: opened.body.id, replies };
}

/** Zhang Wei's account data and the duty roster: none of it may reach a stranger's browser. */
const ACCOUNT_DATA = ['张伟', 'Zhang Wei', '伟大', '3100123456', '3100 1234 56', '人民路', 'Renmin', '56.8', '128.45', '236'];
const ROSTER = ['王建国', '李明', '陈志强', '刘海', '13811110001', '13811110002', '13811110003', '13811110004'];
const INTERNAL_FIELDS = ['"summary"', '"chain"', '"escalationId"', '"reason"', '"queue"'];

const SCRIPTS: Record<string, { locale: string; steps: Step[] }> = {
  'fault at home': {
    locale: 'zh-CN',
    steps: [{ choice: 'language_zh' }, { text: '家里停电了' }, { choice: 'yes' }, { choice: 'no' }, { choice: 'home' }, { text: '城关区某路1号' }, { text: '全部没电' }, { choice: 'yes' }, { choice: 'no' }],
  },
  'bill, code declined': { locale: 'zh-CN', steps: [{ choice: 'language_zh' }, { text: '我想查电费' }, { choice: 'yes' }, { choice: 'no' }, { choice: 'no' }] },
  'danger at home': { locale: 'zh-CN', steps: [{ choice: 'language_zh' }, { text: '电线断了掉在地上冒火花' }, { text: '就在我家门口' }, { choice: 'no' }] },
  'outage schedule': { locale: 'zh-CN', steps: [{ choice: 'language_zh' }, { choice: 'query' }, { choice: 'outage_schedule' }, { choice: 'yes' }, { text: '城南区' }, { choice: 'no' }] },
  'supervisor (zh)': { locale: 'zh-CN', steps: [{ choice: 'language_zh' }, { text: '我要找你们值班长' }] },
  'supervisor (en)': { locale: 'en-US', steps: [{ choice: 'language_en' }, { text: 'I want to speak to the supervisor on duty' }] },
  'supervisor (yue)': { locale: 'yue-HK', steps: [{ choice: 'language_yue' }, { text: '我要搵你哋主管' }] },
  'fault (en)': {
    locale: 'en-US',
    steps: [{ choice: 'language_en' }, { text: 'my power is out' }, { choice: 'yes' }, { choice: 'no' }, { choice: 'home' }, { text: '1 Some Road' }, { text: 'no power at all' }, { choice: 'yes' }],
  },
  'complaint': { locale: 'zh-CN', steps: [{ choice: 'language_zh' }, { text: '我要投诉' }, { text: '抢修太慢' }, { text: '昨天' }, { text: '城关区' }, { text: '不清楚' }, { choice: 'yes' }, { choice: 'no' }] },
  'idle': { locale: 'zh-CN', steps: [{ silence: true }, { silence: true }, { silence: true }, { silence: true }, { silence: true }] },
};

describe('PII probe of every chat reply (issue 10 items 1, 3)', () => {
  it.each(Object.entries(SCRIPTS))('%s: no account data or roster before verification', async (_name, script) => {
    const { base } = await chatServer();
    const { replies } = await playChat(base, ZHANG_WEI.phone, script.steps, script.locale);
    expect(replies.length).toBeGreaterThan(2);
    for (const reply of replies) {
      // The conversation id is random hex: it may contain a digit run such as "236" by chance.
      const json = JSON.stringify({ ...reply, id: '(id)' });
      for (const secret of [...ACCOUNT_DATA, ...ROSTER, ...INTERNAL_FIELDS]) expect(json, `${reply.state}: ${json}`).not.toContain(secret);
      // Allow-listed fields only.
      expect(Object.keys(reply).sort()).toEqual(['end', 'expect', 'id', 'locale', 'messages', 'quickReplies', 'state', 'version']);
      if (reply.end) expect(Object.keys(reply.end).every((k) => k === 'type' || k === 'locale')).toBe(true);
    }
  });

  it('an account typed in is read back as typed, with the family name only', async () => {
    const { base } = await chatServer();
    const { replies } = await playChat(base, null, [{ choice: 'language_zh' }, { text: '我想查电费' }, { text: ZHANG_WEI.account }, { choice: 'yes' }, { choice: 'no' }]);
    const json = JSON.stringify(replies);
    expect(json).toContain('户名姓张');
    for (const secret of ['张伟', '伟大', '人民路', '56.8', '128.45', ...ROSTER]) expect(json).not.toContain(secret);
  });

  it.each([
    ['zh-CN', 'language_zh', '我要找你们值班长', '在这里回复您'],
    ['en-US', 'language_en', 'I want to speak to the supervisor on duty', 'reply to you here'],
    ['yue-HK', 'language_yue', '我要搵你哋主管', '喺呢度回覆你'],
  ])('%s: an escalation tells the customer what happens next, never who is on duty', async (locale, language, words, next) => {
    const { base, engine } = await chatServer();
    const { id, replies } = await playChat(base, null, [{ choice: language }, { text: words }], locale);
    const last = replies.at(-1);
    expect(last.end).toEqual({ type: 'escalate', locale });
    expect(last.messages.join('')).toContain(next);
    // The roster stays on the server, where the supervisors' console reads the escalation.
    const turn = (await engine.stores.sessions.get(id))?.lastTurn;
    expect(turn?.end).toMatchObject({ type: 'escalate', chain: expect.arrayContaining([expect.objectContaining({ phone: expect.any(String) })]) });
  });
});

describe('a framing attempt leaves the victim clean (issue 10 item 2)', () => {
  const VICTIM = '+8613900139000';

  it('idle and abusive chats with the victim number typed in count against nobody', async () => {
    const { base, engine } = await chatServer();
    const idle: Step[] = Array.from({ length: 6 }, () => ({ silence: true as const }));
    for (let i = 0; i < 6; i++) {
      const { replies } = await playChat(base, VICTIM, idle);
      expect(replies.at(-1).end).toBeTruthy();
    }
    const abuse: Step[] = [{ choice: 'language_zh' }, { text: '你们这帮混蛋' }, { text: '混蛋' }, { text: '王八蛋' }, { text: '混蛋' }];
    for (let i = 0; i < 4; i++) await playChat(base, VICTIM, abuse);

    const { blacklist, incidents } = engine.stores.services;
    expect(await blacklist.check(VICTIM)).toBeNull();
    expect(await incidents.list({ phone: VICTIM })).toEqual([]);
    // The abuse is still recorded for the supervisor, against no number.
    const recorded = await incidents.list({ kind: 'abuse' });
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(recorded.every((i) => i.phone === null)).toBe(true);
    expect(await incidents.list({ kind: 'silent_call' })).toEqual([]);
  });

  it('the same silence from the phone number itself does count (the policy still works)', async () => {
    const engine = await openTestEngine();
    for (let i = 0; i < 5; i++) {
      const call = await Call.dial(engine, { from: VICTIM });
      for (let s = 0; s < 6 && !call.turn.end; s++) await call.silence();
    }
    expect(await engine.stores.services.incidents.list({ phone: VICTIM, kind: 'silent_call' })).toHaveLength(5);
    expect(await engine.stores.services.blacklist.check(VICTIM)).not.toBeNull();
  });
});
