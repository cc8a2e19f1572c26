// Entry points of the mpsandbox guest: a MicroPython interpreter that stays resident in
// a wasm reactor module. The host calls the exports below; state persists between calls.
#include <stdlib.h>
#include <string.h>

#include "extmod/vfs.h"
#include "extmod/vfs_posix.h"
#include "py/builtin.h"
#include "py/compile.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/repl.h"
#include "py/runtime.h"
#include "py/cstack.h"
#include "mpsandbox_abi.h"

#define MPSBX_IMPORT(name) \
    __attribute__((import_module(MPSBX_IMPORT_MODULE), import_name(MPSBX_STR(name))))
#define MPSBX_EXPORT(name) __attribute__((export_name(MPSBX_STR(name))))

MPSBX_IMPORT(MPSBX_IMPORT_REPORT)
void mpsbx_host_report(int field, const char *ptr, size_t len);
MPSBX_IMPORT(MPSBX_IMPORT_ROOTS)
size_t mpsbx_host_gc_roots(uintptr_t lo, uintptr_t hi, uintptr_t *buf, size_t cap, size_t skip);

MPSBX_IMPORT(MPSBX_IMPORT_MEMLEFT)
uint32_t mpsbx_host_mem_left(void);
MPSBX_IMPORT(MPSBX_IMPORT_OUTOFFUEL)
uint32_t mpsbx_host_out_of_fuel(void);
MPSBX_IMPORT(MPSBX_IMPORT_CHARGE)
uint32_t mpsbx_host_charge_import(uint32_t units);

// A limit's stop that the host asks for (MPSBX_STOP_*, mpsandbox_abi.h): raised as an
// exception of its own type at the interpreter's next pending-exception check (a branch
// or a call: a bytecode boundary, as KeyboardInterrupt is), so that the program unwinds
// with a traceback that shows where it stopped. It is a BaseException, and it is asked
// for again at every refill of the host's grace fuel: a bare `except` that swallows it
// meets it again at once. The host rolls the exec back in any case, and stops the guest
// outright when the grace runs out.
MP_DEFINE_EXCEPTION(FuelExhausted, BaseException)
MP_DEFINE_EXCEPTION(Timeout, BaseException)
MP_DEFINE_EXCEPTION(Interrupted, BaseException)
MP_REGISTER_ROOT_POINTER(mp_obj_t mpsbx_stop_exception); // made at init: raising allocates nothing
static bool reporting; // an exception reached the top of the exec: raise nothing more

static void stop_soon(uint32_t reason) {
    mp_obj_exception_t *exc = MP_OBJ_TO_PTR(MP_STATE_PORT(mpsbx_stop_exception));
    if (reason == MPSBX_STOP_NONE || exc == NULL || reporting) {
        return;
    }
    exc->base.type = reason == MPSBX_STOP_FUEL ? &mp_type_FuelExhausted
        : reason == MPSBX_STOP_TIMEOUT ? &mp_type_Timeout : &mp_type_Interrupted;
    exc->traceback_len = 0; // a fresh traceback each time it is raised
    mp_sched_exception(MP_OBJ_FROM_PTR(exc));
}

// Called by metered code when the fuel counter drops below zero (never metered itself).
// noinline keeps the rarely taken path out of every caller.
MPSBX_EXPORT(MPSBX_EXPORT_FUELHOOK) __attribute__((noinline))
void mpsbx_fuel_hook(void) {
    stop_soon(mpsbx_host_out_of_fuel());
}

static void mpsbx_host_charge(uint32_t units) {
    stop_soon(mpsbx_host_charge_import(units));
}

// Bounds of the shadow stack, defined by wasm-ld.
extern char __stack_low;
extern char __stack_high;

// Parse-node kinds, numbered as py/compile.c numbers them (same grammar file).
typedef enum {
    #define DEF_RULE(rule, comp, kind, ...) MPSBX_PN_##rule,
    #define DEF_RULE_NC(rule, kind, ...)
    #include "py/grammar.h"
    #undef DEF_RULE
    #undef DEF_RULE_NC
    MPSBX_PN_const_object,
    #define DEF_RULE(rule, comp, kind, ...)
    #define DEF_RULE_NC(rule, kind, ...) MPSBX_PN_##rule,
    #include "py/grammar.h"
    #undef DEF_RULE
    #undef DEF_RULE_NC
} mpsbx_pn_kind_t;

