import { expandLine } from '../expand.js';
import type { TrainingData } from '../types.js';
import { WORLD_EN_US } from './en-US.js';
import type { WorldLines } from './types.js';
import { WORLD_YUE_HK } from './yue-HK.js';
import { WORLD_ZH_CN } from './zh-CN.js';

export { WORLD_KINDS, type WorldKind, type WorldLines } from './types.js';

/** The world outside electricity, per locale and kind (types.ts). */
export const WORLD: Record<string, WorldLines> = { 'zh-CN': WORLD_ZH_CN, 'yue-HK': WORLD_YUE_HK, 'en-US': WORLD_EN_US };

/**
 * How many of a world line's alternatives are learnt: one (the first of each). Measured on the
 * first-run recognizers (docs/nlu.md, "The world outside"): two or six of them made `none` so
 * heavy that the model's danger voice lost three lines and English questions of ours
 * ("what time does your office close") shared too many words with other people's.
 */
export const WORLD_VARIANTS = 6;

/** The same lines as `none` training data, one set per locale. */
export const WORLD_TRAINING: TrainingData[] = Object.values(WORLD).map((kinds) => ({
  none: Object.values(kinds).flat().flatMap((line) => expandLine(line, WORLD_VARIANTS)),
}));
