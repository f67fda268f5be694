/**
 * Every Twilio webhook is checked with Twilio's own helper (X-Twilio-Signature: HMAC-SHA1 of the
 * URL Twilio requested plus the sorted form parameters, keyed with the auth token). A request
 * that fails gets 403 before anything else runs, so it changes nothing.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import twilio from 'twilio';
import type { TwilioParams } from './params.js';

export interface SignatureOptions {
  authToken: string | null;
  /** PUBLIC_BASE_URL: the URL Twilio sees, when we are behind a proxy or tunnel. */
  publicBaseUrl: string | null;
  log?: Pick<Console, 'warn'>;
}

/**
 * The URL Twilio requested: PUBLIC_BASE_URL + the path and query as it reached us, else the
 * request's own protocol and host. X-Forwarded-Proto/Host count only from a proxy named in
 * TRUST_PROXY (express's `trust proxy`): otherwise a signature computed for another host, sent
 * with that host in X-Forwarded-Host, would pass. Production requires PUBLIC_BASE_URL.
 */
export function requestedUrl(req: Request, publicBaseUrl: string | null): string {
  if (publicBaseUrl) return `${publicBaseUrl}${req.originalUrl}`;
  return `${req.protocol}://${req.host}${req.originalUrl}`;
}

export function verifyTwilioSignature(options: SignatureOptions): RequestHandler {
  const log = options.log ?? console;
  let warned = false;
  return (req, res, next) => {
    const { authToken } = options;
    if (!authToken) {
      // Development only: production refuses to start without the token (src/config.ts).
      if (!warned) {
        warned = true;
        log.warn('twilio: TWILIO_AUTH_TOKEN is not set; webhook signatures are NOT checked (development only)');
      }
      next();
      return;
    }
    const signature = req.get('X-Twilio-Signature');
    const url = requestedUrl(req, options.publicBaseUrl);
    const params: TwilioParams = req.body && typeof req.body === 'object' ? (req.body as TwilioParams) : {};
    if (signature && (signedAsRequested(authToken, signature, url, params) || twilio.validateRequest(authToken, signature, url, params))) {
      next();
      return;
    }
    log.warn(`twilio: ${signature ? 'bad' : 'missing'} signature on POST ${url}: refused`);
    res.status(403).type('text/plain').send('Forbidden: invalid Twilio signature');
  };
}

/**
 * The signature over the URL exactly as requested: one HMAC. Twilio's validateRequest also tries
 * the URL with and without its port and with the legacy query encoding (up to four HMACs); it is
 * asked when this one does not match, so the same requests pass.
 */
function signedAsRequested(authToken: string, signature: string, url: string, params: TwilioParams): boolean {
  const expected = Buffer.from(twilio.getExpectedTwilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
