/**
 * The customer's web chat page (N25): one HTML page, one ES module and one stylesheet from
 * ./page, served as they are (no build step). The page talks to the JSON chat API beside it.
 * A strict Content-Security-Policy allows only 'self': no inline script or style, no CDN.
 */
import { join } from 'node:path';
import express, { type Router } from 'express';
import { packageRoot } from '../../prompts/catalogue.js';

/** Read from the package root so the page is found from src/ (tsx) and from dist/ alike. */
export const PAGE_DIR = join(packageRoot(), 'src', 'channels', 'webchat', 'page');

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function webChatPage(): Router {
  return staticPage(PAGE_DIR);
}

/** A page folder served as it is, with the self-only CSP (the chat page, the duty desk's console). */
export function staticPage(dir: string): Router {
  const router = express.Router();
  router.use(
    express.static(dir, {
      index: 'index.html',
      // GET /chat -> /chat/, so the page's relative URLs (chat.js, sessions) resolve under /chat/.
      redirect: true,
      fallthrough: true,
      setHeaders(res) {
        res.setHeader('Content-Security-Policy', PAGE_CSP);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'no-referrer');
        // Small files that change with releases: revalidate (ETag) rather than cache blindly.
        res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  return router;
}
