import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecognizerFromEnv } from '../../src/nlu/from-env.js';
import { startFakeNluServer, type FakeNluServer } from './helpers/nlu-server.js';

let server: FakeNluServer;
beforeAll(async () => {
  server = await startFakeNluServer();
});
afterAll(() => server.close());

describe('createRecognizerFromEnv', () => {
  it('without NLU_URL uses the built-in recognizer', async () => {
    const r = createRecognizerFromEnv({});
    expect((await r.recognize('我家停电了', 'zh-CN'))?.intent).toBe('fault_report');
  });

  it('with NLU_URL asks the service', async () => {
    const r = createRecognizerFromEnv({ NLU_URL: server.url('/ok') });
    expect((await r.recognize('我家停电了', 'zh-CN'))?.intent).toBe('bill_query');
  });

  it('NLU_TIMEOUT_MS bounds the wait before the built-in recognizer answers', async () => {
    const r = createRecognizerFromEnv({ NLU_URL: server.url('/slow'), NLU_TIMEOUT_MS: '100' });
    const started = Date.now();
    expect((await r.recognize('我家停电了', 'zh-CN'))?.intent).toBe('fault_report');
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('NLU_THRESHOLD sets the no-match threshold', async () => {
    const r = createRecognizerFromEnv({ NLU_THRESHOLD: '0.8' });
    expect(await r.recognize('我想问一下', 'zh-CN')).toBeNull();
  });

  it.each([
    [{ NLU_URL: 'not a url' }, /NLU_URL is not a URL/],
    [{ NLU_URL: 'ftp://127.0.0.1/nlu' }, /http or https/],
    [{ NLU_URL: 'http://127.0.0.1/nlu', NLU_TIMEOUT_MS: 'soon' }, /NLU_TIMEOUT_MS must be a number/],
    [{ NLU_URL: 'http://127.0.0.1/nlu', NLU_TIMEOUT_MS: '0' }, /NLU_TIMEOUT_MS/],
    [{ NLU_THRESHOLD: '2' }, /NLU_THRESHOLD/],
    [{ NLU_ABUSE_LEXICON_FILE: '/nonexistent/abuse.json' }, /abuse lexicon \/nonexistent\/abuse\.json/],
  ])('rejects bad configuration %j at start-up', (env, message) => {
    expect(() => createRecognizerFromEnv(env)).toThrow(message);
  });
});
