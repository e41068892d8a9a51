#!/usr/bin/env bash
# Build a compatibility driver OFFLINE against the Debian-packaged Go sources:
# libclient (golang-github-apptainer-container-library-client-dev and deps) or
# orasclient (golang-oras-oras-go-dev and deps) or shubclient (Go's standard library only) or
# sifsign (golang-github-sylabs-sif-dev and deps).
#
# Usage: build.sh OUTPUT_BINARY [libclient|orasclient|shubclient|sifsign]
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 OUTPUT_BINARY [libclient|orasclient|shubclient|sifsign]" >&2
    exit 2
fi

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DRIVER="${2:-libclient}"
SRC_DIR="$SCRIPT_DIR/$DRIVER"
GOPATH_DIR="${LIBCLIENT_GOPATH:-/usr/share/gocode}"

command -v go >/dev/null 2>&1 || { echo "build.sh: 'go' not found (apt-get install golang-go)" >&2; exit 1; }
case "$DRIVER" in
    libclient) NEEDS=github.com/apptainer/container-library-client/client
               PACKAGE=golang-github-apptainer-container-library-client-dev ;;
    orasclient) NEEDS=oras.land/oras-go/pkg/oras
                PACKAGE=golang-oras-oras-go-dev ;;
    shubclient) NEEDS= ;;
    sifsign) NEEDS=github.com/sylabs/sif/pkg/integrity
             PACKAGE=golang-github-sylabs-sif-dev ;;
    *) echo "build.sh: unknown driver $DRIVER" >&2; exit 2 ;;
esac
if [[ -n "$NEEDS" && ! -d "$GOPATH_DIR/src/$NEEDS" ]]; then
    echo "build.sh: $NEEDS sources missing under $GOPATH_DIR" >&2
    echo "          (apt-get install $PACKAGE)" >&2
    exit 1
fi

OUT="$1"
OUT_DIR="$(dirname "$OUT")"
mkdir -p "$OUT_DIR"
OUT_ABS="$(cd "$OUT_DIR" && pwd)/$(basename "$OUT")"

# Go's own build cache (~/.cache/go-build, content-addressed, shared with every clone and every other Go build of
# this user, as ~/.m2 is for Maven), so that a fresh clone does not compile the Debian sources again; a cache next
# to the output where that one cannot be written.
CACHE_DIR="$(go env GOCACHE 2>/dev/null || true)"
if [[ -z "$CACHE_DIR" || "$CACHE_DIR" == off ]] || ! mkdir -p "$CACHE_DIR" 2>/dev/null || [[ ! -w "$CACHE_DIR" ]]; then
    CACHE_DIR="$(cd "$OUT_DIR" && pwd)/.gocache"
    mkdir -p "$CACHE_DIR"
fi

cd "$SRC_DIR"
env GO111MODULE=off \
    GOPATH="$GOPATH_DIR" \
    GOCACHE="$CACHE_DIR" \
    GOFLAGS= \
    GOPROXY=off \
    CGO_ENABLED=0 \
    go build -o "$OUT_ABS" .

echo "built $OUT_ABS"
