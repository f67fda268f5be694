/**
 * Stored conversations for the growth check: a data directory holding `count` conversation records,
 * copies of one real fault-report call played through the engine in this process (same stores,
 * same records as the server writes), before the benchmarked server opens the directory.
 */
import { loadConfig } from '../src/config.js';
import { bootstrap } from '../src/bootstrap.js';
import type { Input } from '../src/core/conversation.js';

const CALL: Input[] = [
  { type: 'noInput' },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '2' },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '1' },
  { type: 'speech', transcript: '家里全部没电了', confidence: 0.9 },
  { type: 'dtmf', digits: '1' },
  { type: 'dtmf', digits: '2' },
];

export async function seedStoredConversations(dataDir: string, count: number): Promise<void> {
  const env = { NODE_ENV: 'test', DATA_DIR: dataDir, DEMO_DATA: 'true', LOG_LEVEL: 'warn' };
  const engine = await bootstrap(loadConfig(env), { env });
  try {
    const template = 'CAseed-template';
    await engine.host.start(template, { channel: 'voice', caller: '+8613800138000' });
    for (const input of CALL) await engine.host.handle(template, input);
    const record = (await engine.stores.sessions.get(template))!;
    for (let n = 1; n < count; n++) {
      await engine.stores.sessions.compareAndSet({ ...record, id: `CAseed${String(n).padStart(8, '0')}`, version: 1 }, 0);
    }
  } finally {
    await engine.close();
  }
}
