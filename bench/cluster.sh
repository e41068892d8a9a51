#!/usr/bin/env bash
# The cluster of issue 21, measured: pulls, pushes and lookups through the load balancer against the same through one
# node alone, and how long requests fail after a node is killed. One run, one table, on ./cluster.sh's cluster,
# which it starts (and stops at the end if it started it). Takes /tmp/wildfly.lock, like everything that starts WildFly.
#
#   bench/cluster.sh                 PULL_MIB=128 PULLS=16 PUSH_MIB=256 ROUNDS=3 SECONDS_PER_LOOKUP_RUN=15
#
# Needs what ./cluster.sh needs, and wrk, curl, jq, siftool and squashfs-tools (the tests' image maker).
set -euo pipefail
cd "$(dirname "$0")/.."

pull_mib=${PULL_MIB:-128}
pulls=${PULLS:-16}
push_mib=${PUSH_MIB:-256}
rounds=${ROUNDS:-3}
lookup_seconds=${SECONDS_PER_LOOKUP_RUN:-15}
balancer=http://127.0.0.1:${REGISTRY_CLUSTER_PORT:-8080}
node1=http://127.0.0.1:8180
work=$(mktemp -d "${BENCH_TMP:-/tmp}/cluster-bench.XXXXXX")

if [ -z "${BENCH_LOCKED:-}" ]; then
  exec env BENCH_LOCKED=1 flock /tmp/wildfly.lock "$0" "$@"
fi
scripts/require-packages.sh bench/cluster.sh wrk curl jq siftool squashfs-tools

started=no
if ! ./cluster.sh status | grep -q '^lb .*process'; then
  ./cluster.sh up
  started=yes
fi
cleanup() {
  rm -rf "$work"
  ./cluster.sh start node1 >/dev/null 2>&1 || true
  if [ "$started" = yes ]; then ./cluster.sh down; fi
}
trap cleanup EXIT

user=admin
password=${REGISTRY_ADMIN_PASSWORD:-$(cat target/cluster/admin-password)}
token=$(curl -sf -u "$user:$password" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-$(date +%s)\",\"scope\":\"push\",\"expiresAt\":null}" "$balancer/api/tokens" | jq -r .secret)
collection=bench$(date +%s)

# shellcheck source=bench/library-push.sh
source bench/library-push.sh

mb_per_s() { python3 -c "import sys; print(round(int(sys.argv[1]) / ((int(sys.argv[3]) - int(sys.argv[2])) / 1e9) / 1e6))" "$@"; } # BYTES START END
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== images: ${pull_mib} MiB to pull, ${push_mib} MiB to push (made by the tests' image maker)"
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
curl -fsS -o /dev/null "${auth[@]}" -d "{\"name\":\"$collection\",\"entity\":\"$user\",\"private\":false}" \
  "$balancer/v1/collections"
bash registry-it/src/test/sif/make-sif.sh "$work/pull.sif" $((pull_mib << 20)) "cluster bench pull" >/dev/null
library_push "$balancer" "$token" "$collection" "$work/pull.sif" pulled
image_url=$(curl -sf "$balancer/api/container/$collection/pulled:latest" | jq -r .image)
image_path=${image_url#http://127.0.0.1:*/}

pull_rate() { # base -> MB/s of $pulls concurrent downloads
  local base=$1 start end
  start=$(date +%s%N)
  for _ in $(seq "$pulls"); do curl -sf -o /dev/null "$base/$image_path" & done
  wait
  end=$(date +%s%N)
  mb_per_s $((pulls * pull_mib << 20)) "$start" "$end"
}

push_rate() { # base round -> MB/s of one push of a fresh image
  local base=$1 round=$2 start end file="$work/push-$2.sif"
  bash registry-it/src/test/sif/make-sif.sh "$file" $((push_mib << 20)) "cluster bench push $round $base" >/dev/null
  start=$(date +%s%N)
  library_push "$base" "$token" "$collection" "$file" "pushed-$round-${base##*:}"
  end=$(date +%s%N)
  mb_per_s "$(stat -c %s "$file")" "$start" "$end"
  rm -f "$file"
}

lookup_rate() { # base -> req/s of anonymous library lookups, 32 connections
  wrk -t2 -c32 -d"${lookup_seconds}s" "$1/v1/images/$user/$collection/pulled:latest" | awk '/Requests\/sec/ {print int($2)}'
}

declare -A rows
for round in $(seq "$rounds"); do
  for target in balancer node1; do
    base=$([ "$target" = balancer ] && echo "$balancer" || echo "$node1")
    rows[pull-$target]+="$(pull_rate "$base") "
    rows[push-$target]+="$(push_rate "$base" "$round") "
    rows[lookup-$target]+="$(lookup_rate "$base") "
  done
done

row() { # label key unit
  local lb one
  lb=$(tr ' ' '\n' <<<"${rows[$2-balancer]}" | grep . | median)
  one=$(tr ' ' '\n' <<<"${rows[$2-node1]}" | grep . | median)
  printf '| %s | %s %s | %s %s | %s× |\n' "$1" "$lb" "$3" "$one" "$3" \
    "$(python3 -c "import sys; print(round(float(sys.argv[1]) / float(sys.argv[2]), 2))" "$lb" "$one")"
}

# Failover: one request every 20 ms through the balancer, node1 killed at second 5, 20 s in all.
echo "== failover: node1 killed during a stream of lookups through the balancer"
log="$work/failover.log"
(
  end=$(( $(date +%s%N) + 20000000000 ))
  while [ "$(date +%s%N)" -lt "$end" ]; do
    printf '%s %s\n' "$(date +%s%N)" \
      "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$balancer/v1/images/$user/$collection/pulled:latest")"
    sleep 0.02
  done
) > "$log" &
stream=$!
sleep 5
killed_at=$(date +%s%N)
./cluster.sh kill node1 >/dev/null
wait "$stream"
failover=$(awk -v k="$killed_at" '
  { n++ } $2 != 200 { f++; if (first == "") first = $1; last = $1 }
  END { if (f == 0) printf "%d requests, none failed", n;
        else printf "%d of %d requests failed, from %.2f s to %.2f s after the kill", f, n, (first - k) / 1e9, (last - k) / 1e9 }' "$log")

echo
echo "| ${rounds} rounds, medians | through HAProxy (2 nodes) | node1 alone | ratio |"
echo "|---|---|---|---|"
row "pull: $pulls × ${pull_mib} MiB at once" pull MB/s
row "push: one ${push_mib} MiB library push (curl, digest known)" push MB/s
row "anonymous library lookup, 32 connections" lookup req/s
echo
echo "Failover: $failover."
