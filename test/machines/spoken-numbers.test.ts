/**
 * A number said aloud (issue 9 item 7, N8): a contact number of the wrong length, a digit lost to
 * the recognizer, is read back as it was heard and asked again, never shortened or taken; ASR
 * homophones of digit words (幺, 衣 for 一, 酒 for 九, 是 for 四, Cantonese 靈 for 零; "oh", "for",
 * "to", "ate") make up the number. Calls in zh-CN, yue-HK and en-US, on the phone from a number
 * that is withheld (so the report asks for one).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';

/** A fault report from a withheld number, up to "which number can the crew call?". */
async function atContact([language, fault, noDanger, scope, address, what]: readonly [string, string, string, string, string, string]) {
  const call = await Call.dial(await openTestEngine(), { from: null, channel: 'voice' });
  await call.say(language);
  await call.say(fault);
  await call.choose('no_account');
  await call.say(noDanger);
  await call.say(scope);
  await call.say(address);
  await call.say(what);
  expect(call.keys).toEqual(['fault.readBack', 'common.isThatRight']);
  await call.choose('yes');
  expect(call.keys).toEqual(['danger.askContact']);
  return call;
}

const CALLS = {
  'zh-CN': ['普通话', '停电了', '没有', '就我家', '城关区人民路88号', '全部没电'],
  'yue-HK': ['廣東話', '冇電呀', '冇', '淨係我屋企', '城關區人民路88號', '全部冇電'],
  'en-US': ['English', 'my power is out', 'no', 'just my place', '88 Renmin Road, Chengguan District', 'no power at all'],
} as const;

describe('a spoken number of the wrong length is read back as heard and asked again (N8)', () => {
  it.each([
    ['zh-CN', '幺三九 幺二三四 五六七', '1391234567', '我听到的是'],
    ['yue-HK', '一三九 靈一二三 四五六', '1390123456', '我聽到嘅係'],
    ['en-US', 'one three nine oh one two three four five six', '1390123456', 'I heard'],
  ] as const)('%s: "%s" (ten digits) is read back, not taken', async (locale, said, heard, opening) => {
    const call = await atContact(CALLS[locale]);
    await call.say(said);
    expect(call.keys).toEqual(['common.heardDigits', 'danger.askContact']);
    expect(call.turn.prompts[0]?.values?.heardDigits).toBe(heard);
    expect(call.heard[0]).toContain(opening);
    expect(call.state).toMatch(/askContact$/);
  });
});

describe('ASR homophones of digit words make up the number (N8)', () => {
  it.each([
    ['zh-CN', '幺三九 衣二三四 五六酒七', '13912345697'],
    ['zh-CN', '一三九是一二三四五六七', '13941234567'],
    ['yue-HK', '一三九 靈一二三 四五六七', '13901234567'],
    ['en-US', 'one three nine oh one to three for five ate six', '13901234586'],
  ] as const)('%s: "%s" is %s, read back for confirmation', async (locale, said, number) => {
    const call = await atContact(CALLS[locale]);
    await call.say(said);
    expect(call.keys).toEqual(['danger.confirmContact']);
    expect(call.turn.prompts[0]?.values?.contact).toBe(number);
  });
});
