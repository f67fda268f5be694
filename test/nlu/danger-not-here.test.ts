import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { explainDanger } from '../../src/nlu/danger.js';
import { recognizeSync } from '../../src/nlu/recognizer.js';

// N10, issue 8 items 2 and 6: a hazard word said of something not here and now (a hypothetical, a
// question about rules or safety, a drill, smoke from a barbecue or incense, a film or the news, a
// repair) is no danger report; present evidence (一直, 正在, 緊, "right now", 我家, "here") makes it one.
// The lines (test/fixtures/danger/not-here-and-now.json) were written for this from imagination, not
// from any evaluation set.
const FILE = fileURLToPath(new URL('../fixtures/danger/not-here-and-now.json', import.meta.url));
const LINES = JSON.parse(readFileSync(FILE, 'utf8')) as Record<Locale, { danger: string[]; not: string[] }>;
const isDanger = (text: string, locale: Locale): boolean => recognizeSync(text, locale)?.intent === 'danger';

describe('N10: danger heard only when it is here and now', () => {
  for (const [locale, { danger, not }] of Object.entries(LINES) as [Locale, { danger: string[]; not: string[] }][]) {
    it(`${locale}: every hazard here and now is danger, however it is asked about`, () => {
      expect(danger.length).toBeGreaterThanOrEqual(15);
      expect(danger.filter((t) => !isDanger(t, locale))).toEqual([]);
    });
    it(`${locale}: a hazard supposed, asked about, drilled, from a barbecue, on TV or repaired is not`, () => {
      expect(not.length).toBeGreaterThanOrEqual(20);
      expect(not.filter((t) => isDanger(t, locale))).toEqual([]);
    });
  }

  it('a question what to do if it happened is a consultation, in the three locales', () => {
    expect(recognizeSync('万一电线掉下来怎么办', 'zh-CN')?.intent).toBe('consultation');
    expect(recognizeSync('萬一條電線跌落嚟點算', 'yue-HK')?.intent).toBe('consultation');
    expect(recognizeSync('what should i do if a power line falls on my car', 'en-US')?.intent).toBe('consultation');
  });

  it('says why a hazard phrase is not here and now', () => {
    const kind = (text: string) => explainDanger(text).find((f) => f.dismissed === 'not present')?.notHere;
    expect(kind('万一电线掉下来怎么办')).toBe('if');
    expect(kind('下雨天能不能碰电线杆')).toBe('rules');
    expect(kind('刚才是应急演练 有烟是正常的')).toBe('drill');
    expect(kind('隔壁在烧香 满屋子都是烟味')).toBe('source');
    expect(kind('昨天新闻说有个小区变压器爆炸了')).toBe('story');
    expect(kind('上个月电线冒烟的事 你们已经修好了')).toBe('repaired');
    expect(kind('上回插座打火那次 你们的人三个钟头才到 我要投诉')).toBe('past');
    expect(kind('嗰套劇入面有人觸電嘅場口好假')).toBe('story');
    expect(kind('my power bank is smoking')).toBe('device');
  });

  it('a hazard told of as past or repaired keeps the call\'s other business: the complaint, the bill', () => {
    expect(recognizeSync('上回插座打火那次 你们的人三个钟头才到 我要投诉', 'zh-CN')?.intent).toBe('complaint');
    expect(isDanger('上次修好的那根电线又断了', 'zh-CN')).toBe(true); // back again: danger
    expect(isDanger('the line sparked last time and now its sparking again', 'en-US')).toBe(true);
  });

  it('present evidence overrides the reading: 一直, 緊, "right now", 我家, "in front of my house"', () => {
    expect(isDanger('变压器一直在冒烟，这个要怎么处理', 'zh-CN')).toBe(true);
    expect(isDanger('樓下個電箱而家冒緊煙 我應該點做', 'yue-HK')).toBe(true);
    expect(isDanger('right now theres a cable sparking on the street what should we do', 'en-US')).toBe(true);
    expect(isDanger('我家门口电线掉下来了怎么办', 'zh-CN')).toBe(true);
    // A place said inside the hypothetical is supposed with it.
    expect(isDanger('要是家里插座冒烟了 应该先做什么', 'zh-CN')).toBe(false);
    // A source never hides a hazard of something that carries power, nor a shock.
    expect(isDanger('做饭的时候插座冒烟了', 'zh-CN')).toBe(true);
    expect(isDanger('放烟花的时候被电到了', 'zh-CN')).toBe(true);
  });
});
