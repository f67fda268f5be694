/**
 * Main menu (N9): what the 24-hour hotline accepts. Speech or text may name the business
 * directly ("家里停电了", "查电费", "我要举报"); a danger sentence goes straight to the danger path
 * (N10, a global command). A caller on self-service only (N22, N23) hears the menu without the
 * agent, and can always report a fault or a danger.
 */
import type { AskChoice } from '../core/meta.js';
import { dialogue } from './setup.js';

/** Sentences that name a business directly, below the menu's keys. */
const SHORTCUTS: AskChoice[] = [
  { id: 'bill', intents: ['bill_query'], hidden: true },
  { id: 'outage_schedule', intents: ['outage_query'], hidden: true },
  { id: 'complaint', intents: ['complaint'], hidden: true },
  { id: 'report', intents: ['report'], hidden: true },
  { id: 'new_service', intents: ['new_service'], hidden: true },
];

export const mainMenuFlow = dialogue.createStateConfig({
  initial: 'route',
  states: {
    route: {
      always: [{ guard: 'selfServiceOnly', target: 'selfService' }, { target: 'full' }],
    },
    full: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'menu.main',
          help: 'menu.mainHelp',
          choices: [
            { id: 'fault_report', dtmf: '1', intents: ['fault_report'] },
            { id: 'query', dtmf: '2' },
            { id: 'consultation', dtmf: '3', intents: ['consultation'] },
            { id: 'complaint_or_report', dtmf: '4' },
            { id: 'agent', dtmf: '0', intents: ['agent'] },
            ...SHORTCUTS,
          ],
          hints: 'hints.menu',
        },
      },
      on: {
        'choice.agent': '#inbound.agentTransfer',
      },
    },
    selfService: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'menu.selfService',
          help: 'menu.selfServiceHelp',
          choices: [
            { id: 'fault_report', dtmf: '1', intents: ['fault_report'] },
            { id: 'query', dtmf: '2' },
            { id: 'consultation', dtmf: '3', intents: ['consultation'] },
            { id: 'complaint_or_report', dtmf: '4' },
            ...SHORTCUTS,
          ],
          hints: 'hints.menu',
        },
      },
    },
  },
  on: {
    'choice.fault_report': '#inbound.faultReport',
    'choice.query': '#inbound.query',
    'choice.bill': '#inbound.query.bill',
    'choice.outage_schedule': '#inbound.query.outageSchedule',
    'choice.consultation': '#inbound.consultation',
    'choice.new_service': '#inbound.consultation',
    'choice.complaint_or_report': '#inbound.complaintOrReport',
    'choice.complaint': '#inbound.complaint',
    'choice.report': '#inbound.report',
  },
});

/** Complaint or report (举报), when the caller pressed 4. */
export const complaintOrReportFlow = dialogue.createStateConfig({
  entry: 'resetMisses',
  meta: {
    ask: {
      kind: 'choice',
      prompt: 'menu.complaintOrReport',
      help: 'menu.complaintOrReportHelp',
      choices: [
        { id: 'complaint', dtmf: '1', intents: ['complaint'] },
        { id: 'report', dtmf: '2', intents: ['report'] },
      ],
    },
  },
  on: {
    'choice.complaint': '#inbound.complaint',
    'choice.report': '#inbound.report',
  },
});
