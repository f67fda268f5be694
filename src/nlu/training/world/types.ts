/**
 * What a hotline hears that is not ours, by kind (issue 9 item 6): the `none` lines of the intent
 * model, written so that it knows the world outside electricity supply. Each kind is written fresh
 * in each locale, many ways (ASR without punctuation, chat, regional forms), with the words that
 * also serve our business (bill, fee, broken, 没了, 投诉, apply) in other people's business.
 * Never copied from an evaluation set (test/nlu/intent-model.test.ts checks it).
 */
export const WORLD_KINDS = [
  'gas', 'water', 'heating', 'telecom', 'tv', 'appliance', 'battery', 'vehicle', 'property', 'bank',
  'taxi', 'delivery', 'shop', 'weather', 'wrongNumber', 'smallTalk', 'government', 'health', 'jobs',
  'school', 'travel', 'neighbours', 'grievanceElsewhere', 'legal', 'media', 'festivals',
] as const;
export type WorldKind = (typeof WORLD_KINDS)[number];

/** Every kind in every locale: a kind left out of a locale fails the type check. */
export type WorldLines = Record<WorldKind, readonly string[]>;
