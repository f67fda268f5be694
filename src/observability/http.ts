/**
 * One log line per HTTP request (pino-http), with a request id (X-Request-Id, echoed back), and for
 * a turn the conversation id, channel, state, outcome and duration, and the turn latency metric.
 * A channel marks a request as a turn with noteTurn(res, channel, turn). Liveness, readiness and
 * metrics scrapes are not logged (a load balancer asks every few seconds).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { pinoHttp, type Options } from 'pino-http';
import type { Channel, Turn } from '../core/conversation.js';
import { logger as processLogger, type Logger } from './logger.js';
import { maskPersonalData } from './mask.js';
import { supervisorOf } from '../admin/params.js';
import { signedIn } from '../console/auth.js';
import { turnOutcome, type Metrics, type TurnOutcome } from './metrics.js';

interface TurnFields {
  conversationId: string;
  channel: Channel;
  state: string;
  outcome: TurnOutcome;
}

const STARTED = Symbol('startedAt');
const TURN = Symbol('turn');
type Tracked = ServerResponse & { [STARTED]?: number; [TURN]?: TurnFields };

/** Marks this response as the answer of a turn: its log line and the latency histogram say so. */
export function noteTurn(res: Response, channel: Channel, turn: Turn): void {
  (res as Tracked)[TURN] = { conversationId: turn.conversationId, channel, state: turn.state, outcome: turnOutcome(turn) };
}

/** The request's logger (its lines carry the request id), or the process logger outside a request. */
export function requestLogger(req: Request): Logger {
  return (req as Request & { log?: Logger }).log ?? processLogger;
}

const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);
/** An id from the proxy in front is kept when it looks like one (no log injection). */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

function pathOf(url: string | undefined): string {
  const q = url?.indexOf('?') ?? -1;
  return q === -1 ? (url ?? '') : url!.slice(0, q);
}

export function requestLogging(metrics: Metrics, logger: Logger = processLogger): RequestHandler {
  const fields = (req: IncomingMessage, res: ServerResponse) => {
    const tracked = res as Tracked;
    const durationMs = performance.now() - (tracked[STARTED] ?? performance.now());
    const turn = tracked[TURN];
    if (turn) metrics.turnDuration.observe({ channel: turn.channel }, durationMs / 1000);
    return {
      method: req.method,
      url: maskPersonalData((req as Request).originalUrl ?? req.url ?? ''),
      status: res.statusCode,
      durationMs: Math.round(durationMs * 100) / 100,
      ...turn,
    };
  };
  const options: Options = {
    logger,
    // One child logger per request, bound to the request id only: pino-http binds the request
    // under a key we name (reqId) through our serializer, which keeps its id. (Its default binds
    // a second child with the whole request serialized, headers and all, on every request, for a
    // line that never prints it.) The line at the end carries the rest.
    customAttributeKeys: { req: 'reqId' },
    wrapSerializers: false,
    serializers: { reqId: (req: IncomingMessage & { id?: unknown }) => req.id },
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.has(pathOf(req.url)) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (_req, res) => ((res as Tracked)[TURN] ? 'turn' : 'request'),
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res) => fields(req, res),
    customErrorObject: (req, res, error) => ({ ...fields(req, res), err: error }),
  };
  const log = pinoHttp(options);
  return (req: Request, res: Response, next: NextFunction) => {
    (res as Tracked)[STARTED] = performance.now();
    log(req, res, next);
  };
}

/** Who acted as the audit records it (the signed-in person, X-Supervisor or body.by); null when not said or not valid. */
function supervisorNamed(req: Request): string | null {
  try {
    return supervisorOf(req, req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {}) ?? null;
  } catch {
    return null;
  }
}

/**
 * One audit line per supervisor action (a change through the admin API or the duty desk): who, what, on which
 * record, and whether it succeeded. Logged at info whatever LOG_LEVEL says, so the trail is kept.
 */
export function auditTrail(logger: Logger = processLogger): RequestHandler {
  const audit = logger.child({ audit: 'supervisor' }, { level: 'info' });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    res.once('finish', () => {
      const person = signedIn(req);
      const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? Object.keys(req.body as object) : [];
      audit.info(
        {
          reqId: (req as Request & { id?: unknown }).id,
          // How they were let in: a duty-desk session (its user and role), else the admin token.
          actor: person ? `staff:${person.user.id}` : req.get('authorization') ? 'admin-token' : 'anonymous',
          ...(person ? { role: person.user.role } : {}),
          // The supervisor acting, as the admin API takes it (X-Supervisor or body.by).
          supervisor: supervisorNamed(req),
          action: `${req.method} ${maskPersonalData(pathOf(req.originalUrl))}`,
          fields: body,
          status: res.statusCode,
          outcome: res.statusCode < 400 ? 'done' : 'refused',
        },
        'supervisor action',
      );
    });
    next();
  };
}
