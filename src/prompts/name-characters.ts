/**
 * How to describe the characters of a Chinese name when reading it back (N6):
 * with neutral or positive words, never a negative word or a villain's name
 * (核对客户资料时,对多音字等应优先选择中性词或褒义词,避免使用贬义词或反面人物名字).
 *
 * One row per character: simplified, traditional, Mandarin description, Cantonese description
 * (Traditional characters, 嘅 for 的). A name written in either script is found.
 */

/** The most common surnames (2020 census order, roughly). */
const SURNAMES = `
王 王 三横王 三橫王
李 李 木子李 木子李
张 張 弓长张 弓長張
刘 劉 文刀刘 卯金刀劉
陈 陳 耳东陈 耳東陳
杨 楊 木易杨 木易楊
黄 黃 草头黄 黃色嘅黃
赵 趙 走肖赵 走肖趙
吴 吳 口天吴 口天吳
周 周 周到的周 周到嘅周
徐 徐 双人徐 雙人徐
孙 孫 子小孙 子系孫
马 馬 骏马的马 駿馬嘅馬
朱 朱 朱红的朱 朱紅嘅朱
胡 胡 古月胡 古月胡
郭 郭 城郭的郭 城郭嘅郭
何 何 人可何 人可何
林 林 双木林 雙木林
罗 羅 四维罗 四維羅
高 高 高兴的高 高興嘅高
郑 鄭 郑重的郑 鄭重嘅鄭
梁 梁 栋梁的梁 棟梁嘅梁
谢 謝 感谢的谢 多謝嘅謝
宋 宋 宋朝的宋 宋朝嘅宋
唐 唐 唐朝的唐 唐朝嘅唐
许 許 言午许 言午許
韩 韓 韩国的韩 韓國嘅韓
邓 鄧 又耳邓 登耳鄧
冯 馮 二马冯 二馬馮
曹 曹 曹雪芹的曹 曹雪芹嘅曹
彭 彭 彭祖的彭 彭祖嘅彭
曾 曾 曾经的曾 曾經嘅曾
肖 肖 小月肖 小月肖
萧 蕭 萧何的萧 蕭何嘅蕭
田 田 田地的田 田地嘅田
董 董 董事的董 董事嘅董
潘 潘 潘安的潘 潘安嘅潘
袁 袁 袁隆平的袁 袁隆平嘅袁
蔡 蔡 蔡伦的蔡 蔡倫嘅蔡
蒋 蔣 草头将蒋 草花頭蔣
余 余 人字头的余 人字頭嘅余
于 于 干钩于 干鈎于
杜 杜 木土杜 木土杜
叶 葉 树叶的叶 樹葉嘅葉
程 程 工程的程 工程嘅程
魏 魏 魏征的魏 魏徵嘅魏
苏 蘇 苏州的苏 蘇州嘅蘇
吕 呂 双口吕 雙口呂
丁 丁 甲乙丙丁的丁 甲乙丙丁嘅丁
任 任 任务的任 任務嘅任
卢 盧 卢沟桥的卢 盧溝橋嘅盧
姚 姚 女兆姚 女兆姚
沈 沈 三点水的沈 三點水嘅沈
钟 鍾 钟表的钟 金重鍾
姜 姜 姜太公的姜 姜太公嘅姜
崔 崔 山隹崔 山隹崔
谭 譚 言西早谭 言西早譚
陆 陸 陆地的陆 陸地嘅陸
范 范 范仲淹的范 范仲淹嘅范
汪 汪 三点水加王的汪 三點水王汪
廖 廖 广字头的廖 廣字頭嘅廖
石 石 石头的石 石頭嘅石
金 金 金子的金 黃金嘅金
韦 韋 韦编三绝的韦 韋編三絕嘅韋
贾 賈 西贝贾 西貝賈
夏 夏 夏天的夏 夏天嘅夏
付 付 付出的付 付出嘅付
傅 傅 师傅的傅 師傅嘅傅
方 方 方向的方 方向嘅方
邹 鄒 刍耳邹 芻耳鄒
熊 熊 熊猫的熊 熊貓嘅熊
白 白 白色的白 白色嘅白
孟 孟 孟子的孟 孟子嘅孟
秦 秦 秦朝的秦 秦朝嘅秦
邱 邱 丘耳邱 丘耳邱
侯 侯 王侯的侯 王侯嘅侯
江 江 长江的江 長江嘅江
尹 尹 伊尹的尹 伊尹嘅尹
薛 薛 草字头的薛 草花頭嘅薛
闫 閆 门三闫 門三閆
段 段 段落的段 段落嘅段
雷 雷 雷锋的雷 打雷嘅雷
龙 龍 龙凤的龙 龍鳳嘅龍
黎 黎 黎明的黎 黎明嘅黎
史 史 历史的史 歷史嘅史
陶 陶 陶瓷的陶 陶瓷嘅陶
贺 賀 祝贺的贺 恭賀嘅賀
毛 毛 羽毛的毛 羽毛嘅毛
郝 郝 赤耳郝 赤耳郝
顾 顧 照顾的顾 照顧嘅顧
龚 龔 龙共龚 龍共龔
邵 邵 召耳邵 召耳邵
万 萬 一万的万 一萬嘅萬
钱 錢 金钱的钱 金錢嘅錢
严 嚴 严格的严 嚴格嘅嚴
戴 戴 爱戴的戴 愛戴嘅戴
孔 孔 孔子的孔 孔子嘅孔
武 武 武术的武 武術嘅武
汤 湯 汤圆的汤 湯圓嘅湯
康 康 健康的康 健康嘅康
莫 莫 草字头的莫 草花頭嘅莫
欧 歐 欧洲的欧 歐洲嘅歐
洪 洪 洪亮的洪 洪亮嘅洪
常 常 经常的常 經常嘅常
温 溫 温暖的温 溫暖嘅溫
易 易 容易的易 容易嘅易
麦 麥 麦穗的麦 麥穗嘅麥
区 區 区域的区 區域嘅區
关 關 关心的关 關心嘅關
`;

