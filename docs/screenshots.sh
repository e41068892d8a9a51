#!/usr/bin/env bash
# Refreshes docs/screenshots/, the README's pictures, from the demo set: the integration-test server starts with an
# empty data directory, ScreenshotsIT loads demo/load.sh into it and saves every page the README shows. Needs what
# the browser tests need (README, "Test") and curl and jq. Further arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/require-packages.sh docs/screenshots.sh curl jq siftool squashfs-tools chromium chromium-driver

# Nothing an earlier test run left may show up in the pictures
rm -rf registry-it/target/it-server/data
mvn -B verify -pl wildfly-config,registry-it -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ScreenshotsIT -Dscreenshots=true "$@"
