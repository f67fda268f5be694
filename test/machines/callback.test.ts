/**
 * The callback (回访) as the customer hears it (N16, N17, N19): the dialler's call answered, the
 * customer confirming who they are, agreeing to talk, hearing the result and answering the survey.
 */
import { describe, expect, it } from 'vitest';
import { CALLBACK_BUSINESSES } from '../../src/services/ports.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';
import { answer, readyCallback } from '../support/outbound.js';
import { renderText } from '../../src/prompts/render-text.js';

/** 10:00 on 25 November 2026, Shanghai: inside the morning window. */
const NOW = new Date('2026-11-25T10:00:00+08:00');
const engine = () => openTestEngine({ now: () => NOW });
const RESULT = '已对相关抄表员批评教育，并上门向您致歉';

describe('callback: introduction and identity (N16)', () => {
  it('N16: introduces the company and 95598 and asks for the customer by area and name', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    expect(call.keys).toEqual(['callback.introNamed']);
    expect(call.said).toBe(`您好！我是${e.config.companyName}95598，请问是城关区的张伟客户吗？`);
  });

  it('N16: a wrong person hears nothing of the business; the call ends politely and the callback waits for a right number', async () => {
    const e = await engine();
    const { task, callback } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    await call.press('2');
    expect(call.keys).toEqual(['callback.wrongPerson']);
    expect(call.said).not.toMatch(/投诉|抄表|处理|工单/);
    expect(call.turn.end?.type).toBe('hangup');
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ status: 'done', conclusion: 'wrong_person' });
    expect((await e.stores.services.callbacks.get(callback.id))?.status).toBe('pending');
  });

  it('N16: a customer who cannot talk and wants no other call hears an apology and nothing of the business', async () => {
    const e = await engine();
    const { task, callback } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    await call.say('是我');
    expect(call.keys).toEqual(['callback.askConsent']);
    expect(call.said).toBe('对不起，可以打扰您一下吗？');
    await call.say('不方便，在开会');
    expect(call.keys).toEqual(['callback.askLaterTime']);
    await call.press('9');
    expect(call.said).toContain('很抱歉占用您宝贵时间，谢谢您！再见');
    expect(call.turns.map((t) => t.prompts.map((p) => p.key)).flat()).not.toContain('callback.resultComplaint');
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ status: 'done', conclusion: 'declined' });
    expect((await e.stores.services.callbacks.get(callback.id))?.status).toBe('done');
  });

  it('N15: a customer who asks for tomorrow morning gets the call then, and is told when, as people say it', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    await call.press('1');
    await call.press('2');
    await call.say('明天上午吧');
    expect(call.keys).toEqual(['callback.rescheduled']);
    // Said relative to when it is said (the test's clock): tomorrow, not a date and a clock.
    expect(renderText(call.turn.prompts, 'zh-CN', { now: NOW })[0]).toMatch(/^好的，我们明天/);
    const after = await e.stores.services.outbound.get(task.id);
    expect(after).toMatchObject({ status: 'pending', conclusion: 'rescheduled', attempts: 0, nextAttemptAt: new Date('2026-11-26T09:00:00+08:00').toISOString() });
  });

  it('N4, N17: an English customer whose result is written in Chinese hears that it was dealt with, then the clear question and the survey, not a transfer', async () => {
    const e = await engine();
    const { task, order } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task, { locale: 'en-US' });
    await call.say('yes it is me');
    await call.say('sure');
    expect(call.keys).toEqual(['callback.resultHandled', 'callback.askClear']);
    expect(call.said).toMatch(/^About what you raised with us on November 25: we have looked into it and dealt with it\./);
    expect(call.said).not.toMatch(/\p{Script=Han}/u); // nothing an English voice cannot say
    expect(call.turn.end).toBeNull();
    await call.press('1'); // clear
    expect(call.keys).toEqual(['callback.askSatisfaction']);
    await call.press('1'); // satisfied
    await call.say('no, nothing');
    expect(call.said).toContain('Sorry for taking up your valuable time');
    expect(call.turn.end?.type).toBe('hangup');
    expect(await e.stores.services.followUps.get(order!.id)).toMatchObject({ satisfaction: 'satisfied' });
  });

  it('N4, N17: an English customer who wants the details of a result written in Chinese is put through to a colleague at once', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task, { locale: 'en-US' });
    await call.say('yes it is me');
    await call.say('sure');
    await call.press('2'); // not clear: the details are in Chinese, saying the same again would not help
    expect(call.keys).toEqual(['callback.explainByAgent']);
    expect(call.turn.end).toMatchObject({ type: 'transfer', locale: 'en-US' });
  });

  it.each([['zh-CN', /^您11月25日反映的问题，已对相关抄表员批评教育/], ['yue-HK', /^你11月25號反映嘅問題，已對相關抄表員批評教育/]] as const)(
    'N17: %s: the result written in Chinese is read as it was written',
    async (locale, told) => {
      const e = await engine();
      const { task } = await readyCallback(e, { now: NOW });
      const call = await answer(e, task, { locale });
      await call.press('1');
      await call.press('1');
      expect(call.keys).toEqual(['callback.resultComplaint', 'callback.askClear']);
      expect(call.said).toMatch(told);
    },
  );

  it('N4: an English callback with an English result, answered in words', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { business: 'consultation', result: 'you can apply online in the State Grid app', now: NOW });
    const call = await answer(e, task, { locale: 'en-US' });
    await call.say('yes');
    await call.say('yes go ahead');
    expect(call.said).toMatch(/About your question on November 25, the answer is: you can apply online in the State Grid app\./);
    await call.say('not really clear');
    expect(call.keys[0]).toBe('callback.sayAgain');
    await call.say('got it, thanks');
    await call.say('not very satisfied');
    expect(call.keys).toEqual(['callback.askDissatisfaction']);
  });

  it('N4, N16: an English callback asks for the customer by name, in pinyin, as the Mandarin one does (issue 14)', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task, { locale: 'en-US' });
    expect(call.keys).toEqual(['callback.introNamed']);
    expect(call.said).toMatch(/^Hello, this is .*95598\. Am I speaking with Zhang Wei, our customer in Chengguan District\?$/);
    expect(call.said).not.toMatch(/\p{Script=Han}/u);
    await call.say('yes, speaking');
    expect(call.keys).toEqual(['callback.askConsent']);
  });
});

