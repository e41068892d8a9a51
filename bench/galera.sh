#!/usr/bin/env bash
# Issue 21's database without a single point of failure, run: ./cluster.sh's two WildFly nodes on the three MariaDB
# Galera nodes of scripts/galera.sh through Connector/J's sequential mode (every WildFly node writes to Galera node1
# while it lives, then to node2), streams of library pushes (each one push after the other) through the load
# balancer, and Galera
# node1 killed (kill -9) in the middle: how long pushes fail, whether every push that succeeded can be pulled, and
# whether the three Galera nodes hold the same rows once node1 is back.
#
#   bench/galera.sh                 BEFORE_KILL=10 AFTER_KILL=50 (seconds) STREAMS=2 PUSH_KIB=64
#
# Starts the Galera nodes when they do not run (and stops them at the end if it started them); takes
# /tmp/wildfly.lock only while WildFly runs. Needs what ./cluster.sh and scripts/galera.sh need, and curl, jq,
# siftool and squashfs-tools (the tests' image maker).
set -euo pipefail
cd "$(dirname "$0")/.."

readonly url=jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/registry_cluster
before_kill=${BEFORE_KILL:-10}
after_kill=${AFTER_KILL:-50}
streams=${STREAMS:-2}
push_kib=${PUSH_KIB:-64}
balancer=http://127.0.0.1:${REGISTRY_CLUSTER_PORT:-8080}

# How many connections of the registry's user each Galera node holds: where the WildFly nodes' pools point.
connections() {
  local node
  for node in node1 node2 node3; do
    printf '%s %s  ' "$node" "$(mysql -uroot --socket="target/galera/$node/mysqld.sock" -N -B \
      -e "SELECT COUNT(*) FROM information_schema.processlist WHERE user = 'registry'" 2>/dev/null || echo down)"
  done
  echo
}

# Rows of TABLE on Galera node2 and node3 (node1 is down by then), WHERE a condition.
rows() {
  local node
  for node in node2 node3; do
    printf '%s %s  ' "$node" "$(mysql -uroot --socket="target/galera/$node/mysqld.sock" -N -B registry_cluster \
      -e "SELECT COUNT(*) FROM $1 WHERE $2")"
  done
}

# Until the header reader has read the tag's image (its job runs after the push, on either node).
wait_until_parsed() {
  local status
  for _ in $(seq 120); do
    status=$(curl -fsS "$balancer/api/container/$1" | jq -r .metadata.parseStatus)
    [ "$status" != PENDING ] && return 0
    sleep 0.5
  done
  echo "bench/galera.sh: $1 was not parsed within 60 s" >&2
  return 1
}

# The registry's writes to the three tables EclipseLink makes without a primary key, through the load balancer,
# counted on the Galera nodes that replicate them: a web sign-in (user_sign_in_roles), a signed image (its
# signatures in container_signatures), then an unsigned image on the same tag (the signatures deleted).
tables_without_primary_key() {
  local jar="$work/cookies" password=$1 collection=$2 container signed
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "$balancer/account/index.xhtml"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode j_username=admin --data-urlencode "j_password=$password" \
    "$balancer/j_security_check"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "$balancer/account/index.xhtml"
  echo "   a web sign-in as admin: its roles in user_sign_in_roles: $(rows user_sign_in_roles \
    "user_id = (SELECT id FROM user_accounts WHERE username = 'admin')")"
  container=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"signed\",\"collection\":\"$collection\"}" "$balancer/v1/containers" | jq -er .data.id)
  library_push_image "$balancer" "$token" "$container" registry-batch/src/test/resources/sif/one-group-signed.sif
  wait_until_parsed "$collection/signed:latest"
  signed="container_id = (SELECT c.id FROM containers c JOIN collections k ON k.id = c.collection_id
    WHERE k.name = '$collection' AND c.name = 'signed' AND c.tag = 'latest')"
  echo "   a signed image pushed: its rows in container_signatures: $(rows container_signatures "$signed")"
  bash registry-it/src/test/sif/make-sif.sh "$work/unsigned.sif" 4096 "galera unsigned" >/dev/null
  library_push_image "$balancer" "$token" "$container" "$work/unsigned.sif"
  wait_until_parsed "$collection/signed:latest"
  echo "   an unsigned image on the same tag: rows left: $(rows container_signatures "$signed")"
}

