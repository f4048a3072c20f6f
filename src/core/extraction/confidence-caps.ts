// Written by scripts/fit-confidence-caps.ts on 2026-12-06; do not edit by hand. Re-run after a change to the
// extractor or the confidence model: npx tsx scripts/fit-confidence-caps.ts
// Each ceiling is the share of right speakers among the labelled quotes with that feature (dev + dev2, PolNeAR train's
// fairly labelled quotes, every judge's half A):
//   pronoun_very_far: 40 right of 48 labelled (dev 1/1, dev2 6/7, judges half A 33/40) -> ceiling 0.833
export const CONFIDENCE_CAPS: Readonly<Record<string, number>> = {
  "pronoun_very_far": 0.833
};
