/**
 * The flow studio's plays (issue 13 item 4): a designer chooses a flow, a locale, a medium and a
 * demo caller and steps through the flow on the real engine and services, on a scratch in-memory
 * store with the demo data (never the live database: the simulator's scratch environment,
 * src/channels/cli/scratch.ts). A play is its inputs: rewinding to an earlier turn replays them on
 * a fresh conversation, and the inputs saved are a simulator script (`npm run simulate -- --script`).
 */
import { randomUUID } from 'node:crypto';
import { bootstrap, type Engine } from '../../bootstrap.js';
import { loadConfig } from '../../config.js';
import type { Input, Medium, Turn } from '../../core/conversation.js';
import { LOCALES, type Locale } from '../../core/locale.js';
import { describeInput, type ScriptItem } from '../../channels/cli/script.js';
import { scratchEnv } from '../../channels/cli/scratch.js';
import { outboundTaskFor } from '../../channels/cli/outbound-task.js';
import { DEMO_CUSTOMERS } from '../../store/demo-data.js';
import { choiceLabels, renderText } from '../../prompts/render-text.js';
import { renderVoice } from '../../prompts/render-voice.js';
import { segmentSeconds, turnSeconds } from '../../prompts/speech-rate.js';
import { drawnState, flowPages, type FlowPage } from '../flow-pages.js';

type Env = Record<string, string | undefined>;

export class StudioError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A demo caller to play as (docs/demo-data.md), or an unknown number, or no caller id. */
export interface DemoCaller {
  phone: string | null;
  label: string;
}

export function demoCallers(): DemoCaller[] {
  const byPhone = new Map<string, string[]>();
  for (const c of DEMO_CUSTOMERS) for (const phone of c.phones) byPhone.set(phone, [...(byPhone.get(phone) ?? []), `${c.name} ${c.account}`]);
  return [
    ...[...byPhone].map(([phone, who]) => ({ phone, label: `${phone} (${who.join(', ')})` })),
    { phone: '+8613012340000', label: '+8613012340000 (an unknown number)' },
    { phone: null, label: 'no caller id' },
  ];
}

export interface PlaySettings {
  flow: string;
  locale: Locale;
  medium: Medium;
  caller: string | null;
}

interface Play {
  id: string;
  settings: PlaySettings;
  conversationId: string;
  inputs: Input[];
  turns: { input: Input | null; turn: Turn }[];
  touched: number;
}

/** One turn as the studio shows it. */
export interface TurnView {
  n: number;
  input: ScriptItem | null;
  state: string;
  /** The diagram to show and the state to highlight there. */
  diagram: { page: string; id: string; trail: string[] } | null;
  /** What is heard (voice: text, SSML, seconds at the N2 rate) or read (chat). */
  prompts: { key: string; text: string; ssml?: string; seconds?: number }[];
  seconds: number | null;
  ask: {
    kind: string;
    input: string[];
    choices: { id: string; dtmf?: string; label: string }[];
    numDigits?: number;
    hints: string[];
    timeoutSeconds: number;
    bargeIn: boolean;
  } | null;
  end: Turn['end'];
}

export interface PlayView {
  id: string;
  settings: PlaySettings;
  turns: TurnView[];
  /** The flow's context after the last turn (scratch demo data). */
  context: unknown;
  script: ScriptItem[];
}

const MAX_PLAYS = 50;
const MAX_INPUTS = 200;

export class Studio {
  private engine: Promise<Engine> | null = null;
  private readonly plays = new Map<string, Play>();
  private drawn: FlowPage[] | null = null;

  /** `env`: the server's environment; the studio's engine runs on it without its live connections. */
  constructor(private readonly env: Env) {}

  /** The scratch engine, made at the first play: in-memory stores with the demo data. */
  private scratch(): Promise<Engine> {
    this.engine ??= bootstrap(loadConfig({ ...scratchEnv(this.env, ':memory:'), NODE_ENV: 'development' }), { dataDir: ':memory:' });
    return this.engine;
  }

  /** The flows' pages with their diagrams, drawn at first use (a server that never serves the studio never draws them). */
  get pages(): FlowPage[] {
    this.drawn ??= flowPages();
    return this.drawn;
  }

  flows(): { id: string; pages: string[] }[] {
    const charts = [...new Set(this.pages.map((p) => p.chart))];
    return charts.map((id) => ({ id, pages: this.pages.filter((p) => p.chart === id).map((p) => p.name) }));
  }

  page(name: string): FlowPage | undefined {
    return this.pages.find((p) => p.name === name);
  }

  async start(settings: PlaySettings): Promise<PlayView> {
    if (!this.flows().some((f) => f.id === settings.flow)) throw new StudioError(400, `flow must be one of ${this.flows().map((f) => f.id).join(', ')}`);
    if (!LOCALES.includes(settings.locale)) throw new StudioError(400, `locale must be one of ${LOCALES.join(', ')}`);
    if (settings.medium !== 'voice' && settings.medium !== 'text') throw new StudioError(400, 'medium must be voice or text');
    if (settings.caller !== null && !/^\+[1-9]\d{4,14}$/.test(settings.caller)) throw new StudioError(400, 'caller must be an E.164 number such as +8613800138000, or null');
    const play: Play = { id: randomUUID(), settings, conversationId: '', inputs: [], turns: [], touched: Date.now() };
    await this.begin(play);
    this.plays.set(play.id, play);
    while (this.plays.size > MAX_PLAYS) this.plays.delete(this.plays.keys().next().value!);
    return this.view(play);
  }

