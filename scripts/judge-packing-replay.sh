#!/usr/bin/env bash
# Replays each open judge's half A on the extractor of main AT PACKING TIME (the commit its README names), so that
# scripts/judge-packing-record.ts --replay OUT can key the packing-time verdicts by the method that gave them (how,
# mention kind), not today's. Only half-A articles are run; half B is never read.
#   bash scripts/judge-packing-replay.sh OUT [CORPUS]
# Writes OUT/<judge>.jsonl (scripts/judge-packing-probe.ts at that commit). Each source tree goes to OUT/src-<commit>.
set -euo pipefail
OUT=$(mkdir -p "$1" && cd "$1" && pwd); CORPUS=${2:-$(cd ../shared/corpus && pwd)}
HERE=$(cd "$(dirname "$0")/.." && pwd)
# Main's commit when each judge was packed (each set's README.txt, "extracted by main ..." / "on main ..."), by session,
# or by the set's name where a session packed two judges at different commits (session 38).
declare -A AT=([s15]=c504337 [s16]=87ef450 [s17]=61aaf61 [s18]=a193b9e [s19]=f6acd3f [s20]=8be1e66 [s21]=ade70b3
  [s22]=0a16146 [s23]=d30d9f4 [s24]=173d31c [s25]=434b72d [s26]=862b03a [s27]=23e6bc2 [s28]=6d85605 [s29]=08da0db
  [s30]=df88c06 [s31]=f1582417 [s32]=9aeede5e [s33]=66caaa8c [s34]=db61c1a0 [s35]=59db5558 [s37]=d455005d
  [attrset-s38-h-conf36]=95acbb6a [attrset-s38-h-conf38]=c6e9824d [attrset-s39-h-conf39]=bc0f6f4a
  [attrset-s40-h-conf41]=c4149fdb [attrset-s41-h-conf43]=388d4c52 [attrset-s42-h-conf44]=8c5474be)
cd "$HERE"
for tarball in eval/held-out/attrset-s*.tar.gz; do
  name=$(basename "$tarball" .tar.gz); s=$(echo "$name" | sed 's/^attrset-\(s[0-9]*\)-.*/\1/')
  line=$(grep -F -- "- \`$name.tar.gz\`" eval/held-out/README.md || true)
  case "$line" in ''|*'NEITHER half'*) echo "$name: closed, skipped" >&2; continue;; esac
  c=${AT[$name]:-${AT[$s]:-}}; [ -n "$c" ] || { echo "$name: no packing commit known" >&2; continue; }
  tree="$OUT/src-$c"
  if [ ! -d "$tree/src" ]; then mkdir -p "$tree"; git archive "$c" src | tar -x -C "$tree"; ln -sf "$HERE/node_modules" "$tree/node_modules"; fi
  mkdir -p "$tree/scripts"; cp scripts/judge-packing-probe.ts "$tree/scripts/judge-packing-probe.ts"
  tsv=$(tar tzf "$tarball" | grep '\.tsv$')
  tar xzOf "$tarball" "$tsv" | awk -F'\t' 'NR > 1 && $2 == "A" { print $1 }' | sort -u \
    | (cd "$tree" && nice npx tsx scripts/judge-packing-probe.ts "$CORPUS") > "$OUT/$name.jsonl"
  echo "$name: $c, $(wc -l < "$OUT/$name.jsonl") half-A articles" >&2
done
