/** N8: when a story says it happened, in the caller's words, for the read-back to summarise. */
import { describe, expect, it } from 'vitest';
import { timePhraseIn } from '../../src/nlu/time-phrase.js';

describe('N8: the time a story names', () => {
  it.each([
    ['东山镇新街有户人家私拉电线 晚上最明显', '晚上'],
    ['昨天晚上十点多看到有人在城关区人民路88号接线', '昨天晚上十点多'],
    ['上个星期三下午在营业厅', '上个星期三下午'],
    ['琴日夜晚十點幾見到有人駁電', '琴日夜晚十點幾'],
    ['東山鎮新街有人偷電，晚黑最明顯', '晚黑'],
    ['I saw someone tapping the line last night around 10 pm', 'last night around 10 pm'],
    ['they do it every night', 'every night'],
    ['it happened two days ago', 'two days ago'],
    ['yesterday afternoon', 'yesterday afternoon'],
    ['从昨晚8点就没电了', '昨晚8点'],
    ['琴晚八點開始冇電', '琴晚八點'],
  ])('%s -> %s', (story, when) => expect(timePhraseIn(story)).toBe(when));

  it.each(['抄表员收钱不开票', '城关区人民路88号', 'the meter reader took cash without a receipt'])('%s says no time', (story) =>
    expect(timePhraseIn(story)).toBeNull(),
  );
});
