#!/usr/bin/env bash
# Prints the SQL that recreates a MariaDB database empty for the registry, for the user registry/registry that the
# MariaDB runs connect as; test.sh (registry_it) and bench/race.sh (registry_bench) feed it to `mysql` as root.
# With --keep, a database that exists is kept as it is (cluster.sh: registry_cluster).
#
# Usage: scripts/mariadb-database.sh [--keep] DATABASE
set -euo pipefail
drop="DROP DATABASE IF EXISTS"
if [ "${1:-}" = --keep ]; then
  drop="-- kept:"
  shift
fi
database=${1:?usage: scripts/mariadb-database.sh [--keep] DATABASE}
[[ "$database" =~ ^[a-z0-9_]+$ ]] || { echo "mariadb-database.sh: not a plain database name: $database" >&2; exit 2; }

# Recreated on every run (unless kept), so that each run starts from an empty schema. utf8mb4_bin compares strings
# case-sensitively, as H2 does. A TCP connection from 127.0.0.1 may be matched as '127.0.0.1' or as 'localhost'
# (name resolution), so the user exists under both names; ALTER USER resets a password left by an earlier run.
cat <<SQL
$drop $database;
CREATE DATABASE IF NOT EXISTS $database CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'registry'@'127.0.0.1' IDENTIFIED BY 'registry';
CREATE USER IF NOT EXISTS 'registry'@'localhost' IDENTIFIED BY 'registry';
ALTER USER 'registry'@'127.0.0.1' IDENTIFIED BY 'registry';
ALTER USER 'registry'@'localhost' IDENTIFIED BY 'registry';
GRANT ALL ON $database.* TO 'registry'@'127.0.0.1';
GRANT ALL ON $database.* TO 'registry'@'localhost';
FLUSH PRIVILEGES;
SQL
