#!/usr/bin/env bash
# Make sure the real browsers the demo and the end-to-end tests drive are installed: Debian's
# Chromium and Firefox ESR (no test tool downloads its own browser). Installs them with apt-get
# when run as root; otherwise says exactly what to run.
set -euo pipefail
want=("$@")
[ ${#want[@]} -gt 0 ] || want=(chromium firefox-esr)
missing=()
for pkg in "${want[@]}"; do
  command -v "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "ensure-browsers: ${missing[*]} not found. Install them first, e.g.: sudo apt-get install -y ${missing[*]}" >&2
exit 1
