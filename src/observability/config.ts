/**
 * The operations settings (logging, metrics, shutdown), read from the environment with the rest
 * of the configuration (config.ts collects every problem at once).
 *   LOG_LEVEL                 fatal|error|warn|info|debug|trace|silent (default info)
 *   LOG_FORMAT                json|pretty (default pretty in development, json otherwise)
 *   METRICS_TOKEN             /metrics on the main port needs `Authorization: Bearer <token>`
 *   METRICS_PORT, METRICS_HOST /metrics on a port of its own instead (default host 127.0.0.1)
 *   SHUTDOWN_TIMEOUT_SECONDS  how long SIGTERM waits for in-flight turns (default 25)
 */
import { z } from 'zod';
import { oneOfText, type EnvReaders } from '../config-readers.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

export interface MetricsConfig {
  /** Required on the main port's /metrics when set. */
  token: string | null;
  /** A separate listener for /metrics (then the main port does not serve it). */
  port: number | null;
  host: string;
}

export interface OperationsConfig {
  logLevel: LogLevel;
  logFormat: LogFormat;
  metrics: MetricsConfig;
  /** SIGTERM: in-flight turns get this long to finish before the process exits anyway. */
  shutdownTimeoutMs: number;
}

export function loadOperationsConfig(readers: EnvReaders, nodeEnv: string | null): OperationsConfig {
  const logLevel = readers.parse('LOG_LEVEL', oneOfText(LOG_LEVELS), `one of ${LOG_LEVELS.join(', ')}`) ?? 'info';
  const logFormat = readers.parse('LOG_FORMAT', z.enum(['json', 'pretty']), 'json or pretty') ?? (nodeEnv === 'development' ? 'pretty' : 'json');
  return {
    logLevel,
    logFormat,
    metrics: {
      token: readers.text('METRICS_TOKEN'),
      port: readers.optionalInt('METRICS_PORT', 1, 65535),
      host: readers.text('METRICS_HOST') ?? '127.0.0.1',
    },
    shutdownTimeoutMs: readers.int('SHUTDOWN_TIMEOUT_SECONDS', 25, 1, 3600) * 1000,
  };
}
