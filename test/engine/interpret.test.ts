import { describe, expect, it } from 'vitest';
import { interpret, type InterpretOptions } from '../../src/engine/interpret.js';
import { YES_NO } from '../../src/machines/ask.js';
import type { AskMeta } from '../../src/core/meta.js';
import { createRecognizer } from '../../src/nlu/recognizer.js';

const options: InterpretOptions = { locale: 'zh-CN', recognizer: createRecognizer(), minSpeechConfidence: 0.35 };
const menu: AskMeta = {
  kind: 'choice',
  prompt: 'menu.main',
  help: 'menu.mainHelp',
  choices: [
    { id: 'fault_report', dtmf: '1', intents: ['fault_report'] },
    { id: 'query', dtmf: '2', intents: ['bill_query', 'outage_query'] },
  ],
};
const yesNo: AskMeta = { kind: 'choice', prompt: 'x', help: 'x', choices: YES_NO };
const account: AskMeta = { kind: 'digits', prompt: 'x', help: 'x', numDigits: 10, choices: [{ id: 'no_account', dtmf: '9' }] };
const address: AskMeta = { kind: 'text', prompt: 'x', help: 'x' };

describe('interpret: keys', () => {
  it('a choice key picks the choice; * repeats; 0 asks for an agent; other keys are a no match', async () => {
    expect(await interpret({ type: 'dtmf', digits: '2' }, menu, options)).toEqual({ type: 'choice.query' });
    expect(await interpret({ type: 'dtmf', digits: '*' }, menu, options)).toEqual({ type: 'repeat' });
    expect(await interpret({ type: 'dtmf', digits: '0' }, menu, options)).toEqual({ type: 'agent' });
    expect(await interpret({ type: 'dtmf', digits: '7' }, menu, options)).toEqual({ type: 'noMatch', key: true });
    expect(await interpret({ type: 'dtmf', digits: '' }, menu, options)).toEqual({ type: 'noInput' });
  });

  it('a digit ask takes exactly its number of digits, with or without the finishing #', async () => {
    expect(await interpret({ type: 'dtmf', digits: '3100123456#' }, account, options)).toEqual({ type: 'digits', value: '3100123456' });
    // N8: a number of the wrong length is not taken, and what was heard goes with the miss (read back).
    expect(await interpret({ type: 'dtmf', digits: '310012345' }, account, options)).toEqual({ type: 'noMatch', heard: '310012345' });
    expect(await interpret({ type: 'dtmf', digits: '12' }, account, options)).toEqual({ type: 'noMatch' });
    expect(await interpret({ type: 'dtmf', digits: '9' }, account, options)).toEqual({ type: 'choice.no_account' });
  });

  it('keys in a free-text ask are not an answer', async () => {
    expect(await interpret({ type: 'dtmf', digits: '5' }, address, options)).toEqual({ type: 'noMatch', key: true });
  });
});

describe('interpret: words', () => {
  it('an intent names the choice', async () => {
    expect(await interpret({ type: 'speech', transcript: '我想查一下电费', confidence: 0.8 }, menu, options)).toEqual({ type: 'choice.query', text: '我想查一下电费' });
    expect(await interpret({ type: 'text', text: '对的' }, yesNo, options)).toEqual({ type: 'choice.yes', text: '对的' });
    expect(await interpret({ type: 'text', text: '不是' }, yesNo, options)).toEqual({ type: 'choice.no', text: '不是' });
  });

  it('a spoken key picks the choice on that key', async () => {
    expect(await interpret({ type: 'speech', transcript: '一', confidence: 0.9 }, menu, options)).toEqual({ type: 'choice.fault_report', text: '一' });
    expect(await interpret({ type: 'text', text: '2' }, menu, options)).toEqual({ type: 'choice.query', text: '2' });
    expect(await interpret({ type: 'speech', transcript: '按二', confidence: 0.9 }, menu, options)).toMatchObject({ type: 'choice.query' });
    expect(await interpret({ type: 'speech', transcript: 'press one', confidence: 0.9 }, menu, { ...options, locale: 'en-US' })).toMatchObject({ type: 'choice.fault_report' });
  });

  it('a numeral inside words is no key: "一个人都没有" at a yes/no question is not key 1 (yes)', async () => {
    for (const [words, locale] of [['一个人都没有', 'zh-CN'], ['一个都冇', 'yue-HK'], ['一楼', 'zh-CN'], ['one person is stuck', 'en-US']] as const) {
      const event = await interpret({ type: 'speech', transcript: words, confidence: 0.9 }, yesNo, { ...options, locale });
      expect(event.type, words).not.toBe('choice.yes');
    }
  });

  it('spoken numbers fill a digit ask', async () => {
    expect(await interpret({ type: 'speech', transcript: '三幺洞洞 幺两三 四五六', confidence: 0.9 }, account, options)).toEqual({
      type: 'digits',
      value: '3100123456',
    });
  });

  it('N10: a danger sentence means danger at every ask, a free-text answer too, and keeps its words', async () => {
    for (const ask of [menu, yesNo, address]) {
      expect(await interpret({ type: 'speech', transcript: '电线掉地上了', confidence: 0.9 }, ask, options)).toEqual({ type: 'danger', text: '电线掉地上了' });
    }
    expect(await interpret({ type: 'text', text: 'there are sparks coming from the power line outside' }, address, { ...options, locale: 'en-US' })).toEqual({
      type: 'danger',
      text: 'there are sparks coming from the power line outside',
    });
  });

  it('N10: a free-text answer with a hazard character in a place name, or a negated hazard, is the answer', async () => {
    for (const words of ['火星路1号', '烟台路8号', '没冒烟也没打火，就是没电']) {
      expect(await interpret({ type: 'speech', transcript: words, confidence: 0.9 }, address, options)).toMatchObject({ type: 'text', text: words });
    }
  });

  it('global commands: agent and a language by name', async () => {
    expect(await interpret({ type: 'speech', transcript: '帮我转人工', confidence: 0.9 }, menu, options)).toEqual({ type: 'agent' });
    expect(await interpret({ type: 'text', text: 'English please' }, menu, options)).toEqual({ type: 'language', locale: 'en-US' });
  });

  it('a low-confidence transcript is a no match; an empty one is no input', async () => {
    expect(await interpret({ type: 'speech', transcript: '故障报修', confidence: 0.2 }, menu, options)).toEqual({ type: 'noMatch', unclear: true });
    expect(await interpret({ type: 'speech', transcript: '   ', confidence: 0.9 }, menu, options)).toEqual({ type: 'noInput' });
  });

  it('a quick reply picks its choice only if the ask has it', async () => {
    expect(await interpret({ type: 'choice', id: 'query' }, menu, options)).toEqual({ type: 'choice.query' });
    expect(await interpret({ type: 'choice', id: 'home' }, menu, options)).toEqual({ type: 'noMatch' });
  });
});

