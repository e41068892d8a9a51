#!/usr/bin/env bash
# The load test of issue 20: hundreds of library clients at once against the registry at -Xmx512m, driven by Gatling
# (bench/load/, a Maven project of its own). The registry comes up loaded and seeded through `HOLD=1 bench/race.sh`;
# this script adds test images of 1-64 MiB (public and private), runs the simulation while it samples the server's
# heap and threads, and writes Gatling's HTML report to bench/results/<date>-load[-<db>]/ and a summary to
# bench/results/<date>-load[-<db>].md. See bench/README.md.
#
# Usage: bench/load.sh              500 users for 120 s
#        QUICK=1 bench/load.sh      50 users for 30 s, 2,000 seeded containers
# PROFILE=1 records a JFR profile of the server during the run (left in the work directory, with KEEP_WORK=1).
# Knobs: USERS DURATION RAMP (s) THINK_MIN_MS THINK_MAX_MS (a user's pause between requests) MIX (percent of
# anonymous lookups, token lookups, pulls, pushes: 70,15,12,3) SIZES_MB (the test images) PUSH_FILES (distinct images
# the pushes cycle through) SEED_CONTAINERS; HEAP, DB and the rest go on to race.sh. KEEP_WORK=1 keeps the work dir.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_LOCKED:-}" ]; then  # the whole run holds the lock; race.sh, started below, then does not take it again
  BENCH_LOCKED=1 exec flock /tmp/wildfly.lock "$PWD/bench/load.sh" "$@"
fi
export BENCH_LOCKED

mode() { if [ "${QUICK:-0}" = 1 ]; then echo "$1"; else echo "$2"; fi; }
USERS=${USERS:-$(mode 50 500)}
DURATION=${DURATION:-$(mode 30 120)}
RAMP=${RAMP:-10}
THINK_MIN_MS=${THINK_MIN_MS:-500}
THINK_MAX_MS=${THINK_MAX_MS:-1500}
MIX=${MIX:-70,15,12,3}
SIZES_MB=${SIZES_MB:-1 2 4 8 16 32 64}
PUSH_FILES=${PUSH_FILES:-$(mode 20 400)}
export SEED_CONTAINERS=${SEED_CONTAINERS:-$(mode 2000 100000)}
export SEED_PER_COLLECTION=${SEED_PER_COLLECTION:-100}
export HEAP=${HEAP:-512m}
REG=http://127.0.0.1:8080
MiB=$((1024 * 1024))
command -v mvn >/dev/null || { echo "load.sh: mvn not found" >&2; exit 1; }

LOAD=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/load.XXXXXX")
race_pid= samplers=()
cleanup() {
  for pid in "${samplers[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$race_pid" ]; then kill "$race_pid" 2>/dev/null || true; wait "$race_pid" 2>/dev/null || true; fi
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "kept $LOAD" >&2; else rm -rf "$LOAD"; fi
}
trap cleanup EXIT
trap 'echo "load.sh: stopped by a signal" >&2; exit 143' TERM INT
log() { echo "[$(date -u +%T)] $*" >&2; }

# ---- the registry, loaded and seeded by race.sh, which keeps it up until it is stopped ------------------------------
log "starting the systems: HOLD=1 bench/race.sh (log: $LOAD/race.log)"
HOLD=1 HOLD_ENV=$LOAD/hold.env PULL_MB=1 CONC_MB=1 bench/race.sh > "$LOAD/race.log" 2>&1 &
race_pid=$!
until [ -s "$LOAD/hold.env" ]; do
  kill -0 "$race_pid" 2>/dev/null || { echo "load.sh: race.sh stopped:" >&2; tail -n 20 "$LOAD/race.log" >&2; exit 1; }
  sleep 2
done
# shellcheck disable=SC1091
. "$LOAD/hold.env"  # WORK REGISTRY_PID TOKEN USER_NAME
log "registry up (pid $REGISTRY_PID), $SEED_CONTAINERS containers seeded"

api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
for collection in load:false load-private:true; do
  api -o /dev/null -d "{\"name\":\"${collection%:*}\",\"entity\":\"$USER_NAME\",\"private\":${collection#*:}}" \
    "$REG/v1/collections"
done

log "test images of $SIZES_MB MiB, pushed once to $USER_NAME/load and $USER_NAME/load-private"
DATA=$LOAD/data
mkdir -p "$DATA/push"
echo "ref,private" > "$DATA/pulls.csv"
echo ref > "$DATA/private.csv"
for mb in $SIZES_MB; do
  bash registry-it/src/test/sif/make-sif.sh "$DATA/img-$mb.sif" $((mb * MiB)) "load-$mb" >/dev/null
  for collection in load load-private; do
    "$WORK/apptainer-push" "$REG" "$TOKEN" "$DATA/img-$mb.sif" "$USER_NAME/$collection/img-${mb}m" latest >/dev/null
  done
  echo "$USER_NAME/load/img-${mb}m:latest,false" >> "$DATA/pulls.csv"
  echo "$USER_NAME/load-private/img-${mb}m:latest,true" >> "$DATA/pulls.csv"
  echo "$USER_NAME/load-private/img-${mb}m:latest" >> "$DATA/private.csv"
done

