/**
 * The satisfaction survey of a complaint belongs to its callback (N17, issue 14 item 6): the caller
 * who complains hears no survey (nothing was done yet) and the call closes politely (N20); the
 * callback tells the result, asks whether it is clear, then asks the survey, and the answer is
 * kept once with the work order.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { answer } from '../support/outbound.js';
import { concludeCall, scheduleReadyCallbacks } from '../../src/services/outbound-calls.js';
import { resolveWorkOrder } from '../../src/services/closing-the-loop.js';

/** 10:00 on 25 November 2026, Shanghai: inside the morning window. */
const NOW = new Date('2026-11-25T10:00:00+08:00');
const RESULT = '已对相关抄表员批评教育，并上门向您致歉';

/** An English caller's result is written in English: one in Chinese is told as dealt with (callback.resultHandled, test/machines/callback.test.ts). */
const RESULT_EN = 'the meter reader has been disciplined and will apologize to you in person';

const COMPLAINT = {
  'zh-CN': { key: '1', story: ['抄表员态度很差，还骂人', '昨天上午', '城关区人民路营业厅'], result: RESULT, goodbye: '很抱歉占用您宝贵时间，谢谢您！再见', told: RESULT },
  'yue-HK': { key: '3', story: ['抄錶員態度好差，仲鬧人', '琴日朝早', '城關區人民路營業廳'], result: RESULT, goodbye: '好抱歉阻咗你寶貴嘅時間，多謝你！再見', told: '已對相關抄表員批評教育，並上門向你道歉' }, // said in traditional characters, Cantonese register (issue 14)
  'en-US': { key: '2', story: ['The meter reader was rude and swore at me', 'yesterday morning', 'the service hall on Renmin Road'], result: RESULT_EN, goodbye: 'Sorry for taking up your valuable time, and thank you. Goodbye.', told: RESULT_EN },
} as const;

describe('the complaint survey at the callback, not at the complaint (N17)', () => {
  it.each(['zh-CN', 'yue-HK', 'en-US'] as const)('%s: the complaint ends without a survey; the callback tells the result, then asks it, kept once', async (locale) => {
    const engine = await openTestEngine({ now: () => NOW });
    const { services } = engine.stores;
    const { key, story, result, goodbye, told } = COMPLAINT[locale];

    // The caller complains: soothed, asked, read back, registered, the ticket read again, and no survey.
    const inbound = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await inbound.press(key); // the language
    await inbound.press('4');
    await inbound.press('1'); // a complaint
    for (const said of story) await inbound.say(said);
    await inbound.silence(); // who: not known
    await inbound.press('1'); // the read-back is right
    await inbound.press('1'); // the number is right
    expect(inbound.keys).toEqual(['complaint.recorded', 'ticket.again', 'ticket.offerAgain']);
    await inbound.press('2'); // noted
    expect(inbound.keys).toEqual(['closing.anythingElse']);
    await inbound.press('2'); // nothing else
    expect(inbound.keys).toEqual(['closing.goodbye']); // N20
    const heard = inbound.turns.flatMap((t) => t.prompts.map((p) => p.key));
    expect(heard.filter((k) => /satisf/i.test(k))).toEqual([]);

    // The supervisor records what was done; the callback is placed and answered.
    const [order] = await services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(order).toMatchObject({ kind: 'complaint' });
    await resolveWorkOrder(services, order!.id, { result, by: '王建国' }, NOW, engine.dialPolicy.windows);
    const [task] = await scheduleReadyCallbacks(services, NOW, engine.dialPolicy);
    const call = await answer(engine, task!, { locale });
    await call.press('1'); // it is me
    await call.press('1'); // I can talk
    expect(call.keys).toEqual(['callback.resultComplaint', 'callback.askClear']);
    expect(call.said).toContain(told);
    await call.press('1'); // clear
    expect(call.keys).toEqual(['callback.askSatisfaction']); // only now, after the result (N17)
    await call.press('1'); // satisfied
    await call.silence(); // no other comment
    expect(call.keys).toEqual(['callback.goodbye']);
    expect(call.said).toContain(goodbye);
    expect(await services.followUps.get(order!.id)).toMatchObject({ satisfaction: 'satisfied' });
    expect(await services.followUps.openComplaints()).toEqual([]);

    // The call's ending told again (a retried turn, a late status callback): the survey is not recorded twice.
    const again = await concludeCall(services, task!.id, { conclusion: 'completed', result: { satisfaction: 'dissatisfied' }, nextCall: null }, NOW, engine.dialPolicy);
    expect(again).toBeNull();
    expect(await services.followUps.get(order!.id)).toMatchObject({ satisfaction: 'satisfied' });
    expect(await services.escalations.list({ phone: ZHANG_WEI.phone })).toEqual([]);
  });
});
