/**
 * `target` seen through a wrapper around each of its methods (own and inherited); other properties
 * read through. The stores are wrapped this way once, at start-up: their errors counted
 * (src/observability/instrument.ts), their calls bounded in time (src/store/timeouts.ts).
 */
export function wrapMethods<T extends object>(
  target: T,
  wrap: (name: string, method: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown,
): T {
  const wrapped = Object.create(target) as Record<string, unknown>;
  const seen = new Set<string>(['constructor']);
  for (let proto: object | null = target; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const value = (target as Record<string, unknown>)[key];
      if (typeof value !== 'function') continue;
      const method = value as (...args: unknown[]) => unknown;
      wrapped[key] = wrap(key, (...args) => method.apply(target, args));
    }
  }
  return wrapped as unknown as T;
}
