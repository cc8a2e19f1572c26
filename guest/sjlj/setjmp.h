// setjmp/longjmp for the wasm32 guest. clang lowers calls to these functions to wasm
// exception handling (-mexception-handling -mllvm -wasm-enable-sjlj); the runtime half
// lives in sjlj.c. The bookworm wasi-libc has no setjmp support of its own.
#ifndef MPSBX_SETJMP_H
#define MPSBX_SETJMP_H

// Large enough for sjlj.c's jmp_buf_impl with room to spare.
typedef struct {
    unsigned long long words[4];
} jmp_buf[1];

int setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);

#endif
