/**
 * zod issues as the sentences a client reads: every problem at once, each naming its field
 * ("locale: must be one of zh-CN, en-US, yue-HK; emoji: unknown field").
 */
import type { z } from 'zod';

export function problemsOf(error: z.ZodError): string[] {
  const problems: string[] = [];
  for (const issue of error.issues) {
    const where = issue.path.length > 0 ? issue.path.join('.') : '';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(`${[where, key].filter(Boolean).join('.')}: unknown field (not accepted here)`);
      continue;
    }
    problems.push(where ? `${where}: ${issue.message}` : issue.message);
  }
  return problems;
}

/** Parses or throws the error `refuse` builds from all the problems, joined. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown, refuse: (reason: string) => Error): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw refuse(problemsOf(result.error).join('; '));
}
