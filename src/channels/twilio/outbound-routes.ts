/**
 * The webhooks of the calls the dialler places (N15-N19), beside the inbound ones:
 *   POST /twilio/outbound?task=<id>   the call was answered (calls.create `url`): the task's flow
 *                                     starts (id = CallSid) with Twilio's AnsweredBy; its first Turn
 *   POST /twilio/outbound/status      the call's status callback: every step recorded on the task's
 *                                     attempt; at the end the conversation hangs up and the task
 *                                     moves on (done, or another attempt later inside a window)
 * The gathers of these calls are the inbound ones (/twilio/gather?turn=<v>).
 */
import type { Request, Response, Router } from 'express';
import type { Engine } from '../../bootstrap.js';
import type { Turn } from '../../core/conversation.js';
import { ATTEMPT_STATUSES, type AttemptStatus } from '../../services/ports.js';
import { callStatus } from '../../services/dialer.js';
import { FINAL_CALL_STATUSES, param, type TwilioParams } from './params.js';
import twilio from 'twilio';
import { requestLogger } from '../../observability/http.js';

export interface OutboundRouteContext {
  engine: Engine;
  /** Answers a Turn as TwiML (and counts it as a turn). */
  sendTurn(req: Request, res: Response, turn: Turn): void;
  /** Ends the conversation of a finished call (the flow keeps what the customer heard and said). */
  hangUp(req: Request, callSid: string, status: string): Promise<void>;
  apologize(req: Request, res: Response, callSid: string, what: string, error: unknown): Promise<void>;
}

const TASK_ID = /^[0-9a-f-]{36}$/;

export function mountOutboundRoutes(router: Router, ctx: OutboundRouteContext): void {
  const { engine } = ctx;
  const { services } = engine.stores;

  router.post('/outbound', async (req, res) => {
    const body = formBody(req);
    const callSid = param(body, 'CallSid');
    const taskId = typeof req.query.task === 'string' && TASK_ID.test(req.query.task) ? req.query.task : null;
    try {
      const task = taskId ? await services.outbound.get(taskId) : null;
      // A call for no task we are dialling (a stale or forged request): nobody hears any business.
      if (!task || task.status === 'cancelled' || task.history.at(-1)?.callSid !== callSid) {
        requestLogger(req).warn({ callSid, taskId }, 'twilio: an outbound call answered for a task not dialling it; hanging up');
        sendTwiml(res, hangupTwiml());
        return;
      }
      const answeredBy = param(body, 'AnsweredBy');
      const turn = await engine.host.start(callSid, {
        flow: task.flow,
        channel: 'voice',
        caller: task.phone,
        called: param(body, 'From') || null,
        locale: task.locale,
        params: { task: task.id, ...(/^[a-z_]{1,32}$/.test(answeredBy) ? { answeredBy } : {}) },
      });
      ctx.sendTurn(req, res, turn);
    } catch (error) {
      await ctx.apologize(req, res, callSid, `outbound call (task ${taskId})`, error);
    }
  });

  router.post('/outbound/status', async (req, res) => {
    const body = formBody(req);
    const callSid = param(body, 'CallSid');
    const status = attemptStatus(param(body, 'CallStatus'));
    try {
      if (status && FINAL_CALL_STATUSES.has(status)) await ctx.hangUp(req, callSid, status);
      if (status) {
        const duration = Number(param(body, 'CallDuration'));
        const task = await callStatus(
          services,
          callSid,
          { status, answeredBy: param(body, 'AnsweredBy') || null, durationSeconds: Number.isInteger(duration) ? duration : null },
          new Date(),
          engine.dialPolicy,
        );
        if (!task) requestLogger(req).info({ callSid, status }, 'twilio: status of a call of no outbound task');
      } else requestLogger(req).warn({ callSid, callStatus: param(body, 'CallStatus') }, 'twilio: outbound status callback with an unknown CallStatus');
    } catch (error) {
      requestLogger(req).error({ err: error, callSid }, 'twilio: outbound call status not recorded');
    }
    res.status(204).end();
  });
}

/** Twilio's CallStatus as an attempt status ('initiated' is the call queued at Twilio). */
function attemptStatus(raw: string): AttemptStatus | null {
  const status = raw === 'initiated' ? 'queued' : raw === 'answered' ? 'in-progress' : raw;
  return (ATTEMPT_STATUSES as readonly string[]).includes(status) ? (status as AttemptStatus) : null;
}

/** Hang up at once: nothing is said. */
function hangupTwiml(): string {
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.hangup();
  return twiml.toString();
}

function formBody(req: Request): TwilioParams {
  return req.body && typeof req.body === 'object' ? (req.body as TwilioParams) : {};
}

function sendTwiml(res: Response, twiml: string): void {
  res.status(200).type('text/xml').send(twiml);
}
