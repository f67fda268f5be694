/**
 * The operator's endpoints:
 *   GET /health   liveness: the process serves HTTP (a restart helps only when this fails)
 *   GET /ready    readiness: every store answers and its migrations are applied; 503 while
 *                 shutting down, so the load balancer stops sending new calls first
 *   GET /metrics  Prometheus text; on the main port only with METRICS_TOKEN (Bearer) or, outside
 *                 production, open; with METRICS_PORT it is served on that port alone
 */
import express, { type Response, type Router } from 'express';
import { bearerMatches } from '../admin/auth.js';
import type { StoreProbe } from '../store/open.js';
import type { OperationsConfig } from './config.js';
import type { Metrics } from './metrics.js';

/** A probe slower than this counts as unreachable: a hung database must not hang /ready. */
export const PROBE_TIMEOUT_MS = 2000;

export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/** Runs every probe at once; a probe that throws or times out makes the whole not ready. */
export async function checkReadiness(probes: readonly StoreProbe[], timeoutMs = PROBE_TIMEOUT_MS): Promise<Readiness> {
  const results = await Promise.all(
    probes.map(async (probe): Promise<[string, string]> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(() => probe.check()),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return [probe.store, 'ok'];
      } catch (error) {
        return [probe.store, error instanceof Error ? error.message : String(error)];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ready: results.every(([, result]) => result === 'ok'), checks: Object.fromEntries(results) };
}

export interface OperationsRouterOptions {
  probes: readonly StoreProbe[];
  metrics: Metrics;
  operations: OperationsConfig;
  production: boolean;
  /** True once shutdown has begun. */
  draining?: () => boolean;
}

export function operationsRouter(options: OperationsRouterOptions): Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    if (options.draining?.()) {
      res.status(503).json({ status: 'shutting_down', checks: {} });
      return;
    }
    const { ready, checks } = await checkReadiness(options.probes);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });
  const { token, port } = options.operations.metrics;
  if (port === null && (token !== null || !options.production)) {
    router.get('/metrics', (req, res) => {
      if (token !== null && !bearerMatches(req.get('authorization'), token)) {
        res.status(401).set('www-authenticate', 'Bearer').json({ error: 'unauthorized', reason: 'GET /metrics needs Authorization: Bearer $METRICS_TOKEN' });
        return;
      }
      void sendMetrics(res, options.metrics);
    });
  }
  return router;
}

/** The app of the separate metrics port (METRICS_PORT): /metrics and /health only. */
export function metricsApp(metrics: Metrics): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', (_req, res) => void sendMetrics(res, metrics));
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  return app;
}

async function sendMetrics(res: Response, metrics: Metrics): Promise<void> {
  try {
    const text = await metrics.registry.metrics();
    res.type(metrics.registry.contentType).send(text);
  } catch (error) {
    res.status(500).json({ error: 'internal', reason: `metrics not collected: ${(error as Error).message}` });
  }
}
