;; A small "C-like" program in hand-written WebAssembly text: it reads a data file through an import that is
;; asynchronous in JavaScript (fetch), sums the decimal numbers in it (one per line) and prints a line.
;; The same module runs two ways (README.md): with JSPI as it is (jspi.js), and after Binaryen's Asyncify pass
;; (asyncify.js, program.asyncify.wasm).
(module
  ;; fetch_data(urlPtr, urlLen, bufPtr, bufCap) -> bytes read: async in JS
  (import "env" "fetch_data" (func $fetch_data (param i32 i32 i32 i32) (result i32)))
  ;; print(ptr, len): one line of text
  (import "env" "print" (func $print (param i32 i32)))
  (memory (export "memory") 2)

  ;; 16..23: Asyncify's data header; 1024..2047: Asyncify's stack (used by the Asyncify build only)
  (data (i32.const 256) "numbers.txt")
  (data (i32.const 320) "read ")
  (data (i32.const 336) " numbers, sum ")
  (global $count (mut i32) (i32.const 0))

  ;; writes the decimal digits of $n at $at; returns the address after them
  (func $itoa (param $n i32) (param $at i32) (result i32)
    (local $len i32) (local $i i32) (local $t i32)
    (local.set $t (local.get $n))
    (loop $digits
      (local.set $len (i32.add (local.get $len) (i32.const 1)))
      (local.set $t (i32.div_u (local.get $t) (i32.const 10)))
      (br_if $digits (local.get $t)))
    (local.set $i (local.get $len))
    (loop $write
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (i32.store8 (i32.add (local.get $at) (local.get $i))
        (i32.add (i32.const 48) (i32.rem_u (local.get $n) (i32.const 10))))
      (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
      (br_if $write (local.get $i)))
    (i32.add (local.get $at) (local.get $len)))

  ;; copies $len bytes from $from to $to; returns the address after them
  (func $copy (param $from i32) (param $len i32) (param $to i32) (result i32)
    (memory.copy (local.get $to) (local.get $from) (local.get $len))
    (i32.add (local.get $to) (local.get $len)))

  ;; sums the numbers in [$p, $end), counting them in $count
  (func $sum (param $p i32) (param $end i32) (result i32)
    (local $c i32) (local $n i32) (local $total i32) (local $in i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 48)) (i32.le_u (local.get $c) (i32.const 57)))
          (then
            (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 10)) (i32.sub (local.get $c) (i32.const 48))))
            (local.set $in (i32.const 1)))
          (else
            (if (local.get $in)
              (then
                (local.set $total (i32.add (local.get $total) (local.get $n)))
                (global.set $count (i32.add (global.get $count) (i32.const 1)))))
            (local.set $n (i32.const 0))
            (local.set $in (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (if (local.get $in)
      (then
        (local.set $total (i32.add (local.get $total) (local.get $n)))
        (global.set $count (i32.add (global.get $count) (i32.const 1)))))
    (local.get $total))

  ;; loads the file (the async call, two frames below main) and sums it
  (func $load_and_sum (result i32)
    (local $len i32)
    (local.set $len (call $fetch_data (i32.const 256) (i32.const 11) (i32.const 4096) (i32.const 60000)))
    (call $sum (i32.const 4096) (i32.add (i32.const 4096) (local.get $len))))

  ;; main: prints "read N numbers, sum S"; returns S
  (func (export "main") (result i32)
    (local $total i32) (local $at i32)
    (global.set $count (i32.const 0))
    (local.set $total (call $load_and_sum))
    (local.set $at (call $copy (i32.const 320) (i32.const 5) (i32.const 2048)))
    (local.set $at (call $itoa (global.get $count) (local.get $at)))
    (local.set $at (call $copy (i32.const 336) (i32.const 14) (local.get $at)))
    (local.set $at (call $itoa (local.get $total) (local.get $at)))
    (call $print (i32.const 2048) (i32.sub (local.get $at) (i32.const 2048)))
    (local.get $total))
)
