import { EN_OBJECTS, ZH_OBJECTS } from './danger-taxonomy.js';
import { foldToSimplified } from './hant-to-hans.js';

/**
 * Not here and now (issue 8 items 2 and 6, N10): a hazard word said of something that is not
 * happening where the caller is. The words are data per locale, like the hazard taxonomy
 * (danger-taxonomy.ts); danger.ts asks `notHereAndNow` of every hazard phrase it found and drops
 * the phrase when a reading applies, and the recognizer asks `textNotHereAndNow` before the
 * intent model's danger may win. The readings:
 *
 * - `if`: a hypothetical or a condition governs it: 万一电线掉下来怎么办, 要係插蘇冒煙應該點做,
 *   "what should i do if a power line falls on my car".
 * - `rules`: a question about rules or safety advice, nothing saying it happened: 打雷的时候能不能用电脑,
 *   电线掉了应该怎么办 我想了解一下, "how far should i stay from a downed power line".
 * - `drill`: a drill or an exercise: 明天消防演习, 头先系演习, "that was just a drill".
 * - `source`: smoke, a smell or sparks whose source is cooking, a cigarette, incense, fireworks, a
 *   barbecue or a car, with nothing that carries power named: 楼下在烧烤 烟飘到我家来了.
 * - `story`: seen on TV, in the news, a video: 昨天新闻说有个变压器爆炸了.
 * - `past`: a past event told of: 电线着火那次你们两个小时才到, "last time the wires sparked".
 * - `repaired`: a past hazard already put right: 上个月电线冒烟的事 你们已经修好了.
 * - `device`: a phone or a power bank burning (not the grid's: 119, not a crew).
 *
 * Present evidence overrides the first four (and a story): a word of now (一直, 正在, 现在, 緊,
 * "right now"), a concrete place (门口, 我家, "in front of my house", "here"), someone there
 * (有人, 我被). "变压器一直在冒烟，这个要怎么处理" is danger; "万一电线掉下来怎么办" is not. A place
 * said inside the hypothetical ("要是家里插座冒烟了") is part of it, not evidence. A fire that took
 * hold (着火, "on fire") is danger whatever its source; a source never hides a hazard of something
 * that carries power (做饭的时候插座冒烟了).
 *
 * Entries are regular-expression sources on danger.ts's prepared text (normalized: lower case,
 * simplified, no punctuation, a clause break kept as CLAUSE). Cantonese entries are written as said
 * (traditional characters) and folded like the input.
 */

export type NotHereKind = 'if' | 'rules' | 'drill' | 'source' | 'story' | 'past' | 'repaired' | 'device';

export interface NotHereWords {
  /** Opens a hypothetical: the hazard after it in its clause is supposed, not seen. */
  if: readonly string[];
  /** "if" meaning "whether" ("not sure if the wire is live"): opens no hypothetical. */
  whether: readonly string[];
  /** A question what one does: with `if`, the hypothetical is a consultation. */
  advice: readonly string[];
  /** A question about conduct or risk that governs the hazard after it: 能不能碰, "is it safe to touch". */
  modal: readonly string[];
  /** A question after a hazard that makes it a topic, not a report: 电线掉了应该怎么办, 一般要不要去医院. */
  conduct: readonly string[];
  /** A question about things in general (一般, "someone who"): even a shock told of is then asked about. */
  generic: readonly string[];
  /** Ends a hypothetical or a modal's reach: the question after it (万一电线掉下来 | 怎么办). */
  ends: readonly string[];
  /** A drill or an exercise. */
  drill: readonly string[];
  /** That it is real this time (演习刚结束 配电房真的着火了). */
  real: readonly string[];
  /** Smoke, sparks or a smell from these is not ours. */
  source: readonly string[];
  /** Where the smoke of a source drifts to or from: no evidence that the hazard is ours. */
  drift: readonly string[];
  /** Told of from a screen or a page. */
  story: readonly string[];
  /** A screen's, said after the hazard: "that electrocution scene in the movie", 触电场口. */
  storyAfter: readonly string[];
  /** Food heated or cooked: its smoke is the food's, even in a microwave or an oven. */
  food: readonly string[];
  /** A past event told of (那次, 上次, "last time", the crew took two hours to come): over, not now. */
  past: readonly string[];
  /** Already put right. */
  repaired: readonly string[];
  /** It is back (上次修好的那根电线又断了): what was repaired is a hazard again. */
  again: readonly string[];
  /** A phone, a power bank: its fire is not the grid's. */
  device: readonly string[];
  /** A word of now: overrides every reading but a source, a drill or a repair. */
  now: readonly string[];
  /** It going on (冒紧烟, 在冒烟, "is sparking"): overrides a rules question or a story; a hypothetical only outside it. */
  going: readonly string[];
  /** A concrete place or someone there: as `going`. */
  here: readonly string[];
  /** A fire that took hold: danger whatever its source. */
  fire: readonly string[];
}

