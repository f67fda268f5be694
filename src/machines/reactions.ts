/**
 * Reacting to what the caller said (N12): a complaint about a long wait or about the same failure
 * again is answered with an apology for exactly that before the next question; other stories with
 * a short apology. Words of Mandarin, Cantonese and English callers.
 */
const LONG_WAIT = /等了|等咗|好久|很久|好耐|半天|几个小时|幾個鐘|[个個两兩三四五六七八九十几幾多]+(小时|鐘頭|個鐘)|迟迟|遲遲|一直没|一直冇|还没[来到]|仲未[嚟到]|没人[来管]|冇人[嚟理]|waited|hours|still not|nobody came|no one came/iu;
const AGAIN = /又|再次|反复|反覆|好几次|好幾次|第二次|第三次|多次|几次|幾次|每次|老是|成日|again|every time|second time|third time|keeps? (happening|going)/iu;

/**
 * Words that tell what happened, not only name the business or whom it is about: fourteen Chinese
 * characters or nine English words ("你们这什么破服务，报修三天了都没人来"; not "我要投诉你们的抄表员").
 */
export function tellsStory(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.match(/[a-z']+/gi) ?? []).length;
  return han >= 14 || words >= 9;
}

export type StoryReaction = 'complaint.reactWait' | 'complaint.reactAgain' | 'complaint.reactStory';

export function storyReaction(text: string): StoryReaction {
  if (AGAIN.test(text)) return 'complaint.reactAgain';
  if (LONG_WAIT.test(text)) return 'complaint.reactWait';
  return 'complaint.reactStory';
}
