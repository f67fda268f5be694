import { foldToSimplified } from './hant-to-hans.js';

/**
 * One canonical form for matching, applied alike to utterances and to lexicon entries:
 * NFKC (full-width letters, digits and punctuation become half-width), lower case,
 * traditional -> simplified, English contractions expanded, fillers dropped, punctuation
 * dropped, and no spaces between Chinese characters (some ASR engines segment words with
 * spaces; chat users type a space where a comma would be).
 */
export function normalizeText(text: string): string {
  let s = foldToSimplified(text.normalize('NFKC').toLowerCase());
  s = expandContractions(s);
  s = unmask(s);
  // ASR writes an affirmative grunt as uh-huh / mm-hmm: a yes, not a filler.
  s = s.replace(/\b(?:uh[- ]?huh|mm[- ]?hmm|mhm)\b/g, 'yes');
  s = s.replace(/[\p{P}\p{S}]+/gu, ' ');
  s = stripFillers(s);
  s = s.replace(/\s+/g, ' ');
  s = s.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  return s.trim();
}

// Hesitations that ASR transcribes (嗯 啊 呃 那个; um uh er). Not 额 (金额) nor 就是 (it means
// "exactly", an answer). A bare 嗯 thus normalizes to '' (a hesitation, not a yes).
// 即係/即是 ("I mean") goes too, else its 係 would read as a yes.
const ZH_FILLERS = /嗯+|呃+|啊+|哦+|喔+|噢+|唉+|哎+|欸+|诶+|那个|这个|就是说|即系|即是|然后呢/gu;
const EN_FILLERS = /\b(?:u+m+|u+h+m*|e+r+m*|h+m+|a+h+|e+h|m+|you know)\b/g;

export function stripFillers(normalized: string): string {
  return normalized.replace(ZH_FILLERS, ' ').replace(EN_FILLERS, ' ');
}

// A word masked by an ASR profanity filter or by the caller ("f***", "s**t", "b****") is the
// word: abuse is recognized either way (N22). Only masks that leave one reading.
function unmask(s: string): string {
  if (!s.includes('*')) return s;
  return s
    .replace(/\bf[*]+(?:c?k)?(ing|in|ed|er|ers)?(?![a-z*])/g, 'fuck$1')
    .replace(/\bs[*]+(?:i?t)?(ty)?(?![a-z*])/g, 'shit$1')
    .replace(/\bb[*]+(?:t?ch)?(es)?(?![a-z*])/g, 'bitch$1')
    .replace(/\ba[*]+(?:hole)?(?![a-z*])/g, 'asshole');
}

// Expanded so that lexicons need one form only: "don't" = "do not".
function expandContractions(s: string): string {
  return s
    .replace(/[’‘`]/g, "'")
    // Written without the apostrophe, as ASR and chat often do: "dont", "thats", "im".
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not')
    .replace(/\b(dont|cant|wont)\b/g, (w) => ({ dont: 'do not', cant: 'can not', wont: 'will not' })[w]!)
    .replace(/\b(that|there|what|it)s\b(?! \w+s\b)/g, (w, p: string) => (w === 'its' ? w : `${p} is`))
    .replace(/\bim\b/g, 'i am')
    // Spoken contractions and chat shorthand, in the one form the lexicons and the model know (issue 9 item 6).
    .replace(/\bain'?t\b/g, 'not')
    .replace(/\b(wan|gon|got)na\b/g, (_, w: string) => ({ wan: 'want to', gon: 'going to', got: 'got to' })[w]!)
    .replace(/\bgotta\b/g, 'got to')
    .replace(/\b(gim|lem)me\b/g, (_, w: string) => (w === 'gim' ? 'give me' : 'let me'))
    .replace(/\bkinda\b/g, 'kind of')
    .replace(/\bidk\b/g, 'i do not know')
    .replace(/\bdunno\b/g, 'do not know')
    .replace(/\by'?all\b/g, 'you all')
    .replace(/\b(?:cuz|coz|bc)\b/g, 'because')
    .replace(/\bppl\b/g, 'people')
    .replace(/\brn\b/g, 'right now')
    .replace(/\b(?:tmrw|tmr|tmrow|2moro|2morrow)\b/g, 'tomorrow')
    .replace(/\b2day\b/g, 'today')
    .replace(/\bb4\b/g, 'before')
    .replace(/\bthru\b/g, 'through')
    .replace(/\bacct\b/g, 'account')
    .replace(/\br (?=u|you|there)\b/g, 'are ')
    // Common misspellings of the words of our business.
    .replace(/\b(?:electricty|electrcity|elecricity|eletricity|electrisity|electricit|lectricity)\b/g, 'electricity')
    .replace(/\b(?:outtage|outag|outge)(s?)\b/g, 'outage$1')
    .replace(/\b(?:recieve|recive)(d?)\b/g, 'receive$1')
    .replace(/\b(?:adress|addres)\b/g, 'address')
    .replace(/\bpwr\b/g, 'power')
    .replace(/\b(?:wat|wut|wht)\b/g, 'what')
    .replace(/\bwen\b/g, 'when')
    .replace(/\bhw\b/g, 'how')
    .replace(/\b(?:smth|sth)\b/g, 'something')
    .replace(/\babt\b/g, 'about')
    // Chat shorthand: "u", "ur", "pls".
    .replace(/\bu\b/g, 'you')
    .replace(/\bur\b/g, 'your')
    .replace(/\b(?:pls|plz)\b/g, 'please')
    .replace(/\bthx\b/g, 'thanks')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'re\b/g, ' are')
    .replace(/'m\b/g, ' am')
    .replace(/'ll\b/g, ' will')
    .replace(/'ve\b/g, ' have')
    .replace(/'d\b/g, ' would')
    // "it's been" is "it has been", not a yes ("it is").
    .replace(/\b([a-z]+)'s been\b/g, '$1 has been')
    .replace(/\b(it|that|what|there|who|where|here|he|she|how)'s\b/g, '$1 is')
    .replace(/'s\b/g, '');
}

/** True when the text has a Han character (then Chinese lexicons apply). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
