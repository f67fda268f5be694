/** The HTTP entry (express): one router per channel, and errors as 4xx with a reason. */
import express, { type ErrorRequestHandler } from 'express';
import type { Engine } from './bootstrap.js';
import { EngineError } from './engine/errors.js';
import { webChatRouter } from './channels/webchat/routes.js';
import { webChatPage } from './channels/webchat/static.js';
import { webChatTakeoverRouter } from './channels/webchat/takeover.js';
import { consoleApi } from './console/routes.js';
import { consolePage } from './console/page.js';
import { twilioRouter } from './channels/twilio/routes.js';
import { adminRouter } from './admin/routes.js';
import { securityHeaders } from './security/headers.js';
import { createRateLimiters } from './security/rate-limits.js';
import { auditTrail, requestLogger, requestLogging } from './observability/http.js';
import { operationsRouter } from './observability/routes.js';
import { studioRouter } from './designer/studio/routes.js';
import { Studio } from './designer/studio/sessions.js';

export interface ServerOptions {
  /** True once shutdown has begun: /ready then answers 503. */
  draining?: () => boolean;
  /** The flow studio's plays (/studio); one on the process's environment when not given. */
  studio?: Studio;
}

export function createServer(engine: Engine, options: ServerOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-* count only from the proxies the operator named (TRUST_PROXY; issue 10 item 6).
  app.set('trust proxy', engine.config.security.trustProxy);
  app.use(securityHeaders());
  const limits = createRateLimiters(engine.config.security.rateLimits, engine.rateLimits);

  app.use(requestLogging(engine.metrics));
  // Twilio's webhooks first: a call's turns are most of the traffic, and no other route shares /twilio.
  app.use('/twilio', twilioRouter(engine, { limits }));
  app.use(
    operationsRouter({
      probes: engine.stores.probes,
      metrics: engine.metrics,
      operations: engine.config.operations,
      production: engine.config.nodeEnv === 'production',
      ...(options.draining ? { draining: options.draining } : {}),
    }),
  );
  app.use('/chat', webChatTakeoverRouter(engine, { limits })); // a chat a person has: before the bot's routes
  app.use('/chat', webChatRouter(engine.host, { limits }));
  app.get('/', (_req, res) => res.redirect('/chat/'));
  app.use('/chat', webChatPage()); // GET only: the page and its assets, beside the JSON API
  app.use('/api/admin', auditTrail(), adminRouter(engine, { limits }));
  app.use('/console/api', auditTrail(), consoleApi(engine, { limits }));
  app.use('/console', consolePage());
  // The flow designers' studio: open in development, a signed-in person's in production.
  app.use('/studio', studioRouter(engine, options.studio ?? new Studio(process.env)));

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', reason: 'no such route' });
  });
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    if (error instanceof EngineError) {
      res.status(error.status).json({ error: error.code, reason: error.message });
      return;
    }
    // Malformed JSON and oversized bodies from express.json().
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ error: 'bad_request', reason: (error as Error).message });
      return;
    }
    requestLogger(req).error({ err: error }, 'unhandled error');
    res.status(500).json({ error: 'internal', reason: 'internal error' });
  };
  app.use(onError);
  return app;
}
