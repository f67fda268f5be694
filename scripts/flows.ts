/** `npm run flows`: regenerate docs/flows/ from the statecharts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { callbackDoc, inboundCallDoc, proactiveDoc } from '../src/machines/flows-doc.js';

mkdirSync('docs/flows', { recursive: true });
const docs = { 'inbound-call.md': inboundCallDoc(), 'callback.md': callbackDoc(), 'proactive.md': proactiveDoc() };
for (const [file, doc] of Object.entries(docs)) {
  writeFileSync(`docs/flows/${file}`, doc);
  console.log(`wrote docs/flows/${file}`);
}
