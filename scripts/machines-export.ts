/**
 * `npm run machines:export`: every flow the deployment hosts, and each sub-flow of a composing
 * chart, as machine JSON (docs/machines/json/<flow>.json) and as one createMachine literal
 * (docs/machines/<flow>.machine.ts) for the Stately editor and the XState VS Code extension.
 * docs/flows.md says how a designer opens them.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { exportedFiles } from '../src/machines/export-files.js';

const files = exportedFiles();
for (const dir of ['docs/machines', 'docs/machines/json']) {
  mkdirSync(dir, { recursive: true });
  // A flow that is gone leaves no stale file behind.
  for (const f of readdirSync(dir, { withFileTypes: true })) if (f.isFile() && !files.has(`${dir}/${f.name}`) && f.name !== 'README.md') rmSync(`${dir}/${f.name}`);
}
for (const [path, text] of files) writeFileSync(path, text);
console.log(`wrote ${files.size} files under docs/machines/`);
