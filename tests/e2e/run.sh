#!/usr/bin/env bash
# End-to-end tests against the production build (`next build` must have run: npm test does it).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f .next/BUILD_ID ]; then
  echo "No production build found: run \`npx next build\` first (npm test does it for you)." >&2
  exit 1
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(bash tests/ensure-chromium.sh | sed -n 's/^Chromium: //p')}"
exec npx --no-install playwright test "$@"
