;; A JSPI module over an imported shared memory (tests/pages/jspi/worker.js): wasm waits for a word to change
;; through an async import (Atomics.waitAsync in JS) and reads it again once resumed.
(module
  (import "env" "memory" (memory 1 1 shared))
  (import "env" "changed" (func $changed (param i32 i32) (result i32)))
  ;; the word at $addr once it differs from what it was on entry
  (func (export "awaitChange") (param $addr i32) (result i32)
    (drop (call $changed (local.get $addr) (i32.atomic.load (local.get $addr))))
    (i32.atomic.load (local.get $addr)))
)
