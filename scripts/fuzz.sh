#!/usr/bin/env bash
# Fuzzes every parser for FUZZ_SECONDS each (default 60), with Jazzer's sanitizer hooks: the longer run by hand, on
# top of the 5 s each that every build gives them (surefire's execution `fuzz` in the parent pom, which this runs).
#
#   scripts/fuzz.sh                       every target
#   scripts/fuzz.sh SifReaderFuzzTest     only those named
#
# A finding fails the run; Jazzer saves its input as crash-<sha1> in the module's target/fuzz. Fix the parser and
# keep the input as a seed, under a name that says what it is, in the test's Inputs directory under
# src/test/resources. Heap is capped at 1 GiB, so an input that needs more is a finding too.
set -euo pipefail
cd "$(dirname "$0")/.."

tests='*FuzzTest'
if (( $# > 0 )); then
  tests=$(IFS=,; echo "$*")
fi
# The default execution runs the seeds again first, a few seconds
mvn -B test -pl registry-batch,registry-ejb,registry-web -am -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.seconds="${FUZZ_SECONDS:-60}"
