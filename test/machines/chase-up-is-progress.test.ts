/**
 * Audit 2, finding 3: a chase-up (催办) of an open repair is the progress query, not a complaint.
 * "我上午报修的，怎么还没人来" at the menu tells the promise and offers 催办 (N9, N12); "能不能催一下"
 * again at "anything else?" after it was expedited is told it is in hand, with the promise, and is
 * not sent to the duty supervisor twice nor taken into a complaint. The caller who says 投诉 in his
 * own words still gets the complaint (N13).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';
import type { Engine } from '../../src/bootstrap.js';
import { repairFor } from '../support/work-orders.js';

const TEN_AM = () => new Date('2026-11-25T02:00:00Z');

async function withOpenRepair(): Promise<Engine> {
  const engine = await openTestEngine({ now: TEN_AM });
  await engine.stores.services.workOrders.create(repairFor(ZHANG_WEI.phone));
  return engine;
}

async function expedites(engine: Engine) {
  return (await engine.stores.services.escalations.list()).filter((e) => e.reason === 'expedite');
}

const LOCALES = [
  { locale: 'zh-CN', pick: () => undefined, chase: '我上午报修的，怎么还没人来', again: '能不能催一下，太慢了' },
  { locale: 'yue-HK', pick: '3', chase: '我朝早報咗修，點解仲未有人嚟', again: '可唔可以催吓，好慢呀' },
  { locale: 'en-US', pick: '2', chase: 'I reported a fault this morning and nobody has come yet', again: 'can you chase it up again, it is too slow' },
] as const;

describe('a chase-up of an open repair is its progress, not a complaint (audit 2, finding 3; N9, N12)', () => {
  for (const { locale, pick, chase, again } of LOCALES) {
    it(`${locale} voice: "${chase}" hears the promise and 催办; asked again later, it is in hand, once`, async () => {
      const engine = await withOpenRepair();
      const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
      if (typeof pick === 'string') await call.press(pick);
      else await call.silence();
      await call.say(chase);
      expect(call.keys.slice(-2)).toEqual(['query.progressRepair', 'query.offerExpedite']);
      expect(call.keys).not.toContain('complaint.askWhat');
      await call.press('1');
      expect(call.keys).toEqual(['query.expedited', 'closing.anythingElse']);
      await call.say(again);
      expect(call.keys).toEqual(['query.progressRepair', 'query.alreadyExpedited', 'closing.anythingElse']);
      expect(await expedites(engine)).toHaveLength(1);
    });
  }

  it('zh-CN voice: "我要投诉，报修了怎么还没人来" names the complaint in its own words: the complaint (N13)', async () => {
    const call = await Call.dial(await withOpenRepair(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('我要投诉，报修了怎么还没人来');
    expect(call.state.startsWith('complaint.')).toBe(true);
  });
});
