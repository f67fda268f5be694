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

  // A caller's small words inside a phrase (们, 这, 很; "own") do not hide it (issue 9).
  const SCOPE = [{ id: 'home', dtmf: '1' }, { id: 'building', dtmf: '2' }, { id: 'area', dtmf: '3' }];
  it.each([
    ['就我们一家', SCOPE, 'home'],
    ['只有我们这一家没电', SCOPE, 'home'],
    ['just my own place', SCOPE, 'home'],
    ['不是很满意', SATISFACTION_CHOICES, 'dissatisfied'],
    ['整个的楼都黑了', SCOPE, 'building'],
  ])('%s: the small words inside are passed over', (said, choices, id) => {
    expect(choiceByWords(said, choices)).toBe(id);
  });

  it('passes over only small words, never a negation or a content word', () => {
    expect(choiceByWords('我不家', SCOPE)).toBeNull();
    expect(choiceByWords('just my neighbor place', SCOPE)).toBeNull();
  });

  it('finds nothing in words that name no answer', () => {
    expect(choiceByWords('今天天气不错', SATISFACTION_CHOICES)).toBeNull();
    expect(choiceByWords('', SATISFACTION_CHOICES)).toBeNull();
  });
});
