/** Proactive service (主动服务, N18) as the customer hears it, in every locale. */
import { describe, expect, it } from 'vitest';
import { openTestEngine } from '../support/call.js';
import { answer, campaignTarget } from '../support/outbound.js';

const NOW = new Date('2026-11-25T15:00:00+08:00');
const engine = () => openTestEngine({ now: () => NOW });

describe('proactive service (N18)', () => {
  it('N18: introduces itself, states the purpose and apologises; agreed, presents the service, records the offer and thanks', async () => {
    const e = await engine();
    const { task } = await campaignTarget(e, { now: NOW });
    const call = await answer(e, task);
    expect(call.keys).toEqual(['proactive.intro', 'proactive.askConvenient']);
    expect(call.heard).toEqual([`您好！我是${e.config.companyName}95598。`, '这次来电想向您介绍停电短信提醒服务，很抱歉打扰您，现在方便吗？']);
    await call.say('可以，你说吧');
    expect(call.keys).toEqual(['proactive.message', 'proactive.askOffer']);
    expect(call.heard[0]).toBe('开通以后，您所在地区的计划停电都会提前用短信通知您，不收任何费用。');
    await call.press('1');
    expect(call.keys).toEqual(['proactive.accepted', 'proactive.thanks']);
    expect(call.heard.at(-1)).toBe('感谢您对我们的工作的支持，祝您心情愉快，再见！');
    expect(call.turn.end?.type).toBe('hangup');
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ status: 'done', conclusion: 'completed', result: { accepted: true } });
  });

  it('N18: a customer who does not agree hears an apology again and goodbye', async () => {
    const e = await engine();
    const { task } = await campaignTarget(e, { now: NOW });
    const call = await answer(e, task);
    await call.say('不用了，谢谢');
    expect(call.keys).toEqual(['proactive.declined']);
    expect(call.said).toBe('很抱歉打扰您了，祝您生活愉快，再见！');
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ status: 'done', conclusion: 'declined' });
  });

  it.each([
    ['zh-CN', '是我', '没空，我在开车', '很抱歉打扰您了，祝您生活愉快，再见！'],
    ['yue-HK', '係我', '冇空呀，揸緊車', '好抱歉打擾你，祝你生活愉快，再見！'],
    ['en-US', 'yes', "sorry, I'm driving", 'Sorry to have interrupted you. Have a nice day. Goodbye!'],
  ] as const)('N18: %s: "no time now" at the offer is an apology and goodbye, not thanks for the support', async (locale, yes, busy, goodbye) => {
    const e = await engine();
    const { task } = await campaignTarget(e, { locale, now: NOW });
    const call = await answer(e, task);
    await call.say(yes);
    expect(call.keys).toEqual(['proactive.message', 'proactive.askOffer']);
    await call.say(busy);
    expect(call.keys).toEqual(['proactive.declined']);
    expect(call.said).toBe(goodbye);
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ status: 'done', conclusion: 'declined' });
  });

  it('N18: a notice without an offer is presented, then thanks (Cantonese)', async () => {
    const e = await engine();
    const { task } = await campaignTarget(e, { offer: null, locale: 'yue-HK', now: NOW });
    const call = await answer(e, task);
    expect(call.said).toMatch(/^你好！我係.*95598。 今次打嚟想同你介紹停電短訊提醒服務，好抱歉打擾你/);
    await call.press('1');
    expect(call.keys).toEqual(['proactive.message', 'proactive.thanks']);
    expect(call.heard[0]).toContain('開通之後');
    expect(call.heard[1]).toBe('多謝你嘅支持，祝你生活愉快，再見！');
  });

  it('N18: in English, the campaign\'s English text is said', async () => {
    const e = await engine();
    const { task } = await campaignTarget(e, { locale: 'en-US', now: NOW });
    const call = await answer(e, task);
    expect(call.said).toMatch(/We’re calling to tell you about our outage text alerts\. Sorry to interrupt\./);
    await call.say('sure');
    await call.say('no thanks');
    expect(call.keys).toEqual(['proactive.thanks']);
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ result: { accepted: false } });
  });

  it('an answering machine hears nothing of the campaign', async () => {
    const e = await engine();
    const { task } = await campaignTarget(e, { now: NOW });
    const call = await answer(e, task, { answeredBy: 'machine_end_beep' });
    expect(call.turn.prompts).toEqual([]);
    expect((await e.stores.services.outbound.get(task.id))?.status).toBe('pending');
  });
});
