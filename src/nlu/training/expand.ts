/**
 * Training lines may carry alternatives: "{我家|我们家|}停电了" is three lines. A line with many
 * alternatives would outweigh the plain lines, so at most MAX_VARIANTS of its combinations
 * are kept, spread evenly over all of them (deterministic: the same data trains the same model).
 */
export const MAX_VARIANTS = 6;

export function expandLine(line: string, max = MAX_VARIANTS): string[] {
  const parts = line.split(/(\{[^{}]*\})/).filter((p) => p !== '');
  const options = parts.map((p) => (p.startsWith('{') ? p.slice(1, -1).split('|') : [p]));
  const total = options.reduce((n, o) => n * o.length, 1);
  const picks = total <= max ? Array.from({ length: total }, (_, i) => i) : Array.from({ length: max }, (_, i) => Math.floor((i * total) / max) + (i % 2));
  const out = new Set<string>();
  for (const pick of picks) {
    let rest = pick % total;
    let text = '';
    for (const o of options) {
      text += o[rest % o.length];
      rest = Math.floor(rest / o.length);
    }
    out.add(text.replace(/\s+/g, ' ').trim());
  }
  return [...out].filter(Boolean);
}
