import type { Locale } from '../../core/locale.js';

/**
 * Default insults and profanity (N22: abusive callers are warned, then transferred).
 * Extend without editing: createRecognizer({ abuseLexicon }) or a JSON file named by
 * NLU_ABUSE_LEXICON_FILE ({"zh-CN": [...], "yue-HK": [...], "en-US": [...]}).
 * Chinese entries match anywhere (traditional or simplified); English entries match at the
 * start of a word, so "fuck" also catches "fucking".
 */
export type AbuseLexicon = Record<Locale, readonly string[]>;

export const DEFAULT_ABUSE_LEXICON: AbuseLexicon = {
  'zh-CN': [
    '傻逼', '傻b', '煞笔', '沙比', '傻x', '妈的', '他妈', 'tmd', '你妈', '尼玛', '泥马', '操你', '草你', '日你',
    '滚', '滚蛋', '滚开', '去死', '死全家', '混蛋', '王八蛋', '王八', '白痴', '弱智', '智障', '脑残',
    '神经病', '废物', '狗东西', '狗日', '畜生', '畜牲', '贱人', '贱货', '蠢货', '蠢猪', '猪头', '人渣',
    '垃圾东西', '不要脸', '婊子', '狗屁', '放屁', '卧槽', '我操', '你有病', '脑子有病', '饭桶', '杂种', '狗娘',
    'nmsl', '你妈死了', '二逼', '傻叉', '傻缺', '滚犊子', '瓜娃子', '龟儿子', '你大爷', '妈了个', '奶奶的', '都是垃圾',
    '一群垃圾', '你个垃圾', '有病啊', '脑子进水', '死机器', '破机器', '蠢死', '蠢到死', '烂机器',
  ],
  'yue-HK': [
    '屌你', '屌', '丟你', '你老母', '仆街', '撲街', '扑街', '冚家鏟', '冚家富貴', '含家剷', '戇鳩', '戇居', 'on9',
    '柒頭', '好柒', '柒咗', '頂你個肺', '頂你', '廢柴', '廢物', '痴線', '黐線', '食屎', '撚', '鳩', '收皮',
    '死開', '躝屍', '賤格', '白痴', '蠢材', '豬頭', '低能', 'on 9', '閪', '爛機', '蠢到死',
    '癡線', '𨳒', 'dllm', 'diu nei', 'diu lei', 'dnlm', '仆你個街', '冚家剷', '粉腸', '八婆', '痴孖根', '黐筋', '含撚',
    '躝開', '收聲啦', '一班垃圾', '你個垃圾', '小學雞', '死蠢',
  ],
  'en-US': [
    'fuck', 'shit', 'bitch', 'bastard', 'asshole', 'arsehole', 'idiot', 'stupid', 'moron', 'dumb', 'retard',
    'cunt', 'dick', 'prick', 'screw you', 'damn you', 'go to hell', 'shut up', 'piss off', 'jerk', 'loser',
    'crap', 'bullshit', 'wtf', 'son of a', 'motherfuck', 'dumbass', 'useless idiots', 'f off', 'sod off',
    'piece of shit', 'scumbag', 'wanker', 'twat', 'douche', 'jackass', 'dipshit', 'bollocks', 'stfu', 'get lost',
    'eat shit', 'you suck', 'imbecile', 'screw off', 'bunch of clowns', 'worthless', 'brain dead', 'drop dead', 'pathetic',
  ],
};
