#!/usr/bin/env bash
# Rebuilds the .wasm files the tests use from their sources here (needs Debian's wabt: wat2wasm, and Debian's
# emscripten 3.1.6 for pthreads.c). The outputs are committed, so tests and CI do not need the toolchain.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../tests/pages/wasm"
wat2wasm "$here/add.wat" -o "$out/add.wasm"
wat2wasm --enable-threads "$here/atomics.wat" -o "$out/atomics.wasm"
wat2wasm "$here/jspi.wat" -o "$here/../tests/pages/jspi/jspi.wasm"
cp "$here/../tests/pages/jspi/jspi.wasm" "$here/../bench/jspi.wasm"
wat2wasm --enable-threads "$here/jspi-shared.wat" -o "$here/../tests/pages/jspi/jspi-shared.wasm"
# Emscripten's tools run on node; a node that is not Debian's finds Debian's acorn through NODE_PATH.
(cd "$out" && NODE_PATH="${NODE_PATH:-/usr/share/nodejs}" emcc -O2 -pthread -sPTHREAD_POOL_SIZE=4 -sENVIRONMENT=web,worker \
  -o pthreads.js "$here/pthreads.c")
echo "built: $(ls "$out"/*.wasm | xargs -n1 basename | tr '\n' ' ')"
