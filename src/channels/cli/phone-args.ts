/** Command-line arguments of `npm run call`. */

export interface PhoneArgs {
  /** Where the server listens. */
  url: string;
  /** The URL Twilio would use (PUBLIC_BASE_URL of the server), which the signature covers; defaults to `url`. */
  publicUrl: string;
  from: string;
  /** The Twilio auth token to sign with; null sends unsigned requests (a server without a token). */
  token: string | null;
  /**
   * Answer calls instead of making one: a local stand-in of Twilio's REST API listens on this port
   * (the server's TWILIO_API_BASE_URL), and each call the dialler creates rings here. null: call in.
   */
  answerOn: number | null;
  /** With answerOn: stop after the first call. */
  once: boolean;
}

export const PHONE_USAGE = `usage: npm run call -- [--url http://127.0.0.1:$PORT] [--from +8613800138000] [--token TOKEN] [--public-url https://HOST]
       npm run call -- --answer [PORT] [--once] [--token TOKEN] [--url ...] [--public-url ...]
  --answer: a local Twilio stand-in (REST API on 127.0.0.1:PORT, default 3191) rings here for every call
  the server's dialler places (DIALER_ENABLED, TWILIO_API_BASE_URL=http://127.0.0.1:PORT); --once stops after one.
  --url defaults to http://127.0.0.1:PORT, PORT read from the environment like the server (3000).
  Calls a running server as Twilio would: signed webhooks (TWILIO_AUTH_TOKEN or --token), TwiML followed.
  --public-url: the server's PUBLIC_BASE_URL, when it is set (signatures cover that URL).
  On the line: digits are key presses; words are speech (confidence 0.9); an empty line or /silence
  stays silent; /hangup hangs up.`;

export class PhoneUsageError extends Error {}

function baseUrl(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PhoneUsageError(`${flag} must be an http(s) URL, got '${value}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PhoneUsageError(`${flag} must be an http(s) URL, got '${value}'`);
  return value.replace(/\/+$/, '');
}

/** The server's port from PORT, as the server reads it (src/config.ts): 3000 when unset. */
function serverPort(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return 3000;
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) throw new PhoneUsageError(`PORT must be a port (1-65535), got '${value}'`);
  return Number(text);
}

export function parsePhoneArgs(argv: string[], env: Record<string, string | undefined>): PhoneArgs {
  let url = `http://127.0.0.1:${serverPort(env.PORT)}`;
  let publicUrl: string | null = null;
  let from = '+8613800138000';
  let token: string | null = env.TWILIO_AUTH_TOKEN?.trim() || null;
  let answerOn: number | null = null;
  let once = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new PhoneUsageError(`${flag} needs a value\n${PHONE_USAGE}`);
      return v;
    };
    switch (flag) {
      case '--url':
        url = baseUrl(flag, value());
        break;
      case '--public-url':
        publicUrl = baseUrl(flag, value());
        break;
      case '--from': {
        const v = value();
        if (!/^\+?[0-9]{3,20}$/.test(v)) throw new PhoneUsageError(`--from must be a phone number such as +8613800138000, got '${v}'`);
        from = v;
        break;
      }
      case '--token':
        token = value();
        break;
      case '--answer': {
        const next = argv[i + 1];
        answerOn = 3191;
        if (next !== undefined && !next.startsWith('--')) {
          i++;
          if (!/^\d{1,5}$/.test(next) || Number(next) > 65535) throw new PhoneUsageError(`--answer takes a port (0-65535), got '${next}'`);
          answerOn = Number(next);
        }
        break;
      }
      case '--once':
        once = true;
        break;
      case '--help':
      case '-h':
        throw new PhoneUsageError(PHONE_USAGE);
      default:
        throw new PhoneUsageError(`unknown argument '${flag}'\n${PHONE_USAGE}`);
    }
  }
  return { url, publicUrl: publicUrl ?? url, from, token, answerOn, once };
}
