#!/usr/bin/env bash
# Prints every corpus article (path under ../shared/corpus) that a gold set, a packed question set or a packed judge
# uses, one per line, sorted: the articles a new held-out set must avoid. Reads only the sets' article fields.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${ONRECORD_SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
[ -f "$SHARED/eval/score.mjs" ] || SHARED=/work/shared
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for set in "$HERE"/*.tar.gz; do mkdir -p "$TMP/$(basename "$set")" && tar -C "$TMP/$(basename "$set")" -xzf "$set"; done
{
  grep -rhoE '"article": *"[^"]+"' "$TMP" "$SHARED/eval/gold" | sed -E 's/.*: *"//; s/"$//'
  find "$TMP" -name 'attrset*.tsv' -exec cut -f1 {} \; | grep -v '^article$'
} | sort -u
