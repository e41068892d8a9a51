# Sourced by the bench scripts that compare registries side by side in one run (observability.sh, object-store.sh,
# stalled-clients.sh, soak.sh): each system a server of its own under $work/SYSTEM (its own H2 database and images),
# on its own ports, with the user $user. Sourced from the checkout's top, first thing: it stops the script if this
# checkout is not built, gives it log, and makes work, a fresh directory under BENCH_TMP named after the script. Set
# user, password and heap; then fill the maps
#
#   checkout[SYSTEM]     the checkout whose configured WildFly and EAR it runs
#   offset[SYSTEM]       its port offset: http on 8080 + offset, management on 9990 + offset
#   extra[SYSTEM]        server arguments (words)
#   environment[SYSTEM]  NAME=VALUE words for its environment, such as REGISTRY_STORAGE=s3
#
# and call start SYSTEM, then wait_up SYSTEM; stop_servers ends them all (the scripts' EXIT trap).
declare -A checkout offset extra environment

log() { echo "[$(date -u +%T)] $*" >&2; }
bench_name=$(basename "$0" .sh)
[ -f registry-ear/target/registry.ear ] \
  || { echo "$bench_name.sh: build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d "${BENCH_TMP:-/tmp}/$bench_name.XXXXXX")

home_of() { ls -d "$1"/wildfly-config/target/wildfly-*/ | head -n 1; }  # CHECKOUT: its configured WildFly
base_url() { echo "http://127.0.0.1:$((8080 + ${offset[$1]}))"; }

start() {  # SYSTEM: a server of its own under the work directory, with the bench user
  local system=$1 home base
  home=$(home_of "${checkout[$system]}")
  base=$work/$system
  mkdir -p "$base/deployments"
  cp -a "$home/standalone/configuration" "$base/"
  "$home/bin/add-user.sh" -a -s -u "$user" -p "$password" -g user -sc "$base/configuration" >/dev/null
  cp "${checkout[$system]}/registry-ear/target/registry.ear" "$base/deployments/"
  # shellcheck disable=SC2086 # the extra arguments and the environment are words
  env ${environment[$system]:-} REGISTRY_BASE_URL="$(base_url "$system")" JBOSS_BASE_DIR="$base" \
    JBOSS_JAVA_SIZING="-Xms64m -Xmx$heap" bash "$home/bin/registry-server.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset="${offset[$system]}" ${extra[$system]:-} > "$base/out.log" 2>&1 &
}

wait_up() {  # SYSTEM
  local tries=0
  until curl -fsS -o /dev/null "$(base_url "$1")/version" 2>/dev/null; do
    if [ -e "$work/$1/deployments/registry.ear.failed" ] || [ $((tries += 1)) -gt 600 ]; then
      echo "$(basename "$0"): $1 did not come up; see $work/$1/log/server.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}

stop_servers() {  # the servers' JVMs: standalone.sh runs java as its child, and they hold the lock
  local servers
  servers=$(pgrep -f "jboss-modules.jar.*-Djboss.server.base.dir=$work/" || true)
  for pid in $servers; do kill "$pid" 2>/dev/null || true; done
  for pid in $servers; do
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true  # not down after a minute
  done
}

mib_per_s() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1048576 / (int(sys.argv[2]) / 1e9):.1f}')" "$@"; }
