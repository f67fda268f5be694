import { describe, expect, it } from 'vitest';
import { choiceByWords } from '../../src/nlu/choice-words.js';
import { CLEAR_CHOICES, SATISFACTION_CHOICES } from '../../src/machines/callback.js';

describe('answers named by their words (the survey N17, "is it clear?")', () => {
  it.each([
    ['满意', 'satisfied'],
    ['挺满意的', 'satisfied'],
    ['不满意', 'dissatisfied'],
    ['我觉得不太满意', 'dissatisfied'],
    ['基本满意吧', 'basically_satisfied'],
    ['一般般啦', 'basically_satisfied'],
    ['好唔滿意', 'dissatisfied'],
    ['滿意', 'satisfied'],
    ['麻麻地', 'basically_satisfied'],
    ['I am very satisfied', 'satisfied'],
    ['I am dissatisfied', 'dissatisfied'],
    ['not very satisfied to be honest', 'dissatisfied'],
    ['mostly satisfied', 'basically_satisfied'],
  ])('%s -> %s', (said, id) => {
    expect(choiceByWords(said, SATISFACTION_CHOICES)).toBe(id);
  });

  it.each([
    ['清楚了', 'yes'],
    ['不清楚', 'no'],
    ['还是没听懂', 'no'],
    ['明白晒', 'yes'],
    ['聽唔明', 'no'],
    ['yes that is clear', 'yes'],
    ['not really clear', 'no'],
    ['it is not clear', 'no'],
  ])('%s -> %s', (said, id) => {
    expect(choiceByWords(said, CLEAR_CHOICES)).toBe(id);
  });

  it('finds nothing in words that name no answer', () => {
    expect(choiceByWords('今天天气不错', SATISFACTION_CHOICES)).toBeNull();
    expect(choiceByWords('', SATISFACTION_CHOICES)).toBeNull();
  });
});
