"""The attacker of bench/stalled-clients.sh: STALLED oras:// blob uploads that announce a megabyte, send a kilobyte
and go silent, and TRICKLING connections that send their headers a byte a second (opened again when the server
cuts them, as an attacker would). Prints "ready" once all are open, then trickles until it is killed.

Usage: python3 bench/stalled-clients.py HOST PORT USER PASSWORD COLLECTION STALLED TRICKLING
"""
import base64
import http.client
import json
import re
import socket
import sys
import time
import urllib.parse

host, port, user, password, collection = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
stalled_count, trickling_count = int(sys.argv[6]), int(sys.argv[7])
repository = collection + "/stalled"


def push_token():
    """A registry token for the repository, from the realm the registry's /v2/ names, as an OCI client gets one."""
    api = http.client.HTTPConnection(host, port)
    api.request("GET", "/v2/")
    challenge = api.getresponse()
    challenge.read()
    header = challenge.getheader("WWW-Authenticate")
    realm = urllib.parse.urlsplit(re.search(r'realm="([^"]+)"', header).group(1)).path
    service = re.search(r'service="([^"]+)"', header).group(1)
    query = urllib.parse.urlencode({"service": service, "scope": f"repository:{repository}:push,pull"})
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    api.request("GET", f"{realm}?{query}", headers={"Authorization": "Basic " + basic})
    return json.load(api.getresponse())["token"]


def upload_location(api, token):
    api.request("POST", f"/v2/{repository}/blobs/uploads/", headers={"Authorization": "Bearer " + token})
    started = api.getresponse()
    started.read()
    return started.getheader("Location")


def stalled_upload(location, token):
    connection = socket.create_connection((host, port))
    connection.sendall(f"PATCH {location} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                       f"Authorization: Bearer {token}\r\nContent-Type: application/octet-stream\r\n"
                       f"Content-Length: {1 << 20}\r\n\r\n".encode() + bytes(1 << 10))
    return connection


def trickler():
    connection = socket.create_connection((host, port))
    connection.sendall(f"GET /api/container/{collection}/pulled:latest HTTP/1.1\r\nHost: {host}:{port}\r\n"
                       "X-Trickle: ".encode())
    return connection


token = push_token()
api = http.client.HTTPConnection(host, port)
# Every upload started before any stalls: on a server they starve, a later start would wait for a thread forever
locations = [upload_location(api, token) for _ in range(stalled_count)]
stalled = [stalled_upload(location, token) for location in locations]
tricklers = [trickler() for _ in range(trickling_count)]
print("ready", flush=True)
while True:
    for i, connection in enumerate(tricklers):
        try:
            connection.send(b"x")
        except OSError:
            tricklers[i] = trickler()
    time.sleep(1)