describe('interpret: the danger question (N10)', () => {
  const askDanger: AskMeta = { kind: 'choice', prompt: 'fault.askDanger', help: 'x', choices: YES_NO, aboutDanger: true };

  it('"no smoke" answers the danger question with no; danger described is yes-and-more', async () => {
    expect(await interpret({ type: 'speech', transcript: '没有 没有冒烟', confidence: 0.9 }, askDanger, options)).toEqual({ type: 'choice.no', text: '没有 没有冒烟' });
    expect(await interpret({ type: 'speech', transcript: '有人触电了', confidence: 0.9 }, askDanger, options)).toMatchObject({ type: 'danger' });
  });

  it('"yeah it\'s dangerous" is a yes; a yes that goes on to describe a hazard is the danger with its words', async () => {
    const locale = { ...options, locale: 'en-US' as const };
    expect(await interpret({ type: 'speech', transcript: "yeah it's dangerous", confidence: 0.9 }, askDanger, locale)).toMatchObject({ type: 'choice.yes' });
    expect(await interpret({ type: 'speech', transcript: 'yes the wire is down and sparking', confidence: 0.9 }, askDanger, locale)).toMatchObject({ type: 'danger', text: 'yes the wire is down and sparking' });
  });

  it('elsewhere a danger word wins over a no', async () => {
    expect(await interpret({ type: 'speech', transcript: '不是 电线掉下来了', confidence: 0.9 }, yesNo, options)).toMatchObject({ type: 'danger' });
  });
});

describe('a place said at a yes/no question about a place (N8, issue 14)', () => {
  const placeReadBack: AskMeta = { ...yesNo, expects: 'place' };
  const districtReadBack: AskMeta = { ...yesNo, expects: 'district' };
  const say = (transcript: string) => ({ type: 'speech' as const, transcript, confidence: 0.9 });

  it('a no with another place is that place; a yes with the place repeated is the yes', async () => {
    expect(await interpret(say('不是，在城关区解放街12号'), placeReadBack, options)).toMatchObject({ type: 'text', text: '城关区解放街12号', place: true });
    expect(await interpret(say('对，就在解放街12号'), placeReadBack, options)).toMatchObject({ type: 'choice.yes' });
  });

  it('at a read-back that takes a district, the district said alone completes the place; a yes or no stays one', async () => {
    expect(await interpret(say('城关区'), districtReadBack, options)).toMatchObject({ type: 'text', text: '城关区', place: true });
    expect(await interpret(say('不对'), districtReadBack, options)).toMatchObject({ type: 'choice.no' });
    expect(await interpret(say('对，城关区的'), districtReadBack, options)).toMatchObject({ type: 'choice.yes' });
  });
});

// Issue 9 item 1: the recognizer's "not ours" is not overridden by an ask's choice words (投诉, "complain").
describe('interpret: another business is not ours at any ask', () => {
  const complaintMenu: AskMeta = {
    kind: 'choice',
    prompt: 'menu.main',
    help: 'menu.mainHelp',
    choices: [
      { id: 'complaint_or_report', dtmf: '4' },
      { id: 'complaint', intents: ['complaint'], hidden: true },
    ],
  };
  it('"我要投诉燃气公司" at a menu whose words hear 投诉: outOfScope, the gas company', async () => {
    expect(await interpret({ type: 'speech', transcript: '我要投诉燃气公司', confidence: 0.9 }, complaintMenu, options)).toEqual({ type: 'outOfScope', elsewhere: 'gas' });
    expect(await interpret({ type: 'text', text: 'complain about my internet provider' }, complaintMenu, { ...options, locale: 'en-US' })).toEqual({ type: 'outOfScope', elsewhere: 'telecom' });
  });
  it('a complaint naming us stays the complaint; the supervisor asked for with it stays the supervisor (N24)', async () => {
    expect(await interpret({ type: 'text', text: '我要投诉你们的抄表员' }, complaintMenu, options)).toMatchObject({ type: 'choice.complaint' });
    expect((await interpret({ type: 'text', text: '我要投诉燃气公司 叫你们领导来' }, complaintMenu, options)).type).toBe('supervisor');
  });
  it('a recognizer without understand() is heard as before: no signal, the words decide', async () => {
    const plain = createRecognizer();
    const only: InterpretOptions = { ...options, recognizer: { recognize: (t, l) => plain.recognize(t, l) } };
    expect((await interpret({ type: 'text', text: '我要投诉燃气公司' }, complaintMenu, only)).type).not.toBe('outOfScope');
  });
});
