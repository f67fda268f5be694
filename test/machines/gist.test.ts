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

  it('keeps the space after a comma between clauses ("ago, the whole", not "ago,the whole", issue 14)', () => {
    expect(gist('It went off two hours ago, the whole flat is dark')).toBe('it went off two hours ago, the whole flat is dark');
  });
});

describe('N24: the gist quoted to the supervisor keeps the caller\'s own words', () => {
  it('the same first clauses, not turned to the listener', () => {
    expect(quotedGist('我家抢修的人三个小时都没来，打了好几次电话，也没人管，太不像话了')).toBe('我家抢修的人三个小时都没来');
    expect(gist('我家抢修的人三个小时都没来')).toBe('您家抢修的人三个小时都没来');
    expect(quotedGist('My meter reader was rude to me.')).toBe('my meter reader was rude to me');
  });
});

describe('N8: the company the caller called "you" is "we" in the read-back (issue 14 item 5)', () => {
  it('Mandarin: 你们 -> 我们 while 我们 -> 你们, in one pass', () => {
    expect(gist('你们的人三个小时都没来')).toBe('我们的人三个小时都没来');
    expect(gist('我们小区你们一直不管')).toBe('你们小区我们一直不管');
    expect(gist('自我介绍一下我家没电')).toBe('自我介绍一下您家没电');
  });
  it('Cantonese: 你哋 -> 我哋 while 我哋 -> 你哋', () => {
    expect(gist('你哋啲師傅未嚟，我哋成座冇電')).toBe('我哋啲師傅未嚟，你哋成座冇電');
  });
  it('English: "you guys" and "your people" are we and our people; I and my are you and your', () => {
    expect(gist('You guys cut my power and I was home')).toBe('we cut your power and you were home');
    expect(gist('your people never came to our flat')).toBe('our people never came to your flat');
    expect(gist("I'm without power since noon")).toBe('you are without power since noon');
  });
});

describe('N8: the gist keeps what went wrong, not only the scene (issue 14 item 5)', () => {
  it('a complaint whose first clause only sets the scene: the clause that says what went wrong is said too', () => {
    expect(gist('我们那个抄表员上个礼拜三来我家，态度特别差，还骂人，电费多了一百多')).toBe('你们抄表员上个礼拜三来您家，态度特别差');
    expect(gist('上个月有个师傅来我们小区检查线路检查了一整天，结果收了我两百块钱还不给发票')).toBe('结果收了您两百块钱还不给发票');
    expect(gist('the meter reader came on Wednesday and looked at the meter, he was very rude to my mother')).toBe('the meter reader came on Wednesday and looked at the meter, he was very rude to your mother');
  });
  it('speech as an ASR writes it (spaces, no punctuation) is cut into clauses too, without its fillers', () => {
    expect(gist('那个 抢修的人三个小时都没来 打了好几次电话 也没人管')).toBe('抢修的人三个小时都没来');
    expect(gist('um so the lights keep flickering, and uh the fridge is off')).toBe('the lights keep flickering, the fridge is off');
  });
  it('English clauses keep the space after their comma', () => {
    expect(gist('It went off an hour ago, the whole street')).toBe('it went off an hour ago, the whole street');
  });
});
