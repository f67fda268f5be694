/**
 * The process logger's lines, captured for a test: the real logger (levels, redaction, masking),
 * writing to memory. Capture before the server is created (its routers keep the logger they got).
 */
import { afterEach } from 'vitest';
import { createLogger, setLogger, type Logger } from '../../src/observability/logger.js';
import type { LogLevel } from '../../src/observability/config.js';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface CapturedLogs {
  lines: LogLine[];
  /** The raw text written, as an operator's log file would hold it. */
  raw: string[];
  /** Lines whose message contains `text`. */
  about(text: string): LogLine[];
}

const restore: Logger[] = [];
afterEach(() => {
  const original = restore.splice(0).at(0);
  if (original) setLogger(original);
});

export function captureLogs(level: LogLevel = 'debug'): CapturedLogs {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = {
    write(text: string) {
      raw.push(text);
      lines.push(JSON.parse(text) as LogLine);
    },
  };
  restore.push(setLogger(createLogger({ level, format: 'json', destination })));
  return { lines, raw, about: (text) => lines.filter((line) => line.msg.includes(text)) };
}
