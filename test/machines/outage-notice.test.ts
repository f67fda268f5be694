/**
 * The known outage told as soon as the caller is identified (停电信息主动告知, issue 14 item 6, N10):
 * a phone caller whose own number is on an account in an area with an outage in force hears it,
 * with its restore time, before the menu question, and may be registered as affected (no duplicate
 * ticket); identified in the fault report, before its questions. A caller with something else to
 * report goes on as usual and is not told the same outage again. Danger said at the offer still
 * goes first. The demo data: 陈强 and 赵磊 are in 东山镇, where a line fault is being repaired; 张伟 is
 * in 城关区, where planned work is due tomorrow 9:00-17:00: told as a short notice with its period,
 * nothing offered (it has not happened); 刘洋's 西河乡 has no outage.
 */
import { describe, expect, it } from 'vitest';
import { Call, CHEN_QIANG, openTestEngine, ZHANG_WEI } from '../support/call.js';
import { upsertOutage } from '../../src/store/sqlite/outage-board.js';
import type { Db } from '../../src/store/sqlite/database.js';

const ZHAO_LEI = { phone: '+8615012345678', account: '3100678901' }; // 东山镇 too
const LIU_YANG = { phone: '+8613500135000' }; // 西河乡: no outage

/** The callers registered on an outage, from the embedded database. */
function registrations(db: Db, outageId: string) {
  return db.prepare('SELECT phone, account FROM outage_reports WHERE outage_id = ?').all(outageId) as { phone: string | null; account: string | null }[];
}

async function engineWithDb() {
  let db: Db | null = null;
  const engine = await openTestEngine({ onDatabase: (opened) => void (db = opened) });
  return { engine, db: db! };
}

