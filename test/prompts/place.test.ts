import { describe, expect, it } from 'vitest';
import { companyIn, englishCompany, setCompanyNames } from '../../src/prompts/company.js';
import { englishPlace } from '../../src/prompts/place.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';
import { toTraditional } from '../../src/prompts/traditional.js';
import { NOW, VALUES } from './fixtures.js';

describe('N4: an English caller hears a Chinese address they can use', () => {
  it('translates the units, says the names in pinyin, smallest part first', () => {
    expect(englishPlace('城关区人民路88号3栋2单元501')).toBe('Room 501, Unit 2, Building 3, 88 Renmin Road, Chengguan District');
    expect(englishPlace('杭州市西湖区文三路100号5楼')).toBe('Floor 5, 100 Wensan Road, Xihu District, Hangzhou City');
    expect(englishPlace('东山镇')).toBe('Dongshan Town');
    expect(englishPlace('文三路一带')).toBe('the Wensan Road area');
    expect(englishPlace('西河乡河口村村委会门口')).toMatch(/, Hekou Village, Xihe Township$/);
  });

  it('says the parts of a premises in English, not in pinyin (issue 14 item 5)', () => {
    expect(englishPlace('城南区建设路6号底商')).toBe('the ground-floor shop, 6 Jianshe Road, Chengnan District');
    expect(englishPlace('城关区人民路88号3栋地下室')).toBe('the basement, Building 3, 88 Renmin Road, Chengguan District');
    expect(englishPlace('人民路88号地下车库')).toBe('the underground garage, 88 Renmin Road');
    expect(englishPlace('解放街12号门面')).toBe('the shopfront, 12 Jiefang Street');
    expect(englishPlace('解放街12号鋪面')).toBe('the shopfront, 12 Jiefang Street');
    expect(englishPlace('建设路6号车库')).not.toMatch(/Cheku/);
  });

  it('says a junction as English says one: two roads that meet, and a corner of it', () => {
    expect(englishPlace('人民路和解放路路口')).toBe('the junction of Renmin Road and Jiefang Road');
    expect(englishPlace('人民路与解放路交叉口')).toBe('the junction of Renmin Road and Jiefang Road');
    expect(englishPlace('人民路解放路口')).toBe('the junction of Renmin Road and Jiefang Road');
    expect(englishPlace('城关区人民路和解放路路口东北角')).toBe('the northeast corner of the junction of Renmin Road and Jiefang Road, Chengguan District');
  });

  it('on the phone the English form; in chat the characters follow, to show someone', () => {
    const ref = { key: 'fault.heardAddress', values: { address: '城关区人民路88号3栋2单元501' } };
    expect(renderVoice([ref], 'en-US', { now: NOW })[0]?.text).toBe('I have the address as Room 501, Unit 2, Building 3, 88 Renmin Road, Chengguan District.');
    expect(renderText([ref], 'en-US', { now: NOW })[0]).toContain('88 Renmin Road, Chengguan District (城关区人民路88号3栋2单元501)');
    expect(renderText([ref], 'zh-CN', { now: NOW })[0]).toContain('城关区人民路88号3栋2单元501');
  });
});

describe('N4: the company is named in each locale (configured, with a fallback)', () => {
  it('falls back to the grid company pattern in English and traditional characters in Cantonese', () => {
    expect(englishCompany('国网杭州供电公司')).toBe('State Grid Hangzhou Power Supply Company');
    expect(companyIn('国网杭州市供电公司', 'en-US')).toBe('State Grid Hangzhou Power Supply Company');
    expect(companyIn('国网杭州供电公司', 'yue-HK')).toBe('國網杭州供電公司');
    expect(companyIn('国网杭州供电公司', 'zh-CN')).toBe('国网杭州供电公司');
  });

  it('says a configured name', () => {
    setCompanyNames('国网测试供电公司', { 'en-US': 'State Grid Test Power', 'yue-HK': '國網測試電力' });
    const ref = { key: 'proactive.intro', values: { company: '国网测试供电公司' } };
    expect(renderVoice([ref], 'en-US')[0]?.text).toContain('Hello, this is State Grid Test Power 95598.');
    expect(renderVoice([ref], 'yue-HK')[0]?.text).toContain('我係國網測試電力95598');
  });
});

describe('Cantonese shows interpolated data in traditional characters (a maintained converter: OpenCC)', () => {
  it('converts by phrase, Hong Kong forms', () => {
    expect(toTraditional('城关区人民路88号')).toBe('城關區人民路88號');
    expect(toTraditional('家里全部没电了')).toMatch(/^家(裏|裡)全部沒電了$/);
  });

  it('every value of a Cantonese prompt, voice and chat', () => {
    const voice = renderVoice([{ key: 'fault.readBack', values: VALUES }], 'yue-HK', { now: NOW })[0]!.text;
    expect(voice).toContain('西湖區文三路100號');
    expect(voice).toContain('全部沒電');
    const [chat] = renderText([{ key: 'complaint.readBack', values: VALUES }], 'yue-HK', { now: NOW });
    expect(chat).toContain('搶修人員三個小時都沒有到');
    expect(chat).not.toMatch(/[们这说没区号报]/u);
  });
});

describe('issue 14 item 4: the inbound welcome names the company in a short form, per locale, with a fallback', () => {
  it('drops the grid prefix and the word company, in each locale', async () => {
    const { shortCompanyIn, setCompanyNames: set } = await import('../../src/prompts/company.js');
    expect(shortCompanyIn('国网杭州供电公司', 'zh-CN')).toBe('杭州供电');
    expect(shortCompanyIn('国网杭州供电公司', 'yue-HK')).toBe('杭州供電');
    expect(shortCompanyIn('国网杭州供电公司', 'en-US')).toBe('Hangzhou Power Supply');
    // A configured English name is shortened the same way.
    set('国网示范供电公司', { 'en-US': 'State Grid Demo Power Supply Company' });
    expect(shortCompanyIn('国网示范供电公司', 'en-US')).toBe('Demo Power Supply');
    // Nothing left to say once shortened: the whole name.
    expect(shortCompanyIn('国网公司', 'zh-CN')).toBe('国网公司');
  });
});
