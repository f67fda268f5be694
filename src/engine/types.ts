/** The engine's own contract with channels: how a conversation begins (the rest is in src/core). */
import type { Channel } from '../core/conversation.js';
import type { Locale } from '../core/locale.js';

/** How a conversation begins: who calls, on which channel, in which locale. */
export interface StartRequest {
  channel: Channel;
  /** The caller's number (E.164) when the channel knows it. */
  caller?: string | null;
  /** The number that was called. */
  called?: string | null;
  locale?: Locale;
}
