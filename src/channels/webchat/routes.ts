/**
 * Web chat channel (N25): JSON over HTTP. Transport only: the request becomes an Input, the
 * Turn becomes chat bubbles and quick replies.
 *   POST /chat/sessions                 { locale?, phone? }            -> 201 ChatReply
 *   POST /chat/sessions/:id/messages    { text } | { choice } | { silence: true } -> ChatReply
 *   POST /chat/sessions/:id/end                                        -> ChatReply
 * Bodies are checked with zod (unknown fields refused). Conversation ids are chat-<uuid>: a
 * chat route never reaches a phone call (issue 10 item 3). A typed phone number is a claim only:
 * the flow proves it by a code sent to the registered phone before any account data is shown.
 */
import { randomUUID } from 'node:crypto';
import express, { type RequestHandler, type Router } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { z } from 'zod';
import type { ConversationHost } from '../../engine/conversation-host.js';
import { ConversationNotFound, InvalidInput } from '../../engine/errors.js';
import { LOCALES } from '../../core/locale.js';
import type { Input } from '../../core/conversation.js';
import { parseOrRefuse } from '../../validation/problems.js';
import { normalizePhone } from '../../services/phone.js';
import { renderChatReply } from './render.js';
import { noteTurn } from '../../observability/http.js';

export interface WebChatOptions {
  /** Per-client limits on chat starts and messages (src/security/rate-limits.ts). */
  limits?: { chatStarts: RequestHandler; chatMessages: RequestHandler };
}

const CHAT_ID = /^chat-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Is this the id of a chat conversation (and so never of a phone call)? */
export function isChatConversationId(id: string): boolean {
  return CHAT_ID.test(id);
}

const startBody = z.strictObject({
  locale: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).optional(),
  phone: z
    .string({ message: 'must be text' })
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{2,24}$/, { message: 'must be a phone number' })
    // As people write it ("138 0013 8000", "+86 138-0013-8000"): stored and looked up in E.164.
    .transform((p) => normalizePhone(p.replace(/[ ()-]/g, '')))
    .optional(),
});

const MESSAGE_SHAPES = 'a message is { "text": "..." }, { "choice": "<id>" } or { "silence": true }';
const messageBody = z.union(
  [
    z.strictObject({ text: z.string().max(2000, { message: 'must be at most 2000 characters' }) }),
    z.strictObject({ choice: z.string().regex(/^[a-z_]{1,64}$/, { message: 'must be a choice id' }) }),
    z.strictObject({ silence: z.literal(true) }),
  ],
  { message: MESSAGE_SHAPES },
);

const pass: RequestHandler = (_req, _res, next) => next();

export function webChatRouter(host: ConversationHost, options: WebChatOptions = {}): Router {
  const router = express.Router();
  const limits = options.limits ?? { chatStarts: pass, chatMessages: pass };
  router.use(express.json({ limit: '16kb' }));

  router.post('/sessions', limits.chatStarts, async (req, res) => {
    const body = parseOrRefuse(startBody, req.body ?? {}, (reason) => new InvalidInput(reason));
    const turn = await host.start(`chat-${randomUUID()}`, {
      channel: 'chat',
      caller: body.phone ?? null,
      ...(body.locale ? { locale: body.locale } : {}),
      params: {
        // The page's language selector is the customer's choice: the flow does not offer languages again (issue 12).
        ...(body.locale ? { language: 'chosen' } : {}),
        // Tries at ticket and account numbers count per client, as the HTTP limits count it (issue 14).
        client: ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown'),
      },
    });
    noteTurn(res, 'chat', turn);
    res.status(201).json(renderChatReply(turn));
  });

  router.post('/sessions/:id/messages', limits.chatMessages, async (req, res) => {
    const id = chatId(req.params.id);
    const turn = await host.handle(id, chatInput(req.body), { channel: 'chat' });
    noteTurn(res, 'chat', turn);
    res.json(renderChatReply(turn));
  });

  router.post('/sessions/:id/end', limits.chatMessages, async (req, res) => {
    const turn = await host.handle(chatId(req.params.id), { type: 'hangup' }, { channel: 'chat' });
    noteTurn(res, 'chat', turn);
    res.json(renderChatReply(turn));
  });

  return router;
}

function chatId(id: unknown): string {
  if (typeof id !== 'string' || !isChatConversationId(id)) throw new ConversationNotFound(String(id));
  return id;
}

function chatInput(body: unknown): Input {
  const message = parseOrRefuse(messageBody, body ?? {}, () => new InvalidInput(MESSAGE_SHAPES));
  if ('text' in message) return { type: 'text', text: message.text };
  if ('choice' in message) return { type: 'choice', id: message.choice };
  return { type: 'noInput' };
}
