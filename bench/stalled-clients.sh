#!/usr/bin/env bash
# Issue 24's slow and stalled clients: other users' latency during the attack against a quiet run, in ONE run. Two
# registries of this build run side by side on loopback, each at -Xmx$HEAP on H2 with its own ports:
#
#   tuned             as registry.cli configures it: REGISTRY_READ_TIMEOUT_MS=60000, REGISTRY_WORKER_THREADS=256
#   wildfly-defaults  WildFly's own: no read timeout (0) and 16 worker threads per core
#
# Each round measures, on each system in turn, shub lookups (wrk, WRK_CONNECTIONS connections, WRK_SECONDS s, its
# latency percentiles; a request wrk gives up on after 2 s counts as a timeout) and one pull of a PULL_MIB image,
# first quiet, then while an attacker holds STALLED oras:// blob uploads that announced a megabyte, sent a kilobyte
# and went silent, and TRICKLING connections that send their headers a byte a second (bench/stalled-clients.py).
#
# Usage: bench/stalled-clients.sh    ROUNDS=3 STALLED=48 TRICKLING=200 PULL_MIB=64 WRK_SECONDS=10 HEAP=512m
# Needs a build of this checkout (mvn -B package -DskipTests), wrk, curl, jq, python3, siftool, squashfs-tools. Takes
# /tmp/wildfly.lock like everything that starts WildFly; ports 8080/9990 and 8180/10090.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_LOCKED:-}" ]; then
  exec env BENCH_LOCKED=1 flock /tmp/wildfly.lock "$0" "$@"
fi
scripts/require-packages.sh bench/stalled-clients.sh wrk curl jq python3 siftool squashfs-tools
# shellcheck source=bench/side-by-side.sh
source bench/side-by-side.sh

rounds=${ROUNDS:-3}
stalled=${STALLED:-48}
trickling=${TRICKLING:-200}
pull_mib=${PULL_MIB:-64}
wrk_seconds=${WRK_SECONDS:-10}
wrk_connections=${WRK_CONNECTIONS:-16}
heap=${HEAP:-512m}
user=bench
password="bench-pw-$(head -c 12 /dev/urandom | base64 | tr -d '+/=')"


# shellcheck source=bench/library-push.sh
source bench/library-push.sh
attacker=
trap '[ -z "$attacker" ] || kill "$attacker" 2>/dev/null; stop_servers; rm -rf "$work"' EXIT
systems=(tuned wildfly-defaults)
checkout=([tuned]="$PWD" [wildfly-defaults]="$PWD")
offset=([tuned]=0 [wildfly-defaults]=100)
environment=([wildfly-defaults]="REGISTRY_READ_TIMEOUT_MS=0 REGISTRY_WORKER_THREADS=$((16 * $(nproc)))")
declare -A token

load() {  # SYSTEM: the bench user's collection with the image pulled and looked up
  local base
  base=$(base_url "$1")
  token[$1]=$(curl -fsS -u "$user:$password" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scope":"push","expiresAt":null}' "$base/api/tokens" | jq -er .secret)
  curl -fsS -o /dev/null -H "Authorization: Bearer ${token[$1]}" -H 'Content-Type: application/json' \
    -d "{\"name\":\"public\",\"entity\":\"$user\",\"private\":false}" "$base/v1/collections"
  library_push "$base" "${token[$1]}" public "$work/pull.sif" pulled
}

log "making the image: $pull_mib MiB"
bash registry-it/src/test/sif/make-sif.sh "$work/pull.sif" $((pull_mib << 20)) "stalled clients pull" >/dev/null
log "starting ${systems[*]} (-Xmx$heap, H2 each)"
for system in "${systems[@]}"; do start "$system"; done
for system in "${systems[@]}"; do wait_up "$system"; load "$system"; done

samples=$work/samples.tsv
: > "$samples"
sample() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$samples"; }  # KEY PHASE SYSTEM VALUE

in_ms() {  # wrk's latency (12.3us, 4.5ms, 1.2s) in ms
  awk '{ v = $1; if (sub(/us$/, "", v)) print v / 1000; else if (sub(/ms$/, "", v)) print v + 0;
         else if (sub(/s$/, "", v)) print v * 1000; else print "nan" }'
}

