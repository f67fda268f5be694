/**
 * Twilio Voice channel: Twilio's webhooks in, TwiML out (docs/twilio.md). Transport only.
 *   POST /twilio/voice               incoming call: start the conversation (id = CallSid)
 *   POST /twilio/gather?turn=<v>     the <Gather> result for the Turn of version v (&first=1: the first
 *                                    key of a number alone; &keys=<k>: the rest of the number after it)
 *   POST /twilio/status              call status callback: a finished call hangs up the conversation
 *   POST /twilio/escalation?turn=<v>&step=<n>  the <Dial> action after ringing supervisor n (N24)
 *   POST /twilio/whisper?turn=<v>&step=<n>     what supervisor n hears before being connected
 *   POST /twilio/fallback            Twilio's fallback URL: apology, the report taken as a recording
 *   POST /twilio/fallback/recording  the <Record> action: the recording becomes a work order (N21)
 *   POST /twilio/outbound?task=<id>, /twilio/outbound/status   calls the dialler placed (outbound-routes.ts)
 * Every route checks the Twilio signature first. The call routes always answer TwiML: a failure
 * becomes an apology and a transfer to an agent, never an error page (N21).
 */
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Engine } from '../../bootstrap.js';
import { ConversationConflict, ConversationNotFound } from '../../engine/errors.js';
import { DEFAULT_LOCALE, type Locale } from '../../core/locale.js';
import type { Turn } from '../../core/conversation.js';
import { emergency, fallbackTwiml, recordedTwiml } from './emergency.js';
import { afterDialTwiml, chainExhaustedAfter, supervisorAnswered, whisperTwiml, type EscalateEnding, type EscalationUrls } from './escalation.js';
import { callerNumber, FINAL_CALL_STATUSES, gatherInput, param, type TwilioParams } from './params.js';
import { recordingWorkOrder } from './recording.js';
import { verifyTwilioSignature } from './signature.js';
import { apologyTwiml, FIRST_KEY_PARAM, firstKeyAlone, KEYS_PARAM, restOfNumberTwiml, turnToTwiml } from './twiml.js';
import { twimlDocument } from './voice-response.js';
import { noteTurn, requestLogger } from '../../observability/http.js';
import { logger } from '../../observability/logger.js';
import { mountOutboundRoutes } from './outbound-routes.js';

export interface TwilioRouterOptions {
  /** Refuses a client after repeated bad signatures (src/security/rate-limits.ts). */
  limits?: { twilioFailures: RequestHandler };
}

/** A hangup that loses a race with a Gather in flight is tried again this many times. */
const HANGUP_ATTEMPTS = 3;

