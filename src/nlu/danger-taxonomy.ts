/**
 * The hazard taxonomy (issue 8 items 2 and 6, N10): what carries power and what state of it is a
 * hazard, held as data. `danger-composition.ts` composes an OBJECT and a STATE said near each
 * other (either order, in a clause or across two adjacent ones) into a hazard phrase, so that a
 * phrasing no hand-written pattern knows ("the charger on the nightstand started crackling",
 * "嗰個插蘇黑咗一忽仲有陣燶味") is still danger when its two halves are words of this list.
 *
 * Not every state is a hazard of every object: a broken switch or a lamp that flashes is a fault,
 * a washing machine that takes in water is working; a wire, a pole or a box that is down, hit,
 * exposed, wet, sparking, smoking, burning, hot or live is a hazard. `ALLOWED` says which.
 *
 * Entries are regular-expression sources on normalized text (lower case, simplified, no
 * punctuation; a clause break is the private-use CLAUSE of danger.ts). Chinese entries are written
 * in simplified characters; Cantonese forms are folded like the input (緊 -> 紧, 插蘇 -> 插苏).
 * Keep each entry a word a caller says, with the lookarounds that keep it from a word it is part
 * of (断电 is a power cut, 烟花 fireworks, "wire transfer" a payment).
 */

export type ObjectKind = 'line' | 'pole' | 'box' | 'point' | 'appliance' | 'metal';
export type StateKind = 'down' | 'hit' | 'exposed' | 'arc' | 'noise' | 'smoke' | 'burnt' | 'smell' | 'caught' | 'charged' | 'explode' | 'wetOnto' | 'hitOnto' | 'hot' | 'bang' | 'wet' | 'live';

/** Which states are a hazard of which objects. */
export const ALLOWED: Record<ObjectKind, readonly StateKind[]> = {
  line: ['down', 'hit', 'exposed', 'arc', 'noise', 'smoke', 'burnt', 'smell', 'caught', 'hot', 'bang', 'explode', 'wet', 'wetOnto', 'hitOnto', 'live'],
  pole: ['down', 'hit', 'arc', 'noise', 'smoke', 'burnt', 'caught', 'bang', 'explode', 'wetOnto', 'hitOnto', 'live'],
  box: ['down', 'hit', 'exposed', 'arc', 'noise', 'smoke', 'burnt', 'smell', 'caught', 'hot', 'bang', 'explode', 'wet', 'wetOnto', 'hitOnto', 'live'],
  point: ['exposed', 'arc', 'smoke', 'burnt', 'smell', 'caught', 'hot', 'bang', 'explode', 'wet', 'wetOnto', 'hitOnto', 'live'],
  // An appliance that burns out, blows a bulb, melts the ice cream or burns the toast is no hazard of ours.
  appliance: ['arc', 'smoke', 'explode', 'live'],
  // Metal that carries current it should not: 水管有电, "the railing gives you a shock".
  metal: ['live', 'charged'],
};

// Chinese aspect and resultative endings (Cantonese 紧 咗 住 晒, Mandarin 着 了 过).
const ASPECT = '(?:紧|咗|住|着|了|晒|过|埋|起|出|出来|出嚟|起来|起嚟)?';

