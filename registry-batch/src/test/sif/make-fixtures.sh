#!/bin/sh
# Builds the SIF reader's generated test fixtures into OUTDIR:
#   built.sif     deffile, JSON labels, inspect-metadata generic JSON, env var object and a
#                 squashfs PrimSys amd64 partition, all in group 1 (made with siftool)
#   legacy.simg   a Singularity 2.x image: the run-singularity line followed by a squashfs
# The committed copies in src/test/resources/sif/ came from this script; rerun it only to change
# them (the SIF's id and times change on every run, the tests do not depend on them).
# Needs: siftool, mksquashfs.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
out=$1
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/rootfs/etc" "$work/rootfs/.singularity.d"
printf 'NAME="Fixture"\nID=fixture\n' > "$work/rootfs/etc/os-release"
printf '#!/bin/sh\necho "hello from the fixture"\n' > "$work/rootfs/.singularity.d/runscript"
mksquashfs "$work/rootfs" "$work/rootfs.sqfs" -noappend -all-root -all-time 0 -mkfs-time 0 -quiet >/dev/null

cat > "$work/fixture.def" <<'DEF'
Bootstrap: docker
From: ubuntu:22.04

%labels
    Author registry-tests
    Version 1.0

%environment
    export LC_ALL=C

%runscript
    echo "hello from the fixture"

%help
    A fixture image for the SIF reader tests.
DEF

cat > "$work/labels.json" <<'JSON'
{"org.opencontainers.image.title":"fixture","Version":"0.9","build":{"host":"ci","number":42},"tags":["a","b"],"signed":false,"nothing":null}
JSON

cat > "$work/inspect-metadata.json" <<'JSON'
{"data":{"attributes":{"labels":{"Author":"registry-tests","Version":"1.0","org.label-schema.usage.singularity.deffile.bootstrap":"docker","org.label-schema.usage.singularity.deffile.from":"ubuntu:22.04"},"deffile":"Bootstrap: docker\nFrom: ubuntu:22.04\n","runscript":"#!/bin/sh\necho \"hello from the fixture\"\n","helpfile":"A fixture image for the SIF reader tests.\n"}},"type":"container"}
JSON

printf 'export LC_ALL=C\n' > "$work/env.sh"

sif="$work/built.sif"
siftool new "$sif"
siftool add "$sif" "$work/fixture.def" --datatype 1 --groupid 1 --filename fixture.def
siftool add "$sif" "$work/labels.json" --datatype 3 --groupid 1 --filename labels.json
siftool add "$sif" "$work/inspect-metadata.json" --datatype 6 --groupid 1 --filename inspect-metadata.json
siftool add "$sif" "$work/env.sh" --datatype 2 --groupid 1 --filename env.sh
siftool add "$sif" "$work/rootfs.sqfs" --datatype 4 --groupid 1 --parttype 2 --partfs 1 --partarch 2 --filename rootfs.sqfs
cp "$sif" "$out/built.sif"

printf '#!/usr/bin/env run-singularity\n' > "$out/legacy.simg"
cat "$work/rootfs.sqfs" >> "$out/legacy.simg"
