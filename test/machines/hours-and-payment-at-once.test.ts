/**
 * Audit 2, finding 5 (N9, N11): the simplest consultations are answered at once, in every locale,
 * never a two-day callback: the service centers' hours ("营业厅周末开门吗") and how to pay
 * ("怎么交电费": the app, a bank, a service center, a self-service kiosk). At the menu, at the
 * topic menu, after "其他问题", and at "anything else?" after the bill (not the bill again, nor the
 * account number).
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, ZHANG_WEI } from '../support/call.js';

const CALLER = '+8613912345678';

const LOCALES = [
  { locale: 'zh-CN', pick: undefined, hours: '请问营业厅周末开门吗', pay: '欠的钱怎么交', heardHours: '营业厅每天上午9点到下午5点营业', heardPay: '网上国网App、银行、营业厅或自助缴费机', bill: '我想查一下电费' },
  { locale: 'yue-HK', pick: '3', hours: '營業廳星期六開唔開門', pay: '我想問點樣交電費', heardHours: '營業廳每日上晝9點到下晝5點開', heardPay: '網上國網App、銀行、營業廳或者自助繳費機', bill: '我想查電費' },
  { locale: 'en-US', pick: '2', hours: 'are you open on weekends', pay: 'how do I pay my bill', heardHours: 'open every day from 9 a.m. to 5 p.m.', heardPay: 'self-service kiosk', bill: 'I want to check my bill' },
] as const;

async function dial(pick: string | undefined, from = CALLER) {
  const call = await Call.dial(await openTestEngine(), { from });
  if (pick) await call.press(pick);
  else await call.silence();
  return call;
}

describe('hours and how to pay are answered at once (audit 2, finding 5; N9, N11)', () => {
  for (const { locale, pick, hours, pay, heardHours, heardPay, bill } of LOCALES) {
    it(`${locale} voice: "${hours}" at the menu, then "${pay}": both answered, no callback promised`, async () => {
      const call = await dial(pick);
      await call.say(hours);
      expect(call.keys).toEqual(['kb.businessHours', 'closing.anythingElse']);
      expect(call.said).toContain(heardHours);
      await call.say(pay);
      expect(call.keys).toEqual(['kb.payment', 'closing.anythingElse']);
      expect(call.said).toContain(heardPay);
      expect(await call.engine.stores.services.callbacks.list({ phone: CALLER })).toEqual([]);
    });

    it(`${locale} voice: at the topic menu and after "other question" the same words are answered`, async () => {
      const call = await dial(pick);
      await call.press('3'); // consultation
      expect(call.state).toBe('consultation.askTopic');
      await call.say(hours);
      expect(call.keys[0]).toBe('kb.businessHours');
      const other = await dial(pick);
      await other.press('3');
      await other.press('6'); // other question
      await other.say(pay);
      expect(other.keys[0]).toBe('kb.payment');
      expect(other.keys).not.toContain('consultation.callbackPromised');
    });

    it(`${locale} voice: after the bill, "${pay}" is how to pay, not the bill or the account number again`, async () => {
      const call = await dial(pick, ZHANG_WEI.phone);
      await call.say(bill);
      await call.press('1'); // my account
      expect(call.keys).toContain('query.lastBill');
      await call.say(pay);
      expect(call.keys).toEqual(['kb.payment', 'closing.anythingElse']);
    });
  }
});

describe('a question taken for research: the number is read back before the callback is promised (audit 2, finding 5; N8, N11)', () => {
  for (const { locale, pick } of LOCALES) {
    it(`${locale} voice: "other question", the question, the caller's number read back, then the promise`, async () => {
      const call = await dial(pick);
      await call.press('3'); // consultation
      await call.press('6'); // other question
      await call.say(locale === 'en-US' ? 'can my meter be moved to the other wall' : '我家电表能不能换个位置');
      expect(call.keys).toEqual(['consultation.confirmContact']);
      expect(call.turn.prompts[0]?.values?.contact).toBe('13912345678');
      expect(await call.engine.stores.services.callbacks.list({ phone: CALLER })).toEqual([]);
      await call.press('1'); // the number is right
      expect(call.keys).toEqual(['consultation.callbackPromised', 'closing.anythingElse']);
      const [task] = await call.engine.stores.services.callbacks.list({ phone: CALLER });
      expect(task).toMatchObject({ kind: 'question', phone: CALLER });
    });
  }

  it('zh-CN voice: "不对，打幺三八零零幺三八零零零" gives another number, read back in its turn', async () => {
    const call = await dial(undefined);
    await call.press('3');
    await call.press('6');
    await call.say('我家电表能不能换个位置');
    await call.say('不对，打幺三八零零幺三八零零零');
    expect(call.keys).toEqual(['consultation.confirmContact']);
    expect(call.turn.prompts[0]?.values?.contact).toBe('13800138000');
  });
});
