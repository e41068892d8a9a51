#!/usr/bin/env bash
# Issue 23's figure: pushes and pulls through the object store, with downloads streamed by the server and redirected
# to the store, against the filesystem store, in ONE run. Three registries of this build run side by side on
# loopback, each at -Xmx$HEAP on H2 with its own ports, measured in turn (each round turns their order by one):
#
#   fs           REGISTRY_STORAGE=filesystem (the default): images in a directory
#   s3           REGISTRY_STORAGE=s3, REGISTRY_S3_REDIRECT=false: images in a bucket, downloads through the server
#   s3-redirect  the same with REGISTRY_S3_REDIRECT=true: downloads answered with a 307 to a presigned GET
#
# The store is S3Proxy (Maven Central) on loopback, its own bucket for each s3 system, on its file system backend
# (S3PROXY_BACKEND=filesystem; transient-nio2 keeps the objects in memory instead). Every push is a fresh image made
# before the clock starts, pushed by curl with its digest known (bench/library-push.sh): in one PUT, and as a
# multipart upload of 32 MiB parts. Then, once, a BIG_MIB image (4 GiB) is pushed to and pulled from each server,
# still at -Xmx$HEAP, and its pulled sha256 checked.
#
# Usage: bench/object-store.sh    ROUNDS=5 PUSH_MIB=256 PULL_MIB=512 CONC_N=8 CONC_MIB=128 BIG_MIB=4096 HEAP=512m
# Needs a build of this checkout (mvn -B package -DskipTests), curl, jq, siftool, squashfs-tools, and about
# (ROUNDS + 1) × 4 × PUSH_MIB + 3 × BIG_MIB of disk under BENCH_TMP (default /tmp). Takes /tmp/wildfly.lock like
# everything that starts WildFly; ports 8080/9990, 8180/10090, 8280/10190 and 10950.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_LOCKED:-}" ]; then
  exec env BENCH_LOCKED=1 flock /tmp/wildfly.lock "$0" "$@"
fi
scripts/require-packages.sh bench/object-store.sh curl jq siftool squashfs-tools
# shellcheck source=bench/side-by-side.sh
source bench/side-by-side.sh

rounds=${ROUNDS:-5}
push_mib=${PUSH_MIB:-256}
pull_mib=${PULL_MIB:-512}
conc_n=${CONC_N:-8}
conc_mib=${CONC_MIB:-128}
big_mib=${BIG_MIB:-4096}
heap=${HEAP:-512m}
backend=${S3PROXY_BACKEND:-filesystem}
s3_port=10950
user=bench
password="bench-pw-$(head -c 12 /dev/urandom | base64 | tr -d '+/=')"

s3proxy_version=$(sed -n 's:.*<version.s3proxy>\(.*\)</version.s3proxy>.*:\1:p' pom.xml)
s3proxy_jar=$HOME/.m2/repository/org/gaul/s3proxy/$s3proxy_version/s3proxy-$s3proxy_version-jar-with-dependencies.jar
[ -f "$s3proxy_jar" ] || mvn -B -q dependency:get -Dartifact="org.gaul:s3proxy:$s3proxy_version:jar:jar-with-dependencies" >&2

s3proxy_pid=
trap 'stop_servers; [ -z "$s3proxy_pid" ] || kill "$s3proxy_pid"; rm -rf "$work"' EXIT
systems=(fs s3 s3-redirect)
s3_keys="REGISTRY_S3_ENDPOINT=http://127.0.0.1:$s3_port REGISTRY_S3_ACCESS_KEY=bench REGISTRY_S3_SECRET_KEY=bench-secret"
checkout=([fs]="$PWD" [s3]="$PWD" [s3-redirect]="$PWD")
offset=([fs]=0 [s3]=100 [s3-redirect]=200)
environment=(
  [s3]="REGISTRY_STORAGE=s3 REGISTRY_S3_BUCKET=stream REGISTRY_S3_REDIRECT=false $s3_keys"
  [s3-redirect]="REGISTRY_STORAGE=s3 REGISTRY_S3_BUCKET=redirect REGISTRY_S3_REDIRECT=true $s3_keys")

