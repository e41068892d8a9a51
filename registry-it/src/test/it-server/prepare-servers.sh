#!/usr/bin/env bash
# The integration tests' servers: each a fresh copy of the configured server's configuration (its history left out),
# with the tests' users (alice, bob, carol, dave, mona, root) over the copied realm files and the real EAR in its
# deployments directory, which WildFly's deployment scanner deploys at boot, where the spec asks for them.
# Run by registry-it's build at pre-integration-test (execution it-servers), before the LDAP, OIDC and TLS
# scripts change their servers' copies.
# Usage: prepare-servers.sh JBOSS_HOME USERS_DIR EAR "SPEC..."   where SPEC is SERVER_BASE[:users][:ear]
set -euo pipefail
[ $# = 4 ] || { echo "usage: $0 JBOSS_HOME USERS_DIR EAR \"SERVER_BASE[:users][:ear] ...\"" >&2; exit 2; }
jboss_home=$1 users=$2 ear=$3

for spec in $4; do
  base=${spec%%:*}
  wants=":${spec#"$base"}:"
  mkdir -p "$base/configuration"
  cp -R "$jboss_home/standalone/configuration/." "$base/configuration/"
  rm -rf "$base/configuration/standalone_xml_history"
  case $wants in *:users:*)
    cp "$users/application-users.properties" "$users/application-roles.properties" "$base/configuration/";;
  esac
  case $wants in *:ear:*)
    [ -f "$ear" ] || { echo "$ear is missing: build registry-ear first" >&2; exit 1; }
    mkdir -p "$base/deployments"
    cp "$ear" "$base/deployments/";;
  esac
done
