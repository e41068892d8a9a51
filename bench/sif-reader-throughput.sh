#!/usr/bin/env bash
# The SIF header reader's throughput on COUNT small real SIFs (definition file, JSON labels, squashfs partition),
# each made with Debian's siftool and mksquashfs by the tests' make-sif.sh. Needs siftool and squashfs-tools, and a
# build of registry-batch (mvn -B install -DskipTests).
#
# Usage: bench/sif-reader-throughput.sh [COUNT] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-1000}"
ROUNDS="${2:-5}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sif-reader.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# Distinct images, a few KiB each: one made by make-sif.sh per 50, the rest copies with their own labels would
# cost minutes to make one by one; the reader reads each file afresh either way.
for i in $(seq 0 49); do
  bash registry-it/src/test/sif/make-sif.sh "$WORK/seed-$i.sif" 4096 "bench-$i" >/dev/null
done
for i in $(seq 0 $((COUNT - 1))); do
  cp "$WORK/seed-$((i % 50)).sif" "$WORK/image-$(printf %05d "$i").sif"
done
rm -f "$WORK"/seed-*.sif

mvn -B -q -o -pl registry-batch dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath" >/dev/null
java -cp "registry-batch/target/classes:$(cat "$WORK/classpath")" bench/SifReaderThroughput.java "$WORK" "$ROUNDS"
