/**
 * The designers' pages (docs/flows/, `npm run flows`; issue 13 item 2): one page per flow (the
 * inbound call, each sub-flow, the outbound calls and theirs) with a diagram small enough to
 * read (sub-flows drawn once, on their own page, and linked), the global commands, and each
 * question as the caller hears it in every locale with its estimated length at the N2 rate.
 */
import type { AnyStateNode } from 'xstate';
import { LOCALES, type Locale } from '../core/locale.js';
import type { PromptRef } from '../core/conversation.js';
import type { AskMeta } from '../core/meta.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../engine/build-turn.js';
import { askOf, stateNodes } from '../machines/chart.js';
import { exportedFlows, HOSTED_CHARTS } from '../machines/export-files.js';
import type { ExportedFlow } from '../machines/export.js';
import { renderVoice } from '../prompts/render-voice.js';
import { SAMPLE_NOW, SAMPLE_VALUES } from '../prompts/sample-values.js';
import { turnSeconds } from '../prompts/speech-rate.js';
import { globalTable, scopeRoot, subFlowPages, toMermaid, type Diagram } from './diagram.js';

/** What each hosted chart is, for the top of its page. */
const ABOUT: Record<string, { title: string; about: string }> = {
  inbound: { title: 'The inbound 95598 call', about: 'A caller rings 95598 (or opens the chat page): greeting, menu, and what they came for.' },
  callback: { title: 'The callback (回访, N16, N17, N19)', about: "The dialler places it for a callback task with something to tell (a work order's result, an answer)." },
  proactive: { title: 'Proactive service (主动服务, N18)', about: "The dialler places it for each target of a campaign, inside the campaign's window." },
};

export interface FlowPage {
  /** The flow's name: the page is docs/flows/<name>.md, the machine docs/machines/<name>.machine.ts. */
  name: string;
  flow: ExportedFlow;
  /** The chart file (and state) the flow is defined in. */
  from: string;
  /** The hosted chart the flow belongs to. */
  chart: string;
  diagram: Diagram;
}

