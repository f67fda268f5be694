/**
 * A danger reported at a place that names no district (issue 14): "解放街口的公交站旁边" is in no
 * known area, so the caller is asked the district, as in the fault report, before the place is read
 * back (N8, N10); a district said at the read-back instead of a yes completes the place.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';

async function dangerCall(key: string, words: string) {
  const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
  if (key === '0') await call.silence();
  else await call.press(key);
  await call.say(words);
  expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
  return call;
}

describe('N8, N10: the district of a danger place that names none', () => {
  it.each([
    ['zh-CN', '0', '电线掉下来了', '解放街口的公交站旁边', '是城关区的', '城关区解放街口的公交站旁边', '请问是哪个区或者哪个镇？'],
    ['yue-HK', '3', '條電線跌咗落嚟', '解放街口嘅巴士站隔籬', '喺城關區', '城關區解放街口嘅巴士站隔籬', null],
    ['en-US', '2', "there's a wire down and it's sparking", 'by the bus stop at the end of Jiefang Street', "It's in Chengguan District", 'by the bus stop at the end of Jiefang Street, Chengguan District', null],
  ] as const)('%s voice: the caller is asked the district, and the place read back is whole', async (locale, key, words, place, district, whole, asked) => {
    const call = await dangerCall(key, words);
    await call.say(place);
    expect(call.keys, locale).toEqual(['fault.askDistrict']);
    if (asked) expect(call.said).toBe(asked);
    await call.say(district);
    expect(call.keys, locale).toEqual(['danger.readBackLocation']);
    expect(call.turn.prompts[0]?.values?.address, locale).toBe(whole);
    await call.press('1');
    expect(call.keys, locale).toEqual(['danger.confirmContact']);
    await call.press('1');
    expect(call.keys[0], locale).toBe('fault.urgentCreated');
    const [order] = (await call.engine.stores.services.workOrders.list({ phone: UNKNOWN_PHONE })).filter((o) => o.urgent);
    expect(order, locale).toMatchObject({ address: whole, areaId: 'chengguan', urgent: true });
  });

  it('zh-CN voice: "不知道" at the district goes on at once; "城关区" said at the read-back is the correction, read back again', async () => {
    const call = await dangerCall('0', '电线掉下来了');
    await call.say('解放街口的公交站旁边');
    await call.say('不知道');
    expect(call.keys).toEqual(['danger.readBackLocation']); // danger waits on no district
    expect(call.said).toContain('危险地点是解放街口的公交站旁边');
    await call.say('城关区');
    expect(call.keys).toEqual(['danger.readBackLocation']); // not "没太明白"
    expect(call.said).toContain('危险地点是城关区解放街口的公交站旁边');
    await call.press('1');
    expect(call.keys).toEqual(['danger.confirmContact']);
  });

  it('zh-CN voice: a place that names its district is read back at once', async () => {
    const call = await dangerCall('0', '电线掉下来了');
    await call.say('东山镇新街45号楼下');
    expect(call.keys).toEqual(['danger.readBackLocation']);
  });
});
