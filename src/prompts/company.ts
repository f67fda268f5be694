/**
 * The company's name in each locale (issue 14 item 4), configured (COMPANY_NAME, COMPANY_NAME_EN_US,
 * COMPANY_NAME_YUE_HK, see src/config.ts) with a fallback: Cantonese the configured Mandarin name in
 * traditional characters (國網示範供電公司); English by the usual pattern of the grid's companies
 * (国网杭州供电公司 -> State Grid Hangzhou Power Supply Company), the rest in pinyin.
 * Prompts carry the Mandarin name; the `company` formatter says it in the prompt's locale.
 */
import type { Locale } from '../core/locale.js';
import { romanizeHan, romanizeProperName } from './romanize.js';
import { toTraditional } from './traditional.js';

const configured = new Map<string, Partial<Record<Locale, string>>>();

/** Names the company `name` (as prompts carry it) has in other locales; later calls replace earlier ones. */
export function setCompanyNames(name: string, names: Partial<Record<Locale, string>>): void {
  configured.set(name, names);
}

export function companyIn(name: string, locale: Locale): string {
  const chosen = configured.get(name)?.[locale];
  if (chosen) return chosen;
  if (locale === 'zh-CN') return name;
  if (locale === 'yue-HK') return toTraditional(name);
  return englishCompany(name);
}

/**
 * The company in a short form for the inbound welcome (issue 14 item 4: named, within the greeting's
 * 11 s): its name in the locale (configured or the fallback above) without the grid's prefix and the
 * word company: 国网杭州供电公司 -> 杭州供电, 國網杭州供電公司 -> 杭州供電, State Grid Hangzhou Power Supply
 * Company -> Hangzhou Power Supply. A name that would be left with less than two characters is said whole.
 */
export function shortCompanyIn(name: string, locale: Locale): string {
  const full = companyIn(name, locale).trim();
  const short =
    locale === 'en-US'
      ? full.replace(/^State Grid\s+/iu, '').replace(/,?\s+(?:Co\.?,?\s*Ltd\.?|Company(?:\s+Limited)?|Corporation|Ltd\.?)$/iu, '')
      : full.replace(/^(?:国家电网|國家電網|国网|國網)/u, '').replace(/(?:有限责任公司|有限責任公司|有限公司|公司)$/u, '');
  return [...short.replace(/\s/gu, '')].length >= 2 ? short.trim() : full;
}

/** 国网XX供电公司 -> State Grid XX Power Supply Company; XX供电公司 -> XX Power Supply Company. */
export function englishCompany(name: string): string {
  const match = /^(国网|国家电网)?(.*?)(供电公司|电力公司|供电局)?$/u.exec(name.trim());
  if (!match || (!match[1] && !match[3])) return romanizeHan(name);
  const middle = match[2] ? romanizeProperName(match[2].replace(/(省|市|县|区)$/u, '')) : '';
  const kind = match[3] === '电力公司' ? 'Electric Power Company' : match[3] === '供电局' ? 'Power Supply Bureau' : 'Power Supply Company';
  return [match[1] ? 'State Grid' : '', middle, match[3] ? kind : ''].filter(Boolean).join(' ');
}
