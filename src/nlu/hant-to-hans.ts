/**
 * Folds traditional Chinese characters to simplified ones so that one lexicon matches either
 * script: yue-HK speech recognizers return traditional or simplified text depending on the
 * vendor and model, and callers type either in chat.
 *
 * This is a hand-written, character-level fold (many-to-one is fine: we only compare folded
 * text with folded lexicon entries), covering the common traditional characters and the
 * Cantonese ones callers use with a power company. A character missing here still matches
 * itself; add a pair when an utterance in one script fails where the other works.
 */

// Pairs: traditional then simplified, written back to back.
const PAIRS =
  '電电線线綫线燈灯費费帳账賬账單单錢钱錶表與与東东們们個个來来這这為为會会說说話话講讲' +
  '請请問问題题還还沒没麼么嗎吗對对讓让過过點点時时間间後后現现實实應应該该務务員员長长' +
  '經经裏里裡里處处報报舉举訴诉態态滿满愛爱樣样認认識识證证號号碼码戶户門门開开關关燒烧' +
  '煙烟斷断壞坏聽听見见覺觉幫帮辦办寫写聯联繫系係系動动機机車车壓压險险觸触屬属區区層层' +
  '樓楼廳厅廣广場场國国語语準准聲声歡欢謝谢將将從从業业產产網网絡络銀银陽阳陰阴雲云氣气' +
  '熱热溫温風风無无難难歲岁錯错誤误確确幾几兩两萬万億亿貳贰陸陆級级紅红綠绿藍蓝黃黄頭头' +
  '腦脑臉脸體体髮发發发變变亂乱幹干乾干盡尽總总錄录記记評评議议論论設设計计劃划畫画廠厂' +
  '鐘钟鍾钟鐵铁銅铜鋼钢鎖锁針针閃闪閒闲悶闷鬧闹隊队陣阵際际陳陈隨随連连進进運运遠远邊边' +
  '達达遲迟選选遞递適适週周遊游違违靜静專专傳传轉转輕轻較较輪轮載载軟软負负貨货資资質质' +
  '購购買买賣卖貴贵賠赔贏赢責责貼贴則则剛刚創创勞劳勝胜協协衛卫衞卫廚厨縣县雙双葉叶嚇吓' +
  '團团園园圖图圍围聖圣塊块聲声備备復复複复夠够夢梦奪夺婦妇媽妈孫孙學学寧宁寬宽寶宝導导' +
  '帶带幣币師师廁厕廢废張张彈弹強强歸归當当徵征憶忆懷怀慣惯憂忧懶懒戰战戲戏掃扫掛挂採采' +
  '換换損损搶抢擔担據据擁拥擊击擋挡擺摆擾扰攔拦數数於于書书條条極极構构標标權权樹树橋桥' +
  '檢检櫃柜殺杀殘残漢汉灣湾湯汤滅灭溝沟漲涨潔洁濕湿災灾營营爐炉爭争牆墙獨独狀状獲获環环' +
  '畢毕異异療疗瘋疯盤盘監监礎础禮礼禍祸種种稱称穩稳窮穷竊窃競竞筆笔範范節节簡简類类糧粮' +
  '紀纪約约紙纸細细組组結结絕绝給给統统絲丝綜综緊紧練练緒绪續续繼继罰罚羅罗習习聞闻職职' +
  '腳脚臟脏髒脏臨临興兴舊旧華华蘇苏蘭兰蟲虫術术補补裝装製制襲袭規规視视親亲觀观訂订討讨' +
  '訓训託托訪访許许診诊註注詞词試试詳详誰谁課课調调談谈諾诺講讲證证護护讀读讚赞贊赞豬猪' +
  '貓猫財财貧贫貸贷賀贺賊贼賴赖趕赶輔辅輛辆輸输辭辞農农遷迁遺遗鄉乡鄰邻醫医釋释鈴铃銷销' +
  '鋪铺鍋锅鍵键鎮镇鏈链閉闭閱阅闆板隱隐雖虽雜杂雞鸡靈灵響响頁页頂顶項项順顺須须預预頓顿' +
  '領领頻频額额顏颜願愿顧顾顯显飛飞飯饭飲饮餓饿館馆馬马駕驾騙骗驗验驚惊鬆松鬥斗魚鱼鳥鸟' +
  '麥麦麵面黨党齊齐齒齿龍龙龜龟臺台檯台颱台隻只祇只瞭了憑凭衝冲沖冲著着啟启羣群' +
  // Cantonese and colloquial characters that have a simplified form.
  '諗谂搵揾囉啰鏟铲戇戆鳩鸠癲癫瀨濑閂闩桿杆嚮向夥伙彆别纔才噁恶醜丑擰拧嬸婶' +
  // Fire, smoke and fault vocabulary.
  '燭烛燼烬熾炽爆爆錶表掣掣漏漏跳跳墜坠垂垂擱搁彎弯擠挤鬚须' +
  // Hazards: fallen, cut, burning, shocked, flooded (danger.ts).
  '噴喷濺溅滲渗傾倾搖摇膠胶鑽钻鋸锯颳刮纜缆積积橫横纏缠脫脱傷伤暈晕殼壳欄栏轟轰霧雾濃浓閘闸樁桩懸悬灑洒' +
  // Place names (a hazard word inside one is no danger).
  '莊庄廈厦嶺岭' +
  // Service vocabulary.
  '歷历曆历價价貨货稅税繳缴補补續续銷销賬账戶户籤签證证據据額额餘余滯滞違违' +
  '騷骚擾扰罵骂髒脏氣气粵粤' +
  // Other services' words (電訊, 郵局): read like their simplified form, so the scope rules know them.
  '訊讯郵邮';

function buildMap(pairs: string): Map<string, string> {
  const chars = Array.from(pairs);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    if (from !== to) map.set(from, to);
  }
  return map;
}

export const HANT_TO_HANS: ReadonlyMap<string, string> = buildMap(PAIRS);

// Word-level differences that a character fold cannot express.
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['甚麼', '什么'],
  ['甚么', '什么'],
];

/** Traditional -> simplified (idempotent: folding folded text changes nothing). */
export function foldToSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += HANT_TO_HANS.get(ch) ?? ch;
  for (const [from, to] of PHRASES) out = out.split(from).join(to);
  return out;
}
