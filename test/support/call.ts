/**
 * A caller for flow tests: dials the engine (real SQLite stores with the demo data, the real
 * recognizer and prompt catalogue) and presses keys, speaks, types or stays silent.
 * `call.keys` are the catalogue keys of what was said this turn; `call.heard` is the words.
 */
import { randomBytes } from 'node:crypto';
import { afterEach } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { bootstrap, type BootstrapOptions, type Engine } from '../../src/bootstrap.js';
import type { Channel, Input, Turn } from '../../src/core/conversation.js';
import type { Locale } from '../../src/core/locale.js';
import { renderText } from '../../src/prompts/render-text.js';
import { renderVoice } from '../../src/prompts/render-voice.js';

const engines: Engine[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close();
});

export interface TestEngineOptions {
  /** A data directory for a file database (to test restarts); in-memory otherwise. */
  dataDir?: string;
  now?: () => Date;
  env?: Record<string, string>;
  /** Twilio's REST API for verification SMS (test/support/twilio-rest.ts). */
  twilioHttpClient?: BootstrapOptions['twilioHttpClient'];
  /** Told of the embedded database when it is opened (fault injection). */
  onDatabase?: BootstrapOptions['onDatabase'];
}

/** An engine on a private database seeded with the demo data; closed after the test. */
export async function openTestEngine(options: TestEngineOptions = {}): Promise<Engine> {
  const env = { NODE_ENV: 'test', DATA_DIR: options.dataDir ?? '/nonexistent-unused', ...options.env };
  const engine = await bootstrap(loadConfig(env), {
    dataDir: options.dataDir ?? ':memory:',
    env,
    ...(options.now ? { now: options.now } : {}),
    ...(options.twilioHttpClient ? { twilioHttpClient: options.twilioHttpClient } : {}),
    ...(options.onDatabase ? { onDatabase: options.onDatabase } : {}),
  });
  engines.push(engine);
  return engine;
}

let callCount = 0;
/** Conversation ids unique across runs too: records in a shared Redis outlive a run. */
const RUN = randomBytes(4).toString('hex');

export class Call {
  turn!: Turn;
  readonly turns: Turn[] = [];

  private constructor(
    readonly engine: Engine,
    readonly id: string,
    readonly channel: Channel,
  ) {}

  /** Dial in (voice) or open a chat; `from` is the caller's number. */
  static async dial(
    engine: Engine,
    options: { from?: string | null; channel?: Channel; locale?: Locale; id?: string; flow?: string; params?: Record<string, string> } = {},
  ): Promise<Call> {
    const call = new Call(engine, options.id ?? `test-call-${RUN}-${++callCount}`, options.channel ?? 'voice');
    call.record(
      await engine.host.start(call.id, {
        channel: call.channel,
        caller: options.from ?? null,
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.flow ? { flow: options.flow } : {}),
        ...(options.params ? { params: options.params } : {}),
      }),
    );
    return call;
  }

  /** Everything heard this turn as one string. */
  get said(): string {
    return this.heard.join(' ');
  }

  press(digits: string) {
    return this.send({ type: 'dtmf', digits });
  }
  say(transcript: string, confidence = 0.9) {
    return this.send({ type: 'speech', transcript, confidence });
  }
  type(text: string) {
    return this.send({ type: 'text', text });
  }
  choose(id: string) {
    return this.send({ type: 'choice', id });
  }
  silence() {
    return this.send({ type: 'noInput' });
  }
  hangUp() {
    return this.send({ type: 'hangup' });
  }

  async send(input: Input): Promise<Turn> {
    return this.record(await this.engine.host.handle(this.id, input));
  }

  /** Catalogue keys said this turn, in order. */
  get keys(): string[] {
    return this.turn.prompts.map((p) => p.key);
  }

  /** What the caller heard (voice) or read (chat) this turn, one string per prompt. */
  get heard(): string[] {
    return this.channel === 'voice'
      ? renderVoice(this.turn.prompts, this.turn.locale).map((s) => s.text)
      : renderText(this.turn.prompts, this.turn.locale);
  }

  get state(): string {
    return this.turn.state;
  }

  private record(turn: Turn): Turn {
    this.turn = turn;
    this.turns.push(turn);
    return turn;
  }
}

/** Demo callers (docs/demo-data.md). */
export const ZHANG_WEI = { phone: '+8613800138000', account: '3100123456', name: '张伟' };
export const CHEN_QIANG = { phone: '+8613600136000', account: '3100345678' }; // 东山镇: demo outage
export const UNKNOWN_PHONE = '+8613012340000';
