/**
 * Turn -> what a chat client shows: message bubbles, quick replies, and what is expected.
 * Allow-listed (issue 10 item 3): only these customer-facing fields leave the server. An ending
 * says its kind and language only; the escalation's duty roster (names, mobile numbers) and its
 * internal summary stay on the server, and the messages tell the customer what happens next.
 */
import type { Turn } from '../../core/conversation.js';
import { choiceLabels, renderText } from '../../prompts/render-text.js';

export type ChatEnding =
  | { type: 'hangup' }
  | { type: 'transfer'; locale: Turn['locale'] }
  | { type: 'escalate'; locale: Turn['locale'] }
  | { type: 'abandoned' };

export interface ChatReply {
  id: string;
  version: number;
  locale: Turn['locale'];
  /** The flow's position (for the page's tests and designers); never data. */
  state: string;
  messages: string[];
  quickReplies: { id: string; label: string }[];
  expect: { kind: 'choice' | 'digits' | 'text'; numDigits?: number } | null;
  end: ChatEnding | null;
}

export function chatEnding(end: Turn['end']): ChatEnding | null {
  if (!end) return null;
  switch (end.type) {
    case 'hangup':
    case 'abandoned':
      return { type: end.type };
    case 'transfer':
    case 'escalate':
      return { type: end.type, locale: end.locale };
  }
}

export function renderChatReply(turn: Turn): ChatReply {
  return {
    id: turn.conversationId,
    version: turn.version,
    locale: turn.locale,
    state: turn.state,
    messages: renderText(turn.prompts, turn.locale),
    quickReplies: turn.ask ? choiceLabels(turn.ask, turn.locale) : [],
    expect: turn.ask ? { kind: turn.ask.kind, ...(turn.ask.numDigits ? { numDigits: turn.ask.numDigits } : {}) } : null,
    end: chatEnding(turn.end),
  };
}
