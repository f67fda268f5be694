/** The work orders the flows file, built from what the caller gave (pure: tested through the flows). */
import type { NewWorkOrder } from '../services/ports.js';
import type { DialogueContext } from './context.js';

function base(context: DialogueContext): Pick<NewWorkOrder, 'account' | 'phone' | 'channel' | 'conversationId'> {
  return {
    account: context.customer?.account ?? null,
    phone: context.answers.contact ?? context.caller,
    channel: context.channel,
    conversationId: context.conversationId,
  };
}

/** The account's area, when the fault is at the account's own address. */
export function homeAreaId(context: DialogueContext): string | null {
  const { customer, fault } = context;
  return customer && fault.address === customer.address ? customer.areaId : null;
}

/** A repair order (N10); urgent when there is danger. */
export function repairOrder(context: DialogueContext): NewWorkOrder {
  const { fault } = context;
  return {
    ...base(context),
    kind: 'repair',
    // Someone trapped in a lift (119 told, N10): the order is urgent too.
    urgent: fault.danger || fault.trapped === true,
    danger: fault.danger,
    scope: fault.scope,
    address: fault.address ?? '',
    areaId: fault.area?.id ?? homeAreaId(context),
    description: fault.description ?? (fault.danger ? 'danger reported by keypad' : ''),
    ...(fault.trapped === true || context.answers.contactName
      ? {
          details: {
            ...(fault.trapped === true ? { trapped: 'someone trapped in a lift' } : {}),
            ...(context.answers.contactName ? { contactName: context.answers.contactName } : {}),
          },
        }
      : {}),
  };
}

/** A complaint (N13, N14): what happened, when, where, who. */
export function complaintOrder(context: DialogueContext): NewWorkOrder {
  const { what = '', when = '', where = '', who = '' } = context.answers;
  return {
    ...base(context),
    kind: 'complaint',
    urgent: false,
    danger: false,
    scope: null,
    address: where,
    areaId: null,
    description: what,
    details: { what, when, where, who, ...(context.answers.contactName ? { contactName: context.answers.contactName } : {}) },
  };
}

/** A report (举报); an anonymous one keeps no number or account. */
export function reportOrder(context: DialogueContext): NewWorkOrder {
  const anonymous = context.answers.anonymous === 'yes';
  const order: NewWorkOrder = {
    ...base(context),
    kind: 'report',
    subtype: context.answers.reportType ?? 'other',
    anonymous,
    urgent: false,
    danger: false,
    scope: null,
    address: '',
    areaId: null,
    description: context.answers.details ?? '',
  };
  return anonymous ? { ...order, phone: null, account: null } : order;
}

/** A business application (new connection, capacity increase, name transfer, EV charger). */
export function applicationOrder(context: DialogueContext): NewWorkOrder {
  return {
    ...base(context),
    kind: 'application',
    subtype: context.answers.application ?? null,
    urgent: false,
    danger: false,
    scope: null,
    address: context.answers.address ?? context.customer?.address ?? '',
    areaId: context.customer?.areaId ?? null,
    description: context.answers.application ?? '',
  };
}

/**
 * What the caller gave before hanging up, kept for a callback (issue 3: nothing reported is lost):
 * the report being collected, or `kind`, the business a danger report interrupted (N10).
 */
export function abandonedOrder(context: DialogueContext, kind: DialogueContext['draft'] = context.draft): NewWorkOrder {
  switch (kind) {
    case 'complaint':
      return complaintOrder(context);
    case 'report':
      return reportOrder(context);
    case 'application':
      return applicationOrder(context);
    default:
      return repairOrder(context);
  }
}

/** The business a danger report interrupted, as far as it got (N10), when it had collected anything. */
export function interruptedOrder(context: DialogueContext): NewWorkOrder | null {
  const kind = context.interrupted?.draft ?? null;
  return kind && hasInterruptedAnswers(context) ? abandonedOrder(context, kind) : null;
}

/** Answers the interrupted business collected (the danger report's own contact number aside). */
export function hasInterruptedAnswers(context: DialogueContext): boolean {
  return context.interrupted?.draft != null && Object.keys(context.answers).some((name) => name !== 'contact');
}
