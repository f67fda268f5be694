/** N8: a read-back summarises what the caller told (issue 14 item 5); the work order keeps every word. */
import { describe, expect, it } from 'vitest';
import { gist, quotedGist } from '../../src/machines/gist.js';

describe('N8: a read-back tells the gist of a long story', () => {
  it('keeps the first clauses, up to a sentence a caller can follow', () => {
    expect(gist('抢修的人三个小时都没来，打了好几次电话，也没人管，太不像话了')).toBe('抢修的人三个小时都没来');
    expect(gist('等了三个小时，电话也打不通')).toBe('等了三个小时，电话也打不通');
    expect(gist('家里全部没电了。')).toBe('家里全部没电了');
  });
});

describe('N8: an English gist is said inside the read-back sentence (issue 14 item 5)', () => {
  it('loses the capital that began the caller\'s sentence, keeps words in capitals, and says it to the listener', () => {
    expect(gist('The whole flat has no power.')).toBe('the whole flat has no power');
    expect(gist('My lights keep flickering')).toBe('your lights keep flickering');
    expect(gist('TV and fridge went off')).toBe('TV and fridge went off');
    expect(gist('I have no power')).toBe('you have no power');
    expect(gist('整栋楼都没电了')).toBe('整栋楼都没电了');
  });
});

describe('N24: the gist quoted to the supervisor keeps the caller\'s own words', () => {
  it('the same first clauses, not turned to the listener', () => {
    expect(quotedGist('我家抢修的人三个小时都没来，打了好几次电话，也没人管，太不像话了')).toBe('我家抢修的人三个小时都没来');
    expect(gist('我家抢修的人三个小时都没来')).toBe('您家抢修的人三个小时都没来');
    expect(quotedGist('My meter reader was rude to me.')).toBe('my meter reader was rude to me');
  });
});
