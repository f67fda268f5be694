/**
 * Web chat channel (N25): JSON over HTTP. Transport only: the request becomes an Input, the
 * Turn becomes chat bubbles and quick replies.
 *   POST /chat/sessions                 { locale?, phone? }            -> 201 ChatReply
 *   POST /chat/sessions/:id/messages    { text } | { choice } | { silence: true } -> ChatReply
 *   POST /chat/sessions/:id/end                                        -> ChatReply
 */
import { randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import type { ConversationHost } from '../../engine/conversation-host.js';
import { InvalidInput } from '../../engine/errors.js';
import { isLocale } from '../../core/locale.js';
import type { Input } from '../../core/conversation.js';
import { renderChatReply } from './render.js';
import { noteTurn } from '../../observability/http.js';

export function webChatRouter(host: ConversationHost): Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));

  router.post('/sessions', async (req, res) => {
    const body = objectBody(req.body);
    if (body.locale !== undefined && !isLocale(body.locale)) throw new InvalidInput('locale must be zh-CN, en-US or yue-HK');
    if (body.phone !== undefined && typeof body.phone !== 'string') throw new InvalidInput('phone must be a string');
    const turn = await host.start(`chat-${randomUUID()}`, {
      channel: 'chat',
      caller: body.phone ?? null,
      ...(body.locale ? { locale: body.locale } : {}),
    });
    noteTurn(res, 'chat', turn);
    res.status(201).json(renderChatReply(turn));
  });

  router.post('/sessions/:id/messages', async (req, res) => {
    const turn = await host.handle(req.params.id, chatInput(objectBody(req.body)));
    noteTurn(res, 'chat', turn);
    res.json(renderChatReply(turn));
  });

  router.post('/sessions/:id/end', async (req, res) => {
    const turn = await host.handle(req.params.id, { type: 'hangup' });
    noteTurn(res, 'chat', turn);
    res.json(renderChatReply(turn));
  });

  return router;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InvalidInput('body must be a JSON object');
  return body as Record<string, unknown>;
}

function chatInput(body: Record<string, unknown>): Input {
  if (typeof body.text === 'string') return { type: 'text', text: body.text };
  if (typeof body.choice === 'string') return { type: 'choice', id: body.choice };
  if (body.silence === true) return { type: 'noInput' };
  throw new InvalidInput('a message is { "text": "..." }, { "choice": "<id>" } or { "silence": true }');
}
