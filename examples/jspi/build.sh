#!/usr/bin/env bash
# Rebuilds program.wasm (for JSPI) and program.asyncify.wasm (Binaryen's Asyncify pass over the same module, with
# env.fetch_data as its only async import). Needs Debian's wabt (wat2wasm) and binaryen (wasm-opt).
set -euo pipefail
cd "$(dirname "$0")"
wat2wasm program.wat -o program.wasm
wasm-opt program.wasm --enable-bulk-memory --asyncify --pass-arg=asyncify-imports@env.fetch_data -O1 -o program.asyncify.wasm
ls -l program.wasm program.asyncify.wasm