// In general, asked (一般要不要去医院, 一般使唔使睇醫生), not "it does not usually do this" (一般不会这样).
const GENERALLY = '(?:一般|通常|平时)(?:来说|來講)?(?:要|会|应该|應該|需要|怎么|是不是|係咪|可以|能|都要|要不要|使唔使|洗唔洗|点|點|如何)';

// A hazard said as what may happen (会不会起火, 會唔會燒起嚟).
const ZH_HAZARD = '(?:起火|着火|著火|燒|烧|爆|炸|触电|觸電|漏电|漏電|冒烟|冒煙|短路)';

// What one may do with a thing of ours (a modal governs the hazard only with one of these after it).
const ZH_DO = '(?:碰|摸|触|靠近|接近|走近|用|使用|在|去|站|躲|放|盖|建|种|爬|钓|游|开|充|晾|挂|停|坐|住|浇|泼|淋)';

export const ZH_CN_NOT_HERE: NotHereWords = {
  if: ['哪天', '如果', '假如', '假设', '假使', '万一', '(?<![主只就还不总但可硬正需想重也都])要是', '若是', '倘若', '一旦', '如若', '假若'],
  whether: [],
  advice: [
    '怎样', '怎么检查', '怎么办', '怎么做', '怎么处理', '如何处理', '怎样处理', '咋办', '咋整', '该怎', '应该', '要怎么', '找谁', '打什么电话', '打\\d+', '是打', '还是', '是先', '先做什么', '如何应对', '怎么应对',
    '能不能', '可不可以', '可以吗', '能吗', '会不会', '谁负责', '怎么赔',
  ],
  modal: [
    `(?:能不能|可不可以|可以不可以|能否|是否可以|可以|能|敢不敢)${ZH_DO}`, `(?:会不会|会唔会|是否会|可能会)(?:哪天|有一天|突然)?${ZH_HAZARD}`, '安全不安全', '怎么预防', '如何预防', '怎样预防', '怎么防止', '如何防止', '防止', '预防', '避免', '怎么避免', '安全吗',
  ],
  conduct: [
    '(?<!我|我们|咱|咱们)应该(?:怎|如何|先|找谁|打|咋)', '(?<!我|我们|咱|咱们)应当', '(?<!我|我们|咱|咱们|应)该怎', '(?<!我|我们|咱|咱们|应)该如何', GENERALLY, '正确的?(?:做法|处理)', '想了解', '了解一下', '了解下', '咨询一下', '请教', '注意事项', '预防', '防范', '常识', '知识', '科普',
    '多远', '几米', '多少米',
  ],
  generic: [GENERALLY, '想了解', '了解一下', '了解下', '咨询一下', '请教', '常识', '知识', '科普', '多远', '几米', '多少米', '作业题', '布置作业', '做作业', '替他问', '帮他问', '帮孩子问'],
  ends: ['打\\d+', '怎', '应该', '该', '能不能', '可不可以', '是打', '还是', '要不要', '吗', '呢', '先', '谁', '找', '的话', '就'],
  drill: ['演习', '演练', '模拟(?:火灾|着火|触电|事故|停电|演)', '消防培训', '安全培训', '消防课'],
  real: ['(?<!不是|不系|并非|没有|没|并不是)真的', '(?<!不是|没有)真正', '(?<![不没])真(?=[烧着冒起断爆掉跌])', '不是(?:问|说)?(?:演习|演练)', '这次是真', '发现', '竟然', '居然'],
  source: [
    '餐厅', '饭店', '饭馆', '食堂', '热饭', '饭盒', '烧烤', '烤肉', '烤串', '撸串', '炭火', '炭炉', '油烟(?!机)',
    '抽烟', '吸烟', '香烟', '烟头', '烟蒂', '二手烟', '烧香', '上香', '点香', '拜神', '拜佛', '香火', '蚊香', '烧纸', '纸钱', '祭拜', '鞭炮', '炮仗', '烟花', '爆竹', '礼花',
    '篝火', '营火', '壁炉', '蜡烛', '排气管', '尾气', '焚烧', '烧垃圾', '烧秸秆', '烧稻草', '烧树叶', '烧荒',
  ],
  drift: ['我家', '我们家', '楼下', '楼上', '隔壁', '对面', '外面', '门口', '窗口', '窗户', '屋里', '邻居', '有人', '家里'],
  story: ['电影', '电视剧', '电视上', '电视里', '新闻', '报纸', '小说', '视频(?:里|上|中)', '抖音上', '快手上', '动画', '纪录片', '直播(?:里|上)'],
  storyAfter: ['(?:的|那个|那段)?(?:场面|场景|镜头|情节|剧情)'],
  food: ['热(?:饭|菜|汤|牛奶|剩菜|包子)', '加热', '饭盒', '塑料盒', '食物', '面包', '爆米花', '烤红薯'],
  past: ['那次', '那一次', '那回', '上次', '上回', '上一次', '(?:小时|钟头|分钟|天)才(?:到|来)'],
  repaired: [
    '(?<!没|没有|未|不|还没|还没有)(?:已经|早就|早已|已)(?:修好|处理好|处理完|搞好|弄好|解决|换好|换了|换过|修过|来修过|搞定|恢复)', '(?<!没|没有|未|不)修好了', '(?<!没|没有|未|不)修好的', '修复了', '(?<!没|没有|未|不)换好了',
    '(?<!没|没有|未|不)处理好了', '(?<!没|没有|未|不)搞定了',
  ],
  again: ['没人', '没有人', '还没修', '没修好', '这次', '这回', '又(?![不没唔冇])', '再次', '重新', '还(?=[在有是吊挂掉冒打烧断躺垂着])', '(?<![才先])到现在', '至今', '仍在', '仍然', '依然', '还是(?:在|有|冒|会|一样|不行)'],
  device: ['充电宝', '手机', '平板', '笔记本电脑', '电子烟', '手机电池', '移动电源'],
  now: [
    '现在', '正在', '一直', '刚刚', '刚才', '就在', '此刻', '不停', '快来', '快点', '赶紧', '赶快', '尽快', '派人', '救命', '着急', '紧急', '马上', '越来越', '今天', '今晚', '今早', '早上', '晚上',
  ],
  going: ['突然', '忽然', '(?<=\\p{Script=Han})在(?:冒|打火|烧|响|漏|喷|闪|跳火)', '(?<=[冒打烧响喷闪])着(?=烟|火)'],
  here: [
    '门口', '楼下', '楼上', '楼道', '外面', '这里', '这儿', '这边', '我家', '我们家', '我这', '我们这', '家门口', '院子', '小区里', '对面', '隔壁', '路口', '马路边', '街口', '屋里', '屋顶',
    '有人', '有个人', '有个小孩', '我被', '我刚', '我的手', '我手', '我老公', '我老婆', '我儿子', '我女儿', '我妈', '我爸', '孩子被', '小孩被',
    '\\d+\\s*(?:号|栋|座|单元|幢)', '(?:路|街|巷|村)(?:口|边|上)',
  ],
  fire: ['着火', '起火', '失火', '火灾', '烧起来', '着了火', '烧着了', '大火'],
};

