// Written by scripts/fit-pronouns.ts (conditional logistic regression over each pronoun's candidates, fitted on
// gold dev + dev2 + PolNeAR train: 407 pronoun speakers with a choice). Do not edit by hand: re-run the script.
// Right candidate chosen, before -> after: fit 0.848 -> 0.848; PolNeAR dev (held out) 0.842 -> 0.842.
export const PRONOUN_MODEL: Readonly<Record<string, number>> = {
  "author_near": 0.6022,
  "distance": -0.6064,
  "gender_match": -0.1518,
  "introduced": 0.2335,
  "last_turn_speaker": 0.5546,
  "mention_first": 0.3888,
  "mention_rank": -0.0476,
  "named_near": -0.026,
  "prominence": 0.3306,
  "salient": 0.7738,
  "salient_first": 1.4847,
  "salient_rank": -0.0514,
  "single": -0.643
};
