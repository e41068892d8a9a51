#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine, to run the registry on a database without a single point of
# failure (README's Clustering). It leaves the machine's own MariaDB on 3306 alone.
#
#   scripts/galera.sh start          starts the nodes that do not run and returns when all three are synced;
#                                    makes the database registry_cluster and its user registry/registry
#   scripts/galera.sh status         each node with its process id, cluster size and state
#   scripts/galera.sh kill node1|node2|node3   kill -9 of that node's mariadbd
#   scripts/galera.sh stop           stops the nodes, by process id, node3 first
#
# nodeN listens on 127.0.0.1:331N (socket target/galera/nodeN/mysqld.sock); the registry reaches them with
# jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/registry_cluster. Each node has its own
# configuration, data directory and log (error.log) under target/galera/nodeN; the data stays from one start to the
# next; `stop` then `rm -rf target/galera` starts over. Runs as root: mariadbd runs as mysql, as scripts/start-mariadb.sh
# runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly galera=target/galera
readonly nodes=(node1 node2 node3)
readonly database=registry_cluster

say() { printf '== %s\n' "$*"; }
fail() { printf 'galera.sh: %s\n' "$*" >&2; exit 1; }

# node1 -> 3311, gcomm 4567 (and IST 4568), SST 4444; node2 -> 3312, 4667, 4445; node3 -> 3313, 4767, 4446.
number() { echo "${1#node}"; }
sql_port() { echo $(( 3310 + $(number "$1") )); }
gcomm_port() { echo $(( 4467 + 100 * $(number "$1") )); }
sst_port() { echo $(( 4443 + $(number "$1") )); }
dir() { echo "$PWD/$galera/$1"; }
pid_file() { echo "$(dir "$1")/mariadbd.pid"; }
node_pid() { [ -s "$(pid_file "$1")" ] && cat "$(pid_file "$1")"; }
running() { local pid; pid=$(node_pid "$1") && kill -0 "$pid" 2>/dev/null; }
sql() { local node=$1; shift; mysql -uroot --socket="$(dir "$node")/mysqld.sock" -N -B "$@"; }
wsrep_status() { sql "$1" -e "SHOW STATUS LIKE '$2'" 2>/dev/null | cut -f2; }
synced() { [ "$(wsrep_status "$1" wsrep_local_state_comment)" = Synced ]; }

check_node_name() {
  [[ " ${nodes[*]} " == *" ${1:-} "* ]] || fail "name a node: ${nodes[*]}"
}

# MariaDB's own test suite runs several Galera nodes on one host this way (mysql-test/suite/galera/galera_2nodes.cnf):
# one address, a base port per node for group communication (IST listens on the next one), an SST port per node.
# --defaults-file makes mariadbd read this file only, none of /etc/mysql.
write_config() {
  local node=$1 members="" other
  for other in "${nodes[@]}"; do members+="${members:+,}127.0.0.1:$(gcomm_port "$other")"; done
  cat > "$(dir "$node")/my.cnf" <<CNF
[mysqld]
datadir=$(dir "$node")/data
socket=$(dir "$node")/mysqld.sock
log-error=$(dir "$node")/error.log
port=$(sql_port "$node")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_bin
# Small: three of them share this machine with the WildFly nodes.
innodb_buffer_pool_size=64M
performance_schema=OFF
# What Galera requires: row-based replication of InnoDB tables, interleaved auto-increment locks.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=registry
wsrep_cluster_address=gcomm://$members
wsrep_node_name=$node
wsrep_node_address=127.0.0.1:$(gcomm_port "$node")
wsrep_provider_options="base_port=$(gcomm_port "$node");gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$node")
CNF
}

# The node whose state Galera says is safe to start a new cluster from: the last one to stop cleanly.
safe_to_bootstrap() {
  grep -qx 'safe_to_bootstrap: 1' "$(dir "$1")/data/grastate.dat" 2>/dev/null
}

