#!/usr/bin/env bash
# dist/ is what GitHub runs: it must be exactly the bundle of src/ at this commit.
set -euo pipefail
npm run -s bundle >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is not the bundle of src/: run 'npm run bundle' and commit dist/." >&2
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches a fresh bundle."