static char *input_buf;
static size_t input_cap;
static bool ready;

// Called on every entry: the entry's frame is the top of the stack that MicroPython scans
// and measures. Setting it once at init would make later calls see negative stack use.
// Nothing the last call left behind may wedge this one: the heap is never locked between
// calls (a lock left set would make every allocation, compiling included, fail).
static void enter(void *top) {
    mp_cstack_init_with_top(top, (char *)top - &__stack_low); // keeps MICROPY_STACK_CHECK_MARGIN
    MP_STATE_THREAD(gc_lock_depth) = 0;
}

// Heap kept back for the session's own work when a program has filled the heap and kept
// it (it caught its MemoryError, or filled it while its error was being formatted):
// compiling the next snippet (`del a`) and formatting an error report. Given back to the
// heap only when one of those runs out of memory; taken again at the start of the next
// exec that finds room for it.
#define MPSBX_RESERVE_BYTES (16 * 1024)
MP_REGISTER_ROOT_POINTER(void *mpsbx_reserve);

static void reserve_take(void) {
    if (MP_STATE_PORT(mpsbx_reserve) == NULL) {
        MP_STATE_PORT(mpsbx_reserve) = gc_alloc(MPSBX_RESERVE_BYTES, 0);
    }
}

// Gives the reserve back to the heap; false if it was already used.
static bool reserve_release(void) {
    void *p = MP_STATE_PORT(mpsbx_reserve);
    if (p == NULL) {
        return false;
    }
    MP_STATE_PORT(mpsbx_reserve) = NULL;
    gc_free(p);
    return true;
}

static bool is_memory_error(mp_obj_t exc) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
        MP_OBJ_FROM_PTR(&mp_type_MemoryError));
}

// If the last top-level statement is a bare expression (as a REPL would echo), rewrites it
// into an assignment of that expression to __mpsbx_value__ and returns true. Compiling in
// REPL mode instead would route every module-level expression statement through
// builtins.__repl_print__, and replacing that builtin would also silence the programs'
// own compile(..., "single").
static bool capture_final_expression(mp_parse_node_t root) {
    mp_parse_node_t last = root;
    if (MP_PARSE_NODE_IS_STRUCT_KIND(root, MPSBX_PN_file_input_2)) {
        mp_parse_node_struct_t *pns = (mp_parse_node_struct_t *)root;
        size_t n = MP_PARSE_NODE_STRUCT_NUM_NODES(pns);
        if (n == 0) {
            return false;
        }
        last = pns->nodes[n - 1];
    }
    if (!MP_PARSE_NODE_IS_STRUCT_KIND(last, MPSBX_PN_expr_stmt)
        || !MP_PARSE_NODE_IS_NULL(((mp_parse_node_struct_t *)last)->nodes[1])) {
        return false;
    }
    // "x = expr" parses as expr_stmt(x, expr); "expr" alone as expr_stmt(expr, null).
    mp_parse_node_struct_t *stmt = (mp_parse_node_struct_t *)last;
    stmt->nodes[1] = stmt->nodes[0];
    stmt->nodes[0] = mp_parse_node_new_leaf(MP_PARSE_NODE_ID, MP_QSTR___mpsbx_value__);
    return true;
}

// Bytes a new heap area may take: what linear memory can still grow by, less room for
// the C allocator's own needs.
size_t gc_get_max_new_split(void) {
    const size_t reserve = 256 * 1024;
    size_t left = mpsbx_host_mem_left();
    return left > reserve ? left - reserve : 0;
}

void mpsbx_init_host_module(void);

// Mounts the POSIX VFS at "/" (wasi-libc's preopened root, backed by the host's mounts)
// and sets sys.path to the current directory, frozen modules and /lib, sys.argv to [""].
static void mount_root(void) {
    mp_obj_t args[2] = {
        MP_OBJ_TYPE_GET_SLOT(&mp_type_vfs_posix, make_new)(&mp_type_vfs_posix, 0, 0, NULL),
        MP_OBJ_NEW_QSTR(MP_QSTR__slash_),
    };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
    MP_STATE_VM(vfs_cur) = MP_STATE_VM(vfs_mount_table);
    // mp_init already listed "" (and ".frozen" when modules are frozen): start afresh.
    mp_sys_path = mp_obj_new_list(0, NULL);
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));
    mp_obj_list_append(mp_sys_path, mp_obj_new_str(".frozen", 7));
    mp_obj_list_append(mp_sys_path, mp_obj_new_str("/lib", 4));
    // sys.argv is [''] as in an embedded CPython with no arguments: argv[0] always
    // exists (unittest.main() and argparse read it; [] raised IndexError).
    mp_obj_list_append(mp_sys_argv, MP_OBJ_NEW_QSTR(MP_QSTR_));
}
void mpsbx_define_host_function(const char *name, size_t len);

