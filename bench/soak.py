"""The mixed load of bench/soak.sh: WORKERS threads for SECONDS, each doing one operation after another, drawn at
random by weight, as the registry's users would over a day:

  shub-lookup     the shub manifest of the public image, signed out
  library-lookup  /v1/images of it with the user's API token
  search          /v1/search
  page            the home page and the collections page
  library-pull    /v1/imagefile, its 303 and the image, read to the end
  oras-pull       an anonymous pull token, the manifest, the SIF blob read to the end
  library-push    one of the pool's images into the worker's own container, tagged, then the tag deleted
  oras-push       one of the pool's images to the worker's own repository, then its manifest deleted
  bad-token       /v1/images with a made-up API token: 401, or 429 once the registry throttles it

Every answer is checked; anything else is an error, counted, and the first of each kind printed on stderr. At the end
it prints one line per kind: `KIND COUNT ERRORS`, and exits 1 if there was any error.

Usage: python3 bench/soak.py HOST PORT USER TOKEN COLLECTION SECONDS WORKERS POOL-DIR
(the collection public, holding the image `pulled:latest`; POOL-DIR SIF files to push)
"""
import base64
import hashlib
import http.client
import json
import os
import random
import re
import secrets
import sys
import threading
import time
import urllib.parse
from collections import Counter

host, port, user, api_token, collection = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
seconds, workers, pool_dir = float(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
pulled = f"{collection}/pulled:latest"
library_pulled = f"{user}/{pulled}"  # library refs name the entity
pool = []
for name in sorted(os.listdir(pool_dir)):
    with open(os.path.join(pool_dir, name), "rb") as f:
        content = f.read()
    pool.append((content, hashlib.sha256(content).hexdigest()))

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
counts, errors, first_error = Counter(), Counter(), {}
lock = threading.Lock()


class Unexpected(Exception):
    pass


class Client:
    """One worker's kept-alive connection, opened again when the server closes it."""

    def __init__(self):
        self.connection = http.client.HTTPConnection(host, port, timeout=60)

    def call(self, method, path, expect, body=None, headers=None):
        try:
            self.connection.request(method, path, body=body, headers=headers or {})
            answer = self.connection.getresponse()
            content = answer.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(host, port, timeout=60)
            raise
        if answer.status not in expect:
            raise Unexpected(f"{method} {path}: {answer.status} {content[:300]!r}")
        return answer, content

    def json(self, method, path, body=None, headers=None, expect=(200,)):
        headers = {"Authorization": "Bearer " + api_token, "Content-Type": "application/json", **(headers or {})}
        payload = None if body is None else json.dumps(body).encode()
        return json.loads(self.call(method, path, expect, payload, headers)[1] or b"null")

    def follow(self, path, headers=None):
        """GET that follows the registry's redirects to its signed URLs; the body."""
        for _ in range(3):
            answer, content = self.call("GET", path, (200, 302, 303, 307), headers=headers)
            if answer.status == 200:
                return content
            path = urllib.parse.urlsplit(answer.getheader("Location"))
            path = path.path + ("?" + path.query if path.query else "")
        raise Unexpected(f"GET {path}: too many redirects")

    def registry_token(self, repository, actions, basic=None):
        challenge, _ = self.call("GET", "/v2/", (200, 401))
        header = challenge.getheader("WWW-Authenticate")
        realm = urllib.parse.urlsplit(re.search(r'realm="([^"]+)"', header).group(1)).path
        service = re.search(r'service="([^"]+)"', header).group(1)
        query = urllib.parse.urlencode({"service": service, "scope": f"repository:{repository}:{actions}"})
        headers = {"Authorization": "Basic " + base64.b64encode(basic.encode()).decode()} if basic else {}
        return json.loads(self.call("GET", f"{realm}?{query}", (200,), headers=headers)[1])["token"]


def shub_lookup(client, worker):
    client.call("GET", f"/api/container/{pulled}", (200,))


def library_lookup(client, worker):
    client.json("GET", f"/v1/images/{library_pulled}")


def search(client, worker):
    client.call("GET", "/v1/search?value=pulled", (200,))


def page(client, worker):
    client.follow("/")
    client.follow("/collections/")


def library_pull(client, worker):
    client.follow(f"/v1/imagefile/{library_pulled}")


def oras_pull(client, worker):
    repository = f"{collection}/pulled"
    bearer = {"Authorization": "Bearer " + client.registry_token(repository, "pull")}
    _, manifest = client.call("GET", f"/v2/{repository}/manifests/latest", (200,),
                              headers={**bearer, "Accept": OCI_MANIFEST})
    layer = json.loads(manifest)["layers"][0]
    if len(client.follow(f"/v2/{repository}/blobs/{layer['digest']}", headers=bearer)) != layer["size"]:
        raise Unexpected("oras pull: the blob is not the size the manifest gives")


def library_push(client, worker):
    content, sha = random.choice(pool)
    name = f"push-w{worker}"
    container = client.json("GET", f"/v1/containers/{user}/{collection}/{name}", expect=(200, 404))
    if container.get("data") is None:
        container = client.json("POST", "/v1/containers", {"name": name, "collection": collection})
    container_id = container["data"]["id"]
    image = client.json("POST", "/v1/images", {"hash": f"sha256.{sha}", "container": container_id})["data"]
    if not image.get("uploaded"):
        upload = client.json("POST", f"/v2/imagefile/{image['id']}",
                             {"filesize": len(content), "sha256sum": sha})["data"]["uploadURL"]
        target = urllib.parse.urlsplit(upload)
        client.call("PUT", f"{target.path}?{target.query}", (200,), content)
        client.json("PUT", f"/v2/imagefile/{image['id']}/_complete", {})
    client.json("POST", f"/v1/tags/{container_id}", {"Tag": "latest", "ImageID": image["id"]})
    client.json("DELETE", f"/v1/images/{user}/{collection}/{name}:latest")


def oras_push(client, worker):
    content, sha = random.choice(pool)
    repository = f"{collection}/oras-w{worker}"
    bearer = {"Authorization": "Bearer " + client.registry_token(repository, "push,pull", f"{user}:{api_token}")}
    config = b"{}"
    for blob in (content, config):
        digest = "sha256:" + hashlib.sha256(blob).hexdigest()
        present, _ = client.call("HEAD", f"/v2/{repository}/blobs/{digest}", (200, 404), headers=bearer)
        if present.status == 404:
            started, _ = client.call("POST", f"/v2/{repository}/blobs/uploads/", (202,), headers=bearer)
            location = urllib.parse.urlsplit(started.getheader("Location"))
            query = (location.query + "&" if location.query else "") + "digest=" + digest
            client.call("PUT", f"{location.path}?{query}", (201,), blob,
                        {**bearer, "Content-Type": "application/octet-stream"})
    manifest = json.dumps({
        "schemaVersion": 2, "mediaType": OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.sylabs.sif.config.v1+json", "size": len(config),
                   "digest": "sha256:" + hashlib.sha256(config).hexdigest()},
        "layers": [{"mediaType": "application/vnd.sylabs.sif.layer.v1.sif", "size": len(content),
                    "digest": "sha256:" + sha, "annotations": {"org.opencontainers.image.title": "image.sif"}}],
    }).encode()
    stored, _ = client.call("PUT", f"/v2/{repository}/manifests/latest", (201,), manifest,
                            {**bearer, "Content-Type": OCI_MANIFEST})
    client.call("DELETE", f"/v2/{repository}/manifests/{stored.getheader('Docker-Content-Digest')}", (202,),
                headers=bearer)


