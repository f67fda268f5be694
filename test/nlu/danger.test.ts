import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { explainDanger, findDanger } from '../../src/nlu/danger.js';
import { normalizeText } from '../../src/nlu/normalize.js';
import { recognizeDanger, recognizeSync } from '../../src/nlu/recognizer.js';

type Case = [text: string, locale: Locale];

const isDanger = ([text, locale]: Case): boolean => recognizeSync(text, locale)?.intent === 'danger';

// Each group is one way people report a present hazard (N10). Written for this test, not
// taken from the lexicon's own examples.
const REPORTS: Record<string, Case[]> = {
  'a fallen or broken wire': [
    ['电线掉了', 'zh-CN'],
    ['门口那根电线断了 垂到地上', 'zh-CN'],
    ['有根线掉下来了 挂在树上', 'zh-CN'],
    ['树倒了压在电线上', 'zh-CN'],
    ['电线掉路上了', 'zh-CN'],
    ['條電線跌咗落嚟', 'yue-HK'],
    ['有條電線跌咗落嚟 喺馬路度', 'yue-HK'],
    ['電線散晒喺地下', 'yue-HK'],
    ['a line is lying across the road', 'en-US'],
    ['the wires are down after the storm', 'en-US'],
    ['the power lion snapped', 'en-US'], // as a recognizer hears "power line"
    ['a tree is lying on the lines', 'en-US'],
    ["there's a live wire", 'en-US'],
    // Named first, fallen later in the sentence.
    ['那根线上礼拜就松了 今天直接掉下来砸车上了', 'zh-CN'],
    ['风把线从杆子上刮下来了', 'zh-CN'],
    ['條線鬆咗好耐 今朝跌咗落嚟', 'yue-HK'],
  ],
  'sparks or arcing': [
    ['插座在打火', 'zh-CN'],
    ['外面的高压线一直在噼里啪啦响', 'zh-CN'],
    ['屋企個插蘇有火花', 'yue-HK'],
    ['個電箱打緊火', 'yue-HK'],
    ["there's a wire arcing outside my house", 'en-US'],
    ['the wire on the pole is buzzing and flashing', 'en-US'],
    ['sparks coming from the line', 'en-US'],
  ],
  'smoke or a burning smell from electrical equipment': [
    ['电表箱冒烟了', 'zh-CN'],
    ['插座烧黑了 一股糊味', 'zh-CN'],
    ['個電錶箱冒緊煙呀', 'yue-HK'],
    ['好大陣燶味 個插蘇燒緊', 'yue-HK'],
    ['插线板烫得不行 有股糊了的味道', 'zh-CN'],
    ['the meter outside is sizzling and spitting', 'en-US'],
    ["there's smoke coming out of the meter box", 'en-US'],
    ['i can smell burning plastic from the socket', 'en-US'],
  ],
  fire: [
    ['变压器着火了', 'zh-CN'],
    ['那个线着了咋整', 'zh-CN'],
    ['個插蘇着咗', 'yue-HK'],
    ['电线着火了', 'zh-CN'],
    ['個電箱著咗火', 'yue-HK'],
    ['the electrical box is on fire', 'en-US'],
  ],
  'someone shocked': [
    ['我刚才被电打了一下', 'zh-CN'],
    ['电到人了 你们快来', 'zh-CN'],
    ['让电给打了 手现在还麻', 'zh-CN'],
    ['洗衣机外壳带电', 'zh-CN'],
    ['那个开关电人', 'zh-CN'],
    ['我個仔俾電電親', 'yue-HK'],
    ['掂到個水喉有電', 'yue-HK'],
    ['my son got zapped by the outlet', 'en-US'],
    ['i got a shock from the light switch', 'en-US'],
    ['my neighbor is lying on the ground near a wire', 'en-US'],
    ['the fence is live', 'en-US'],
    // Thrown back or jolted after touching something.
    ['我摸了一下电闸就被弹开了', 'zh-CN'],
    ['佢掂咗個鐵閘 成個人震晒', 'yue-HK'],
    ['she touched the railing and got knocked on her back', 'en-US'],
    ['我一摸水龙头就痹手', 'zh-CN'],
    ['成個浴室好似有電咁', 'yue-HK'],
    ['i feel a buzz every time i touch the tap', 'en-US'],
    ['the kid got fried by the current', 'en-US'],
    ['my uncle got electric cuted', 'en-US'],
    ['the street light is leaking electricity', 'en-US'],
  ],
  'a damaged pole, transformer or meter box': [
    ['电线杆歪了 快倒了', 'zh-CN'],
    ['变压器漏油了', 'zh-CN'],
    ['电表箱被撞坏了', 'zh-CN'],
    ['电箱门开着 里面的线都露出来了', 'zh-CN'],
    ['支電燈柱俾車撞冧咗', 'yue-HK'],
    ['街口個火牛爆咗', 'yue-HK'],
    ['the pole got knocked down by a truck', 'en-US'],
    ['lightning struck the transformer', 'en-US'],
    ['the transformer blew with a big bang', 'en-US'],
  ],
  'water touching electrics': [
    ['配电房进水了', 'zh-CN'],
    ['楼道漏水 流到电表箱里面去了', 'zh-CN'],
    ['水浸到個插蘇', 'yue-HK'],
    ['water is pouring into the meter box', 'en-US'],
    ['水管爆了 水都喷在电闸上', 'zh-CN'],
    ['雨水漫过了充电桩', 'zh-CN'],
    ['個錶房浸晒水', 'yue-HK'],
    ['個插蘇入咗水', 'yue-HK'],
    ['the basement flooded and the outlets are under water', 'en-US'],
  ],
};