log "S3Proxy $s3proxy_version on 127.0.0.1:$s3_port ($backend)"
mkdir -p "$work/s3"
cat > "$work/s3proxy.properties" <<PROPERTIES
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=$backend
jclouds.filesystem.basedir=$work/s3
PROPERTIES
java -Xmx"${S3PROXY_HEAP:-2g}" -jar "$s3proxy_jar" --properties "$work/s3proxy.properties" > "$work/s3proxy.log" 2>&1 &
s3proxy_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$s3_port/"; do
  kill -0 "$s3proxy_pid" 2>/dev/null || { cat "$work/s3proxy.log" >&2; exit 1; }
  sleep 0.2
done

# shellcheck source=bench/library-push.sh
source bench/library-push.sh
declare -A token
make_image() { bash registry-it/src/test/sif/make-sif.sh "$1" $(($2 << 20)) "$3" >/dev/null; }  # FILE MIB LABEL

log "making the images to pull: $pull_mib MiB, $conc_mib MiB"
make_image "$work/pull.sif" "$pull_mib" "object store pull"
make_image "$work/conc.sif" "$conc_mib" "object store concurrent"
log "starting ${systems[*]} (-Xmx$heap, H2 each)"
for system in "${systems[@]}"; do start "$system"; done
for system in "${systems[@]}"; do
  wait_up "$system"
  base=$(base_url "$system")
  token[$system]=$(curl -fsS -u "$user:$password" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scope":"push","expiresAt":null}' "$base/api/tokens" | jq -er .secret)
  curl -fsS -o /dev/null -H "Authorization: Bearer ${token[$system]}" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench\",\"entity\":\"$user\",\"private\":false}" "$base/v1/collections"
  for image in pull conc; do library_push "$base" "${token[$system]}" bench "$work/$image.sif" "$image"; done
done
log "loaded; a warm-up round, then $rounds rounds"

samples=$work/samples.tsv
: > "$samples"
sample() { [ "$round" = 0 ] || printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$samples"; }  # KEY SYSTEM VALUE; round 0 warms up

push() {  # SYSTEM single|multipart NAME: MiB/s of a fresh image's push, create to tag
  local file=$work/push-$3.sif start parts=
  make_image "$file" "$push_mib" "object store push $3"
  if [ "$2" = multipart ]; then
    parts=$work/parts-$3
    mkdir "$parts" && split -b 32M -d -a 4 "$file" "$parts/part-"
  fi
  start=$(date +%s%N)
  library_push "$(base_url "$1")" "${token[$1]}" bench "$file" "$3" $parts
  mib_per_s "$(stat -c %s "$file")" $(($(date +%s%N) - start))
  rm -rf "$file" $parts
}

pull_one() {  # SYSTEM IMAGE: MiB/s of one stream, the redirects followed
  curl -fsS -L -o /dev/null -w '%{size_download} %{time_total}' "$(base_url "$1")/v1/imagefile/$user/bench/$2:latest" \
    | python3 -c 'import sys; s, t = sys.stdin.read().split(); print(f"{float(s) / 1048576 / float(t):.1f}")'
}

pull_many() {  # SYSTEM: aggregate MiB/s of conc_n pulls at once
  local start streams=()
  start=$(date +%s%N)
  for _ in $(seq "$conc_n"); do
    curl -fsS -L -o /dev/null "$(base_url "$1")/v1/imagefile/$user/bench/conc:latest" &
    streams+=($!)
  done
  wait "${streams[@]}"
  mib_per_s $((conc_n * $(stat -c %s "$work/conc.sif"))) $(($(date +%s%N) - start))
}

for round in $(seq 0 "$rounds"); do
  log "round $round"
  for i in "${!systems[@]}"; do
    system=${systems[$(((i + round) % ${#systems[@]}))]}
    sample push-single "$system" "$(push "$system" single "single-$round")"
    sample push-multipart "$system" "$(push "$system" multipart "multipart-$round")"
    sample pull-one "$system" "$(pull_one "$system" pull)"
    sample pull-many "$system" "$(pull_many "$system")"
  done
done

# A redirected pull must have reached the store, and a streamed one not.
redirect_code() { curl -s -o /dev/null -w '%{http_code}' "$(curl -s -o /dev/null -w '%{redirect_url}' \
  "$(base_url "$1")/v1/imagefile/$user/bench/pull:latest")"; }
[ "$(redirect_code s3-redirect)" = 307 ] || { echo "object-store.sh: s3-redirect did not redirect to the store" >&2; exit 1; }
[ "$(redirect_code s3)" = 200 ] || { echo "object-store.sh: s3 did not stream the image" >&2; exit 1; }

log "the big image: $big_mib MiB, pushed and pulled once on each server at -Xmx$heap"
make_image "$work/big.sif" "$big_mib" "object store big"
big_sha=$(sha256sum "$work/big.sif" | cut -d' ' -f1)
round=big
for system in "${systems[@]}"; do
  start=$(date +%s%N)
  library_push "$(base_url "$system")" "${token[$system]}" bench "$work/big.sif" big
  printf '%s\t%s\t%s\n' push-big "$system" "$(mib_per_s "$(stat -c %s "$work/big.sif")" $(($(date +%s%N) - start)))" >> "$samples"
  start=$(date +%s%N)
  pulled=$(curl -fsS -L "$(base_url "$system")/v1/imagefile/$user/bench/big:latest" | sha256sum | cut -d' ' -f1)
  [ "$pulled" = "$big_sha" ] || { echo "object-store.sh: $system pulled the big image wrong" >&2; exit 1; }
  printf '%s\t%s\t%s\n' pull-big "$system" "$(mib_per_s "$(stat -c %s "$work/big.sif")" $(($(date +%s%N) - start)))" >> "$samples"
done
rm -f "$work/big.sif"

results=bench/results/$(date -u +%F)-object-store
cp "$samples" "$results.tsv"
python3 - "$samples" "$rounds" "$heap" "$backend" "$push_mib" "$pull_mib" "$conc_n" "$conc_mib" "$big_mib" <<'TABLE' | tee "$results.md"
import statistics, sys
from collections import defaultdict
path, rounds, heap, backend, push, pull, conc_n, conc, big = sys.argv[1:]
values = defaultdict(list)
for line in open(path):
    key, system, value = line.rstrip("\n").split("\t")
    values[key, system].append(float(value))
rows = [
    ("push-single", f"push of {push} MiB in one PUT, digest known (create to tag)"),
    ("push-multipart", f"push of {push} MiB in 32 MiB parts, digest known"),
    ("pull-one", f"pull of {pull} MiB, one stream (303, and the 307 where redirected, followed)"),
    ("pull-many", f"{conc_n} concurrent pulls of {conc} MiB, aggregate"),
    ("push-big", f"push of {big} MiB in one PUT, once"),
    ("pull-big", f"pull of {big} MiB, once, sha256 checked"),
]
med = lambda key, system: statistics.median(values[key, system])
def cell(key, system):
    found = values[key, system]
    spread = f" ({min(found):,.0f}–{max(found):,.0f})" if len(found) > 1 else ""
    return f"{med(key, system):,.0f} MiB/s{spread}"
print(f"Servers at -Xmx{heap} on H2; the store S3Proxy ({backend}) on loopback; median (lowest–highest) of {rounds} rounds.")
print()
print("| | filesystem | S3, streamed | S3, redirected | S3 streamed / fs | S3 redirected / fs |")
print("|---|---|---|---|---|---|")
for key, label in rows:
    fs, s3, redirect = med(key, "fs"), med(key, "s3"), med(key, "s3-redirect")
    print(f"| {label} | {cell(key, 'fs')} | {cell(key, 's3')} | {cell(key, 's3-redirect')} "
          f"| {s3 / fs:.2f}× | {redirect / fs:.2f}× |")
TABLE
