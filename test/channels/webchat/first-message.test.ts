/**
 * What a chat customer's first message gets (issue 14, issue 9 item 3): "你好", "在吗", "有人吗",
 * "hello", "唔該" are a greeting, answered with one that invites the need, never "I did not
 * understand" (N1, N12); a need typed with the greeting is served at once. The chat's yes/no
 * buttons fit their question (对 / 不对 for a read-back, 需要 / 不需要 for an offer, 有 / 没有 for
 * the danger question, 还有 / 没有了 at "anything else?"), from the catalogue in every locale (N8, N25).
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { openTestEngine } from '../../support/call.js';
import { postJson, serve } from '../../support/http.js';

type Reply = { state: string; messages: string[]; quickReplies: { id: string; label: string }[]; ended?: boolean };

async function chat(locale: string) {
  const base = await serve(createServer(await openTestEngine()));
  const started = await postJson(`${base}/chat/sessions`, { locale });
  const id: string = started.body.id ?? started.body.conversationId;
  let last: Reply = started.body;
  const send = async (message: { text: string } | { choice: string }): Promise<Reply> => {
    const reply = await postJson(`${base}/chat/sessions/${encodeURIComponent(id)}/messages`, message);
    expect(reply.status).toBe(200);
    last = reply.body;
    return last;
  };
  return {
    type: (text: string) => send({ text }),
    choose: (choice: string) => send({ choice }),
    get labels() {
      return last.quickReplies.map((q) => q.label);
    },
    get said() {
      return last.messages.join('\n');
    },
  };
}

describe('a greeting as the first chat message (issue 14; N1, N12)', () => {
  it.each([
    ['zh-CN', '你好', /您好，我在的.*请问有什么可以帮您/],
    ['zh-CN', '在吗？', /您好，我在的/],
    ['zh-CN', '有人吗', /您好，我在的/],
    ['en-US', 'hello', /Hello, I'm here to help\. What can I do for you\?/],
    ['en-US', 'Hi, is anyone there?', /I'm here to help/],
    ['yue-HK', '唔該', /你好，我喺度，有咩可以幫到你/],
    ['yue-HK', '有冇人喺度呀', /我喺度/],
  ] as const)('%s: the customer types "%s" and is greeted back and invited to say the need, the menu buttons kept', async (locale, words, greeting) => {
    const c = await chat(locale);
    const reply = await c.type(words);
    expect(c.said).toMatch(greeting);
    expect(c.said).not.toMatch(/没有看明白|didn't quite understand|唔明白|再見|再见|goodbye/i);
    expect(reply.ended ?? false).toBe(false);
    expect(reply.quickReplies.map((q) => q.id)).toContain('fault_report');
  });

  it.each([
    ['zh-CN', '你好，我家停电了', /户号/],
    ['en-US', 'hello, my power is out', /account number/],
    ['yue-HK', '你好，我屋企冇電', /戶口號碼|戶號/],
  ] as const)('%s: a need typed with the greeting ("%s") is served at once', async (locale, words, next) => {
    const c = await chat(locale);
    await c.type(words);
    expect(c.said).toMatch(next);
  });

  it('zh-CN: a greeting, then the need: the need is served (the greeting asked nothing)', async () => {
    const c = await chat('zh-CN');
    await c.type('在吗');
    await c.type('我想查一下电费');
    expect(c.said).not.toMatch(/您好，我在的/);
    expect(c.said).toMatch(/户号|验证/);
  });

  it('zh-CN: "谢谢" at "anything else?" is still the goodbye (N20), after a greeting at the start', async () => {
    const c = await chat('zh-CN');
    await c.type('你好');
    await c.type('电价是多少');
    await c.choose('no'); // no time-of-use rates
    expect(c.said).toMatch(/还有什么可以帮您/);
    await c.choose('yes');
    const reply = await c.type('谢谢');
    expect(c.said).toMatch(/再见/);
    expect(reply.quickReplies).toEqual([]);
  });
});

describe('chat yes/no buttons fit the question (issue 14; N8, N25)', () => {
  it.each([
    ['zh-CN', ['有', '没有'], ['对', '不对'], ['需要', '不需要'], ['还有', '没有了']],
    ['en-US', ['Yes', 'No'], ["That's right", "That's not right"], ['Yes, please', 'No, thanks'], ['Yes, something else', "No, that's all"]],
    ['yue-HK', ['有', '冇'], ['啱', '唔啱'], ['要', '唔使'], ['仲有', '冇喇']],
  ] as const)('%s: the danger question, the fault read-back, the time-of-use offer and "anything else?" each have their own labels', async (locale, danger, readBack, offer, more) => {
    const c = await chat(locale);
    await c.choose('fault_report');
    await c.choose('no_account');
    expect(c.labels).toEqual(danger);
    await c.choose('no');
    await c.choose('home');
    await c.type(locale === 'en-US' ? '88 Renmin Road, Chengguan District' : '城关区人民路88号');
    await c.type(locale === 'en-US' ? 'the whole flat has no power' : '家里全部没电');
    expect(c.labels).toEqual(readBack); // 核对一下：……对吗？

    const d = await chat(locale);
    await d.type(locale === 'en-US' ? 'electricity prices' : locale === 'yue-HK' ? '電價' : '电价是多少');
    expect(d.labels).toEqual(offer); // 需要了解峰谷电价吗？
    await d.choose('no');
    expect(d.labels).toEqual(more); // 请问还有什么可以帮您？
  });
});
