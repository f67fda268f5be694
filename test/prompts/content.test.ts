import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { renderText } from '../../src/prompts/render-text.js';
import { VALUES } from './fixtures.js';

const entries = getCatalogue().entries;
const zh = entries.get('zh-CN')!;
const en = entries.get('en-US')!;
const yue = entries.get('yue-HK')!;

describe('catalogue content follows the service norms', () => {
  it('uses the standard Mandarin service phrases (N5)', () => {
    expect(renderText([{ key: 'greeting.welcome', values: { company: '××供电公司' } }], 'zh-CN')).toEqual([
      '您好，欢迎致电××供电公司95598，很高兴为您服务。',
    ]);
    expect(zh.get('common.notHeard')).toBe('对不起，我没有听清楚。');
    expect(zh.get('closing.anythingElse')).toMatch(/^请问还有什么可以帮您？/);
    expect(zh.get('identity.readBack')).toMatch(/^我跟您核对一下/);
  });

  it('ends calls and chats with a closing service phrase (N20)', () => {
    expect(zh.get('closing.goodbye')).toBe('感谢您的来电，再见！');
    expect(yue.get('closing.goodbye')).toContain('再見');
    expect(en.get('closing.goodbye')).toContain('Goodbye');
    expect(zh.get('closing.goodbye_text')).toContain('再见');
  });

  it('soothes before transferring a complaint (N13)', () => {
    const before = (text: string, first: string, then: string) => text.indexOf(first) >= 0 && text.indexOf(first) < text.indexOf(then);
    expect(before(zh.get('transfer.complaint')!, '您别着急', '转接')).toBe(true);
    expect(before(yue.get('transfer.complaint')!, '唔使心急', '轉接')).toBe(true);
    expect(before(en.get('transfer.complaint')!, 'understand how you feel', 'transferring')).toBe(true);
  });

  it('says in each language that service continues in that language (N4)', () => {
    expect(zh.get('common.languageSwitched')).toContain('普通话');
    expect(yue.get('common.languageSwitched')).toContain('廣東話');
    expect(en.get('common.languageSwitched')).toContain('English');
  });

  it('offers each language in itself (the engine says them in their own locale)', () => {
    expect(en.get('greeting.offerEnglish')).toBe('For English, press 2.');
    expect(yue.get('greeting.offerCantonese')).toBe('粵語服務請按3。');
    expect(zh.get('greeting.offerMandarin')).toBe('普通话服务请按1。');
  });

  it('writes Cantonese in Traditional characters and the informal 你 of Hong Kong service', () => {
    const simplifiedOnly = /[们这说请电务话时问员户过还没对区为线将门费应来么给让从欢乐东业报]/u;
    const offending = [...yue]
      .filter(([, value]) => simplifiedOnly.test(value.replaceAll('普通话', '')) || value.includes('您'))
      .map(([key]) => key);
    expect(offending).toEqual([]);
  });

  it('uses the safety advice of N10 word for word in Mandarin', () => {
    expect(renderText([{ key: 'fault.safetyAdvice' }], 'zh-CN')[0]).toBe(
      '请您和家人远离危险地点，不要触碰电线和电器；如有人触电，请先设法切断电源，不要直接用手拉人；如有火情，请同时拨打119。',
    );
  });

  it('puts the danger question first and plainly: no jargon, the hazards named (N10, N5)', () => {
    for (const hazard of ['电线掉落', '打火冒烟', '触电', '起火']) expect(zh.get('fault.askDanger')).toContain(hazard);
    expect(renderText([{ key: 'fault.urgentCreated', values: { ticket: VALUES.ticket } }], 'zh-CN')[0]).toContain('2025 0601 0001');
  });
});
