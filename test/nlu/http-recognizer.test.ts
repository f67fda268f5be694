import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRecognizer, parseNluResponse } from '../../src/nlu/http-recognizer.js';
import { startFakeNluServer, type FakeNluServer } from './helpers/nlu-server.js';

let server: FakeNluServer;
beforeAll(async () => {
  server = await startFakeNluServer();
});
afterAll(() => server.close());

// A generous bound where the test is not about the timeout: a loaded CI machine must not turn an
// answer into a fallback.
function recognizer(path: string, timeoutMs = 3000) {
  const reasons: string[] = [];
  const r = createHttpRecognizer({ url: server.url(path), timeoutMs, onFallback: (why) => reasons.push(why) });
  return { r, reasons };
}

describe('external NLU over HTTP', () => {
  it('posts {text, locale} and returns the validated answer', async () => {
    const { r, reasons } = recognizer('/ok');
    const result = await r.recognize('我家停电了', 'zh-CN');
    expect(result).toEqual({ intent: 'bill_query', confidence: 0.81, entities: { digits: '3100123456' } });
    expect(server.requests.at(-1)).toEqual({ path: '/ok', body: { text: '我家停电了', locale: 'zh-CN' } });
    expect(reasons).toEqual([]);
  });

  it('a null answer is a no match, not an error', async () => {
    const { r, reasons } = recognizer('/null');
    expect(await r.recognize('我家停电了', 'zh-CN')).toBeNull();
    expect(reasons).toEqual([]);
  });

  it('a slow service times out and the built-in recognizer answers', async () => {
    const { r, reasons } = recognizer('/slow', 100);
    const started = Date.now();
    const result = await r.recognize('我家停电了', 'zh-CN');
    // The service answers after 5 s; the recognizer did not wait for it.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result?.intent).toBe('fault_report');
    expect(reasons[0]).toMatch(/timeout after 100 ms/);
  });

  it('a 500 falls back to the built-in recognizer', async () => {
    const { r, reasons } = recognizer('/500');
    expect((await r.recognize('转人工', 'zh-CN'))?.intent).toBe('agent');
    expect(reasons).toEqual(['HTTP 500']);
  });

  it('an answer that breaks the contract falls back', async () => {
    const invalid = recognizer('/invalid');
    expect((await invalid.r.recognize('I want to file a complaint', 'en-US'))?.intent).toBe('complaint');
    expect(invalid.reasons[0]).toMatch(/invalid response: unknown intent "weather"/);
    const garbage = recognizer('/not-json');
    expect((await garbage.r.recognize('I want to file a complaint', 'en-US'))?.intent).toBe('complaint');
    expect(garbage.reasons[0]).toBe('invalid response: not JSON');
  });

  it('an unreachable service falls back', async () => {
    const reasons: string[] = [];
    const r = createHttpRecognizer({ url: 'http://127.0.0.1:1/nlu', timeoutMs: 500, onFallback: (w) => reasons.push(w) });
    expect((await r.recognize('再说一遍', 'zh-CN'))?.intent).toBe('repeat');
    expect(reasons[0]).toMatch(/request failed/);
  });

  it('N10: danger is decided locally, whatever the service would say', async () => {
    const { r } = recognizer('/ok');
    const before = server.requests.length;
    expect((await r.recognize('电线掉在地上了', 'zh-CN'))?.intent).toBe('danger');
    expect(server.requests.length).toBe(before);
  });
});

describe('parseNluResponse', () => {
  it('accepts the contract and a missing entities object', () => {
    expect(parseNluResponse({ intent: 'goodbye', confidence: 1 })).toEqual({
      ok: true,
      result: { intent: 'goodbye', confidence: 1, entities: {} },
    });
    expect(parseNluResponse({ intent: null })).toEqual({ ok: true, result: null });
  });

  it.each([
    [[], 'not an object'],
    ['goodbye', 'not an object'],
    [{ intent: 'goodbye' }, 'confidence'],
    [{ intent: 'goodbye', confidence: -0.1 }, 'confidence'],
    [{ intent: 'goodbye', confidence: 0.5, entities: { digits: 123 } }, 'entity "digits"'],
    [{ intent: 'goodbye', confidence: 0.5, entities: [] }, 'entities'],
  ])('rejects %j', (body, error) => {
    const parsed = parseNluResponse(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });
});