start_node() { # NODE [--wsrep-new-cluster]
  local node=$1
  shift
  say "starting $node on 127.0.0.1:$(sql_port "$node") ${1:+($1) }(log in $(dir "$node")/error.log)"
  # start-stop-daemon records the process id itself (mariadbd writes its own only once SST is over); --pidfile
  # also keeps it from mistaking the machine's MariaDB for this node.
  start-stop-daemon --start --background --make-pidfile --pidfile "$(pid_file "$node")" --chuid mysql \
    --exec /usr/sbin/mariadbd -- --defaults-file="$(dir "$node")/my.cnf" --user=mysql "$@"
}

wait_until_synced() {
  local node=$1
  for _ in $(seq 300); do
    if synced "$node"; then
      say "$node is synced, cluster size $(wsrep_status "$node" wsrep_cluster_size)"
      return 0
    fi
    running "$node" || fail "$node stopped while starting; see $(dir "$node")/error.log"
    sleep 1
  done
  fail "$node was not synced within 300 s; see $(dir "$node")/error.log"
}

start() {
  local node first=""
  scripts/require-packages.sh scripts/galera.sh mariadb-server mariadb-client galera-4 rsync socat
  for node in "${nodes[@]}"; do
    mkdir -p "$(dir "$node")/data"
    write_config "$node"
  done
  chown -R mysql:mysql "$galera"
  for node in "${nodes[@]}"; do running "$node" && first=$node && break; done
  if [ -z "$first" ]; then
    # No node runs: a new cluster starts from node1 when there is no data yet, else from the node that stopped last.
    if [ ! -d "$(dir node1)/data/mysql" ]; then
      say "creating node1's data directory; node2 and node3 receive theirs from the cluster (SST by rsync)"
      mariadb-install-db --defaults-file="$(dir node1)/my.cnf" --user=mysql --skip-test-db \
        > "$(dir node1)/install-db.log" 2>&1 || fail "mariadb-install-db failed; see $(dir node1)/install-db.log"
      first=node1
    else
      for node in "${nodes[@]}"; do safe_to_bootstrap "$node" && first=$node && break; done
      [ -n "$first" ] || fail "no node stopped cleanly last (safe_to_bootstrap: 1 in data/grastate.dat): pick the one \
with the highest seqno, set it there, and start again (mariadb.com/kb 'Getting Started with MariaDB Galera Cluster')"
    fi
    start_node "$first" --wsrep-new-cluster
    wait_until_synced "$first"
  fi
  for node in "${nodes[@]}"; do
    if ! running "$node"; then
      start_node "$node"
      wait_until_synced "$node"
    fi
  done
  for _ in $(seq 60); do
    [ "$(wsrep_status "$first" wsrep_cluster_size)" = "${#nodes[@]}" ] && break
    sleep 1
  done
  [ "$(wsrep_status "$first" wsrep_cluster_size)" = "${#nodes[@]}" ] || fail "the cluster did not reach ${#nodes[@]} nodes"
  sql "$first" <<<"$(scripts/mariadb-database.sh --keep "$database")" \
    || fail "cannot create the database $database as root on $first"
  say "${#nodes[@]} nodes synced; the registry's URL: jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/$database"
}

stop_node() {
  local node=$1 pid
  pid=$(node_pid "$node")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || { say "stopped $node"; return 0; }; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  say "killed $node, which did not stop within 120 s"
}

status() {
  local node
  for node in "${nodes[@]}"; do
    if running "$node"; then
      echo "$node  process $(node_pid "$node")  127.0.0.1:$(sql_port "$node")  cluster size" \
        "$(wsrep_status "$node" wsrep_cluster_size)  $(wsrep_status "$node" wsrep_local_state_comment)"
    else
      echo "$node  stopped"
    fi
  done
}

case "${1:-}" in
  start)
    start
    ;;
  status)
    status
    ;;
  kill)
    check_node_name "${2:-}"
    pid=$(node_pid "$2") || fail "$2 has not been started"
    kill -KILL "$pid" 2>/dev/null && say "killed $2 (process $pid)" || say "$2 (process $pid) was not running"
    ;;
  stop)
    # The last to stop is the one a new cluster starts from next time (safe_to_bootstrap): node1, as on a first start.
    for node in node3 node2 node1; do
      if running "$node"; then stop_node "$node"; fi
    done
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