/** Things that carry power, in Chinese (zh-CN and yue-HK). */
export const ZH_OBJECTS: Record<ObjectKind, readonly string[]> = {
  line: [
    '电线(?!杆|柱|杉|干|竿|厂|路)', '电缆(?!井|沟|厂|路)', '电览', '电揽', '高压线', '电力线', '输电线', '供电线', '火线', '零线', '地线',
    '线头', '裸线', '(?<=[一根条两几])断线', '电源线', '插头线', '拖板线', '延长线', '铜线', '铝线',
    // 线 alone, as a recognizer often leaves it: not 网线 鱼线 毛线 天线 光线 耳机线 数据线 晾衣线 路线 掉线 ...
    '(?<![毛电天视光曲网鱼路航界针热一衣机据音棉麻丝掉断专热占忙连在离上]|(?<!一)下)线(?![路索条上下索])',
  ],
  pole: ['电线杆子?', '电线干', '电线竿', '电杆子?', '线杆', '电柱', '电线柱', '电灯柱', '灯柱', '灯杆', '路灯杆?', '街灯', '电灯杉', '电线杉', '灯杉', '电塔', '铁塔', '高压塔', '杆子', '(?<=[枝支条根])杆'],
  box: [
    '变压器', '火牛(?!仔)', '箱变', '变电箱', '电箱', '电表箱', '表箱', '表房', '表间', '电表间', '水电房', '配电箱', '配电柜', '开关箱', '电表房', '电房', '配电房', '配电室',
    '变电站', '变电所', '电缆井', '电缆沟', '电掣房', '电井', '强电井', '分支箱', '计量箱', '电表柜', '环网柜', '电闸箱', '总闸', '电闸', '空开',
    '电厢', '电表厢', '配电厢',
  ],
  point: [
    '插座', '插坐', '插苏', '插头', '插线板', '排插', '插排', '拖板', '接线板', '(?<!水龙头|水管|水|燃气|煤气|天然气|手机|电脑)开关', '电掣', '灯掣',
    '(?<![刹手脚])掣', '电制', '充电桩', '充电柱', '充电器', '叉电器', '火牛仔', '电表', '电錶', '灯座', '灯头', '接线盒',
  ],
  appliance: [
    '电器', '电饭煲', '电饭锅', '热水器', '空调', '冷气机', '冷气', '冰箱', '雪柜', '洗衣机', '电视机?', '微波炉', '电磁炉', '电暖器', '暖风机',
    '取暖器', '暖炉', '电风扇', '风扇', '抽油烟机', '抽湿机', '除湿机', '电水壶', '电热水壶', '电热毯', '风筒', '吹风机', '电灯', '灯泡', '灯管',
    '吊灯', '光管', '电炉', '焗炉', '烤箱', '电熨斗', '饮水机', '水泵', '抽水机', '鱼缸(?:的)?(?:灯|泵|加热棒)', '电动车充电',
  ],
  metal: [
    '铁门', '铁闸', '铁架', '铁栏', '栏杆', '扶手', '护栏', '围栏', '铁丝网', '水管', '水龙头', '水喉', '铁皮', '外壳', '墙身', '门把手?',
    '门柄', '晾衣架', '铁窗', '窗框', '花洒', '信箱', '铁棚', '铁柱',
  ],
};

