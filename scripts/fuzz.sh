#!/usr/bin/env bash
# Fuzzes each parser for the maxDuration its @FuzzTest gives (20 s), one Maven run per target, since Jazzer fuzzes
# only one fuzz test per JVM (README's Test). Plain `mvn test` already runs every committed seed; this is the
# bounded fuzzing on top, for CI or by hand.
#
#   scripts/fuzz.sh                       every target
#   scripts/fuzz.sh SifReaderFuzzTest     only those named
#
# A finding fails the run; Jazzer saves its input as crash-<sha1> in the test's Inputs directory under
# src/test/resources, where it stays as a seed once the parser is fixed. Heap is capped at 1 GiB, so an input that
# needs more is a finding too.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly targets=(
  registry-batch:SifReaderFuzzTest registry-batch:DefinitionFileFuzzTest
  registry-ejb:NamingRuleFuzzTest registry-ejb:ContainerRefFuzzTest registry-ejb:TagFuzzTest
  registry-ejb:ImageDigestFuzzTest registry-ejb:ByteRangeFuzzTest
  registry-ejb:OciManifestFuzzTest registry-ejb:PushedManifestFuzzTest
  registry-web:LibraryRefFuzzTest registry-web:RepositoryNameFuzzTest registry-web:JsonBodiesFuzzTest
)

mvn -B -q test-compile -pl registry-web -am
for target in "${targets[@]}"; do
  module=${target%%:*} class=${target#*:}
  if (( $# > 0 )) && [[ " $* " != *" $class "* ]]; then
    continue
  fi
  printf '== %s (%s)\n' "$class" "$module"
  # -am: the modules it depends on come from this build, not ~/.m2; their own tests do not match -Dtest
  JAZZER_FUZZ=1 mvn -B -q test -pl "$module" -am -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine=-Xmx1g
done
