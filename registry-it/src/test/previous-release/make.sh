#!/usr/bin/env bash
# How this directory was made, for the record (it is not run by the tests): from a test server of the last commit of
# main before Flyway owned the schema (e22f8ee), after these integration tests had run on it, once on H2 and once on
# MariaDB (-Pmariadb, database registry_it), with the restart execution that always runs:
#   OrasClientIT ShareDownloadIT StarApiIT DownloadCountIT CollectionMembershipIT ParseImageIT SregistryPushIT
#   LibraryApiIT OciDistributionIT
# Two untagged uploads of 12 and 42 MB (rows of images) were then taken out of each, to keep the fixture small.
#
#   make.sh h2 <server base directory>        the H2 database (stopped server) and the image store
#   make.sh mariadb <server base directory>   the MariaDB database registry_it (root over the socket), and the
#                                             image store's files added to those of the H2 run
#
# images.<db>.tsv lists each stored tag: reference, version (sha256 of the image), size, downloads, private.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
listing="SELECT CONCAT(c.name, '/', k.name, ':', k.tag), k.version, k.image_size, k.download_count,
  c.private_collection FROM containers k JOIN collections c ON k.collection_id = c.id ORDER BY 1"

case "$1" in
  h2)
    data=$2/data/registry
    h2_jar=$(ls "$JBOSS_HOME"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
    url="jdbc:h2:$data/registry;MODE=LEGACY"
    java -cp "$h2_jar" org.h2.tools.Script -url "$url" -user sa -password sa -script "$here/h2.sql"
    java -cp "$h2_jar" org.h2.tools.Shell -url "$url" -user sa -password sa -sql "$listing" \
      | sed -e '1d' -e '/^(/d' -e 's/ *| */\t/g' > "$here/images.h2.tsv"
    rm -rf "$here/images"
    cp -r "$data/images" "$here/images"
    rm -rf "$here/images/staging"
    ;;
  mariadb)
    mysqldump -uroot --skip-dump-date registry_it > "$here/mariadb.sql"
    mysql -uroot -N registry_it -e "$listing" > "$here/images.mariadb.tsv"
    cp -rn "$2/data/registry/images/." "$here/images/"
    rm -rf "$here/images/staging"
    ;;
esac
