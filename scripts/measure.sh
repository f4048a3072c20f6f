#!/usr/bin/env bash
# Measures a checkout on every figure the issues track (a developer tool; needs ../shared or ONRECORD_SHARED).
# usage: scripts/measure.sh WORKTREE OUTDIR what...   (what: build qa seed extract ptrain pdev halvesA held judge)
# Builds nothing unless 'build' is given. Writes OUTDIR/<what>.txt and prints figure lines.
set -uo pipefail
WT=$(cd "$1" && pwd); mkdir -p "$2"; OUT=$(cd "$2" && pwd); shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${ONRECORD_SHARED:-$(cd "$HERE/../.." && pwd)/shared}
[ -f "$SHARED/eval/score.mjs" ] || SHARED=/work/shared
S=$SHARED/eval; G=$S/gold; C=$SHARED/corpus
cd "$WT"
for w in "$@"; do case $w in
  build) (npx tsc -p tsconfig.json --noEmit && npm run -s build) >"$OUT/build.txt" 2>&1 && echo "build ok" || { echo "BUILD FAILED: $OUT/build.txt"; exit 1; } ;;
  qa) nice node $S/score.mjs qa --gold $G/dev --gold $G/dev2 --gold $G/dev-questions --index all --verbose >"$OUT/qa.txt" 2>&1; echo "qa: $(grep -E '^\{.*answer_at_1' "$OUT/qa.txt" | tail -1)";;
  seed) nice node $S/score.mjs qa --gold $G/seed >"$OUT/seed.txt" 2>&1; echo "seed: $(grep -E '^\{.*answer_at_1' "$OUT/seed.txt" | tail -1)";;
  extract) nice node $S/score.mjs extract --gold $G/dev --gold $G/dev2 >"$OUT/extract.txt" 2>&1; echo "extract: $(tail -c 600 "$OUT/extract.txt" | tr '\n' ' ')";;
  ptrain) nice node $S/score.mjs polnear --split train >"$OUT/ptrain.txt" 2>&1; echo "ptrain: $(tail -c 600 "$OUT/ptrain.txt" | tr '\n' ' ')";;
  pdev) nice node $S/score.mjs polnear --split dev >"$OUT/pdev.txt" 2>&1; echo "pdev: $(tail -c 600 "$OUT/pdev.txt" | tr '\n' ' ')";;
  halvesA) SET=halves-a bash eval/held-out/score.sh "$(basename $OUT)-halvesA" "$WT" > "$OUT/halvesA.txt" 2>&1; cp /tmp/held-out-runs/$(basename $OUT)-halvesA.txt "$OUT/halvesA-verbose.txt"; echo "halvesA: $(cat $OUT/halvesA.txt)";;
  held) # every half B nobody tuned on (figures only; never read the verbose output). HELD_STREAM=0 or 1 takes every
    # other set, so two processes share the work (one per core); sum the logs with scripts/held-sum.mjs.
    t=$(basename $OUT); i=0
    for s in qaset-s10 eval/held-out/qaset-s[1-9][0-9]-*.tar.gz; do
      n=$(basename $s .tar.gz); i=$((i + 1))
      [ -n "${HELD_STREAM:-}" ] && [ $(((i - 1) % 2)) -ne "$HELD_STREAM" ] && continue
      if [ $n = qaset-s10 ]; then echo "s10: $(bash eval/held-out/score.sh $t-s10 "$WT" 2>&1)"
      else echo "$n B: $(SET=$n.tar.gz HALF=B bash eval/held-out/score.sh $t-$n-B "$WT" 2>&1)"; fi
    done ;;
  judge) # hand-judged attribution sets (eval/held-out/attrset-*): the four oldest pooled (judge4), then each later
    # judge alone. Halves A that eval/held-out/README.md opens to tuning may be read; halves B and sets nobody tuned on
    # ("NEITHER half") are figures only: never read their rows.
    J=$OUT/judges; mkdir -p $J; for f in eval/held-out/attrset-*.tar.gz; do [ -d "$J/$(basename $f .tar.gz)" ] || tar -C $J -xzf $f; done
    cut -f1 $J/*/attrset.tsv | grep -v '^article$' | sort -u | sed "s#^#$C/#" > "$OUT/judge-files.txt"
    xargs -a "$OUT/judge-files.txt" node dist/adapters/cli/main.js extract --json > "$OUT/judge-run.jsonl" 2>"$OUT/judge-run.err"
    OLD="$J/attrset-s15-h-conf3/attrset.tsv $J/attrset-s16-h-conf4/attrset.tsv $J/attrset-s17-h-conf5/attrset.tsv $J/attrset-s18-h-conf6/attrset.tsv"
    for h in A B; do
      npx tsx scripts/judge-calibration.ts $OLD "$OUT/judge-run.jsonl" --half $h > "$OUT/judge4-$h.txt" 2>&1
      echo "judge4 $h: $(head -3 "$OUT/judge4-$h.txt" | tr '\n' ' ')"
      for d in $J/attrset-s19-* $J/attrset-s[2-9][0-9]-*; do
        [ -f "$d/attrset.tsv" ] || continue; n=$(basename $d)
        npx tsx scripts/judge-calibration.ts $d/attrset.tsv "$OUT/judge-run.jsonl" --half $h > "$OUT/$n-$h.txt" 2>&1
        echo "$n $h: $(head -3 "$OUT/$n-$h.txt" | tr '\n' ' ')"
      done
    done ;;
  *) echo "unknown: $w";;
esac; done
