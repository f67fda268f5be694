import type { Intent } from '../../core/intents.js';

/**
 * Labelled lines the intent model learns from, per intent; `none` holds lines that are no
 * request of ours (a phone battery, a gas bill, chit-chat) and must get no intent.
 * Written for the model, apart from every evaluation set (test/fixtures/nlu): never copy an
 * evaluation line here. Lines may hold alternatives, "{我家|我们家}停电了" (expand.ts).
 */
export type TrainingData = Partial<Record<Intent | 'none', readonly string[]>>;