const YUE_DO = '(?:掂|摸|觸|埋|行近|用|喺|去|企|匿|放|起|種|爬|釣|游|開|充|晾|掛|泊|坐|住|淋|射)';

export const YUE_NOT_HERE: NotHereWords = {
  if: ['有日', '如果', '假如', '萬一', '(?<![主只就仲唔總但可硬正需想重都])要係', '若果', '假設', '一旦', '假使'],
  whether: [],
  advice: ['打\\d+', '定打', '係咪(?:應該|要)', '應該', '點樣', '點算', '點做', '點處理', '應該點', '點搞', '點辦', '搵邊個', '打咩電話', '定係打', '做咩先', '可唔可以', '得唔得', '會唔會', '邊個負責'],
  modal: [`(?:可唔可以|得唔得|可以|敢唔敢)${YUE_DO}`, `(?:會唔會|會不會)(?:有日|突然)?${ZH_HAZARD}`, '安唔安全', '點預防', '點防', '預防', '避免', '點避免', '安唔安全'],
  conduct: ['(?<!我|我哋)應該點', GENERALLY, '正確(?:做法|處理)', '想了解', '了解吓', '了解下', '預防', '常識', '幾遠', '幾多米'],
  generic: [GENERALLY, '想了解', '了解吓', '了解下', '常識', '幾遠', '幾多米', '功課'],
  ends: ['打\\d+', '定打', '點', '應該', '可唔可以', '得唔得', '定係', '使唔使', '會唔會', '咩', '呢', '先', '邊個', '搵', '嘅話'],
  drill: ['演習', '演練', '模擬(?:火警|火災|着火|觸電)', '消防培訓', '走火警演習'],
  real: ['(?<!唔係|唔系|冇)真係', '(?<![唔冇])真(?=[燒着冒起斷爆跌])', '唔係(?:問|講)?(?:演習|演練)', '今次係真', '發現', '竟然', '居然'],
  source: [
    '餐廳', '酒樓', '叮飯', '飯盒', '燒烤', 'bbq', '炭爐', '油煙(?!機)', '打邊爐',
    '食煙', '抽煙', '煙頭', '燒香', '上香', '拜神', '拜山', '香燭', '蚊香', '燒衣', '燒紙', '溪錢', '盂蘭', '炮仗', '煙花', '爆竹',
    '蠟燭', '壁爐', '排氣喉', '死氣喉', '燒垃圾', '燒草',
  ],
  drift: ['我屋企', '屋企', '樓下', '樓上', '隔籬', '對面', '出面', '外面', '門口', '窗口', '屋入面', '鄰居', '有人'],
  story: ['電影', '電視劇', '電視度', '喺電視', '電視見到', '新聞', '報紙', '套戲', '部戲', '套劇', '部劇', '小說', '片入面', '動畫', '紀錄片'],
  storyAfter: ['(?:嘅|個|嗰個|嗰段)?(?:場口|場面|鏡頭|情節|劇情)'],
  food: ['叮飯', '翻熱', '飯盒', '膠盒', '食物', '麵包', '爆谷'],
  past: ['嗰次', '嗰一次', '上次', '上一次', '(?:個鐘|鐘頭|分鐘|日)先(?:到|嚟)'],
  repaired: ['(?<!未|冇|唔)(?:已經|早就|早已)(?:整好|整返好|搞掂|處理好|換好|換咗|換過|修好|嚟整過)', '(?<!未|冇|唔)整好咗', '(?<!未|冇|唔)整返好', '(?<!未|冇|唔)搞掂咗', '(?<!未|冇|唔)整好晒'],
  again: ['冇人', '未整', '今次', '呢次', '又(?![唔冇不])', '再次', '又再', '重新', '仲(?=[喺有係吊掛冒打燒斷瞓垂])', '(?<![才先])到而家', '依然'],
  device: ['尿袋', '手機', '平板', '手提電腦', '電子煙'],
  now: ['而家', '宜家', '依家', '頭先', '啱啱', '啱先', '仲喺度', '一路', '唔停', '快啲', '盡快', '即刻(?:嚟|來|派)', '派人', '救命', '好急', '越嚟越', '今日', '今朝', '今晚', '琴晚'],
  going: ['突然', '忽然', '(?<=\\p{Script=Han})緊(?!急|張|要)', '喺度(?:冒|打火|燒|響|漏|噴|閃|標)'],
  here: [
    '門口', '樓下', '樓上', '後樓梯', '出面', '外面', '呢度', '呢邊', '我屋企', '我哋屋企', '我哋度', '我家', '對面', '隔籬', '路口', '街口', '屋入面', '天台',
    '有人', '有個人', '有個細路', '我俾', '我畀', '我隻手', '我老公', '我老婆', '我個仔', '我個女', '我阿媽', '我老豆', '細路俾',
  ],
  fire: ['着火', '著火', '起火', '失火', '火燭', '火災', '燒起嚟', '着咗火', '燒着咗', '大火'],
};

