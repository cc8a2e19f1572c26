// sys.stdin, sys.stdout and sys.stderr as streams over WASI fds 0, 1 and 2.
// Unlike shared/runtime/sys_stdio_mphal.c, stderr stays separate from stdout.
#include "py/obj.h"
#include "py/stream.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "mpsandbox_port.h"
#include <string.h>
#include "py/mphal.h"
#include "shared/readline/readline.h"

typedef struct _sys_stdio_obj_t {
    mp_obj_base_t base;
    int fd;
} sys_stdio_obj_t;

static void stdio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.%s %d>", mp_obj_get_type_str(self_in), self->fd);
}

static mp_uint_t stdio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd != 0) {
        *errcode = MP_EPERM;
        return MP_STREAM_ERROR;
    }
    return mpsbx_fd_read(0, buf, size);
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd == 0) {
        *errcode = MP_EPERM;
        return MP_STREAM_ERROR;
    }
    mpsbx_fd_write(self->fd, buf, size);
    // A refused or truncated write is the host's business (output caps); the guest
    // still sees success so that print() never raises half-way through a line.
    return size;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    (void)self_in;
    (void)arg;
    if (request == MP_STREAM_CLOSE || request == MP_STREAM_FLUSH) {
        return 0;
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}

static const sys_stdio_obj_t stdio_buffer_objs[3];

static mp_obj_t stdio_buffer_attr(mp_obj_t self_in) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_FROM_PTR(&stdio_buffer_objs[self->fd]);
}

static void stdio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);

// fileno() is the stream's number (os.fdopen, open(1, 'w', closefd=False)); the streams
// are pipes to the host: not a terminal, not seekable.
static mp_obj_t stdio_fileno(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(((sys_stdio_obj_t *)MP_OBJ_TO_PTR(self_in))->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_fileno_obj, stdio_fileno);

static mp_obj_t stdio_false(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_false_obj, stdio_false);

static mp_obj_t stdio_readable(mp_obj_t self_in) {
    return mp_obj_new_bool(((sys_stdio_obj_t *)MP_OBJ_TO_PTR(self_in))->fd == 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_readable_obj, stdio_readable);

static mp_obj_t stdio_writable(mp_obj_t self_in) {
    return mp_obj_new_bool(((sys_stdio_obj_t *)MP_OBJ_TO_PTR(self_in))->fd != 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_writable_obj, stdio_writable);

static const mp_rom_map_elem_t stdio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj)},
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_unbuffered_readlines_obj)},
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&stdio_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&stdio_false_obj) },
    { MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&stdio_false_obj) },
    { MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&stdio_readable_obj) },
    { MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&stdio_writable_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(stdio_locals_dict, stdio_locals_dict_table);

static const mp_stream_p_t stdio_text_p = {
    .read = stdio_read, .write = stdio_write, .ioctl = stdio_ioctl, .is_text = true,
};
static const mp_stream_p_t stdio_binary_p = {
    .read = stdio_read, .write = stdio_write, .ioctl = stdio_ioctl, .is_text = false,
};

MP_DEFINE_CONST_OBJ_TYPE(
    stdio_text_type, MP_QSTR_TextIOWrapper, MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print, attr, stdio_attr, protocol, &stdio_text_p, locals_dict, &stdio_locals_dict);

MP_DEFINE_CONST_OBJ_TYPE(
    stdio_binary_type, MP_QSTR_FileIO, MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print, attr, stdio_attr, protocol, &stdio_binary_p, locals_dict, &stdio_locals_dict);

// Text objects expose .buffer and .encoding ('utf-8'); .name ('<stdout>') and .mode
// ('w', binary 'wb') are CPython's; everything else comes from the locals dict.
static void stdio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    bool binary = self->base.type == &stdio_binary_type;
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_buffer && !binary) {
        dest[0] = stdio_buffer_attr(self_in);
    } else if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_name) {
        static const char *const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
        dest[0] = mp_obj_new_str(names[self->fd], strlen(names[self->fd]));
    } else if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_encoding && !binary) {
        dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
    } else if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_mode) {
        const char *m = self->fd == 0 ? (binary ? "rb" : "r") : (binary ? "wb" : "w");
        dest[0] = mp_obj_new_str(m, strlen(m));
    } else {
        dest[1] = MP_OBJ_SENTINEL; // continue lookup in locals_dict
    }
}

static const sys_stdio_obj_t stdio_buffer_objs[3] = {
    {{&stdio_binary_type}, 0}, {{&stdio_binary_type}, 1}, {{&stdio_binary_type}, 2},
};

const sys_stdio_obj_t mp_sys_stdin_obj = {{&stdio_text_type}, .fd = 0};
const sys_stdio_obj_t mp_sys_stdout_obj = {{&stdio_text_type}, .fd = 1};
const sys_stdio_obj_t mp_sys_stderr_obj = {{&stdio_text_type}, .fd = 2};

// input(): one line from stdin. Returns CHAR_CTRL_D at end of input, as upstream's
// readline does, so input() raises EOFError.
int readline(vstr_t *line, const char *prompt) {
    mpsbx_fd_write(1, prompt, strlen(prompt));
    for (;;) {
        char c;
        if (mpsbx_fd_read(0, &c, 1) != 1) {
            return CHAR_CTRL_D;
        }
        if (c == '\n') {
            return 0;
        }
        vstr_add_byte(line, c);
    }
}

