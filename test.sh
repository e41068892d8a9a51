#!/usr/bin/env bash
# The whole test suite, with its own set-up: what README's "Test" promises and what CI runs (.ci/run calls this).
#
#   ./test.sh            the suite on the embedded H2 database, then on MariaDB, then the cluster tests
#   ./test.sh h2         on H2 only (needs no database server)
#   ./test.sh mariadb    on MariaDB only
#   ./test.sh cluster    the cluster tests only (*ClusterIT: two nodes of ./cluster.sh on MariaDB, HAProxy)
#   ./test.sh h2 -Dit.test=ContainerBrowserIT     further arguments go to Maven
#
# What the suite needs beyond JDK 17 and Maven, it installs when it is missing and it may (root, with apt-get):
# Debian's Go toolchain and Apptainer's library client sources (the protocol tests' Go driver), siftool and
# squashfs-tools (real SIF images), chromium and chromedriver (the browser tests), and for the MariaDB run a running
# MariaDB with the database registry_it and the user registry/registry, and for the cluster tests HAProxy.
# Otherwise it prints the one command to run and stops. It also needs a JDK 21 or newer for Keycloak, which it does not
# install: KEYCLOAK_JAVA_HOME, or else the newest JDK under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")"

runs=(h2 mariadb cluster)
case "${1:-}" in
  h2 | mariadb | cluster) runs=("$1"); shift ;;
  all) shift ;;
esac

say() { printf '== %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }
as_root() { [ "$(id -u)" = 0 ]; }

# ---- Debian packages --------------------------------------------------------------------------------------------
packages=(golang-go golang-github-apptainer-container-library-client-dev golang-oras-oras-go-dev siftool squashfs-tools
          chromium chromium-driver skopeo haproxy golang-github-sylabs-sif-dev gnupg openssl)
[[ " ${runs[*]} " == *" mariadb "* || " ${runs[*]} " == *" cluster "* ]] \
  && packages+=(mariadb-server mariadb-client)

scripts/require-packages.sh ./test.sh "${packages[@]}"

# ---- a JDK 21 or newer, for the Keycloak that OidcSignInIT starts (the suites on H2 and MariaDB) -------------------
java_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
newest_jdk() {
  local jdk best='' best_major=0 major
  for jdk in /usr/lib/jvm/*; do
    major=$(java_major "$jdk")
    if [ -x "$jdk/bin/java" ] && [ "${major:-0}" -gt "$best_major" ]; then best=$jdk best_major=$major; fi
  done
  printf '%s' "$best"
}
if [[ " ${runs[*]} " == *" h2 "* || " ${runs[*]} " == *" mariadb "* ]]; then
  keycloak_java=${KEYCLOAK_JAVA_HOME:-$(newest_jdk)}
  keycloak_java_major=$(java_major "$keycloak_java")
  if [ "${keycloak_java_major:-0}" -lt 21 ]; then
    fail "the single sign-on tests start Keycloak, which needs a JDK 21 or newer; found ${keycloak_java:-none}
(KEYCLOAK_JAVA_HOME, else the newest JDK under /usr/lib/jvm by its release file). Install one, e.g. Temurin
(https://adoptium.net/installation/linux/, then apt-get install temurin-25-jdk), or set KEYCLOAK_JAVA_HOME to it."
  fi
fi

# ---- MariaDB, for the MariaDB run -------------------------------------------------------------------------------
# Root signs in over the Unix socket; the tests connect over TCP as their own user.
mariadb_root_answers() { mysql -uroot -e 'SELECT 1' >/dev/null 2>&1; }
test_database_answers() {
  mysql -h127.0.0.1 -P3306 -uregistry -pregistry registry_it -e 'SELECT 1' >/dev/null 2>&1
}

readonly test_database_sql=$(scripts/mariadb-database.sh registry_it)

prepare_mariadb() {
  if as_root; then
    scripts/start-mariadb.sh || fail "MariaDB could not be started"
  fi
  if mariadb_root_answers; then
    say "recreating the database registry_it"
    mysql -uroot <<<"$test_database_sql"
  elif ! test_database_answers; then
    fail "the MariaDB run needs a running MariaDB on 127.0.0.1:3306 with the database registry_it and the user
registry/registry. Make them with:
  sudo mysql -uroot <<'SQL'
$test_database_sql
SQL"
  fi
}

# ---- WildFly processes of this checkout -------------------------------------------------------------------------
# Maven runs in a process group of its own, recorded here, so that the servers Arquillian starts (its descendants)
# are stopped with it: at the end, on Ctrl-C, and at the next run if this one was killed. Nothing else is touched.
pid_file=target/test-run.pgid
stop_recorded_run() {
  [ -s "$pid_file" ] || return 0
  local group
  group=$(cat "$pid_file")
  if pgrep -g "$group" >/dev/null; then
    say "stopping what an earlier test run of this checkout left running (process group $group)"
    kill -TERM -- "-$group" 2>/dev/null || true
    for _ in $(seq 30); do pgrep -g "$group" >/dev/null || break; sleep 1; done
    kill -KILL -- "-$group" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

run_maven() {
  mkdir -p target
  # The session leader writes its own id, which is also its group's.
  setsid --wait bash -c 'echo $$ > "$0"; exec mvn "$@"' "$pid_file" "$@" &
  local status=0
  wait $! || status=$?
  stop_recorded_run
  return "$status"
}

stop_recorded_run
trap 'stop_recorded_run; exit 130' INT TERM

# The compiler leaves the classes of moved or deleted sources behind, and they would be deployed with the rest. The
# code modules are built afresh; wildfly-config's prepared server (and run.sh's data in it) stays.
say "removing the code modules' build output"
mvn -B -q clean -pl registry-ejb,registry-batch,registry-health,registry-web,registry-ear,registry-it

# Other servers on the machine slow the suite by a third or more (README, Test): say what else is running.
machine_load() {
  say "load average $(cut -d' ' -f1-3 /proc/loadavg); other Java processes: $(pgrep -c java || true)"
}

for run in "${runs[@]}"; do
  machine_load
  case "$run" in
    h2)
      say "test suite on h2"
      run_maven -B verify -Dkeycloak.java.home="$keycloak_java" "$@"
      ;;
    mariadb)
      say "test suite on mariadb"
      prepare_mariadb
      # The unit tests touch no database: with h2 in the same call they ran there already
      unit_tests=()
      [[ " ${runs[*]} " == *" h2 "* ]] && unit_tests=(-Dtest=none -Dsurefire.failIfNoSpecifiedTests=false)
      run_maven -B verify -Pmariadb -Dkeycloak.java.home="$keycloak_java" "${unit_tests[@]}" "$@"
      ;;
    cluster)
      # The unit tests ran with the suites above; this build starts ./cluster.sh up before the tests, down after.
      say "cluster tests"
      scripts/start-mariadb.sh || fail "MariaDB could not be started"
      run_maven -B verify -Pcluster -pl wildfly-config,registry-it -am -Dtest=none \
        -Dsurefire.failIfNoSpecifiedTests=false "$@"
      ;;
  esac
done
