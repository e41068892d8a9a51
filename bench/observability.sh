#!/usr/bin/env bash
# Issue 22's figure: pull throughput and lookup requests/s with the audit trail and the metrics on, against the same
# measurements with them off, in ONE run. Three registries run side by side on loopback, each on its own ports and
# with its own H2 database, loaded with the same images, measured in turn (each round turns their order by one):
#
#   off        the last release without either (OFF_COMMIT, default e22f8ee): no audit trail, no registry meters, no
#              micrometer subsystem, Undertow's statistics off; built once from `git archive` under target/
#   on         this build as ./run.sh starts it: audit rows and log lines, meters, Undertow's statistics on
#   on-nostats this build with -Dwildfly.undertow.statistics-enabled=false: what WildFly's request statistics (the
#              dashboard's request rates) cost, apart from the registry's own audit and meters
#
# Usage: bench/observability.sh    ROUNDS=5 PULL_MIB=512 CONC_N=8 CONC_MIB=128 WRK_SECONDS=10 WRK_CONNECTIONS=16 HEAP=512m
# Needs a build of this checkout (mvn -B package -DskipTests), wrk, curl, jq, siftool, squashfs-tools. Takes
# /tmp/wildfly.lock like everything that starts WildFly; ports 8080/9990, 8180/10090 and 8280/10190.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_LOCKED:-}" ]; then
  exec env BENCH_LOCKED=1 flock /tmp/wildfly.lock "$0" "$@"
fi
scripts/require-packages.sh bench/observability.sh wrk curl jq siftool squashfs-tools
# shellcheck source=bench/side-by-side.sh
source bench/side-by-side.sh

off_commit=$(git rev-parse --short "${OFF_COMMIT:-e22f8ee}")
rounds=${ROUNDS:-5}
pull_mib=${PULL_MIB:-512}
conc_n=${CONC_N:-8}
conc_mib=${CONC_MIB:-128}
wrk_seconds=${WRK_SECONDS:-10}
wrk_connections=${WRK_CONNECTIONS:-16}
heap=${HEAP:-512m}
user=bench
password="bench-pw-$(head -c 12 /dev/urandom | base64 | tr -d '+/=')"

off_tree=$PWD/target/observability/$off_commit
if [ ! -f "$off_tree/registry-ear/target/registry.ear" ]; then
  log "building $off_commit (audit and metrics off) in $off_tree"
  rm -rf "$off_tree"
  mkdir -p "$off_tree"
  git archive "$off_commit" | tar -x -C "$off_tree"
  (cd "$off_tree" && mvn -B -q package -DskipTests >&2)
fi

trap 'stop_servers; rm -rf "$work"' EXIT
checkout=([off]="$off_tree" [on]="$PWD" [on-nostats]="$PWD")
offset=([on]=0 [off]=100 [on-nostats]=200)
extra=([on-nostats]="-Dwildfly.undertow.statistics-enabled=false")
systems=(off on on-nostats)