const EN_DO = '(?:still )?(?:touch|use|go near|walk (?:under|near|past)|stand (?:under|near)|stay (?:near|under)|fly|put|climb|park|build|plant|swim|charge|plug|hang|trim|throw|pour)';

export const EN_NOT_HERE: NotHereWords = {
  if: ['someday', 'some day', 'one of these days', 'afraid (?:that )?one day', 'if', 'in case', 'suppose', 'supposing', 'what if', 'in the event', 'hypothetically', 'lets say'],
  whether: ['know if', 'sure if', 'see if', 'check if', 'wonder if', 'wondering if', 'tell if', 'ask if', 'asking if', 'find out if', 'unsure if', 'as if', 'even if', 'like if', 'if (?:you|u) can', 'if possible', 'if you could'],
  advice: [
    'what (?:should|do|would|can|must) (?:i|we|you|one|people|someone|they) do', 'what to do', 'how should (?:i|we|you|one|people)', 'who (?:do|should|can) (?:i|we|you) call',
    'how (?:do |can |should )?(?:i |we |to )?(?:can )?(?:check|know|tell)', 'do (?:i|we|you)', 'should (?:i|we|you)', 'can (?:i|we)', 'what (?:i|we) (?:must|should|can|need to) do', 'is it (?:safe|ok|okay|alright|all right) to', 'first', 'what happens', 'procedure', 'what steps', 'who is responsible', 'who pays',
  ],
  modal: [
    `is it (?:safe|ok|okay|alright|all right|dangerous|legal|allowed) to ${EN_DO}`, `safe to ${EN_DO}`, `can (?:i|we|you|one|people|someone|kids) ${EN_DO}`, `should (?:i|we|you|one|people|someone) ${EN_DO}`,
    'how (?:do|can|should) (?:i|we|you|one) (?:avoid|prevent|stay safe|protect)', 'to (?:avoid|prevent)',
    'can (?:a|an|the|my|this|that) (?:\\w+ ){1,2}(?:start|cause)', 'will it (?:explode|catch fire|burn|start a fire|blow)', '(?:explode|catch fire|burn) or not',
  ],
  conduct: [
    'what should (?:you|one|people|someone|they) do', 'what (?:do|does) (?:you|one|people|someone) do', 'what to do', 'how far', 'how close', 'safety tips?', 'tips', 'precautions?',
    'in general', 'generally', 'usually', 'should (?:one|people|someone|they)', 'someone who', 'people who', 'a person who', 'anyone who', 'is there a rule', 'rules? (?:about|for|on)',
  ],
  generic: ['in general', 'generally', 'usually', 'someone who', 'people who', 'a person who', 'anyone who', 'just asking', 'only ask', 'asking for knowing', 'how far', 'how close', 'homework'],
  ends: ['it is', 'its', 'there is', 'theres', 'what', 'who', 'how', 'do i', 'do we', 'should i', 'should we', 'can i', 'can we', 'is it', 'am i', 'would', 'will you', 'please'],
  drill: [
    '(?:fire|emergency|evacuation|safety|earthquake) drills?', '(?:just|only) a drill', '(?:was|is|its) (?:just |only )?a drill', 'drill (?:today|tomorrow|this (?:morning|afternoon|week)|next week|earlier)',
    '(?:fire|emergency|evacuation|training|safety) exercise',
  ],
  real: ['(?<!not |nothing is |nothing |isnt |wasnt )actually', 'for real', 'real fire', 'not a drill', 'this time its real', 'not practice', 'found', 'noticed'],
  source: [
    'restaurant', 'kitchen smoke', 'cooking smoke', '(?<!it )smokes (?:inside|indoors|all day|a lot|in the|cigarettes)', 'barbe?cue', 'bbq', 'grill(?:ing)?',
    'cigarettes?', 'cigars?', 'smoking a', 'smokers?', 'vap(?:e|ing)', 'weed', 'incense', 'joss', 'candles?', 'fireworks?', 'firecrackers?', 'sparklers?',
    'campfire', 'bonfire', 'fire ?pit', 'fireplace', 'wood stove', 'chimney', 'exhaust', 'tailpipe', 'burning (?:leaves|trash|garbage|brush)',
  ],
  drift: ['my (?:window|windows|house|home|place|apartment|flat|building|yard|street|room|car|truck)', 'next door', 'outside', 'downstairs', 'upstairs', 'across the street', 'my (?:neighbor|roommate|son|daughter|wife|husband|kid|dad|mom|friend)s?', 'neighbors?', 'there (?:is|are)', 'someone', 'i (?:can|just)'],
  story: ['movie', 'film(?! of)', 'tv show', 'on tv', 'the news', 'tv news', 'news report', '(?:saw|watched|in) a video', 'on youtube', 'on tiktok', 'cartoon', 'documentary'],
  storyAfter: ['scene', 'in the (?:movie|film|show|video|series)', 'on (?:tv|the news)'],
  food: ['lunch', 'dinner', 'breakfast', 'food', 'popcorn', 'plastic (?:box|container|bowl)', 'leftovers', 'heat(?:ed|ing)? (?:up )?(?:my |the |some )?(?:lunch|food|dinner|leftovers|meal)'],
  past: ['the other day', 'last time', 'that time', 'back when', 'a while back', 'took (?:\\w+ ){0,2}(?:hours?|minutes?|days?) to (?:show up|come|arrive|get here|fix)'],
  repaired: ['(?<!not |never |nt |nt been )(?:was|were|been|got|already|has been|have been|is|are|it is) (?:fixed|repaired|sorted|replaced|taken care of)', '(?:swapped|replaced|changed) (?:my|the|our|it)', 'put in a new', 'fixed (?:it|that|already)', 'you guys fixed', 'your crew fixed', 'came and fixed', 'all good now', 'fine now'],
  again: ['this time', '(?:nobody|no one) (?:has )?(?:come|came|showed)', 'not (?:been )?fixed', 'hasnt been', 'never came', 'again', 'still (?:smok|spark|burn|hot|down|hang|has|is|doing)\\w*', 'keeps', 'is back', 'came back', 'started again'],
  device: ['power ?bank', 'phone', 'cell ?phone', 'mobile', 'laptop', 'tablet', 'vape', 'e-?cig\\w*', '(?:phone |laptop |car |scooter )?batter(?:y|ies)'],
  now: [
    'now', 'right (?:now|outside|in front|next to|by|here|there|behind|above|below|across|on)', 'just now', 'at the moment', 'currently', 'as we speak',
    'for (?:an|a|the last|the past|\\d+|a few|several|two|three|ten|twenty) (?:hour|hours|minute|minutes|while)',
    'keeps?', 'kept', 'still', 'help', 'hurry', 'please come', 'send (?:someone|somebody|a crew|help|a truck|out)', 'come (?:quick|now|fast|out|over|asap)', 'asap', 'emergency', 'today', 'tonight', 'this morning', 'this evening',
  ],
  going: [
    'suddenly', 'all of a sudden', '(?<!\\bit )(?:is|are) (?:still |now |all )?(?!raining|storming|thundering|snowing|pouring|going to)\\w+ing', '(?:has|have) been', 'started', 'just (?:fell|came|went|caught|blew|exploded|snapped)',
    '(?:is|are) (?:down|hanging|loose|live|on fire|hot|wet|flooded|broken|open)', '(?:it is|its|thats|that is) (?:still |all )?(?:sparking|smoking|burning|arcing|buzzing|humming|crackling|smoldering|on fire|down|hanging|leaning|live)',
  ],
  here: [
    'in front of', 'in the middle of', 'outside', 'here', 'next door', 'across the street', 'down the street', 'on my street', 'on our street', 'behind (?:my|our)',
    'my (?:house|home|yard|street|building|place|apartment|flat|door|window|kitchen|garage|roof|backyard|garden|office|shop|store|block|porch|driveway|bedroom|basement|living room|hallway|car)',
    'our (?:house|home|yard|street|building|place|apartment|flat|door|kitchen|garage|roof|backyard|garden|office|shop|store|block|porch|driveway|basement|car)',
    'there (?:is|are)', 'theres', 'i (?:just |was |got |am |have )', 'my (?:son|daughter|wife|husband|kid|child|dad|father|mom|mother|neighbor|friend|brother|sister)', '\\d+ \\w+ (?:street|st|road|rd|avenue|ave)',
  ],
  fire: ['on fire', 'caught fire', 'catching fire', 'in flames', 'ablaze', 'house fire'],
};