/** Common characters of given names. */
const GIVEN_NAME_CHARACTERS = `
伟 偉 伟大的伟 偉大嘅偉
芳 芳 芬芳的芳 芬芳嘅芳
娜 娜 婀娜的娜 婀娜嘅娜
敏 敏 敏捷的敏 敏捷嘅敏
静 靜 安静的静 安靜嘅靜
丽 麗 美丽的丽 美麗嘅麗
强 強 坚强的强 堅強嘅強
磊 磊 光明磊落的磊 光明磊落嘅磊
军 軍 军人的军 軍人嘅軍
洋 洋 海洋的洋 海洋嘅洋
勇 勇 勇敢的勇 勇敢嘅勇
艳 艷 鲜艳的艳 鮮艷嘅艷
杰 傑 杰出的杰 傑出嘅傑
娟 娟 娟秀的娟 娟秀嘅娟
涛 濤 波涛的涛 波濤嘅濤
明 明 明天的明 明天嘅明
超 超 超越的超 超越嘅超
秀 秀 优秀的秀 優秀嘅秀
霞 霞 彩霞的霞 彩霞嘅霞
平 平 平安的平 平安嘅平
刚 剛 刚强的刚 剛強嘅剛
桂 桂 桂花的桂 桂花嘅桂
英 英 英雄的英 英雄嘅英
华 華 中华的华 中華嘅華
玉 玉 美玉的玉 美玉嘅玉
萍 萍 萍水相逢的萍 萍水相逢嘅萍
红 紅 红色的红 紅色嘅紅
建 建 建设的建 建設嘅建
文 文 文化的文 文化嘅文
辉 輝 光辉的辉 光輝嘅輝
力 力 力量的力 力量嘅力
兰 蘭 兰花的兰 蘭花嘅蘭
云 雲 白云的云 白雲嘅雲
斌 斌 文武斌 文武斌
宇 宇 宇宙的宇 宇宙嘅宇
浩 浩 浩瀚的浩 浩瀚嘅浩
凯 凱 凯旋的凯 凱旋嘅凱
鹏 鵬 大鹏的鹏 大鵬嘅鵬
飞 飛 飞翔的飞 飛翔嘅飛
俊 俊 英俊的俊 英俊嘅俊
婷 婷 女字旁的婷 女字部嘅婷
雪 雪 雪花的雪 雪花嘅雪
琳 琳 琳琅满目的琳 琳瑯滿目嘅琳
晶 晶 晶莹的晶 晶瑩嘅晶
欣 欣 欣欣向荣的欣 欣欣向榮嘅欣
颖 穎 聪颖的颖 聰穎嘅穎
慧 慧 智慧的慧 智慧嘅慧
佳 佳 最佳的佳 最佳嘅佳
丹 丹 丹心的丹 丹心嘅丹
鑫 鑫 三金鑫 三金鑫
波 波 波浪的波 波浪嘅波
宁 寧 安宁的宁 安寧嘅寧
春 春 春天的春 春天嘅春
梅 梅 梅花的梅 梅花嘅梅
峰 峰 山峰的峰 山峰嘅峰
晨 晨 早晨的晨 早晨嘅晨
阳 陽 太阳的阳 太陽嘅陽
东 東 东方的东 東方嘅東
海 海 大海的海 大海嘅海
燕 燕 燕子的燕 燕子嘅燕
玲 玲 玲珑的玲 玲瓏嘅玲
倩 倩 倩影的倩 倩影嘅倩
琴 琴 钢琴的琴 鋼琴嘅琴
瑶 瑤 瑶池的瑶 瑤池嘅瑤
珍 珍 珍贵的珍 珍貴嘅珍
莉 莉 茉莉的莉 茉莉嘅莉
梦 夢 梦想的梦 夢想嘅夢
洁 潔 洁白的洁 潔白嘅潔
翠 翠 翠绿的翠 翠綠嘅翠
凤 鳳 凤凰的凤 鳳凰嘅鳳
亮 亮 明亮的亮 明亮嘅亮
成 成 成功的成 成功嘅成
国 國 国家的国 國家嘅國
志 志 志向的志 志向嘅志
新 新 新年的新 新年嘅新
德 德 道德的德 道德嘅德
忠 忠 忠诚的忠 忠誠嘅忠
福 福 幸福的福 幸福嘅福
生 生 生活的生 生活嘅生
元 元 元旦的元 元旦嘅元
全 全 全面的全 全面嘅全
彬 彬 文质彬彬的彬 文質彬彬嘅彬
博 博 博士的博 博士嘅博
泽 澤 润泽的泽 潤澤嘅澤
轩 軒 气宇轩昂的轩 氣宇軒昂嘅軒
睿 睿 睿智的睿 睿智嘅睿
涵 涵 包涵的涵 包涵嘅涵
怡 怡 心旷神怡的怡 心曠神怡嘅怡
萱 萱 萱草的萱 萱草嘅萱
子 子 子女的子 子女嘅子
梓 梓 桑梓的梓 桑梓嘅梓
一 一 一二三的一 一二三嘅一
嘉 嘉 嘉奖的嘉 嘉獎嘅嘉
思 思 思想的思 思想嘅思
雨 雨 雨水的雨 雨水嘅雨
晓 曉 拂晓的晓 拂曉嘅曉
小 小 大小的小 大小嘅小
家 家 家庭的家 家庭嘅家
安 安 平安的安 平安嘅安
乐 樂 快乐的乐 快樂嘅樂
天 天 天空的天 天空嘅天
航 航 航海的航 航海嘅航
源 源 源泉的源 源泉嘅源
鸿 鴻 鸿雁的鸿 鴻雁嘅鴻
毅 毅 毅力的毅 毅力嘅毅
振 振 振兴的振 振興嘅振
荣 榮 光荣的荣 光榮嘅榮
庆 慶 庆祝的庆 慶祝嘅慶
祥 祥 吉祥的祥 吉祥嘅祥
瑞 瑞 祥瑞的瑞 祥瑞嘅瑞
永 永 永远的永 永遠嘅永
健 健 健康的健 健康嘅健
兵 兵 士兵的兵 士兵嘅兵
淑 淑 贤淑的淑 賢淑嘅淑
惠 惠 实惠的惠 實惠嘅惠
秋 秋 秋天的秋 秋天嘅秋
月 月 月亮的月 月亮嘅月
霖 霖 甘霖的霖 甘霖嘅霖
诚 誠 诚实的诚 誠實嘅誠
信 信 诚信的信 誠信嘅信
立 立 站立的立 站立嘅立
维 維 维护的维 維護嘅維
清 清 清水的清 清水嘅清
桐 桐 梧桐的桐 梧桐嘅桐
诗 詩 诗歌的诗 詩歌嘅詩
然 然 自然的然 自然嘅然
蕾 蕾 花蕾的蕾 花蕾嘅蕾
薇 薇 蔷薇的薇 薔薇嘅薇
楠 楠 楠木的楠 楠木嘅楠
可 可 可爱的可 可愛嘅可
馨 馨 温馨的馨 溫馨嘅馨
宏 宏 宏大的宏 宏大嘅宏
`;

