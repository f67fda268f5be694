/**
 * How a chat customer we cannot name would like to be addressed, asked once before a report is
 * registered (issue 14; the answer is read by contact-name.ts).
 */

/**
 * "请问怎么称呼您？" (chat only, guard `needsContactName`): what the customer gives is kept
 * (contact-name.ts); a bare yes or no is asked again; "不想说", silence or words we cannot take go
 * on without a name: a name is never insisted on.
 */
export function contactNameAsk(next: string) {
  return {
    entry: 'resetMisses',
    meta: { ask: { kind: 'text', prompt: 'common.askName', help: 'common.askNameHelp', timeoutSeconds: 10 } },
    on: {
      text: [{ guard: 'saysOnlyYesOrNo', actions: 'notAnAnswer' }, { actions: 'rememberContactName', target: next }],
      noInput: [{ guard: 'askedAgainOnce', actions: 'rememberContactName', target: next }, { actions: 'countMiss' }],
      noMatch: [{ guard: 'askedAgainOnce', actions: 'rememberContactName', target: next }, { actions: 'countMiss' }],
    },
  } as const;
}