// ASR transcripts: no punctuation, hesitations, run-on clauses.
const TRANSCRIPTS: Case[] = [
  ['喂 你好 我们这个楼下变压器一直在冒烟这个要怎么处理', 'zh-CN'],
  ['嗯 那个 我要投诉 你们的变压器天天冒烟 也没人管', 'zh-CN'],
  ['我家停电了然后那个电线在打火', 'yue-HK'],
  ['um hi yeah theres sparks coming off the pole out front', 'en-US'],
  ['no power and sparks everywhere', 'en-US'],
];

describe('N10: the ways people report a present hazard are danger', () => {
  for (const [hazard, cases] of Object.entries(REPORTS)) {
    it(`${hazard}: ${cases.length} reports in zh-CN, yue-HK and en-US`, () => {
      expect(new Set(cases.map(([, l]) => l))).toEqual(new Set(['zh-CN', 'yue-HK', 'en-US']));
      expect(cases.filter((c) => !isDanger(c)).map(([t]) => t)).toEqual([]);
    });
  }

  it('ASR-style transcripts without punctuation', () => {
    expect(TRANSCRIPTS.filter((c) => !isDanger(c)).map(([t]) => t)).toEqual([]);
  });

  it('wins over every other intent in the same utterance', () => {
    expect(recognizeSync('我要投诉 电线掉在地上了', 'zh-CN')?.intent).toBe('danger');
    expect(recognizeSync('转人工 插座冒烟了', 'zh-CN')?.intent).toBe('danger');
    expect(recognizeSync('他妈的电线掉了', 'zh-CN')?.intent).toBe('danger');
    expect(recognizeSync('I want to check my bill but there are sparks at the meter', 'en-US')?.intent).toBe('danger');
    expect(recognizeSync('是的 有火花', 'zh-CN')?.intent).toBe('danger');
  });

  it('applies whatever the locale of the call', () => {
    expect(recognizeSync('电线掉了', 'en-US')?.intent).toBe('danger');
    expect(recognizeSync('the wire is down', 'zh-CN')?.intent).toBe('danger');
  });

  it('is sure of itself, also for a recognizer that is not the built-in one', () => {
    expect(recognizeSync('电线掉了', 'zh-CN')?.confidence).toBeGreaterThanOrEqual(0.95);
    expect(recognizeDanger('有條電線跌咗落嚟', 'yue-HK')?.intent).toBe('danger');
    expect(recognizeDanger('没冒烟也没打火，就是没电', 'zh-CN')).toBeNull();
  });
});

