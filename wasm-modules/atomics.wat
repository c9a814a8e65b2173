;; A shared memory and atomic operations on it, for the WebAssembly threads pages.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "atomicAdd") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.atomic.rmw.add)
  (func (export "atomicLoad") (param i32) (result i32)
    local.get 0
    i32.atomic.load))