export interface NameCharacter {
  simplified: string;
  traditional: string;
  /** Mandarin description, e.g. 弓长张. */
  zh: string;
  /** Cantonese description in Traditional characters, e.g. 弓長張. */
  yue: string;
}

function parse(table: string): NameCharacter[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [simplified, traditional, zh, yue] = line.trim().split(/\s+/);
      if (!simplified || !traditional || !zh || !yue) throw new Error(`name-characters: bad row "${line}"`);
      return { simplified, traditional, zh, yue };
    });
}

export const SURNAME_CHARACTERS: readonly NameCharacter[] = parse(SURNAMES);
export const GIVEN_NAME_CHARACTERS_LIST: readonly NameCharacter[] = parse(GIVEN_NAME_CHARACTERS);

/** Every described character, looked up by its simplified or traditional form (a surname wins over a given-name row). */
export const NAME_CHARACTERS: ReadonlyMap<string, NameCharacter> = (() => {
  const map = new Map<string, NameCharacter>();
  for (const row of [...SURNAME_CHARACTERS, ...GIVEN_NAME_CHARACTERS_LIST]) {
    if (!map.has(row.simplified)) map.set(row.simplified, row);
    if (!map.has(row.traditional)) map.set(row.traditional, row);
  }
  return map;
})();

