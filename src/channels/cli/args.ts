/** Command-line arguments of `npm run simulate`. */
import { isLocale, type Locale } from '../../core/locale.js';
import type { Medium } from '../../core/conversation.js';

export interface SimulateArgs {
  locale: Locale | null;
  from: string | null;
  medium: Medium;
  script: string | null;
  json: boolean;
}

export const USAGE = `usage: npm run simulate -- [--locale zh-CN|en-US|yue-HK] [--from +8613800138000] [--medium voice|chat] [--script FILE] [--json]
  interactive input: digits are key presses (voice), other text is speech (voice) or a message (chat);
  /silence = say nothing, /hangup = hang up, /choice ID = pick a quick reply, /quit = leave.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): SimulateArgs {
  const args: SimulateArgs = { locale: null, from: null, medium: 'voice', script: null, json: false };
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
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown argument '${flag}'\n${USAGE}`);
    }
  }
  return args;
}
