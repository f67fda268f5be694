/**
 * The inbound 95598 call (N9, N25): the same chart serves the phone line and web chat.
 * greeting (the outage on the caller's area told there) -> menu -> fault report | query | consultation | complaint | report -> ticket -> closing.
 * Each of those is a fragment (its own file) that ends in final states with an outcome; this
 * chart decides where each outcome goes next (`onDone`, guard `endedWith`).
 * Global commands apply in every ask state unless the state handles the event itself: repeat,
 * agent, supervisor, language switch, danger, abuse, and the reprompt ladder (N7).
 * Danger interrupts anything (N10): the danger report comes first, then the call goes back to the
 * business it interrupted, where the caller was and with what they gave (the business's `resume`
 * history); with nothing to go back to, to the closing question.
 */
import { dialogue } from './setup.js';
import { initialContext } from './context.js';
import { greetingFlow } from './greeting.js';
import { complaintOrReportFlow, mainMenuFlow } from './main-menu.js';
import { identityFlow } from './identity.js';
import { faultReportFlow } from './fault-report.js';
import { dangerReportFlow } from './danger-report.js';
import { queryFlow } from './query.js';
import { consultationFlow } from './consultation.js';
import { complaintFlow } from './complaint.js';
import { reportFlow } from './report.js';
import { escalationFlow, escalationSummary } from './escalation.js';
import { abuseHandoverFlow } from './abuse.js';
import { closingFlow } from './closing.js';
import { ticketFlow } from './ticket.js';
import { outageNoticeFlow } from './outage-notice.js';
import { and, stateIn } from 'xstate';
import { abandonedOrder, interruptedOrder } from './work-orders.js';

/** Where a business named at the menu, or at "anything else?", is served. */
const TO_BUSINESS = [
  { guard: { type: 'endedWith', params: { outcome: 'faultReport' } }, target: '#inbound.faultReport' },
  { guard: { type: 'endedWith', params: { outcome: 'bill' } }, target: '#inbound.query.bill' },
  { guard: { type: 'endedWith', params: { outcome: 'outageSchedule' } }, target: '#inbound.query.outageSchedule' },
  { guard: { type: 'endedWith', params: { outcome: 'progress' } }, target: '#inbound.query.progress' },
  { guard: { type: 'endedWith', params: { outcome: 'consultation' } }, target: '#inbound.consultation' },
  { guard: { type: 'endedWith', params: { outcome: 'complaint' } }, target: '#inbound.complaint' },
  { guard: { type: 'endedWith', params: { outcome: 'report' } }, target: '#inbound.report' },
] as const;

/** The business named beside a danger, served after the danger report, told so. */
const THEN_NEED = ['forgetNeed', { type: 'say', params: { key: 'common.resumeBusiness' } }] as const;
const NEED_AFTER_DANGER = [
  { guard: { type: 'needs', params: { needs: ['complaint'] } }, actions: THEN_NEED, target: '#inbound.complaint' },
  { guard: { type: 'needs', params: { needs: ['report'] } }, actions: THEN_NEED, target: '#inbound.report' },
  { guard: { type: 'needs', params: { needs: ['bill_query'] } }, actions: THEN_NEED, target: '#inbound.query.bill' },
  { guard: { type: 'needs', params: { needs: ['outage_query'] } }, actions: THEN_NEED, target: '#inbound.query.outageSchedule' },
  { guard: { type: 'needs', params: { needs: ['consultation', 'new_service'] } }, actions: THEN_NEED, target: '#inbound.consultation' },
] as const;

/**
 * The report not finished is saved (N21), its ticket remembered, then on to `target` whatever
 * happened; when it was a danger report that interrupted a business (N10), what that business had
 * collected is saved with it.
 */
function saveDraftThen(target: string) {
  return dialogue.createStateConfig({
    invoke: {
      src: 'saveAbandoned',
      input: ({ context }) => ({ order: abandonedOrder(context), interrupted: interruptedOrder(context) }),
      onDone: { actions: { type: 'rememberSaved', params: ({ event }) => ({ saved: event.output }) }, target },
      onError: target,
    },
  });
}

/** Back to the interrupted business, told so. */
const RESUME = ['resumeBusiness', { type: 'say', params: { key: 'common.resumeBusiness' } }] as const;

