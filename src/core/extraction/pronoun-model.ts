// Written by scripts/fit-pronouns.ts (conditional logistic regression over each pronoun's candidates, fitted on
// gold dev + dev2 + PolNeAR train: 408 pronoun speakers with a choice). Do not edit by hand: re-run the script.
// Right candidate chosen, before -> after: fit 0.833 -> 0.833; PolNeAR dev (held out) 0.842 -> 0.842.
export const PRONOUN_MODEL: Readonly<Record<string, number>> = {
  "distance": -0.5807,
  "gender_match": -0.1111,
  "introduced": 0.2521,
  "last_turn_speaker": 0.5351,
  "mention_first": 0.4051,
  "mention_rank": -0.0777,
  "named_near": 0.0221,
  "prominence": 0.3202,
  "salient": 0.7381,
  "salient_first": 1.448,
  "salient_rank": 0.0023,
  "single": -0.7215
};
