/**
 * Configuration of the flow designers' tools (issue 13): live inspection of conversations with
 * Stately Inspect (INSPECT, off by default, refused in production unless INSPECT_IN_PRODUCTION).
 */
import { z } from 'zod';
import type { EnvReaders } from './config-readers.js';

export interface InspectConfig {
  /** The WebSocket server the inspection events go to (a Stately inspector server, ws:// or wss://). */
  url: string;
}

export interface DesignerConfig {
  /** null: no conversation is inspected (the default). */
  inspect: InspectConfig | null;
}

const webSocketUrl = z.url({ protocol: /^wss?$/ });

export function loadDesignerConfig(readers: EnvReaders, problems: string[], production: boolean): DesignerConfig {
  const url = readers.parse('INSPECT', webSocketUrl, 'the ws:// or wss:// URL of a Stately inspector server, such as ws://127.0.0.1:8080 (leave it unset for no inspection)');
  const allowed = readers.bool('INSPECT_IN_PRODUCTION', false);
  if (url && production && !allowed) {
    problems.push(
      'INSPECT is refused when NODE_ENV=production: every conversation\'s events and (masked) context would go to the inspector; set INSPECT_IN_PRODUCTION=true to allow it on purpose',
    );
  }
  return { inspect: url ? { url } : null };
}
