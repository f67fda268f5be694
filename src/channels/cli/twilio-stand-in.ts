/**
 * A local stand-in of Twilio's REST API for the calls the dialler places (`npm run call -- --answer`):
 * it takes POST /2010-04-01/Accounts/{AccountSid}/Calls.json as Twilio does (form parameters, basic
 * auth), answers 201 with the call's sid, and hands the call to the terminal phone to ring.
 * Point the server at it with TWILIO_API_BASE_URL=http://127.0.0.1:<port>.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { PlacedCall } from './phone-line.js';

const CALLS = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Calls\.json$/;

export interface StandIn {
  url: string;
  close(): Promise<void>;
}

export function startTwilioStandIn(port: number, onCall: (call: PlacedCall) => void): Promise<StandIn> {
  const server: Server = createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const match = CALLS.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return answer(404, { code: 20404, message: 'The requested resource was not found (the stand-in only creates calls)', status: 404 });
    if (!/^Basic /.test(req.headers.authorization ?? '')) return answer(401, { code: 20003, message: 'Authenticate', status: 401 });
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(raw);
      const to = form.get('To') ?? '';
      const url = form.get('Url') ?? '';
      if (!to || !url) return answer(400, { code: 21205, message: 'To and Url are required', status: 400 });
      const call: PlacedCall = {
        callSid: `CA${randomBytes(16).toString('hex')}`,
        accountSid: match[1]!,
        from: form.get('From') ?? '',
        to,
        url,
        statusCallback: form.get('StatusCallback'),
      };
      answer(201, { sid: call.callSid, account_sid: call.accountSid, to, from: call.from, status: 'queued', direction: 'outbound-api', api_version: '2010-04-01' });
      onCall(call);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
