/**
 * The duty desk's own JSON API, under /console/api (issue 12); the lists and the supervisors'
 * actions are the admin API's (/api/admin), which a signed-in person uses with the same cookie.
 *   POST   /session                 { name, password }  -> { user, csrfToken, permissions }
 *   GET    /session                                     -> the same, or 401
 *   DELETE /session                                     signs out
 *   GET    /events                  server-sent events: entries, handover, changed
 *   GET    /chats                   the chats waiting for or with a person (priority, then oldest)
 *   GET    /chats/:conversationId   transcript, what the bot collected, the handover and escalation
 *   POST   /handovers/:id/take
 *   POST   /handovers/:id/messages  { text }
 *   POST   /handovers/:id/typing
 *   POST   /handovers/:id/return    { entry: menu | fault_report | query | consultation | complaint | report }
 *   POST   /handovers/:id/close     { outcome? }
 * Every change needs the session's X-CSRF-Token.
 */
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import type { Engine } from '../bootstrap.js';
import { EngineError } from '../engine/errors.js';
import { HANDOVER_STATUSES, type HandoverStatus } from '../services/ports.js';
import { permissionsOf } from '../services/users.js';
import { csrfOk, foreignOrigin, loadSession, signedIn, signIn, signOut } from './auth.js';
import { chatChannel, DESK } from './bus.js';
import { DeskError } from './desk.js';
import { openEventStream } from './sse.js';

export function consoleApi(engine: Engine, options: { limits?: { adminFailures: RequestHandler } } = {}): Router {
  const { desk, bus } = engine;
  const staff = engine.stores.staff;
  const config = engine.config.desk;
  const router = express.Router();
  router.use(express.json({ limit: '8kb' }));
  router.use(loadSession(staff, config));
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  // Guessing passwords: a client with repeated failed sign-ins is refused for a while (429).
  const failures: RequestHandler = options.limits?.adminFailures ?? ((_req, _res, next) => next());
  router.post('/session', failures, async (req, res) => {
    if (foreignOrigin(req)) throw new DeskError(403, 'forbidden', 'sign in from the console page');
    const b = (req.body ?? {}) as Record<string, unknown>;
    if (typeof b.name !== 'string' || typeof b.password !== 'string') throw new DeskError(400, 'bad_request', 'name and password are required');
    const session = await signIn(staff, config, res, b.name, b.password);
    if (!session) throw new DeskError(401, 'unauthorized', 'the name or the password is not right');
    res.json({ ...session, permissions: permissionsOf(session.user.role) });
  });

  router.get('/session', (req, res) => {
    const session = signedIn(req);
    if (!session) throw new DeskError(401, 'unauthorized', 'not signed in');
    res.json({ user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt, permissions: permissionsOf(session.user.role) });
  });

  // Everything below: signed in, and a change carries the CSRF token.
  const person: RequestHandler = (req, _res, next) => {
    const session = signedIn(req);
    if (!session) throw new DeskError(401, 'unauthorized', 'sign in first');
    if (!csrfOk(req, session)) throw new DeskError(403, 'csrf', 'a change needs the X-CSRF-Token header of your session');
    next();
  };
  const user = (req: express.Request) => signedIn(req)!.user;

  router.delete('/session', person, async (req, res) => {
    await signOut(staff, config, req, res);
    res.status(204).end();
  });

  router.get('/events', person, (req, res) => {
    const stream = openEventStream(req, res);
    stream.onClose(bus.subscribe(DESK, (event) => stream.send(event.type, event)));
    stream.send('hello', { user: user(req).name });
  });

  router.get('/chats', person, async (req, res) => {
    const raw = typeof req.query.status === 'string' ? req.query.status.split(',').filter(Boolean) : undefined;
    if (raw?.some((s) => !(HANDOVER_STATUSES as readonly string[]).includes(s))) {
      throw new DeskError(400, 'bad_request', `status must be among ${HANDOVER_STATUSES.join(', ')}`);
    }
    const items = await desk.queue(raw as HandoverStatus[] | undefined);
    res.json({ count: items.length, items });
  });

  router.get('/chats/:id', person, async (req, res) => {
    res.json(await desk.chat(req.params.id as string));
  });

  router.post('/handovers/:id/take', person, async (req, res) => {
    res.json(await desk.take(req.params.id as string, user(req)));
  });

  router.post('/handovers/:id/messages', person, async (req, res) => {
    res.status(201).json(await desk.say(req.params.id as string, user(req), (req.body as { text?: unknown } | undefined)?.text));
  });

  router.post('/handovers/:id/typing', person, async (req, res) => {
    const found = await engine.stores.staff.handovers.get(req.params.id as string);
    if (found?.status === 'taken' && found.takenBy === user(req).name) await bus.publish(chatChannel(found.conversationId), { type: 'typing' });
    res.status(204).end();
  });

  router.post('/handovers/:id/return', person, async (req, res) => {
    const entry = (req.body as { entry?: unknown } | undefined)?.entry ?? 'menu';
    // Which entries there are is the flow's business (FlowDefinition.entries): the host refuses others.
    if (typeof entry !== 'string') throw new DeskError(400, 'bad_request', 'entry must be text');
    res.json(await desk.returnToBot(req.params.id as string, user(req), entry));
  });

  router.post('/handovers/:id/close', person, async (req, res) => {
    res.json(await desk.close(req.params.id as string, user(req), (req.body as { outcome?: unknown } | undefined)?.outcome));
  });

  router.use(deskErrors);
  return router;
}

/** Refusals as { error, reason } with their status; never a 500 for what the caller got wrong. */
export const deskErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error instanceof DeskError || error instanceof EngineError) {
    res.status(error.status).json({ error: error.code, reason: error.message });
  } else if (error instanceof RangeError) {
    res.status(400).json({ error: 'bad_request', reason: error.message });
  } else if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    res.status(error.status).json({ error: 'bad_request', reason: (error as Error).message });
  } else {
    next(error);
  }
};
