import { describe, expect, it } from 'vitest';
import { foldToSimplified, HANT_TO_HANS } from '../../src/nlu/hant-to-hans.js';
import { normalizeText } from '../../src/nlu/normalize.js';

describe('normalizeText', () => {
  it('turns full-width letters, digits and punctuation half-width and lower case', () => {
    expect(normalizeText('ＥＮＧＬＩＳＨ，ｐｌｅａｓｅ！１２３')).toBe('english please 123');
  });

  it('drops fillers (嗯 啊 那个 呃, um uh) and punctuation, and joins Chinese words split by spaces', () => {
    expect(normalizeText('嗯，那个……我家 停电 了啊。')).toBe('我家停电了');
    expect(normalizeText('Um, uh, my power is OUT!')).toBe('my power is out');
  });

  it('keeps words that only look like fillers: 金额 keeps its 额', () => {
    expect(normalizeText('电费金额不对')).toBe('电费金额不对');
  });

  it('expands English contractions so lexicons need one form', () => {
    expect(normalizeText("I don't have power, it's out and I can't reset it")).toBe(
      'i do not have power it is out and i can not reset it',
    );
  });

  it('reads an affirmative grunt (uh-huh) as yes, not as a filler', () => {
    expect(normalizeText('uh-huh')).toBe('yes');
  });

  it('a bare hesitation normalizes to nothing', () => {
    expect(normalizeText('嗯……')).toBe('');
    expect(normalizeText('umm')).toBe('');
  });
});

describe('traditional -> simplified fold (yue-HK ASR gives either script)', () => {
  it('folds Cantonese utterances written in traditional characters', () => {
    expect(foldToSimplified('條電線跌咗落地')).toBe('条电线跌咗落地');
    expect(foldToSimplified('叫你哋經理出嚟 講廣東話 粵語')).toBe('叫你哋经理出嚟 讲广东话 粤语');
    expect(foldToSimplified('甚麼時候')).toBe('什么时候');
  });

  it('is idempotent: no simplified character is itself folded again', () => {
    for (const simplified of HANT_TO_HANS.values()) expect(HANT_TO_HANS.has(simplified), simplified).toBe(false);
  });

  it('issue 9 item 6: spoken contractions, chat shorthand and misspelt words of our business read as the words', () => {
    expect(normalizeText("y'all gonna fix it or what, i aint got power")).toBe('you all going to fix it or what i not got power');
    expect(normalizeText('wanna pay my bill rn cuz idk how much i owe')).toBe('want to pay my bill right now because i do not know how much i owe');
    expect(normalizeText('r u open tmrw')).toBe('are you open tomorrow');
    expect(normalizeText('wen will the pwr be back, no electricty since b4 lunch')).toBe('when will the power be back no electricity since before lunch');
    expect(normalizeText('is there an outtage at my adress')).toBe('is there an outage at my address');
    expect(normalizeText('gimme an agent, lemme talk to smth real')).toBe('give me an agent let me talk to something real');
    // A word that merely looks like shorthand stays: "rent", "bcc", "urgent", "wattage".
    expect(normalizeText('rent urgent wattage')).toBe('rent urgent wattage');
  });

  it('reads contractions written without the apostrophe and chat shorthand (ASR and chat write them so)', () => {
    expect(normalizeText('i dont have power and the lights wont come on')).toBe('i do not have power and the lights will not come on');
    expect(normalizeText('thats not my number, im sure')).toBe('that is not my number i am sure');
    expect(normalizeText('u charged me twice, pls fix ur bill')).toBe('you charged me twice please fix your bill');
    expect(normalizeText("it's been two days")).toBe('it has been two days');
    // Words that only look like one: "its", "whats up" stays a question word, "ur" alone is "your".
    expect(normalizeText('its meter is broken')).toBe('its meter is broken');
  });
});