/**
 * Hong Kong variant forms a name may be written in (峯 for 峰, 豔 for 艷): the same character, found
 * by its row.
 */
const NAME_VARIANTS: Readonly<Record<string, string>> = { 峯: '峰', 豔: '艷' };

/** The row of a name's character, written in simplified, traditional or a Hong Kong variant form. */
export function nameCharacter(c: string): NameCharacter | undefined {
  return NAME_CHARACTERS.get(c) ?? NAME_CHARACTERS.get(NAME_VARIANTS[c] ?? '');
}

/**
 * A name in traditional characters for Cantonese, character by character (N6): a surname is not a
 * word, so 于伟 is 于偉 (never 於, "at"), 余芳 余芳 (never 餘, "the rest"), 范伟 范偉 (never 範), and
 * 张峰 張峰, the form its description names. Characters the table does not hold go through
 * `convert` (the OpenCC converter) one at a time.
 */
export function nameInTraditional(name: string, convert: (text: string) => string): string {
  return [...name].map((c) => nameCharacter(c)?.traditional ?? convert(c)).join('');
}

/**
 * Words a character description must never contain (N6): negative words and villains'
 * names, in simplified and traditional characters. A test checks the whole dictionary.
 */
export const NAME_DESCRIPTION_FORBIDDEN: readonly string[] = [
  // villains and traitors
  '秦桧', '秦檜', '汪精卫', '汪精衛', '严嵩', '嚴嵩', '和珅', '高俅', '魏忠贤', '魏忠賢', '李林甫',
  '赵高', '趙高', '董卓', '吴三桂', '吳三桂', '潘金莲', '潘金蓮', '西门庆', '西門慶', '安禄山', '安祿山',
  '蔡京', '童贯', '童貫', '贾似道', '賈似道', '曹操', '李莲英', '李蓮英', '黄世仁', '黃世仁', '刘文彩', '劉文彩',
  '南霸天', '袁世凯', '袁世凱', '蒋干', '蔣幹',
  // negative words
  '坏', '壞', '死', '病', '毒', '鬼', '贼', '賊', '恶', '惡', '骗', '騙', '奸', '蠢', '笨', '丑', '醜',
  '凶', '兇', '杀', '殺', '亡', '穷', '窮', '贱', '賤', '骂', '罵', '罪', '囚', '灾', '災', '祸', '禍',
  '魔', '妖', '狗', '猪', '豬', '贪', '貪', '懒', '懶', '傻', '呆', '丧', '喪', '棺', '墓', '盗', '盜',
  '偷', '淫', '邪', '诈', '詐', '惨', '慘', '残', '殘', '败', '敗', '衰', '霉', '滚', '滾', '屎', '粪',
  '糞', '尸', '屍', '瞎', '聋', '聾', '哑', '啞', '疯', '瘋', '癌', '痛', '哭', '苦',
];
