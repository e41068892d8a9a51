#!/usr/bin/env bash
# The race of issue 8: the registry against nginx (the practical limit, sendfile on and off) and Debian's
# docker-registry (the peer), all on loopback, loaded with identical SIF data and measured in ONE run with the systems
# interleaved. Prints one table (best and median over REPEATS, ratios registry/limit and registry/peer) and writes it
# to bench/results/<date>.md (<date>-quick.md in quick mode). See bench/README.md.
#
# Usage: bench/race.sh            full mode: 1 GiB pull, 16×128 MiB, 512 MiB push, 4 GiB push, 100,000 containers
#        QUICK=1 bench/race.sh    a few minutes: 128 MiB pull, 4×32 MiB, 64 MiB push, 256 MiB push, 2,000 containers
#        ONLY=oci bench/race.sh   only some parts of the race (comma-separated): pulls push lookups oci labels pages
#        DB=mariadb bench/race.sh the registry on MariaDB (DB=h2, the default; DB=both runs the race on each in turn)
# Sizes and counts: PULL_MB CONC_N CONC_MB PUSH_MB BIG_MB SEED_CONTAINERS SEED_PER_COLLECTION REPEATS LABEL_REPEATS
# BIG_REPEATS PAGE_REQUESTS PAGE_SLOW_MS WRK_SECONDS WRK_CONNECTIONS WARM_PULLS; HEAP (the registry's -Xmx, 512m);
# BENCH_TMP (where the images go, default TMPDIR or /tmp; full mode needs ~15 GiB there); KEEP_WORK=1 keeps it.
# Needs: a build (mvn -B package -DskipTests; never install), nginx-light, docker-registry, wrk, and what the
# integration tests need (golang-go golang-github-apptainer-container-library-client-dev siftool squashfs-tools).
# The registry starts from wildfly-config/target with a server base directory of its own under the work directory
# (H2 there, or the MariaDB database registry_bench, recreated), so it never touches what ./run.sh serves; it holds
# /tmp/wildfly.lock all along, like every WildFly here.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_LOCKED:-}" ]; then
  BENCH_LOCKED=1 exec flock /tmp/wildfly.lock "$PWD/bench/race.sh" "$@"
fi

DB=${DB:-h2}
case "$DB" in
  h2 | mariadb) ;;
  both)  # one race per database, each with its own table and results file, under the one lock
    [ "${HOLD:-0}" = 1 ] && { echo "race.sh: HOLD=1 holds one database: DB=h2 or DB=mariadb" >&2; exit 1; }
    DB=h2 "$PWD/bench/race.sh" "$@"
    exec env DB=mariadb "$PWD/bench/race.sh" "$@" ;;
  *) echo "race.sh: DB is h2, mariadb or both, not '$DB'" >&2; exit 1 ;;
esac

mode() { if [ "${QUICK:-0}" = 1 ]; then echo "$1"; else echo "$2"; fi; }
PULL_MB=${PULL_MB:-$(mode 128 1024)}
CONC_N=${CONC_N:-$(mode 4 16)}
CONC_MB=${CONC_MB:-$(mode 32 128)}
WARM_PULLS=${WARM_PULLS:-800}
PUSH_MB=${PUSH_MB:-$(mode 64 512)}
BIG_MB=${BIG_MB:-$(mode 256 4096)}
SEED_CONTAINERS=${SEED_CONTAINERS:-$(mode 2000 100000)}
SEED_PER_COLLECTION=${SEED_PER_COLLECTION:-100}
REPEATS=${REPEATS:-$(mode 3 5)}
LABEL_REPEATS=${LABEL_REPEATS:-$(mode 10 20)}
BIG_REPEATS=${BIG_REPEATS:-2}
PAGE_REQUESTS=${PAGE_REQUESTS:-$(mode 20 50)}
PAGE_SLOW_MS=${PAGE_SLOW_MS:-5000}
WRK_SECONDS=${WRK_SECONDS:-$(mode 5 10)}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
HEAP=${HEAP:-512m}
SEARCH_VALUE=${SEARCH_VALUE:-image-00042}
BROAD_SEARCH_VALUE=${BROAD_SEARCH_VALUE:-image}  # a text that every seeded name contains
PARTS="pulls push lookups oci labels pages"
ONLY=${ONLY:-}
for part in ${ONLY//,/ }; do
  [[ " $PARTS " == *" $part "* ]] || { echo "race.sh: ONLY takes some of: $PARTS (comma-separated)" >&2; exit 1; }
done
runs() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }  # PART: whether this run measures it

REG=http://127.0.0.1:8080
NGINX_SENDFILE=http://127.0.0.1:8081
NGINX_COPY=http://127.0.0.1:8082
NGINX_DAV=http://127.0.0.1:8083
DOCKER=http://127.0.0.1:5000
MiB=$((1024 * 1024))

for tool in nginx docker-registry wrk siftool mksquashfs go jstat curl python3 $([ "$DB" = mariadb ] && echo mysql); do
  command -v "$tool" >/dev/null || { echo "race.sh: '$tool' not found (see bench/README.md)" >&2; exit 1; }
done
server=$(ls -d wildfly-config/target/wildfly-*/ 2>/dev/null | head -n 1)
server=${server%/}
ear=registry-ear/target/registry.ear
if [ -z "$server" ] || [ ! -f "$ear" ]; then
  echo "race.sh: build first: mvn -B package -DskipTests" >&2
  exit 1
fi
for port in 8080 8081 8082 8083 5000 9990; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "race.sh: port $port is in use" >&2
    exit 1
  fi