  async step(id: string, input: Input): Promise<PlayView> {
    const play = this.play(id);
    if (play.turns.at(-1)?.turn.end) throw new StudioError(409, 'the conversation has ended: rewind or start again');
    if (play.inputs.length >= MAX_INPUTS) throw new StudioError(409, `a play holds at most ${MAX_INPUTS} inputs`);
    const engine = await this.scratch();
    const turn = await engine.host.handle(play.conversationId, input);
    play.inputs.push(input);
    play.turns.push({ input, turn });
    return this.view(play);
  }

  /** Back to turn `n` (0: the first thing said): the inputs before it are played again on a fresh conversation. */
  async rewind(id: string, n: number): Promise<PlayView> {
    const play = this.play(id);
    if (!Number.isInteger(n) || n < 0 || n >= play.turns.length) throw new StudioError(400, `turn must be 0-${play.turns.length - 1}`);
    const inputs = play.inputs.slice(0, n);
    await this.begin(play);
    const engine = await this.scratch();
    for (const input of inputs) {
      play.turns.push({ input, turn: await engine.host.handle(play.conversationId, input) });
      play.inputs.push(input);
    }
    return this.view(play);
  }

  get(id: string): Promise<PlayView> {
    return this.view(this.play(id));
  }

  async close(): Promise<void> {
    if (this.engine) await (await this.engine).close();
  }

  private play(id: string): Play {
    const play = this.plays.get(id);
    if (!play) throw new StudioError(404, 'no such play (plays are kept while the server runs, the last 50)');
    play.touched = Date.now();
    return play;
  }

  private async begin(play: Play): Promise<void> {
    const engine = await this.scratch();
    const { flow, locale, medium } = play.settings;
    const conversationId = `studio-${randomUUID()}`;
    const channel = medium === 'voice' ? 'voice' : 'chat';
    let turn: Turn;
    if (flow === engine.flows.defaultFlow) {
      turn = await engine.host.start(conversationId, { channel, caller: play.settings.caller, locale });
    } else {
      // An outbound call: a demo task taken as the dialler would (the simulator's --task demo).
      const task = await outboundTaskFor(engine, 'demo', flow, conversationId);
      turn = await engine.host.start(conversationId, { flow, channel, caller: task.phone, locale, params: { task: task.id } });
    }
    play.conversationId = conversationId;
    play.inputs = [];
    play.turns = [{ input: null, turn }];
  }

  private async view(play: Play): Promise<PlayView> {
    const engine = await this.scratch();
    const record = await engine.stores.sessions.get(play.conversationId);
    const context = (record?.snapshot as { context?: unknown } | null)?.context ?? null;
    return {
      id: play.id,
      settings: play.settings,
      turns: play.turns.map(({ input, turn }, n) => this.turnView(n, input, turn, play.settings)),
      context,
      script: play.inputs.map(describeInput),
    };
  }

  private turnView(n: number, input: Input | null, turn: Turn, settings: PlaySettings): TurnView {
    const drawn = drawnState(this.pages, settings.flow, turn.state.split('.'));
    const voice = settings.medium === 'voice';
    const segments = voice ? renderVoice(turn.prompts, turn.locale, turn.soothe ? { soothe: true } : {}) : [];
    const texts = voice ? [] : renderText(turn.prompts, turn.locale);
    const labels = turn.ask ? choiceLabels(turn.ask, turn.locale) : [];
    return {
      n,
      input: input ? describeInput(input) : null,
      state: turn.state,
      diagram: drawn ? { page: drawn.page.name, id: drawn.id, trail: drawn.trail } : null,
      prompts: turn.prompts.map((p, i) =>
        voice ? { key: p.key, text: segments[i]!.text, ssml: segments[i]!.ssml, seconds: round(segmentSeconds(segments[i]!)) } : { key: p.key, text: texts[i] ?? '' },
      ),
      seconds: voice ? round(turnSeconds(segments)) : null,
      ask: turn.ask
        ? {
            kind: turn.ask.kind,
            input: turn.ask.input,
            choices: turn.ask.choices.map((c, i) => ({ id: c.id, ...(c.dtmf ? { dtmf: c.dtmf } : {}), label: labels[i]?.label ?? c.id })),
            ...(turn.ask.numDigits ? { numDigits: turn.ask.numDigits } : {}),
            hints: turn.ask.hints,
            timeoutSeconds: turn.ask.timeoutSeconds,
            bargeIn: turn.ask.bargeIn,
          }
        : null,
      end: turn.end,
    };
  }
}

const round = (s: number) => Math.round(s * 10) / 10;