describe('N10: a negated hazard is not danger, but nothing else cancels one', () => {
  it.each<Case>([
    ['没冒烟也没打火，就是没电', 'zh-CN'],
    ['没冒烟也没打火就是没电', 'zh-CN'],
    ['没有冒烟 就是没电了', 'zh-CN'],
    ['没有冒烟和打火', 'zh-CN'],
    ['没有看到火花', 'zh-CN'],
    ['没有人触电', 'zh-CN'],
    ['电线没断', 'zh-CN'],
    ['没有危险', 'zh-CN'],
    ['冇火花 冇燶味 就係停咗電', 'yue-HK'],
    ['冇冒煙 就係冇電', 'yue-HK'],
    ['no sparks or smoke, the power is just off', 'en-US'],
    ['no sparks or smoke the power is just off', 'en-US'],
    ['i do not see any sparks', 'en-US'],
    ['nobody got shocked', 'en-US'],
    ['nothing is sparking', 'en-US'],
    // The thing it is not, said with what it is.
    ['不是着火 是停电了', 'zh-CN'],
    ['唔係漏電 係停電呀', 'yue-HK'],
    ["it's not a fire, it's just an outage", 'en-US'],
    ['点火器就是不出火', 'zh-CN'],
    ['唔係火燭 唔使驚 只係冇電', 'yue-HK'],
    ['睇唔到有電線斷 淨係黑晒', 'yue-HK'],
    ["nothings on fire dont worry i just have no power", 'en-US'],
    ['none of us got zapped, the building just has no power', 'en-US'],
    ['i didnt see any broken wire, the hall is just dark', 'en-US'],
    ['all good, zero danger', 'en-US'],
    ["the meter box isn't damaged, i'm asking about the bill", 'en-US'],
  ])('"%s" (%s) is not danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).not.toBe('danger');
  });

  it.each<Case>([
    ['没电了 电线在冒烟', 'zh-CN'],
    ['电线没断 但是在冒火花', 'zh-CN'],
    ['没有火花 但是有焦味', 'zh-CN'],
    ['不知道为什么冒烟了', 'zh-CN'],
    ['没人来修 电线一直在打火', 'zh-CN'],
    // A question is no negation; a comma ends one.
    ['有没有冒烟我也不知道 反正有股焦味', 'zh-CN'],
    ['没有，冒烟了', 'zh-CN'],
    ['冇電喇 個電箱有火花', 'yue-HK'],
    ["there's no fire but the wire is down", 'en-US'],
    ['the power is not on and there is smoke', 'en-US'],
    ['not sure but i think i smell burning', 'en-US'],
    ['no there is smoke', 'en-US'],
    ['不是，电线掉下来了', 'zh-CN'], // a bare 不是 opens an answer
    ["it's not the meter it's the wire, it's on fire", 'en-US'],
  ])('"%s" (%s) is still danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).toBe('danger');
  });
});

