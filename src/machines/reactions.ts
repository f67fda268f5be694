/**
 * Reacting to what the caller said (N12), in every flow that listens to a story: a long wait or the
 * same failure again (the engine reads it in the words: the event's `told`, src/nlu/feelings.ts) is
 * answered with an apology for exactly that before the next question. A complaint, whose empathy
 * prompt came first, apologises for any other story too; elsewhere (a fault report, an outage
 * query, between a complaint's questions) a short reaction takes the place of the acknowledgement
 * that would have been said, and nothing is said when the story tells neither.
 */
import type { StoryTold } from '../core/events.js';

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

/** A complaint's story, after its empathy prompt: the apology for what it tells, or for the trouble. */
export function storyReaction(told: StoryTold | null | undefined): StoryReaction {
  if (told === 'again') return 'complaint.reactAgain';
  if (told === 'longWait') return 'complaint.reactWait';
  return 'complaint.reactStory';
}

export type ShortReaction = 'common.reactWait' | 'common.reactAgain';

/** Anywhere else: a short apology (about 3 s, N2) for a long wait or a failure again; none for other words. */
export function shortReaction(told: StoryTold | null | undefined): ShortReaction | null {
  if (told === 'again') return 'common.reactAgain';
  if (told === 'longWait') return 'common.reactWait';
  return null;
}
