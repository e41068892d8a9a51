#!/usr/bin/env bash
# Builds what is missing, configures and starts the registry in the foreground on http://localhost:8080/
# with the embedded H2 database and the image store under the server's data directory.
# The first admin is REGISTRY_ADMIN_USER (default: admin) with REGISTRY_ADMIN_PASSWORD, or a password generated on
# the first run and kept in the server's data directory. Extra arguments go to WildFly's standalone.sh
# (e.g. -b 0.0.0.0 to listen on every interface). Ctrl-C stops the server.
# REGISTRY_AUTH=ldap or oidc, with the variables README's "Sign-in" names, signs people in against a directory or an
# OpenID provider instead of the local accounts (wildfly-config's bin/registry-server.sh applies the choice).
#
# ./run.sh --demo also adds the demo users to the local accounts and, once the server answers, loads the demo set
# into it with demo/load.sh (what is there already is skipped).
set -euo pipefail
cd "$(dirname "$0")"

demo=no
if [ "${1:-}" = --demo ]; then
  demo=yes
  shift
  if [ "${REGISTRY_AUTH:-local}" != local ]; then
    echo "run.sh: the demo users are local accounts; --demo needs REGISTRY_AUTH=local" >&2
    exit 2
  fi
fi

# A password generated on the first run and kept, readable by you only, in the file $1.
kept_password() {
  if [ ! -s "$1" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '+/=' | head -c 20 > "$1")
  fi
  cat "$1"
}

if [ "$demo" = yes ]; then
  # The demo's images are built here, from definition files, and pushed with curl
  scripts/require-packages.sh "./run.sh --demo" curl jq siftool squashfs-tools
fi

# maven.test.skip: the tests are not even compiled; running the registry needs none of them
mvn -B -q package -Dmaven.test.skip=true
server=$(ls -d wildfly-config/target/wildfly-*/ | head -n 1)
server=${server%/}
data="$server/standalone/data/registry"
mkdir -p "$data"

cp registry-ear/target/registry.ear "$server/standalone/deployments/registry.ear"

if [ "${REGISTRY_AUTH:-local}" = local ]; then
  admin=${REGISTRY_ADMIN_USER:-admin}
  password_file="$data/admin-password"
  if [ -n "${REGISTRY_ADMIN_PASSWORD:-}" ]; then
    password=$REGISTRY_ADMIN_PASSWORD
    password_origin="from REGISTRY_ADMIN_PASSWORD"
  else
    password=$(kept_password "$password_file")
    password_origin="generated, kept in $password_file"
  fi
  # The local realm's account (application-users.properties); add-user.sh updates it when it exists.
  "$server/bin/add-user.sh" -a -s -u "$admin" -p "$password" -g admin,user
  sign_in="Sign in at http://localhost:8080/login.xhtml as '$admin' with password: $password
  ($password_origin)"
else
  sign_in="Sign in with your ${REGISTRY_AUTH} account; its admin group or role makes you an admin."
fi

if [ "$demo" = yes ]; then
  demo_password=$(kept_password "$data/demo-password")
  mapfile -t demo_users < <(demo/load.sh --users)
  for user in "${demo_users[@]}"; do
    "$server/bin/add-user.sh" -a -s -u "$user" -p "$demo_password" -g user
  done
  sign_in="$sign_in
  Demo users ${demo_users[*]} sign in with password: $demo_password
  (generated, kept in $data/demo-password); the demo set is loaded once the server answers."
  # This shell becomes the server below: the loader waits for it to answer, and gives up if it stops first.
  (
    until curl -sf -o /dev/null http://localhost:8080/version; do
      kill -0 $$ 2>/dev/null || exit 0
      sleep 2
    done
    DEMO_PASSWORD=$demo_password demo/load.sh http://localhost:8080
  ) &
fi

cat <<MSG

  SIF Registry is starting on http://localhost:8080/
  $sign_in
  Ctrl-C stops the server.

MSG
exec bash "$server/bin/registry-server.sh" "$@"
