import type { PromptRef } from '../engine/types.js';
import type { DialogueContext } from './context.js';

/**
 * The values prompts may interpolate, projected from the context. Raw values only:
 * how a digit or a name is spoken per locale is the prompts' business (src/prompts).
 */
export function promptValues(context: DialogueContext): NonNullable<PromptRef['values']> {
  const subject = context.customer ?? context.candidate;
  const { fault } = context;
  const values: NonNullable<PromptRef['values']> = {
    company: context.company,
    account: subject?.account ?? null,
    accountTail: subject ? subject.account.slice(-4) : null,
    name: subject?.name ?? null,
    address: fault.address ?? subject?.address ?? null,
    area: fault.area?.name ?? null,
    restoreAt: fault.outage?.expectedRestoreAt ?? null,
    ticket: fault.ticket?.id ?? null,
    minutes: fault.ticket?.promisedArrivalMinutes ?? null,
    description: fault.description,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}
