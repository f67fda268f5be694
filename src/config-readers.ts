/**
 * Readers of environment variables, validated with zod. Each reader returns a safe fallback and
 * records a problem instead of throwing, so the loader reports every problem at once (ConfigError).
 */
import { z } from 'zod';

export type Env = Record<string, string | undefined>;

/** Unset and blank mean the same: container environments often pass VAR= for "not set". */
export function read(env: Env, name: string): string | null {
  const v = env[name]?.trim();
  return v ? v : null;
}

/** Shows a user value in a message; values longer than 40 chars are cut (they may be pasted secrets). */
export function shown(value: string): string {
  return value.length > 40 ? `'${value.slice(0, 20)}…'` : `'${value}'`;
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const booleanText = z
  .string()
  .transform((v) => v.toLowerCase())
  .refine((v) => TRUE.includes(v) || FALSE.includes(v))
  .transform((v) => TRUE.includes(v));

/** One of `values`, whatever the case the operator wrote it in. */
export const oneOfText = <const T extends readonly [string, ...string[]]>(values: T) => z.string().toLowerCase().pipe(z.enum(values));

/** How a refused value is shown: `shown` (cut, quoted) by default; a URL redacted; or not at all. */
export type Shown = ((raw: string) => string) | false;

export interface EnvReaders {
  /** The value as given (trimmed), null when unset or blank. */
  text(name: string): string | null;
  /** An integer in [min, max]; `fallback` when unset or invalid (the problem is recorded). */
  int(name: string, fallback: number, min: number, max: number): number;
  /** An integer in [min, max], or null when unset or invalid (the problem is recorded). */
  optionalInt(name: string, min: number, max: number): number | null;
  bool(name: string, fallback: boolean): boolean;
  /**
   * A value matching a zod schema, null when unset or invalid; `message` says what is expected:
   * "NAME must be <message>, got <value>" (`show` false: the value is not repeated).
   */
  parse<T>(name: string, schema: z.ZodType<T>, message: string, show?: Shown): T | null;
  /** A value matching a zod schema whose own issue says what is wrong: "NAME: <issue>". */
  check<T>(name: string, schema: z.ZodType<T>): T | null;
}

export function envReaders(env: Env, problems: string[]): EnvReaders {
  const parse = <T>(name: string, schema: z.ZodType<T>, message: string, show: Shown = shown): T | null => {
    const raw = read(env, name);
    if (raw === null) return null;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    problems.push(`${name} must be ${message}${show ? `, got ${show(raw)}` : ''}`);
    return null;
  };
  const optionalInt = (name: string, min: number, max: number) => parse(name, integerText(min, max), `an integer ${min}-${max}`);
  return {
    text: (name) => read(env, name),
    int: (name, fallback, min, max) => optionalInt(name, min, max) ?? fallback,
    optionalInt,
    bool: (name, fallback) => parse(name, booleanText, 'true/false (or 1/0)') ?? fallback,
    parse,
    check(name, schema) {
      const raw = read(env, name);
      if (raw === null) return null;
      const result = schema.safeParse(raw);
      if (result.success) return result.data;
      problems.push(`${name}: ${result.error.issues.map((i) => i.message).join('; ')}`);
      return null;
    },
  };
}
