/**
 * The flow studio at /studio (issue 13 item 4): the page, its JSON API and the diagram renderer.
 * Served in development and test; in production only to a person signed in at the console
 * (the duty desk's session cookie, and its CSRF token on every change).
 */
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import type { Engine } from '../../bootstrap.js';
import { EngineError } from '../../engine/errors.js';
import { LOCALES, type Locale } from '../../core/locale.js';
import type { Medium } from '../../core/conversation.js';
import { csrfOk, loadSession, signedIn } from '../../console/auth.js';
import { packageRoot } from '../../prompts/catalogue.js';
import { scriptInput, ScriptError } from '../../channels/cli/script.js';
import { PAGE_CSP } from '../../channels/webchat/static.js';
import { demoCallers, Studio, StudioError } from './sessions.js';

export const STUDIO_DIR = join(packageRoot(), 'src', 'designer', 'studio', 'page');
const MERMAID = join(packageRoot(), 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

/** The pages' self-only policy, but Mermaid draws its SVG with inline styles (scripts stay 'self' only). */
const STUDIO_CSP = PAGE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("img-src 'self'", "img-src 'self' data:");

export function studioRouter(engine: Engine, studio: Studio): Router {
  const production = engine.config.nodeEnv === 'production';
  const router = express.Router();
  router.use(loadSession(engine.stores.staff, engine.config.desk));
  // In production the studio is a signed-in person's (it runs on scratch data, but it is staff's tool).
  const person: RequestHandler = (req, _res, next) => {
    if (!production) return next();
    const session = signedIn(req);
    if (!session) throw new StudioError(401, 'sign in at /console/ first');
    if (!csrfOk(req, session)) throw new StudioError(403, 'a change needs the X-CSRF-Token header of your console session');
    next();
  };
  router.use(person);
  router.use((_req, res, next) => {
    res.set('Content-Security-Policy', STUDIO_CSP);
    next();
  });
  router.get('/mermaid.min.js', (_req, res) => res.type('text/javascript').set('Cache-Control', 'max-age=86400').sendFile(MERMAID));

  const api = express.Router();
  api.use(express.json({ limit: '8kb' }));
  api.get('/options', (_req, res) => {
    res.json({ flows: studio.flows(), locales: LOCALES, media: ['voice', 'text'], callers: demoCallers(), production });
  });
  api.get('/diagrams/:page', (req, res) => {
    const page = studio.page(req.params.page as string);
    if (!page) throw new StudioError(404, 'no such flow page');
    res.json({ name: page.name, chart: page.chart, mermaid: page.diagram.mermaid, subFlows: page.diagram.subFlows });
  });
  api.post('/plays', async (req, res) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const caller = b.caller === undefined || b.caller === null || b.caller === '' ? null : b.caller;
    if (caller !== null && typeof caller !== 'string') throw new StudioError(400, 'caller must be a phone number or null');
    res.status(201).json(
      await studio.start({ flow: String(b.flow ?? 'inbound'), locale: String(b.locale ?? 'zh-CN') as Locale, medium: String(b.medium ?? 'voice') as Medium, caller }),
    );
  });
  api.get('/plays/:id', async (req, res) => res.json(await studio.get(req.params.id as string)));
  api.post('/plays/:id/inputs', async (req, res) => {
    let input;
    try {
      input = scriptInput(req.body);
    } catch (error) {
      if (error instanceof ScriptError) throw new StudioError(400, error.message.replace('script item 0 is', 'the input is'));
      throw error;
    }
    res.json(await studio.step(req.params.id as string, input));
  });
  api.post('/plays/:id/rewind', async (req, res) => res.json(await studio.rewind(req.params.id as string, Number((req.body as { turn?: unknown } | undefined)?.turn))));
  api.get('/plays/:id/script', async (req, res) => {
    const play = await studio.get(req.params.id as string);
    res.set('Content-Disposition', `attachment; filename="studio-${play.settings.flow}-${play.settings.locale}.json"`);
    res.type('application/json').send(`${JSON.stringify(play.script, null, 2)}\n`);
  });
  api.use(studioErrors);
  router.use('/api', api);
  router.use(
    express.static(STUDIO_DIR, {
      index: 'index.html',
      redirect: true,
      setHeaders(res) {
        res.setHeader('Content-Security-Policy', STUDIO_CSP);
        res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.use(studioErrors);
  return router;
}

const studioErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error instanceof StudioError) res.status(error.status).json({ error: 'studio', reason: error.message });
  else if (error instanceof EngineError) res.status(error.status).json({ error: error.code, reason: error.message });
  else if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) res.status(error.status).json({ error: 'bad_request', reason: (error as Error).message });
  else next(error);
};
