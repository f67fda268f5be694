/**
 * An upset caller anywhere in a call (N3, N12, N24): words that sound upset, in any answer of any
 * flow (a bill, a progress query, the identity question, the callback), make the voice soft from
 * that turn to the end of the call, calm words after them included; a calm caller is never soothed.
 * Before a transfer, a caller who complained or sounded upset hears sorry; the duty desk is told.
 */
import { describe, expect, it } from 'vitest';
import { Call, openTestEngine, UNKNOWN_PHONE, ZHANG_WEI } from '../support/call.js';
import { answer, campaignTarget, readyCallback } from '../support/outbound.js';

/** 22:00 in Shanghai: the night shift is on duty. */
const NIGHT = () => new Date('2026-11-25T14:00:00Z');

async function call(from: string = ZHANG_WEI.phone): Promise<Call> {
  const c = await Call.dial(await openTestEngine({ now: NIGHT }), { from });
  await c.silence(); // Mandarin
  return c;
}

describe('N3: an upset caller is answered softly from that turn on, in any flow', () => {
  it('a bill query: "怎么搞的" at the menu; soft at once, and still soft at the calm "是" that follows', async () => {
    const c = await call();
    expect(c.turn.soothe).toBeUndefined();
    await c.say('我要查电费，怎么搞的，上个月这么贵');
    expect(c.state).toMatch(/^query\.bill\./);
    expect(c.turn.soothe).toBe(true);
    await c.press('1'); // yes, my account
    expect(c.keys).toContain('query.statement');
    expect(c.turn.soothe).toBe(true);
  });

  it('the identity question: "是我，快点行不行！！" is a yes, said angrily: the next question is soft', async () => {
    const c = await call();
    await c.press('1'); // fault repair
    expect(c.state).toBe('faultReport.identity.confirmCaller');
    expect(c.turn.soothe).toBeUndefined();
    await c.say('是我，快点行不行！！');
    expect(c.state).toBe('faultReport.report.askDanger');
    expect(c.turn.soothe).toBe(true);
  });

  it('a progress query (催办): "到底什么时候来人" soothes the rest of the call', async () => {
    const c = await call();
    await c.press('2'); // a query
    await c.press('3'); // progress
    const before = c.turn.soothe;
    await c.say('我报修的到底什么时候来人');
    expect(before).toBeUndefined();
    expect(c.turn.soothe).toBe(true);
  });

  it('a calm caller is never soothed: the same bill query in plain words', async () => {
    const c = await call();
    await c.say('我要查一下电费');
    await c.press('1');
    expect(c.turns.map((t) => t.soothe)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('an English caller ("This is ridiculous") and a Cantonese one ("搞乜鬼呀") are soothed alike', async () => {
    for (const [key, words] of [['2', 'This is ridiculous, I want to check my bill'], ['3', '搞乜鬼呀，我要查電費']] as const) {
      const c = await Call.dial(await openTestEngine({ now: NIGHT }), { from: ZHANG_WEI.phone });
      await c.press(key);
      expect(c.turn.soothe).toBeUndefined();
      await c.say(words);
      expect(c.turn.soothe).toBe(true);
      await c.press('1');
      expect(c.turn.soothe).toBe(true);
    }
  });
});

describe('N12, N24: sorry before a transfer that follows a complaint or upset words', () => {
  it('a complaint, then "转人工": sorry first, then the transfer', async () => {
    const c = await call();
    await c.press('4');
    await c.press('1');
    await c.say('营业厅的人态度不好');
    await c.say('转人工');
    expect(c.keys).toEqual(['transfer.sorry', 'transfer.toAgent']);
    expect(c.turn.end).toMatchObject({ type: 'transfer', queue: 'agent' });
  });

  it('an upset caller asking for an agent at the menu: sorry first', async () => {
    const c = await call();
    await c.say('太过分了，给我转人工');
    expect(c.keys).toEqual(['transfer.sorry', 'transfer.toAgent']);
  });

  it('a calm caller asking for an agent: the transfer only', async () => {
    const c = await call();
    await c.say('转人工');
    expect(c.keys).toEqual(['transfer.toAgent']);
  });

  it('N24: an upset caller put through to the supervisor: the apology of the escalation, and the duty desk is told he is upset', async () => {
    const c = await call(UNKNOWN_PHONE);
    await c.say('你们太过分了，叫你们值班长来');
    expect(c.keys).toEqual(['escalation.connecting']);
    expect(c.said).toMatch(/^很抱歉/);
    expect(c.turn.end).toMatchObject({ type: 'escalate' });
    const [escalation] = await c.engine.stores.services.escalations.list({ phone: UNKNOWN_PHONE });
    expect(escalation?.summary).toContain('caller upset');
    expect(c.turn.end?.type === 'escalate' && c.turn.end.whisper.map((p) => p.key)).toContain('escalation.whisperUpset');
  });

  it('N24: a calm request for the supervisor tells the desk nothing of a mood', async () => {
    const c = await call(UNKNOWN_PHONE);
    await c.say('叫你们值班长来');
    const [escalation] = await c.engine.stores.services.escalations.list({ phone: UNKNOWN_PHONE });
    expect(escalation?.summary).not.toContain('upset');
  });
});

describe('N3: the callback (回访) soothes an upset customer too, and says sorry before a transfer', () => {
  const NOW = new Date('2026-11-25T10:00:00+08:00');

  it('"搞什么，到现在还没处理好" at the consent question: soft from then on; "转人工": sorry first', async () => {
    const e = await openTestEngine({ now: () => NOW });
    const { task } = await readyCallback(e, { now: NOW });
    const c = await answer(e, task);
    await c.say('是我');
    expect(c.turn.soothe).toBeUndefined();
    await c.say('搞什么，到现在还没处理好');
    expect(c.turn.soothe).toBe(true);
    await c.say('转人工');
    expect(c.keys).toEqual(['transfer.sorry', 'transfer.toAgent']);
    expect(c.turn.soothe).toBe(true);
  });

  it('a calm customer asking for an agent in the callback: the transfer only, the usual voice', async () => {
    const e = await openTestEngine({ now: () => NOW });
    const { task } = await readyCallback(e, { now: NOW });
    const c = await answer(e, task);
    await c.say('是我');
    await c.say('转人工');
    expect(c.keys).toEqual(['transfer.toAgent']);
    expect(c.turn.soothe).toBeUndefined();
  });
});

describe('N3: proactive service (主动服务) soothes an upset customer from that turn on', () => {
  const NOW = new Date('2026-11-25T15:00:00+08:00');

  it('"你们又停电，烦死了" at "is now convenient?": soft, and still soft when the service is presented', async () => {
    const e = await openTestEngine({ now: () => NOW });
    const { task } = await campaignTarget(e, { now: NOW });
    const c = await answer(e, task);
    expect(c.turn.soothe).toBeUndefined();
    await c.say('你们又停电，烦死了，说吧');
    expect(c.turn.soothe).toBe(true);
    await c.press('1');
    expect(c.turn.soothe).toBe(true);
  });
});
