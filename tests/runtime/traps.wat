;; A tiny module that traps in every way the runtime must contain.
(module
  (memory (export "memory") 1 4)
  (type $v_i (func (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $forty_two)
  (func $forty_two (result i32) (i32.const 42))
  (func (export "ok") (result i32) (i32.const 7))
  (func (export "load") (param $addr i32) (result i32) (i32.load (local.get $addr)))
  ;; The largest address a wasm32 access can form: a 32-bit base plus a 32-bit offset.
  (func (export "load_far") (param $addr i32) (result i32)
    (i32.load offset=4294967295 (local.get $addr)))
  (func (export "store") (param $addr i32) (param $v i32) (i32.store (local.get $addr) (local.get $v)))
  (func (export "unreachable") (unreachable))
  (func (export "divzero") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b)))
  (func (export "overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
  (func (export "badconv") (result i32) (i32.trunc_f64_s (f64.const nan)))
  (func (export "indirect") (param $i i32) (result i32)
    (call_indirect (type $v_i) (local.get $i)))
  ;; Unbounded recursion; the store after the call keeps C compilers from turning it
  ;; into a loop.
  (func $recurse (export "recurse") (param $n i32) (result i32)
    (local $r i32)
    (local.set $r (call $recurse (i32.add (local.get $n) (i32.const 1))))
    (i32.store (i32.const 0) (local.get $r))
    (i32.add (i32.load (i32.const 0)) (local.get $n)))
  (func (export "grow") (param $pages i32) (result i32) (memory.grow (local.get $pages)))
  ;; Exceptions: each wasm try is an unwind target of the runtime (wasm-rt.h).
  (tag $e (param i32))
  (func $thrower (param $v i32) (throw $e (local.get $v)))
  (func (export "throw") (call $thrower (i32.const 1)))
  ;; Catches a throw from a callee n times; the sum is live across every try.
  (func (export "catch_loop") (param $n i32) (result i32)
    (local $sum i32) (local $i i32)
    (loop $l
      (local.set $sum (i32.add (local.get $sum)
        (try (result i32)
          (do (call $thrower (local.get $i)) (i32.const 0))
          (catch $e))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $sum))
  ;; A try that delegates to the enclosing try, which catches (-2)...
  (func (export "delegate_to_outer") (param $v i32) (result i32)
    (try (result i32)
      (do
        (try (do (call $thrower (local.get $v))) (delegate 0))
        (i32.const -1))
      (catch $e (drop) (i32.const -2))))
  ;; ... and one that delegates past it to the caller: the enclosing catch must not see it.
  (func (export "delegate_to_caller") (param $v i32) (result i32)
    (try (result i32)
      (do
        (try (do (call $thrower (local.get $v))) (delegate 1))
        (i32.const -1))
      (catch $e (drop) (i32.const -2))))
)