type Compiled = Record<keyof NotHereWords, RegExp>;

function compile(tables: readonly NotHereWords[], english: boolean): Compiled {
  const out = {} as Compiled;
  for (const key of Object.keys(tables[0]!) as (keyof NotHereWords)[]) {
    const words = tables.flatMap((t) => t[key]).map((w) => foldToSimplified(w));
    const body = words.length ? words.join('|') : '(?!)';
    out[key] = new RegExp(english ? `\\b(?:${body})\\b` : `(?:${body})`, 'gu');
  }
  return out;
}

// Chinese (zh-CN and yue-HK, folded alike) and English: danger is heard in any locale's words.
const ZH = compile([ZH_CN_NOT_HERE, YUE_NOT_HERE], false);
const EN = compile([EN_NOT_HERE], true);
const TABLES = [ZH, EN] as const;
const CLAUSE = '\uE000';

// Something that carries power named with it (the taxonomy's objects): a source never hides its hazard.
const FIXED_CARRIER = new RegExp(
  (['line', 'pole', 'box', 'point', 'metal'] as const).flatMap((k) => [...ZH_OBJECTS[k].map(foldToSimplified), ...EN_OBJECTS[k].map((w) => `\\b(?:${w})\\b`)]).join('|'),
  'u',
);
const CARRIER = new RegExp(
  [...Object.values(ZH_OBJECTS).flat().map(foldToSimplified), ...Object.values(EN_OBJECTS).flat().map((w) => `\\b(?:${w})\\b`)].join('|'),
  'u',
);