MPSBX_EXPORT(MPSBX_EXPORT_INIT)
int mpsbx_init(uint32_t heap_bytes) {
    if (ready) {
        return MPSBX_OK;
    }
    int top;
    enter(&top);
    char *heap = malloc(heap_bytes);
    if (heap == NULL) {
        return MPSBX_NO_MEMORY;
    }
    gc_init(heap, heap + heap_bytes);
    mp_init();
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mpsbx_init_host_module();
        mount_root();
        MP_STATE_PORT(mpsbx_stop_exception) = mp_obj_new_exception(&mp_type_FuelExhausted);
        // exit() and quit() as in CPython's site module: raise SystemExit.
        mp_obj_t sys_exit = mp_load_attr(mp_import_name(MP_QSTR_sys, mp_const_none,
            MP_OBJ_NEW_SMALL_INT(0)), MP_QSTR_exit);
        mp_obj_t exit_dest[2] = {MP_OBJ_SENTINEL, sys_exit};
        MP_OBJ_TYPE_GET_SLOT(&mp_type_module, attr)(MP_OBJ_FROM_PTR(&mp_module_builtins),
            MP_QSTR_exit, exit_dest);
        mp_obj_t quit_dest[2] = {MP_OBJ_SENTINEL, sys_exit};
        MP_OBJ_TYPE_GET_SLOT(&mp_type_module, attr)(MP_OBJ_FROM_PTR(&mp_module_builtins),
            MP_QSTR_quit, quit_dest);
        nlr_pop();
    } else {
        // Start-up failed (in practice: out of memory). The host shows this stderr text.
        mp_obj_print_exception(MICROPY_ERROR_PRINTER, MP_OBJ_FROM_PTR(nlr.ret_val));
        return MPSBX_NO_MEMORY;
    }
    reserve_take();
    ready = true;
    return MPSBX_OK;
}

MPSBX_EXPORT(MPSBX_EXPORT_INPUT)
char *mpsbx_input(uint32_t len) {
    if (len > input_cap) {
        char *p = realloc(input_buf, len);
        if (p == NULL) {
            return NULL;
        }
        input_buf = p;
        input_cap = len;
    }
    return input_buf;
}

static void report_str(int field, const char *s, size_t len) {
    mpsbx_host_report(field, s, len);
}

// Reports str(obj) or repr(obj); may raise MemoryError or whatever __repr__ raises.
static void report_obj(int field, mp_obj_t obj, mp_print_kind_t kind) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 64, &print);
    mp_obj_print_helper(&print, obj, kind);
    report_str(field, vstr.buf, vstr.len);
    vstr_clear(&vstr);
}

static void report_int(int field, mp_int_t v) {
    char buf[16];
    char *p = buf + sizeof(buf);
    mp_uint_t u = v < 0 ? -(mp_uint_t)v : (mp_uint_t)v;
    do {
        *--p = '0' + u % 10;
        u /= 10;
    } while (u != 0);
    if (v < 0) {
        *--p = '-';
    }
    report_str(field, p, buf + sizeof(buf) - p);
}

// A printer into a fixed buffer that keeps the last MPSBX_TAIL_BYTES written (the end of
// a traceback holds the innermost frames and the exception): formats a traceback when the
// heap has no room for its text.
#define MPSBX_TAIL_BYTES (8192)
static char tail_buf[MPSBX_TAIL_BYTES];
static size_t tail_written;

static void tail_strn(void *env, const char *str, size_t len) {
    (void)env;
    for (size_t i = 0; i < len; ++i) {
        tail_buf[tail_written++ % MPSBX_TAIL_BYTES] = str[i];
    }
}

static void reverse_bytes(char *a, char *b) {
    while (a < b) {
        char t = *a;
        *a++ = *--b;
        *b = t;
    }
}

