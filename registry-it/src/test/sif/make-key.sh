#!/usr/bin/env bash
# Make a throw-away OpenPGP signing key with gpg, as `apptainer key newpair` would (no passphrase):
# an RSA 3072 primary key that can sign (no subkeys) and never expires, user ID "NAME <EMAIL>".
# RSA is what both sifsign (the Go OpenPGP library Apptainer uses) signs with and Bouncy Castle verifies.
#
# Usage: make-key.sh DIR NAME EMAIL
#
# Writes DIR/NAME.pub.asc (armored public key) and DIR/NAME.sec.asc (armored, unencrypted secret key, for
# sifsign sign) and prints the key's fingerprint (40 upper-case hex digits) on stdout.
# gpg works in a temporary GNUPGHOME (never ~/.gnupg), which is removed with its agent at the end.
# Needs: gpg, gpgconf (gnupg). TMPDIR is not used: gpg-agent's socket paths must stay short.
set -euo pipefail

[[ $# -eq 3 ]] || { echo "usage: $0 DIR NAME EMAIL" >&2; exit 2; }
DIR="$1"
NAME="$2"
EMAIL="$3"
[[ -n "$NAME" && "$NAME" != */* ]] || { echo "$0: NAME must be a non-empty file name" >&2; exit 2; }
[[ "$EMAIL" == *@* ]] || { echo "$0: EMAIL must contain '@'" >&2; exit 2; }
for tool in gpg gpgconf; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$0: '$tool' not found (apt-get install gnupg)" >&2; exit 1; }
done
mkdir -p "$DIR"

GNUPGHOME="$(mktemp -d /tmp/gpg.XXXXXX)"
export GNUPGHOME
chmod 700 "$GNUPGHOME"
cleanup() {
    gpgconf --kill all >/dev/null 2>&1 || true
    rm -rf "$GNUPGHOME"
}
trap cleanup EXIT

GPG=(gpg --batch --quiet --no-tty --pinentry-mode loopback --passphrase '')
"${GPG[@]}" --quick-gen-key "$NAME <$EMAIL>" rsa3072 sign never 2>/dev/null \
    || { echo "$0: gpg could not make the key" >&2; exit 1; }

FPR="$("${GPG[@]}" --with-colons --list-secret-keys | awk -F: '$1 == "fpr" { print $10; exit }')"
[[ "$FPR" =~ ^[0-9A-F]{40}$ ]] || { echo "$0: unexpected fingerprint '$FPR'" >&2; exit 1; }

"${GPG[@]}" --armor --export "$FPR" > "$DIR/$NAME.pub.asc"
"${GPG[@]}" --armor --export-secret-keys "$FPR" > "$DIR/$NAME.sec.asc"
chmod 600 "$DIR/$NAME.sec.asc"
[[ -s "$DIR/$NAME.pub.asc" && -s "$DIR/$NAME.sec.asc" ]] || { echo "$0: gpg exported nothing" >&2; exit 1; }

echo "$FPR"
