/**
 * A language the caller asks for, not one they say they cannot speak:
 * "我普通话不好 能讲广东话吗" wants Cantonese; "I don't understand Chinese" does not want Chinese.
 * names: alternatives in a RegExp ("粤语|广东话"), written in simplified or traditional.
 */
export function wants(names: string): RegExp {
  const cannotBefore =
    '(?<!不懂|不会说|不会讲|不会|听不懂|听唔明|听唔懂|唔识讲|唔识说|不识说|不识讲|唔会讲|唔会说|唔识听|唔识|唔明|不识|' +
    'not understand |not speak |not know |not read |no |dont speak |dont understand |dont know |cant speak |' +
    'cant understand |cannot speak |cannot understand )';
  // Said after the name, with or without 我 / 说 / 讲 / 听 / 得 between: 普通话我说不好, 廣東話唔靈光, 普通話我聽唔明.
  const cannotAfter = '(?!我?(?:说|讲)?得?(?:不好|不太好|不行|唔好|唔得|麻麻|不怎么样|一般|唔灵光|不灵光|唔掂|唔识|不会|不太会|唔太识)|' +
    // 普通話我聽唔明 (but not 普通话 我听不懂英语: the language not understood is the next one).
    '我?听(?:唔明|不懂|唔懂|不明白)(?!.{0,2}(?:英语|英文|english|普通话|国语|中文|汉语|粤语|广东话|白话))|' +
    ' (?:is |are )?(?:not|bad|poor|terrible|limited|rusty)\\b)';
  return new RegExp(`${cannotBefore}(${names})${cannotAfter}`);
}