// The traceback as CPython's default hook prints it, as far as it can be formatted
// without allocating (the last resort of report_exception); ends with the exception's
// line in any case.
static __attribute__((noinline)) void report_traceback_without_heap(mp_obj_t exc, const char *name) {
    tail_written = 0;
    const mp_print_t print = {NULL, tail_strn};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_exception(&print, exc);
        nlr_pop();
    } else {
        mp_printf(&print, "%s: <exception str() failed>\n", name);
    }
    size_t len = tail_written;
    if (len > MPSBX_TAIL_BYTES) {
        // The oldest byte kept is at tail_written % MPSBX_TAIL_BYTES: rotate it to the front.
        size_t start = tail_written % MPSBX_TAIL_BYTES;
        reverse_bytes(tail_buf, tail_buf + start);
        reverse_bytes(tail_buf + start, tail_buf + MPSBX_TAIL_BYTES);
        reverse_bytes(tail_buf, tail_buf + MPSBX_TAIL_BYTES);
        len = MPSBX_TAIL_BYTES;
    }
    report_str(MPSBX_FIELD_TRACEBACK, tail_buf, len);
}

// Prints str(code) and a newline to stderr (only the newline if str(code) fails).
static __attribute__((noinline)) void print_exit_code(mp_obj_t code) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t len;
        const char *text = mp_obj_str_get_data(mp_obj_str_make_new(&mp_type_str, 1, 0, &code), &len);
        mp_print_strn(&mpsbx_stderr_print, text, len, 0, 0, 0);
        nlr_pop();
    }
    mp_print_str(&mpsbx_stderr_print, "\n");
}

// Reports str(exc) (MPSBX_FIELD_MESSAGE) or the traceback as sys.excepthook prints it
// (MPSBX_FIELD_TRACEBACK). Returns MP_OBJ_NULL, or the exception formatting raised.
// A function of its own, so that its nlr frame is the only one in it.
static __attribute__((noinline)) mp_obj_t try_report_text(int field, mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (field == MPSBX_FIELD_MESSAGE) {
            report_obj(MPSBX_FIELD_MESSAGE, exc, PRINT_STR);
        } else {
            vstr_t vstr;
            mp_print_t print;
            vstr_init_print(&vstr, 256, &print);
            // As CPython's: through sys.excepthook (a replaced hook prints itself).
            mp_sys_call_excepthook(&print, exc);
            report_str(MPSBX_FIELD_TRACEBACK, vstr.buf, vstr.len);
            vstr_clear(&vstr);
        }
        nlr_pop();
        return MP_OBJ_NULL;
    }
    return MP_OBJ_FROM_PTR(nlr.ret_val);
}

// Reports an escaped exception to the host. Formatting can itself fail (MemoryError), in
// which case the host still gets the type name, which needs no allocation.
static int report_exception(mp_obj_t exc, qstr source_name) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
        mp_obj_t code = mp_obj_exception_get_value(exc);
        mp_int_t v = 0;
        if (code == mp_const_none) {
            v = 0;
        } else if (mp_obj_is_small_int(code)) {
            v = MP_OBJ_SMALL_INT_VALUE(code);
        } else {
            // As CPython: a non-integer code is printed to stderr and the exit code is 1.
            print_exit_code(code);
            v = 1;
        }
        report_int(MPSBX_FIELD_EXIT_CODE, v);
        return MPSBX_SYSTEM_EXIT;
    }
    const char *name = qstr_str(type->name);
    report_str(MPSBX_FIELD_TYPE, name, strlen(name));
    const int status = is_memory_error(exc) ? MPSBX_MEMORY_ERROR : MPSBX_EXCEPTION;

    size_t n = 0;
    size_t *values = NULL;
    mp_obj_exception_get_traceback(exc, &n, &values);
    for (size_t i = 0; i + 2 < n; i += 3) { // innermost frame first
        if (values[i] == source_name) {
            report_int(MPSBX_FIELD_LINE, values[i + 1]);
            break;
        }
    }

    // Each text is formatted as usual; if that runs out of memory, again with the reserve
    // given back to the heap (only for a MemoryError: its exec is rolled back, reserve
    // included; another exception's __str__ could eat the reserve for good); the
    // traceback, if that fails too, without the heap.
    const bool may_release = status == MPSBX_MEMORY_ERROR;
    mp_obj_t failed = try_report_text(MPSBX_FIELD_MESSAGE, exc);
    if (failed != MP_OBJ_NULL && is_memory_error(failed) && may_release && reserve_release()) {
        failed = try_report_text(MPSBX_FIELD_MESSAGE, exc);
    }
    if (failed != MP_OBJ_NULL) {
        static const char no_str[] = "<exception str() failed>";
        report_str(MPSBX_FIELD_MESSAGE, no_str, sizeof(no_str) - 1);
    }
    failed = try_report_text(MPSBX_FIELD_TRACEBACK, exc);
    if (failed != MP_OBJ_NULL && is_memory_error(failed) && may_release && reserve_release()) {
        failed = try_report_text(MPSBX_FIELD_TRACEBACK, exc);
    }
    if (failed != MP_OBJ_NULL) {
        report_traceback_without_heap(exc, name);
    }
    return status;
}