done

WORK=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/race.XXXXXX")
RESULTS=$WORK/samples.tsv
: > "$RESULTS"
nginx_pid= docker_pid= registry_pid= registry_job= heap_sampler=
cleanup() {
  for pid in $heap_sampler $registry_pid $nginx_pid $docker_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'echo "race.sh: line $LINENO failed (exit $?)" >&2' ERR
trap 'echo "race.sh: stopped by a signal" >&2; exit 143' TERM INT

log() { echo "[$(date -u +%T)] $*" >&2; }
now_ns() { date +%s%N; }
sample() { [ "${r:-}" = 0 ] || printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$RESULTS"; }  # round 0 warms up
mib_per_s() { python3 -c "print(f'{$1 / $MiB / ($2 / 1e9):.2f}')"; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
make_sif() { bash registry-it/src/test/sif/make-sif.sh "$1" $(($2 * MiB)) "$3" >/dev/null; }

# ---- the registry ---------------------------------------------------------------------------------------------------
BASE=$WORK/registry-server
USER_NAME=bench
USER_PASSWORD="bench-pw-$(head -c 12 /dev/urandom | base64 | tr -d '+/=')"
mkdir -p "$BASE/deployments"
cp -a "$server/standalone/configuration" "$BASE/"
rm -rf "$BASE/configuration/standalone_xml_history"
"$server/bin/add-user.sh" -a -s -u "$USER_NAME" -p "$USER_PASSWORD" -g user -sc "$BASE/configuration" >/dev/null
cp "$ear" "$BASE/deployments/registry.ear"

# The database: datasource.cli's RegistryDS reads REGISTRY_DB_* from the environment the server starts in, as in the
# MariaDB test run; the seeder writes the same database over JDBC.
if [ "$DB" = mariadb ]; then
  MARIADB_DATABASE=${MARIADB_DATABASE:-registry_bench}
  log "recreating the MariaDB database $MARIADB_DATABASE (root at 127.0.0.1:3306)"
  scripts/mariadb-database.sh "$MARIADB_DATABASE" | mysql -h127.0.0.1 -P3306 -uroot
  export REGISTRY_DB_DRIVER=mariadb REGISTRY_DB_URL=jdbc:mariadb://127.0.0.1:3306/$MARIADB_DATABASE \
    REGISTRY_DB_USER=registry REGISTRY_DB_PASSWORD=registry
  jdbc_driver=$server/modules/org/mariadb/jdbc/main/mariadb-java-client.jar
  db_name="MariaDB $(mysql -h127.0.0.1 -P3306 -uroot -N -e 'SELECT VERSION()' | cut -d- -f1)"
else
  unset REGISTRY_DB_DRIVER REGISTRY_DB_URL REGISTRY_DB_USER REGISTRY_DB_PASSWORD  # the server's own H2 file
  REGISTRY_DB_URL="jdbc:h2:$BASE/data/registry/registry;MODE=LEGACY" REGISTRY_DB_USER=sa REGISTRY_DB_PASSWORD=sa
  jdbc_driver=$(ls "$server"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
  db_name=H2
fi

start_registry() {
  log "starting the registry (-Xmx$HEAP, $db_name)"
  REGISTRY_BASE_URL=$REG JBOSS_BASE_DIR=$BASE JBOSS_JAVA_SIZING="-Xms64m -Xmx$HEAP" \
    bash "$server/bin/registry-server.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 >> "$WORK/registry.out" 2>&1 &
  registry_job=$!
  local started
  started=$(now_ns)
  until curl -fsS -o /dev/null "$REG/version" 2>/dev/null; do
    if [ -e "$BASE/deployments/registry.ear.failed" ] || [ $(( $(ms_since "$started") )) -gt 300000 ]; then
      echo "race.sh: the registry did not come up; see $BASE/log/server.log" >&2
      KEEP_WORK=1
      registry_pid=$(pgrep -f "jboss-modules.jar.*-Djboss.server.base.dir=$BASE" | head -n 1)  # for cleanup
      exit 1
    fi
    sleep 1
  done
  registry_pid=$(pgrep -f "jboss-modules.jar.*-Djboss.server.base.dir=$BASE" | head -n 1)
  log "registry up (pid $registry_pid) after $(( $(ms_since "$started") / 1000 )) s"
}

stop_registry() {
  kill "$registry_pid"
  while kill -0 "$registry_pid" 2>/dev/null; do sleep 0.5; done
  registry_pid=
  wait "$registry_job" 2>/dev/null || true
}

(cd bench/apptainer-push && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$WORK/gocache" GOFLAGS= GOPROXY=off \
  CGO_ENABLED=0 go build -o "$WORK/apptainer-push" .)
(cd bench/oci-push && GO111MODULE=off GOCACHE="$WORK/gocache" GOFLAGS= GOPROXY=off CGO_ENABLED=0 \
  go build -o "$WORK/oci-push" .)
push_registry() {  # FILE NAME [COLLECTION]; leaves "<ms hashing> <ms after>" in $WORK/push.times
  "$WORK/apptainer-push" "$REG" "$TOKEN" "$1" "$USER_NAME/${3:-bench}/$2" latest > "$WORK/push.times"
}
shub() { echo "$REG/api/container/bench/$1:latest"; }
parse_status() {
  curl -fsS -H "Authorization: Bearer $TOKEN" "$(shub "$1")" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["metadata"]["parseStatus"])'
}
wait_parsed() {  # NAME: polls until the registry shows the labels read from the image
  while curl -fsS -H "Authorization: Bearer $TOKEN" "$(shub "$1")" | grep -q '"parseStatus":"PENDING"'; do
    sleep 0.01
  done
}

# ---- nginx and docker-registry --------------------------------------------------------------------------------------
WWW=$WORK/www
mkdir -p "$WWW" "$WORK/nginx" "$WORK/docker" "$WORK/dav"
cat > "$WORK/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  default_type application/octet-stream;
  client_body_temp_path $WORK/nginx/body;
  server { listen 127.0.0.1:8081; root $WWW; sendfile on; tcp_nopush on; }
  server { listen 127.0.0.1:8082; root $WWW; sendfile off; }
  # WebDAV PUT, the push's limit: the body to a temporary file, renamed into place; no hash, no fsync
  server { listen 127.0.0.1:8083; root $WORK/dav; dav_methods PUT; client_max_body_size 0; }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!

cat > "$WORK/docker/config.yml" <<CONF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $WORK/docker/storage
  cache:
    blobdescriptor: inmemory
http:
  addr: 127.0.0.1:5000
CONF
docker-registry serve "$WORK/docker/config.yml" > "$WORK/docker/out.log" 2>&1 &
docker_pid=$!

docker_blob() {  # REPO FILE [DIGEST]: a monolithic upload (POST, then PUT with the digest), hashing first if needed
  local digest=${3:-} location
  [ -n "$digest" ] || digest=$(sha256_of "$2")
  location=$(curl -fsS -o /dev/null -D - -X POST "$DOCKER/v2/$1/blobs/uploads/" \
    | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  case "$location" in http*) ;; *) location=$DOCKER$location ;; esac
  curl -fsS -o /dev/null -H 'Content-Type: application/octet-stream' -T "$2" \
    "$location&digest=$digest"
  echo "$digest"
}
sha256_of() { echo "sha256:$(sha256sum "$1" | cut -d' ' -f1)"; }
docker_push() {  # FILE NAME [DIGEST]: the image as a blob, a config and an OCI manifest tagged latest
  local layer config size
  layer=$(docker_blob "bench/$2" "$1" "${3:-}")
  size=$(stat -c %s "$1")
  echo '{"architecture":"amd64","os":"linux"}' > "$WORK/docker/config.json"
  config=$(docker_blob "bench/$2" "$WORK/docker/config.json")
  cat > "$WORK/docker/manifest.json" <<JSON
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
 "config":{"mediaType":"application/vnd.sylabs.sif.config.v1+json","digest":"$config","size":$(stat -c %s "$WORK/docker/config.json")},
 "layers":[{"mediaType":"application/vnd.sylabs.sif.layer.v1.sif","digest":"$layer","size":$size}]}
JSON
  curl -fsS -o /dev/null -X PUT -H 'Content-Type: application/vnd.oci.image.manifest.v1+json' \
    --data-binary "@$WORK/docker/manifest.json" "$DOCKER/v2/bench/$2/manifests/latest"
  echo "$layer"
}

# ---- heap samples ---------------------------------------------------------------------------------------------------
heap_start() { jstat -gc "$registry_pid" 200 > "$WORK/jstat.txt" 2>/dev/null & heap_sampler=$!; }
heap_stop() {  # LABEL: the peak of the heap in use and of the old generation while the sampler ran
  kill "$heap_sampler"; wait "$heap_sampler" 2>/dev/null || true
  read -r used old < <(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > mu) mu = u;
                       if ($col["OU"] > mo) mo = $col["OU"] }
    END { printf "%.1f %.1f\n", mu / 1024, mo / 1024 }' "$WORK/jstat.txt")
  if [ "$used" = 0.0 ]; then return; fi  # over before the first sample (200 ms)
  sample heap "heap in use, peak, during $1" registry "$used"
  sample heap "old generation, peak, during $1" registry "$old"
}

# ---- load ---------------------------------------------------------------------------------------------------------
start_registry
TOKEN=$(curl -fsS -u "$USER_NAME:$USER_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"bench","scope":"push","expiresAt":null}' "$REG/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')

log "seeding $SEED_CONTAINERS containers (a template pushed through the API, copied in SQL while the server is down)"
make_sif "$WORK/template.sif" 1 template
push_registry "$WORK/template.sif" image template
while curl -fsS -H "Authorization: Bearer $TOKEN" "$REG/api/container/template/image:latest" \
    | grep -q '"parseStatus":"PENDING"'; do sleep 0.1; done
stop_registry
java -cp "$jdbc_driver" bench/Seed.java "$REGISTRY_DB_URL" "$REGISTRY_DB_USER" "$REGISTRY_DB_PASSWORD" template \
  $(( SEED_CONTAINERS / SEED_PER_COLLECTION )) "$SEED_PER_COLLECTION" >&2
start_registry

log "loading identical images into the three systems"
make_sif "$WORK/pull.sif" "$PULL_MB" pull
make_sif "$WORK/conc.sif" "$CONC_MB" concurrent
make_sif "$WORK/meta.sif" 1 metadata
for name in pull conc meta; do
  push_registry "$WORK/$name.sif" "$name"
  docker_push "$WORK/$name.sif" "$name" > "$WORK/$name.digest"
  mv "$WORK/$name.sif" "$WWW/$name.sif"
done
wait_parsed meta
curl -fsS "$(shub meta)" > "$WWW/meta.json" \
  || { echo "race.sh: the bench collection must be public (anonymous shub manifest failed)" >&2; exit 1; }

# oras://: the same images are the blobs of bench/<name> on both (a SIF's blob digest is its sha256), the registry's
# manifests built for images that came through library://. Public content pulls without any token.
OCI_ACCEPT='Accept: application/vnd.oci.image.manifest.v1+json'
oci_token() {  # USER:PASSWORD|"" SCOPE...: a token from /v2/token, as an OCI client gets one after the challenge
  local user=$1 scopes=()
  shift
  for scope in "$@"; do scopes+=(--data-urlencode "scope=$scope"); done
  curl -fsS ${user:+-u "$user"} -G --data-urlencode "service=127.0.0.1:8080" "${scopes[@]}" "$REG/v2/token" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
curl -fsS -o /dev/null -I "$REG/v2/bench/pull/blobs/$(cat "$WORK/pull.digest")" \
  && curl -fsS -o /dev/null -H "$OCI_ACCEPT" "$REG/v2/bench/meta/manifests/latest" \
  || { echo "race.sh: anonymous oras:// pulls of the public bench collection failed" >&2; exit 1; }

if [ "${HOLD:-0}" = 1 ]; then  # for profiling: the three stay up, loaded, until this script is stopped
  log "loaded; holding: registry $REG (token $TOKEN, pid $registry_pid), nginx $NGINX_SENDFILE $NGINX_COPY, docker $DOCKER"
  log "oras://: $REG/v2/bench/meta/manifests/latest, $REG/v2/bench/pull/blobs/$(cat "$WORK/pull.digest");" \
    "push: $WORK/oci-push -user $USER_NAME:$TOKEN $REG bench/NAME TAG FILE DIGEST"
  [ -z "${HOLD_ENV:-}" ] || printf 'WORK=%s\nREGISTRY_PID=%s\nTOKEN=%s\nUSER_NAME=%s\n' \
    "$WORK" "$registry_pid" "$TOKEN" "$USER_NAME" > "$HOLD_ENV"  # for bench/load.sh
  while :; do sleep 1; done  # short, so that a TERM stops it at once
fi

pull_url() {  # SYSTEM NAME
  case "$1" in
    registry) echo "$REG/v1/imagefile/$USER_NAME/bench/$2:latest" ;;
    registry-shub) curl -fsS "$(shub "$2")" | python3 -c 'import json, sys; print(json.load(sys.stdin)["image"])' ;;
    nginx-sendfile) echo "$NGINX_SENDFILE/$2.sif" ;;
    nginx-copy) echo "$NGINX_COPY/$2.sif" ;;
    docker-registry) echo "$DOCKER/v2/bench/$2/blobs/$(cat "$WORK/$2.digest")" ;;
    registry-oci) echo "$REG/v2/bench/$2/blobs/$(cat "$WORK/$2.digest")" ;;
  esac
}
# Each repeat turns the order of the systems by one, so none always goes first or last.
SYSTEMS=(registry nginx-sendfile nginx-copy docker-registry)
turn() { local r=$1; for i in "${!SYSTEMS[@]}"; do echo "${SYSTEMS[$(( (i + r) % ${#SYSTEMS[@]} ))]}"; done; }
rotate() {  # R SYSTEM...: the systems turned by R
  local r=$1
  shift
  local all=("$@")
  for i in "${!all[@]}"; do echo "${all[$(( (i + r) % ${#all[@]} ))]}"; done
}

