// The rules' own order (about > cue_before > prev > next > carried > cue_before_alone > next_adjacent) as weights,
// before fitting: scripts/fit-carry.ts replaces this file. Do not edit by hand.
export const CARRY_MODEL: Readonly<Record<string, number>> = {
  "src_about": 64,
  "src_cue_before": 32,
  "src_prev": 16,
  "src_next": 8,
  "src_carried": 4,
  "src_cue_before_alone": 2,
  "src_next_adjacent": 1,
  "open_only": -1000
};