// Defines host function input_buf[0, name_len) (the host validated the name).
MPSBX_EXPORT(MPSBX_EXPORT_DEFINE)
int mpsbx_define(uint32_t name_len) {
    if (!ready) {
        return MPSBX_NOT_READY;
    }
    if (name_len > input_cap || input_buf == NULL) {
        return MPSBX_NO_MEMORY;
    }
    int top;
    enter(&top);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mpsbx_define_host_function(input_buf, name_len);
        nlr_pop();
        return MPSBX_OK;
    }
    return MPSBX_NO_MEMORY;
}

// For an interactive prompt: 1 if input_buf[0, len) is an unfinished block (the REPL
// should show a continuation prompt), 0 if it can run.
MPSBX_EXPORT(MPSBX_EXPORT_COMPLETE)
int mpsbx_complete(uint32_t len) {
    if (!ready || input_buf == NULL || len >= input_cap) {
        return 0;
    }
    int top;
    enter(&top);
    input_buf[len] = '\0';
    return mp_repl_continue_with_input(input_buf) ? 1 : 0;
}

// Runs input_buf[0, src_len) as a module-level program in __main__; the source name
// follows it at input_buf[src_len, src_len + name_len).
// Compiled programs of this session, by source text: running the same source again (a
// formula, a polled snippet, a REPL line typed twice) skips lexing, parsing and
// compiling, which are most of a small exec's time. A module's code object is immutable
// and runs against the session's globals, so reuse is exact. Bounded: programs up to
// MPSBX_CODE_CACHE_SOURCE_MAX bytes, MPSBX_CODE_CACHE_ENTRIES of them, all dropped when
// full. Values: (source name, module function, want_value). A program is cached the
// second time it is seen (its hash is among the last MPSBX_CODE_CACHE_RECENT), so that
// programs that never repeat cost no copy and keep no compiled code alive.
#define MPSBX_CODE_CACHE_SOURCE_MAX (4096)
#define MPSBX_CODE_CACHE_ENTRIES (64)
#define MPSBX_CODE_CACHE_RECENT (64)
MP_REGISTER_ROOT_POINTER(mp_obj_t mpsbx_code_cache);
static size_t recent_hashes[MPSBX_CODE_CACHE_RECENT];
static size_t recent_next;

// True if a program with this hash was seen recently; records it.
static bool seen_recently(size_t hash) {
    for (size_t i = 0; i < MPSBX_CODE_CACHE_RECENT; ++i) {
        if (recent_hashes[i] == hash) {
            return true;
        }
    }
    recent_hashes[recent_next] = hash;
    recent_next = (recent_next + 1) % MPSBX_CODE_CACHE_RECENT;
    return false;
}

static mp_obj_t compile_source(size_t src_len, qstr source_name, bool *want_value) {
    mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, input_buf, src_len, 0);
    mp_parse_tree_t tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
    tree.src_is_file = true; // the program's own file: compile errors show its line
    *want_value = capture_final_expression(tree.root);
    return mp_compile(&tree, source_name, false);
}