describe('N10: a hazard word inside a place name is no false alarm', () => {
  it.each<Case>([
    ['火星路1号', 'zh-CN'],
    ['我的地址是火星路一号 停电了', 'zh-CN'],
    ['电厂路12号', 'zh-CN'],
    ['烟台街5号停电了', 'zh-CN'],
    ['我是火光村的 我家没电了', 'zh-CN'],
    ['火烧营村停电了', 'zh-CN'],
    ['火花小区三栋没电', 'zh-CN'],
    ['火焰山路88号', 'zh-CN'],
    ['我住喺火星村', 'yue-HK'],
    ['I live on Sparks Street', 'en-US'],
    ['45 Fireside Road, no power', 'en-US'],
    ['42 burning tree road has no power', 'en-US'],
    ['i live on fire lane', 'en-US'],
    ['火车站那边停电了', 'zh-CN'],
    // Shops, bars and towns take hazard words as names too.
    ['我喺火花文具舖 想查電費', 'yue-HK'],
    ['我在触电酒吧上班 店里没电了', 'zh-CN'],
    ['this is the live wire bar on main, we have no power', 'en-US'],
    ['i manage the blaze pizza downtown', 'en-US'],
    ['i work at the red flame hot pot, we lost power', 'en-US'],
    ['my apartment in sparks nevada has no power', 'en-US'],
  ])('"%s" (%s) is not danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).not.toBe('danger');
    expect(explainDanger(text).filter((f) => f.dismissed === null)).toEqual([]);
  });

  it('decides by the words around the hazard word, so a hazard at a named place is still danger', () => {
    expect(findDanger('火星路那边电线掉了')).not.toBeNull();
    expect(findDanger('我住火星路1号 门口电线在冒火花')).not.toBeNull();
    expect(findDanger('有火光路上都是')).not.toBeNull(); // something seen, not a road named 火光路
    expect(findDanger('a fire on sparks street')).not.toBeNull();
    expect(findDanger("there's a fire near the fire station")).not.toBeNull();
    expect(findDanger('the live wire is sparking outside the bar')).not.toBeNull();
    expect(findDanger('酒吧门口的电线冒火花')).not.toBeNull();
  });

  it('says why a hazard word was dismissed', () => {
    expect(explainDanger('火星路1号')).toEqual([{ phrase: '火星', dismissed: 'place name', by: 'pattern' }]);
    expect(explainDanger('没冒烟')).toEqual([{ phrase: '冒烟', dismissed: 'negated', by: 'pattern' }]);
  });
});

describe('does not fire on ordinary faults, words that only look like danger, and other business', () => {
  it.each([
    '我家停电了', '电线老化了想换一下', '漏电保护器老是跳', '私拉电线', '电费太高了', '停電咗',
    '什么时候来电到我们这边', '什么时候给电了', '电线那边断电了', '我用打火机照明', '我气得冒火',
    '我要气炸了', '有人在抽烟', '来电人信息不对', '供电人员态度不好', '电线电压低', '电表坏了 读数不准',
    '水龙头开关漏水', 'my power is out', 'you are fired', 'I am shocked by my bill', 'the bill shocked me',
    'the lines were busy', 'my water meter reading is wrong', 'my lights are flashing on and off',
    'I was smoking outside when the power went', 'Mr Sparks calling about my bill',
    '我十月份用了几度电 麻烦核一下', 'my bill is on fire this month', 'my bill blew up to a thousand dollars', 'i was having a smoke and remembered the bill',
    '楼上有人绕过电表私接电线', 'what size batteries does a smoke detector take', 'my phone battery is smoking hot',
  ])('%s', (text) => {
    expect(findDanger(text)).toBeNull();
    expect(findDanger(normalizeText(text))).toBeNull();
  });
});

describe('N10: a hazard that is not here and now is not danger, unless the caller puts it here', () => {
  it.each<Case>([
    ['我想问一下 如果看到电线断了应该怎么做', 'zh-CN'],
    ['我想問吓 如果見到電線斷咗應該點做', 'yue-HK'],
    ['what should i do if i see a downed wire', 'en-US'],
    ['看了个电影 里面有人被电击 吓死我了', 'zh-CN'],
    ['i watched a movie where a guy got electrocuted', 'en-US'],
    ['上次报的电线冒烟已经修好了 我就是想表扬一下师傅', 'zh-CN'],
    ['the sparking wire was fixed yesterday, thanks', 'en-US'],
    ['我的充电宝冒烟了怎么办', 'zh-CN'],
    ['我個尿袋出煙點算', 'yue-HK'],
    ['my power bank is smoking what do i do', 'en-US'],
  ])('"%s" (%s) is not danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).not.toBe('danger');
    expect(explainDanger(text).map((f) => f.dismissed)).toContain('not present');
  });

  it('is danger when the caller says it is here, now, or again after the repair', () => {
    expect(findDanger('如果电线断了怎么办 我家门口现在就掉了一根')).not.toBeNull();
    expect(findDanger('what do i do if a wire catches fire its right outside my window')).not.toBeNull();
    expect(findDanger('上次冒烟的已经修好了 今天又冒火花了')).not.toBeNull();
    expect(findDanger('手机充电的时候插座冒烟了')).not.toBeNull();
    expect(findDanger('我打电话是因为门口电线冒烟')).not.toBeNull();
  });
});

