import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

async function reportCall() {
  const call = await Call.dial(await openTestEngine(), { from: ZHANG_WEI.phone });
  await call.silence();
  await call.say('我要举报有人偷电');
  return call;
}

describe('reports (举报, N9)', () => {
  it('an anonymous report of electricity theft keeps no number or account', async () => {
    const call = await reportCall();
    expect(call.keys).toEqual(['report.askType']);
    await call.press('1'); // theft
    await call.press('1'); // anonymous
    await call.say('东山镇新街有户人家私拉电线 晚上最明显');
    expect(call.keys).toEqual(['report.readBack', 'common.isThatRight']);
    await call.press('1');
    expect(call.keys).toEqual(['report.recorded', 'ticket.again', 'ticket.offerAgain']);
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'report', subtype: 'theft', anonymous: true, phone: null, account: null });
    expect(order?.description).toContain('私拉电线');
  });

  it('a named report of staff misconduct keeps the number for the result', async () => {
    const call = await reportCall();
    await call.press('2'); // misconduct
    await call.press('2'); // not anonymous
    await call.say('抄表员收钱不开票');
    await call.press('1');
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'report', subtype: 'misconduct', anonymous: false, phone: ZHANG_WEI.phone });
  });
});
