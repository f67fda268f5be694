/**
 * Configuration of outbound calls (N15-N19): the calling windows, the retry policy and the dialler
 * (Twilio's REST API). The dialler is off unless DIALER_ENABLED; on, it needs the account, the
 * number calls come from and the public URL Twilio calls back on, checked at start.
 */
import { OUTBOUND_WINDOWS, parseOutboundWindows, type OutboundWindow } from './services/outbound-window.js';
import { read, shown, type Env, type EnvReaders } from './config-readers.js';

export interface DialerConfig {
  accountSid: string;
  /** The number outbound calls come from (a Twilio number, the hotline's caller id). */
  callerId: string;
  /** Twilio's REST API base URL; a local stand-in's for trying it without Twilio (TWILIO_API_BASE_URL). */
  apiBaseUrl: string | null;
  intervalMs: number;
  callsPerRound: number;
}

export interface OutboundConfig {
  /** OUTBOUND_WINDOWS, default 09:00-12:00,14:30-21:00 (Asia/Shanghai). */
  windows: readonly OutboundWindow[];
  /** Attempts per task before it is given up (no answer, busy, a machine): OUTBOUND_MAX_ATTEMPTS. */
  maxAttempts: number;
  /** Back-off before the second attempt, doubling after (moved into a window): OUTBOUND_RETRY_MINUTES. */
  retryMinutes: number;
  /** null: no calls are placed (tasks are still queued and can be played in the simulator). */
  dialer: DialerConfig | null;
}

export function loadOutboundConfig(
  env: Env,
  problems: string[],
  { int, bool }: EnvReaders,
  context: { publicBaseUrl: string | null; twilioAuthToken: string | null },
): OutboundConfig {
  let windows: readonly OutboundWindow[] = OUTBOUND_WINDOWS;
  const rawWindows = read(env, 'OUTBOUND_WINDOWS');
  if (rawWindows !== null) {
    try {
      windows = parseOutboundWindows(rawWindows);
    } catch (error) {
      problems.push(`OUTBOUND_WINDOWS: ${(error as Error).message}`);
    }
  }
  const maxAttempts = int('OUTBOUND_MAX_ATTEMPTS', 3, 1, 10);
  const retryMinutes = int('OUTBOUND_RETRY_MINUTES', 30, 1, 24 * 60);

  let dialer: DialerConfig | null = null;
  if (bool('DIALER_ENABLED', false)) {
    const accountSid = read(env, 'TWILIO_ACCOUNT_SID');
    const callerId = read(env, 'OUTBOUND_CALLER_ID');
    const apiBaseUrl = read(env, 'TWILIO_API_BASE_URL');
    if (!accountSid || !/^AC[0-9a-f]{32}$/i.test(accountSid)) problems.push('DIALER_ENABLED needs TWILIO_ACCOUNT_SID (AC followed by 32 hex digits)');
    if (!callerId || !/^\+[1-9]\d{4,14}$/.test(callerId)) problems.push('DIALER_ENABLED needs OUTBOUND_CALLER_ID, the E.164 number calls come from (e.g. +8657195598)');
    if (!context.twilioAuthToken) problems.push('DIALER_ENABLED needs TWILIO_AUTH_TOKEN (the REST API and the webhooks use it)');
    if (!context.publicBaseUrl) problems.push('DIALER_ENABLED needs PUBLIC_BASE_URL: Twilio requests the answered call and its status there');
    if (apiBaseUrl !== null && !/^https?:\/\/[^/\s]+/.test(apiBaseUrl)) problems.push(`TWILIO_API_BASE_URL must be an http(s) URL, got ${shown(apiBaseUrl)}`);
    dialer = {
      accountSid: accountSid ?? '',
      callerId: callerId ?? '',
      apiBaseUrl: apiBaseUrl?.replace(/\/+$/, '') ?? null,
      intervalMs: int('DIALER_INTERVAL_SECONDS', 30, 1, 3600) * 1000,
      callsPerRound: int('DIALER_CALLS_PER_ROUND', 5, 1, 100),
    };
  }
  return { windows, maxAttempts, retryMinutes, dialer };
}