static mp_obj_t compile_cached(size_t src_len, qstr source_name, bool *want_value) {
    if (src_len > MPSBX_CODE_CACHE_SOURCE_MAX) {
        return compile_source(src_len, source_name, want_value);
    }
    if (MP_STATE_PORT(mpsbx_code_cache) == MP_OBJ_NULL) {
        MP_STATE_PORT(mpsbx_code_cache) = mp_obj_new_dict(0);
    }
    mp_map_t *cache = mp_obj_dict_get_map(MP_STATE_PORT(mpsbx_code_cache));
    // Looked up through a bytes object on the C stack: a hit allocates nothing.
    mp_obj_str_t key = {{&mp_type_bytes}, 0, src_len, (const byte *)input_buf};
    mp_map_elem_t *hit = mp_map_lookup(cache, MP_OBJ_FROM_PTR(&key), MP_MAP_LOOKUP);
    if (hit != NULL) {
        mp_obj_t *entry = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(hit->value))->items;
        if (MP_OBJ_QSTR_VALUE(entry[0]) == source_name) {
            *want_value = entry[2] == mp_const_true;
            return entry[1];
        }
    }
    mp_obj_t fun = compile_source(src_len, source_name, want_value);
    if (hit == NULL && !seen_recently(qstr_compute_hash((const byte *)input_buf, src_len))) {
        return fun;
    }
    if (cache->used >= MPSBX_CODE_CACHE_ENTRIES) {
        mp_map_clear(cache); // leaves an empty, growable map
    }
    mp_obj_t entry[3] = {MP_OBJ_NEW_QSTR(source_name), fun, mp_obj_new_bool(*want_value)};
    mp_map_lookup(cache, mp_obj_new_bytes((const byte *)input_buf, src_len),
        MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mp_obj_new_tuple(3, entry);
    return fun;
}

// Compiles; if the heap is too full for it, gives the reserve back and tries again.
static __attribute__((noinline)) mp_obj_t compile_with_reserve(size_t src_len, qstr source_name, bool *want_value) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t fun = compile_cached(src_len, source_name, want_value);
        nlr_pop();
        return fun;
    }
    if (!is_memory_error(nlr.ret_val) || !reserve_release()) {
        nlr_jump(nlr.ret_val);
    }
    return compile_cached(src_len, source_name, want_value);
}

#if MICROPY_PY_SYS_STDFILES && MICROPY_PY_SYS_ATTR_DELEGATION
extern struct _mp_dummy_t mp_sys_stdin_obj, mp_sys_stdout_obj, mp_sys_stderr_obj;
#endif

// Each exec starts writing to the session's own streams: a program may replace
// sys.stdout (io.StringIO, or junk), but what an earlier exec left there must not take the
// next one's output away from the host (CPython's sys.__stdout__ and friends stay).
static void reset_stdio(void) {
    #if MICROPY_PY_SYS_STDFILES && MICROPY_PY_SYS_ATTR_DELEGATION
    MP_STATE_VM(sys_mutable[MP_SYS_MUTABLE_STDIN]) = MP_OBJ_FROM_PTR(&mp_sys_stdin_obj);
    MP_STATE_VM(sys_mutable[MP_SYS_MUTABLE_STDOUT]) = MP_OBJ_FROM_PTR(&mp_sys_stdout_obj);
    MP_STATE_VM(sys_mutable[MP_SYS_MUTABLE_STDERR]) = MP_OBJ_FROM_PTR(&mp_sys_stderr_obj);
    #endif
}

mp_obj_t mpsbx_json_decode(const char *buf, size_t len);
void mpsbx_json_encode(vstr_t *out, mp_obj_t obj);

// Reports `value` as JSON if it is JSON-compatible (MPSBX_FIELD_VALUE_JSON); nothing
// otherwise. Only MemoryError escapes (the exec's error, as its repr's would be).
static __attribute__((noinline)) void report_json(mp_obj_t value) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mpsbx_json_encode(&vstr, value);
        nlr_pop();
        report_str(MPSBX_FIELD_VALUE_JSON, vstr.buf, vstr.len);
    } else if (is_memory_error(nlr.ret_val)) {
        nlr_jump(nlr.ret_val);
    }
    vstr_clear(&vstr);
}

static void report_value(mp_obj_t value) {
    report_obj(MPSBX_FIELD_VALUE, value, PRINT_REPR);
    report_json(value);
}

// Binds each member of the JSON object `inputs` as a global of __main__ (the host checked
// that it is an object whose keys are identifiers).
static void bind_inputs(const char *inputs, size_t len) {
    mp_obj_t dict = mpsbx_json_decode(inputs, len);
    mp_map_t *map = mp_obj_dict_get_map(dict);
    for (size_t i = 0; i < map->alloc; ++i) {
        if (mp_map_slot_is_filled(map, i)) {
            mp_store_global(mp_obj_str_get_qstr(map->table[i].key), map->table[i].value);
        }
    }
}

