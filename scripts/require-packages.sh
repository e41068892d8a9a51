#!/usr/bin/env bash
# Makes sure Debian packages are installed: installs the missing ones when it may (root, with apt-get); otherwise
# prints the one command that would, and fails. test.sh and run.sh --demo use it.
#
# Usage: scripts/require-packages.sh WHAT-NEEDS-THEM PACKAGE...
set -euo pipefail
needed_by=$1
shift

missing=()
for package in "$@"; do
  [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  printf '== installing %s (for %s)\n' "${missing[*]}" "$needed_by"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have empty package lists.
  apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
else
  printf '%s needs Debian packages that are missing. Install them, then run it again:\n  sudo apt-get install -y %s\n' \
    "$needed_by" "${missing[*]}" >&2
  exit 1
fi
