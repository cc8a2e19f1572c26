;; The shapes that only the guest's translation has (tools/build/wasm2c_fixup.py points 4
;; and 8): the metering pass's refill branch and the `stackleft` import. Checked as text
;; only: the refill thunk is written for the module named `guest`.
(module
  (import "mpsandbox" "stackleft" (func $stackleft (result i32)))
  (memory (export "memory") 1)
  (global $mpsbx_fuel (mut i64) (i64.const 1000))
  (func $mpsbx_fuel_hook (global.set $mpsbx_fuel (i64.const 1000)))
  (func (export "charge") (param $a i32) (result i32)
    (global.set $mpsbx_fuel (i64.sub (global.get $mpsbx_fuel) (i64.const 1)))
    (if (i64.lt_s (global.get $mpsbx_fuel) (i64.const 0)) (then (call $mpsbx_fuel_hook)))
    (i32.add (i32.load (local.get $a)) (call $stackleft)))
)
