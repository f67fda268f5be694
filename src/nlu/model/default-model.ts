import { intentModelFromJSON, type IntentModel } from './intent-model.js';
import { TRAINED_INTENT_MODEL } from './trained-model.js';
import { TRAINED_WORLD_MODEL } from './trained-world-model.js';
import { worldModelFromJSON, type WorldModel } from './world-model.js';

let model: IntentModel | undefined;
let world: WorldModel | undefined;

/** The shipped world model (trained-world-model.ts, written by npm run nlu:train), read once per process. */
export function defaultWorldModel(): WorldModel {
  return (world ??= worldModelFromJSON(TRAINED_WORLD_MODEL));
}

/**
 * The shipped model (trained-model.ts, written by npm run nlu:train from src/nlu/training),
 * read once per process. test/nlu/intent-model.test.ts fails when it is older than the data.
 */
export function defaultIntentModel(): IntentModel {
  return (model ??= intentModelFromJSON(TRAINED_INTENT_MODEL));
}
