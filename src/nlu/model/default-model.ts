import { intentModelFromJSON, type IntentModel } from './intent-model.js';
import { TRAINED_INTENT_MODEL } from './trained-model.js';

let model: IntentModel | undefined;

/**
 * The shipped model (trained-model.ts, written by npm run nlu:train from src/nlu/training),
 * read once per process. test/nlu/intent-model.test.ts fails when it is older than the data.
 */
export function defaultIntentModel(): IntentModel {
  return (model ??= intentModelFromJSON(TRAINED_INTENT_MODEL));
}
