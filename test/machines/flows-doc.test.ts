import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callbackDoc, inboundCallDoc, proactiveDoc } from '../../src/machines/flows-doc.js';

describe('docs/flows (what flow designers read)', () => {
  it('docs/flows/inbound-call.md is the current chart: run `npm run flows` after changing a flow', () => {
    expect(readFileSync('docs/flows/inbound-call.md', 'utf8')).toBe(inboundCallDoc());
    expect(readFileSync('docs/flows/callback.md', 'utf8')).toBe(callbackDoc());
    expect(readFileSync('docs/flows/proactive.md', 'utf8')).toBe(proactiveDoc());
  });

  it('every ask state is listed with its question and help keys', () => {
    const doc = inboundCallDoc();
    expect(doc).toContain('| faultReport.report.askDanger | choice | `fault.askDanger` | `fault.askDangerHelp` | 1: yes, 2: no |');
    expect(doc).toContain('| faultReport.identity.askAccount | digits (10) |');
  });
});