export function twilioRouter(engine: Engine, options: TwilioRouterOptions = {}): Router {
  const { config, host, stores } = engine;
  const voices = config.twilioVoices;
  // The emergency phrases read now, at start: when a turn or the engine fails they are plain text (N21).
  const lines = emergency();
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  if (options.limits) router.use(options.limits.twilioFailures);
  router.use(verifyTwilioSignature({ authToken: config.twilioAuthToken, publicBaseUrl: config.publicBaseUrl, log: logger }));

  /** Our own URL for Twilio to call next: absolute behind PUBLIC_BASE_URL, else from the site root. */
  const ownUrl = (req: Request, path: string) => `${config.publicBaseUrl ?? ''}${req.baseUrl}${path}`;
  const escalationUrls = (req: Request, version: number): EscalationUrls => ({
    action: (step) => ownUrl(req, `/escalation?turn=${version}&step=${step}`),
    whisper: (step) => ownUrl(req, `/whisper?turn=${version}&step=${step}`),
  });
  /** Answers a Turn as TwiML (and marks the request as a turn for its log line and the latency metric). */
  const sendTurn = (req: Request, res: Response, turn: Turn) => {
    noteTurn(res, 'voice', turn);
    sendTwiml(res, render(req, turn));
  };
  const render = (req: Request, turn: Turn) =>
    turnToTwiml(turn, {
      voices,
      urgentQueue: config.twilioUrgentQueue,
      gatherAction: (version) => ownUrl(req, `/gather?turn=${version}`),
      escalation: (version) => escalationUrls(req, version),
    });
  /** The escalation a call is in, from its last Turn. */
  const escalationOf = async (callSid: string): Promise<{ version: number; end: EscalateEnding } | null> => {
    const record = await stores.sessions.get(callSid);
    const turn = record?.channel === 'voice' ? record.lastTurn : null;
    return turn?.end?.type === 'escalate' ? { version: turn.version, end: turn.end } : null;
  };

  const localeOf = async (callSid: string): Promise<Locale> => {
    try {
      return (await stores.sessions.get(callSid))?.locale ?? DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  };
  const apologize = async (req: Request, res: Response, callSid: string, what: string, error: unknown) => {
    requestLogger(req).error({ err: error, callSid }, `twilio: ${what} failed; apologizing and transferring (N21)`);
    sendTwiml(res, apologyTwiml(await localeOf(callSid), voices));
  };

  router.post('/voice', async (req, res) => {
    const body = formBody(req);
    const callSid = param(body, 'CallSid');
    try {
      const turn = await host.start(callSid, {
        channel: 'voice',
        caller: callerNumber(param(body, 'From')),
        called: param(body, 'To') || null,
      });
      sendTurn(req, res, turn);
    } catch (error) {
      await apologize(req, res, callSid, 'incoming call', error);
    }
  });

  router.post('/gather', async (req, res) => {
    const body = formBody(req);
    const callSid = param(body, 'CallSid');
    const atVersion = queryNumber(req.query.turn);
    const log = requestLogger(req);
    if (atVersion === undefined) log.warn({ callSid }, 'twilio: gather without a valid ?turn=; applied without the retry check');
    try {
      let input = gatherInput(body);
      // The first key of a number question, taken alone (twiml.ts oneKeyAnswer): gather the rest first.
      if (req.query[FIRST_KEY_PARAM] === '1' && input.type === 'dtmf' && /^\d$/.test(input.digits)) {
        const record = await stores.sessions.get(callSid);
        const last = record?.channel === 'voice' ? record.lastTurn : null;
        const asked = last && last.version === atVersion ? last.ask : null;
        if (asked && firstKeyAlone(asked)) {
          sendTwiml(res, restOfNumberTwiml(asked, input.digits, ownUrl(req, `/gather?turn=${atVersion}&${KEYS_PARAM}=${input.digits}`)));
          return;
        }
      }
      // The rest of a number after its first key: both are the answer (nothing more: the first key alone).
      const first = req.query[KEYS_PARAM];
      if (typeof first === 'string' && /^\d$/.test(first)) input = { type: 'dtmf', digits: first + (input.type === 'dtmf' ? input.digits.replace(/#$/, '') : '') };
      sendTurn(req, res, await host.handle(callSid, input, { channel: 'voice', ...(atVersion === undefined ? {} : { atVersion }) }));
    } catch (error) {
      if (error instanceof ConversationConflict) {
        // A stale request (an older turn): the caller hears where the conversation is now.
        const current = await stores.sessions.get(callSid).catch(() => null);
        if (current?.channel === 'voice' && current.lastTurn) {
          log.warn({ callSid, turn: atVersion, version: current.version }, 'twilio: stale gather; repeating the current turn');
          sendTurn(req, res, current.lastTurn);
          return;
        }
      }
      await apologize(req, res, callSid, error instanceof ConversationNotFound ? 'gather (unknown call)' : 'gather', error);
    }
  });

  router.post('/status', async (req, res) => {
    const body = formBody(req);
    const callSid = param(body, 'CallSid');
    const status = param(body, 'CallStatus');
    try {
      if (FINAL_CALL_STATUSES.has(status)) await hangUp(req, callSid, status);
    } catch (error) {
      requestLogger(req).error({ err: error, callSid, status }, 'twilio: a final call status could not end the conversation');
    }
    // Always a success: an error would only make Twilio log and retry what cannot change.
    res.status(204).end();
  });

  const hangUp = async (req: Request, callSid: string, status: string) => {
    for (let attempt = 1; attempt <= HANGUP_ATTEMPTS; attempt++) {
      const record = await stores.sessions.get(callSid);
      // A status callback never ends a chat (ids are per channel).
      if (!record || record.channel !== 'voice') {
        requestLogger(req).info({ callSid, status }, 'twilio: status of an unknown call; nothing to end');
        return;
      }
      if (record.status !== 'active') return;
      try {
        await host.handle(callSid, { type: 'hangup' }, { channel: 'voice' });
        return;
      } catch (error) {
        if (!(error instanceof ConversationConflict) || attempt === HANGUP_ATTEMPTS) throw error;
      }
    }
  };

  router.post('/escalation', async (req, res) => {
    const body = formBody(req);
    const callSid = param(body, 'CallSid');
    try {
      const escalation = await escalationOf(callSid);
      if (!escalation) throw new Error('the call is not in an escalation');
      const step = queryNumber(req.query.step) ?? 0;
      const dialStatus = param(body, 'DialCallStatus');
      await recordDialOutcome(req, escalation.end, step, dialStatus);
      sendTwiml(res, afterDialTwiml(escalation.end, step, dialStatus, escalationUrls(req, escalation.version), voices));
    } catch (error) {
      await apologize(req, res, callSid, 'escalation dial', error);
    }
  });

  /** The escalation's outcome (N24): connected to a supervisor, or a guaranteed callback when nobody answered. */
  const recordDialOutcome = async (req: Request, end: EscalateEnding, step: number, dialStatus: string) => {
    const { escalations } = stores.services;
    try {
      if (supervisorAnswered(dialStatus)) {
        await escalations.update(end.escalationId, { status: 'connected', supervisor: end.chain[step]?.name ?? null, outcome: 'answered by phone' });
      } else if (chainExhaustedAfter(end, step)) {
        await escalations.update(end.escalationId, { status: 'callback', outcome: 'no supervisor answered; callback promised' });
      }
    } catch (error) {
      requestLogger(req).error({ err: error, escalationId: end.escalationId }, 'twilio: escalation outcome not recorded');
    }
  };

  router.post('/whisper', async (req, res) => {
    // Requested for the supervisor's leg: the caller's call is the parent.
    const parent = param(formBody(req), 'ParentCallSid');
    const escalation = await escalationOf(parent).catch(() => null);
    if (!escalation) requestLogger(req).warn({ callSid: parent }, 'twilio: whisper without an escalation; connecting without it');
    sendTwiml(res, escalation ? whisperTwiml(escalation.end, voices) : twimlDocument());
  });

  router.post('/fallback', (req, res) => {
    const body = formBody(req);
    requestLogger(req).error(
      { callSid: param(body, 'CallSid'), errorCode: param(body, 'ErrorCode') || null, errorUrl: param(body, 'ErrorUrl') || null },
      'twilio: fallback URL called (our Voice URL failed); taking the report as a recording (N21)',
    );
    sendTwiml(res, fallbackTwiml(voices, ownUrl(req, '/fallback/recording'), lines));
  });

  router.post('/fallback/recording', async (req, res) => {
    const body = formBody(req);
    const recording = {
      callSid: param(body, 'CallSid'),
      from: param(body, 'From'),
      recordingUrl: param(body, 'RecordingUrl'),
      recordingSid: param(body, 'RecordingSid'),
    };
    const log = requestLogger(req);
    if (!recording.recordingUrl) log.warn({ callSid: recording.callSid }, 'twilio: recording action without a RecordingUrl');
    else {
      try {
        const saved = await recordingWorkOrder(stores.services, recording);
        log.info({ callSid: recording.callSid, ...('queued' in saved ? { outboxId: saved.queued } : { workOrderId: saved.id }) }, 'twilio: recording registered');
      } catch (error) {
        // The recording stays at Twilio; this line is what an operator needs to register it by hand.
        log.error({ err: error, callSid: recording.callSid, from: recording.from, recordingUrl: recording.recordingUrl }, 'twilio: N21 UNSAVED REPORT');
      }
    }
    sendTwiml(res, recordedTwiml(voices, lines));
  });

  // The calls the dialler places (N15-N19): answered, and their status.
  mountOutboundRoutes(router, { engine, sendTurn, hangUp, apologize });

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = (error as { status?: number }).status;
    // A body that does not parse was not sent by Twilio: refuse it like a bad signature.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).type('text/plain').send('Bad Request');
      return;
    }
    if (req.path === '/status') res.status(204).end();
    else void apologize(req, res, param(formBody(req), 'CallSid'), `${req.method} ${req.originalUrl}`, error);
  };
  router.use(onError);
  return router;
}

function formBody(req: Request): TwilioParams {
  return req.body && typeof req.body === 'object' ? (req.body as TwilioParams) : {};
}

function queryNumber(raw: unknown): number | undefined {
  return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

/** A TwiML answer, written as is (Twilio asks no validators of it: no ETag to compute). */
function sendTwiml(res: Response, twiml: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/xml; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(twiml));
  res.end(twiml);
}
