/**
 * Finding an area name inside a free-text address (typed, or a speech transcript that
 * may carry stray spaces: "城关 区 人民路").
 */

export interface AreaTerm {
  areaId: string;
  /** An area name or alias. */
  term: string;
}

/** Width-folded (NFKC), lower-cased, with all whitespace removed. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * The area whose term appears in `text`. The longest term wins ("青峰山区" over "青峰",
 * "城关区" in "城关区东山路" over "东山"); on equal length the earliest occurrence wins,
 * since Chinese addresses name the larger unit first.
 */
export function matchAreaInText(text: string, terms: readonly AreaTerm[]): string | null {
  const haystack = normalizeForMatch(text);
  if (!haystack) return null;
  let best: { areaId: string; length: number; index: number } | null = null;
  for (const { areaId, term } of terms) {
    const needle = normalizeForMatch(term);
    if (!needle) continue;
    const index = haystack.indexOf(needle);
    if (index < 0) continue;
    if (!best || needle.length > best.length || (needle.length === best.length && index < best.index)) {
      best = { areaId, length: needle.length, index };
    }
  }
  return best?.areaId ?? null;
}
