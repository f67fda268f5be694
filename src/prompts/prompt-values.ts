/**
 * The values a prompt may interpolate, and the formatter each one is always said with.
 * The parity test holds every template to this list.
 */
export const PROMPT_VALUE_FORMATS = {
  company: null,
  account: 'digits',
  accountTail: 'digits',
  name: 'nameChars',
  address: null,
  area: null,
  restoreAt: 'time',
  ticket: 'digits',
  minutes: null,
  description: null,
} as const satisfies Record<string, string | null>;

export type PromptValueName = keyof typeof PROMPT_VALUE_FORMATS;

/** Values for PromptRef.values: all strings (restoreAt an ISO timestamp) except minutes. */
export interface PromptValues {
  company?: string;
  account?: string;
  accountTail?: string;
  name?: string;
  address?: string;
  area?: string;
  restoreAt?: string;
  ticket?: string;
  minutes?: number;
  description?: string;
}
