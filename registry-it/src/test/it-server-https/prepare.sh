#!/usr/bin/env bash
# The https test server (HttpsIT): a new self-signed certificate for localhost and 127.0.0.1 in a PKCS12 file, then
# wildfly-config's tls.cli applied to the server's copy with the variables the server starts with, as
# bin/registry-server.sh does. Run by registry-it's build at pre-integration-test (execution it-server-https-tls).
# Usage: prepare.sh JBOSS_HOME SERVER_BASE KEYSTORE PASSWORD
set -euo pipefail
[ $# = 4 ] || { echo "usage: $0 JBOSS_HOME SERVER_BASE KEYSTORE PASSWORD" >&2; exit 2; }
jboss_home=$1 base=$2 keystore=$3 password=$4

mkdir -p "$(dirname "$keystore")"
rm -f "$keystore"
"${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -genkeypair -alias registry -keyalg EC -groupname secp256r1 \
  -dname CN=localhost -ext SAN=dns:localhost,ip:127.0.0.1 -validity 7 \
  -storetype PKCS12 -keystore "$keystore" -storepass "$password" 2>/dev/null

REGISTRY_TLS_KEYSTORE=$keystore REGISTRY_TLS_KEYSTORE_PASSWORD=$password \
JAVA_OPTS="-Djboss.server.base.dir=$base" "$jboss_home/bin/jboss-cli.sh" --file="$jboss_home/registry-cli/tls.cli" >/dev/null
echo "https test server: $base serves the certificate in $keystore"
