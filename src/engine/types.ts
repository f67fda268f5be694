/** The engine's own contract with channels: how a conversation begins (the rest is in src/core). */
import type { Channel } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';

/** How a conversation begins: which flow, who calls, on which channel, in which locale. */
export interface StartRequest {
  /** The registered flow to run ('inbound', ...); the registry's default flow when absent. */
  flow?: string;
  channel: Channel;
  /** The caller's number (E.164) when the channel knows it. */
  caller?: string | null;
  /** The number that was called. */
  called?: string | null;
  locale?: Locale;
  /** What this flow needs to start (e.g. an outbound task id): checked by the flow's input(). */
  params?: Record<string, string>;
}
