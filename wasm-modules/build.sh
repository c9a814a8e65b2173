#!/usr/bin/env bash
# Rebuilds the .wasm files the tests use from their sources here (needs Debian's wabt: wat2wasm).
# The outputs are committed, so tests and CI do not need the toolchain.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../tests/pages/wasm"
wat2wasm "$here/add.wat" -o "$out/add.wasm"
wat2wasm --enable-threads "$here/atomics.wat" -o "$out/atomics.wasm"
echo "built: $(ls "$out"/*.wasm | xargs -n1 basename | tr '\n' ' ')"
