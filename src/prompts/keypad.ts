/**
 * Does a prompt mention keypad keys? Such a prompt needs a `_text` variant for chat, and a
 * `_text` variant must not mention keys (N25: one flow, phone and chat).
 */
import type { Locale } from '../core/locale.js';

const KEYPAD: Record<Locale, RegExp> = {
  'zh-CN': /按\s*[0-9#*＃＊]|按键/u,
  'yue-HK': /按\s*[0-9#*＃＊]|按鍵|撳/u,
  'en-US': /\bpress\b|\bkeypad\b/iu,
};

export function mentionsKeypad(text: string, locale: Locale): boolean {
  return KEYPAD[locale].test(text);
}
