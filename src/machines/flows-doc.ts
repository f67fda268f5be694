/** The designers' pages: the inbound call and the outbound calls, each with its diagram, global commands and asks. */
import type { AnyStateMachine } from 'xstate';
import { inboundCallMachine } from './inbound-call.js';
import { callbackMachine } from './callback.js';
import { proactiveMachine } from './proactive.js';
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

/** The designer's page for an outbound call (N15-N19): diagram, global commands, asks. */
function outboundDoc(machine: AnyStateMachine, title: string, file: string, about: string): string {
  return `# ${title}

Generated from \`${file}\` by \`npm run flows\`; do not edit by hand.
${about}
Play it in the terminal: \`npm run simulate -- --flow ${machine.id} --task demo\`.

\`\`\`mermaid
${toMermaid(machine)}
\`\`\`

## Global commands (root transitions, in order of their guards)

${globalTable(machine)}

## Asks (the catalogue keys are in \`locales/<locale>/\`)

${askTable(machine)}
`;
}

export function callbackDoc(): string {
  return outboundDoc(callbackMachine, 'The callback (回访, N16, N17, N19)', 'src/machines/callback.ts', 'The dialler places it for a callback task with something to tell (a work order\'s result, an answer).');
}

export function proactiveDoc(): string {
  return outboundDoc(proactiveMachine, 'Proactive service (主动服务, N18)', 'src/machines/proactive.ts', 'The dialler places it for each target of a campaign, inside the campaign\'s window.');
}
