#!/usr/bin/env bash
# Build the libclient compatibility driver OFFLINE against the Debian-packaged
# Go sources (golang-github-apptainer-container-library-client-dev and deps).
#
# Usage: build.sh OUTPUT_BINARY
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTPUT_BINARY" >&2
    exit 2
fi

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC_DIR="$SCRIPT_DIR/libclient"
GOPATH_DIR="${LIBCLIENT_GOPATH:-/usr/share/gocode}"

command -v go >/dev/null 2>&1 || { echo "build.sh: 'go' not found (apt-get install golang-go)" >&2; exit 1; }
if [[ ! -d "$GOPATH_DIR/src/github.com/apptainer/container-library-client/client" ]]; then
    echo "build.sh: container-library-client sources missing under $GOPATH_DIR" >&2
    echo "          (apt-get install golang-github-apptainer-container-library-client-dev)" >&2
    exit 1
fi

OUT="$1"
OUT_DIR="$(dirname "$OUT")"
mkdir -p "$OUT_DIR"
OUT_ABS="$(cd "$OUT_DIR" && pwd)/$(basename "$OUT")"

# Writable build cache next to the output (reused between builds).
CACHE_DIR="$(cd "$OUT_DIR" && pwd)/.gocache"
mkdir -p "$CACHE_DIR"

cd "$SRC_DIR"
env GO111MODULE=off \
    GOPATH="$GOPATH_DIR" \
    GOCACHE="$CACHE_DIR" \
    GOFLAGS= \
    GOPROXY=off \
    CGO_ENABLED=0 \
    go build -o "$OUT_ABS" .

echo "built $OUT_ABS"
