#!/usr/bin/env bash
# Builds what is missing, configures and starts the registry in the foreground on http://localhost:8080/
# with the embedded H2 database and the image store under the server's data directory.
# The first admin is REGISTRY_ADMIN_USER (default: admin) with REGISTRY_ADMIN_PASSWORD, or a password generated on
# the first run and kept in the server's data directory. Extra arguments go to WildFly's standalone.sh
# (e.g. -b 0.0.0.0 to listen on every interface). Ctrl-C stops the server.
# REGISTRY_AUTH=ldap or oidc, with the variables README's "Sign-in" names, signs people in against a directory or an
# OpenID provider instead of the local accounts (wildfly-config's bin/registry-server.sh applies the choice).
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q package -DskipTests
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
    if [ ! -s "$password_file" ]; then
      (umask 077; head -c 24 /dev/urandom | base64 | tr -d '+/=' | head -c 20 > "$password_file")
    fi
    password=$(cat "$password_file")
    password_origin="generated, kept in $password_file"
  fi
  # The local realm's account (application-users.properties); add-user.sh updates it when it exists.
  "$server/bin/add-user.sh" -a -s -u "$admin" -p "$password" -g admin,user
  sign_in="Sign in at http://localhost:8080/login.xhtml as '$admin' with password: $password
  ($password_origin)"
else
  sign_in="Sign in with your ${REGISTRY_AUTH} account; its admin group or role makes you an admin."
fi

cat <<MSG

  SIF Registry is starting on http://localhost:8080/
  $sign_in
  Ctrl-C stops the server.

MSG
exec bash "$server/bin/registry-server.sh" "$@"
