#!/usr/bin/env bash
# Samples a WildFly's threads every INTERVAL seconds from `jcmd Thread.print`, one tab-separated line each: seconds,
# all threads, Undertow's request workers ("default task-N") and how many of them are serving a request, its I/O
# threads, and how many of those are parked waiting for a pooled datasource connection or for an EJB instance.
#
# Usage: threads.sh PID INTERVAL > threads.tsv   (runs until it is killed)
set -euo pipefail
pid=$1 interval=$2
printf 'seconds\tthreads\ttask\ttask_busy\tio\twait_db\twait_ejb\n'
start=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  jcmd "$pid" Thread.print 2>/dev/null | awk -v t=$(( $(date +%s) - start )) '
    function flush() {
      if (name == "") return
      all++
      if (name ~ /^default I\/O-/) io++
      if (name !~ /^default task-/) return
      task++
      if (stack ~ /io\.undertow\.servlet|org\.sifregistry/) busy++
      if (stack ~ /connectionmanager\.pool/ && stack ~ /park|Semaphore/) db++
      if (stack ~ /StrictMaxPool\.get/) ejb++
    }
    /^"/ { flush(); name = substr($0, 2, index(substr($0, 2), "\"") - 1); stack = ""; next }
    { stack = stack $0 }
    END { flush(); printf "%d\t%d\t%d\t%d\t%d\t%d\t%d\n", t, all, task, busy, io, db, ejb }'
  sleep "$interval"
done
