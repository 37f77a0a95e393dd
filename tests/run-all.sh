#!/usr/bin/env bash
# npm test — every check, in the order that fails fastest: types, lint, unit tests, the
# production build, integration tests (real PGlite, a real server, and PostgreSQL too when
# TEST_DATABASE_URL is set), then end-to-end tests in Chromium against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
started=$(date +%s)

step "Chromium for end-to-end tests"
bash tests/ensure-chromium.sh

step "Typecheck"
npx --no-install tsc --noEmit -p tsconfig.json

step "Lint"
npx --no-install eslint . --max-warnings=0

step "Unit tests"
npx --no-install vitest run --project unit

step "Production build"
npx --no-install next build

step "Integration tests${TEST_DATABASE_URL:+ (PGlite and PostgreSQL)}"
npx --no-install vitest run --project integration

step "End-to-end tests (Chromium)"
bash tests/e2e/run.sh

printf '\nAll checks passed in %ss.\n' "$(( $(date +%s) - started ))"