# The registry's pulls two ways, both counted: library://, its 303 followed to the signed URL, and the signed URL of a
# shub manifest fetched directly
pull_row() {  # SYSTEM: the table's system of its pull samples
  case "$1" in
    registry) echo "registry:library, 303" ;;
    registry-shub) echo "registry:signed URL, direct" ;;
    *) echo "$1" ;;
  esac
}
pull_once() {  # SYSTEM NAME [CURL ARGUMENTS...]: MiB/s of one stream
  local out
  out=$(curl -fsS -L -o /dev/null -w '%{size_download} %{time_total}' "${@:3}" "$(pull_url "$1" "$2")")
  python3 -c "s, t = '$out'.split(); print(f'{float(s) / $MiB / float(t):.2f}')"
}
pull_concurrent() {  # SYSTEM NAME [CURL ARGUMENTS...]: aggregate MiB/s of CONC_N streams at once
  local start pids=() url
  url=$(pull_url "$1" "$2")
  start=$(now_ns)
  for _ in $(seq "$CONC_N"); do curl -fsS -L -o /dev/null "${@:3}" "$url" & pids+=($!); done
  wait "${pids[@]}"
  mib_per_s $(( CONC_N * $(stat -c %s "$WWW/$2.sif") )) $(( $(now_ns) - start ))
}

