#!/usr/bin/env bash
# Push → labels visible: pushes a real SIF of PAYLOAD_BYTES with Apptainer's own library client (the Go driver the
# compatibility tests build) and measures, from the moment the push returns, how long until the registry shows the
# metadata read from the image (shub manifest: metadata.parseStatus no longer PENDING). Prints one line per run and
# the best and median.
#
# Usage: bench/push-to-labels.sh PAYLOAD_BYTES [RUNS]
# Needs: a running registry (REGISTRY, default http://127.0.0.1:8080), a push token of a user (TOKEN), and the
# packages the integration tests need (golang-go golang-github-apptainer-container-library-client-dev siftool
# squashfs-tools). The entity is the token's user (ENTITY), the collection COLLECTION (default bench).
set -euo pipefail
cd "$(dirname "$0")/.."

PAYLOAD_BYTES="${1:?usage: $0 PAYLOAD_BYTES [RUNS]}"
RUNS="${2:-5}"
REGISTRY="${REGISTRY:-http://127.0.0.1:8080}"
: "${TOKEN:?set TOKEN to a push token (account page, or POST /api/tokens)}"
: "${ENTITY:?set ENTITY to the name of the user who owns the token}"
COLLECTION="${COLLECTION:-bench}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/push-to-labels.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
bash registry-it/src/test/go/build.sh "$WORK/libclient" >/dev/null

now_ms() { date +%s%3N; }
status_of() {
  curl -fsS -H "Authorization: Bearer $TOKEN" "$REGISTRY/api/container/$COLLECTION/$1:v1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["metadata"]["parseStatus"])'
}

results=()
for run in $(seq "$RUNS"); do
  image="$WORK/image.sif"
  bash registry-it/src/test/sif/make-sif.sh "$image" "$PAYLOAD_BYTES" "bench-$run" >/dev/null
  name="labels-$(date +%s%N)"
  push_start=$(now_ms)
  "$WORK/libclient" -base "$REGISTRY" -token "$TOKEN" push "$image" "$ENTITY/$COLLECTION/$name" v1 >/dev/null
  pushed=$(now_ms)
  while [ "$(status_of "$name")" = "PENDING" ]; do sleep 0.01; done
  visible=$(now_ms)
  echo "run $run: size $(stat -c %s "$image") B, push $((pushed - push_start)) ms, push → labels $((visible - pushed)) ms ($(status_of "$name"))"
  results+=("$((visible - pushed))")
  rm -f "$image"
done
sorted=($(printf '%s\n' "${results[@]}" | sort -n))
echo "push → labels: best ${sorted[0]} ms, median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms over $RUNS runs"
