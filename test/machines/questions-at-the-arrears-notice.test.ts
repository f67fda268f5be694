/**
 * Audit 2, finding 6 (N12): a question at the arrears or prepaid notice is answered, with an
 * apology for the trouble, never "没太明白": "为什么欠费就停电" hears why (the rule in plain words)
 * and how to get the power back; "那我怎么充值" hears where to top up and that the power returns
 * within minutes; the question "还要报修吗" follows again. A bill query of a prepaid flat whose
 * meter has cut the power says so.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';

/** 刘洋 (demo data) owes 18.9 yuan; 王芳's 1栋 flat has a prepaid meter run out at -42.6 yuan. */
const LIU_YANG = '+8613500135000';
const WANG_FANG = '+8613700137000';

async function homeOutage(from: string, languageKey: '0' | '2' | '3', prepaid = false) {
  const call = await Call.dial(await openTestEngine(), { from });
  if (languageKey === '0') await call.silence();
  else await call.press(languageKey);
  await call.press('1'); // fault repair
  await call.press('1'); // yes, my account (the first: 1栋)
  await call.press('2'); // no danger
  await call.press('1'); // only my home
  expect(call.keys[0]).toBe(prepaid ? 'fault.prepaidNotice' : 'fault.arrearsNotice');
  return call;
}

describe('a question at the arrears or prepaid notice is answered (audit 2, finding 6; N12)', () => {
  const WHY = [
    { key: '0', why: '为什么欠费就停电，我不知道啊', heard: '欠费过期会按规定停电' },
    { key: '3', why: '點解欠費就停電㗎', heard: '欠費過期會按規定停電' },
    { key: '2', why: 'why was my power cut, I had no idea', heard: 'past its due date' },
  ] as const;
  for (const { key, why, heard } of WHY) {
    it(`language key ${key} voice: "${why}" hears sorry, why and how the power comes back, then the question again`, async () => {
      const call = await homeOutage(LIU_YANG, key);
      await call.say(why);
      expect(call.keys).toEqual(['fault.sorryForTheCut', 'fault.whyArrearsCut', 'fault.askStillReport']);
      expect(call.said).toContain(heard);
      expect(call.keys).not.toContain('common.notUnderstood');
      await call.press('2'); // I will pay first
      expect(call.keys).toEqual(['closing.anythingElse']);
    });
  }

  const HOW = [
    { key: '0', how: '那我怎么充值', heard: '在网上国网或营业厅充值后，一般几分钟内来电。' },
    { key: '3', how: '咁我點樣充值', heard: '喺網上國網或者營業廳充值後，一般幾分鐘內有電。' },
    { key: '2', how: 'so how do I top up', heard: 'Top up in the State Grid app or at a service center' },
  ] as const;
  for (const { key, how, heard } of HOW) {
    it(`language key ${key} voice, prepaid: "${how}" hears sorry and where to top up, then the question again`, async () => {
      const call = await homeOutage(WANG_FANG, key, true);
      await call.say(how);
      expect(call.keys).toEqual(['fault.sorryForTheCut', 'fault.prepaidHowToTopUp', 'fault.askStillReport']);
      expect(call.said).toContain(heard);
    });
  }

  it('zh-CN voice: the bill of a prepaid flat whose meter cut the power says so, and how to get it back', async () => {
    const call = await Call.dial(await openTestEngine(), { from: WANG_FANG });
    await call.silence();
    await call.say('查电费');
    if (call.state.endsWith('chooseAccount')) await call.press('1');
    else if (call.keys.includes('identity.confirmAccount')) await call.press('1');
    expect(call.keys).toContain('query.prepaidCut');
    expect(call.said).toContain('已自动停电，充值后几分钟内来电');
    expect(call.keys).not.toContain('query.lastBill'); // no due date for a meter that has cut the power
  });
});