describe('the outage on the caller\'s area, told once he is identified (issue 14 item 6, N10)', () => {
  it('zh-CN voice: 陈强 hears the 东山镇 fault and its restore time right after the language offer, before the menu; registered, no ticket', async () => {
    const { engine, db } = await engineWithDb();
    const call = await Call.dial(engine, { from: CHEN_QIANG.phone });
    await call.silence(); // Mandarin
    expect(call.keys).toEqual(['fault.knownOutageFault', 'outage.offer']);
    expect(call.said).toMatch(/^很抱歉，东山镇线路故障抢修中，预计.+来电。 登记您家受影响请按1，其他问题请按2。$/);
    expect(Date.parse(String(call.turn.prompts[0]?.values?.restoreAt))).toBeGreaterThan(Date.now());
    await call.press('1');
    expect(call.keys).toEqual(['fault.registeredOnOutage', 'closing.anythingElse']);
    expect(registrations(db, 'demo-dongshan-fault')).toEqual([{ phone: CHEN_QIANG.phone, account: CHEN_QIANG.account }]);
    expect(await engine.stores.services.workOrders.list({ phone: CHEN_QIANG.phone })).toEqual([]);
    await call.say('没有了');
    expect(call.keys).toEqual(['closing.goodbye']); // N20
  });

  it('yue-HK voice: "唔係，我有第二啲事": the menu, then an ordinary repair; the outage is not told again', async () => {
    const { engine, db } = await engineWithDb();
    const call = await Call.dial(engine, { from: CHEN_QIANG.phone });
    await call.press('3'); // Cantonese
    expect(call.keys).toEqual(['fault.knownOutageFault', 'outage.offer']);
    expect(call.said).toContain('東山鎮線路搶修緊');
    await call.say('唔係，我有第二啲事');
    expect(call.keys).toEqual(['menu.main']);
    await call.press('1'); // fault repair
    await call.press('1'); // this account
    expect(call.keys).toEqual(['identity.confirmed', 'fault.askDanger']);
    await call.press('2'); // no danger
    await call.press('1'); // my home only
    expect(call.keys).toEqual(['fault.askDescription']); // the outage found there is the one he said was not his
    await call.say('屋企個總掣跳咗，推唔返上去');
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    expect(call.keys[0]).toBe('fault.ticketCreated');
    const [order] = await engine.stores.services.workOrders.list({ phone: CHEN_QIANG.phone });
    expect(order).toMatchObject({ kind: 'repair', account: CHEN_QIANG.account, areaId: 'dongshan', promisedArrivalMinutes: 90 });
    expect(registrations(db, 'demo-dongshan-fault')).toEqual([]);
  });

  it('en-US voice: a fault said at the language offer: identified, then the outage before the danger question', async () => {
    const { engine, db } = await engineWithDb();
    const call = await Call.dial(engine, { from: ZHAO_LEI.phone });
    await call.say('my power is out');
    expect(call.keys.at(-1)).toBe('identity.confirmCaller');
    await call.say('yes');
    expect(call.keys).toEqual(['identity.confirmed', 'fault.knownOutageFault', 'outage.offer']);
    expect(call.said).toContain('Dongshan Town');
    await call.say("yes, that's why I'm calling");
    expect(call.keys).toEqual(['fault.registeredOnOutage', 'closing.anythingElse']);
    expect(registrations(db, 'demo-dongshan-fault')).toEqual([{ phone: ZHAO_LEI.phone, account: ZHAO_LEI.account }]);
    expect(await engine.stores.services.workOrders.list({ phone: ZHAO_LEI.phone })).toEqual([]);
  });

  it('zh-CN voice: danger said at the offer goes first (N10): the safety advice, then the danger report', async () => {
    const call = await Call.dial(await openTestEngine(), { from: CHEN_QIANG.phone });
    await call.silence();
    await call.say('门口电线掉下来了，还在冒火花');
    expect(call.keys[0]).toBe('fault.safetyAdvice');
    expect(call.turn.prompts[0]?.safety).toBe(true);
  });

  it('zh-CN voice: planned work under way in 城关区 is told as planned; "其他问题" goes to the menu', async () => {
    const { engine, db } = await engineWithDb();
    const now = Date.now();
    upsertOutage(db, {
      id: 'planned-now', areaId: 'chengguan', kind: 'planned', reason: '10千伏城关线检修',
      startsAt: new Date(now - 3_600_000).toISOString(), expectedRestoreAt: new Date(now + 3 * 3_600_000).toISOString(),
    });
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    expect(call.keys).toEqual(['fault.knownOutagePlanned', 'outage.offer']);
    expect(call.said).toMatch(/^很抱歉，城关区正在进行计划检修，/);
    await call.say('其他问题');
    expect(call.keys).toEqual(['menu.main']);
  });

  it('zh-CN voice: no outage on the area (西河乡): the menu comes at once, as before', async () => {
    const call = await Call.dial(await openTestEngine(), { from: LIU_YANG.phone });
    await call.silence();
    expect(call.keys).toEqual(['menu.main']);
  });

  it('zh-CN voice: 张伟 hears tomorrow\'s planned work in 城关区 with its period, no offer, then the menu', async () => {
    const { engine, db } = await engineWithDb();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.silence();
    expect(call.keys).toEqual(['outage.upcoming', 'menu.main']);
    expect(call.said).toMatch(/^提醒您，城关区明天上午9点到下午5点计划停电。 报修请按1/);
    expect(call.turn.ask?.choices.map((c) => c.id)).not.toContain('register');
    expect(registrations(db, 'demo-chengguan-planned')).toEqual([]);
  });

  it('yue-HK voice: the planned work to come in natural Cantonese times; a repair after it is an ordinary ticket, not told again', async () => {
    const { engine, db } = await engineWithDb();
    const call = await Call.dial(engine, { from: ZHANG_WEI.phone });
    await call.press('3'); // Cantonese
    expect(call.keys).toEqual(['outage.upcoming', 'menu.main']);
    expect(call.said).toContain('提提你，城關區聽日上晝9點到下晝5點計劃停電。');
    await call.press('1'); // fault repair
    await call.press('1'); // this account
    expect(call.keys).toEqual(['identity.confirmed', 'fault.askDanger']); // no second notice
    await call.press('2'); // no danger
    await call.press('1'); // my home only
    expect(call.keys).toEqual(['fault.askDescription']);
    await call.say('屋企個總掣跳咗，推唔返上去');
    await call.press('1'); // the read-back is right
    await call.press('1'); // the number is right
    expect(call.keys[0]).toBe('fault.ticketCreated');
    const [order] = await engine.stores.services.workOrders.list({ phone: ZHANG_WEI.phone });
    expect(order).toMatchObject({ kind: 'repair', account: ZHANG_WEI.account, areaId: 'chengguan' });
    expect(registrations(db, 'demo-chengguan-planned')).toEqual([]);
  });

  it('en-US voice: a fault said at the language offer: identified, then the planned work to come, then the danger question', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.say('my power is out');
    expect(call.keys.at(-1)).toBe('identity.confirmCaller');
    await call.say('yes');
    expect(call.keys).toEqual(['identity.confirmed', 'outage.upcoming', 'fault.askDanger']);
    expect(call.said).toContain('Just so you know, power in Chengguan District will be off for planned work tomorrow from 9 a.m. to 5 p.m.');
  });

  it('zh-CN chat: a typed number is a claim: no outage before the menu or after identity; the place named finds it', async () => {
    const call = await Call.dial(await openTestEngine(), { channel: 'chat', from: CHEN_QIANG.phone });
    await call.type('普通话');
    expect(call.keys).toEqual(['menu.main']);
    await call.choose('fault_report');
    expect(call.keys).toEqual(['identity.confirmClaimed']);
    await call.choose('yes');
    expect(call.keys).toEqual(['identity.confirmed', 'fault.askDanger']);
    await call.choose('no');
    await call.choose('area');
    expect(call.keys).toEqual(['fault.askAddress']); // his address is not said to a claim (issue 10 item 1)
    await call.type('东山镇桃园村3组');
    expect(call.keys).toEqual(['fault.knownOutageFault', 'fault.registeredOnOutage', 'closing.anythingElse']);
  });
});