function has(key: keyof NotHereWords, s: string): boolean {
  return TABLES.some((t) => {
    t[key].lastIndex = 0;
    return t[key].test(s);
  });
}

/** Every match of one word list in s: [start, end) pairs. */
function all(key: keyof NotHereWords, s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const t of TABLES) {
    const re = t[key];
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!m[0].length) {
        re.lastIndex++;
        continue;
      }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}

/** How far (characters) a hypothetical or a modal reaches to the hazard it governs: 万一[条电线]跌落嚟, "if [a power line] falls". */
const IF_REACH = 16;
const IF_REACH_EN = 48;

/**
 * The reach of a hypothetical (`if`) or a modal question (`modal`) opened before `at` in its clause:
 * [marker start, where its question begins), or null when none governs `at`.
 */
function governed(text: string, at: number, key: 'if' | 'modal'): [number, number] | null {
  const clauseStart = text.lastIndexOf(CLAUSE, at - 1) + 1;
  const before = text.slice(clauseStart, at);
  let found: [number, number] | null = null;
  // A modal's verb may open the hazard phrase (能不能[碰电线]杆): read on to the hazard's first words.
  const reading = key === 'modal' ? text.slice(clauseStart, Math.min(text.length, at + 24)) : before;
  for (const [start, end] of all(key, reading).filter(([s]) => s < before.length || (key === 'modal' && s === before.length))) {
    if (key === 'if' && all('whether', text.slice(clauseStart, clauseStart + end)).some(([, e]) => e === end)) continue;
    // A question between the marker and the hazard closed its reach already (万一…怎么办 | 电线还在冒烟).
    if (key === 'if' && has('ends', before.slice(Math.min(end, before.length)))) continue;
    // A hypothetical reaches a few words, not a whole unpunctuated turn ("如果可以的话 … 电线断了").
    const gap = text.slice(Math.min(clauseStart + end, at), at);
    if (gap.length > (/[a-z]/.test(gap) ? IF_REACH_EN : IF_REACH)) continue;
    const clauseEnd = text.indexOf(CLAUSE, at) < 0 ? text.length : text.indexOf(CLAUSE, at);
    const close = all('ends', text.slice(at, clauseEnd)).map(([s]) => s).sort((a, b) => a - b)[0];
    found = [clauseStart + start, close === undefined ? clauseEnd : at + close];
  }
  return found;
}