# The part that runs WildFly, under the lock: the cluster on Galera, the push stream, the kill, the pulls.
measure() {
  local work log password collection stream pids=() killed_at image name sha pulled=0 visible_failed=0 i file start end
  work=$(mktemp -d "${BENCH_TMP:-/tmp}/galera-bench.XXXXXX")
  log="$work/pushes.log"
  # (Not `status | grep -q`: grep's early exit would fail the pipeline under pipefail.)
  if [[ $(./cluster.sh status) == *process* ]]; then
    echo "bench/galera.sh: a cluster runs already; ./cluster.sh down first" >&2
    exit 1
  fi
  trap "./cluster.sh down; rm -rf '$work'" EXIT
  REGISTRY_CLUSTER_DB_URL=$url ./cluster.sh up

  password=${REGISTRY_ADMIN_PASSWORD:-$(cat target/cluster/admin-password)}
  token=$(curl -fsS -u "admin:$password" -H 'Content-Type: application/json' \
    -d "{\"name\":\"galera-$(date +%s)\",\"scope\":\"push\",\"expiresAt\":null}" "$balancer/api/tokens" | jq -r .secret)
  collection=galera$(date +%s)
  # A collection for each stream: two pushes into one collection at once can deadlock in InnoDB on any MariaDB
  # (both lock the collection's row, for the foreign key, then update it), which is not what is measured here.
  for stream in $(seq "$streams"); do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"name\":\"$collection-$stream\",\"entity\":\"admin\",\"private\":false}" "$balancer/v1/collections"
  done
  echo "== the registry's connections before the kill: $(connections)"

  # Each stream pushes one fresh image after the other: "START END ok|failed COLLECTION/NAME SHA256 [curl's message]"
  # a push.
  for stream in $(seq "$streams"); do
    (
      i=0
      end=$(( $(date +%s%N) + (before_kill + after_kill) * 1000000000 ))
      while [ "$(date +%s%N)" -lt "$end" ]; do
        i=$((i + 1))
        file="$work/push-$stream-$i.sif"
        bash registry-it/src/test/sif/make-sif.sh "$file" $((push_kib << 10)) "galera $stream $i" >/dev/null
        sha=$(sha256sum "$file" | cut -d' ' -f1)
        start=$(date +%s%N)
        if library_push "$balancer" "$token" "$collection-$stream" "$file" "push$i" 2>"$work/error-$stream"; then
          echo "$start $(date +%s%N) ok $collection-$stream/push$i $sha"
        else
          echo "$start $(date +%s%N) failed $collection-$stream/push$i $sha $(tr '\n' ' ' < "$work/error-$stream")"
        fi
        rm -f "$file"
      done
    ) > "$work/stream-$stream.log" &
    pids+=($!)
  done
  sleep "$before_kill"
  killed_at=$(date +%s%N)
  scripts/galera.sh kill node1
  wait "${pids[@]}"
  sort -n "$work"/stream-*.log > "$log"
  echo "== the registry's connections after the kill: $(connections)"

  echo "== pulling every image whose push succeeded, and looking for those whose push failed"
  while read -r _ _ result name sha _; do
    if [ "$result" = ok ]; then
      image=$(curl -fsS "$balancer/api/container/$name:latest" | jq -r .image)
      [ "$(curl -fsS "$image" | sha256sum | cut -d' ' -f1)" = "$sha" ] && pulled=$((pulled + 1))
    elif curl -fs -o /dev/null "$balancer/api/container/$name:latest"; then
      visible_failed=$((visible_failed + 1))
    fi
  done < "$log"

  echo "== the tables without a primary key, written by the registry after the kill"
  tables_without_primary_key "$password" "$collection-1"

  echo
  grep failed "$log" | sed 's/^/   /' || true
  awk -v k="$killed_at" -v pulled="$pulled" -v visible="$visible_failed" -v before_s="$before_kill" -v after_s="$after_kill" \
    -v streams="$streams" '
    { n++; d = ($2 - $1) / 1e9 }
    $1 < k { before++; sum_before += d }
    $1 >= k && $3 == "ok" && first_ok_after == "" { first_ok_after = ($2 - k) / 1e9 }
    $3 == "failed" { f++; if (first == "") first = ($1 - k) / 1e9; last = ($2 - k) / 1e9 }
    $2 >= k && d > longest { longest = d }
    END {
      printf "%d pushes of one image each in %d streams for %d s, Galera node1 killed at second %d; a push took %.2f s on average before.\n",
        n, streams, before_s + after_s, before_s, sum_before / before
      if (f == 0) printf "No push failed; the longest push in flight at or after the kill took %.2f s.\n", longest
      else printf "%d failed, from %.2f s to %.2f s after the kill; the longest push in flight at or after the kill took %.2f s.\n",
        f, first, last, longest
      printf "The first push that started after the kill succeeded %.2f s after it.\n", first_ok_after
      printf "Pulled back byte for byte: %d of the %d that succeeded; of those that failed, %d show anyway.\n",
        pulled, n - f, visible
    }' "$log"
}

if [ "${1:-}" = --locked ]; then
  # shellcheck source=bench/library-push.sh
  source bench/library-push.sh
  measure
  exit 0
fi

scripts/require-packages.sh bench/galera.sh curl jq siftool squashfs-tools
started=no
if [[ $(scripts/galera.sh status) != *"node1  process"* ]]; then
  scripts/galera.sh start
  started=yes
fi
measured=0
flock /tmp/wildfly.lock "$0" --locked || measured=$?

echo "== Galera node1 back: it rejoins and catches up"
scripts/galera.sh start
for node in node1 node2 node3; do
  printf '%s  ' "$node"
  mysql -uroot --socket="target/galera/$node/mysqld.sock" -N -B registry_cluster \
    -e "CHECKSUM TABLE containers, images, user_accounts, user_sign_in_roles, container_signatures" | awk '{printf "%s %s  ", $1, $2}'
  echo
done
if [ "$started" = yes ]; then scripts/galera.sh stop; fi
exit "$measured"
