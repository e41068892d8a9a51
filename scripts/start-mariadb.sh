#!/usr/bin/env bash
# Makes sure the local MariaDB server runs: starts it when it does not and this is root (there is no systemd here),
# waits up to 60 s for it to answer, and fails with a message otherwise. test.sh and cluster.sh use it.
set -euo pipefail

# mysqladmin ping succeeds even when access is refused: it only says that the server runs.
mariadb_runs() { mysqladmin --silent ping >/dev/null 2>&1; }

mariadb_runs && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "MariaDB does not run on this machine; start it (e.g. sudo service mariadb start) and try again" >&2
  exit 1
fi
echo "== starting MariaDB"
# mariadbd runs as mysql and puts its socket in /run/mysqld, which a fresh /run lacks. --chuid and --user=mysql
# together are the recipe verified on these machines.
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd -- --user=mysql
for _ in $(seq 60); do mariadb_runs && exit 0; sleep 1; done
echo "MariaDB did not answer within 60 s" >&2
exit 1