describe('callback: the result by business type, and the survey (N17, N19)', () => {
  it.each(CALLBACK_BUSINESSES)('N17: a %s callback tells the result recorded and asks whether it is clear', async (business) => {
    const e = await engine();
    const { task } = await readyCallback(e, { business, result: '已经处理完毕', now: NOW });
    const call = await answer(e, task);
    await call.press('1');
    await call.press('1');
    expect(call.keys[0]).toBe(`callback.result${business[0]!.toUpperCase()}${business.slice(1)}`);
    expect(call.said).toContain('11月25日');
    expect(call.said).toContain('已经处理完毕');
    expect(call.keys.at(-1)).toBe('callback.askClear');
  });

  it.each([
    ['1', 'satisfied'],
    ['很满意，谢谢', 'satisfied'],
    ['2', 'basically_satisfied'],
    ['嗯还可以吧', 'basically_satisfied'],
  ] as const)('N17: the survey answer %s is %s; the opinion is recorded as said, with the work order (N14)', async (answerGiven, satisfaction) => {
    const e = await engine();
    const { task, order } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    await call.press('1');
    await call.press('1');
    expect(call.said).toContain(RESULT);
    await call.say('清楚了');
    expect(call.keys).toEqual(['callback.askSatisfaction']);
    if (/^\d$/.test(answerGiven)) await call.press(answerGiven);
    else await call.say(answerGiven);
    expect(call.keys).toEqual(['callback.askOpinion']);
    await call.say('希望以后抄表员态度好一点');
    expect(call.keys).toEqual(['callback.opinionRecorded', 'callback.goodbye']);
    expect(call.said).toContain('很抱歉占用您宝贵时间，谢谢您！再见'); // N19
    expect(call.turn.end?.type).toBe('hangup');
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({
      status: 'done',
      conclusion: 'completed',
      result: { clear: true, satisfaction, opinion: '希望以后抄表员态度好一点' },
    });
    expect(await e.stores.services.followUps.get(order!.id)).toMatchObject({ satisfaction, opinion: '希望以后抄表员态度好一点' });
    expect(await e.stores.services.followUps.openComplaints()).toEqual([]);
  });

  it('N17: "nothing more" after the survey closes the call without an opinion', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    for (const key of ['1', '1', '1', '1']) await call.press(key);
    await call.say('没有了');
    expect(call.keys).toEqual(['callback.goodbye']);
    expect((await e.stores.services.outbound.get(task.id))?.result).toEqual({ clear: true, satisfaction: 'satisfied' });
  });

  it('N17: a result that is not clear is said again; still not clear, a person explains', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    await call.press('1');
    await call.press('1');
    await call.say('没听懂');
    expect(call.keys).toEqual(['callback.sayAgain', 'callback.resultComplaint', 'callback.askClear']);
    await call.say('还是不太明白');
    expect(call.keys).toEqual(['callback.explainByAgent']);
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'agent' });
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ conclusion: 'transferred', result: { clear: false } });
  });

  it('N17: dissatisfied -> the opinion as said goes to the duty supervisor -> their answer is a second callback', async () => {
    const e = await engine();
    const { services } = e.stores;
    const { task, order } = await readyCallback(e, { now: NOW });
    const first = await answer(e, task);
    for (const key of ['1', '1', '1']) await first.press(key);
    await first.say('不满意');
    expect(first.keys).toEqual(['callback.askDissatisfaction']);
    await first.say('道歉没用，电表还是走得太快');
    expect(first.keys).toEqual(['callback.forwardedToSupervisor', 'callback.goodbye']);
    expect(await services.followUps.get(order!.id)).toMatchObject({ satisfaction: 'dissatisfied', opinion: '道歉没用，电表还是走得太快' });
    // N14: the complaint is not followed to its end yet.
    expect((await services.followUps.openComplaints()).map((o) => o.workOrderId)).toEqual([order!.id]);

    const [escalation] = await services.escalations.list({ status: 'waiting' });
    expect(escalation).toMatchObject({ reason: 'dissatisfied', phone: ZHANG_WEI.phone, context: { workOrderId: order!.id, business: 'complaint', opinion: '道歉没用，电表还是走得太快' } });
    await services.escalations.update(escalation!.id, { status: 'callback', supervisor: '王建国', answer: '已安排校验电表，结果三天内短信告知您' });

    const { scheduleReadyCallbacks } = await import('../../src/services/outbound-calls.js');
    const [second] = await scheduleReadyCallbacks(services, NOW, e.dialPolicy);
    expect(second).toBeDefined();
    const call = await answer(e, second!);
    await call.press('1');
    await call.press('1');
    expect(call.keys[0]).toBe('callback.resultSupervisorAnswer');
    expect(call.said).toContain('值班负责人的答复：已安排校验电表，结果三天内短信告知您');
    await call.press('1');
    await call.press('2');
    await call.silence();
    expect(call.keys).toEqual(['callback.goodbye']);
    expect(await services.followUps.get(order!.id)).toMatchObject({ satisfaction: 'basically_satisfied' });
    expect(await services.followUps.openComplaints()).toEqual([]);
  });
});

