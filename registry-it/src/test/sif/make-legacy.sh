#!/usr/bin/env bash
# Build a legacy Singularity 2.x image: the line "#!/usr/bin/env run-singularity\n"
# immediately followed by a squashfs file system (no SIF header).
#
# Usage: make-legacy.sh OUTPUT.img [PAYLOAD_BYTES]   (payload defaults to 4096 random bytes)
set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 OUTPUT.img [PAYLOAD_BYTES]" >&2; exit 2; }
OUT="$1"
PAYLOAD_BYTES="${2:-4096}"
[[ "$PAYLOAD_BYTES" =~ ^[0-9]+$ ]] || { echo "PAYLOAD_BYTES must be a non-negative integer" >&2; exit 2; }
command -v mksquashfs >/dev/null 2>&1 || { echo "$0: mksquashfs not found (apt-get install squashfs-tools)" >&2; exit 1; }

mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/make-legacy.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

ROOT="$WORK/rootfs"
mkdir -p "$ROOT/bin" "$ROOT/etc" "$ROOT/.singularity.d"
printf '#!/bin/sh\n# placeholder shell\n' > "$ROOT/bin/sh"
chmod 755 "$ROOT/bin/sh"
printf 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.0\n' > "$ROOT/etc/os-release"
printf 'Bootstrap: docker\nFrom: alpine:3.19\n' > "$ROOT/.singularity.d/Singularity"

mksquashfs "$ROOT" "$WORK/rootfs.squashfs" \
    -noappend -quiet -no-progress -all-root -no-xattrs -noI -noD -noF -noX -no-duplicates \
    -p "payload.bin f 644 0 0 head -c $PAYLOAD_BYTES /dev/urandom" >/dev/null

{ printf '#!/usr/bin/env run-singularity\n'; cat "$WORK/rootfs.squashfs"; } > "$WORK/image.img"
mv -f "$WORK/image.img" "$OUT"
