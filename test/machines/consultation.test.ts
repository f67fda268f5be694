import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

async function consultationCall(from: string | null = ZHANG_WEI.phone) {
  const call = await Call.dial(await openTestEngine(), { from });
  await call.silence();
  await call.press('3');
  return call;
}

describe('consultation and business (N9, N11, N25)', () => {
  it('the knowledge base answers a price question', async () => {
    const call = await consultationCall();
    expect(call.keys).toEqual(['consultation.askTopic']);
    await call.press('1');
    expect(call.keys).toEqual(['kb.prices', 'kb.pricesTiers', 'kb.offerTimeOfUse']);
    expect(call.heard.join('')).toContain('400度以上0.838元');
  });

  it('an EV charger application: the documents are explained, the address and number read back (N8), the application registered with the next step', async () => {
    const call = await consultationCall();
    await call.press('3');
    expect(call.keys).toEqual(['kb.evCharger', 'consultation.offerApplication']);
    await call.press('1');
    expect(call.keys).toEqual(['consultation.askAddress']);
    await call.say('就是城关区人民路88号地下车库B12车位吧');
    expect(call.keys).toEqual(['consultation.readBack', 'common.readBackContact', 'common.isThatRight']);
    expect(call.said).toContain('用电地址城关区人民路88号地下车库B12车位。');
    expect(call.said).toContain('联系电话幺三八 零零幺三 八零零零。');
    await call.press('1');
    expect(call.keys).toEqual(['consultation.applicationRegistered', 'ticket.again', 'ticket.offerAgain']);
    const order = await call.engine.stores.services.workOrders.get(String(call.turn.prompts[0]?.values?.ticket));
    expect(order).toMatchObject({ kind: 'application', subtype: 'ev_charger', phone: ZHANG_WEI.phone, address: '城关区人民路88号地下车库B12车位' });
  });

  it('N11: a question that cannot be answered at once: an apology, a contact number, a callback task with a deadline', async () => {
    const call = await consultationCall(null);
    await call.press('6');
    expect(call.keys).toEqual(['consultation.askQuestion']);
    await call.say('我家光伏发电并网以后怎么结算');
    expect(call.keys).toEqual(['consultation.askContact']);
    await call.press('13800138777');
    // The number is read back before the callback is promised (N8; audit 2, finding 5).
    expect(call.keys).toEqual(['consultation.confirmContact']);
    await call.press('1');
    expect(call.keys).toEqual(['consultation.callbackPromised', 'closing.anythingElse']);
    const [task] = await call.engine.stores.services.callbacks.list({ phone: '+8613800138777' });
    expect(task).toMatchObject({ kind: 'question', notes: '我家光伏发电并网以后怎么结算', status: 'pending' });
    expect(task?.dueAt).toBe(call.turn.prompts[0]?.values?.deadline);
  });

  it('a caller who needs no application now goes on to "anything else"', async () => {
    const call = await consultationCall();
    await call.press('2'); // new connection
    await call.press('2'); // not now
    expect(call.keys).toEqual(['closing.anythingElse']);
  });
});
