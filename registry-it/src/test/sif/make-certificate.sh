#!/usr/bin/env bash
# Make a throw-away X.509 code-signing certificate with openssl, as an institution's CA would issue one for
# `apptainer sign --certificate`: an ECDSA P-256 key, extended key usage codeSigning, the e-mail address as a
# subject alternative name, issued by DIR's test CA (made on first use: ca.pem, ca.key).
#
# Usage: make-certificate.sh DIR NAME EMAIL [DAYS] [EXTENDED_KEY_USAGE]
#
# Writes DIR/NAME.pem (the certificate) and DIR/NAME.key (its unencrypted PKCS #8 private key, for sifsign
# sign-x509) and prints the certificate's SHA-256 fingerprint (64 upper-case hex digits) on stdout. DAYS: how long
# it is valid (1); EXTENDED_KEY_USAGE: codeSigning, or e.g. clientAuth for a certificate that may not sign images.
# Needs: openssl.
set -euo pipefail

[[ $# -ge 3 && $# -le 5 ]] || { echo "usage: $0 DIR NAME EMAIL [DAYS] [EXTENDED_KEY_USAGE]" >&2; exit 2; }
DIR="$1"
NAME="$2"
EMAIL="$3"
DAYS="${4:-1}"
USAGE="${5:-codeSigning}"
[[ -n "$NAME" && "$NAME" != */* && "$NAME" != ca ]] || { echo "$0: NAME must be a file name other than ca" >&2; exit 2; }
command -v openssl >/dev/null 2>&1 || { echo "$0: 'openssl' not found (apt-get install openssl)" >&2; exit 1; }
mkdir -p "$DIR"

KEY=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
if [[ ! -s "$DIR/ca.pem" ]]; then
    openssl req -x509 "${KEY[@]}" -keyout "$DIR/ca.key" -out "$DIR/ca.pem" -days 30 -subj "/O=Registry tests/CN=Test CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi

EXTENSIONS="$(mktemp)"
trap 'rm -f "$EXTENSIONS" "$DIR/$NAME.csr"' EXIT
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=%s\nsubjectAltName=email:%s\n' \
    "$USAGE" "$EMAIL" > "$EXTENSIONS"
openssl req "${KEY[@]}" -keyout "$DIR/$NAME.key" -out "$DIR/$NAME.csr" -subj "/O=Registry tests/CN=$NAME" 2>/dev/null
openssl x509 -req -in "$DIR/$NAME.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
    -days "$DAYS" -extfile "$EXTENSIONS" -out "$DIR/$NAME.pem" 2>/dev/null
chmod 600 "$DIR/$NAME.key"

openssl x509 -in "$DIR/$NAME.pem" -noout -fingerprint -sha256 | sed 's/^.*=//; s/://g'
