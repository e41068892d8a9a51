#!/usr/bin/env bash
# Puts the database and image store of the release before schema migrations (this directory, made by make.sh) in
# place of a stopped test server's:
#
#   load.sh <server base directory>
#
# On H2 (the server's default URL, under the base directory), or on MariaDB when REGISTRY_DB_DRIVER=mariadb, with
# REGISTRY_DB_URL, REGISTRY_DB_USER and REGISTRY_DB_PASSWORD as the server reads them. JBOSS_HOME gives the H2 jar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=$1/data/registry
mkdir -p "$data"

if [ "${REGISTRY_DB_DRIVER:-h2}" = mariadb ]; then
  address=${REGISTRY_DB_URL#jdbc:mariadb://}
  host_port=${address%%/*}
  database=${address#*/}
  database=${database%%\?*}
  client=(mysql "-h${host_port%:*}" "-P${host_port#*:}" "-u$REGISTRY_DB_USER" "-p$REGISTRY_DB_PASSWORD")
  "${client[@]}" -e "DROP DATABASE IF EXISTS \`$database\`;
    CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  "${client[@]}" "$database" < "$here/mariadb.sql"
else
  h2_jar=$(ls "$JBOSS_HOME"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
  rm -f "$data"/registry.*.db
  java -cp "$h2_jar" org.h2.tools.RunScript -url "jdbc:h2:$data/registry;MODE=LEGACY" -user sa -password sa \
    -script "$here/h2.sql"
fi

rm -rf "$data/images"
cp -r "$here/images" "$data/images"
