/**
 * The customer's side of a chat a person takes over (issue 12), mounted before the bot's chat API:
 *   GET  /sessions/:id                 resume after a reload: the transcript, the current question, the handover
 *   GET  /sessions/:id/events?after=N  server-sent events: entry (a person's or the service's line),
 *                                      handover (waiting, taken, timed_out...), reply (the bot again), typing
 *   POST /sessions/:id/messages        while a person has (or should have) the chat: to the person
 *   POST /sessions/:id/end             while a person has the chat: the customer leaves
 *   POST /sessions/:id/callback        { phone } | { decline: true }, after an unanswered wait
 *   POST /sessions/:id/leave           the page was closed (sendBeacon): ends as a hang-up unless it comes back
 * Otherwise the bot's routes (routes.ts) answer.
 */
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Engine } from '../../bootstrap.js';
import { ConversationNotFound } from '../../engine/errors.js';
import { validateConversationId } from '../../engine/validate.js';
import type { Handover, TranscriptEntry } from '../../services/ports.js';
import { chatChannel } from '../../console/bus.js';
import { customerView, DeskError } from '../../console/desk.js';
import { deskErrors } from '../../console/routes.js';
import { openEventStream } from '../../console/sse.js';
import { renderChatReply, type ChatReply } from './render.js';
import { isChatConversationId } from './routes.js';

/** What the page is shown of a transcript line. */
const line = (e: TranscriptEntry) => ({ seq: e.seq, author: e.author, name: e.name, text: e.text, at: e.at });

export function webChatTakeoverRouter(engine: Engine, options: { limits?: { chatMessages: RequestHandler } } = {}): Router {
  const { desk, bus } = engine;
  const router = express.Router();
  // The same per-client limit as the bot's messages, on what this router answers itself.
  const limited = (req: Request, res: Response) =>
    new Promise<boolean>((resolve, reject) => {
      if (!options.limits) return resolve(true);
      options.limits.chatMessages(req, res, (error?: unknown) => (error ? reject(error) : resolve(true)));
      // A refused request is answered (429) without next().
      res.once('finish', () => resolve(false));
    });
  // text/plain too: navigator.sendBeacon posts a string body with that type.
  router.use(express.json({ limit: '16kb', type: ['application/json', 'text/plain'] }));

  const record = async (id: string) => {
    validateConversationId(id);
    if (!isChatConversationId(id)) throw new ConversationNotFound(id);
    const found = await engine.stores.sessions.get(id);
    if (!found || found.channel !== 'chat') throw new ConversationNotFound(id);
    return found;
  };

  router.get('/sessions/:id', async (req, res) => {
    const found = await record(req.params.id);
    const [transcript, handover] = await Promise.all([engine.stores.staff.transcripts.list(found.id), desk.openHandover(found.id)]);
    await desk.customerBack(found.id);
    res.set('Cache-Control', 'no-store').json({
      reply: found.lastTurn ? renderChatReply(found.lastTurn) : null,
      transcript: transcript.map(line),
      handover: handover ? customerView(handover) : null,
    });
  });

  router.get('/sessions/:id/events', async (req, res) => {
    const found = await record(req.params.id);
    const after = Number(req.query.after ?? req.get('last-event-id') ?? 0);
    const stream = openEventStream(req, res);
    // Subscribe first, then read: nothing said in between is missed (the page drops repeats by seq).
    stream.onClose(
      bus.subscribe(chatChannel(found.id), (event) => {
        if (event.type === 'entry') {
          const entry = event.entry as TranscriptEntry;
          stream.send('entry', line(entry), entry.seq);
        } else if (event.type !== 'back') stream.send(event.type, event);
      }),
    );
    const handover = await engine.stores.staff.handovers.latest(found.id);
    if (handover) {
      // What the page has not shown: after its last line (?after=seq), every line but the customer's
      // own; on a first connection, what a person or the service said since the wait began.
      const since = Number.isSafeInteger(after) && after > 0 ? after : 0;
      for (const entry of await engine.stores.staff.transcripts.list(found.id, { afterSeq: since })) {
        const missed = since > 0 ? entry.author !== 'customer' : (entry.author === 'agent' || entry.author === 'system') && entry.at >= handover.createdAt;
        if (missed) stream.send('entry', line(entry), entry.seq);
      }
      stream.send('handover', { type: 'handover', handover: customerView(handover) });
    }
  });

  router.post('/sessions/:id/messages', async (req, res, next) => {
    if (!isChatConversationId(req.params.id)) return next();
    const handover = await desk.openHandover(req.params.id);
    if (!handover) return next(); // the bot's
    if (!(await limited(req, res))) return;
    const text = (req.body as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string') throw new DeskError(400, 'bad_request', 'while a person serves the chat, a message is { "text": "..." }');
    const entry = await desk.customerSays(handover, text);
    res.json({ ...personReply(handover, null), sent: line(entry) });
  });

  router.post('/sessions/:id/end', async (req, res, next) => {
    if (!isChatConversationId(req.params.id)) return next();
    const handover = await desk.openHandover(req.params.id);
    if (!handover) return next();
    if (!(await limited(req, res))) return;
    await desk.customerLeft(handover);
    res.json(personReply(handover, { type: 'abandoned' }));
  });

  router.post('/sessions/:id/callback', async (req, res) => {
    const found = await record(req.params.id);
    if (!(await limited(req, res))) return;
    const b = (req.body ?? {}) as { phone?: unknown; decline?: unknown };
    const entry = await desk.answerCallbackOffer(found.id, b.decline === true ? null : typeof b.phone === 'string' ? b.phone : '');
    res.json({ entry: line(entry), end: { type: 'hangup' } });
  });

  router.post('/sessions/:id/leave', async (req, res) => {
    const found = await record(req.params.id);
    if (!(await limited(req, res))) return;
    desk.customerLeaving(found.id);
    res.status(204).end();
  });

  router.use(deskErrors);
  return router;
}

/** A reply while a person has the chat: nothing from the bot, free text expected. */
function personReply(handover: Handover, end: ChatReply['end']): ChatReply & { handover: ReturnType<typeof customerView> } {
  return {
    id: handover.conversationId,
    version: 0,
    locale: handover.locale,
    state: 'person',
    messages: [],
    quickReplies: [],
    expect: end ? null : { kind: 'text' },
    end,
    handover: customerView(handover),
  };
}
