;; A small module for the WebAssembly pages: an exported function, an import, a memory and its data.
(module
  (import "env" "log" (func $log (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hi from wasm")
  (func (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add)
  (func (export "callLog") (param i32)
    local.get 0
    i32.const 1
    i32.add
    call $log))
