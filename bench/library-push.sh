# Sourced by the bench scripts: a library push by curl with the digest already known, as bench/race.sh's push rows
# make it: create the container, the image, upload to the signed URL, complete, tag `latest`. Needs curl and jq.
#
#   library_push BASE TOKEN COLLECTION FILE CONTAINER-NAME [PARTS-DIR]   a new container and its first image
#   library_push_image BASE TOKEN CONTAINER-ID FILE [PARTS-DIR]          another image for a container, tagged latest
#   library_upload_parts BASE TOKEN IMAGE-ID PARTS-DIR                   a multipart upload of an announced image
#
# With PARTS-DIR the image goes up as a multipart upload of the files PARTS-DIR/part-NNNN, split beforehand at the
# registry's part size (32 MiB: split -b 32M -d -a 4 FILE PARTS-DIR/part-); without, in one PUT.
#
# They stop at the first request that fails and return non-zero (curl's message on stderr), also where the caller's
# `set -e` does not hold (inside `if`).
library_push() {
  local base=$1 token=$2 collection=$3 file=$4 name=$5 container
  container=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"collection\":\"$collection\"}" "$base/v1/containers" | jq -er .data.id) || return
  library_push_image "$base" "$token" "$container" "$file" "${6:-}"
}

library_push_image() {
  local base=$1 token=$2 container=$3 file=$4 sha size image upload
  local auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  sha=$(sha256sum "$file" | cut -d' ' -f1)
  size=$(stat -c %s "$file")
  image=$(curl -fsS "${auth[@]}" -d "{\"hash\":\"sha256.$sha\",\"container\":\"$container\"}" \
    "$base/v1/images" | jq -er .data.id) || return
  if [ -n "${5:-}" ]; then
    library_upload_parts "$base" "$token" "$image" "$5" || return
  else
    upload=$(curl -fsS "${auth[@]}" -d "{\"filesize\":$size,\"sha256sum\":\"$sha\"}" \
      "$base/v2/imagefile/$image" | jq -er .data.uploadURL) || return
    curl -fsS -o /dev/null -T "$file" "$upload" || return
    curl -fsS -o /dev/null "${auth[@]}" -X PUT "$base/v2/imagefile/$image/_complete" || return
  fi
  curl -fsS -o /dev/null "${auth[@]}" -d "{\"Tag\":\"latest\",\"ImageID\":\"$image\"}" "$base/v1/tags/$container"
}

library_upload_parts() {
  local base=$1 token=$2 image=$3 parts_dir=$4 size=0 upload part number url etag parts=()
  local auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  for part in "$parts_dir"/part-*; do size=$((size + $(stat -c %s "$part"))); done
  upload=$(curl -fsS "${auth[@]}" -d "{\"filesize\":$size}" "$base/v2/imagefile/$image/_multipart" \
    | jq -er .data.uploadID) || return
  for part in "$parts_dir"/part-*; do
    number=$(( 10#${part##*-} + 1 ))
    url=$(curl -fsS "${auth[@]}" -X PUT \
      -d "{\"partSize\":$(stat -c %s "$part"),\"uploadID\":\"$upload\",\"partNumber\":$number}" \
      "$base/v2/imagefile/$image/_multipart" | jq -er .data.presignedURL) || return
    etag=$(curl -fsS -o /dev/null -w '%header{etag}' -T "$part" "$url") || return
    parts+=("{\"partNumber\":$number,\"token\":\"${etag//\"/}\"}")
  done
  curl -fsS -o /dev/null "${auth[@]}" -X PUT \
    -d "{\"uploadID\":\"$upload\",\"completedParts\":[$(IFS=,; echo "${parts[*]}")]}" \
    "$base/v2/imagefile/$image/_multipart_complete"
}
