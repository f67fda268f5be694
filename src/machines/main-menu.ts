/**
 * Main menu (N9): what the 24-hour hotline accepts. Speech or text may name the business
 * directly ("家里停电了"); a danger utterance goes straight to the danger path (N10).
 * Branches that later issues build hand over to an agent for now.
 */
import { dialogue } from './setup.js';

export const mainMenuFlow = dialogue.createStateConfig({
  entry: 'resetMisses',
  meta: {
    ask: {
      kind: 'choice',
      prompt: 'menu.main',
      help: 'menu.mainHelp',
      choices: [
        { id: 'fault_report', dtmf: '1', intents: ['fault_report'] },
        { id: 'query', dtmf: '2', intents: ['bill_query', 'outage_query'] },
        { id: 'consultation', dtmf: '3', intents: ['consultation', 'new_service'] },
        { id: 'complaint', dtmf: '4', intents: ['complaint', 'report'] },
        { id: 'agent', dtmf: '0', intents: ['agent', 'supervisor'] },
      ],
      hints: 'hints.menu',
    },
  },
  on: {
    'choice.fault_report': '#inbound.faultReport',
    'choice.query': '#inbound.queryByAgent',
    'choice.consultation': '#inbound.consultationByAgent',
    'choice.complaint': '#inbound.complaintByAgent',
    'choice.agent': '#inbound.agentTransfer',
  },
});
