/** `npm run flows`: regenerate docs/flows/ (one page per flow) from the statecharts. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { flowDocFiles } from '../src/designer/flow-pages.js';

const files = flowDocFiles();
mkdirSync('docs/flows', { recursive: true });
// A flow that is gone leaves no stale page behind.
for (const f of readdirSync('docs/flows')) if (!files.has(`docs/flows/${f}`)) rmSync(`docs/flows/${f}`);
for (const [path, text] of files) writeFileSync(path, text);
console.log(`wrote ${files.size} pages under docs/flows/`);
