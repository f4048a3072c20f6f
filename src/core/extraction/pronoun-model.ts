// Written by scripts/fit-pronouns.ts (conditional logistic regression over each pronoun's candidates, fitted on
// gold dev + dev2 + PolNeAR train: 408 pronoun speakers with a choice). Do not edit by hand: re-run the script.
// Right candidate chosen, before -> after: fit 0.848 -> 0.848; PolNeAR dev (held out) 0.842 -> 0.842.
export const PRONOUN_MODEL: Readonly<Record<string, number>> = {
  "author_near": 0.6011,
  "distance": -0.6072,
  "gender_match": -0.1598,
  "introduced": 0.2378,
  "last_turn_speaker": 0.5466,
  "mention_first": 0.392,
  "mention_rank": -0.0442,
  "named_near": -0.0246,
  "prominence": 0.3341,
  "salient": 0.7791,
  "salient_first": 1.4879,
  "salient_rank": -0.0507,
  "single": -0.6448
};
