import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

/**
 * N5, N8: "不知道", "唔清楚", "I don't know his name", a bare "是" or "没有了" answer a complaint's
 * or a report's question without telling anything. They are never a fact said back ("在不知道",
 * "同啱有關", "Staff involved: you don't know his name"), and the engine never says 不知道 itself:
 * what happened is asked again gently with an example; a time, place or person not known is left
 * out, and the read-back says in our words that we will look into it.
 */
const NEVER_SAID_BACK = /不知道|不清楚|唔清楚|唔知|啱有關|don't know|not sure/u;

async function complaintByVoice(from: string | null = '+8613912345678') {
  const call = await Call.dial(await openTestEngine(), { from });
  await call.silence(); // Mandarin
  await call.press('4'); // complaint or report
  await call.press('1'); // complaint
  return call;
}

describe('a non-answer is no fact of the story (N5, N8)', () => {
  it('zh-CN voice: "不知道" where it happened is left out; the read-back says we will check it, never "在不知道"', async () => {
    const call = await complaintByVoice();
    await call.say('抄表员把我家电表抄错了，电费多了一百多');
    await call.say('上个月');
    await call.say('不知道');
    expect(call.keys).toEqual(['common.noProblem', 'complaint.askWho']);
    expect(call.heard[0]).toBe('没关系。');
    await call.say('不清楚');
    expect(call.keys).toEqual(['complaint.readBackWhat', 'complaint.readBackWhen', 'complaint.readBackUnsure', 'common.isThatRight']);
    expect(call.said).toContain('您不确定的部分，我们会帮您核实');
    expect(call.said).not.toMatch(NEVER_SAID_BACK);
    expect(call.said).not.toContain('在不');
  });

  it('zh-CN voice: "没有了" or "是" at "what happened?" is no story: asked again gently, with an example, then the story is taken', async () => {
    const call = await complaintByVoice();
    await call.say('没有了');
    expect(call.keys).toEqual(['common.noFact', 'complaint.askWhatHelp']);
    expect(call.heard[0]).toBe('没关系，说个大概就行。');
    await call.say('是');
    expect(call.keys).toEqual(['common.noFact', 'complaint.askWhatHelp']);
    expect(call.said).not.toContain('不好意思，我没太明白');
    await call.say('抄表员把我家电表抄错了');
    expect(call.keys).toEqual(['complaint.reactStory', 'complaint.askWhen']);
  });

  it('yue-HK chat: "唔清楚" where and "啱" who are not read back ("喺唔清楚", "同啱有關")', async () => {
    const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
    await call.type('廣東話');
    await call.type('我想投訴');
    await call.type('抄錶嘅師傅抄錯咗我個錶，電費多咗好多');
    await call.type('上個月');
    await call.type('唔清楚');
    expect(call.said).toContain('唔緊要');
    await call.type('啱');
    expect(call.keys).toEqual(['complaint.readBackWhat', 'complaint.readBackWhen', 'complaint.readBackUnsure', 'common.isThatRight']);
    expect(call.said).toContain('你唔肯定嘅地方，我哋會幫你查清楚');
    expect(call.said).not.toMatch(NEVER_SAID_BACK);
    expect(call.said).not.toContain('喺唔');
  });

  it('en-US voice: "I don\'t know his name" names nobody: no "Staff involved" in the read-back', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone, locale: 'en-US' });
    await call.say('English');
    await call.say('I want to make a complaint');
    if (call.state !== 'complaint.askWhat') throw new Error(`not at what happened: ${call.state} ${call.said}`);
    await call.say('your engineer never showed up');
    await call.say('yesterday afternoon');
    await call.say('at the Renmin Road service center');
    await call.say("I don't know his name");
    expect(call.keys).not.toContain('complaint.readBackWho');
    expect(call.keys[0]).toBe('complaint.readBack');
    expect(call.said).not.toMatch(NEVER_SAID_BACK);
  });

  it('zh-CN chat report: "不知道" where, asked again once, then left out; the read-back says what is reported, never "在不知道"', async () => {
    const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
    await call.type('普通话');
    await call.type('我要举报');
    await call.choose('theft');
    await call.type('是');
    expect(call.keys).toEqual(['common.noFact', 'report.askDetailsHelp']);
    await call.type('有人私自从电线杆上拉线用电');
    expect(call.state).toBe('report.askWhere');
    await call.type('不知道');
    expect(call.keys).toEqual(['common.noFact', 'report.askWhereHelp']);
    await call.type('不清楚');
    await call.choose('anonymous');
    expect(call.keys).toContain('report.readBackWhat');
    expect(call.keys).toContain('complaint.readBackUnsure');
    expect(call.said).not.toMatch(NEVER_SAID_BACK);
  });
});