export const inboundCallMachine = dialogue.createMachine({
  id: 'inbound',
  context: ({ input }) => initialContext(input),
  initial: 'greeting',
  on: {
    // The ladder: a reprompt, then a reprompt with help, then a person (N7) - or, on
    // self-service only, a polite goodbye (N23).
    noInput: [
      { guard: 'selfServiceLadderExhausted', actions: { type: 'say', params: { key: 'selfService.notUnderstood' } }, target: '.goodbye' },
      { guard: 'ladderExhausted', actions: { type: 'escalateFor', params: { reason: 'not_understood' } }, target: '.notUnderstood' },
      { actions: 'countMiss' },
    ],
    noMatch: [
      { guard: 'selfServiceLadderExhausted', actions: { type: 'say', params: { key: 'selfService.notUnderstood' } }, target: '.goodbye' },
      { guard: 'ladderExhausted', actions: { type: 'escalateFor', params: { reason: 'not_understood' } }, target: '.notUnderstood' },
      { actions: 'countMiss' },
    ],
    // Another's business ("我要投诉燃气公司"): where to turn, then the question again (issue 9 item 1).
    outOfScope: { actions: 'sayNotOurs' },
    // The engine says the current question again after any event that leaves the state as it is;
    // asked for (`*`, "再说一遍"), the question itself, not the help of the ladder's rung.
    repeat: { actions: 'resetMisses' },
    // What was collected goes with the caller: a report not finished is saved first, and its
    // ticket goes with the transfer and into the supervisor's summary.
    agent: [
      { guard: 'selfServiceOnly', actions: { type: 'say', params: { key: 'selfService.noAgent' } } },
      { guard: 'hasUnsavedDraft', target: '.savingForAgent' },
      { target: '.agentTransfer' },
    ],
    supervisor: [
      { guard: 'selfServiceOnly', actions: { type: 'say', params: { key: 'selfService.noAgent' } } },
      { guard: 'hasUnsavedDraft', actions: [{ type: 'escalateFor', params: { reason: 'requested' } }, 'rememberEscalationWords'], target: '.savingForSupervisor' },
      { actions: [{ type: 'escalateFor', params: { reason: 'requested' } }, 'rememberEscalationWords'], target: '.escalation' },
    ],
    // "没事了，再见" at any question: a polite close (N20); what was given is kept for a callback.
    goodbye: [{ guard: 'hasUnsavedDraft', target: '.savingBeforeGoodbye' }, { target: '.goodbye' }],
    language: { actions: ['switchLanguage', 'rememberLocale', { type: 'say', params: { key: 'common.languageSwitched' } }] },
    // Safety first, wherever the caller is and whoever they are (N10, N23). A business the call
    // goes back to afterwards holds itself first (its own `danger`).
    danger: [
      // Said at the language offer: the language it was said in is the caller's (N4), advice included.
      { guard: 'saidInLanguage', actions: ['switchLanguage', 'rememberLocale', 'rememberNeed'], target: '.danger' },
      { actions: 'rememberNeed', target: '.danger' },
    ],
    // N22: two polite warnings, then the automated service and an incident.
    abuse: [
      { guard: 'abuseReported', actions: { type: 'say', params: { key: 'abuse.goodbye' } }, target: '.goodbye' },
      { guard: 'warnedTwice', actions: 'noteAbuse', target: '.abuseHandover' },
      { guard: 'warnedOnce', actions: ['noteAbuse', { type: 'say', params: { key: 'abuse.finalWarning' } }] },
      { actions: ['noteAbuse', { type: 'say', params: { key: 'abuse.warning' } }] },
    ],
    // What the caller already gave is kept for a callback.
    hangup: [{ guard: 'hasUnsavedDraft', target: '.savingAbandoned' }, { target: '.abandoned' }],
    // N3: words that sounded upset (told by the engine before their event): a soft voice from now on.
    upset: { actions: 'noteUpset' },
  },
  states: {
    // A need said at the language offer is served at once (N4); else the menu.
    // Registered on the outage told before the menu (issue 14 item 6): nothing more to report, "anything else?".
    greeting: { ...greetingFlow, onDone: [...TO_BUSINESS, { guard: 'registeredOnNotice', target: 'closing' }, { target: 'menu' }] },
    menu: {
      ...mainMenuFlow,
      onDone: [
        ...TO_BUSINESS,
        { guard: { type: 'endedWith', params: { outcome: 'query' } }, target: 'query' },
        { guard: { type: 'endedWith', params: { outcome: 'complaintOrReport' } }, target: 'complaintOrReport' },
        { guard: { type: 'endedWith', params: { outcome: 'agent' } }, target: 'agentTransfer' },
        { guard: { type: 'endedWith', params: { outcome: 'silent' } }, target: 'silentCall' },
      ],
    },
    faultReport: {
      // "停了三天了", "又停电了": a short apology for it before the first question (N12).
      entry: 'reactToOpeningTold',
      initial: 'identity',
      states: {
        identity: {
          ...identityFlow,
          onDone: [
            { guard: { type: 'endedWith', params: { outcome: 'identified' } }, actions: { type: 'say', params: { key: 'identity.confirmed' } }, target: 'notice' },
            { actions: { type: 'say', params: { key: 'identity.proceedByAddress' } }, target: 'report' },
          ],
        },
        // The outage on the identified customer's area, before the fault questions (issue 14 item 6).
        notice: {
          ...outageNoticeFlow,
          initial: 'byAccount',
          onDone: [{ guard: { type: 'endedWith', params: { outcome: 'registered' } }, target: '#inbound.closing' }, { target: 'report' }],
        },
        report: {
          ...faultReportFlow,
          onDone: [
            { guard: { type: 'endedWith', params: { outcome: 'saveFailed' } }, target: '#inbound.saveFailed' },
            // The urgent order takes the place of the ordinary repair: it never waits behind it.
            { guard: { type: 'endedWith', params: { outcome: 'danger' } }, target: '#inbound.danger' },
            { target: '#inbound.ticket' },
          ],
        },
      },
    },
    danger: {
      ...dangerReportFlow,
      onDone: [
        // N21: a danger report is never "later": a person at the dispatch seat takes the call.
        // What the interrupted business had collected goes with it (nothing reported is lost).
        { guard: and([{ type: 'endedWith', params: { outcome: 'urgentTransfer' } }, 'hasInterruptedDraft']), target: 'savingInterrupted' },
        { guard: { type: 'endedWith', params: { outcome: 'urgentTransfer' } }, target: 'urgentTransfer' },
        { guard: { type: 'interrupted', params: { business: 'query' } }, actions: RESUME, target: '#inbound.query.resume' },
        { guard: { type: 'interrupted', params: { business: 'consultation' } }, actions: RESUME, target: '#inbound.consultation.resume' },
        { guard: { type: 'interrupted', params: { business: 'complaint' } }, actions: RESUME, target: '#inbound.complaint.resume' },
        { guard: { type: 'interrupted', params: { business: 'report' } }, actions: RESUME, target: '#inbound.report.resume' },
        // A business named with the danger ("我要投诉，电线掉下来了", at the language menu or the menu) is served next.
        ...NEED_AFTER_DANGER,
        { target: 'ticket' },
      ],
    },
    query: {
      ...queryFlow,
      on: { danger: { actions: { type: 'holdBusiness', params: { business: 'query' } }, target: '#inbound.danger' } },
      onDone: 'closing',
    },
    consultation: {
      ...consultationFlow,
      on: {
        danger: [
          // Said at "is it happening now?" after the safety rules: the report, and the consultation is over (N10).
          { guard: stateIn('#inbound.consultation.askSafetyNow'), actions: 'rememberNeed', target: '#inbound.danger' },
          { actions: { type: 'holdBusiness', params: { business: 'consultation' } }, target: '#inbound.danger' },
        ],
      },
      onDone: [
        { guard: { type: 'endedWith', params: { outcome: 'saveFailed' } }, target: 'saveFailed' },
        // "现在有这样的情况吗？" "有": the safety question was a danger after all (N10).
        { guard: { type: 'endedWith', params: { outcome: 'danger' } }, target: 'danger' },
        { target: 'ticket' },
      ],
    },
    complaintOrReport: {
      ...complaintOrReportFlow,
      onDone: [{ guard: { type: 'endedWith', params: { outcome: 'report' } }, target: 'report' }, { target: 'complaint' }],
    },
    complaint: {
      ...complaintFlow,
      on: { danger: { actions: { type: 'holdBusiness', params: { business: 'complaint' } }, target: '#inbound.danger' } },
      onDone: [{ guard: { type: 'endedWith', params: { outcome: 'saveFailed' } }, target: 'saveFailed' }, { target: 'ticket' }],
    },
    report: {
      ...reportFlow,
      on: { danger: { actions: { type: 'holdBusiness', params: { business: 'report' } }, target: '#inbound.danger' } },
      onDone: [{ guard: { type: 'endedWith', params: { outcome: 'saveFailed' } }, target: 'saveFailed' }, { target: 'ticket' }],
    },
    escalation: {
      ...escalationFlow,
      onDone: [{ guard: { type: 'endedWith', params: { outcome: 'notRecorded' } }, target: 'agentTransfer' }, { target: 'supervisorTransfer' }],
    },
    abuseHandover: { ...abuseHandoverFlow, onDone: 'menu' },
    // The ticket a business registered, read again before "anything else?" (issue 14 item 6).
    // "不满意" at the offer to hear it again: as at "anything else?" (N12, N24).
    ticket: {
      ...ticketFlow,
      onDone: [
        { guard: and([{ type: 'endedWith', params: { outcome: 'unhappy' } }, 'complaintRegistered']), target: '#inbound.closing.complaint' },
        { guard: and([{ type: 'endedWith', params: { outcome: 'unhappyAboutBill' } }, 'complaintRegistered']), target: '#inbound.closing.complaint' },
        { guard: { type: 'endedWith', params: { outcome: 'unhappyAboutBill' } }, target: '#inbound.closing.offerBillCheck' },
        { guard: { type: 'endedWith', params: { outcome: 'unhappy' } }, target: '#inbound.closing.offerComplaint' },
        { target: 'closing' },
      ],
    },
    closing: {
      ...closingFlow,
      onDone: [
        { guard: { type: 'endedWith', params: { outcome: 'moreHelp' } }, actions: 'noteHelped', target: 'menu' },
        // "我还是不满意" once the complaint is registered: still strongly dissatisfied, to the duty
        // supervisor at once (N24), not a second complaint. Self-service only (N22, N23): the
        // supervisor reads it with the complaint and its callback.
        { guard: and([{ type: 'endedWith', params: { outcome: 'complaint' } }, 'complaintRegistered', 'selfServiceOnly']), actions: [{ type: 'say', params: { key: 'transfer.sorry' } }, { type: 'say', params: { key: 'complaint.forwardedToSupervisor' } }], target: 'goodbye' },
        { guard: and([{ type: 'endedWith', params: { outcome: 'complaint' } }, 'complaintRegistered']), actions: { type: 'escalateFor', params: { reason: 'dissatisfied' } }, target: 'escalation' },
        // Still not satisfied after the apology and the offer (N24): the duty supervisor, reason dissatisfied.
        { guard: and([{ type: 'endedWith', params: { outcome: 'dissatisfied' } }, 'selfServiceOnly']), actions: [{ type: 'say', params: { key: 'transfer.sorry' } }, { type: 'say', params: { key: 'complaint.forwardedToSupervisor' } }], target: 'goodbye' },
        { guard: { type: 'endedWith', params: { outcome: 'dissatisfied' } }, actions: { type: 'escalateFor', params: { reason: 'dissatisfied' } }, target: 'escalation' },
        ...TO_BUSINESS,
        { target: 'goodbye' },
      ],
    },

    // Repeated failure to understand is recorded for the duty supervisor, and a person takes the call.
    notUnderstood: {
      invoke: {
        src: 'escalate',
        input: ({ context }) => ({
          reason: 'not_understood',
          conversationId: context.conversationId,
          channel: context.channel,
          phone: context.caller,
          summary: escalationSummary(context),
          context: { account: context.customer?.account ?? null },
        }),
        onDone: 'ladderTransfer',
        onError: 'ladderTransfer',
      },
    },
    silentCall: {
      invoke: {
        src: 'reportSilentCall',
        // Chat idleness is never a silent call: only a phone caller's own number counts (issue 10 item 2).
        input: ({ context }) => ({ phone: context.channel === 'voice' ? context.caller : null, conversationId: context.conversationId }),
        onDone: { actions: { type: 'say', params: { key: 'selfService.silentGoodbye' } }, target: 'goodbye' },
        onError: { actions: { type: 'say', params: { key: 'selfService.silentGoodbye' } }, target: 'goodbye' },
      },
    },

    savingAbandoned: saveDraftThen('abandoned'),
    savingForAgent: saveDraftThen('agentTransfer'),
    savingForSupervisor: saveDraftThen('escalation'),
    savingBeforeGoodbye: saveDraftThen('goodbye'),
    savingInterrupted: {
      invoke: {
        src: 'saveAbandoned',
        input: ({ context }) => ({ order: abandonedOrder(context, context.interrupted?.draft ?? null), interrupted: null }),
        onDone: 'urgentTransfer',
        onError: 'urgentTransfer',
      },
    },

    goodbye: {
      type: 'final',
      entry: { type: 'say', params: { key: 'closing.goodbye' } },
      meta: { end: { type: 'hangup' } },
    },
    agentTransfer: {
      type: 'final',
      // After a complaint or upset words, sorry first (N12, N24).
      entry: ['apologiseIfAggrieved', { type: 'say', params: { key: 'transfer.toAgent' } }],
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'requested' } },
    },
    urgentTransfer: {
      type: 'final',
      meta: { end: { type: 'transfer', queue: 'urgent', reason: 'danger' } },
    },
    ladderTransfer: {
      type: 'final',
      entry: { type: 'say', params: { key: 'transfer.ladderExhausted' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'not_understood' } },
    },
    supervisorTransfer: {
      type: 'final',
      entry: { type: 'say', params: { key: 'escalation.connecting' } },
      meta: { end: { type: 'escalate' } },
    },
    saveFailed: {
      type: 'final',
      entry: { type: 'say', params: { key: 'fault.saveFailed' } },
      meta: { end: { type: 'transfer', queue: 'agent', reason: 'system_error' } },
    },
    abandoned: {
      type: 'final',
      meta: { end: { type: 'abandoned' } },
    },
  },
});

export type InboundCallMachine = typeof inboundCallMachine;
