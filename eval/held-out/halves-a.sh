#!/usr/bin/env bash
# Scores a checkout's CLI on every packed question set's half A at once (each already tuned on by the helper who
# wrote it, so free to read and tune on; session 18): prints the figures line, the --verbose output goes to
# /tmp/held-out-runs/TAG.txt. Halves B stay unseen: this script never unpacks them for reading (they are deleted).
set -euo pipefail
TAG=${1:?usage: halves-a.sh TAG [WORKTREE]}
HERE=$(cd "$(dirname "$0")" && pwd)
WT=$(cd "${2:-$HERE/../..}" && pwd)
SHARED=${ONRECORD_SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
[ -f "$SHARED/eval/score.mjs" ] || SHARED=/work/shared
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
GOLD=()
for set in "$HERE"/qaset-s1[3-9]-*.tar.gz; do
  name=$(basename "$set" .tar.gz)
  # Sets nobody tuned on (their README line says "NEITHER half") stay out.
  grep -q "^$name.tar.gz:.*NEITHER half" "$HERE/README.md" && continue
  mkdir -p "$TMP/$name" && tar -C "$TMP/$name" -xzf "$set" && rm -rf "$TMP/$name/gold/B"
  [ -d "$TMP/$name/gold/A" ] && GOLD+=(--gold "$TMP/$name/gold/A")
done
mkdir -p /tmp/held-out-runs
OUT=/tmp/held-out-runs/$TAG.txt
cd "$WT"
nice -n 19 node "$SHARED/eval/score.mjs" qa "${GOLD[@]}" --index all --verbose >"$OUT" 2>&1 || true
line=$(grep -E '^\{.*"answer_at_1"' "$OUT" | tail -n 1 || true)
[ -n "$line" ] || { echo "halves-a.sh: no figures; see $OUT" >&2; exit 1; }
echo "$line"