lookups() {  # KEY LABEL SYSTEM URL [WRK ARGUMENTS...]: wrk for WRK_SECONDS; samples KEY_rps and KEY_p99
  local out
  out=$(wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --latency "${@:5}" "$4")
  if grep -q 'Non-2xx' <<<"$out"; then echo "race.sh: $3 answered errors to $4" >&2; echo "$out" >&2; exit 1; fi
  sample "$1_rps" "$2, requests/s ($WRK_CONNECTIONS connections)" "$3" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  sample "$1_p99" "$2, p99 latency" "$3" "$(awk '$1 == "99%" {
    v = $2; if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else print v * 1000 }' <<<"$out")"
}

# The pushes of issue 20 with the client's hashing out of the timing: clients that already know their digests.
# shellcheck source=bench/library-push.sh
source bench/library-push.sh  # library_upload_parts; its library_push is replaced by this script's, below
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }  # NAME: a string field of the JSON on stdin
library_push() {  # FILE NAME DIGEST single|multipart [PARTS_DIR]: create, upload (signed URLs), complete, tag
  local file=$1 name=$2 version=sha256.${3#sha256:} size image upload
  local auth=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
  size=$(stat -c %s "$file")
  curl -fsS -o /dev/null "${auth[@]}" -d "{\"name\":\"$name\",\"collection\":\"bench\"}" "$REG/v1/containers"
  image=$(curl -fsS "${auth[@]}" -d "{\"hash\":\"$version\",\"container\":\"bench.$name\"}" "$REG/v1/images" \
    | json_field id)
  if [ "$4" = single ]; then
    upload=$(curl -fsS "${auth[@]}" -d "{\"filesize\":$size,\"sha256sum\":\"${version#sha256.}\"}" \
      "$REG/v2/imagefile/$image" | json_field uploadURL | sed 's/\\u0026/\&/g')
    curl -fsS -o /dev/null -T "$file" "$upload"
    curl -fsS -o /dev/null "${auth[@]}" -X PUT "$REG/v2/imagefile/$image/_complete"
  else
    library_upload_parts "$REG" "$TOKEN" "$image" "$5"  # split before the clock started
  fi
  curl -fsS -o /dev/null "${auth[@]}" -d "{\"Tag\":\"latest\",\"ImageID\":\"$image\"}" "$REG/v1/tags/bench.$name"
}
oci_blob_push() {  # FILE NAME DIGEST put|patch: POST, then PUT with the body, or one PATCH and an empty PUT
  local token location auth
  token=$(oci_token "$USER_NAME:$TOKEN" "repository:bench/$2:push,pull")
  auth=(-H "Authorization: Bearer $token")
  location=$(curl -fsS -o /dev/null -D - "${auth[@]}" -X POST "$REG/v2/bench/$2/blobs/uploads/" \
    | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  if [ "$4" = patch ]; then
    location=$(curl -fsS -o /dev/null -D - "${auth[@]}" -X PATCH -H 'Content-Type: application/octet-stream' \
      -T "$1" "$REG$location" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
    curl -fsS -o /dev/null "${auth[@]}" -X PUT "$REG$location?digest=$3"
  else
    curl -fsS -o /dev/null "${auth[@]}" -H 'Content-Type: application/octet-stream' -T "$1" "$REG$location?digest=$3"
  fi
}
dav_put() { curl -fsS -o /dev/null -T "$1" "$NGINX_DAV/$2.sif"; }  # FILE NAME
# Before a timed push, what earlier steps left in the page cache goes to the disk, untimed: docker-registry and nginx
# do not fsync, and their writes, and the image just made, would otherwise be written back during the next system's
# push (on 2026-12-07 a 512 MiB oras:// push that followed docker-registry's took 1.2-1.3 s, one that did not 0.8-0.9).
settle() { sync; }
timed_push() {  # KEY LABEL SYSTEM SIZE COMMAND...: samples the MiB/s of the command
  local start
  settle
  start=$(now_ns)
  "${@:5}" >/dev/null
  sample "$1" "$2" "$3" "$(mib_per_s "$4" $(( $(now_ns) - start )))"
}

# ---- the race -------------------------------------------------------------------------------------------------------
# Round 0 sends every system the requests of a round and records nothing: the registry's JVM compiles its hot paths
# during its first requests (a cold 128 MiB pull ran at half of docker-registry's speed, a warm one at its speed),
# while nginx and docker-registry are native code, and a registry in production runs warm.
round() { if [ "$r" = 0 ]; then echo "warm-up"; else echo "repeat $r/$REPEATS"; fi; }
# Round 0 is a few pulls, and the paths of a pull and its count take about a thousand to compile: on 2026-12-06 four
# concurrent counted pulls ran 35-40 % faster after 800 pulls than over the first 80, while the compilations per 80
# pulls fell from ~1,800 to ~170. So the registry first serves WARM_PULLS counted pulls of the 1 MiB image, four at a
# time, half through library:// (its 303 followed) and half through oras://.
if runs pulls || runs oci; then
  log "warm-up: $WARM_PULLS pulls of the registry"
  for _ in $(seq $(( WARM_PULLS / 2 ))); do pull_url registry meta; pull_url registry-oci meta; done \
    | xargs -r -P 4 -n 1 curl -fsS -L -o /dev/null
fi
for r in $(seq 0 "$REPEATS"); do
  if runs pulls; then
    log "$(round): pulls"
    for system in $(rotate "$r" registry registry-shub nginx-sendfile nginx-copy docker-registry); do
      sample pull1 "single-stream pull, $PULL_MB MiB" "$(pull_row "$system")" "$(pull_once "$system" pull)"
    done
    for system in $(rotate "$r" registry registry-shub nginx-sendfile nginx-copy docker-registry); do
      sample pullN "$CONC_N concurrent pulls of $CONC_MB MiB, aggregate" "$(pull_row "$system")" \
        "$(pull_concurrent "$system" conc)"
    done
  fi

  if runs push; then
    log "$(round): push"
    make_sif "$WORK/push.sif" "$PUSH_MB" "push-$r"
    size=$(stat -c %s "$WORK/push.sif")
    for system in $( ((r % 2)) && echo registry docker-registry || echo docker-registry registry); do
      [ "$r$system" = 1registry ] && heap_start
      settle
      start=$(now_ns)
      if [ "$system" = registry ]; then
        push_registry "$WORK/push.sif" "push-$r"
        read -r hash_ms rest_ms < "$WORK/push.times"
      else
        digest=$(sha256_of "$WORK/push.sif")
        hash_ms=$(ms_since "$start")
        docker_push "$WORK/push.sif" "push-$r" "$digest" >/dev/null
      fi
      elapsed=$(( $(now_ns) - start ))
      [ "$system" = registry ] || rest_ms=$(( elapsed / 1000000 - hash_ms ))
      sample push "push of $PUSH_MB MiB (client hashes, server verifies)" "$system" "$(mib_per_s "$size" "$elapsed")"
      sample push_hash "push of $PUSH_MB MiB: the client's hashing before it sends (Apptainer: md5 and sha256; sha256sum)" \
        "$system" "$hash_ms"
      sample push_rest "push of $PUSH_MB MiB: after the client's hashing (upload, server's verification)" "$system" \
        "$(mib_per_s "$size" $(( rest_ms * 1000000 )))"
      [ "$r$system" = 1registry ] && heap_stop "a $PUSH_MB MiB push"
    done
    rm -f "$WORK/push.sif"

    # Clients that know the digest already: only the upload is timed. Each system gets an image of its own, so that
    # none is one the registry stores already (it would skip the upload).
    push_label="push of $PUSH_MB MiB, digest known (library: create, upload, complete, tag; docker: blob, config, manifest)"
    blob_label="blob upload of $PUSH_MB MiB, digest known (POST, then PUT with the body, or PATCH and an empty PUT)"
    for system in $(rotate "$r" library:single library:multipart oci:put oci:patch docker:push docker:blob nginx-dav); do
      name=known-$r-${system/:/-}
      make_sif "$WORK/push.sif" "$PUSH_MB" "$name"
      size=$(stat -c %s "$WORK/push.sif")
      digest=$(sha256_of "$WORK/push.sif")
      if [ "$system" = library:multipart ]; then  # at the registry's part size (ImageStore.DEFAULT_PART_SIZE)
        rm -rf "$WORK/parts" && mkdir "$WORK/parts" && split -b 32M -d -a 4 "$WORK/push.sif" "$WORK/parts/part-"
      fi
      case "$system" in
        library:*) timed_push push_known "$push_label" "registry:${system#*:}" "$size" \
                     library_push "$WORK/push.sif" "$name" "$digest" "${system#*:}" "$WORK/parts" ;;
        oci:*) timed_push push_known "$blob_label" "registry:oci-${system#*:}" "$size" \
                 oci_blob_push "$WORK/push.sif" "$name" "$digest" "${system#*:}" ;;
        docker:push) timed_push push_known "$push_label" docker-registry "$size" docker_push "$WORK/push.sif" "$name" "$digest" ;;
        docker:blob) timed_push push_known "$blob_label" docker-registry "$size" \
                       docker_blob "bench/$name" "$WORK/push.sif" "$digest" ;;
        nginx-dav) timed_push push_known "$push_label" nginx-dav "$size" dav_put "$WORK/push.sif" "$name"
                   tail -n 1 "$RESULTS" | sed "s|$push_label|$blob_label|" >> "$RESULTS"  # the same PUT, both rows
                   rm -f "$WORK/dav/$name.sif" ;;
      esac
    done
    rm -rf "$WORK/push.sif" "$WORK/parts"
  fi

  if runs lookups; then
    if [ "$r" = 0 ]; then  # the token row's image: in a private collection, so the token is what shows it
      curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"name\":\"private\",\"entity\":\"$USER_NAME\",\"private\":true}" "$REG/v1/collections"
      push_registry "$WWW/meta.sif" meta private
      while curl -fsS -H "Authorization: Bearer $TOKEN" "$REG/api/container/private/meta:latest" \
          | grep -q '"parseStatus":"PENDING"'; do sleep 0.01; done
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$REG/v1/images/$USER_NAME/private/meta:latest")" = 404 ] \
        || { echo "race.sh: the private collection's image answered an anonymous lookup" >&2; exit 1; }
    fi
    log "$(round): metadata lookups (wrk, $WRK_SECONDS s each)"
    for system in $(turn "$r") registry:v1images registry:v1images-token; do
      case "$system" in
        registry) lookups meta "metadata lookup" registry:shub "$(shub meta)" ;;
        registry:v1images) lookups meta "metadata lookup" "$system" "$REG/v1/images/$USER_NAME/bench/meta:latest" ;;
        registry:v1images-token) lookups meta "metadata lookup" "$system" \
                                   "$REG/v1/images/$USER_NAME/private/meta:latest" -H "Authorization: Bearer $TOKEN" ;;
        nginx-sendfile) lookups meta "metadata lookup" "$system" "$NGINX_SENDFILE/meta.json" ;;
        nginx-copy) lookups meta "metadata lookup" "$system" "$NGINX_COPY/meta.json" ;;
        docker-registry) lookups meta "metadata lookup" "$system" "$DOCKER/v2/bench/meta/manifests/latest" \
                           -H "$OCI_ACCEPT" ;;
      esac
    done
  fi

  if runs oci; then
    # oras://, both sides as an OCI client: the registry anonymously (public content needs no token; a client after
    # the challenge carries an anonymous pull token, its own row for manifests), docker-registry without auth
    log "$(round): oras:// pulls"
    pull_token=$(oci_token "" repository:bench/pull:pull repository:bench/conc:pull)
    for system in $(rotate "$r" registry-oci docker-registry); do
      args=()
      [ "$system" = registry-oci ] && args=(-H "Authorization: Bearer $pull_token")
      sample oci_pull1 "oras:// blob pull, single stream, $PULL_MB MiB" "${system%-oci}" \
        "$(pull_once "$system" pull "${args[@]}")"
    done
    for system in $(rotate "$r" registry-oci docker-registry); do
      args=()
      [ "$system" = registry-oci ] && args=(-H "Authorization: Bearer $pull_token")
      sample oci_pullN "oras:// blob pulls, $CONC_N concurrent of $CONC_MB MiB, aggregate" "${system%-oci}" \
        "$(pull_concurrent "$system" conc "${args[@]}")"
    done

    log "$(round): oras:// push"
    make_sif "$WORK/oci-push.sif" "$PUSH_MB" "oci-push-$r"
    size=$(stat -c %s "$WORK/oci-push.sif")
    digest=$(sha256_of "$WORK/oci-push.sif")  # the digest is given: the client's hashing is not timed
    for system in $(rotate "$r" registry docker-registry); do
      settle
      if [ "$system" = registry ]; then
        ms=$("$WORK/oci-push" -user "$USER_NAME:$TOKEN" "$REG" "bench/oci-push-$r" latest "$WORK/oci-push.sif" "$digest")
        wait_parsed "oci-push-$r"  # not timed: so that reading the image does not run under the next push
      else
        ms=$("$WORK/oci-push" "$DOCKER" "bench/oci-push-$r" latest "$WORK/oci-push.sif" "$digest")
      fi
      sample oci_push "oras:// push of $PUSH_MB MiB, digest given (token, POST, PUT with the body, manifest)" \
        "$system" "$(mib_per_s "$size" $(( ms * 1000000 )))"
    done
    rm -f "$WORK/oci-push.sif"

    log "$(round): oras:// manifest GETs (wrk, $WRK_SECONDS s each)"
    meta_token=$(oci_token "" repository:bench/meta:pull)
    for system in $(rotate "$r" registry:anonymous docker-registry registry:token); do
      case "$system" in
        registry:anonymous) lookups oci_meta "oras:// manifest GET" "$system" "$REG/v2/bench/meta/manifests/latest" \
                              -H "$OCI_ACCEPT" ;;
        registry:token) lookups oci_meta "oras:// manifest GET" "$system" "$REG/v2/bench/meta/manifests/latest" \
                          -H "$OCI_ACCEPT" -H "Authorization: Bearer $meta_token" ;;
        docker-registry) lookups oci_meta "oras:// manifest GET" "$system" "$DOCKER/v2/bench/meta/manifests/latest" \
                           -H "$OCI_ACCEPT" ;;
      esac
    done
  fi