describe('N10: short and colloquial reports', () => {
  it.each<Case>([
    ['喂 喂 听得到吗 那个线 线断了 掉马路中间了', 'zh-CN'],
    ['喂 聽唔聽到 條線 條線斷咗 跌咗喺馬路中間', 'yue-HK'],
    ['my hand goes numb when I touch the pump switch box', 'en-US'],
    ['touch the gate and my arm goes all tingly', 'en-US'],
  ])('"%s" (%s) is danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).toBe('danger');
  });

  it('a question "can you hear me" (听唔听到) negates nothing; a bare 线 of another kind is not ours', () => {
    expect(explainDanger('听唔听到 冒烟了')[0]?.dismissed).toBeNull();
    expect(findDanger('晾衣线断了掉地上了')).toBeNull();
    expect(findDanger('i live on Fire Tower Road and my power is out')).toBeNull();
    expect(findDanger('the box is on fire near the road')).not.toBeNull();
  });
});

describe('N10: kinds found on dev-6 (workplaces and public places)', () => {
  it.each<Case>([
    ['仓库进水了，水已经漫过插排了，灯还亮着', 'zh-CN'],
    ['my wife grabbed the freezer handle and it bit her with current', 'en-US'],
    ['she touched the cooler door and her arm is still tingling', 'en-US'],
  ])('"%s" (%s) is danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).toBe('danger');
  });

  it.each<Case>([
    ['我家在冒烟岭路 就我家一户没电 邻居都有', 'zh-CN'],
    ['我住冒煙嶺路 淨係我一戶冇電', 'yue-HK'],
    ['條線冇斷 又冇咩怪味 就係屋企盞燈唔着', 'yue-HK'],
    ['又唔係着火 又冇冒煙 就係學校停咗電', 'yue-HK'],
    ['现场一切正常 不存在危险', 'zh-CN'],
    ['building three at the Coal Fire Plant staff housing has no power', 'en-US'],
    ['I rent a unit next to Arc Welding Supply', 'en-US'],
  ])('"%s" (%s) is not danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).not.toBe('danger');
  });

  it('the progressive 在 is no address: "电箱在冒烟" is danger; a negation in the gap is no hazard, one after it is', () => {
    expect(findDanger('路口那个绿色的电箱在冒烟 味道很刺鼻')).not.toBeNull();
    expect(findDanger('电线没有着火')).toBeNull();
    expect(findDanger('电线没人管 今天着火了')).not.toBeNull();
  });
});

// Kinds found on dev-7's first run; said here in other words than its lines.
describe('N10: kinds found on dev-7 (markets, lift pits, boats, collisions)', () => {
  it.each<Case>([
    ['电梯井里全是水 已经泡到电线了', 'zh-CN'],
    ['地下室浸水 水淹到條電纜度', 'yue-HK'],
    ['工地有个工人被店打了一下 现在起不来', 'zh-CN'],
    ['a pickup plowed into the utility pole on the corner', 'en-US'],
    ['a truck slammed into the transformer down the block', 'en-US'],
    ['my uncle got electro cuted at the dock', 'en-US'],
    ['a power strip is floating in a puddle by the stall', 'en-US'],
    ['the wire from that lamp is cut open and it is still live', 'en-US'],
    ['the power cable fall in the river behind the farm', 'en-US'],
  ])('"%s" (%s) is danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).toBe('danger');
  });

  it.each<Case>([
    // A second negation after a first (没有没…) is no A-not-A question.
    ['也没有 没打火也没烧焦 就是没电', 'zh-CN'],
    ['闻唔到烧焦味 只系成间屋冇电', 'yue-HK'],
    ['the panel looks ok and nothing smells charred, the lights are just off', 'en-US'],
    ['I do not smell anything smoking, my fridge just stopped', 'en-US'],
    ['危险倒是完全没有', 'zh-CN'],
    ['we moved into the Bare Wire Condos and need a new account', 'en-US'],
  ])('"%s" (%s) is not danger', (text, locale) => {
    expect(recognizeSync(text, locale)?.intent).not.toBe('danger');
  });
});

