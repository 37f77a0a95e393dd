#!/usr/bin/env bash
# Generates the Rust-free Prisma client. `prisma generate` itself runs on WebAssembly, but the
# CLI still tries to download the native schema engine first, which fails offline; pointing
# PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download (see shared/STACK.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$(command -v node)}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
exec npx --no-install prisma generate
