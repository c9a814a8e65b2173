;; A shared memory and atomic operations on it, for the WebAssembly threads pages.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "atomicAdd") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.atomic.rmw.add)
  (func (export "atomicLoad") (param i32) (result i32)
    local.get 0
    i32.atomic.load)
  ;; memory.atomic.wait32 at byte address $0 while it holds $1, for at most $2 ns: 0 ok, 1 not-equal, 2 timed-out
  (func (export "wait") (param i32 i32 i64) (result i32)
    local.get 0
    local.get 1
    local.get 2
    memory.atomic.wait32))