/** What state of it is a hazard, in Chinese. */
export const ZH_STATES: Record<StateKind, readonly string[]> = {
  down: [
    '(?<!断)断(?!电|网|供|路|水|了电|咗电|开关|断|续|气|货|码|奶|粮|片)', '掉(?:了|咗)?(?:下来|下去|落|在|到|喺|地)', '跌(?:咗|了|落|到|喺|在|低|下)',
    '甩(?:咗|了|落|出|开|脱|晒)', '垂(?:落|下|咗|了|到|着|住|低)', '吊(?:咗|住|着|喺|在|低)', '倒(?:咗|了|下|在|喺|落|晒)(?!霉|数|闭|是)', '冧(?:咗|了|落|晒)?',
    '塌', '松(?:咗|了|脱|开|掉|晒)', '脱落', '落(?:咗)?地', '拖(?:到|咗|喺|在)?地', '耷(?:咗|低|落)', '(?:吊|挂|垂|拉)得(?:好|很|太|特别)?低',
    '散(?:开|咗|晒)', '横(?:喺|在|过|跨)(?:马路|路|地|街)', '躺(?:在|喺)', '掉下来', '跌落(?:嚟|来|地)', '(?:挂|搭|缠)(?:咗|住|在|喺)(?:树|屋顶|车|栏杆|晾衣)',
    '摇(?:下|吓)摇(?:下|吓)', '摇摇(?:下|吓|晃晃)', '晃(?:来晃去|动|晃|得)', '缠(?:埋|住|在|着|喺)',
  ],
  hit: [
    '(?:撞|砸|压|劈|刮|吹|挖|铲|踢|撬|拉|扯|勾)(?:断|倒|冧|歪|烂|坏|破|裂|开|甩|弯|跌|落|到)', '(?:被|俾|畀|遭|让|给)(?:[^\uE000]{0,4}?)(?:撞|砸|压|劈|刮|挖|铲|撬|击)', '(?:被|俾|畀|遭)(?:人)?打(?:烂|坏|破|爆|开)',
    '歪(?:咗|了|晒|掉|向|倒)?', '斜(?:咗|了|晒)', '倾斜', '裂(?:咗|了|开|晒)', '变形', '弯(?:咗|了|晒)', '摇摇欲坠', '(?:快|要|就快|就要)(?:倒|冧|跌|断)',
    '门(?:开|冇咗|没了|掉|甩)', '盖(?:甩|掉|冇|没|开|烂|破)', '烂(?:咗|了|晒)', '爆开', '凹(?:咗|了|晒)',
  ],
  exposed: [
    '露' + ASPECT + '(?:出|晒|在|喺|外|铜|线|芯|咗)', '外露', '裸露', '露(?:咗|出|晒|了)', '破皮', '爆皮', '烂皮', '甩皮', '穿皮', '(?:冇|没)(?:咗|了)?(?:皮|胶皮|外皮)',
    '皮(?:破|烂|甩|爆|裂|掉|冇|没|穿)', '铜(?:线|丝|芯)(?:都)?(?:露|出)', '(?:咬|啃)(?:烂|破|断|穿)',
  ],
  arc: [
    '打' + ASPECT + '火(?!机|石)', '跳' + ASPECT + '火(?!车)', '闪火', '标' + ASPECT + '(?:火|烟)', '(?:冒|出|喷|爆|飞|溅|起)' + ASPECT + '(?:火花|火星|火光|火)(?!车|锅|柴|机|腿|龙)',
    '火花(?!塞)', '火星(?!人|路|村)', '电弧(?!焊)', '拉弧', '噼里啪啦', '劈里啪啦', '噼噼啪啪', '劈劈啪啪', '噼啪', '劈啪', '啪啪', '滋滋', '嗞嗞', '吱吱',
    '呲呲', '滋啦', '吱啦', '嗤嗤', '闪' + ASPECT + '(?:一下|下)?(?:蓝|白|绿|紫)(?:光|色)', '(?:蓝|白)光一闪',
  ],
  noise: ['嗡嗡', '(?:好|很|特别|一直|成日)?(?:大声|大)?(?:响|嘈)(?:个不停|唔停|过不停)', '沙沙声', '嘶嘶', '吱吱声', '闪' + ASPECT + '(?:闪)?(?:火|光)'],
  smoke: [
    '(?:冒|出|起|喷|有|标)' + ASPECT + '(?:好多|很多|一股|一阵|阵|啲|些|点|少少|浓|黑|白|青)*烟(?!花|草|台|酒|囱|民)', '烟(?:冒|出|喷|雾)',
    '(?:烧焦|焦|糊|胶|烧胶|塑料|烧塑料)(?:咗|了)?(?:的|嘅)?(?:味|气味|臭)', '(?:着|起)' + ASPECT + '火', '冒火', '有火(?!车|锅|气)',
  ],
  // Burnt, melted, scorched: a hazard of a wire, a socket or a box; of a lamp or a fridge its end of life.
  burnt: [
    '烧' + ASPECT + '(?:焦|黑|熔|融|化|起来|起嚟|着|燶|穿|断|红)', '烧(?:紧|咗|着|了)(?!饭|水|菜)', '烧得(?:通红|发红|红|焦|黑|熔|融)', '(?:通红|发红)(?!包)', '燶(?:咗|晒|了)?(?:的|嘅)?(?:味|气味)?', '燶(?:咗|晒|了)?',
    '(?:发|变|熏|烧|烫)' + ASPECT + '黑', '黑(?:咗|了)(?:一|成|晒|哂)', '(?:熔|融|溶)' + ASPECT + '(?:化|掉|晒|埋|咗|了|穿)?', '(?<![变消优绿美转简老恶文现强淡退进])化(?:咗|晒)(?:的|嘅)?',
  ],
  smell: ['怪味', '(?:好|很|一阵|一股|有)(?:臭|怪)(?:味)?', '臭味', '异味', '(?:有|一股|一阵)(?:啲|些)?味(?:道)?'],
  caught: ['着(?:咗|了)(?!急|凉|迷|数|落)'],
  hot: ['(?:好|很|太|非常|特别|超|发|滚|热到|热得)(?:烫|热)(?!水|线|狗|门|闹|情|心)', '烫(?:手|到|得|咗|了|住|晒)', '热(?:到|得)(?:烫|好|很|手|唔|不)'],
  explode: ['爆炸', '炸(?:咗|了|开|晒)(?!弹|鸡|薯|酱|药|虾|串)'],
  bang: [
    '炸' + ASPECT + '(?!弹|鸡|薯|酱|药|虾|串)', '爆(?:咗|了|开|炸|裂|火|出|响|晒)(?!表|满|单|灯|仓|款|料|笑)',
    '(?:嘭|砰|嘣|轰隆?)(?:的|嘅)?(?:一声|一下|声)', '(?:响|爆)(?:咗|了)?(?:一|好大|很大)声', '巨响',
  ],
  wet: [
    '(?:进|入|浸|渗|淹|泡|灌)' + ASPECT + '水', '(?:漏|滴|喷|溅)(?:紧|咗|住|着|了)?水(?!费|表)', '水(?:浸|淹|泡|漫|流|滴|渗|漏|喷|溅|冲|灌)(?:咗|了|到|进|入|落|过|住|晒|紧)?',
    '湿(?:透|晒|咗|了|哂|嗒嗒|淋淋)', '(?:被|俾|畀)(?:水|雨)(?:浸|淹|泡|淋|打)', '淋(?:湿|咗雨|了雨|到)', '泡(?:在|喺)(?:[^\uE000]{0,4}?)(?:积水|水)', '(?:在|喺)水(?:里|度|中|入面)', '有水(?!费|表)', '(?:全|都|一地)(?:是|系)水',
    '(?:浸|淹)' + ASPECT,
  ],
  live: [
    '带' + ASPECT + '电(?!作业|操作|检修|话|脑|池|梯|视|影|器|子|量|费|价|压|源|动|车)', '漏' + ASPECT + '电(?!保护|开关|保|断路|费|量|检测|率|掣|制)',
    '(?<![来供用停送通没冇有充])电(?:人|手|到人|到我|亲|咗我|咗人|咗一下)(?!员)', '(?:手|人|成个人|全身|手指)(?:都|会|就)?(?:麻|痹|痺)(?!烦)', '(?:痹|痺)手', '(?:成个人|全身)(?:都|会|就)?震', '麻(?:手|痹|痺)', '有(?:啲|些|点)?电流',
    '(?:有|带)(?:啲|些|点|少少)?电(?:咁|一样|的感觉|嘅感觉)', '会电(?:人|手)',
  ],
  // Water reaching it, said verb first: 漫过了充电桩, 喷在电闸上, 浸到啲电缆.
  wetOnto: ['(?:水|雨)?(?:已经|都|全|直接)?(?:漫|淹|浸|喷|溅|泼|淋|滴|漏|流|渗|灌|冲)(?:过|到|在|喺|落|入|进|上|住|晒|湿)(?:了|咗|晒)?'],
  // Knocked, said verb first: 撞歪咗路口支电灯柱, 吹冧咗条电线.
  hitOnto: ['(?:撞|砸|压|劈|刮|吹|挖|铲|锯|剪)(?:歪|断|倒|冧|烂|坏|裂|跌|甩|穿|爆)(?:了|咗|晒)?'],
  charged: ['有电(?!费|话|视|梯|脑|池|表|箱|器|源|线|力|压|子|动|车|工|吗|嘛|冇|没|未|喇|啦|了|咗)'],
};