# shellcheck source=bench/library-push.sh
source bench/library-push.sh
declare -A token
load() {  # SYSTEM: a public and a private collection with the same images in each
  local base
  base=$(base_url "$1")
  token[$1]=$(curl -fsS -u "$user:$password" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scope":"push","expiresAt":null}' "$base/api/tokens" | jq -er .secret)
  for visibility in public private; do
    curl -fsS -o /dev/null -H "Authorization: Bearer ${token[$1]}" -H 'Content-Type: application/json' \
      -d "{\"name\":\"$visibility\",\"entity\":\"$user\",\"private\":$([ "$visibility" = private ] && echo true || echo false)}" \
      "$base/v1/collections"
    for image in pull conc meta; do library_push "$base" "${token[$1]}" "$visibility" "$work/$image.sif" "$image"; done
  done
}

log "making the images: $pull_mib MiB, $conc_mib MiB, 1 MiB"
bash registry-it/src/test/sif/make-sif.sh "$work/pull.sif" $((pull_mib << 20)) "observability pull" >/dev/null
bash registry-it/src/test/sif/make-sif.sh "$work/conc.sif" $((conc_mib << 20)) "observability concurrent" >/dev/null
bash registry-it/src/test/sif/make-sif.sh "$work/meta.sif" $((1 << 20)) "observability lookups" >/dev/null
log "starting ${systems[*]} (-Xmx$heap, H2 each)"
for system in "${systems[@]}"; do start "$system"; done
for system in "${systems[@]}"; do wait_up "$system"; load "$system"; done
log "loaded; a warm-up round, then $rounds rounds"

samples=$work/samples.tsv
: > "$samples"
sample() { [ "$round" = 0 ] || printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$samples"; }  # KEY SYSTEM VALUE; round 0 warms up

pull_one() {  # SYSTEM VISIBILITY: MiB/s of one stream, the 303 followed
  local auth=()
  [ "$2" = private ] && auth=(-H "Authorization: Bearer ${token[$1]}")
  curl -fsS -L -o /dev/null -w '%{size_download} %{time_total}' "${auth[@]}" \
    "$(base_url "$1")/v1/imagefile/$user/$2/pull:latest" \
    | python3 -c 'import sys; s, t = sys.stdin.read().split(); print(f"{float(s) / 1048576 / float(t):.1f}")'
}

pull_many() {  # SYSTEM: aggregate MiB/s of conc_n public pulls at once
  local start streams=()
  start=$(date +%s%N)
  for _ in $(seq "$conc_n"); do
    curl -fsS -L -o /dev/null "$(base_url "$1")/v1/imagefile/$user/public/conc:latest" &
    streams+=($!)
  done
  wait "${streams[@]}"
  mib_per_s $((conc_n * $(stat -c %s "$work/conc.sif"))) $(($(date +%s%N) - start))
}

requests_per_s() {  # SYSTEM PATH [AUTHORIZED]: wrk's requests/s; a 303 counts as an answer, any 4xx/5xx fails
  local out auth=()
  [ -n "${3:-}" ] && auth=(-H "Authorization: Bearer ${token[$1]}")
  out=$(wrk -t2 -c"$wrk_connections" -d"${wrk_seconds}s" "${auth[@]}" "$(base_url "$1")$2")
  if grep -q 'Non-2xx' <<<"$out" && [[ "$2" != /v1/imagefile/* ]]; then
    echo "observability.sh: $1 answered errors to $2" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}

for round in $(seq 0 "$rounds"); do
  log "round $round"
  for i in "${!systems[@]}"; do
    system=${systems[$(((i + round) % ${#systems[@]}))]}
    sample pull-public "$system" "$(pull_one "$system" public)"
    sample pull-private "$system" "$(pull_one "$system" private)"
    sample pull-many "$system" "$(pull_many "$system")"
    sample lookup-public "$system" "$(requests_per_s "$system" "/v1/images/$user/public/meta:latest")"
    sample lookup-private "$system" "$(requests_per_s "$system" "/v1/images/$user/private/meta:latest" token)"
    sample shub "$system" "$(requests_per_s "$system" "/api/container/public/meta:latest")"
    sample redirect-private "$system" "$(requests_per_s "$system" "/v1/imagefile/$user/private/meta:latest" token)"
  done
done

# The private pull redirects must have been answered, not refused: wrk counts a 303 as non-2xx, so check one.
for system in "${systems[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token[$system]}" \
    "$(base_url "$system")/v1/imagefile/$user/private/meta:latest")
  [ "$code" = 303 ] || { echo "observability.sh: $system answered $code to a private pull" >&2; exit 1; }
done
audited=$(grep -c '"action":"PRIVATE_PULL"' "$work/on/log/audit.log" || true)

results=bench/results/$(date -u +%F)-observability
cp "$samples" "$results.tsv"
python3 - "$samples" "$rounds" "$off_commit" "$audited" <<'TABLE' | tee "$results.md"
import statistics, sys
from collections import defaultdict
path, rounds, off_commit, audited = sys.argv[1:]
values = defaultdict(list)
for line in open(path):
    key, system, value = line.rstrip("\n").split("\t")
    values[key, system].append(float(value))
rows = [
    ("pull-public", "pull, public image, one stream (303 followed)", "MiB/s"),
    ("pull-private", "pull, private image with a token, one stream (audited)", "MiB/s"),
    ("pull-many", "pulls, public image, concurrent streams, aggregate", "MiB/s"),
    ("lookup-public", "library lookup `/v1/images`, anonymous", "req/s"),
    ("lookup-private", "library lookup `/v1/images`, private, token", "req/s"),
    ("shub", "shub manifest `/api/container`, anonymous", "req/s"),
    ("redirect-private", "private pull requests (the 303 only; each one audited)", "req/s"),
]
med = lambda key, system: statistics.median(values[key, system])
cell = lambda key, system, unit: (f"{med(key, system):,.0f} {unit} "
                                  f"({min(values[key, system]):,.0f}–{max(values[key, system]):,.0f})")
print(f"| median (lowest–highest) of {rounds} rounds | off ({off_commit}) | on | on, Undertow statistics off "
      "| on / off | on-nostats / off |")
print("|---|---|---|---|---|---|")
for key, label, unit in rows:
    off, on, nostats = med(key, "off"), med(key, "on"), med(key, "on-nostats")
    print(f"| {label} | {cell(key, 'off', unit)} | {cell(key, 'on', unit)} | {cell(key, 'on-nostats', unit)} "
          f"| {on / off:.2f}× | {nostats / off:.2f}× |")
print()
print(f"The `on` server's audit log holds {audited} PRIVATE_PULL lines after the run.")
TABLE
