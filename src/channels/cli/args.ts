/** Command-line arguments of `npm run simulate`. */
import { isLocale, type Locale } from '../../core/locale.js';
import type { Medium } from '../../core/conversation.js';

export interface SimulateArgs {
  locale: Locale | null;
  from: string | null;
  medium: Medium;
  script: string | null;
  json: boolean;
  /** The flow to run: inbound by default; callback or proactive play an outbound task (--task). */
  flow: string | null;
  /** The outbound task to play, or "demo" to make one from the demo data. */
  task: string | null;
  /** Twilio's AnsweredBy for an outbound call: human (default), machine_start, ... */
  answeredBy: string | null;
  /**
   * Where the simulated call keeps its data (SQLite). null: a scratch directory, made for this run
   * and removed at exit, so a play never files tickets or escalations in the live database.
   */
  dataDir: string | null;
}

export const USAGE = `usage: npm run simulate -- [--locale zh-CN|en-US|yue-HK] [--from +8613800138000] [--medium voice|chat] [--script FILE] [--json] [--data-dir DIR]
       npm run simulate -- --flow callback|proactive --task ID|demo [--answered-by human|machine_start] [--locale ...] [--script FILE] [--json] [--data-dir DIR]
  the data (SQLite, demo data) is in a scratch directory removed at exit, unless --data-dir DIR names one
  (DATA_DIR, DATABASE_URL and REDIS_URL of the environment are not used: they may be the live ones);
  an outbound flow plays the call the dialler would place for the task (its ending is recorded on the task);
  interactive input: digits are key presses (voice), other text is speech (voice) or a message (chat);
  /silence = say nothing, /hangup = hang up, /choice ID = pick a quick reply, /quit = leave.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): SimulateArgs {
  const args: SimulateArgs = { locale: null, from: null, medium: 'voice', script: null, json: false, flow: null, task: null, answeredBy: null, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--locale': {
        const v = value();
        if (!isLocale(v)) throw new UsageError(`--locale must be zh-CN, en-US or yue-HK, got '${v}'`);
        args.locale = v;
        break;
      }
      case '--from':
        args.from = value();
        break;
      case '--medium': {
        const v = value();
        if (v === 'voice') args.medium = 'voice';
        else if (v === 'chat' || v === 'text') args.medium = 'text';
        else throw new UsageError(`--medium must be voice or chat, got '${v}'`);
        break;
      }
      case '--script':
        args.script = value();
        break;
      case '--json':
        args.json = true;
        break;
      case '--flow': {
        const v = value();
        if (!/^[a-z][a-z0-9_-]{0,31}$/.test(v)) throw new UsageError(`--flow must be a flow id such as callback or proactive, got '${v}'`);
        args.flow = v;
        break;
      }
      case '--task':
        args.task = value();
        break;
      case '--answered-by': {
        const v = value();
        if (!/^[a-z_]{1,32}$/.test(v)) throw new UsageError(`--answered-by must be Twilio's AnsweredBy (human, machine_start, ...), got '${v}'`);
        args.answeredBy = v;
        break;
      }
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown argument '${flag}'\n${USAGE}`);
    }
  }
  if (args.flow && args.flow !== 'inbound' && !args.task) throw new UsageError(`--flow ${args.flow} plays an outbound task: give --task ID (or --task demo)\n${USAGE}`);
  return args;
}