/** Things that carry power, in English. */
export const EN_OBJECTS: Record<ObjectKind, readonly string[]> = {
  line: [
    '(?:power |electric |electrical |electricity |utility |live |high voltage |overhead |service |extension |hydro )?wires?(?! (?:transfer|the money|money|payment|fraud))',
    '(?:power |electric |electrical |electricity |utility |live |high voltage |overhead |service |underground |extension )?cables?(?! (?:box|tv|guy|company|bill|internet|modem|channel|provider|service|subscription|package|news|car|knit))',
    '(?:power|electric|electrical|electricity|utility|overhead|high voltage|hydro|service|live|transmission) lines?', 'power lions?', 'wiring',
  ],
  pole: [
    '(?:power |utility |electric |electricity |telephone |telegraph |light |lamp |street ?light |wooden |concrete |hydro )?poles?(?! (?:vault|dance|dancing|position))',
    'lamp ?posts?', 'light ?posts?', 'street ?lights?', 'pylons?', '(?:transmission|power|electric|electricity|utility|steel) towers?',
  ],
  box: [
    'transformers?', '(?:meter|fuse|breaker|junction|power|electrical|electric|utility|distribution|switch|transformer|green|grey|gray|metal|control) (?:box|boxes|cabinets?)',
    '(?:electrical|electric|breaker|fuse|circuit|main|service|power) panels?', 'switchboards?', 'substations?', 'consumer units?', '(?:meter|electrical|electric|utility) (?:room|cupboard|closet)',
  ],
  point: [
    'outlets?', '(?:wall |power |electrical |electric )?sockets?', 'plugs?(?! in)', 'power points?', '(?:light |wall |power )?switch(?:es)?',
    '(?<!phone |charging |charger )cords?', 'power strips?', 'extension (?:leads?|boards?|blocks?)', 'surge protectors?', 'power boards?', 'adapters?',
    '(?:ev |car |electric car |wall |laptop )?chargers?', 'charging (?:points?|stations?|posts?|piles?)', '(?:electric |electricity |power |smart )?meters?(?! reader| reading)',
    'wall plates?', 'light fittings?', 'light fixtures?', 'fixtures?', 'junction',
  ],
  appliance: [
    'appliances?', '(?:space |water |electric |oil )?heaters?', 'fridge', 'refrigerator', 'freezer', 'microwave', 'oven', 'kettle', 'toaster', '(?:clothes |hair )?dryer',
    'washer', 'washing machine', 'dishwasher', 'tv', 'television', '(?:ceiling |electric |desk )?fans?', 'air ?con(?:ditioner)?', 'ac unit', 'lamps?', '(?:light ?)?bulbs?',
    'lights?', 'boiler', 'electric blanket', 'rice cooker', 'hot plate', 'stove', 'pump', 'aquarium heater',
  ],
  metal: [
    '(?:metal |iron |steel |chain ?link |wire )?(?:fences?|railings?|gates?|handrails?|pipes?|faucets?|taps?|door ?knobs?|door handles?|mailbox(?:es)?|shower|sink|bath ?tub|tub|casing)',
  ],
};

