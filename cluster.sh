#!/usr/bin/env bash
# Runs the registry as a cluster on this machine: two WildFly nodes (standalone-full-ha.xml) sharing one MariaDB
# database and one image store directory, behind HAProxy on http://127.0.0.1:8080/ (REGISTRY_CLUSTER_PORT).
#
#   ./cluster.sh up                  builds what is missing, creates the database registry_cluster and its user,
#                                    starts node1, then node2, then the load balancer; returns when both are ready
#   ./cluster.sh status              each node with its process id and readiness, and the load balancer
#   ./cluster.sh kill node1|node2    kill -9 of that node's java process
#   ./cluster.sh start node1|node2   starts that node again and waits until it is ready
#   ./cluster.sh down                stops everything it started, by process id
#
# node1 answers on 8180 (management 10090), node2 on 8280 (10190); each has its own base directory under
# target/cluster/, where its log is (nodeN/log/server.log). Each node's message journal is in
# target/cluster/messaging/nodeN, where the other node's backup broker takes it over when the node dies (cluster.cli).
# The database, the images in target/cluster/images and the journals stay from one `up` to the next; `down` then
# `rm -rf target/cluster` and DROP DATABASE registry_cluster start over.
# The first admin is made as run.sh makes it: REGISTRY_ADMIN_USER (admin) with REGISTRY_ADMIN_PASSWORD, or a password
# generated on the first `up` and kept in target/cluster/admin-password. REGISTRY_AUTH=ldap|oidc works as for run.sh.
# Local accounts must be the same on every node: REGISTRY_CLUSTER_REALM_DIR names a directory whose
# application-users.properties and application-roles.properties every node gets on `up` (the admin is added to them).
# REGISTRY_SKIP_BUILD=1 uses what was built before, for callers that just built it (the cluster tests).
# REGISTRY_CLUSTER_DB_URL points the nodes at another database, which must exist with the user registry/registry
# (scripts/galera.sh start makes one on three Galera nodes); `up` then leaves the local MariaDB alone.
set -euo pipefail
cd "$(dirname "$0")"

readonly cluster=target/cluster
readonly port=${REGISTRY_CLUSTER_PORT:-8080}
readonly nodes=(node1 node2)
readonly database=registry_cluster
readonly db_url=${REGISTRY_CLUSTER_DB_URL:-}

say() { printf '== %s\n' "$*"; }
fail() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }

# node1 -> 100, node2 -> 200: WildFly's port offset, which shifts every port of the node (http 8080+offset, ...).
offset() { echo $(( ${1#node} * 100 )); }
# The node whose message journal this node's backup broker watches: the next one in the ring (node1 -> node2 -> node1).
backup_of() { echo "node$(( ${1#node} % ${#nodes[@]} + 1 ))"; }
node_pid_file() { echo "$cluster/$1/java.pid"; }
node_pid() { [ -s "$(node_pid_file "$1")" ] && cat "$(node_pid_file "$1")"; }
running() { local pid; pid=$(node_pid "$1") && kill -0 "$pid" 2>/dev/null; }
ready() { curl -fs -o /dev/null "http://127.0.0.1:$((9990 + $(offset "$1")))/health/ready"; }
answers() { curl -fs -o /dev/null "http://127.0.0.1:$((8080 + $(offset "$1")))/version"; }
haproxy_pid() { [ -s "$cluster/haproxy.pid" ] && cat "$cluster/haproxy.pid"; }
haproxy_running() { local pid; pid=$(haproxy_pid) && kill -0 "$pid" 2>/dev/null; }

check_node_name() {
  [[ " ${nodes[*]} " == *" ${1:-} "* ]] || fail "name a node: ${nodes[*]}"
}

# A secret made on the first `up` and kept, readable by you only, in $cluster/$1.
kept_secret() {
  local file="$cluster/$1"
  if [ ! -s "$file" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '+/=' | head -c 20 > "$file")
  fi
  cat "$file"
}

server_home() {
  local server
  server=$(ls -d wildfly-config/target/wildfly-*/ 2>/dev/null | head -n 1)
  [ -n "$server" ] || fail "WildFly is not built; ./cluster.sh up builds it"
  echo "${server%/}"
}

prepare() {
  scripts/require-packages.sh ./cluster.sh haproxy curl
  if [ "${REGISTRY_SKIP_BUILD:-}" != 1 ]; then
    # maven.test.skip: the tests are not even compiled; running the registry needs none of them
    mvn -B -q package -Dmaven.test.skip=true
  fi
  if [ -z "$db_url" ]; then
    scripts/require-packages.sh ./cluster.sh mariadb-server mariadb-client
    scripts/start-mariadb.sh
    mysql -uroot <<<"$(scripts/mariadb-database.sh --keep "$database")" \
      || fail "cannot create the database $database as MariaDB's root (over its socket)"
  else
    say "the nodes use REGISTRY_CLUSTER_DB_URL: $db_url"
  fi
  mkdir -p "$cluster/images" "$cluster/messaging"
}

# Each node gets a copy of the configured server's standalone/ directory: its configuration, with what the build
# made, is copied anew on every start; its data (transaction log, Artemis journal, timers) stays.
prepare_node() {
  local node=$1 server=$2 base="$cluster/$1"
  mkdir -p "$base/data" "$base/log" "$base/deployments"
  rm -rf "$base/configuration"
  cp -r "$server/standalone/configuration" "$base/configuration"
  cp registry-ear/target/registry.ear "$base/deployments/registry.ear"
  if [ -n "${REGISTRY_CLUSTER_REALM_DIR:-}" ]; then
    cp "$REGISTRY_CLUSTER_REALM_DIR"/application-{users,roles}.properties "$base/configuration/"
  fi
  if [ "${REGISTRY_AUTH:-local}" = local ]; then
    "$server/bin/add-user.sh" -sc "$base/configuration" -a -s -u "$admin" -p "$admin_password" -g admin,user
  fi
}

start_node() {
  local node=$1 server base
  server=$(server_home)
  base=$(cd "$cluster/$node" && pwd)
  if running "$node"; then
    say "$node runs already (process $(node_pid "$node"))"
  else
    say "starting $node (port offset $(offset "$node"), log in $base/log/server.log)"
    rm -f "$(node_pid_file "$node")"
    # standalone.sh starts java in the background and writes its process id to JBOSS_PIDFILE.
    REGISTRY_SERVER_CONFIG=standalone-full-ha.xml REGISTRY_NODE_NAME=$node JBOSS_BASE_DIR=$base \
      JBOSS_PIDFILE=$base/java.pid LAUNCH_JBOSS_IN_BACKGROUND=1 \
      REGISTRY_DB_DRIVER=mariadb REGISTRY_DB_URL="${db_url:-jdbc:mariadb://127.0.0.1:3306/$database}" \
      REGISTRY_DB_USER=registry REGISTRY_DB_PASSWORD=registry \
      REGISTRY_STORAGE_DIR=$(cd "$cluster/images" && pwd) REGISTRY_BASE_URL="http://127.0.0.1:$port" \
      REGISTRY_MESSAGING_DIR=$(cd "$cluster/messaging" && pwd) REGISTRY_MESSAGING_BACKUP_OF=$(backup_of "$node") \
      REGISTRY_SIGNING_KEY=$(kept_secret signing-key) REGISTRY_CLUSTER_PASSWORD=$(kept_secret cluster-password) \
      nohup "$server/bin/registry-server.sh" -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$(offset "$node")" > "$base/log/console.log" 2>&1 &
  fi
  wait_until_ready "$node"
}

wait_until_ready() {
  local node=$1
  for _ in $(seq 300); do
    if ready "$node" && answers "$node"; then
      say "$node is ready: http://127.0.0.1:$((8080 + $(offset "$node")))/"
      return 0
    fi
    if [ -s "$(node_pid_file "$node")" ] && ! running "$node"; then
      fail "$node stopped while starting; see $cluster/$node/log/server.log"
    fi
    sleep 1
  done
  fail "$node was not ready within 300 s; see $cluster/$node/log/server.log"
}

# HAProxy, as WildFly's documentation pairs it with Undertow's affinity cookie: SRV names the node that owns the
# session; a node that fails its readiness check gets no requests, and its sessions' requests go to the other node.
start_haproxy() {
  if haproxy_running; then
    say "the load balancer runs already (process $(haproxy_pid))"
    return 0
  fi
  cat > "$cluster/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    option redispatch
    retries 2
    # A request sent to a node that was just killed (a kept-alive connection, before the health check noticed) gets
    # no answer: it is sent again, to the other node. Should the node have committed it just before dying, the other
    # node answers as to any repeated request (the same tag set again, 409 for a collection made twice).
    retry-on conn-failure empty-response
    timeout connect 2s
    # Multi-gigabyte uploads and downloads stream for minutes.
    timeout client 1h
    timeout server 1h
    timeout http-request 30s
    # Image bytes move from socket to socket in the kernel, not through HAProxy's buffers.
    option splice-auto
frontend registry
    bind 127.0.0.1:$port
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SRV indirect preserve nocache
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:8180 check port 10090 cookie node1
    server node2 127.0.0.1:8280 check port 10190 cookie node2
CFG
  haproxy -c -q -f "$cluster/haproxy.cfg" || fail "HAProxy refuses $cluster/haproxy.cfg"
  haproxy -f "$cluster/haproxy.cfg" -D -p "$cluster/haproxy.pid"
  say "the load balancer answers on http://127.0.0.1:$port/"
}

stop_pid() {
  local what=$1 pid=$2
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || { say "stopped $what"; return 0; }; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  say "killed $what, which did not stop within 60 s"
}

status() {
  local node pid
  for node in "${nodes[@]}"; do
    if running "$node"; then
      pid=$(node_pid "$node")
      if ready "$node"; then
        echo "$node  process $pid  ready      http://127.0.0.1:$((8080 + $(offset "$node")))/"
      else
        echo "$node  process $pid  not ready"
      fi
    else
      echo "$node  stopped"
    fi
  done
  if haproxy_running; then
    echo "lb     process $(haproxy_pid)  http://127.0.0.1:$port/"
  else
    echo "lb     stopped"
  fi
}

case "${1:-}" in
  up)
    prepare
    server=$(server_home)
    admin=${REGISTRY_ADMIN_USER:-admin}
    admin_password=${REGISTRY_ADMIN_PASSWORD:-$(kept_secret admin-password)}
    for node in "${nodes[@]}"; do prepare_node "$node" "$server"; done
    # One after the other: the first node creates the tables (EclipseLink's, JBeret's) that the second then finds.
    for node in "${nodes[@]}"; do start_node "$node"; done
    start_haproxy
    if [ "${REGISTRY_AUTH:-local}" = local ]; then
      say "sign in at http://127.0.0.1:$port/login.xhtml as '$admin' with password: $admin_password"
    fi
    ;;
  status)
    status
    ;;
  kill)
    check_node_name "${2:-}"
    pid=$(node_pid "$2") || fail "$2 has not been started"
    kill -KILL "$pid" 2>/dev/null && say "killed $2 (process $pid)" || say "$2 (process $pid) was not running"
    ;;
  start)
    check_node_name "${2:-}"
    [ -d "$cluster/$2/configuration" ] || fail "the cluster was never set up; run ./cluster.sh up"
    start_node "$2"
    ;;
  down)
    if haproxy_running; then stop_pid "the load balancer" "$(haproxy_pid)"; fi
    for node in "${nodes[@]}"; do
      if running "$node"; then stop_pid "$node" "$(node_pid "$node")"; fi
    done
    ;;
  *)
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