/** Every flow with its diagram, in the export's order (a chart, then its sub-flows). */
export function flowPages(): FlowPage[] {
  const flows = exportedFlows();
  const drawnElsewhere = subFlowPages(flows.map(({ flow }) => ({ name: flow.name, machine: flow.machine, path: flow.path })));
  return flows.map(({ flow, from }) => ({
    name: flow.name,
    flow,
    from,
    chart: flow.machine.id,
    diagram: toMermaid({ machine: flow.machine, path: flow.path, drawnElsewhere }),
  }));
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** What the caller hears for some prompts in a locale (sample values), and how long it takes at the N2 rate. */
export function heard(prompts: PromptRef[], locale: Locale): { text: string; seconds: number } {
  const segments = renderVoice(prompts, locale, { now: SAMPLE_NOW });
  return { text: segments.map((s) => s.text).join(' '), seconds: turnSeconds(segments) };
}

/** An ask's question as prompt references, each in its own locale where it names one (the language offer, N4). */
export function questionPrompts(ask: AskMeta): PromptRef[] {
  const refs = typeof ask.prompt === 'string' ? [{ key: ask.prompt }] : ask.prompt.filter((p) => p.onlyOn === undefined || p.onlyOn === 'voice');
  return refs.map(({ onlyOn: _channel, ...p }) => ({ ...p, values: SAMPLE_VALUES }));
}

function askSection(node: AnyStateNode, root: AnyStateNode, ask: AskMeta): string {
  const path = node.path.slice(root.path.length).join('.');
  const choices = (ask.choices ?? []).map((c) => `${c.dtmf ?? '(words)'}: ${c.id}${c.hidden ? ' (by words only)' : ''}`).join(', ');
  const facts = [
    ask.kind === 'digits' ? `digits (${ask.numDigits}, # to finish)` : ask.kind,
    choices ? `keys ${choices}` : '',
    `silence after ${ask.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS} s`,
    ask.hints ? `speech hints \`${ask.hints}\`` : '',
    ask.expects ? `must name a ${ask.expects}` : '',
  ].filter(Boolean);
  const keys = (typeof ask.prompt === 'string' ? [ask.prompt] : ask.prompt.map((p) => p.key)).map((k) => `\`${k}\``).join(' + ');
  const rows = ['| locale | the caller hears | s | after the second miss (help) | s |', '| --- | --- | --- | --- | --- |'];
  for (const locale of LOCALES) {
    const question = heard(questionPrompts(ask), locale);
    const help = heard([{ key: ask.help, values: SAMPLE_VALUES }], locale);
    rows.push(`| ${locale} | ${cell(question.text)} | ${question.seconds.toFixed(1)} | ${cell(help.text)} | ${help.seconds.toFixed(1)} |`);
  }
  return `### ${path}\n\n${facts.join(' · ')}. Question ${keys}, help \`${ask.help}\`.\n\n${rows.join('\n')}\n`;
}

/** The asks a page tells: those of its own states, not of the sub-flows it links to. */
function asksOn(page: FlowPage): { node: AnyStateNode; ask: AskMeta }[] {
  const under = (node: AnyStateNode, path: readonly string[]) => path.every((k, i) => node.path[i] === k);
  return stateNodes(page.flow.machine)
    .filter((n) => under(n, page.flow.path) && !page.diagram.collapsed.some((c) => under(n, c.path)))
    .flatMap((node) => {
      const ask = askOf(node);
      return ask ? [{ node, ask }] : [];
    });
}

const link = (name: string) => `[${name}](${name}.md)`;

export function flowPageDoc(page: FlowPage, pages: readonly FlowPage[]): string {
  const root = scopeRoot(page.flow.machine, page.flow.path);
  const hosted = page.flow.path.length === 0;
  const about = ABOUT[page.name];
  const title = about ? about.title : `${page.name}: a sub-flow of the ${page.chart} chart`;
  const usedBy = pages.filter((p) => p.diagram.subFlows.includes(page.name)).map((p) => link(p.name));
  const intro = [
    `Generated from \`${page.from}\` by \`npm run flows\`; do not edit by hand. [All flows](README.md).`,
    about?.about ?? (root.description ? `${root.description}` : ''),
    usedBy.length ? `Drawn inside: ${usedBy.join(', ')}.` : '',
    page.diagram.subFlows.length ? `Sub-flows, each drawn on its own page (▸ in the diagram): ${page.diagram.subFlows.map(link).join(', ')}.` : '',
    `Open it in the Stately editor or VS Code: \`docs/machines/${page.name}.machine.ts\` ([how](../flows.md)); step through it in the flow studio (\`/studio\`).`,
    hosted ? `Play it in the terminal: \`npm run simulate${page.name === 'inbound' ? '' : ` -- --flow ${page.name} --task demo`}\`.` : '',
  ].filter(Boolean);
  const globals = hosted
    ? `## Global commands (root transitions, in order of their guards)\n\n${globalTable(page.flow.machine)}\n`
    : `The ${link(page.chart)} chart's global commands (repeat, agent, language, hang up, ...) apply here too; a state marked ⇢ is where the call goes on outside this flow.\n`;
  const asks = asksOn(page).map(({ node, ask }) => askSection(node, root, ask));
  return `# ${title}

${intro.join('\n')}

\`\`\`mermaid
${page.diagram.mermaid}
\`\`\`

${globals}
## Questions

What the caller hears on the phone with sample values (${Object.keys(SAMPLE_VALUES).length} of them, e.g. account ${SAMPLE_VALUES.account}), and the estimated seconds at the N2 rate (135 Chinese characters a minute; en-US at its natural rate).

${asks.length ? asks.join('\n') : 'None: this flow asks nothing itself.\n'}`;
}

/** The index of docs/flows/. */
export function flowIndexDoc(pages: readonly FlowPage[]): string {
  const rows = ['| flow | chart | states drawn | questions |', '| --- | --- | --- | --- |'];
  for (const page of pages) rows.push(`| ${link(page.name)} | ${page.chart} | ${page.diagram.stateCount} | ${asksOn(page).length} |`);
  return `# The flows

Generated by \`npm run flows\` from the charts in \`src/machines/\` (${HOSTED_CHARTS.map((c) => `\`${c.file}\``).join(', ')}); do not edit by hand.
One page per flow: its diagram (a sub-flow is one state ▸ linking to its own page), its global
commands, and each question as the caller hears it in zh-CN, yue-HK and en-US with its estimated
length. [How to open a flow in the Stately editor, VS Code, the flow studio](../flows.md).

${rows.join('\n')}
`;
}

/** path -> contents of every file `npm run flows` writes. */
export function flowDocFiles(): Map<string, string> {
  const pages = flowPages();
  const files = new Map<string, string>([['docs/flows/README.md', flowIndexDoc(pages)]]);
  for (const page of pages) files.set(`docs/flows/${page.name}.md`, flowPageDoc(page, pages));
  return files;
}

/** Where a state of a chart is drawn: the page showing it (not as a collapsed sub-flow), its id there, the pages on the way. */
export interface DrawnState {
  page: FlowPage;
  /** The Mermaid id of the state on that page. */
  id: string;
  /** The pages from the chart's own down to `page`. */
  trail: string[];
}

export function drawnState(pages: readonly FlowPage[], chart: string, statePath: readonly string[]): DrawnState | null {
  const top = pages.find((p) => p.chart === chart && p.flow.path.length === 0);
  if (!top) return null;
  let page: FlowPage = top;
  let path = [...statePath];
  const trail = [page.name];
  for (;;) {
    const holder: { path: readonly string[]; page: string } | undefined = page.diagram.collapsed.find((c) => c.path.every((k, i) => path[i] === k));
    if (!holder) break;
    const next: FlowPage | undefined = pages.find((p) => p.name === holder.page);
    if (!next) break;
    // The same sub-flow is drawn at its first place in the chart: the rest of the path goes there.
    path = [...next.flow.path, ...path.slice(holder.path.length)];
    page = next;
    trail.push(page.name);
  }
  return { page, id: path.join('__'), trail };
}
