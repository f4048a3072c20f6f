#!/usr/bin/env bash
# Scores a checkout's CLI on the packed held-out question set; prints only the figures (see README.md here).
set -euo pipefail
TAG=${1:?usage: [SET=qaset-s13-NAME.tar.gz HALF=B] score.sh TAG [WORKTREE]}
# SET: which packed set (default session 10's); HALF: for a session 13 set, the half scored (B: not tuned on).
SET=${SET:-qaset-s10.tar.gz}
HERE=$(cd "$(dirname "$0")" && pwd)
WT=$(cd "${2:-$HERE/../..}" && pwd)
SHARED=${ONRECORD_SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
[ -f "$SHARED/eval/score.mjs" ] || SHARED=/work/shared
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
tar -C "$TMP" -xzf "$HERE/$SET"
if [ "$SET" = qaset-s10.tar.gz ]; then GOLD="$TMP/h-qaset2-tools/gold"; else GOLD="$TMP/gold/${HALF:-B}"; fi
mkdir -p /tmp/held-out-runs
OUT=/tmp/held-out-runs/$TAG.txt
cd "$WT"
set +e
nice -n 19 node "$SHARED/eval/score.mjs" qa --gold "$GOLD" --index all --verbose >"$OUT" 2>&1
rc=$?
set -e
line=$(grep -E '^\{.*"answer_at_1"' "$OUT" | tail -n 1 || true)
[ -n "$line" ] || { echo "score.sh: no figures (exit $rc); see $OUT" >&2; exit 1; }
echo "$line"