done

if runs labels; then
  log "push → labels visible, 1 MiB × $LABEL_REPEATS"
  for r in $(seq "$LABEL_REPEATS"); do
    make_sif "$WORK/small.sif" 1 "small-$r"
    [ "$r" = 1 ] && heap_start
    push_registry "$WORK/small.sif" "small-$r"
    pushed=$(now_ns)
    wait_parsed "small-$r"
    sample labels "push → labels visible, 1 MiB" registry "$(ms_since "$pushed")"
    [ "$r" = 1 ] && heap_stop "a 1 MiB push"
  done
  rm -f "$WORK/small.sif"

  log "push → labels visible and heap, $BIG_MB MiB × $BIG_REPEATS"
  for r in $(seq "$BIG_REPEATS"); do
    make_sif "$WORK/big.sif" "$BIG_MB" "big-$r"
    heap_start
    push_registry "$WORK/big.sif" "big-$r"
    pushed=$(now_ns)
    wait_parsed "big-$r"
    sample labels "push → labels visible, $BIG_MB MiB" registry "$(ms_since "$pushed")"
    heap_stop "a $BIG_MB MiB push"
    rm -f "$WORK/big.sif"
    heap_start
    curl -fsS -L -o /dev/null -H "Authorization: Bearer $TOKEN" "$REG/v1/imagefile/$USER_NAME/bench/big-$r:latest"
    heap_stop "a $BIG_MB MiB pull"
  done
  heap_start
  pull_once registry pull >/dev/null
  heap_stop "a $PULL_MB MiB pull"
