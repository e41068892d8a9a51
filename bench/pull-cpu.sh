#!/usr/bin/env bash
# The registry's CPU time per counted pull, for two builds in turns: each build's server is loaded by
# `HOLD=1 QUICK=1 race.sh` from its own checkout, pulled N times (P at once) anonymously over oras:// (one small
# blob, so that what a pull costs besides its bytes shows: the lookup, the count), ROUNDS times, and its process's
# user + system time read from /proc before each round and once it is idle after it (the consumer and the
# update-downloads job finish the round's counts after its last pull).
# Usage: bench/pull-cpu.sh A_CHECKOUT B_CHECKOUT    (each built: mvn -B package -DskipTests)
#        env: N (1000) P (4) ROUNDS (3) TURNS (2: A, B, A, B); prints one line per round and writes
#        bench/results/<date>-pull-cpu.md
set -euo pipefail
[ $# = 2 ] || { echo "usage: $0 A_CHECKOUT B_CHECKOUT" >&2; exit 2; }
N=${N:-1000} P=${P:-4} ROUNDS=${ROUNDS:-3} TURNS=${TURNS:-2}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/results/$(date -u +%F)-pull-cpu.md"
hold_env=$(mktemp)
trap 'rm -f "$hold_env" "$hold_env.log"' EXIT
ticks=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Idle: less than 5 % of a core over a second
await_idle() {
  local before after
  before=$(cpu_ticks "$1")
  while :; do
    sleep 1
    after=$(cpu_ticks "$1")
    [ $((after - before)) -lt $((ticks / 20)) ] && return
    before=$after
  done
}

measure() {  # CHECKOUT LABEL
  : > "$hold_env"
  # A process group of its own: race.sh runs itself again under flock, and both must hear the signal
  (cd "$1" && HOLD=1 QUICK=1 DB=h2 HOLD_ENV="$hold_env" exec setsid bash bench/race.sh) > "$hold_env.log" 2>&1 &
  local race=$!
  until [ -s "$hold_env" ]; do
    kill -0 "$race" 2> /dev/null || { cat "$hold_env.log" >&2; exit 1; }
    sleep 2
  done
  local REGISTRY_PID
  REGISTRY_PID=$(sed -n 's/^REGISTRY_PID=//p' "$hold_env")
  local reg digest url size c0 c1 t0 t1
  reg=$(grep -o "registry http://[^ ]*" "$hold_env.log" | head -n 1 | cut -d' ' -f2)
  digest=$(curl -fsS -H 'Accept: application/vnd.oci.image.manifest.v1+json' "$reg/v2/bench/meta/manifests/latest" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["layers"][0]["digest"])')
  url="$reg/v2/bench/meta/blobs/$digest"
  size=$(curl -fsS -o /dev/null -w '%{size_download}' "$url")
  seq 1 400 | xargs -P "$P" -I{} curl -fsS -o /dev/null "$url"  # warm-up
  await_idle "$REGISTRY_PID"
  for round in $(seq 1 "$ROUNDS"); do
    c0=$(cpu_ticks "$REGISTRY_PID"); t0=$(date +%s.%N)
    seq 1 "$N" | xargs -P "$P" -I{} curl -fsS -o /dev/null "$url"
    t1=$(date +%s.%N)
    await_idle "$REGISTRY_PID"
    c1=$(cpu_ticks "$REGISTRY_PID")
    printf '| %s | %s | %d | %.2f | %.2f |\n' "$2" "$round" "$size" "$(echo "$t1 - $t0" | bc)" \
      "$(echo "scale=4; ($c1 - $c0) * 1000 / $ticks / $N" | bc)" | tee -a "$out"
  done
  kill -TERM -- "-$race"  # race.sh stops its servers on the signal
  wait "$race" || true
}

{
  echo "# Server CPU per counted pull, $(date -u '+%F %H:%M') UTC"
  echo
  echo "A = $1 ($(git -C "$1" rev-parse --short HEAD)), B = $2 ($(git -C "$2" rev-parse --short HEAD));" \
    "$N anonymous oras:// blob pulls a round, $P at once, H2, -Xmx512m"
  echo
  echo "| build | round | blob bytes | wall s | server CPU ms per pull |"
  echo "|---|---|---|---|---|"
} > "$out"
for turn in $(seq 1 "$TURNS"); do
  measure "$1" "A$turn"
  measure "$2" "B$turn"
done
echo "written to $out"