// Now as remembering, not as happening: 现在想起来都来气, 諗返起都火滾.
const RECALLED = /现在想起来|现在想起|想起来|谂返起|諗返起|想返起|thinking about it now|still (?:mad|angry|upset|fired up)/g;

// 上次报修了 电线还吊着: what happened last time was a call; the hazard is today's.
const CONTACTED = /报|反映|打过|打了|说过|讲过|投诉|打電話|called|reported|rang/;

/** Something going on said outside [from, to). */
function goingOutside(text: string, from: number, to: number): boolean {
  return has('going', `${text.slice(0, from)} ${CLAUSE} ${text.slice(to)}`);
}

/** Within reach before `at`: characters for Chinese, more for English words. */
function near(gap: string): boolean {
  return gap.length <= (/[a-z]/.test(gap) ? IF_REACH_EN : IF_REACH);
}

/** A past event: its marker near before the hazard in its clause, or right after it (电线着火那次), or the crew's late arrival told. */
function pastEvent(text: string, span: Span): boolean {
  const clauseStart = text.lastIndexOf(CLAUSE, span.start - 1) + 1;
  const before = text.slice(clauseStart, span.start);
  if (all('past', before).some(([, e]) => near(before.slice(e)) && !CONTACTED.test(before.slice(e)))) return true;
  const clauseEnd = text.indexOf(CLAUSE, span.end) < 0 ? text.length : text.indexOf(CLAUSE, span.end);
  const after = text.slice(span.end, clauseEnd);
  if (all('past', after).some(([s]) => s <= (/^ ?[a-z]/.test(after) ? 24 : 0))) return true;
  return /took (?:\w+ ){0,2}(?:hours?|minutes?|days?) to (?:show up|come|arrive|get here)|(?:小时|钟头|个钟|分钟)(?:才|先)(?:到|来|嚟)/.test(text);
}

/** Told from a screen: a story word near before it with nothing of here and now between, or a scene word right after it. */
function storyTold(text: string, span: Span): boolean {
  const before = text.slice(0, span.start);
  for (const [, end] of all('story', before)) {
    const between = before.slice(end);
    if (near(between) && !has('now', between) && !has('going', between) && !has('here', between)) return true;
  }
  const after = text.slice(span.end, span.end + 12);
  return all('storyAfter', after).some(([s]) => s <= 2);
}

// What a source gives off: a car hitting something is no source of ours to dismiss.
const SMOKE = /烟|味|火|spark|smok|smell|fire|burn|flame/;

// A shock is never a barbecue's: 放烟花的时候被电到了.
const SHOCK = /触电|电到|电亲|电击|电伤|电麻|被电|俾电|畀电|给电|(?<![没冇])麻|痹|shock|electrocut|zap|jolt/;

/** A source of smoke or sparks not ours, nothing that carries power named, no fire that took hold. */
function fromSource(text: string, phrase: string): boolean {
  if (!(has('source', text) || has('food', text)) || has('fire', phrase) || SHOCK.test(phrase) || (phrase && !SMOKE.test(phrase))) return false;
  // Food heated in a microwave smokes as food does: the appliance does not make it ours.
  if ((has('food', text) ? FIXED_CARRIER : CARRIER).test(text)) return false;
  const drifted = all('drift', text).reduce((s, [a, b]) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b), text);
  return !has('here', drifted);
}

/**
 * Why the hazard phrase at `span` of the prepared text (danger.ts) is not here and now, or null
 * when it is, or may be. `spans` are all the hazard phrases found, in order.
 */
