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

export interface EnvReaders {
  /** An integer in [min, max]; `fallback` when unset or invalid (the problem is recorded). */
  int(name: string, fallback: number, min: number, max: number): number;
  bool(name: string, fallback: boolean): boolean;
  /** A value matching a zod schema; `message` says what is expected. */
  parse<T>(name: string, schema: z.ZodType<T>, message: string): T | null;
}

export function envReaders(env: Env, problems: string[]): EnvReaders {
  return {
    int(name, fallback, min, max) {
      const raw = read(env, name);
      if (raw === null) return fallback;
      const result = integerText(min, max).safeParse(raw);
      if (result.success) return result.data;
      problems.push(`${name} must be an integer ${min}-${max}, got ${shown(raw)}`);
      return fallback;
    },
    bool(name, fallback) {
      const raw = read(env, name);
      if (raw === null) return fallback;
      const result = booleanText.safeParse(raw);
      if (result.success) return result.data;
      problems.push(`${name} must be true/false (or 1/0), got ${shown(raw)}`);
      return fallback;
    },
    parse(name, schema, message) {
      const raw = read(env, name);
      if (raw === null) return null;
      const result = schema.safeParse(raw);
      if (result.success) return result.data;
      problems.push(`${name} must be ${message}, got ${shown(raw)}`);
      return null;
    },
  };
}
