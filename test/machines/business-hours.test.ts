/**
 * Issue 14 item 6 (N9): "营业厅几点开门" is answered from the service centres' hours as configured
 * (SERVICE_CENTER_HOURS, SERVICE_CENTER_DAYS), checked at start-up, every day 9 to 5 by default,
 * said as a speaker says a time in each locale.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine } from '../support/call.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { formatOpeningHours } from '../../src/prompts/opening-hours.js';

const WEEKDAYS = { SERVICE_CENTER_HOURS: '08:30-17:30', SERVICE_CENTER_DAYS: 'mon-fri' };

const LOCALES = [
  { locale: 'zh-CN', pick: undefined, ask: '营业厅几点开门', heard: '营业厅周一到周五早上8点半到下午5点半营业。' },
  { locale: 'yue-HK', pick: '3', ask: '營業廳幾點開門', heard: '營業廳星期一至五朝早8點半到下晝5點半開。' },
  { locale: 'en-US', pick: '2', ask: 'what are your opening hours', heard: 'Our service centers are open Monday to Friday from 8:30 a.m. to 5:30 p.m.' },
] as const;

describe('the service centres’ hours come from the configuration (issue 14 item 6, N9)', () => {
  for (const { locale, pick, ask, heard } of LOCALES) {
    it(`${locale} voice: "${ask}" at the menu hears the configured weekday hours, at once`, async () => {
      const call = await Call.dial(await openTestEngine({ env: WEEKDAYS }), { from: '+8613912345678' });
      if (pick) await call.press(pick);
      else await call.silence();
      await call.say(ask);
      expect(call.keys).toEqual(['kb.businessHours', 'closing.anythingElse']);
      expect(call.heard[0]).toBe(heard);
    });
  }

  it('unset: every day, 9 a.m. to 5 p.m., in every locale', () => {
    const hours = loadConfig({ NODE_ENV: 'test' }).serviceCenterHours;
    expect(hours).toEqual({ days: 'daily', opens: 540, closes: 1020 });
    expect(formatOpeningHours('daily 09:00-17:00', 'zh-CN')).toBe('每天上午9点到下午5点');
    expect(formatOpeningHours('daily 09:00-17:00', 'yue-HK')).toBe('每日上晝9點到下晝5點');
    expect(formatOpeningHours('daily 09:00-17:00', 'en-US')).toBe('every day from 9 a.m. to 5 p.m.');
    // Both ends in the morning: its part said once.
    expect(formatOpeningHours('mon-sat 08:00-08:30', 'zh-CN')).toBe('周一到周六早上8点到8点半');
  });

  it('a value that cannot be read stops the start-up, naming the variable', () => {
    const fails = (env: Record<string, string>) => {
      try {
        loadConfig({ NODE_ENV: 'test', ...env });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(fails({ SERVICE_CENTER_HOURS: '17:00-09:00' }).join()).toMatch(/SERVICE_CENTER_HOURS/);
    expect(fails({ SERVICE_CENTER_HOURS: '9am-5pm' }).join()).toMatch(/SERVICE_CENTER_HOURS/);
    expect(fails({ SERVICE_CENTER_DAYS: 'weekends' }).join()).toMatch(/SERVICE_CENTER_DAYS/);
    expect(fails({ SERVICE_CENTER_HOURS: '08:00-18:00', SERVICE_CENTER_DAYS: 'MON-SAT' })).toEqual([]);
  });
});
