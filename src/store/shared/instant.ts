/** Parsing ISO 8601 instants given to the stores (list filters, due dates), shared by both adapter sets. */

/** An ISO 8601 instant as epoch ms; a RangeError names the field when it is not one. */
export function instantMs(value: string, name: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be an ISO 8601 date/time, got '${value}'`);
  return ms;
}
