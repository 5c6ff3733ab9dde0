#!/usr/bin/env bash
# Build the extension from the committed database entries only, while other authors' entries
# are still being written in the working tree. Code comes from the working tree as usual.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive HEAD assets/context | tar -x -C "$tmp"
export BACKSTORY_CONTEXT_DIR="$tmp/assets/context"
npm run build
