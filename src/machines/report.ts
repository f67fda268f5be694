/**
 * Reports (举报, N9): electricity theft, staff misconduct or other; anonymous if the caller wishes
 * (then no number or account is kept). Read back, then a report work order.
 * Ends `recorded` or `saveFailed`.
 */
import { YES_NO } from './ask.js';
import { dialogue } from './setup.js';
import { reportOrder } from './work-orders.js';

export const reportFlow = dialogue.createStateConfig({
  initial: 'begin',
  states: {
    begin: { entry: { type: 'startDraft', params: { kind: 'report' } }, always: 'askType' },
    /** Where the caller was when a danger report interrupted (N10): the composing chart comes back here. */
    resume: { type: 'history', history: 'deep' },
    askType: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'report.askType',
          help: 'report.askTypeHelp',
          choices: [
            { id: 'theft', dtmf: '1' },
            { id: 'misconduct', dtmf: '2' },
            { id: 'other', dtmf: '3' },
          ],
        },
      },
      on: {
        'choice.theft': { actions: { type: 'rememberAnswer', params: { name: 'reportType', value: 'theft' } }, target: 'askAnonymous' },
        'choice.misconduct': { actions: { type: 'rememberAnswer', params: { name: 'reportType', value: 'misconduct' } }, target: 'askAnonymous' },
        'choice.other': { actions: { type: 'rememberAnswer', params: { name: 'reportType', value: 'other' } }, target: 'askAnonymous' },
      },
    },
    askAnonymous: {
      entry: 'resetMisses',
      meta: {
        ask: {
          kind: 'choice',
          prompt: 'report.askAnonymous',
          help: 'report.askAnonymousHelp',
          // "Anonymous?" is answered yes or no, or in its own words (匿名, 留电话, "anonymous please").
          choices: [
            { id: 'anonymous', dtmf: '1', intents: ['affirm'] },
            { id: 'named', dtmf: '2', intents: ['deny'] },
          ],
          hints: 'hints.yesNo',
        },
      },
      on: {
        'choice.anonymous': { actions: { type: 'rememberAnswer', params: { name: 'anonymous', value: 'yes' } }, target: 'askDetails' },
        'choice.named': { actions: { type: 'rememberAnswer', params: { name: 'anonymous', value: 'no' } }, target: 'askDetails' },
      },
    },
    askDetails: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'text', prompt: 'report.askDetails', help: 'report.askDetailsHelp', timeoutSeconds: 12 } },
      on: {
        text: { actions: { type: 'rememberAnswer', params: { name: 'details' } }, target: 'readBack' },
        // A report that tells of danger (N10): an urgent ticket first, then on with the report, its words kept.
        danger: { actions: [{ type: 'rememberAnswer', params: { name: 'details' } }, 'reportDangerFirst'], target: 'readBack' },
      },
    },
    readBack: {
      entry: 'resetMisses',
      meta: { ask: { kind: 'choice', prompt: 'report.readBack', help: 'report.readBackHelp', choices: YES_NO, hints: 'hints.yesNo' } },
      on: {
        'choice.yes': 'save',
        'choice.no': 'askDetails',
      },
    },
    save: {
      invoke: {
        src: 'saveWorkOrder',
        input: ({ context }) => reportOrder(context),
        onDone: {
          actions: [
            { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) },
            { type: 'announceTicket', params: { key: 'report.recorded' } },
          ],
          target: 'recorded',
        },
        onError: 'saveFailed',
      },
    },
    recorded: { type: 'final', output: { outcome: 'recorded' } },
    saveFailed: { type: 'final', output: { outcome: 'saveFailed' } },
  },
});