fi

if runs pages; then
  # The pages of issue 20, signed out, on names in the middle of the seed. Each is timed PAGE_REQUESTS times after
  # 3 warm-ups; the collections table's sorting is its own ajax request (PrimeFaces' sort, as a browser sends it)
  # against a view opened once per column.
  middle=$(( SEED_CONTAINERS / SEED_PER_COLLECTION / 2 + 1 ))
  seed_collection=$(printf 'seed-%05d' "$middle")
  seed_container=$seed_collection/$(printf 'image-%07d' $(( (middle - 1) * SEED_PER_COLLECTION + 1 ))):latest
  PAGES=(
    "home|/"
    "collections page|/collections/index.xhtml"
    "collections page, public only|/collections/index.xhtml?privacy=PUBLIC"
    "collections page, searched|/collections/index.xhtml?q=${seed_collection%??}"
    "a collection|/collections/collection.xhtml?name=$seed_collection"
    "a container|/containers/container.xhtml?ref=$seed_container"
    "labels|/labels/index.xhtml"
    "a label|/labels/label.xhtml?key=org.bench.group"
    "a label value|/labels/label.xhtml?key=org.bench.group&value=group-42"
    "topics|/topics/index.xhtml"
    "a topic|/topics/topic.xhtml?name=topic-0042"
    "sizes|/stats/sizes.xhtml"
    "stars|/stats/stars.xhtml"
    "downloads (30 days)|/stats/downloads.xhtml"
    "downloads (a year)|/stats/downloads.xhtml?days=365"
    "/v1/search?value=$SEARCH_VALUE|/v1/search?value=$SEARCH_VALUE"
    "/v1/search?value=$BROAD_SEARCH_VALUE|/v1/search?value=$BROAD_SEARCH_VALUE"
    "shub manifest|/api/container/$seed_container"
    "/v1/images|/v1/images/$USER_NAME/$seed_container"
  )
  log "pages with $SEED_CONTAINERS containers seeded, $PAGE_REQUESTS requests each"
  ms_of() { python3 -c 'import sys; print(f"{float(sys.stdin.read()) * 1000:.1f}")'; }
  timed_get() { curl -fsS -o /dev/null -w '%{time_total}' "$REG$1" | ms_of; }
  repeats_after() {  # MS: PAGE_REQUESTS, or 3 for a page whose warm-up took over PAGE_SLOW_MS (its p95 is its worst)
    if python3 -c "import sys; sys.exit(0 if $1 > $PAGE_SLOW_MS else 1)"; then echo 3; else echo "$PAGE_REQUESTS"; fi
  }
  # One request to every page first: they share the Faces rendering, whose JIT warm-up the first page measured paid
  # alone (home: 110-405 ms by median in four runs of 2026-12-05, 28 ms on the same held server afterwards)
  for page in "${PAGES[@]}"; do timed_get "${page#*|}" > /dev/null; done
  for page in "${PAGES[@]}"; do
    warm=0
    for _ in 1 2 3; do
      warm=$(timed_get "${page#*|}")
      [ "$(repeats_after "$warm")" = 3 ] && break
    done
    for _ in $(seq "$(repeats_after "$warm")"); do
      sample page "${page%%|*} ($SEED_CONTAINERS containers)" registry "$(timed_get "${page#*|}")"
    done
  done

  sorted_post() {  # COLUMN DIRECTION: opens the collections page (not timed), then times the ajax request that sorts
    # its table, with the view's state and its CSP nonce as PrimeFaces' script sends them; prints ms
    curl -fsS -c "$WORK/cookies" -o "$WORK/collections.html" "$REG/collections/index.xhtml"
    local view_state nonce column
    view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/collections.html" | head -n 1 \
      | sed 's/.*value="\([^"]*\)"/\1/')
    nonce=$(grep -o 'nonce="[^"]*"' "$WORK/collections.html" | head -n 1 | cut -d'"' -f2)
    # the sortable headers in the page's order: name, stars, downloads, updated
    column=$(grep -o '<th id="collections:table:[^"]*"[^>]*ui-sortable-column' "$WORK/collections.html" \
      | cut -d'"' -f2 | sed -n "$(tr ' ' '\n' <<<"name stars downloads updated" | grep -n "^$1\$" | cut -d: -f1)p")
    local ms
    ms=$(curl -fsS -o "$WORK/sorted.xml" -w '%{time_total}' -b "$WORK/cookies" -H 'Faces-Request: partial/ajax' \
      --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode 'jakarta.faces.source=collections:table' \
      --data-urlencode 'jakarta.faces.partial.execute=collections:table' \
      --data-urlencode 'jakarta.faces.partial.render=collections:table' \
      --data-urlencode 'collections:table_sorting=true' --data-urlencode 'collections:table_skipChildren=true' \
      --data-urlencode 'collections:table_encodeFeature=true' --data-urlencode "collections:table_sortKey=$column" \
      --data-urlencode "collections:table_sortDir=$2" --data-urlencode 'collections=collections' \
      --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$view_state" \
      "$REG/collections/index.xhtml" | ms_of)
    grep -q '<update id="collections:table"' "$WORK/sorted.xml" && ! grep -q '<error' "$WORK/sorted.xml" \
      || { echo "race.sh: sorting the collections table by $1 failed:" >&2; cat "$WORK/sorted.xml" >&2; return 1; }
    echo "$ms"
  }
  for sort in name:-1 stars:-1 downloads:-1 updated:-1; do
    for _ in 1 2 3; do warm=$(sorted_post "${sort%:*}" "${sort#*:}"); done
    for _ in $(seq "$(repeats_after "$warm")"); do
      ms=$(sorted_post "${sort%:*}" "${sort#*:}")
      sample page "collections page sorted by ${sort%:*}, descending ($SEED_CONTAINERS containers)" registry "$ms"
    done
  done
fi

# ---- the table ------------------------------------------------------------------------------------------------------
mkdir -p bench/results
run_mode=$(mode quick full)
out=bench/results/$(date -u +%F)$(mode -quick "")$([ "$DB" != mariadb ] || echo -mariadb)${ONLY:+-${ONLY//,/-}}.md
{
  echo "# Race of $(date -u +%F) on $db_name ($run_mode mode${ONLY:+, only $ONLY})"
  echo
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); registry -Xmx$HEAP on $db_name; nginx $(nginx -v 2>&1 | cut -d/ -f2);"
  echo "docker-registry $(docker-registry --version | awk '{print $3}'). REPEATS=$REPEATS, LABEL_REPEATS=$LABEL_REPEATS,"
  echo "BIG_REPEATS=$BIG_REPEATS, PAGE_REQUESTS=$PAGE_REQUESTS, wrk $WRK_SECONDS s × $WRK_CONNECTIONS connections."
  echo "Figures are best / median; ratios are of best / of median figures."
  echo
  python3 bench/table.py "$RESULTS"
} > "$out"
cp "$RESULTS" "${out%.md}.tsv"
cat "$out"
log "written to $out"
