/** Turn -> what a chat client shows: message bubbles, quick replies, and what is expected. */
import type { Turn } from '../../core/conversation.js';
import { choiceLabels, renderText } from '../../prompts/render-text.js';

export interface ChatReply {
  id: string;
  version: number;
  locale: Turn['locale'];
  state: string;
  messages: string[];
  quickReplies: { id: string; label: string }[];
  expect: { kind: 'choice' | 'digits' | 'text'; numDigits?: number } | null;
  end: Turn['end'];
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
    end: turn.end,
  };
}
