/** `npm run flows`: regenerate docs/flows/ from the statecharts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { inboundCallDoc } from '../src/machines/flows-doc.js';

mkdirSync('docs/flows', { recursive: true });
writeFileSync('docs/flows/inbound-call.md', inboundCallDoc());
console.log('wrote docs/flows/inbound-call.md');
