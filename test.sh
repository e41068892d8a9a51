#!/usr/bin/env bash
# The whole test suite, with its own set-up: what README's "Test" promises and what CI runs (.ci/run calls this).
#
#   ./test.sh            the suite on the embedded H2 database, then on MariaDB
#   ./test.sh h2         on H2 only (needs no database server)
#   ./test.sh mariadb    on MariaDB only
#   ./test.sh h2 -Dit.test=ContainerBrowserIT     further arguments go to Maven
#
# What the suite needs beyond JDK 17 and Maven, it installs when it is missing and it may (root, with apt-get):
# Debian's Go toolchain and Apptainer's library client sources (the protocol tests' Go driver), siftool and
# squashfs-tools (real SIF images), chromium and chromedriver (the browser tests), and for the MariaDB run a running
# MariaDB with the database registry_it and the user registry/registry. Otherwise it prints the one command to run
# and stops.
set -euo pipefail
cd "$(dirname "$0")"

databases=(h2 mariadb)
case "${1:-}" in
  h2 | mariadb) databases=("$1"); shift ;;
  all) shift ;;
esac

say() { printf '== %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }
as_root() { [ "$(id -u)" = 0 ]; }

# ---- Debian packages --------------------------------------------------------------------------------------------
packages=(golang-go golang-github-apptainer-container-library-client-dev golang-oras-oras-go-dev siftool squashfs-tools
          chromium chromium-driver skopeo)
[[ " ${databases[*]} " == *" mariadb "* ]] && packages+=(mariadb-server mariadb-client)

scripts/require-packages.sh ./test.sh "${packages[@]}"

# ---- MariaDB, for the MariaDB run -------------------------------------------------------------------------------
# Root signs in over the Unix socket; the tests connect over TCP as their own user. (mysqladmin ping succeeds even
# when access is refused: it only says that the server runs.)
mariadb_runs() { mysqladmin --silent ping >/dev/null 2>&1; }
mariadb_root_answers() { mysql -uroot -e 'SELECT 1' >/dev/null 2>&1; }
test_database_answers() {
  mysql -h127.0.0.1 -P3306 -uregistry -pregistry registry_it -e 'SELECT 1' >/dev/null 2>&1
}

readonly test_database_sql=$(scripts/mariadb-database.sh registry_it)

prepare_mariadb() {
  if as_root && ! mariadb_runs; then
    # No systemd here: mariadbd runs as mysql and puts its socket in /run/mysqld, which a fresh /run lacks.
    # --chuid and --user=mysql together are the recipe verified on these machines.
    say "starting MariaDB"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 60); do mariadb_runs && break; sleep 1; done
    mariadb_runs || fail "MariaDB did not answer within 60 s"
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
mvn -B -q clean -pl registry-ejb,registry-batch,registry-web,registry-ear,registry-it

for database in "${databases[@]}"; do
  say "test suite on $database"
  if [ "$database" = mariadb ]; then
    prepare_mariadb
    run_maven -B verify -Pmariadb "$@"
  else
    run_maven -B verify "$@"
  fi
done
