import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../src/nlu/recognizer.js';
import { trainIntentModel, type LabelledText } from '../../src/nlu/model/intent-model.js';

// Issue 9 item 6: a business intent that only the model speaks for (no lexicon pattern) is given
// only when the model puts it well above its `none`; a lukewarm guess is no intent.
const times = (n: number, e: LabelledText): LabelledText[] => Array.from({ length: n }, () => e);
const line = 'my neighbour did it again';
const other = { text: 'whats the weather today', intent: null };
const recognizer = (forIt: number, against: number) =>
  createRecognizer({
    model: trainIntentModel([
      ...times(forIt, { text: line, intent: 'complaint' }),
      ...times(against, { text: line, intent: null }),
      other,
      { text: 'you people never fixed it', intent: 'complaint' },
    ]),
  });

describe('reject by evidence: the model alone needs a clear margin over none', () => {
  it('the caller says a line the model half believes is a complaint (about 0.7 against 0.3): no intent', () => {
    expect(recognizer(4, 3).recognizeSync(line, 'en-US')).toBeNull();
  });

  it('the same line the model is sure of (about 0.98): the complaint', () => {
    expect(recognizer(4, 1).recognizeSync(line, 'en-US')?.intent).toBe('complaint');
  });

  it('N10: danger is never held back by the margin', () => {
    expect(recognizer(4, 3).recognizeSync('the wire fell down and is sparking', 'en-US')?.intent).toBe('danger');
  });
});