describe('callback: who answers, and how the call ends', () => {
  it('an answering machine hears nothing at all; the task is tried again later inside a window', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task, { answeredBy: 'machine_start' });
    expect(call.turn.prompts).toEqual([]);
    expect(call.turn.end).toEqual({ type: 'abandoned' });
    const after = await e.stores.services.outbound.get(task.id);
    expect(after).toMatchObject({ status: 'pending', lastOutcome: 'machine', attempts: 1 });
    expect(Date.parse(after!.nextAttemptAt)).toBeGreaterThan(NOW.getTime());
  });

  it.each([
    ['zh-CN', '我家门口的电线断了还在冒火花', /远离/],
    ['yue-HK', '喂，我屋企門口條電線跌咗落嚟，仲打緊火', /遠離/],
    ['en-US', 'hang on, there is a power line down outside my house and it is sparking', /away/i],
  ] as const)('N10, N21: %s: danger said in a callback is an urgent order, and the dispatch seat takes the call', async (locale, words, advice) => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task, { locale });
    await call.press('1'); // it is the customer
    await call.say(words);
    expect(call.keys).toEqual(['fault.safetyAdvice', 'danger.urgentTransfer']);
    expect(call.turn.prompts[0]?.safety).toBe(true);
    expect(call.heard[0]).toMatch(advice);
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'urgent', reason: 'danger' });
    const orders = await e.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(orders.find((o) => o.danger)).toMatchObject({ kind: 'repair', urgent: true, description: words, account: ZHANG_WEI.account, conversationId: call.id });
    // The account's area routes it; its registered address waits for the dispatch seat to confirm (N8).
    expect(orders.find((o) => o.danger)).toMatchObject({ areaId: 'chengguan', address: '', details: { registeredAddress: expect.stringContaining('人民路88号') } });
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ conclusion: 'transferred' });
  });

  it('N10: someone shocked, said at the survey: 120 first, then the urgent seat', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const call = await answer(e, task);
    await call.press('1');
    await call.press('1');
    await call.press('1'); // clear
    expect(call.keys).toEqual(['callback.askSatisfaction']);
    await call.say('先别说这个 我老公刚才被电打了');
    expect(call.keys).toEqual(['danger.shockAdvice', 'danger.urgentTransfer']);
    expect(call.turn.end).toMatchObject({ type: 'transfer', queue: 'urgent' });
  });

  it('a customer who hangs up after hearing the result completes the callback; before it, the call is tried again', async () => {
    const e = await engine();
    const { task } = await readyCallback(e, { now: NOW });
    const heard = await answer(e, task);
    await heard.press('1');
    await heard.press('1');
    await heard.hangUp();
    expect(await e.stores.services.outbound.get(task.id)).toMatchObject({ status: 'done', conclusion: 'completed' });

    const other = await readyCallback(e, { phone: '+8613900139000', account: null, business: 'consultation', result: '可以办理', now: NOW });
    const early = await answer(e, other.task);
    await early.hangUp();
    expect((await e.stores.services.outbound.get(other.task.id))?.status).toBe('dialing');
  });

  it('refuses a start without its task', async () => {
    const e = await engine();
    await expect(e.host.start('CA-no-task', { flow: 'callback', channel: 'voice', params: {} })).rejects.toThrow(/params\.task/);
  });
});
