;; A small module for tools/build/wasm2c_fixup.py (tests/runtime/wasm2c_fixup_test.py checks
;; the rewrites in its C; fixup_test.cc runs that C). Each function leaves a try body in one
;; of the ways wasm2c 1.0.32 translates without restoring the enclosing unwind target, then
;; throws: the throw must reach the caller, not the catch of the try it left.
(module
  (memory (export "memory") 1 2)
  (type $v_i (func (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $seven)
  (tag $e (param i32))
  (func $seven (result i32) (i32.const 7))
  (func $thrower (param $v i32) (throw $e (local.get $v)))
  ;; br_if from the try body to an enclosing block.
  (func $branch_out (export "branch_out") (param $v i32) (result i32)
    (block $out
      (try
        (do (br_if $out (local.get $v)) (call $thrower (i32.const 1)))
        (catch $e (drop) (return (i32.const -1)))))
    (call $thrower (i32.const 5))
    (i32.const 0))
  ;; br_table from the try body, to either of two enclosing blocks.
  (func $table_out (export "table_out") (param $v i32) (result i32)
    (block $a
      (block $b
        (try
          (do (br_table $a $b (local.get $v)))
          (catch $e (drop) (return (i32.const -1)))))
      (call $thrower (i32.const 6)))
    (call $thrower (i32.const 7))
    (i32.const 0))
  ;; br from the try body back to the head of an enclosing loop, $n times.
  (func $loop_out (export "loop_out") (param $n i32) (result i32)
    (loop $again
      (try
        (do
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br_if $again (local.get $n)))
        (catch $e (drop) (return (i32.const -1)))))
    (call $thrower (i32.const 8))
    (i32.const 0))
  ;; return from the try body (wasm2c restores the target itself here).
  (func $return_out (param $v i32) (result i32)
    (try (do (if (local.get $v) (then (return (i32.const 9))))) (catch $e (drop)))
    (i32.const 0))
  (func (export "return_then_throw") (result i32)
    (drop (call $return_out (i32.const 1)))
    (call $thrower (i32.const 9))
    (i32.const 0))
  ;; Catches what `f` throws after leaving its try: the value thrown, or -1 from f's catch.
  (func (export "catch_branch_out") (param $v i32) (result i32)
    (try (result i32) (do (call $branch_out (local.get $v))) (catch $e)))
  (func (export "catch_table_out") (param $v i32) (result i32)
    (try (result i32) (do (call $table_out (local.get $v))) (catch $e)))
  (func (export "catch_loop_out") (param $n i32) (result i32)
    (try (result i32) (do (call $loop_out (local.get $n))) (catch $e)))
  ;; A try that only delegates to the caller: a plain block after the fixup.
  (func (export "delegate_to_caller") (param $v i32) (result i32)
    (try (result i32)
      (do
        (try (do (call $thrower (local.get $v))) (delegate 1))
        (i32.const -1))
      (catch $e (drop) (i32.const -2))))
  ;; One that delegates to the enclosing try: wasm2c jumps to that try's catch.
  (func (export "delegate_to_outer") (param $v i32) (result i32)
    (try (result i32)
      (do
        (try (do (call $thrower (local.get $v))) (delegate 0))
        (i32.const -1))
      (catch $e (drop) (i32.const -2))))
  (func (export "indirect") (param $i i32) (result i32)
    (call_indirect (type $v_i) (local.get $i)))
  (func (export "memory_ops") (param $a i32) (result i32)
    (i32.store (local.get $a) (i32.const 3))
    (memory.fill (i32.const 0) (i32.const 1) (i32.const 4))
    (memory.copy (i32.const 8) (i32.const 0) (i32.const 4))
    (i32.add (i32.load (local.get $a)) (i32.load (i32.const 8))))
)
