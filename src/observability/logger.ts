/**
 * The process's structured logger (pino): one JSON line per event on stdout, with time and level;
 * personal data masked (mask.ts) both in known fields (redaction by key) and inside messages and
 * error texts. Pretty, coloured lines in development (pino-pretty, a development dependency).
 *
 * One logger per process, like the process's stdout: modules import `logger` and it is set up
 * once at start (main.ts, configureLogger: stdout). Until then, and in the command-line tools, it
 * logs JSON to stderr at LOG_LEVEL (default info), keeping their stdout for their own output.
 * Writes are asynchronous and batched (no synchronous I/O on a turn); flushLogger() before the process exits.
 */
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { censorField, maskPersonalData } from './mask.js';
import { isoTime } from '../core/iso-time.js';
import { LOG_LEVELS, type LogFormat, type LogLevel } from './config.js';

export type { Logger };

/**
 * Keys whose values are personal data, at the top of a line or one level down. The top level is
 * pino's redaction (by path, compiled once); one level down is censorNested, called per line from
 * `formatters.log`. (pino's wildcard paths, `*.phone`, run every value of every line through the
 * redactor: 3-4x the cost of a line, the largest part of the request log in the benchmark.)
 */
export const REDACTED_KEYS = ['phone', 'caller', 'from', 'From', 'name', 'address', 'account', 'transcript', 'text', 'SpeechResult', 'Digits'];
const REDACTED = new Set(REDACTED_KEYS);

/** `fields` with the personal-data keys of its plain-object values censored (copied only where one is found). */
function censorKeys(fields: Record<string, unknown>): Record<string, unknown> {
  let out = fields;
  for (const key in fields) {
    if (!REDACTED.has(key) || !Object.prototype.hasOwnProperty.call(fields, key)) continue;
    const censored = censorField(fields[key]);
    if (censored === fields[key]) continue;
    if (out === fields) out = { ...fields };
    out[key] = censored;
  }
  return out;
}

/** A line's fields with personal data one level down censored (the top level is pino's redaction). */
export function censorNested(line: Record<string, unknown>): Record<string, unknown> {
  let out = line;
  for (const key in line) {
    const value = line[key];
    // Errors go through errorSerializer, which censors them itself.
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Error) continue;
    const censored = censorKeys(value as Record<string, unknown>);
    if (censored === value) continue;
    if (out === line) out = { ...line };
    out[key] = censored;
  }
  return out;
}

export interface LoggerSettings {
  level: LogLevel;
  format: LogFormat;
  /** Where the lines go (tests); default stdout, asynchronously. */
  destination?: DestinationStream;
}

function errorSerializer(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  for (const key of ['message', 'stack', 'detail']) {
    if (typeof serialized[key] === 'string') serialized[key] = maskPersonalData(serialized[key] as string);
  }
  return censorKeys(serialized);
}

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: { pid: process.pid },
    // pino's isoTime, as fast as a line needs (src/core/iso-time.ts).
    timestamp: () => `,"time":"${isoTime(Date.now())}"`,
    formatters: { level: (label) => ({ level: label }), log: censorNested },
    redact: { paths: REDACTED_KEYS, censor: censorField },
    serializers: { err: errorSerializer, error: errorSerializer },
    hooks: {
      // Messages are masked where they are written: no call site has to remember it.
      logMethod(args, method) {
        for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = maskPersonalData(args[i] as string);
        method.apply(this, args as Parameters<typeof method>);
      },
    },
  };
}

/** Whether pino-pretty is installed (a development dependency: absent from production installs). */
function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(settings: LoggerSettings): Logger {
  const options = loggerOptions(settings.level);
  if (settings.destination) return pino(options, settings.destination);
  if (settings.format === 'pretty' && prettyAvailable()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid' } } });
  }
  return pino(options, pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS }));
}

/**
 * Lines are written to stdout in batches (issue 15): a write once 4 KB are waiting, and at least
 * every 200 ms, instead of one `write` per line (the request log line's write was about 6% of a
 * turn). pino writes out what is left when the process exits (crash included) and flushLogger()
 * on shutdown.
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 200;

function initialLevel(): LogLevel {
  const raw = process.env.LOG_LEVEL?.trim().toLowerCase();
  return LOG_LEVELS.find((l) => l === raw) ?? 'info';
}

/** The process logger. Reassigned by configureLogger(); importers see the new one (ESM live binding). */
export let logger: Logger = pino(loggerOptions(initialLevel()), pino.destination({ dest: 2, sync: true }));

export function configureLogger(settings: LoggerSettings): Logger {
  logger = createLogger(settings);
  return logger;
}

/** Replaces the process logger (tests capture lines with it); returns the one it replaced. */
export function setLogger(next: Logger): Logger {
  const previous = logger;
  logger = next;
  return previous;
}

/** Writes out what is buffered; resolves when done (or at once when nothing is). */
export function flushLogger(): Promise<void> {
  return new Promise((resolve) => {
    try {
      logger.flush(() => resolve());
    } catch {
      resolve();
    }
  });
}
