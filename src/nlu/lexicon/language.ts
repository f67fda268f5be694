/**
 * A language the caller asks for, not one they say they cannot speak:
 * "我普通话不好 能讲广东话吗" wants Cantonese; "I don't understand Chinese" does not want Chinese.
 * names: alternatives in a RegExp ("粤语|广东话"), written in simplified or traditional.
 */
export function wants(names: string): RegExp {
  const cannotBefore =
    '(?<!不懂|不会说|不会讲|不会|听不懂|听唔明|听唔懂|唔识讲|唔识听|唔识|唔明|不识|' +
    'not understand |not speak |not know |not read |no )';
  const cannotAfter = '(?!不好|不太好|不行|说得不好|讲得不好|讲唔好|唔好|唔得|麻麻|不怎么样|一般|唔识|不会|' +
    ' (?:is |are )?(?:not|bad|poor|terrible|limited|rusty)\\b)';
  return new RegExp(`${cannotBefore}(${names})${cannotAfter}`);
}
