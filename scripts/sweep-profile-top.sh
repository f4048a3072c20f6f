#!/usr/bin/env bash
# Scores the halves A with a speaker profile's role/organisation list cut at each TOP given (a developer tool).
# usage: scripts/sweep-profile-top.sh WORKTREE SCRATCH N...   (N: a number, or "all")
# Each N gets its own copy of WORKTREE's code (src, scripts, eval, bin, configs; node_modules linked) in SCRATCH/top-N
# with `TOP` of src/core/store/speaker-tallies.ts and src/core/speakers/scope.ts set to N, is built, and is scored by
# eval/held-out/score.sh, which ingests the whole corpus afresh into a new index each run (score.mjs qa --index all),
# so every N is measured on its own store. Figures: SCRATCH/top-N/halvesA.txt; verbose: SCRATCH/top-N/halvesA-verbose.txt.
set -euo pipefail
WT=$(cd "$1" && pwd); mkdir -p "$2"; OUT=$(cd "$2" && pwd); shift 2
for n in "$@"; do
  d=$OUT/top-$n; rm -rf "$d"; mkdir -p "$d"
  (cd "$WT" && tar cf - --exclude=node_modules --exclude=dist --exclude=.git src scripts eval bin data package.json tsconfig*.json) | tar -C "$d" -xf -
  ln -s "$(readlink -f "$WT/node_modules")" "$d/node_modules"
  v=$n; [ "$n" = all ] && v=Number.POSITIVE_INFINITY
  sed -i "s/^export const TOP = [0-9]*;/export const TOP = $v;/" "$d/src/core/store/speaker-tallies.ts"
  sed -i "s/^const TOP = [0-9]*;/const TOP = $v;/" "$d/src/core/speakers/scope.ts"
  grep -q "TOP = $v;" "$d/src/core/store/speaker-tallies.ts" && grep -q "TOP = $v;" "$d/src/core/speakers/scope.ts" || { echo "TOP not set in $d" >&2; exit 1; }
  (cd "$d" && nice npm run -s build) >"$d/build.txt" 2>&1 || { echo "build failed: $d/build.txt" >&2; exit 1; }
  SET=halves-a bash "$WT/eval/held-out/score.sh" "top-$n-$$" "$d" >"$d/halvesA.txt" 2>&1 || true
  cp "/tmp/held-out-runs/top-$n-$$.txt" "$d/halvesA-verbose.txt" 2>/dev/null || true
  echo "TOP=$n: $(cat "$d/halvesA.txt")"
done
