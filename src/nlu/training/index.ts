import type { Intent } from '../../core/intents.js';
import { normalizeText } from '../normalize.js';
import type { LabelledText } from '../model/intent-model.js';
import { TRAINING_EN_US } from './en-US.js';
import { TRAINING_EN_US_SPOKEN } from './en-US-spoken.js';
import { expandLine } from './expand.js';
import type { TrainingData } from './types.js';
import { TRAINING_YUE_HK } from './yue-HK.js';
import { WORLD_TRAINING } from './world/index.js';
import { WORLD_OURS } from './world/ours.js';
import { TRAINING_ZH_CN } from './zh-CN.js';

export type { TrainingData } from './types.js';

export const TRAINING_DATA: Record<string, TrainingData> = {
  'zh-CN': TRAINING_ZH_CN,
  'yue-HK': TRAINING_YUE_HK,
  'en-US': TRAINING_EN_US,
};

/**
 * What the world model learns (model/world-model.ts), beside every line above: the world outside
 * electricity (world/, by kind) against our business in the words the world also uses (world/ours.ts)
 * and English of ours as callers say and type it (en-US-spoken.ts). The intent model does not learn these: they moved its danger voice.
 */
export const WORLD_MODEL_EXTRA: readonly TrainingData[] = [...WORLD_TRAINING, ...WORLD_OURS, TRAINING_EN_US_SPOKEN];

/** Every training line, alternatives expanded and normalized like an utterance. */
export function trainingExamples(data: readonly TrainingData[] = Object.values(TRAINING_DATA)): LabelledText[] {
  const out: LabelledText[] = [];
  for (const set of data) {
    for (const [label, lines] of Object.entries(set) as [Intent | 'none', readonly string[]][]) {
      for (const line of lines) {
        for (const text of expandLine(line)) out.push({ text: normalizeText(text), intent: label === 'none' ? null : label });
      }
    }
  }
  return out;
}
