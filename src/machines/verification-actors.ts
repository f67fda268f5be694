/**
 * The service actors of identity verification by one-time code (issue 10 item 1), bound to the
 * verification service. Kept apart from service-actors.ts: the flows' own services stay there.
 */
import { fromPromise } from 'xstate';
import type { Locale } from '../core/locale.js';
import type { CheckResult, PendingCode, SendResult, VerificationCodes } from '../services/verification.js';

export const verificationActorStubs = {
  /** Sends a code by SMS to the account's registered phone. */
  sendVerificationCode: fromPromise<SendResult, { conversationId: string; phone: string; locale: Locale }>(notProvided),
  checkVerificationCode: fromPromise<CheckResult, { conversationId: string; pending: PendingCode | null; code: string }>(notProvided),
};

async function notProvided(): Promise<never> {
  throw new Error('service actor not provided: the engine binds services with machine.provide()');
}

/** Without a verification service (a flow host without one), nobody can be verified by code. */
export function bindVerificationActors(codes: VerificationCodes | null): typeof verificationActorStubs {
  return {
    sendVerificationCode: fromPromise(async ({ input }) =>
      codes ? codes.send(input.conversationId, input.phone, input.locale) : ({ status: 'unavailable' } as const),
    ),
    checkVerificationCode: fromPromise(async ({ input }) => (codes ? codes.check(input.conversationId, input.pending, input.code) : 'locked')),
  };
}