/** What state of it is a hazard, in English. */
export const EN_STATES: Record<StateKind, readonly string[]> = {
  down: [
    'down(?! (?:the|a|an|our|my|to|by|at|from|in|on|there|here|street|road|lane|block|stairs|below|the hall)\\b)', 'fell', 'fallen', 'falling', 'fall', 'dropped', 'hanging', 'dangling',
    'sagging', 'drooping', 'snapped', 'broke', 'broken', 'torn', 'ripped', 'severed', 'came (?:loose|off|down|undone|apart)', 'loose', 'detached', 'lying',
    '(?:on|touching|across|in) the (?:ground|road|street|sidewalk|pavement|grass|lawn|driveway|roof|fence|water|puddle|yard|path)', 'swinging', 'whipping', 'flapping',
    'tangled', 'collapsed', 'toppled', 'keeled over', 'leaning', 'tilted', 'tilting', 'tipped', 'bent', 'crooked', 'knocked (?:down|over)', 'blown (?:down|over)', 'uprooted',
    'low enough to touch', 'really low', 'so low', 'wobbl\\w*', 'sway\\w*', 'rocking',
  ],
  hit: [
    'hit', 'struck', 'damaged', 'smashed', 'busted', 'wrecked', 'crushed', 'dented', 'run over', 'rammed', 'clipped', 'cracked', 'split', 'mangled', 'twisted',
    '(?:cover|lid|door|panel|faceplate|plate|casing) (?:is |was |has |got )?(?:off|missing|gone|open|broken|ripped off|torn off|cracked|hanging open|blown off)', 'wide open', 'hanging open', 'pried open', 'broken into', '(?:insides?|guts|innards) (?:are |is )?(?:exposed|showing|hanging out)',
  ],
  exposed: [
    'exposed', 'bare', 'stripped', 'frayed', 'fraying', 'chewed', 'gnawed', 'showing', 'sticking out', 'poking out', 'hanging out', 'peeled', 'peeling', 'split open',
    '(?:cover|lid|faceplate|plate|casing) (?:is |was |has |got )?(?:off|missing|gone|broken|cracked)', 'no cover', 'copper showing',
  ],
  arc: ['spark\\w*', 'arc(?:s|ing|ed)?', 'crackl\\w*', 'sizzl\\w*', 'fizz\\w*', 'spitting', 'sputter\\w*', 'zapping', 'blue (?:flash\\w*|light)', 'flash(?:es|ed)? of (?:light|blue)'],
  noise: ['buzz\\w*', 'humming (?:loud\\w*|really|very)', 'hiss\\w*', 'popping', 'pops', 'popped', 'glow\\w*'],
  smoke: [
    'smok\\w*', 'smoulder\\w*', 'smolder\\w*', 'burning (?:smell|plastic|rubber)', 'fumes', 'caught (?:on )?fire', 'on fire', 'in flames', 'flames?', 'ablaze',
    'fire(?! (?:department|fighters?|truck|brigade|station|alarm|drill|insurance|wood|works|place|fly|exit|hydrant|lane|sale|up))',
  ],
  burnt: ['burn(?:ing|s|ed|t)?(?! out)', 'scorch\\w*', 'char(?:red|ring)', 'blacken\\w*', 'black (?:marks?|soot|stuff|smudge)', 'turn(?:ed|ing) black', 'melt\\w*', 'molten', 'blew(?! away| my mind)', 'blown'],
  smell: ['smell\\w*(?! fine| ok| okay| normal| good| nice)', 'stink\\w*', 'odou?r'],
  caught: [],
  wetOnto: [],
  hitOnto: [],
  charged: ['(?:is|are|has|have|got) (?:power|current|electricity) (?:in|on|running through) (?:it|them)'],
  hot: ['(?:too|very|really|super|so|extremely|burning|scorching|red|crazy) hot', 'hot to (?:the )?touch', 'overheat\\w*', 'heating up', 'warm to (?:the )?touch', 'getting hot', 'gets hot'],
  explode: ['explod\\w*', 'explosion', 'blown up', 'blew up'],
  bang: ['bang\\w*', 'boom\\w*', 'went (?:bang|boom|pop|off with a)', 'burst'],
  wet: [
    'wet', 'soak\\w*', 'flood\\w*', 'under ?water', 'submerged', 'dripping', 'drenched', 'full of water', 'filled with water', 'sitting in water', 'in (?:the |a )?(?:water|puddle|rain|flood)',
    'water (?:in|inside|on|coming|pouring|dripping|leaking|running|getting|all over)', 'leaking water', 'got rained on',
    '(?:flood ?)?water (?:is |are |was |has )?(?:up to|covering|touching|around|reaching|over)', 'flooded (?:up )?to',
  ],
  live: [
    '(?:is|are|still|was|were|it is|they are) (?:still |totally |definitely |probably )?(?:live|energi[sz]ed|electrified)\\b', 'electrified', 'tingl\\w*', 'shock(?:ed|s|ing)?(?! (?:me how|at))',
    'zap(?:s|ped)?', 'jolt\\w*', 'numb', 'leak\\w* (?:electricity|current|power|voltage)', 'feels? (?:live|electric\\w*)', '(?:by|with) (?:the )?(?:electric )?current', 'bit (?:me|him|her|my)', 'gives? (?:me |you |us |people )?(?:a |little |small )?(?:shock|jolt|zap|tingle)', 'buzz(?:es|ed) (?:me|my|you)',
  ],
};

/**
 * Standalone hazards: no object needed (fire, someone shocked, a leak of current felt on a body).
 * Most are patterns of danger.ts already; these are the general forms the composition adds.
 */
export const ZH_STANDALONE: readonly string[] = [
  '(?:人|佢|他|她|我|小孩|细路|孩子|仔|女|老人|阿婆|阿伯|工人|师傅|同事|邻居|个仔|个女)(?:俾|被|畀|让|给)(?:电|电流)' + ASPECT + '(?:一下|下|亲|到|倒|晕|伤|打|击)(?!期|时|位|账|达)',
  '(?:触|挨|掂|摸|碰)' + ASPECT + '(?:一下|下)?(?:就|即刻|马上)?(?:麻|痹|痺|震)(?:晒|咗|了|一下)?(?!烦)',
];
export const EN_STANDALONE: readonly string[] = [
  '\\b(?:got|get|getting|gets|been|was|were) (?:a |an |some )?(?:nasty |bad |big |small |little |real )?(?:shock|jolt|zap)\\b',
  '\\b(?:caught|catching) (?:on )?fire\\b', '\\belectr[a-z]* cut(?:ed|ted|e|ing)\\b', '\\bfried by (?:the )?(?:current|electricity|power|wires?)\\b',
];