// Issue 8 items 2 and 6: a thing that carries power and a hazardous state of it, composed from the
// taxonomy (danger-taxonomy.ts) where no written pattern knows the phrasing. Written for this test.
describe('N10: an object that carries power and a hazardous state of it, composed from the taxonomy', () => {
  const composed = (text: string): boolean => explainDanger(text).some((f) => f.by === 'composition' && f.dismissed === null);

  it.each<Case>([
    // Object then state, in one clause.
    ['小区门口的箱变嗡嗡响个不停', 'zh-CN'],
    ['厨房的排插后面黑了一块', 'zh-CN'],
    ['阳台的灯座进水了', 'zh-CN'],
    ['充电桩底下全是水 还在充着电', 'zh-CN'],
    ['洗衣机外壳摸着有电', 'zh-CN'],
    ['嗰個插蘇黑咗一忽', 'yue-HK'],
    ['我摸個鐵閘 成隻手都痺晒', 'yue-HK'],
    ['the charger on the nightstand started crackling', 'en-US'],
    ['the green utility box at the corner, the cover is hanging open', 'en-US'],
    ['my kid says the metal railing gives her a little shock', 'en-US'],
    ['the fridge gave me a shock when i opened it', 'en-US'],
    // Across two adjacent clauses.
    ['门口那个电箱，一直在嗡嗡响', 'zh-CN'],
    ['後面條電纜，濕晒', 'yue-HK'],
    // State first: a shock felt when touching it.
    ['every time i touch the shower tap i get a little tingle', 'en-US'],
  ])('a caller says "%s" (%s): danger, by composition', (text, locale) => {
    expect(composed(text)).toBe(true);
    expect(recognizeSync(text, locale)?.intent).toBe('danger');
  });

  it.each<Case>([
    // A state that is a fault of that object, or its end of life, not a hazard.
    ['开关坏了 按了没反应', 'zh-CN'],
    ['空调漏水 滴到地板上', 'zh-CN'],
    ['灯管烧了 要换一根', 'zh-CN'],
    ['保险丝烧断了 家里没电', 'zh-CN'],
    ['电表显示有电 但是插座不通电', 'zh-CN'],
    ['雪櫃啲雪糕溶晒 幾時有電', 'yue-HK'],
    ['the light switch is broken it does nothing', 'en-US'],
    ['the bulb blew, can you tell me when power is back', 'en-US'],
    ['my toaster burns the toast', 'en-US'],
    // Where the caller lives, a payment, a negation between the two halves.
    ['I live near the transformer on Elm Street and my power is out', 'en-US'],
    ['i want to wire the money for my bill', 'en-US'],
    ['the wire is not down and nothing is sparking, the power is just out', 'en-US'],
    ['电线没断 也没冒烟 就是没电', 'zh-CN'],
    ['条线冇断 插蘇都冇燶味 淨係冇電', 'yue-HK'],
    ['电表箱旁边没有水 就是跳闸了', 'zh-CN'],
    // A works named for what it makes, a TV cable box.
    ['我住在电缆厂宿舍 停电了', 'zh-CN'],
    ['the cable company says my cable box is broken', 'en-US'],
  ])('a caller says "%s" (%s): no danger composed', (text, locale) => {
    expect(composed(text)).toBe(false);
    expect(recognizeSync(text, locale)?.intent).not.toBe('danger');
  });

  it('dismisses a composed hazard as a written one: a negation before it, a place name, not here and now', () => {
    expect(explainDanger('没有看到箱变嗡嗡响')[0]).toMatchObject({ by: 'composition', dismissed: 'negated' });
    expect(explainDanger('如果充电器噼啪响 应该怎么办')[0]?.dismissed).not.toBeNull();
    expect(findDanger('我住火星村 门口变压器好好的')).toBeNull();
  });
});
