#!/usr/bin/env bash
# Issue 24's soak: a mixed load for MINUTES against one registry of this build (-Xmx$HEAP, on H2 or, with DB=mariadb,
# on MariaDB), its server sampled every 10 s: heap in use after a full collection (jcmd GC.run, so that a leak is not
# hidden by when the collector last ran), live threads and open file descriptors (/proc), the datasource's open and
# in-use connections (WildFly's pool statistics on /prometheus), the image store's bytes on disk and the database's.
#
# The load (bench/soak.py, WORKERS threads): shub and library lookups, search, pages, library and oras:// pulls read
# to the end, library and oras:// pushes of a pool of POOL small SIFs (each deleted again, so the store stays the
# pool's size), and made-up API tokens. Every answer is checked.
#
# The run fails on any error of the load, or on a leak: after WARMUP seconds, the median of each series' last third
# against its first third; heap, threads and descriptors may grow by 10 % (at least 16 MiB, 8, 16), the connections
# in use by 4 and the image store by the pool's bytes. The warm-up outlasts the 10 minutes a session of a client
# without cookies lives (common.web.ProvisionalSessions), so the pages' sessions have come to their steady number.
# Plotted, not judged: the open connections (the pool opens more as the load's peaks need them, and keeps them) and
# the database, which grows by design (audit trail, download statistics). The heap's class histograms at the end of
# the warm-up and at the end are compared: the classes that grew most are listed, to say what a leak holds.
# Results: bench/results/<date>-soak{.md,.tsv,.png}.
#
# Usage: bench/soak.sh    MINUTES=30 WARMUP=660 WORKERS=8 POOL=6 HEAP=512m DB=h2
# Needs a build of this checkout (mvn -B package -DskipTests), curl, jq, python3 with matplotlib (Debian's
# python3-matplotlib), siftool, squashfs-tools, and MariaDB at 127.0.0.1:3306 for DB=mariadb (root without a password,
# as test.sh sets it up: the database registry_soak is made afresh). Takes /tmp/wildfly.lock; ports 8080 and 9990.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_LOCKED:-}" ]; then
  exec env BENCH_LOCKED=1 flock /tmp/wildfly.lock "$0" "$@"
fi
scripts/require-packages.sh bench/soak.sh curl jq python3 python3-matplotlib siftool squashfs-tools
# shellcheck source=bench/side-by-side.sh
source bench/side-by-side.sh

minutes=${MINUTES:-30}
warmup=${WARMUP:-660}
workers=${WORKERS:-8}
pool_size=${POOL:-6}
heap=${HEAP:-512m}
db=${DB:-h2}
user=soak
password="soak-pw-$(head -c 12 /dev/urandom | base64 | tr -d '+/=')"


# shellcheck source=bench/library-push.sh
source bench/library-push.sh
trap 'stop_servers; rm -rf "$work"' EXIT
checkout=([registry]="$PWD")
offset=([registry]=0)
case "$db" in
  h2) database_bytes() { stat -c %s "$work/registry/data/registry/registry.mv.db"; } ;;
  mariadb)
    scripts/mariadb-database.sh registry_soak | mysql -h127.0.0.1 -P3306 -uroot
    environment=([registry]="REGISTRY_DB_DRIVER=mariadb REGISTRY_DB_URL=jdbc:mariadb://127.0.0.1:3306/registry_soak
      REGISTRY_DB_USER=registry REGISTRY_DB_PASSWORD=registry")
    database_bytes() {
      mysql -h127.0.0.1 -P3306 -uroot -N -e "SELECT SUM(data_length + index_length) FROM information_schema.tables
        WHERE table_schema = 'registry_soak'"
    } ;;
  *) echo "soak.sh: DB is h2 or mariadb, not '$db'" >&2; exit 1 ;;
esac
base=$(base_url registry)

log "making the images: one of 8 MiB to pull, $pool_size of 1-2 MiB to push"
mkdir "$work/pool"
bash registry-it/src/test/sif/make-sif.sh "$work/pulled.sif" $((8 << 20)) "soak pull" >/dev/null
for i in $(seq "$pool_size"); do
  bash registry-it/src/test/sif/make-sif.sh "$work/pool/$i.sif" $(((1 << 20) + i * (1 << 17))) "soak push $i" >/dev/null
done

log "starting the registry (-Xmx$heap, $db)"
start registry
wait_up registry
token=$(curl -fsS -u "$user:$password" -H 'Content-Type: application/json' \
  -d '{"name":"soak","scope":"push","expiresAt":null}' "$base/api/tokens" | jq -er .secret)
curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"name\":\"public\",\"entity\":\"$user\",\"private\":false}" "$base/v1/collections"
library_push "$base" "$token" public "$work/pulled.sif" pulled
server=$(pgrep -f "jboss-modules.jar.*-Djboss.server.base.dir=$work/registry")

samples=$work/samples.tsv
printf 'seconds\theap_mib\tthreads\tfds\tdb_open\tdb_in_use\tstore_mib\tdatabase_mib\n' > "$samples"
pool_metric() {  # NAME: a datasources pool statistic of RegistryDS on WildFly's Prometheus endpoint
  awk -v name="$1" 'index($0, name) == 1 && /RegistryDS/ {print $NF; exit}' "$work/prometheus"
}
sample() {  # SECONDS
  local heap_kib
  jcmd "$server" GC.run >/dev/null
  heap_kib=$(jcmd "$server" GC.heap_info | awk '/ used / {sub(/K,?/, "", $(NF - 2)); print $(NF - 2); exit}')
  curl -fsS -o "$work/prometheus" http://127.0.0.1:9990/prometheus
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$((heap_kib / 1024))" \
    "$(awk '/^Threads:/ {print $2}' "/proc/$server/status")" "$(find "/proc/$server/fd" -mindepth 1 | wc -l)" \
    "$(pool_metric datasources_pool_active_count)" "$(pool_metric datasources_pool_in_use_count)" \
    "$(($(du -sb "$work/registry/data/registry/images" | cut -f1) >> 20))" "$(($(database_bytes) >> 20))" >> "$samples"
}

