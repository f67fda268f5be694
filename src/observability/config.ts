/**
 * The operations settings (logging, metrics, shutdown), read from the environment with the rest
 * of the configuration (config.ts collects every problem at once).
 *   LOG_LEVEL                 fatal|error|warn|info|debug|trace|silent (default info)
 *   LOG_FORMAT                json|pretty (default pretty in development, json otherwise)
 *   METRICS_TOKEN             /metrics on the main port needs `Authorization: Bearer <token>`
 *   METRICS_PORT, METRICS_HOST /metrics on a port of its own instead (default host 127.0.0.1)
 *   SHUTDOWN_TIMEOUT_SECONDS  how long SIGTERM waits for in-flight turns (default 25)
 */
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

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | null => env[name]?.trim() || null;

export function loadOperationsConfig(env: Env, nodeEnv: string | undefined, problems: string[]): OperationsConfig {
  const rawLevel = value(env, 'LOG_LEVEL') ?? 'info';
  const logLevel = LOG_LEVELS.find((l) => l === rawLevel.toLowerCase());
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${rawLevel.slice(0, 20)}'`);

  const rawFormat = value(env, 'LOG_FORMAT');
  let logFormat: LogFormat = nodeEnv === 'development' ? 'pretty' : 'json';
  if (rawFormat === 'json' || rawFormat === 'pretty') logFormat = rawFormat;
  else if (rawFormat !== null) problems.push(`LOG_FORMAT must be json or pretty, got '${rawFormat.slice(0, 20)}'`);

  const whole = (name: string, min: number, max: number): number | null => {
    const raw = value(env, name);
    if (raw === null) return null;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (n >= min && n <= max) return n;
    problems.push(`${name} must be an integer ${min}-${max}, got '${raw.slice(0, 20)}'`);
    return null;
  };
  const metricsPort = whole('METRICS_PORT', 1, 65535);
  const shutdownSeconds = whole('SHUTDOWN_TIMEOUT_SECONDS', 1, 3600) ?? 25;

  return {
    logLevel: logLevel ?? 'info',
    logFormat,
    metrics: { token: value(env, 'METRICS_TOKEN'), port: metricsPort, host: value(env, 'METRICS_HOST') ?? '127.0.0.1' },
    shutdownTimeoutMs: shutdownSeconds * 1000,
  };
}