lookups() {  # SYSTEM PHASE: req/s, p50 and p99 in ms (none when nothing was answered), and the answers not 2xx
  local out answered
  out=$(wrk -t2 -c"$wrk_connections" -d"${wrk_seconds}s" --latency "$(base_url "$1")/api/container/public/pulled:latest")
  answered=$(awk '/requests in/ {print $1}' <<<"$out")
  sample lookups-answered "$2" "$1" "$answered"
  sample lookups-per-s "$2" "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  if [ "$answered" -gt 0 ]; then
    sample lookup-p50-ms "$2" "$1" "$(awk '$1 == "50%" {print $2}' <<<"$out" | in_ms)"
    sample lookup-p99-ms "$2" "$1" "$(awk '$1 == "99%" {print $2}' <<<"$out" | in_ms)"
  fi
  sample lookups-not-2xx "$2" "$1" "$(awk '/Non-2xx/ {print $5}' <<<"$out" | grep . || echo 0)"
}

pull() {  # SYSTEM PHASE: MiB/s of one pull through the shub answer's signed URL, 0 if it failed within 20 s
  local image mibs
  image=$(curl -fsS -m 20 "$(base_url "$1")/api/container/public/pulled:latest" | jq -er .image) || image=
  mibs=0
  if [ -n "$image" ]; then
    mibs=$(curl -fsS -m 20 -o /dev/null -w '%{size_download} %{time_total}' "$image" \
      | python3 -c 'import sys; s, t = sys.stdin.read().split(); print(f"{float(s) / 1048576 / float(t):.1f}")') || mibs=0
  fi
  sample pull-mib-per-s "$2" "$1" "$mibs"
}

attack() {  # SYSTEM: starts the attacker on it and returns once every connection is open
  python3 bench/stalled-clients.py 127.0.0.1 "$((8080 + ${offset[$1]}))" "$user" "$password" public \
    "$stalled" "$trickling" > "$work/attack.out" 2>&1 &
  attacker=$!
  until grep -q '^ready' "$work/attack.out"; do
    kill -0 "$attacker" 2>/dev/null || { cat "$work/attack.out" >&2; exit 1; }
    sleep 0.2
  done
}

end_attack() {
  kill "$attacker"
  wait "$attacker" 2>/dev/null || true
  attacker=
}

for round in $(seq 1 "$rounds"); do
  log "round $round"
  for i in "${!systems[@]}"; do
    system=${systems[$(((i + round) % ${#systems[@]}))]}
    lookups "$system" quiet
    pull "$system" quiet
    attack "$system"
    lookups "$system" attacked
    pull "$system" attacked
    end_attack
  done
done

results=bench/results/$(date -u +%F)-stalled-clients
cp "$samples" "$results.tsv"
python3 - "$samples" "$rounds" "$stalled" "$trickling" <<'TABLE' | tee "$results.md"
import statistics, sys
from collections import defaultdict

samples, rounds, stalled, trickling = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
values = defaultdict(list)
for line in open(samples):
    key, phase, system, value = line.rstrip("\n").split("\t")
    values[(key, phase, system)].append(float(value))
systems = ["tuned", "wildfly-defaults"]
print(f"Medians of {rounds} rounds; attacked: {stalled} stalled uploads and {trickling} connections trickling "
      "their headers, on the system measured.\n")
print("| measure | " + " | ".join(f"{s} quiet | {s} attacked | ratio" for s in systems) + " |")
print("|---|" + "---|---|---|" * len(systems))


def median(key, phase, system):
    """None where nothing was measured: no latency of requests that were never answered."""
    measured = values[(key, phase, system)]
    return statistics.median(measured) if measured else None


for key in ["lookups-answered", "lookups-per-s", "lookup-p50-ms", "lookup-p99-ms", "lookups-not-2xx",
            "pull-mib-per-s"]:
    cells = []
    for system in systems:
        quiet, attacked = median(key, "quiet", system), median(key, "attacked", system)
        ratio = f"{attacked / quiet:.2f}×" if quiet and attacked is not None else "–"
        cells += ["–" if v is None else f"{v:g}" for v in (quiet, attacked)] + [ratio]
    print(f"| {key} | " + " | ".join(cells) + " |")
print("\npull-mib-per-s is 0 where the pull was not answered within 20 s.")
TABLE
