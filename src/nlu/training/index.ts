import type { Intent } from '../../core/intents.js';
import { normalizeText } from '../normalize.js';
import type { LabelledText } from '../model/intent-model.js';
import { TRAINING_EN_US } from './en-US.js';
import { expandLine } from './expand.js';
import type { TrainingData } from './types.js';
import { TRAINING_YUE_HK } from './yue-HK.js';
import { TRAINING_ZH_CN } from './zh-CN.js';

export type { TrainingData } from './types.js';

export const TRAINING_DATA: Record<string, TrainingData> = {
  'zh-CN': TRAINING_ZH_CN,
  'yue-HK': TRAINING_YUE_HK,
  'en-US': TRAINING_EN_US,
};

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
