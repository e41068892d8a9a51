#!/usr/bin/env bash
# Loads the demo set into a running registry, through its public APIs only, as users would: four users'
# collections of real SIF images, built here from the definition files in demo/definitions/ (by the tests' image
# maker, registry-it/src/test/sif/make-sif.sh), pushed with the library protocol, tagged, topic-tagged, starred,
# and pulled through shub, so that every count the pages show is real. What is there already is skipped, so
# loading twice is harmless. `./run.sh --demo` runs it; README's "Run" describes the set.
#
# Usage: DEMO_PASSWORD=... demo/load.sh [BASE_URL]     (default http://localhost:8080)
#        demo/load.sh --users                          the demo users, one a line
# The demo users must exist in the registry's realm with DEMO_PASSWORD as their password (run.sh adds them).
# Needs curl, jq, siftool and squashfs-tools.
set -euo pipefail
cd "$(dirname "$0")"

USERS=(ada marie alan grace)
if [ "${1:-}" = --users ]; then
  printf '%s\n' "${USERS[@]}"
  exit 0
fi
BASE=${1:-http://localhost:8080}
BASE=${BASE%/}
: "${DEMO_PASSWORD:?is the password of the demo users}"
for tool in curl jq siftool mksquashfs; do
  command -v "$tool" >/dev/null || { echo "demo: '$tool' is missing (apt-get install curl jq siftool squashfs-tools)" >&2; exit 1; }
done

say() { printf 'demo: %s\n' "$*"; }

# One API call as USER (HTTP basic, the password kept off the command line): the answer's body; an error answer
# stops the script with what the registry said.
api() {
  local user=$1 method=$2 path=$3 body=() answer code
  [ $# -lt 4 ] || body=(-H 'Content-Type: application/json' --data "$4")
  answer=$(printf 'user = "%s:%s"\n' "$user" "$DEMO_PASSWORD" \
    | curl -sS -K - -w '\n%{http_code}' -X "$method" "${body[@]}" "$BASE/$path")
  code=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  if [ "$code" -ge 400 ]; then
    echo "demo: $method $path answered $code: $answer" >&2
    exit 1
  fi
  printf '%s' "$answer"
}
# The HTTP status of a GET as USER, for "is it there yet?".
status() {
  printf 'user = "%s:%s"\n' "$1" "$DEMO_PASSWORD" | curl -s -o /dev/null -w '%{http_code}' -K - "$BASE/$2"
}

curl -sf -o /dev/null "$BASE/version" || { echo "demo: no registry answers at $BASE" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/demo.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

declare -A OWNER       # collection -> its owner
declare -A PULLS       # collection/container -> pulls made by this run
PUSHED=()              # refs pushed by this run, collection/container:tag
TOPICS=()              # "collection/container:tag topic", for every tag
PULL_PLAN=()           # "collection/container:tag count", for the tags pushed by this run

# collection NAME OWNER public|private DESCRIPTION: made through the library API unless it exists.
collection() {
  local name=$1 owner=$2 privacy=$3 description=$4
  OWNER[$name]=$owner
  sign_in "$owner"
  if [ "$(status "$owner" "v1/entities/$owner")" = 404 ]; then
    api "$owner" POST v1/entities "$(jq -nc --arg n "$owner" '{name: $n}')" >/dev/null
  fi
  if [ "$(status "$owner" "v1/collections/$owner/$name")" = 404 ]; then
    api "$owner" POST v1/collections "$(jq -nc --arg n "$name" --arg e "$owner" --arg d "$description" \
      --argjson p "$([ "$privacy" = private ] && echo true || echo false)" \
      '{name: $n, entity: $e, description: $d, private: $p}')" >/dev/null
    say "made the $privacy collection $name of $owner"
  fi
}

# image COLLECTION CONTAINER DEFINITION KIB "TAG=PULLS ..." "TOPIC ...": a SIF built from the definition file with
# KIB KiB of payload, pushed and tagged unless its first tag is there already; the pulls are made for new tags only.
image() {
  local collection=$1 container=$2 definition=$3 kib=$4 tags=$5 topics=$6
  local owner=${OWNER[$collection]} first=${tags%%=*} tag pulls topic
  for tag in $tags; do
    for topic in $topics; do
      TOPICS+=("$collection/$container:${tag%%=*} $topic")
    done
  done
  if [ "$(status "$owner" "api/container/$collection/$container:$first")" = 200 ]; then
    return
  fi
  local sif="$WORK/$container.sif"
  bash ../registry-it/src/test/sif/make-sif.sh --def "definitions/$definition" "$sif" $((kib * 1024))
  local image_id container_id named=()
  image_id=$(push "$owner" "$collection" "$container" "$sif")
  container_id=$(api "$owner" GET "v1/containers/$owner/$collection/$container" | jq -r .data.id)
  for tag in $tags; do
    pulls=${tag#*=}
    tag=${tag%%=*}
    api "$owner" POST "v2/tags/$container_id" \
      "$(jq -nc --arg t "$tag" --arg i "$image_id" '{Arch: "amd64", Tag: $t, ImageID: $i}')" >/dev/null
    named+=("$tag")
    PUSHED+=("$collection/$container:$tag")
    PULL_PLAN+=("$collection/$container:$tag $pulls")
  done
  say "pushed $collection/$container:${named[*]} ($(stat -c %s "$sif") bytes)"
}

# The library push, step by step as the Apptainer client does it; prints the image's id.
push() {
  local owner=$1 collection=$2 container=$3 sif=$4
  local hash container_id image
  hash=sha256.$(sha256sum "$sif" | cut -d' ' -f1)
  if [ "$(status "$owner" "v1/containers/$owner/$collection/$container")" = 404 ]; then
    api "$owner" POST v1/containers "$(jq -nc --arg n "$container" --arg c "$collection" \
      '{name: $n, collection: $c}')" >/dev/null
  fi
  container_id=$(api "$owner" GET "v1/containers/$owner/$collection/$container" | jq -r .data.id)
  image=$(api "$owner" POST v1/images "$(jq -nc --arg h "$hash" --arg c "$container_id" \
    '{hash: $h, container: $c}')" | jq -c .data)
  if [ "$(jq -r .uploaded <<<"$image")" != true ]; then
    local upload_url
    upload_url=$(api "$owner" POST "v2/imagefile/$(jq -r .id <<<"$image")" "$(jq -nc \
      --argjson s "$(stat -c %s "$sif")" --arg sha "${hash#sha256.}" --arg md5 "$(md5sum "$sif" | cut -d' ' -f1)" \
      '{filesize: $s, sha256sum: $sha, md5sum: $md5}')" | jq -r .data.uploadURL)
    # The signed URL carries its own authorisation, as the client uploads
    curl -sS --fail-with-body -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$sif" \
      "$upload_url" >/dev/null
    api "$owner" PUT "v2/imagefile/$(jq -r .id <<<"$image")/_complete" '{}' >/dev/null
  fi
  jq -r .id <<<"$image"
}

# A sign-in through the sign-in page, which the registry records as a person's visit (the users page shows it).
sign_in() {
  local cookies="$WORK/cookies-$1"
  curl -sS -o /dev/null -c "$cookies" -b "$cookies" "$BASE/account/index.xhtml"
  curl -sS -o /dev/null -L -c "$cookies" -b "$cookies" --data-urlencode "j_username=$1" \
    --data-urlencode "j_password=$DEMO_PASSWORD" "$BASE/j_security_check"
}

# star COLLECTION USER...
star() {
  local collection=$1 user
  shift
  for user in "$@"; do
    api "$user" PUT "api/stars/$collection" >/dev/null
  done
}

# Waits until COMMAND (a function of one ref) succeeds for every ref, at most two minutes in all.
await() {
  local what=$1 check=$2 ref
  shift 2
  local deadline=$((SECONDS + 120))
  for ref in "$@"; do
    until "$check" "$ref"; do
      [ "$SECONDS" -lt "$deadline" ] || { echo "demo: $what took more than two minutes ($ref)" >&2; exit 1; }
      sleep 1
    done
  done
}
# The checks run as until's condition, where a failing command does not stop the script: they stop it themselves.
parsed() {
  local collection=${1%%/*} state
  state=$(api "${OWNER[$collection]}" GET "api/container/$1" | jq -r .metadata.parseStatus) || exit 1
  [ "$state" != PENDING ]
}
counted() {
  local collection=${1%%/*} container=${1#*/} count
  local owner=${OWNER[$collection]}
  count=$(api "$owner" GET "v1/containers/$owner/$collection/$container" | jq .data.downloadCount) || exit 1
  [ "$count" -ge "${PULLS[$1]}" ]
}

# ---- the demo set -------------------------------------------------------------------------------------------------
collection bioinformatics ada public \
  "Read alignment, variant calling and quality control, maintained by the genomics core facility."
collection chemistry marie public \
  "Molecular dynamics and quantum chemistry codes built for the cluster's CPU and GPU nodes."
collection ml alan public \
  "Deep learning frameworks with CUDA, and JupyterLab for interactive sessions on the GPU partition."
collection tools grace public \
  "Base images and everyday tools from Research Computing: start your own definition files from these."
collection rnaseq-lab ada private \
  "Work in progress of the RNA-seq group: pipelines not yet validated for wider use."

#     collection     container        definition (in definitions/)             KiB   tag=pulls ...        topics
image bioinformatics samtools         bioinformatics/samtools-1.17.def         700   "1.17=5"             "genomics alignment"
image bioinformatics samtools         bioinformatics/samtools-1.19.def         760   "1.19=6 latest=21"   "genomics alignment"
image bioinformatics bwa              bioinformatics/bwa-0.7.17.def            420   "0.7.17=4 latest=14" "genomics alignment"
image bioinformatics fastqc           bioinformatics/fastqc-0.12.1.def         1800  "0.12.1=2 latest=9"  "genomics quality-control"
image chemistry      gromacs          chemistry/gromacs-2023.3.def             3200  "2023.3=6"           "molecular-dynamics mpi gpu"
image chemistry      gromacs          chemistry/gromacs-2024.1.def             3400  "2024.1=3 latest=15" "molecular-dynamics mpi gpu"
image chemistry      cp2k             chemistry/cp2k-2024.1.def                4200  "2024.1=1 latest=4"  "quantum-chemistry mpi"
image ml             pytorch          ml/pytorch-2.2.1.def                     6400  "2.2.1=8 latest=26"  "deep-learning gpu cuda python"
image ml             tensorflow       ml/tensorflow-2.15.0.def                 5600  "2.15.0=3 latest=12" "deep-learning gpu cuda python"
image ml             jupyterlab       ml/jupyterlab-4.1.5.def                  2600  "4.1.5=2 latest=11"  "notebooks python"
image tools          python           tools/python-3.12.def                    900   "3.12=5 latest=14"   "python"
image tools          r-base           tools/r-base-4.3.3.def                   2100  "4.3.3=2 latest=7"   "statistics"
image tools          openmpi          tools/openmpi-4.1.6.def                  1500  "4.1.6=3 latest=10"  "mpi"
image rnaseq-lab     rnaseq-pipeline  rnaseq-lab/rnaseq-pipeline-0.4.0.def     2400  "0.4.0=1 latest=3"   "genomics rna-seq"

star bioinformatics ada marie alan grace
star ml alan ada grace
star tools grace alan marie
star chemistry marie ada
star rnaseq-lab ada

# ---- what the registry does after a push, then what users do -------------------------------------------------------
# Topics after the header is read: reading a new image replaces what was recorded of the old one.
await "reading the images' headers" parsed "${PUSHED[@]}"
for entry in "${TOPICS[@]}"; do
  ref=${entry% *}
  collection=${ref%%/*}
  api "${OWNER[$collection]}" PUT "api/containers/$ref/topics/${entry#* }" >/dev/null
done

for entry in "${PULL_PLAN[@]}"; do
  ref=${entry% *}
  collection=${ref%%/*}
  name=${ref%:*}
  for ((i = 0; i < ${entry#* }; i++)); do
    # shub's two steps: the metadata, then its signed image URL, which needs no credentials
    curl -sS --fail-with-body -L -o /dev/null "$(api "${OWNER[$collection]}" GET "api/container/$ref" | jq -r .image)"
  done
  PULLS[$name]=$(( ${PULLS[$name]:-0} + ${entry#* } ))
done
await "counting the pulls" counted "${!PULLS[@]}"

say "loaded $BASE: ${#PUSHED[@]} tags pushed now; sign in as ${USERS[*]}"