def bad_token(client, worker):
    client.call("GET", f"/v1/images/{library_pulled}", (401, 429),
                headers={"Authorization": "Bearer " + secrets.token_hex(20)})


OPERATIONS = [(shub_lookup, 20), (library_lookup, 20), (search, 5), (page, 5), (library_pull, 10), (oras_pull, 10),
              (library_push, 4), (oras_push, 4), (bad_token, 2)]


def work(worker, deadline):
    client = Client()
    operations, weights = zip(*OPERATIONS)
    while time.monotonic() < deadline:
        operation = random.choices(operations, weights)[0]
        kind = operation.__name__.replace("_", "-")
        try:
            operation(client, worker)
            failed = False
        except Exception as e:  # every failure is the soak's finding, whatever its kind
            failed = True
            message = f"{type(e).__name__}: {e}"
        with lock:
            counts[kind] += 1
            if failed:
                errors[kind] += 1
                if kind not in first_error:
                    first_error[kind] = message
                    print(f"{kind}: {message}", file=sys.stderr, flush=True)


deadline = time.monotonic() + seconds
threads = [threading.Thread(target=work, args=(worker, deadline)) for worker in range(workers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for kind, _ in ((op.__name__.replace("_", "-"), w) for op, w in OPERATIONS):
    print(kind, counts[kind], errors[kind])
sys.exit(1 if errors else 0)
