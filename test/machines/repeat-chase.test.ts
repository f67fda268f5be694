/**
 * Issue 14 item 5 (N24, N12): a second 催办 of the same ticket, in another call, is a repeat chase:
 * the caller hears it is the second reminder and that the supervisor on duty has it, and the
 * escalation says so (第2次催办, a higher priority), not a new chase like the first.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import type { Engine } from '../../src/bootstrap.js';
import { repairFor } from '../support/work-orders.js';

const LANGUAGE_KEY: Record<Locale, string> = { 'zh-CN': '1', 'en-US': '2', 'yue-HK': '3' };

/** 张伟 calls, asks how far his repair is (查询 -> 工单进度) and presses 1 to chase it. */
async function chase(engine: Engine, locale: Locale): Promise<Call> {
  const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
  await call.press(LANGUAGE_KEY[locale]);
  await call.press('2'); // query
  await call.press('3'); // ticket progress
  expect(call.keys.at(-1)).toBe('query.offerExpedite');
  await call.press('1');
  return call;
}

describe('a second 催办 across calls is a repeat chase (issue 14 item 5, N24)', () => {
  for (const [locale, heard] of [
    ['zh-CN', '这是您第2次催办，已报值班负责人督办'],
    ['yue-HK', '呢個係你第2次催辦，已經通知當值主管跟進'],
    ['en-US', 'This is reminder number 2 for this ticket. The supervisor on duty has been told'],
  ] as const) {
    it(`${locale} voice: the first call's chase is an ordinary one; the second call's is told as the second reminder and escalated as such`, async () => {
      let at = new Date('2026-11-25T02:00:00Z');
      const engine = await openTestEngine({ now: () => at });
      const order = await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
      at = new Date(at.getTime() + 20 * 60_000);
      const first = await chase(engine, locale);
      expect(first.keys).toEqual(['query.expedited', 'closing.anythingElse']);
      at = new Date(at.getTime() + 40 * 60_000);
      const second = await chase(engine, locale);
      expect(second.keys).toEqual(['query.expeditedAgain', 'closing.anythingElse']);
      expect(second.said).toContain(heard);
      const chases = (await engine.stores.services.escalations.list()).filter((e) => e.reason === 'expedite');
      expect(chases).toHaveLength(2);
      const repeat = chases.find((e) => e.context['reminder'] === 2);
      expect(repeat?.summary).toContain(`第2次催办工单 ${order.id}`);
      expect(repeat?.priority).toBeGreaterThan(chases.find((e) => e.context['reminder'] === 1)!.priority);
    });
  }
});
