/**
 * Danger is a global interrupt (N10): said anywhere in a call, it is reported first (safety advice,
 * where, an urgent ticket), and then the call goes back to what the caller was doing, with what
 * they had given kept.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE } from '../support/call.js';

async function ticketOf(call: Call, key: string) {
  const prompt = call.turn.prompts.find((p) => p.key === key);
  return call.engine.stores.services.workOrders.get(String(prompt?.values?.ticket));
}

describe('danger interrupts any business, which goes on afterwards (N10)', () => {
  it('N10, N8: danger at the complaint read-back: an urgent ticket, then the same read-back with the complaint kept', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence(); // Mandarin
    await call.press('4'); // complaint or report
    await call.press('1'); // complaint
    await call.say('抄表员态度很差');
    await call.say('昨天上午');
    await call.say('城关区人民路营业厅');
    await call.silence(); // who: not known
    expect(call.keys).toEqual(['complaint.readBack']);

    await call.say('等一下 我家门口电线掉下来了还在冒火花');
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await call.say('城关区人民路12号门口');
    expect(call.keys).toEqual(['fault.urgentCreated', 'common.resumeBusiness', 'complaint.readBack']);
    expect(await ticketOf(call, 'fault.urgentCreated')).toMatchObject({ kind: 'repair', urgent: true, danger: true, address: '城关区人民路12号门口' });
    expect(call.turn.prompts.at(-1)?.values).toMatchObject({ what: '抄表员态度很差', when: '昨天上午' });

    await call.press('1'); // the complaint is right
    expect(call.keys).toEqual(['complaint.recorded', 'complaint.askSatisfied']);
    expect(await ticketOf(call, 'complaint.recorded')).toMatchObject({ kind: 'complaint', details: { what: '抄表员态度很差', where: '城关区人民路营业厅' } });
  });

  it('N10: danger at the closing question: an urgent ticket, then the closing question again', async () => {
    const call = await Call.dial(await openTestEngine(), { from: UNKNOWN_PHONE });
    await call.silence();
    await call.press('3'); // consultation
    await call.press('1'); // prices
    expect(call.keys.at(-1)).toBe('closing.anythingElse');
    await call.say('对了 楼道里的电表箱在冒烟');
    expect(call.keys).toEqual(['fault.safetyAdvice', 'fault.askDangerLocation']);
    await call.say('城关区解放街12号3单元');
    expect(call.keys).toEqual(['fault.urgentCreated', 'closing.anythingElse']);
  });
});
