/** The duty desk's console at /console/ (issue 12): one HTML page, one ES module, one stylesheet, self-only CSP. */
import { join } from 'node:path';
import type { Router } from 'express';
import { packageRoot } from '../prompts/catalogue.js';
import { staticPage } from '../channels/webchat/static.js';

export const CONSOLE_DIR = join(packageRoot(), 'src', 'console', 'page');

export function consolePage(): Router {
  return staticPage(CONSOLE_DIR);
}
