// Runtime support called by code that clang's wasm sjlj lowering emits.
// A setjmp records (label, invocation id) in the buffer; longjmp throws a wasm exception
// with the __c_longjmp tag; the function that called setjmp catches it, checks that the
// buffer belongs to its own invocation and dispatches to the recorded label.
#include <stdint.h>
#include <setjmp.h>

struct jmp_buf_impl {
    void *func_invocation_id;
    uint32_t label;
    struct arg {
        void *env;
        int val;
    } arg;
};

_Static_assert(sizeof(struct jmp_buf_impl) <= sizeof(jmp_buf), "jmp_buf too small");

void __wasm_setjmp(void *env, uint32_t label, void *func_invocation_id) {
    struct jmp_buf_impl *jb = env;
    if (label == 0 || func_invocation_id == 0) {
        __builtin_trap(); // contract violation by the compiler's lowering: never continue
    }
    jb->func_invocation_id = func_invocation_id;
    jb->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *func_invocation_id) {
    struct jmp_buf_impl *jb = env;
    if (jb->func_invocation_id == func_invocation_id) {
        return jb->label;
    }
    return 0;
}

void __wasm_longjmp(void *env, int val) {
    struct jmp_buf_impl *jb = env;
    struct arg *arg = &jb->arg;
    if (val == 0) {
        val = 1; // longjmp(env, 0) makes setjmp return 1, as in C
    }
    arg->env = env;
    arg->val = val;
    __builtin_wasm_throw(1, arg); // tag 1 = __c_longjmp
}