export function notHereAndNow(text: string, span: Span, spans: readonly Span[]): NotHereKind | null {
  const before = text.slice(0, span.start);
  const phrase = text.slice(span.start, span.end);
  const next = spans.find((s) => s.start >= span.end);
  const after = text.slice(span.end, next?.start ?? text.length);
  const now = has('now', text);
  // Repaired, said after it and not back since (修好了 但是又断了).
  const repaired = all('repaired', after)[0];
  if (repaired && !has('again', after.slice(repaired[1]))) return 'repaired';
  // Or said right before it: "they swapped my burnt meter", 已经换了烧坏的电表.
  const prev = [...spans].reverse().find((s) => s.end <= span.start);
  if (all('repaired', before.slice(prev?.end ?? 0)).some(([, e]) => span.start - (prev?.end ?? 0) - e <= 6) && !has('again', text)) return 'repaired';
  if (DEVICE_BEFORE.test(before.trimEnd())) return 'device';
  if (fromSource(text, phrase)) return 'source';
  if (has('drill', text) && !has('real', text)) return 'drill';
  // A past event (那次, "last time"): over unless it is back or going on.
  if (pastEvent(text, span) && !has('again', text) && !has('going', text) && !has('now', text.replace(RECALLED, ' '))) return 'past';
  // A screen's story: the hazard told right after it, nothing of here and now between (新闻上说昨晚变电站起火了).
  if (storyTold(text, span)) return 'story';
  if (now) return null;
  // A hypothetical: a place said with it is supposed too ("要是家里插座冒烟了"); only a word of now, or of it going on outside it, overrides.
  const hyp = governed(text, span.start, 'if');
  if (hyp && (has('advice', text) || has('conduct', text) || /\bwhat if\b/.test(text)) && !goingOutside(text, hyp[0], hyp[1])) return 'if';
  // A modal question supposes nothing: a place or something going on said anywhere makes it a report
  // ("should i stay inside a power line is down on my street").
  if (governed(text, span.start, 'modal') && !has('going', text) && !has('here', text)) return 'rules';
  const story = all('story', before).sort((a, b) => a[0] - b[0])[0];
  // What it tells is the story's (电视上看到有人被电击): a place or a person right after the story word.
  const told = story ? STORY_TELLS.exec(text.slice(story[1]))?.[0].length ?? 0 : 0;
  if (story && !has('going', text) && !has('here', `${text.slice(0, story[0])} ${CLAUSE} ${text.slice(story[1] + told)}`)) return 'story';
  // A question of rules in general (一般, "how far", homework) even where the caller lives.
  if (has('generic', text) && has('conduct', text) && !has('going', text)) return 'rules';
  if (has('going', text) || has('here', text)) return null;
  // A shock told of, then how to help: the shock advice (120 first) is what the caller needs (触电了应该怎么急救).
  if (has('conduct', text) && (!SHOCK.test(phrase) || has('generic', text))) return 'rules';
  return null;
}

/** Someone told of right after a story word is the story's: 电视上[看到有人]被电击, "a video [of a guy]". */
const STORY_TELLS = /^ ?(?:上面|里面|里头|上|里|中|度|入面)?(?:看到|看见|见到|睇到|说|话|讲|报道|播)?(?:有人|有个人|一个人|个人)|^ (?:of|where|about) (?:a|some|this|the) (?:guy|man|woman|kid|person|worker)/u;

const DEVICE_BEFORE = (() => {
  const zh = [...ZH_CN_NOT_HERE.device, ...YUE_NOT_HERE.device].map(foldToSimplified).join('|');
  return new RegExp(`(?:(?:${zh})(?:电池|充电(?:的时候|时)?|叉紧电|充紧电)?|\\b(?:my|the|his|her|a|our) (?:[a-z]+ )?(?:${EN_NOT_HERE.device.join('|')})(?: (?:after|while|when) charging)?)(?:的|嘅)? ?(?:(?:is|was|keeps|started|just|在|又|突然|好似|好像) ?){0,2}$`, 'u');
})();

/**
 * The whole text tells of a hazard not here and now, read without a hazard phrase (for the intent
 * model's danger, which names none): a source not ours, a drill, a hypothetical or a question about
 * rules, a story, with no evidence of here and now. Prepared or normalized text.
 */
export function textNotHereAndNow(text: string): NotHereKind | null {
  if (SMOKE.test(text) && fromSource(text, text)) return 'source';
  if (has('drill', text) && !has('real', text)) return 'drill';
  if (has('generic', text) && has('conduct', text) && !has('now', text) && !has('going', text)) return 'rules';
  if (has('now', text) || has('going', text) || has('here', text)) return null;
  if (has('if', text) && !has('whether', text) && (has('advice', text) || has('conduct', text) || /\bwhat if\b/.test(text))) return 'if';
  if (has('modal', text) || has('conduct', text)) return 'rules';
  if (has('story', text)) return 'story';
  return null;
}
