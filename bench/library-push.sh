# Sourced by the bench scripts: a library push by curl with the digest already known, as bench/race.sh's push rows
# make it: create the container, the image, upload to the signed URL, complete, tag `latest`. Needs curl and jq.
#
#   library_push BASE TOKEN COLLECTION FILE CONTAINER-NAME      a new container and its first image
#   library_push_image BASE TOKEN CONTAINER-ID FILE             another image for a container, tagged latest
#
# They stop at the first request that fails and return non-zero (curl's message on stderr), also where the caller's
# `set -e` does not hold (inside `if`).
library_push() {
  local base=$1 token=$2 collection=$3 file=$4 name=$5 container
  container=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"collection\":\"$collection\"}" "$base/v1/containers" | jq -er .data.id) || return
  library_push_image "$base" "$token" "$container" "$file"
}

library_push_image() {
  local base=$1 token=$2 container=$3 file=$4 sha size image upload
  local auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  sha=$(sha256sum "$file" | cut -d' ' -f1)
  size=$(stat -c %s "$file")
  image=$(curl -fsS "${auth[@]}" -d "{\"hash\":\"sha256.$sha\",\"container\":\"$container\"}" \
    "$base/v1/images" | jq -er .data.id) || return
  upload=$(curl -fsS "${auth[@]}" -d "{\"filesize\":$size,\"sha256sum\":\"$sha\"}" \
    "$base/v2/imagefile/$image" | jq -er .data.uploadURL) || return
  curl -fsS -o /dev/null -T "$file" "$upload" || return
  curl -fsS -o /dev/null "${auth[@]}" -X PUT "$base/v2/imagefile/$image/_complete" || return
  curl -fsS -o /dev/null "${auth[@]}" -d "{\"Tag\":\"latest\",\"ImageID\":\"$image\"}" "$base/v1/tags/$container"
}