// Calls the callable at the dotted path input_buf[0, len) ("f", "obj.method"; looked up
// as a name in __main__, then builtins) with the arguments of the host-checked payload
// {"args": [...], "kwargs": {...}}, and reports what it returns (None included).
static void call_function(size_t len, const char *payload, size_t payload_len) {
    const char *name = input_buf, *end = input_buf + len;
    const char *dot = memchr(name, '.', len);
    mp_obj_t fun = mp_load_global(qstr_from_strn(name, (dot ? dot : end) - name));
    while (dot != NULL) {
        name = dot + 1;
        dot = memchr(name, '.', end - name);
        fun = mp_load_attr(fun, qstr_from_strn(name, (dot ? dot : end) - name));
    }
    mp_obj_t call = mpsbx_json_decode(payload, payload_len);
    size_t n_args;
    mp_obj_t *pos;
    mp_obj_get_array(mp_obj_dict_get(call, MP_OBJ_NEW_QSTR(MP_QSTR_args)), &n_args, &pos);
    mp_map_t *kw = mp_obj_dict_get_map(mp_obj_dict_get(call, MP_OBJ_NEW_QSTR(MP_QSTR_kwargs)));
    // Positional arguments, then (name, value) pairs with the names as qstrs, as the
    // call protocol wants them.
    mp_obj_t *args = m_new(mp_obj_t, n_args + 2 * kw->used);
    memcpy(args, pos, n_args * sizeof(mp_obj_t));
    size_t n = n_args;
    for (size_t i = 0; i < kw->alloc; ++i) {
        if (mp_map_slot_is_filled(kw, i)) {
            args[n++] = MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(kw->table[i].key));
            args[n++] = kw->table[i].value;
        }
    }
    report_value(mp_call_function_n_kw(fun, n_args, kw->used, args));
}

