/**
 * The trained intent model (src/nlu/model): the shipped model is the one the training data
 * makes, its fast odds are the library's odds, its probabilities are probabilities, and the
 * training data stays apart from the evaluation sets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../src/nlu/evaluation.js';
import { defaultIntentModel } from '../../src/nlu/model/default-model.js';
import { utteranceFeatures } from '../../src/nlu/model/features.js';
import { trainIntentModel } from '../../src/nlu/model/intent-model.js';
import { TRAINED_INTENT_MODEL } from '../../src/nlu/model/trained-model.js';
import { normalizeText } from '../../src/nlu/normalize.js';
import { expandLine } from '../../src/nlu/training/expand.js';
import { TRAINED_WORLD_MODEL } from '../../src/nlu/model/trained-world-model.js';
import { trainWorldModel } from '../../src/nlu/model/world-model.js';
import { TRAINING_DATA, WORLD_MODEL_EXTRA, trainingExamples } from '../../src/nlu/training/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/nlu', import.meta.url));
const examples = trainingExamples();
const worldExamples = trainingExamples([...Object.values(TRAINING_DATA), ...WORLD_MODEL_EXTRA]);

describe('the intent model', () => {
  it('ships the model its training data makes (else: npm run nlu:train)', () => {
    expect(trainIntentModel(examples).toJSON() === TRAINED_INTENT_MODEL, 'src/nlu/model/trained-model.ts is stale: run npm run nlu:train').toBe(true);
  });

  it('ships the world model its training data makes (else: npm run nlu:train)', () => {
    expect(trainWorldModel(worldExamples).toJSON() === TRAINED_WORLD_MODEL, 'src/nlu/model/trained-world-model.ts is stale: run npm run nlu:train').toBe(true);
  });

  it('scores with the odds of the library (wink-naive-bayes-text-classifier), softened into probabilities', () => {
    const model = defaultIntentModel();
    for (const text of ['我家停电了', '點解突然停電嘅', 'the installer asked me for cash', '我手机没电了']) {
      const n = normalizeText(text);
      const scores = model.classify(n);
      const odds = model.odds(n);
      expect(scores.map((s) => s.label)).toEqual(odds.map(([label]) => label));
      expect(scores.reduce((a, s) => a + s.p, 0)).toBeCloseTo(1, 9);
      // p ∝ 2^(odds / T): the ratio of two labels' probabilities is the difference of their odds.
      const [a, b] = [scores[0]!, scores[1]!];
      expect(Math.log2(a.p / b.p) * 4).toBeCloseTo(odds[0]![1] - odds[1]![1], 6);
    }
  });

  it('knows nothing of text it has no piece of', () => {
    expect(defaultIntentModel().classify('qqqq zzzz')).toEqual([]);
  });

  it('sees characters, character pairs, pinyin and word pieces, with digits as one symbol', () => {
    const f = utteranceFeatures(normalizeText('我家听电了 3100123456'));
    expect(f).toEqual(expect.arrayContaining(['c:听', 'b:听电', 't:听电了', 'b:^我', 'p:ting_dian', 'w:0']));
    expect(f.some((x) => x.includes('3100'))).toBe(false);
    expect(utteranceFeatures('electrics are out')).toEqual(expect.arrayContaining(['w:electrics', 'w2:electrics_are', 'g:elec', 'w2:^_electrics']));
  });

  it('an ASR homophone shares the sound of the word: 听电 scores like 停电', () => {
    const top = defaultIntentModel().classify(normalizeText('我家听电了'))[0];
    expect(top?.label).toBe('fault_report');
  });
});

describe('training data', () => {
  it('has lines for every intent and for no intent, in every locale', () => {
    expect(examples.length).toBeGreaterThan(2000);
    for (const intent of ['fault_report', 'danger', 'outage_query', 'complaint', 'report', 'agent', null] as const) {
      expect(examples.filter((e) => e.intent === intent).length, String(intent)).toBeGreaterThanOrEqual(40);
    }
  });

  it('expands alternatives, at most six lines per line, spread over the combinations', () => {
    expect(expandLine('{我家|我们家|}停电了')).toEqual(['我家停电了', '我们家停电了', '停电了']);
    const many = expandLine('{a|b|c|d} {1|2|3|4} x');
    expect(many).toHaveLength(6);
    expect(new Set(many.map((l) => l[0])).size).toBeGreaterThan(2);
    expect(new Set(many.map((l) => l[2])).size).toBeGreaterThan(2);
  });

  it('copies no line of the project\'s evaluation sets, beyond the short answers everyone says', () => {
    const train = new Set(worldExamples.map((e) => e.text.replace(/\s+/g, '')));
    const evaluation = loadFixtures(FIXTURES, { sets: ['heldout', 'heldout-2', 'independent/dev', 'independent/test'] });
    const shared = evaluation.filter((c) => {
      const key = normalizeText(c.text).replace(/\s+/g, '');
      return train.has(key) && key.length > 24;
    });
    expect(shared.length).toBe(0);
  });
});

describe('npm run nlu:train', () => {
  it('is a script of the package', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['nlu:train']).toBe('tsx scripts/nlu-train.ts');
  });
});