# Anonymous lookups: a thousand of the seeded containers (public, race.sh's seeder names them so) and the images above.
{
  echo ref
  python3 -c "import random
n, per = $SEED_CONTAINERS, $SEED_PER_COLLECTION
for k in random.Random(20).sample(range(1, n + 1), min(n, 1000)):
    print(f'$USER_NAME/seed-{(k - 1) // per + 1:05d}/image-{k:07d}:latest')"
  for mb in $SIZES_MB; do echo "$USER_NAME/load/img-${mb}m:latest"; done
} > "$DATA/public.csv"
curl -fsS -o /dev/null "$REG/v1/images/$(sed -n 2p "$DATA/public.csv")" \
  || { echo "load.sh: an anonymous lookup of a seeded container failed" >&2; exit 1; }

# Pushes: distinct images, each a test image with 16 bytes of its payload changed (the SIF header stays valid), their
# digests taken now so that the client does no hashing during the run.
log "$PUSH_FILES images for the pushes"
echo "file,size,sha256,md5" > "$DATA/pushes.csv"
read -r -a sizes <<< "$SIZES_MB"
for i in $(seq "$PUSH_FILES"); do
  mb=${sizes[$(( i % ${#sizes[@]} ))]}
  file=$DATA/push/$i.sif
  cp "$DATA/img-$mb.sif" "$file"
  printf '%016d' "$i" | dd of="$file" bs=1 seek=$(( $(stat -c %s "$file") / 2 )) conv=notrunc status=none
  echo "$file,$(stat -c %s "$file"),$(sha256sum "$file" | cut -d' ' -f1),$(md5sum "$file" | cut -d' ' -f1)" \
    >> "$DATA/pushes.csv"
done

# ---- the run, with the server's heap and threads sampled ------------------------------------------------------------
# CPU time in clock ticks: the server's own (utime + stime), and the whole machine's busy and total
cpu_ticks() {
  echo "$(awk '{print $14 + $15}' "/proc/$REGISTRY_PID/stat") $(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9,
    $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)"
}
read -r server_0 busy_0 total_0 < <(cpu_ticks)
if [ "${PROFILE:-0}" = 1 ]; then jcmd "$REGISTRY_PID" JFR.start name=load settings=profile >/dev/null; fi
jstat -gc "$REGISTRY_PID" 1000 > "$LOAD/jstat.txt" 2>/dev/null &
samplers+=($!)
bash bench/load/threads.sh "$REGISTRY_PID" 5 > "$LOAD/threads.tsv" &
samplers+=($!)
server_log=$WORK/registry-server/log/server.log
log_lines=$(wc -l < "$server_log")

log "Gatling: $USERS users for $DURATION s (ramp $RAMP s, think $THINK_MIN_MS-$THINK_MAX_MS ms, mix $MIX)"
rc=0
(cd bench/load && mvn -B -q test-compile gatling:test -Dgatling.results="$LOAD/gatling" \
  -Dload.baseUrl="$REG" -Dload.token="$TOKEN" -Dload.data="$DATA" -Dload.pushCollection=load \
  -Dload.users="$USERS" -Dload.duration="$DURATION" -Dload.ramp="$RAMP" -Dload.thinkMinMs="$THINK_MIN_MS" \
  -Dload.thinkMaxMs="$THINK_MAX_MS" -Dload.mix="$MIX") > "$LOAD/gatling.out" 2>&1 || rc=$?
for pid in "${samplers[@]}"; do kill "$pid" 2>/dev/null || true; done
samplers=()
read -r server_1 busy_1 total_1 < <(cpu_ticks)
cpu=$(python3 -c "cores = $(nproc) / ($total_1 - $total_0)
print(f'CPU during the run: the server {($server_1 - $server_0) * cores:.2f} cores, the whole machine (Gatling, mvn,'
      f' the samplers and other users included) {($busy_1 - $busy_0) * cores:.2f} of $(nproc).')")
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$REGISTRY_PID" JFR.stop name=load filename="$LOAD/load.jfr" >/dev/null
  log "profile: $LOAD/load.jfr"
fi
tail -n +"$((log_lines + 1))" "$server_log" > "$LOAD/server-run.log"

# ---- the report -----------------------------------------------------------------------------------------------------
report=$(ls -d "$LOAD"/gatling/*/ 2>/dev/null | head -n 1)
[ -n "$report" ] || { echo "load.sh: Gatling wrote no report (exit $rc):" >&2; tail -n 40 "$LOAD/gatling.out" >&2; exit 1; }
name=$(date -u +%F)-load$(mode -quick "")${DB:+-$DB}
mkdir -p bench/results
rm -rf "bench/results/$name"
cp -r "$report" "bench/results/$name"
rm -f "bench/results/$name/simulation.log"
python3 bench/load/summary.py "bench/results/$name" "$LOAD/jstat.txt" "$LOAD/threads.tsv" "$LOAD/server-run.log" \
  "$LOAD/gatling.out" \
  "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; registry -Xmx$HEAP on ${DB:-h2}, $SEED_CONTAINERS containers seeded;
$USERS users for $DURATION s (ramp $RAMP s), think time $THINK_MIN_MS-$THINK_MAX_MS ms, mix $MIX (anonymous lookups,
token lookups, pulls, pushes); images of $SIZES_MB MiB; pushes cycle through $PUSH_FILES distinct images.
$cpu" \
  > "bench/results/$name.md"
cat "bench/results/$name.md"
log "written to bench/results/$name.md and bench/results/$name/ (Gatling exit $rc)"
exit "$rc"
