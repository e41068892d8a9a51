#!/usr/bin/env bash
# Starts WildFly with the registry's way of signing in, chosen by REGISTRY_AUTH:
#   local (default)  WildFly's local accounts (add-user.sh)
#   ldap             the directory the LDAP_* variables describe
#   oidc             single sign-on at OIDC_PROVIDER_URL as OIDC_CLIENT_ID / OIDC_CLIENT_SECRET
# It applies the matching registry-cli/auth-<mode>.cli to the configuration offline, then runs standalone.sh with
# standalone-full.xml and the given arguments. The other settings are expressions the server resolves as it starts.
set -euo pipefail
home=$(cd "$(dirname "$0")/.." && pwd)
mode=${REGISTRY_AUTH:-local}

require() {
  for name in "$@"; do
    if [ -z "${!name:-}" ]; then
      echo "REGISTRY_AUTH=$mode needs $name to be set (see README.md, Sign-in)" >&2
      exit 2
    fi
  done
}

case "$mode" in
  local) ;;
  ldap) require LDAP_URL LDAP_BIND_DN LDAP_BIND_PASSWORD LDAP_USER_BASE_DN LDAP_GROUP_BASE_DN ;;
  oidc) require OIDC_PROVIDER_URL OIDC_CLIENT_ID OIDC_CLIENT_SECRET ;;
  *) echo "REGISTRY_AUTH must be local, ldap or oidc, not '$mode'" >&2; exit 2 ;;
esac

# The embedded server the script starts must write the same configuration directory the server will read.
JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.base.dir=${JBOSS_BASE_DIR:-$home/standalone}" \
  "$home/bin/jboss-cli.sh" --file="$home/registry-cli/auth-$mode.cli" >/dev/null
echo "Sign-in: $mode"
exec "$home/bin/standalone.sh" -c standalone-full.xml "$@"
