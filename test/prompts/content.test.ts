import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/prompts/catalogue.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { VALUES } from './fixtures.js';

const entries = getCatalogue().entries;
const zh = entries.get('zh-CN')!;
const en = entries.get('en-US')!;
const yue = entries.get('yue-HK')!;

describe('catalogue content follows the service norms', () => {
  it('uses the standard Mandarin service phrases (N5)', () => {
    // The opening names the company in its short form (国网杭州供电公司 -> 杭州供电), so that it and the
    // language offers take about 11 s (N2, issue 14 item 4); outbound calls say the full name (N16, N18).
    expect(renderVoice([{ key: 'greeting.welcome', values: { companyShort: '国网杭州供电公司' } }], 'zh-CN').map((p) => p.text)).toEqual(['您好，欢迎致电杭州供电95598。']);
    // In chat nobody "calls" (致电): the customer is consulting us (issue 12); the page shows the company.
    expect(renderText([{ key: 'greeting.welcome', values: { companyShort: '国网杭州供电公司' } }], 'zh-CN')).toEqual(['您好，欢迎咨询95598，很高兴为您服务。']);
    expect(renderText([{ key: 'greeting.welcome', values: { companyShort: 'X' } }], 'yue-HK')[0]).not.toMatch(/致電/);
    expect(renderText([{ key: 'greeting.welcome', values: { companyShort: 'X' } }], 'en-US')[0]).not.toMatch(/calling|service line/i);
    expect(zh.get('common.notHeard')).toBe('对不起，我没有听清楚。');
    expect(zh.get('closing.anythingElse')).toMatch(/^请问还有什么可以帮您？/);
    expect(zh.get('identity.readBack')).toMatch(/^我跟您核对一下/);
    expect(zh.get('common.isThatRight')).toMatch(/^对吗？/);
  });

  it('ends calls and chats with a closing service phrase (N20)', () => {
    expect(zh.get('closing.goodbye')).toBe('感谢您的来电，再见！');
    expect(yue.get('closing.goodbye')).toContain('再見');
    expect(en.get('closing.goodbye')).toContain('Goodbye');
    expect(zh.get('closing.goodbye_text')).toContain('再见');
  });

  it('says in each language that service continues in that language (N4)', () => {
    expect(zh.get('common.languageSwitched')).toContain('普通话');
    expect(yue.get('common.languageSwitched')).toContain('廣東話');
    expect(en.get('common.languageSwitched')).toContain('English');
  });

  it('offers each language in itself (the engine says them in their own locale)', () => {
    expect(en.get('greeting.offerEnglish')).toBe('For English, press 2.');
    expect(yue.get('greeting.offerCantonese')).toBe('廣東話請按3。');
    expect(zh.get('greeting.offerMandarin')).toBe('普通话请按1。');
  });

  it('writes Cantonese in Traditional characters and the informal 你 of Hong Kong service', () => {
    const simplifiedOnly = /[们这说请电务话时问员户过还没对区为线将门费应来么给让从欢乐东业报]/u;
    const offending = [...yue]
      .filter(([, value]) => simplifiedOnly.test(value.replaceAll('普通话', '')) || value.includes('您'))
      .map(([key]) => key);
    expect(offending).toEqual([]);
  });

  it('gives the safety advice of N10 in a breath: stay away, do not touch, cut the power, call 119', () => {
    for (const words of ['远离', '别碰电线', '先断电', '119']) expect(zh.get('fault.safetyAdvice')).toContain(words);
    for (const words of ['遠離', '唔好掂電線', '熄電掣', '119']) expect(yue.get('fault.safetyAdvice')).toContain(words);
    for (const words of ['keep away', 'don’t touch', 'switch off the power', '119']) expect(en.get('fault.safetyAdvice')).toContain(words);
  });

  it('puts the danger question first and plainly: no jargon, the hazards named (N10, N5)', () => {
    for (const hazard of ['电线掉落', '冒火花', '冒烟', '触电', '着火']) expect(zh.get('fault.askDanger')).toContain(hazard);
    // Cantonese says 爆火花 and 冒煙, not the Mandarin 打火冒煙.
    for (const hazard of ['電線跌落地', '爆火花', '冒煙', '觸電', '着火']) expect(yue.get('fault.askDanger')).toContain(hazard);
    expect(yue.get('fault.askDanger')).not.toContain('打火');
    expect(renderText([{ key: 'fault.urgentCreated', values: { ticket: VALUES.ticket } }], 'zh-CN')[0]).toContain('250 601 0001');
  });

  it('soothes first in a complaint, in every locale, before any question (N13)', () => {
    // An apology, not the patronising "don't worry, I understand how you feel" (别着急 / 唔使心急).
    expect(zh.get('complaint.empathy')).toMatch(/^很抱歉/);
    expect(yue.get('complaint.empathy')).toMatch(/^唔好意思/);
    expect(en.get('complaint.empathy')).toMatch(/^I’m sorry/);
    expect(zh.get('complaint.empathy')).not.toMatch(/别着急|理解您的心情/);
    expect(yue.get('complaint.empathy')).not.toMatch(/唔使心急|理解你嘅心情/);
    expect(en.get('complaint.empathy')).not.toMatch(/don't worry|understand how you feel/i);
    for (const entries of [zh, yue, en]) expect(entries.get('complaint.empathy')).not.toMatch(/[?？]/);
  });

  it('speaks Cantonese, not Mandarin written in traditional characters (issue 14 item 4)', () => {
    // Mandarin words and register (一下 for 吓, 嗎？ for 唔…, 值班負責人 for 當值主管) and Mandarin quotes “ ” for 「 」.
    const mandarin = /打火|受理|帶嚟不便|回訪|通知你|什麼|沒有|您|一下|嗎？|經過查詢|值班負責人|唔使心急|[“”]/u;
    expect([...yue].filter(([, value]) => mandarin.test(value)).map(([key]) => key)).toEqual([]);
  });

  it('warns an abusive caller politely, with the standard phrase (N22)', () => {
    expect(zh.get('abuse.warning')).toBe('请您文明用语，我们会尽力为您服务。');
    expect(yue.get('abuse.warning')).toBe('請你文明用語，我哋會盡力為你服務。');
    expect(en.get('abuse.warning')).toMatch(/^Please keep our conversation courteous\. We will do our best to help you\.$/);
    expect(zh.get('abuse.finalWarning')).toMatch(/^请您文明用语。/);
    expect(yue.get('abuse.finalWarning')).toMatch(/^請你文明用語。/);
    expect(en.get('abuse.finalWarning')).toMatch(/^Please keep our conversation courteous\./);
  });

  it('apologizes and promises a reply when a question needs research (N11)', () => {
    expect(zh.get('consultation.callbackPromised')).toMatch(/^很抱歉，这个问题需要进一步核实，/);
    expect(yue.get('consultation.callbackPromised')).toMatch(/^好抱歉，呢個問題需要進一步核實，/);
    expect(en.get('consultation.callbackPromised')).toMatch(/^I’m sorry, this question needs some further checking\./);
  });

  it('tells a caller on self-service only that a fault or a danger can still be reported (N23)', () => {
    expect(zh.get('selfService.noAgent')).toContain('停电或危险仍可报修');
    expect(yue.get('selfService.noAgent')).toContain('報停電或危險都得');
    expect(en.get('selfService.noAgent')).toContain('You can still report a power failure or any danger');
  });

  it('tells the caller in emergency mode that the request is recorded (N21)', () => {
    expect(zh.get('emergency.recorded')).toContain('已经记录');
    expect(yue.get('emergency.recorded')).toContain('已經記錄低');
    expect(en.get('emergency.recorded')).toContain('has been recorded');
  });

  it('names the duty supervisor in plain words, not the in-house title 值长 (N5: no jargon)', () => {
    const jargon = [...zh, ...yue].filter(([, value]) => /值[长長]/u.test(value)).map(([key]) => key);
    expect(jargon).toEqual([]);
    expect(zh.get('escalation.connecting')).toContain('值班负责人');
    expect(yue.get('escalation.connecting')).toContain('當值主管');
  });
});
