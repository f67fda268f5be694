/**
 * The admin API's boundary checks with zod (issue 10 item 8): a query string or a body may hold
 * only the fields its route names (a misspelled field is a 400, never silently ignored), each
 * given once; audit fields (who, why, the outcome) are plain text: no control characters (CR, LF,
 * NUL: they forge log and audit lines) and no markup (< >: the console shows them). Every problem
 * is reported at once.
 */
import type { Request } from 'express';
import { z } from 'zod';
import { parseOrRefuse } from '../validation/problems.js';
import { badRequest } from './errors.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MARKUP = /[<>]/;

/** Why a text cannot go into the audit, or null when it can. */
export function auditTextProblem(value: string): string | null {
  if (CONTROL.test(value)) return 'must not contain control characters (line breaks, NUL, ...)';
  if (MARKUP.test(value)) return 'must not contain < or >';
  return null;
}

/** A trimmed audit text of at most `max` characters (required unless `.optional()`). */
export const auditText = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` })
    .superRefine((value, ctx) => {
      const problem = auditTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** Names of who acts, as they go into the audit. */
export const supervisorName = auditText(100);

/**
 * The query string, refused when it holds a parameter the route does not take or one given
 * twice. Returns the values by name.
 */
export function checkedQuery<K extends string>(req: Request, names: readonly K[]): Partial<Record<K, string>> {
  const shape = Object.fromEntries(names.map((n) => [n, z.string().optional()]));
  const result = z.strictObject(shape).safeParse(req.query ?? {});
  if (!result.success) {
    const takes = names.length > 0 ? `this route takes ${names.join(', ')}` : 'this route takes none';
    const problems = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => `unknown query parameter ${key} (${takes})`)
        : [`query parameter ${issue.path.join('.')} must be given once, as text`],
    );
    throw badRequest(problems.join('; '));
  }
  return Object.fromEntries(Object.entries(result.data).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as Partial<Record<K, string>>;
}

/** The JSON body against its route's schema ({} when absent). */
export function checkedBody<T>(req: Request, schema: z.ZodType<T>): T {
  const value: unknown = req.body === undefined || req.body === null ? {} : req.body;
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest('the body must be a JSON object');
  return parseOrRefuse(schema, value, (reason) => badRequest(reason));
}

/** A body field whose value the route checks itself (with its own detailed message). */
export const field = z.unknown().optional();

/** Optional text fields every change may carry: who acts (also the X-Supervisor header). */
export const actor = { by: supervisorName.optional() };
