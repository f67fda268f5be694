/** The chat page's language choice is the customer's: the flow does not offer languages again (issue 12, N4). */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/server.js';
import { openTestEngine } from '../../support/call.js';
import { postJson, serve } from '../../support/http.js';

describe('a chat started in a chosen language', () => {
  it('goes from the greeting to the menu in that language; without a choice the languages are offered', async () => {
    const base = await serve(createServer(await openTestEngine()));
    const english = await postJson(`${base}/chat/sessions`, { locale: 'en-US' });
    expect(english.body.locale).toBe('en-US');
    expect(english.body.state).toBe('menu.full');
    expect(english.body.messages.join(' ')).toMatch(/welcome to .*How can I help you today\?/s);
    expect(english.body.quickReplies.map((q: { id: string }) => q.id)).toContain('fault_report');
    const cantonese = await postJson(`${base}/chat/sessions`, { locale: 'yue-HK' });
    expect(cantonese.body.messages.join('')).toContain('歡迎查詢');
    expect(cantonese.body.quickReplies.map((q: { id: string }) => q.id)).not.toContain('language_zh');
    const unchosen = await postJson(`${base}/chat/sessions`, {});
    expect(unchosen.body.quickReplies.map((q: { id: string }) => q.id)).toEqual(['language_zh', 'language_en', 'language_yue']);
  });
});
