/**
 * Danger heard only when it is here and now (issue 8 items 2 and 6, N10): a caller who asks what to
 * do if a wire came down, or whether it is safe to touch a pole in the rain, is asking, and hears the
 * consultation's safety answer (then "is it happening now?"), not the danger advice and an urgent order; one who says the wire is down now, or a
 * transformer has been smoking all along, is reporting, and goes to the danger path first.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';
import type { Engine } from '../../src/bootstrap.js';

async function urgentOrders(engine: Engine) {
  return (await engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE })).filter((o) => o.urgent);
}

const SAFETY = ['fault.safetyAdvice', 'danger.shockAdvice', 'danger.fireAdvice'];

describe('N10: a hazard asked about is a consultation; a hazard here and now is danger', () => {
  it('zh-CN voice: "万一电线掉下来怎么办" at the menu is a question; "电线现在掉在地上了" is danger', async () => {
    const asked = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await asked.silence(); // Mandarin
    await asked.say('万一电线掉下来怎么办');
    expect(asked.keys).toEqual(['kb.safety', 'kb.safetyNow']); // the safety answer, no urgent order (N11)
    expect(await urgentOrders(asked.engine)).toEqual([]);

    const reported = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await reported.silence();
    await reported.say('电线现在掉在地上了 应该怎么办');
    expect(reported.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
  });

  it('zh-CN voice: "变压器一直在冒烟，这个要怎么处理" is danger, not a consultation', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('变压器一直在冒烟，这个要怎么处理');
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
  });

  it('yue-HK chat: "如果見到電線喺地下應該點處理" is a question; "樓下個電箱而家冒緊煙" is danger', async () => {
    const asked = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
    await asked.choose('language_yue');
    await asked.type('如果見到電線喺地下應該點處理');
    expect(asked.keys).toEqual(['kb.safety', 'kb.safetyNow']); // the safety answer, no urgent order (N11)

    const reported = await Call.dial(await openTestEngine(), { channel: 'chat', from: null });
    await reported.choose('language_yue');
    await reported.type('樓下個電箱而家冒緊煙 我應該點做');
    expect(reported.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
  });

  it('en-US voice: "what should i do if a power line falls on my car" is a question; "a wire is down in front of my house what do i do" is danger', async () => {
    const asked = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await asked.press('2'); // English
    await asked.say('what should i do if a power line falls on my car');
    expect(asked.keys).toEqual(['kb.safety', 'kb.safetyNow']); // the safety answer, no urgent order (N11)
    expect(await urgentOrders(asked.engine)).toEqual([]);

    const reported = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await reported.press('2');
    await reported.say('a wire is down in front of my house what do i do');
    expect(reported.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
  });

  it('zh-CN voice: smoke from a barbecue downstairs, or a fire drill, is no danger report', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.say('楼下在烧烤 烟飘到我家来了');
    expect(call.keys.some((k) => SAFETY.includes(k))).toBe(false);
    const drill = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await drill.silence();
    await drill.say('刚才是应急演练 不是真的着火');
    expect(drill.keys.some((k) => SAFETY.includes(k))).toBe(false);
    expect(await urgentOrders(drill.engine)).toEqual([]);
  });
});
