/** The designer's page for the inbound call: diagram, global commands, asks. */
import { inboundCallMachine } from './inbound-call.js';
import { askTable, globalTable, toMermaid } from './diagram.js';

export function inboundCallDoc(): string {
  return `# The inbound 95598 call

Generated from \`src/machines/inbound-call.ts\` by \`npm run flows\`; do not edit by hand.
Open the machine in the Stately visualizer (VS Code extension "XState") to step through it.

\`\`\`mermaid
${toMermaid(inboundCallMachine)}
\`\`\`

## Global commands (root transitions, in order of their guards)

${globalTable(inboundCallMachine)}

## Asks (the catalogue keys are in \`locales/<locale>/\`)

${askTable(inboundCallMachine)}
`;
}
