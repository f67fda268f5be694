/**
 * The area of a place as the caller said it (N10: the order goes to the area's crew with the area's
 * promise): an address in traditional characters (城關區解放街12號) is read as the simplified the
 * area names are written in, and an address said in English ("12 Jiefang Street, Chengguan District")
 * is matched by the areas' names in pinyin (with or without the unit), the way the prompts say them (src/prompts/place.ts).
 */
import { fromPromise } from 'xstate';
import type { Area, Services } from '../services/ports.js';
import type { serviceActorStubs } from '../machines/setup.js';
import { foldToSimplified } from '../nlu/hant-to-hans.js';
import { englishPlace } from '../prompts/place.js';
import { romanizeProperName } from '../prompts/romanize.js';

const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** The area whose English name or an alias's pinyin is in the letters said; the longest wins. */
function areaInEnglish(address: string, areas: readonly Area[]): Area | null {
  const said = letters(address);
  let best: { area: Area; length: number } | null = null;
  for (const area of areas) {
    // "Chengguan District", or the name without its unit ("Chengguan").
    for (const term of [englishPlace(area.name), romanizeProperName(area.name.replace(/[区县镇乡村市]$/u, ''))].map(letters)) {
      if (term.length >= 4 && said.includes(term) && (!best || term.length > best.length)) best = { area, length: term.length };
    }
  }
  return best?.area ?? null;
}

export function findAreaInWords(services: Services): (typeof serviceActorStubs)['findArea'] {
  return fromPromise(async ({ input }) => {
    if (input.areaId) return services.outages.getArea(input.areaId);
    const found = await services.outages.findAreaInAddress(foldToSimplified(input.address));
    if (found || !/[a-z]/i.test(input.address)) return found;
    return areaInEnglish(input.address, await services.outages.listAreas());
  });
}