describe('N8, N10: "什么时候来电" after the outage was told is answered with its restore time at once, not with the account again', () => {
  for (const [key, when, restore, offer] of [
    ['1', '什么时候来电', /^东山镇预计.+来电。$/, '登记'],
    ['3', '幾時有電呀', /^東山鎮預計.+有電。$/, '登記'],
    ['2', 'when will the power be back', /^Power in Dongshan Town should be back by .+\.$/, 'press 1'],
  ] as const) {
    it(`${key === '1' ? 'zh-CN' : key === '3' ? 'yue-HK' : 'en-US'} voice: at the offer and at "anything else?" after registering`, async () => {
      const call = await Call.dial(await openTestEngine(), { from: CHEN_QIANG.phone });
      await call.press(key);
      expect(call.keys).toEqual(['fault.knownOutageFault', 'outage.offer']);
      await call.say(when);
      expect(call.keys).toEqual(['outage.restoreAt', 'outage.offer']);
      expect(call.heard[0]).toMatch(restore);
      expect(call.heard[1]).toContain(offer);
      await call.press('1'); // registered as affected
      expect(call.keys).toEqual(['fault.registeredOnOutage', 'closing.anythingElse']);
      await call.say(when);
      expect(call.keys).toEqual(['outage.restoreAt', 'closing.anythingElse']);
      expect(call.state).toBe('closing.anythingElse');
    });
  }

  it('zh-CN: 张伟, told of planned work still to come, asks the schedule as usual (nothing in force to tell)', async () => {
    const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
    await call.silence();
    await call.say('我要查一下电费');
    await call.press('1');
    await call.say('什么时候来电');
    expect(call.keys).not.toContain('outage.restoreAt');
  });
});
