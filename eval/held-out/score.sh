#!/usr/bin/env bash
# Scores a checkout's CLI on the packed held-out question set; prints only the figures (see README.md here).
set -euo pipefail
TAG=${1:?usage: [SET=qaset-s13-NAME.tar.gz HALF=B] score.sh TAG [WORKTREE]}
# SET: which packed set (default session 10's), or halves-a (every set's half A together); HALF: for a session 13
# or later set, the half scored (B: not tuned on).
SET=${SET:-qaset-s10.tar.gz}
HERE=$(cd "$(dirname "$0")" && pwd)
WT=$(cd "${2:-$HERE/../..}" && pwd)
SHARED=${ONRECORD_SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
[ -f "$SHARED/eval/score.mjs" ] || SHARED=/work/shared
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
GOLD=()
if [ "$SET" = halves-a ]; then
  # Every packed set's half A at once (session 18): each was tuned on by the helper who wrote it, so the union is free
  # to read and tune on. Each half B is deleted unread; sets nobody tuned on (README line "NEITHER half") stay out.
  for set in "$HERE"/qaset-s[1-9][0-9]-*.tar.gz; do
    name=$(basename "$set" .tar.gz)
    grep -q "^$name.tar.gz:.*NEITHER half" "$HERE/README.md" && continue
    mkdir -p "$TMP/$name" && tar -C "$TMP/$name" -xzf "$set" && rm -rf "$TMP/$name/gold/B"
    [ -d "$TMP/$name/gold/A" ] && GOLD+=(--gold "$TMP/$name/gold/A")
  done
else
  tar -C "$TMP" -xzf "$HERE/$SET"
  if [ "$SET" = qaset-s10.tar.gz ]; then GOLD=(--gold "$TMP/h-qaset2-tools/gold"); else GOLD=(--gold "$TMP/gold/${HALF:-B}"); fi
fi
mkdir -p /tmp/held-out-runs
OUT=/tmp/held-out-runs/$TAG.txt
cd "$WT"
set +e
nice -n 19 node "$SHARED/eval/score.mjs" qa "${GOLD[@]}" --index all --verbose >"$OUT" 2>&1
rc=$?
set -e
line=$(grep -E '^\{.*"answer_at_1"' "$OUT" | tail -n 1 || true)
[ -n "$line" ] || { echo "score.sh: no figures (exit $rc); see $OUT" >&2; exit 1; }
echo "$line"
