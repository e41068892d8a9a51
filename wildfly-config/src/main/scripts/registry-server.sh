#!/usr/bin/env bash
# Starts WildFly with the registry's way of signing in, chosen by REGISTRY_AUTH:
#   local (default)  WildFly's local accounts (add-user.sh)
#   ldap             the directory the LDAP_* variables describe
#   oidc             single sign-on at OIDC_PROVIDER_URL as OIDC_CLIENT_ID / OIDC_CLIENT_SECRET
# It applies the matching registry-cli/auth-<mode>.cli to the configuration offline, then runs standalone.sh with
# the configuration REGISTRY_SERVER_CONFIG names and the given arguments. The other settings are expressions the
# server resolves as it starts.
#   REGISTRY_SERVER_CONFIG   standalone-full.xml (default: one server) or standalone-full-ha.xml (a cluster's node)
#   REGISTRY_NODE_NAME       a cluster node's name, unique in the cluster (at most 23 characters): the load
#                            balancer's cookie value and the transaction manager's node id (default: the host name)
#   REGISTRY_MESSAGING_DIR   a cluster's directory that every node reaches at this same path (a shared mount), where
#                            each node keeps its message journal under its name (default: the server's data directory)
#   REGISTRY_MESSAGING_BACKUP_OF   the node whose journal this node takes over when that node dies (required with
#                            standalone-full-ha.xml; each node must be some node's backup: a ring node1 -> node2 -> node1)
#   REGISTRY_SHUTDOWN_TIMEOUT_S  on SIGTERM (a service manager's or a container engine's stop), how long the server
#                            lets requests under way finish while it refuses new ones with 503, before it stops
#                            (default 30; give the stop command more than this before it kills)
# HTTPS (README, HTTPS): with REGISTRY_TLS_KEYSTORE set (a PKCS12 file; REGISTRY_TLS_KEYSTORE_PASSWORD opens it) it
# applies registry-cli/tls.cli, so the https listener (8443) serves that certificate; without, tls-off.cli.
set -euo pipefail
home=$(cd "$(dirname "$0")/.." && pwd)
mode=${REGISTRY_AUTH:-local}
config=${REGISTRY_SERVER_CONFIG:-standalone-full.xml}

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

case "$config" in
  standalone-full.xml | standalone-full-ha.xml) ;;
  *) echo "REGISTRY_SERVER_CONFIG must be standalone-full.xml or standalone-full-ha.xml, not '$config'" >&2; exit 2 ;;
esac
tls=off
if [ -n "${REGISTRY_TLS_KEYSTORE:-}" ]; then
  tls=on
  if [ ! -r "$REGISTRY_TLS_KEYSTORE" ] || [ -z "${REGISTRY_TLS_KEYSTORE_PASSWORD:-}" ]; then
    echo "REGISTRY_TLS_KEYSTORE must be a readable PKCS12 file and REGISTRY_TLS_KEYSTORE_PASSWORD its password" >&2
    exit 2
  fi
fi
if [ "$config" = standalone-full-ha.xml ] && [ -z "${REGISTRY_MESSAGING_BACKUP_OF:-}" ]; then
  echo "standalone-full-ha.xml needs REGISTRY_MESSAGING_BACKUP_OF: the node whose message journal this one takes over" >&2
  exit 2
fi
node=()
if [ -n "${REGISTRY_NODE_NAME:-}" ]; then
  node=(-Djboss.node.name="$REGISTRY_NODE_NAME" -Djboss.tx.node.id="$REGISTRY_NODE_NAME")
fi

# One CLI run for both scripts: each boots an embedded server, the JVM is started once.
scripts=$(mktemp)
trap 'rm -f "$scripts"' EXIT
if [ "$tls" = on ]; then tls_script=tls.cli; else tls_script=tls-off.cli; fi
cat "$home/registry-cli/auth-$mode.cli" "$home/registry-cli/$tls_script" >"$scripts"
# The embedded server the script starts must write the same configuration directory the server will read.
JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.base.dir=${JBOSS_BASE_DIR:-$home/standalone} -Dregistry.server.config=$config" \
  "$home/bin/jboss-cli.sh" --file="$scripts" >/dev/null
rm -f "$scripts"
if [ "$tls" = on ]; then
  echo "Sign-in: $mode; https with the certificate in $REGISTRY_TLS_KEYSTORE"
else
  echo "Sign-in: $mode; https with the self-signed certificate of WildFly (REGISTRY_TLS_KEYSTORE is not set)"
fi
# standalone.sh passes SIGTERM on to the server only when it runs it in the background; the server then suspends for
# the timeout before it shuts down (WildFly's graceful shutdown)
export LAUNCH_JBOSS_IN_BACKGROUND=1
exec "$home/bin/standalone.sh" -c "$config" "${node[@]}" \
  -Dorg.wildfly.sigterm.suspend.timeout="${REGISTRY_SHUTDOWN_TIMEOUT_S:-30}" "$@"