log "soaking for $minutes minutes: $workers workers"
python3 bench/soak.py 127.0.0.1 8080 "$user" "$token" public $((minutes * 60)) "$workers" "$work/pool" \
  > "$work/load.out" 2> >(tee "$work/load.err" >&2) &
load=$!
started=$SECONDS
while kill -0 "$load" 2>/dev/null; do
  next=$((SECONDS + 10))
  sample $((SECONDS - started))
  if (( SECONDS - started >= warmup )) && [ ! -e "$work/histogram-warm" ]; then
    jcmd "$server" GC.class_histogram > "$work/histogram-warm"
  fi
  sleep $((next > SECONDS ? next - SECONDS : 0))
done
load_failed=0
wait "$load" || load_failed=1
sample $((SECONDS - started))
jcmd "$server" GC.class_histogram > "$work/histogram-end"
[ -e "$work/histogram-warm" ] || cp "$work/histogram-end" "$work/histogram-warm"

results=bench/results/$(date -u +%F)-soak
cp "$samples" "$results.tsv"
/usr/bin/python3 - "$samples" "$work/load.out" "$results" "$warmup" "$minutes" "$workers" "$heap" "$db" \
  "$(du -cb "$work"/pool/*.sif | tail -1 | cut -f1)" "$load_failed" "$work/histogram-warm" "$work/histogram-end" \
  <<'REPORT' | tee "$results.md"
import re, statistics, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

samples, load_out, results, warmup, minutes, workers, heap, db, pool_bytes, load_failed, warm, end = sys.argv[1:]
warmup, pool_mib, load_failed = int(warmup), int(pool_bytes) / 1048576, load_failed == "1"
rows = [line.rstrip("\n").split("\t") for line in open(samples)]
header, rows = rows[0], [[float(v) if v else float("nan") for v in row] for row in rows[1:]]
series = {name: [row[i] for row in rows] for i, name in enumerate(header)}
seconds = series.pop("seconds")
titles = {"heap_mib": "heap after full GC (MiB)", "threads": "live threads", "fds": "open file descriptors",
          "db_open": "database connections open", "db_in_use": "database connections in use",
          "store_mib": "image store (MiB)", "database_mib": "database (MiB)"}
allowed = {"heap_mib": lambda v: max(0.10 * v, 16), "threads": lambda v: max(0.10 * v, 8),
           "fds": lambda v: max(0.10 * v, 16), "db_in_use": lambda v: 4, "store_mib": lambda v: pool_mib}

print(f"{minutes} minutes, {workers} workers, -Xmx{heap}, {db}; samples every 10 s, judged after {warmup} s.\n")
print("| operation | count | errors |\n|---|---|---|")
errors = 0
for line in open(load_out):
    kind, count, failed = line.split()
    errors += int(failed)
    print(f"| {kind} | {count} | {failed} |")
print("\n| series | min | max | median, first third | median, last third | growth | allowed | |")
print("|---|---|---|---|---|---|---|---|")
leaks = []
judged = [i for i, s in enumerate(seconds) if s >= warmup]
third = max(1, len(judged) // 3)
for name, values in series.items():
    kept = [values[i] for i in judged if values[i] == values[i]]
    first, last = statistics.median(kept[:third]), statistics.median(kept[-third:])
    limit = allowed[name](first) if name in allowed else None
    verdict = "" if limit is None else ("flat" if last - first <= limit else "LEAK")
    if verdict == "LEAK":
        leaks.append(name)
    print(f"| {titles[name]} | {min(kept):g} | {max(kept):g} | {first:g} | {last:g} | {last - first:+g} | "
          f"{'not judged' if limit is None else f'{limit:g}'} | {verdict} |")

def histogram(path):  # class name: bytes, from jcmd GC.class_histogram
    rows = (re.match(r"\s*\d+:\s+\d+\s+(\d+)\s+(\S+)", line) for line in open(path))
    return {row.group(2): int(row.group(1)) for row in rows if row}

before, after = histogram(warm), histogram(end)
growth = sorted(((after.get(name, 0) - before.get(name, 0), name) for name in after.keys() | before.keys()),
                reverse=True)[:10]
print("\nThe heap's classes that grew most from the end of the warm-up to the end (jcmd GC.class_histogram):\n")
print("| class | KiB, end of warm-up | KiB, end | growth (KiB) |\n|---|---|---|---|")
for grown, name in growth:
    print(f"| `{name}` | {before.get(name, 0) >> 10} | {after.get(name, 0) >> 10} | {grown >> 10:+} |")

figure, axes = plt.subplots(len(series), 1, figsize=(9, 2 * len(series)), sharex=True)
for axis, (name, values) in zip(axes, series.items()):
    axis.plot([s / 60 for s in seconds], values, linewidth=1)
    axis.axvline(warmup / 60, color="grey", linestyle=":")
    axis.set_ylabel(titles[name], fontsize=8)
    axis.set_ylim(bottom=0)
axes[-1].set_xlabel("minutes (dotted: end of warm-up)")
figure.tight_layout()
figure.savefig(results + ".png", dpi=80)
print(f"\nThe curves: {results.split('/')[-1]}.png. "
      f"Verdict: {'PASS' if not errors and not leaks and not load_failed else 'FAIL'}"
      f"{f' (leaks: {leaks})' if leaks else ''}{f' ({errors} errors)' if errors else ''}.")
sys.exit(1 if errors or leaks or load_failed else 0)
REPORT
