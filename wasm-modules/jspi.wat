;; The module the JSPI pages (tests/pages/jspi/) use: wasm code that calls an async import in several shapes.
(module
  (import "env" "suspend" (func $suspend (param i32) (result i32)))
  (import "env" "plain" (func $plain (param i32) (result i32)))
  (import "env" "log" (func $log (param i32)))
  (type $i2i (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (table (export "table") 2 funcref)
  (elem (i32.const 0) $suspend $plain)

  ;; suspend(x) + suspend(x + 100): two suspensions in one stack
  (func (export "twice") (param i32) (result i32)
    (i32.add (call $suspend (local.get 0))
             (call $suspend (i32.add (local.get 0) (i32.const 100)))))

  ;; one suspension and nothing else (bench/jspi.js)
  (func (export "one") (param i32) (result i32)
    (call $suspend (local.get 0)))

  ;; one suspension; logs before and after it
  (func (export "once") (param i32) (result i32)
    (local $r i32)
    (call $log (local.get 0))
    (local.set $r (call $suspend (local.get 0)))
    (call $log (local.get $r))
    (local.get $r))

  ;; a plain JS import in between: plain(x)
  (func (export "viaPlain") (param i32) (result i32)
    (call $plain (local.get 0)))

  ;; call_indirect through the table: slot 0 is suspend, slot 1 is plain
  (func (export "indirect") (param $slot i32) (param $x i32) (result i32)
    (call_indirect (type $i2i) (local.get $x) (local.get $slot)))

  ;; suspends, then traps (unreachable)
  (func (export "trapAfter") (param i32) (result i32)
    (drop (call $suspend (local.get 0)))
    unreachable)

  ;; traps without suspending
  (func (export "trap") (param i32) (result i32)
    unreachable)

  ;; no import at all
  (func (export "add1") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1)))

  ;; recursion n deep, suspending at the bottom (suspend(0)); returns n + what it got, counting memory[0] frames
  (func $deep (export "deep") (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (call $suspend (i32.const 0)))
      (else (i32.add (call $deep (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))))

  ;; sums suspend(i) for i in [0, n): n suspensions in one stack
  (func (export "loop") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $sum (i32.add (local.get $sum) (call $suspend (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $sum))
)