MPSBX_EXPORT(MPSBX_EXPORT_EXEC)
int mpsbx_exec(uint32_t src_len, uint32_t name_len, uint32_t inputs_len, uint32_t mode) {
    if (!ready) {
        return MPSBX_NOT_READY;
    }
    if ((size_t)src_len + name_len + inputs_len > input_cap || input_buf == NULL) {
        return MPSBX_NO_MEMORY;
    }
    int top;
    enter(&top);
    reporting = false;
    reserve_take();
    reset_stdio();
    volatile qstr source_name = MP_QSTRnull; // assigned after setjmp, read after longjmp
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        source_name = qstr_from_strn(input_buf + src_len, name_len);
        const char *inputs = input_buf + src_len + name_len;
        if (mode == MPSBX_MODE_CALL) {
            call_function(src_len, inputs, inputs_len);
            nlr_pop();
            return MPSBX_OK;
        }
        if (inputs_len > 0) {
            bind_inputs(inputs, inputs_len);
        }
        if (name_len > 0 && input_buf[src_len] != '<') {
            // A program named as a file shows its source lines in tracebacks, as
            // CPython's do (names such as <string> show none, as there).
            mp_obj_exception_register_source(source_name,
                mp_obj_new_bytes((const byte *)input_buf, src_len));
            // __main__ has __file__ as CPython's for a program run from a file: its path
            // as given; none for -c ('<string>') (nor '<stdin>', which the REPL uses too).
            mp_store_global(MP_QSTR___file__, MP_OBJ_NEW_QSTR(source_name));
        }
        bool want_value;
        mp_obj_t module_fun = compile_with_reserve(src_len, source_name, &want_value);
        mp_call_function_0(module_fun);
        if (want_value) {
            mp_map_elem_t *elem = mp_map_lookup(&mp_globals_get()->map,
                MP_OBJ_NEW_QSTR(MP_QSTR___mpsbx_value__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
            if (elem != NULL && elem->value != mp_const_none) {
                report_value(elem->value);
            }
        }
        nlr_pop();
        return MPSBX_OK;
    }
    reporting = true;
    return report_exception(MP_OBJ_FROM_PTR(nlr.ret_val), source_name);
}

// Conservative collection. Roots: MicroPython's root pointers, the shadow stack in linear
// memory, and values that live only in wasm locals. wasm2c keeps those in native frames
// or registers, which the host scans for us (gcroots import).
//
// Fuel: the pass leaves gc_* unmetered, because the work of a collection depends on what
// the conservative roots keep alive, which varies between processes. A collection is
// charged instead by what is deterministic: the sweep by the size of the heap (all
// areas, MPSBX_GC_SWEEP_SHIFT), which it visits block by block; the marking by the
// blocks reachable from the roots whose contents are deterministic (the root pointers and
// the shadow stack in linear memory), counted (patch 0187) before the candidates from the
// native stack are marked: those add only what wasm locals alone hold, uncharged. The
// heap grows only when a collection cannot meet an allocation, so the charge follows the
// program's allocations and live data. The loops poll the deadline and the interrupt
// flag (MICROPY_GC_HOOK_LOOP, mpconfigport.h).
#define MPSBX_GC_SWEEP_SHIFT (5) // fuel units per heap byte swept: 1 / 2^shift
#define MPSBX_GC_MARK_UNITS (192) // fuel units per 32-byte block marked
#define MPSBX_GC_FIXED_UNITS (20000) // the roots' scan: module dicts, stacks
void mpsbx_gc_poll(void) {
    mpsbx_host_charge(0);
}

void mpsbx_charge_alloc(size_t n_bytes) {
    mpsbx_host_charge(n_bytes / 32);
}

void mpsbx_charge_zeroed(size_t n_bytes) {
    mpsbx_host_charge(n_bytes / MPSBX_ZERO_BYTES_PER_UNIT);
}

// The lexer reads a token character by character through helpers (next_char,
// vstr_add_byte) that the metering pass charges nothing for, and charges a loop only for
// its own instructions: a long token (a 4 MB string literal) ran at a seventh of
// bytecode's fuel rate. Tokens of MPSBX_LEXER_CHARGE_MIN characters or more pay for their
// characters (their decoded length, deterministic), MPSBX_LEXER_UNITS each.
void mpsbx_charge_token(size_t len) {
    mpsbx_host_charge((uint32_t)MIN((uint64_t)len * MPSBX_LEXER_UNITS, UINT32_MAX));
}

// uzlib decompresses byte by byte through helpers (uzlib_get_byte, the Huffman decoder)
// that charge nothing themselves: every read pays for the bytes it produced,
// MPSBX_DEFLATE_UNITS each.
void mpsbx_charge_inflated(size_t n_bytes) {
    mpsbx_host_charge((uint32_t)MIN((uint64_t)n_bytes * MPSBX_DEFLATE_UNITS, UINT32_MAX));
}

// Charges that can pass 2^32 units (a 4 GiB heap's marking), in pieces.
static void gc_charge(uint64_t units) {
    for (; units > UINT32_MAX; units -= UINT32_MAX) {
        mpsbx_host_charge(UINT32_MAX);
    }
    mpsbx_host_charge((uint32_t)units);
}

static size_t gc_heap_bytes(void) {
    size_t heap_bytes = 0;
    for (mp_state_mem_area_t *area = &MP_STATE_MEM(area); area != NULL; area = area->next) {
        heap_bytes += (uintptr_t)area->gc_pool_end - (uintptr_t)area->gc_pool_start;
    }
    return heap_bytes;
}

void gc_collect(void) {
    // the sweep and the fixed part first: a budget too small for them stops here
    gc_charge(MPSBX_GC_FIXED_UNITS + (uint64_t)(gc_heap_bytes() >> MPSBX_GC_SWEEP_SHIFT));
    gc_collect_start();
    void *sp = &sp;
    gc_collect_root(&sp, ((uintptr_t)MP_STATE_THREAD(stack_top) - (uintptr_t)&sp) / sizeof(void *));
    // marked from deterministic roots only, so far
    gc_charge((uint64_t)gc_marked_blocks * MPSBX_GC_MARK_UNITS);
    static uintptr_t roots[1024];
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    for (mp_state_mem_area_t *area = &MP_STATE_MEM(area); area != NULL; area = area->next) {
        lo = MIN(lo, (uintptr_t)area->gc_pool_start);
        hi = MAX(hi, (uintptr_t)area->gc_pool_end);
    }
    size_t skip = 0;
    for (;;) {
        size_t total = mpsbx_host_gc_roots(lo, hi, roots, MP_ARRAY_SIZE(roots), skip);
        if (total <= skip) {
            break;
        }
        size_t n = total - skip;
        if (n > MP_ARRAY_SIZE(roots)) {
            n = MP_ARRAY_SIZE(roots);
        }
        gc_collect_root((void **)roots, n);
        skip += n;
    }
    gc_collect_end();
}

// A failed NLR jump means the interpreter state is broken: trap, never spin.
void nlr_jump_fail(void *val) {
    (void)val;
    __builtin_trap();
}

#ifndef NDEBUG
void MP_WEAK __assert_func(const char *file, int line, const char *func, const char *expr) {
    __builtin_trap();
}
#endif
