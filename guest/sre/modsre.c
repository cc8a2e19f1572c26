// mpsandbox: the `_sre` module, CPython 3.11's regular expression engine interface, under
// CPython's own pure-Python `re` package (frozen from Debian's python3.11 through
// guest/stdlib/modules.txt). The package parses and compiles a pattern into the opcode
// list of re/_constants.py; _sre.compile() validates that code and returns a Pattern, whose
// methods run the backtracking engine of sre_engine.h over str or bytes-like subjects.
//
// Written from the documented opcode format (re/_compiler.py, re/_constants.py) and the
// observable behaviour of CPython 3.11 (Lib/test/test_re.py), for the same results,
// messages and object reprs.
//
// Subjects: bytes-like objects are matched byte by byte; a str whose UTF-8 is all ASCII is
// matched on its bytes, any other str is decoded once into 1- or 4-byte code points (the
// last few large subjects are cached, so a tokenizer calling match(text, pos) in a loop
// does not decode again). Positions are character indices, as CPython's.
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/objlist.h"
#include "py/mpstate.h"
#include "py/objint.h"
#include "py/smallint.h"
#include "py/cstack.h"

#include "sre_chars.h"

#define SRE_MAGIC (20220615)
#define SRE_CODESIZE (4)
#define SRE_MAXREPEAT (0xffffffffu)
#define SRE_MAXGROUPS (0x3fffffff)

typedef uint32_t sre_code_t;

// opcodes (re/_constants.py)
enum {
    SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT, SRE_OP_ASSERT_NOT,
    SRE_OP_AT, SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET, SRE_OP_BIGCHARSET,
    SRE_OP_GROUPREF, SRE_OP_GROUPREF_EXISTS, SRE_OP_IN, SRE_OP_INFO, SRE_OP_JUMP,
    SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL, SRE_OP_MIN_UNTIL, SRE_OP_NOT_LITERAL,
    SRE_OP_NEGATE, SRE_OP_RANGE, SRE_OP_REPEAT, SRE_OP_REPEAT_ONE, SRE_OP_SUBPATTERN,
    SRE_OP_MIN_REPEAT_ONE, SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT,
    SRE_OP_POSSESSIVE_REPEAT_ONE, SRE_OP_GROUPREF_IGNORE, SRE_OP_IN_IGNORE,
    SRE_OP_LITERAL_IGNORE, SRE_OP_NOT_LITERAL_IGNORE, SRE_OP_GROUPREF_LOC_IGNORE,
    SRE_OP_IN_LOC_IGNORE, SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE,
    SRE_OP_GROUPREF_UNI_IGNORE, SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE,
    SRE_OP_NOT_LITERAL_UNI_IGNORE, SRE_OP_RANGE_UNI_IGNORE,
};

enum {
    SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING, SRE_AT_BOUNDARY,
    SRE_AT_NON_BOUNDARY, SRE_AT_END, SRE_AT_END_LINE, SRE_AT_END_STRING,
    SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY, SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY,
};

enum {
    SRE_CATEGORY_DIGIT, SRE_CATEGORY_NOT_DIGIT, SRE_CATEGORY_SPACE, SRE_CATEGORY_NOT_SPACE,
    SRE_CATEGORY_WORD, SRE_CATEGORY_NOT_WORD, SRE_CATEGORY_LINEBREAK,
    SRE_CATEGORY_NOT_LINEBREAK, SRE_CATEGORY_LOC_WORD, SRE_CATEGORY_LOC_NOT_WORD,
    SRE_CATEGORY_UNI_DIGIT, SRE_CATEGORY_UNI_NOT_DIGIT, SRE_CATEGORY_UNI_SPACE,
    SRE_CATEGORY_UNI_NOT_SPACE, SRE_CATEGORY_UNI_WORD, SRE_CATEGORY_UNI_NOT_WORD,
    SRE_CATEGORY_UNI_LINEBREAK, SRE_CATEGORY_UNI_NOT_LINEBREAK,
};

#define SRE_INFO_PREFIX (1)
#define SRE_INFO_LITERAL (2)
#define SRE_INFO_CHARSET (4)

#define SRE_FLAG_IGNORECASE (2)
#define SRE_FLAG_LOCALE (4)
#define SRE_FLAG_MULTILINE (8)
#define SRE_FLAG_DOTALL (16)
#define SRE_FLAG_UNICODE (32)
#define SRE_FLAG_VERBOSE (64)
#define SRE_FLAG_DEBUG (128)
#define SRE_FLAG_ASCII (256)

// Where a called sub-pattern returns to (sre_engine.h).
enum {
    SRE_J_NONE, SRE_J_BRANCH, SRE_J_REPEAT_ONE_1, SRE_J_REPEAT_ONE_2, SRE_J_MIN_REPEAT_ONE,
    SRE_J_REPEAT, SRE_J_MAX_UNTIL_1, SRE_J_MAX_UNTIL_2, SRE_J_MAX_UNTIL_3, SRE_J_MIN_UNTIL_1,
    SRE_J_MIN_UNTIL_2, SRE_J_MIN_UNTIL_3, SRE_J_POSS_REPEAT_1, SRE_J_POSS_REPEAT_2,
    SRE_J_ATOMIC_GROUP, SRE_J_ASSERT, SRE_J_ASSERT_NOT,
};

// ---- objects ----

typedef struct _sre_pattern_t {
    mp_obj_base_t base;
    mp_obj_t pattern;       // the str or bytes it was compiled from, or None
    mp_obj_t groupindex;    // dict: name -> group number
    mp_obj_t indexgroup;    // tuple: group number -> name or None
    mp_int_t groups;
    mp_int_t flags;
    int8_t isbytes;         // -1: no pattern string (accepts both)
    size_t ncode;
    sre_code_t code[];
} sre_pattern_t;

// A prepared subject: its characters as an array of 1- or 4-byte units.
typedef struct _sre_subject_t {
    mp_obj_t string;
    const void *chars;
    mp_int_t length;        // in characters
    uint8_t charsize;       // 1 or 4
    uint8_t kind;
} sre_subject_t;

#define SRE_SUBJ_BYTES (0)   // a bytes-like object; chars is its buffer at preparation time
#define SRE_SUBJ_ASCII (1)   // a str of ASCII characters; chars is its data
#define SRE_SUBJ_DECODED (2) // any other str; chars is a decoded copy

typedef struct _sre_match_t {
    mp_obj_base_t base;
    mp_obj_t string;
    sre_pattern_t *pattern;
    const sre_subject_t *subject; // for str subjects (the characters); NULL for bytes-like
    mp_obj_t regs;
    mp_int_t pos, endpos, lastindex;
    mp_int_t ngroups;       // groups + 1
    mp_int_t mark[];        // 2 * ngroups: start, end of each group, -1 if it did not match
} sre_match_t;

typedef struct _sre_frame_t {
    const sre_code_t *pc;
    mp_int_t ptr;
    mp_int_t count;
    mp_int_t lastmark;
    mp_int_t lastindex;
    mp_int_t rep;           // MAX_UNTIL, MIN_UNTIL: the frame of the current repeat
    // REPEAT frames: the repeat record
    const sre_code_t *r_pc;
    mp_int_t r_count;
    mp_int_t r_last_ptr;
    mp_int_t r_prev;
    sre_code_t chr;
    uint8_t jump;
    uint8_t toplevel;
} sre_frame_t;

typedef struct _sre_state_t {
    const void *chars;
    mp_int_t length;
    mp_int_t pos, endpos;
    mp_int_t start, ptr, end;
    uint8_t charsize;
    bool match_all;
    bool must_advance;
    mp_int_t *mark;
    mp_int_t lastmark, lastindex;
    mp_int_t repeat;
    sre_frame_t *frames;
    size_t nframes, aframes;
    mp_int_t *data;
    size_t ndata, adata;
} sre_state_t;

typedef struct _sre_scanner_t {
    mp_obj_base_t base;
    sre_pattern_t *pattern;
    sre_subject_t *subject;
    sre_state_t state;
    bool done;
    bool executing;
} sre_scanner_t;

typedef struct _sre_iter_t {
    mp_obj_base_t base;
    sre_scanner_t *scanner;
} sre_iter_t;

static const mp_obj_type_t sre_pattern_type;
static const mp_obj_type_t sre_match_type;
static const mp_obj_type_t sre_scanner_type;

// The most recent large str subjects, prepared (sre_prepare_str).
#define SRE_SUBJECT_CACHE (4)
#define SRE_SUBJECT_CACHE_MIN_BYTES (128)
MP_REGISTER_ROOT_POINTER(struct _sre_subject_t *sre_subject_cache[4]);
MP_REGISTER_ROOT_POINTER(mp_uint_t sre_subject_cache_next);

// ---- engine support ----

static NORETURN void sre_raise_internal(void) {
    mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("internal error in regular expression engine"));
}

// A group ending before it starts: CPython's engine has such bugs too, and says this
// (as SystemError, which MicroPython does not have).
static NORETURN void sre_raise_bad_span(void) {
    mp_raise_msg(&mp_type_RuntimeError,
        MP_ERROR_TEXT("The span of capturing group is wrong, please report a bug for the re module."));
}

static sre_frame_t *sre_push_frame(sre_state_t *st) {
    if (st->nframes == st->aframes) {
        size_t n = st->aframes ? st->aframes * 2 : 32;
        st->frames = m_renew(sre_frame_t, st->frames, st->aframes, n);
        st->aframes = n;
    }
    return &st->frames[st->nframes++];
}

static void sre_data_reserve(sre_state_t *st, size_t n) {
    if (st->adata - st->ndata < n) {
        size_t a = st->adata ? st->adata : 64;
        while (a - st->ndata < n) {
            a *= 2;
        }
        st->data = m_renew(mp_int_t, st->data, st->adata, a);
        st->adata = a;
    }
}

static inline void sre_data_push(sre_state_t *st, mp_int_t v) {
    sre_data_reserve(st, 1);
    st->data[st->ndata++] = v;
}

static inline mp_int_t sre_data_pop(sre_state_t *st) {
    return st->data[--st->ndata];
}

// Save the marks 0..lastmark (nothing if there are none).
static void sre_marks_push(sre_state_t *st, mp_int_t lastmark) {
    if (lastmark >= 0) {
        size_t n = lastmark + 1;
        sre_data_reserve(st, n);
        memcpy(st->data + st->ndata, st->mark, n * sizeof(mp_int_t));
        st->ndata += n;
    }
}

static void sre_marks_restore(sre_state_t *st, mp_int_t lastmark, bool discard) {
    if (lastmark >= 0) {
        size_t n = lastmark + 1;
        memcpy(st->mark, st->data + st->ndata - n, n * sizeof(mp_int_t));
        if (discard) {
            st->ndata -= n;
        }
    }
}

static inline void sre_marks_discard(sre_state_t *st, mp_int_t lastmark) {
    if (lastmark >= 0) {
        st->ndata -= lastmark + 1;
    }
}

static inline void sre_reset_capture(sre_state_t *st) {
    st->lastmark = -1;
    st->lastindex = -1;
}

static inline void sre_state_reset(sre_state_t *st) {
    st->lastmark = -1;
    st->lastindex = -1;
    st->repeat = -1;
    st->nframes = 0;
    st->ndata = 0;
}

static inline bool sre_category(sre_code_t category, uint32_t ch) {
    switch (category) {
        case SRE_CATEGORY_DIGIT:
            return sre_ascii_is(ch, SRE_A_DIGIT);
        case SRE_CATEGORY_NOT_DIGIT:
            return !sre_ascii_is(ch, SRE_A_DIGIT);
        case SRE_CATEGORY_SPACE:
            return sre_ascii_is(ch, SRE_A_SPACE);
        case SRE_CATEGORY_NOT_SPACE:
            return !sre_ascii_is(ch, SRE_A_SPACE);
        case SRE_CATEGORY_WORD:
            return sre_ascii_is(ch, SRE_A_WORD);
        case SRE_CATEGORY_NOT_WORD:
            return !sre_ascii_is(ch, SRE_A_WORD);
        case SRE_CATEGORY_LINEBREAK:
            return ch == '\n';
        case SRE_CATEGORY_NOT_LINEBREAK:
            return ch != '\n';
        case SRE_CATEGORY_LOC_WORD:
            return sre_loc_is_word(ch);
        case SRE_CATEGORY_LOC_NOT_WORD:
            return !sre_loc_is_word(ch);
        case SRE_CATEGORY_UNI_DIGIT:
            return sre_uni_is_decimal(ch);
        case SRE_CATEGORY_UNI_NOT_DIGIT:
            return !sre_uni_is_decimal(ch);
        case SRE_CATEGORY_UNI_SPACE:
            return sre_uni_is_space(ch);
        case SRE_CATEGORY_UNI_NOT_SPACE:
            return !sre_uni_is_space(ch);
        case SRE_CATEGORY_UNI_WORD:
            return sre_uni_is_word(ch);
        case SRE_CATEGORY_UNI_NOT_WORD:
            return !sre_uni_is_word(ch);
        case SRE_CATEGORY_UNI_LINEBREAK:
            return sre_uni_is_linebreak(ch);
        case SRE_CATEGORY_UNI_NOT_LINEBREAK:
            return !sre_uni_is_linebreak(ch);
        default:
            return false;
    }
}

static inline bool sre_char_loc_ignore(sre_code_t pattern, uint32_t ch) {
    return ch == pattern || sre_lower_locale(ch) == pattern || sre_upper_locale(ch) == pattern;
}

// Bounds checks of every subject and code access, for fuzzing the engine and validator
// with crafted code (build with -DSRE_DEBUG_BOUNDS=1; the GC heap hides such reads from
// memory checkers).
#ifndef SRE_DEBUG_BOUNDS
#define SRE_DEBUG_BOUNDS (0)
#endif
#if SRE_DEBUG_BOUNDS
#include <stdio.h>
#include <stdlib.h>
static const sre_code_t *sre_dbg_code, *sre_dbg_code_end;
static void sre_dbg_fail(const char *what, int line) {
    fprintf(stderr, "_sre: %s out of bounds (line %d)\n", what, line);
    abort();
}
#define SRE_S(i) ((((i) < 0 || (i) >= st->length) ? sre_dbg_fail("subject", __LINE__) : (void)0), s[i])
#define SRE_CHECK_PC(st, p) do { if ((p) < sre_dbg_code || (p) >= sre_dbg_code_end) sre_dbg_fail("code", __LINE__); } while (0)
#define SRE_CHECK_SET(p) SRE_CHECK_PC(NULL, p)
#define SRE_DEBUG_CODE(pat) do { sre_dbg_code = (pat)->code; sre_dbg_code_end = (pat)->code + (pat)->ncode; } while (0)
#else
#define SRE_S(i) (s[i])
#define SRE_CHECK_PC(st, p) do { } while (0)
#define SRE_CHECK_SET(p) do { } while (0)
#define SRE_DEBUG_CODE(pat) do { } while (0)
#endif

#define SRE_CHAR uint8_t
#define SRE(name) sre_ucs1_##name
#include "sre_engine.h"
#undef SRE_CHAR
#undef SRE

#define SRE_CHAR uint32_t
#define SRE(name) sre_ucs4_##name
#include "sre_engine.h"
#undef SRE_CHAR
#undef SRE

static mp_int_t sre_match(sre_state_t *st, const sre_pattern_t *pat) {
    const sre_code_t *code = pat->code;
    SRE_DEBUG_CODE(pat);
    if (st->charsize == 1) {
        return sre_ucs1_match(st, code, true);
    }
    return sre_ucs4_match(st, code, true);
}

static mp_int_t sre_search(sre_state_t *st, const sre_pattern_t *pat) {
    const sre_code_t *code = pat->code;
    SRE_DEBUG_CODE(pat);
    if (st->charsize == 1) {
        return sre_ucs1_search(st, code);
    }
    return sre_ucs4_search(st, code);
}

// ---- code validation ----
// The code comes from Python (any program may call _sre.compile): check that every jump
// stays inside its block and every operand is in range, as the engine assumes.

typedef struct {
    const sre_code_t *code;
    const sre_code_t *end;
    mp_int_t groups;
} sre_validator_t;

#define VFAIL() return false
#define VNEED(p, n) do { if ((size_t)(end - (p)) < (size_t)(n)) VFAIL(); } while (0)

static bool sre_validate_charset(const sre_code_t *p, const sre_code_t *end) {
    // a set ends with FAILURE, at end[-1]
    while (p < end) {
        sre_code_t op = *p++;
        switch (op) {
            case SRE_OP_FAILURE:
                return p == end;
            case SRE_OP_NEGATE:
                break;
            case SRE_OP_LITERAL:
                VNEED(p, 1);
                p += 1;
                break;
            case SRE_OP_RANGE:
            case SRE_OP_RANGE_UNI_IGNORE:
                VNEED(p, 2);
                p += 2;
                break;
            case SRE_OP_CHARSET:
                VNEED(p, 8);
                p += 8;
                break;
            case SRE_OP_BIGCHARSET: {
                VNEED(p, 1 + 64);
                sre_code_t count = *p++;
                for (int i = 0; i < 256; i++) {
                    if (((const uint8_t *)p)[i] >= count) {
                        VFAIL();
                    }
                }
                p += 64;
                if (count > (size_t)(end - p) / 8) {
                    VFAIL();
                }
                p += count * 8;
                break;
            }
            case SRE_OP_CATEGORY:
                VNEED(p, 1);
                if (*p > SRE_CATEGORY_UNI_NOT_LINEBREAK) {
                    VFAIL();
                }
                p += 1;
                break;
            default:
                VFAIL();
        }
    }
    VFAIL();
}

static bool sre_is_single_char_op(const sre_code_t *p, const sre_code_t *end) {
    // the item of REPEAT_ONE and its variants: one character operation, then SUCCESS
    if (p >= end) {
        return false;
    }
    switch (p[0]) {
        case SRE_OP_ANY:
        case SRE_OP_ANY_ALL:
            return end - p == 2 && p[1] == SRE_OP_SUCCESS;
        case SRE_OP_LITERAL:
        case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_IGNORE:
        case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE:
        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE:
        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            return end - p == 3 && p[2] == SRE_OP_SUCCESS;
        case SRE_OP_CATEGORY:
            return end - p == 3 && p[1] <= SRE_CATEGORY_UNI_NOT_LINEBREAK && p[2] == SRE_OP_SUCCESS;
        case SRE_OP_IN:
        case SRE_OP_IN_IGNORE:
        case SRE_OP_IN_UNI_IGNORE:
        case SRE_OP_IN_LOC_IGNORE:
            return end - p >= 3 && p[1] >= 2 && p[1] == (sre_code_t)(end - p - 2)
                   && sre_validate_charset(p + 2, p + 1 + p[1]) && end[-1] == SRE_OP_SUCCESS;
        default:
            return false;
    }
}

// Validate the code in [p, end). Returns 0 if it is fine, 1 if it is fine and ends with a
// JUMP (a branch arm or the yes-arm of GROUPREF_EXISTS), -1 if it is invalid.
static int sre_validate_block(const sre_validator_t *v, const sre_code_t *p, const sre_code_t *end) {
    mp_cstack_check();
    #undef VFAIL
    #define VFAIL() return -1
    if (p > end) {
        VFAIL();
    }
    while (p < end) {
        sre_code_t op = *p++;
        switch (op) {
            case SRE_OP_MARK:
                VNEED(p, 1);
                if ((mp_uint_t)*p >= 2 * (mp_uint_t)v->groups) {
                    VFAIL();
                }
                p += 1;
                break;
            case SRE_OP_LITERAL:
            case SRE_OP_NOT_LITERAL:
            case SRE_OP_LITERAL_IGNORE:
            case SRE_OP_NOT_LITERAL_IGNORE:
            case SRE_OP_LITERAL_UNI_IGNORE:
            case SRE_OP_NOT_LITERAL_UNI_IGNORE:
            case SRE_OP_LITERAL_LOC_IGNORE:
            case SRE_OP_NOT_LITERAL_LOC_IGNORE:
                VNEED(p, 1);
                p += 1;
                break;
            case SRE_OP_SUCCESS:
            case SRE_OP_FAILURE:
            case SRE_OP_ANY:
            case SRE_OP_ANY_ALL:
                break;
            case SRE_OP_AT:
                VNEED(p, 1);
                if (*p > SRE_AT_UNI_NON_BOUNDARY) {
                    VFAIL();
                }
                p += 1;
                break;
            case SRE_OP_CATEGORY:
                VNEED(p, 1);
                if (*p > SRE_CATEGORY_UNI_NOT_LINEBREAK) {
                    VFAIL();
                }
                p += 1;
                break;
            case SRE_OP_IN:
            case SRE_OP_IN_IGNORE:
            case SRE_OP_IN_UNI_IGNORE:
            case SRE_OP_IN_LOC_IGNORE: {
                // <IN> <skip> set... FAILURE; skip counts from the skip word
                VNEED(p, 1);
                sre_code_t skip = *p;
                if (skip < 2 || skip > (size_t)(end - p)) {
                    VFAIL();
                }
                if (!sre_validate_charset(p + 1, p + skip)) {
                    VFAIL();
                }
                p += skip;
                break;
            }
            case SRE_OP_INFO: {
                // <INFO> <skip> <flags> <min> <max> [prefix | charset]
                VNEED(p, 4);
                sre_code_t skip = p[0];
                if (skip < 4 || skip > (size_t)(end - p)) {
                    VFAIL();
                }
                const sre_code_t *next = p + skip;
                sre_code_t flags = p[1];
                const sre_code_t *q = p + 4;
                if (flags & ~(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET)) {
                    VFAIL();
                }
                if ((flags & SRE_INFO_PREFIX) && (flags & SRE_INFO_CHARSET)) {
                    VFAIL();
                }
                if ((flags & SRE_INFO_LITERAL) && !(flags & SRE_INFO_PREFIX)) {
                    VFAIL();
                }
                if (flags & SRE_INFO_PREFIX) {
                    if (next - q < 2) {
                        VFAIL();
                    }
                    sre_code_t len = q[0], pskip = q[1];
                    q += 2;
                    if (len == 0 || len > (size_t)(next - q) / 2 || (size_t)(next - q) != 2 * (size_t)len
                        || pskip > len) {
                        VFAIL();
                    }
                    for (sre_code_t i = 0; i < len; i++) {
                        if (q[len + i] >= len || q[len + i] > i) {
                            VFAIL();
                        }
                    }
                    // the search starts the code after the first pskip literals: they
                    // must be there, as LITERAL operations
                    if ((size_t)(end - next) < 2 * (size_t)pskip) {
                        VFAIL();
                    }
                    for (sre_code_t i = 0; i < pskip; i++) {
                        if (next[2 * i] != SRE_OP_LITERAL || next[2 * i + 1] != q[i]) {
                            VFAIL();
                        }
                    }
                } else if (flags & SRE_INFO_CHARSET) {
                    if (!sre_validate_charset(q, next)) {
                        VFAIL();
                    }
                } else if (q != next) {
                    VFAIL();
                }
                p = next;
                break;
            }
            case SRE_OP_BRANCH: {
                // <BRANCH> <skip> code JUMP <skip> ... <0>; every JUMP goes to the same place
                const sre_code_t *target = NULL;
                for (;;) {
                    VNEED(p, 1);
                    sre_code_t skip = *p;
                    if (skip == 0) {
                        p++;
                        break;
                    }
                    if (skip < 3 || skip > (size_t)(end - p)) {
                        VFAIL();
                    }
                    if (sre_validate_block(v, p + 1, p + skip - 2) != 0) {
                        VFAIL();
                    }
                    const sre_code_t *j = p + skip - 2;
                    if (j[0] != SRE_OP_JUMP) {
                        VFAIL();
                    }
                    if (j[1] > (size_t)(end - (j + 1))) {
                        VFAIL();
                    }
                    const sre_code_t *t = j + 1 + j[1];
                    if (target == NULL) {
                        target = t;
                    } else if (t != target) {
                        VFAIL();
                    }
                    p += skip;
                }
                if (target == NULL || p != target) {
                    VFAIL();
                }
                break;
            }
            case SRE_OP_REPEAT_ONE:
            case SRE_OP_MIN_REPEAT_ONE:
            case SRE_OP_POSSESSIVE_REPEAT_ONE: {
                // <op> <skip> <min> <max> item <SUCCESS> tail
                VNEED(p, 3);
                sre_code_t skip = p[0], min = p[1], max = p[2];
                if (min > max || skip < 4 || skip > (size_t)(end - p)) {
                    VFAIL();
                }
                if (!sre_is_single_char_op(p + 3, p + skip)) {
                    VFAIL();
                }
                p += skip;
                break;
            }
            case SRE_OP_REPEAT:
            case SRE_OP_POSSESSIVE_REPEAT: {
                // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail
                // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                VNEED(p, 3);
                sre_code_t skip = p[0], min = p[1], max = p[2];
                if (min > max || skip < 3 || skip >= (size_t)(end - p)) {
                    VFAIL();
                }
                if (sre_validate_block(v, p + 3, p + skip) != 0) {
                    VFAIL();
                }
                sre_code_t until = p[skip];
                if (op == SRE_OP_POSSESSIVE_REPEAT ? until != SRE_OP_SUCCESS
                    : (until != SRE_OP_MAX_UNTIL && until != SRE_OP_MIN_UNTIL)) {
                    VFAIL();
                }
                p += skip + 1;
                break;
            }
            case SRE_OP_ATOMIC_GROUP: {
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                VNEED(p, 1);
                sre_code_t skip = p[0];
                if (skip < 2 || skip > (size_t)(end - p)) {
                    VFAIL();
                }
                if (sre_validate_block(v, p + 1, p + skip - 1) != 0 || p[skip - 1] != SRE_OP_SUCCESS) {
                    VFAIL();
                }
                p += skip;
                break;
            }
            case SRE_OP_GROUPREF:
            case SRE_OP_GROUPREF_IGNORE:
            case SRE_OP_GROUPREF_UNI_IGNORE:
            case SRE_OP_GROUPREF_LOC_IGNORE:
                VNEED(p, 1);
                if ((mp_uint_t)*p >= (mp_uint_t)v->groups) {
                    VFAIL();
                }
                p += 1;
                break;
            case SRE_OP_GROUPREF_EXISTS: {
                // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]; skip counts
                // from the group word
                VNEED(p, 2);
                if ((mp_uint_t)p[0] >= (mp_uint_t)v->groups) {
                    VFAIL();
                }
                sre_code_t skip = p[1];
                if (skip < 2 || skip > (size_t)(end - p)) {
                    VFAIL();
                }
                int rc = sre_validate_block(v, p + 2, p + skip);
                if (rc < 0) {
                    VFAIL();
                }
                if (rc == 1) {
                    // the yes-arm ends with <JUMP> <skip>, over the no-arm
                    const sre_code_t *j = p + skip - 2;
                    const sre_code_t *q = j + 1;
                    if (q[0] < 1 || q[0] > (size_t)(end - q)) {
                        VFAIL();
                    }
                    if (sre_validate_block(v, p + skip, q + q[0]) != 0) {
                        VFAIL();
                    }
                    p = q + q[0];
                } else {
                    p += skip;
                }
                break;
            }
            case SRE_OP_ASSERT:
            case SRE_OP_ASSERT_NOT: {
                // <ASSERT> <skip> <back> pattern <SUCCESS>
                VNEED(p, 2);
                sre_code_t skip = p[0];
                if (skip < 3 || skip > (size_t)(end - p)) {
                    VFAIL();
                }
                if (sre_validate_block(v, p + 2, p + skip - 1) != 0 || p[skip - 1] != SRE_OP_SUCCESS) {
                    VFAIL();
                }
                p += skip;
                break;
            }
            case SRE_OP_JUMP:
                // only as the end of a block (branch arm, yes-arm)
                VNEED(p, 1);
                if (p + 1 != end) {
                    VFAIL();
                }
                return 1;
            default:
                VFAIL();
        }
    }
    return 0;
    #undef VFAIL
}
#undef VNEED

static bool sre_validate(sre_pattern_t *pat) {
    if (pat->groups < 0 || pat->groups > SRE_MAXGROUPS || pat->ncode == 0
        || pat->code[pat->ncode - 1] != SRE_OP_SUCCESS) {
        return false;
    }
    sre_validator_t v = { pat->code, pat->code + pat->ncode, pat->groups };
    return sre_validate_block(&v, pat->code, pat->code + pat->ncode - 1) == 0;
}

// ---- subjects ----

static mp_obj_t sre_as_str(mp_obj_t o) {
    if (mp_obj_is_str(o)) {
        return o;
    }
    if (mp_obj_is_obj(o)) {
        return mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_str));
    }
    return MP_OBJ_NULL;
}

static size_t sre_ascii_prefix(const byte *p, size_t n) {
    size_t i = 0;
    // a word at a time where aligned
    while (i < n && ((uintptr_t)(p + i) & (sizeof(mp_uint_t) - 1))) {
        if (p[i] & 0x80) {
            return i;
        }
        i++;
    }
    const mp_uint_t hi = (mp_uint_t)-1 / 255 * 128;
    while (i + sizeof(mp_uint_t) <= n) {
        mp_uint_t w;
        memcpy(&w, p + i, sizeof(w));
        if (w & hi) {
            break;
        }
        i += sizeof(mp_uint_t);
    }
    while (i < n && !(p[i] & 0x80)) {
        i++;
    }
    return i;
}

static inline uint32_t sre_utf8_decode(const byte **pp, const byte *end) {
    const byte *p = *pp;
    uint32_t c = *p++;
    if (c >= 0xc0) {
        int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        c &= 0x3f >> n;
        while (n-- > 0 && p < end && (*p & 0xc0) == 0x80) {
            c = (c << 6) | (*p++ & 0x3f);
        }
    }
    *pp = p;
    return c;
}

// Prepare a str (s is the str object, not a subclass instance).
static sre_subject_t *sre_prepare_str(mp_obj_t string, mp_obj_t s, sre_subject_t *local) {
    GET_STR_DATA_LEN(s, data, blen);
    bool cacheable = blen >= SRE_SUBJECT_CACHE_MIN_BYTES;
    if (cacheable) {
        for (int i = 0; i < SRE_SUBJECT_CACHE; i++) {
            sre_subject_t *c = MP_STATE_VM(sre_subject_cache)[i];
            if (c != NULL && c->string == s) {
                if (string == s) {
                    return c;
                }
                *local = *c;
                local->string = string;
                return local;
            }
        }
    }
    sre_subject_t *subj = cacheable ? m_new_obj(sre_subject_t) : local;
    subj->string = s;
    size_t ascii = sre_ascii_prefix(data, blen);
    if (ascii == blen) {
        subj->chars = data;
        subj->length = blen;
        subj->charsize = 1;
        subj->kind = SRE_SUBJ_ASCII;
    } else {
        // decode: count the characters and find the widest
        const byte *p = data, *e = data + blen;
        size_t n = 0;
        uint32_t maxc = 0;
        while (p < e) {
            uint32_t c = sre_utf8_decode(&p, e);
            if (c > maxc) {
                maxc = c;
            }
            n++;
        }
        p = data;
        if (maxc < 256) {
            uint8_t *out = m_new(uint8_t, n + 1);
            for (size_t i = 0; i < n; i++) {
                out[i] = (uint8_t)sre_utf8_decode(&p, e);
            }
            out[n] = 0;
            subj->chars = out;
            subj->charsize = 1;
        } else {
            uint32_t *out = m_new(uint32_t, n + 1);
            for (size_t i = 0; i < n; i++) {
                out[i] = sre_utf8_decode(&p, e);
            }
            out[n] = 0;
            subj->chars = out;
            subj->charsize = 4;
        }
        subj->length = n;
        subj->kind = SRE_SUBJ_DECODED;
    }
    if (cacheable) {
        mp_uint_t i = MP_STATE_VM(sre_subject_cache_next) % SRE_SUBJECT_CACHE;
        MP_STATE_VM(sre_subject_cache)[i] = subj;
        MP_STATE_VM(sre_subject_cache_next) = i + 1;
        if (string != s) {
            *local = *subj;
            local->string = string;
            return local;
        }
    }
    return subj;
}

// Prepare any subject; local is used where no heap copy is needed.
static sre_subject_t *sre_prepare(mp_obj_t string, sre_subject_t *local) {
    mp_obj_t s = sre_as_str(string);
    if (s != MP_OBJ_NULL) {
        return sre_prepare_str(string, s, local);
    }
    mp_buffer_info_t bufinfo;
    if (!mp_get_buffer(string, &bufinfo, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("expected string or bytes-like object, got '%s'"), mp_obj_get_type_str(string));
    }
    local->string = string;
    local->chars = bufinfo.buf;
    local->length = bufinfo.len;
    local->charsize = 1;
    local->kind = SRE_SUBJ_BYTES;
    return local;
}

// An object with __index__ (not int or bool): its __index__(), else MP_OBJ_NULL.
static mp_obj_t sre_index_method(mp_obj_t o) {
    if (!mp_obj_is_obj(o) || mp_obj_is_float(o) || mp_obj_is_str_or_bytes(o)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___index__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t i = mp_call_method_n_kw(0, 0, dest);
    if (!mp_obj_is_int(i)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("__index__ returned non-int (type %s)"), mp_obj_get_type_str(i));
    }
    return i;
}

static bool sre_is_index(mp_obj_t o) {
    if (mp_obj_is_int(o) || mp_obj_is_bool(o)) {
        return true;
    }
    mp_obj_t dest[2];
    if (!mp_obj_is_obj(o) || mp_obj_is_float(o) || mp_obj_is_str_or_bytes(o)) {
        return false;
    }
    mp_load_method_maybe(o, MP_QSTR___index__, dest);
    return dest[0] != MP_OBJ_NULL;
}

// A Python int as an index (pos, endpos, count, maxsplit); beyond mp_int_t only its sign
// matters, as every use clamps it.
static mp_int_t sre_get_index(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    if (mp_obj_is_bool(o)) {
        return o == mp_const_true;
    }
    if (!mp_obj_is_int(o)) {
        mp_obj_t i = sre_index_method(o);
        if (i == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"), mp_obj_get_type_str(o));
        }
        o = i;
    }
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    // a big int: beyond the small ints, clamp (every use clamps to a length anyway)
    if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE, o, MP_OBJ_NEW_SMALL_INT(MP_SMALL_INT_MAX)))) {
        return MP_SMALL_INT_MAX;
    }
    if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, o, MP_OBJ_NEW_SMALL_INT(MP_SMALL_INT_MIN)))) {
        return MP_SMALL_INT_MIN;
    }
    return mp_obj_get_int(o);
}

static void sre_state_init(sre_state_t *st, sre_pattern_t *pat, const sre_subject_t *subj,
    mp_int_t pos, mp_int_t endpos) {
    memset(st, 0, sizeof(*st));
    bool isbytes = subj->kind == SRE_SUBJ_BYTES;
    if (isbytes && pat->isbytes == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
    }
    if (!isbytes && pat->isbytes > 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot use a bytes pattern on a string-like object"));
    }
    mp_int_t length = subj->length;
    if (pos < 0) {
        pos = 0;
    } else if (pos > length) {
        pos = length;
    }
    if (endpos < 0) {
        endpos = 0;
    } else if (endpos > length) {
        endpos = length;
    }
    st->chars = subj->chars;
    st->length = length;
    st->charsize = subj->charsize;
    st->pos = pos;
    st->endpos = endpos;
    st->start = pos;
    st->ptr = pos;
    st->end = endpos;
    st->mark = pat->groups ? m_new(mp_int_t, 2 * pat->groups) : NULL;
    sre_state_reset(st);
}

// ---- results ----

// The text of the characters [i, j) of a prepared subject, as the type CPython gives:
// str for str subjects, bytes for bytes-like ones.
static mp_obj_t sre_slice(const sre_subject_t *subj, mp_int_t i, mp_int_t j) {
    if (j <= i) {
        return subj->kind == SRE_SUBJ_BYTES ? mp_const_empty_bytes : MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    if (subj->kind == SRE_SUBJ_BYTES) {
        if (i == 0 && j == subj->length && mp_obj_is_exact_type(subj->string, &mp_type_bytes)) {
            return subj->string;
        }
        return mp_obj_new_bytes((const byte *)subj->chars + i, j - i);
    }
    if (i == 0 && j == subj->length && mp_obj_is_str(subj->string)) {
        return subj->string;
    }
    if (subj->kind == SRE_SUBJ_ASCII) {
        return mp_obj_new_str_copy(&mp_type_str, (const byte *)subj->chars + i, j - i);
    }
    vstr_t vstr;
    vstr_init(&vstr, j - i + 8);
    if (subj->charsize == 1) {
        const uint8_t *c = subj->chars;
        for (mp_int_t k = i; k < j; k++) {
            if (c[k] < 0x80) {
                vstr_add_byte(&vstr, c[k]);
            } else {
                vstr_add_char(&vstr, c[k]);
            }
        }
    } else {
        const uint32_t *c = subj->chars;
        for (mp_int_t k = i; k < j; k++) {
            vstr_add_char(&vstr, c[k]);
        }
    }
    return mp_obj_new_str_from_utf8_vstr(&vstr);
}

// Append the characters [i, j) of a str subject to vstr as UTF-8.
static void sre_append_chars(vstr_t *vstr, const sre_subject_t *subj, mp_int_t i, mp_int_t j) {
    if (subj->kind != SRE_SUBJ_DECODED) {
        vstr_add_strn(vstr, (const char *)subj->chars + i, j - i);
    } else if (subj->charsize == 1) {
        const uint8_t *c = subj->chars;
        for (mp_int_t k = i; k < j; k++) {
            vstr_add_char(vstr, c[k]);
        }
    } else {
        const uint32_t *c = subj->chars;
        for (mp_int_t k = i; k < j; k++) {
            vstr_add_char(vstr, c[k]);
        }
    }
}

// The text of group g (1-based) of the last match of st, or dflt if it did not take part.
static mp_obj_t sre_state_group(sre_state_t *st, const sre_subject_t *subj, mp_int_t g, mp_obj_t dflt) {
    mp_int_t j = 2 * (g - 1);
    if (j + 1 > st->lastmark || st->mark[j] < 0 || st->mark[j + 1] < 0) {
        return dflt;
    }
    if (st->mark[j] > st->mark[j + 1]) {
        sre_raise_bad_span();
    }
    return sre_slice(subj, st->mark[j], st->mark[j + 1]);
}

// Group index (0 if none given) of a Match, from an int or a group name.
static mp_int_t sre_match_index(sre_match_t *m, mp_obj_t index) {
    mp_int_t i = -1;
    if (index == MP_OBJ_NULL) {
        return 0;
    }
    if (sre_is_index(index)) {
        i = sre_get_index(index);
    } else {
        // a group name (an unhashable key raises TypeError, as CPython's dict lookup)
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(m->pattern->groupindex), index, MP_MAP_LOOKUP);
        if (e != NULL && mp_obj_is_int(e->value)) {
            i = sre_get_index(e->value);
        }
    }
    if (i < 0 || i >= m->ngroups) {
        mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("no such group"));
    }
    return i;
}

static mp_obj_t sre_match_group_text(sre_match_t *m, mp_int_t g, mp_obj_t dflt) {
    mp_int_t i = m->mark[2 * g], j = m->mark[2 * g + 1];
    if (i < 0) {
        return dflt;
    }
    if (m->subject != NULL) {
        return sre_slice(m->subject, i, j);
    }
    // bytes-like: its current contents, as CPython
    sre_subject_t local;
    sre_subject_t *subj = sre_prepare(m->string, &local);
    if (i > subj->length) {
        i = subj->length;
    }
    if (j > subj->length) {
        j = subj->length;
    }
    return sre_slice(subj, i, j);
}

static mp_obj_t sre_new_match(sre_pattern_t *pat, sre_state_t *st, const sre_subject_t *subj) {
    mp_int_t ngroups = pat->groups + 1;
    sre_match_t *m = mp_obj_malloc_var(sre_match_t, mark, mp_int_t, 2 * ngroups, &sre_match_type);
    m->string = subj->string;
    m->pattern = pat;
    m->regs = MP_OBJ_NULL;
    m->subject = NULL;
    if (subj->kind != SRE_SUBJ_BYTES) {
        // the characters must outlive the call: a cached subject is on the heap already
        bool on_heap = false;
        for (int i = 0; i < SRE_SUBJECT_CACHE; i++) {
            if (MP_STATE_VM(sre_subject_cache)[i] == subj) {
                on_heap = true;
            }
        }
        if (on_heap) {
            m->subject = subj;
        } else {
            sre_subject_t *copy = m_new_obj(sre_subject_t);
            *copy = *subj;
            m->subject = copy;
        }
    }
    m->ngroups = ngroups;
    m->mark[0] = st->start;
    m->mark[1] = st->ptr;
    for (mp_int_t g = 0, j = 0; g < pat->groups; g++, j += 2) {
        if (j + 1 <= st->lastmark && st->mark[j] >= 0 && st->mark[j + 1] >= 0) {
            m->mark[j + 2] = st->mark[j];
            m->mark[j + 3] = st->mark[j + 1];
            if (m->mark[j + 2] > m->mark[j + 3]) {
                sre_raise_bad_span();
            }
        } else {
            m->mark[j + 2] = m->mark[j + 3] = -1;
        }
    }
    m->pos = st->pos;
    m->endpos = st->endpos;
    m->lastindex = st->lastindex;
    return MP_OBJ_FROM_PTR(m);
}

// A Match keeps the subject; the subject keeps its characters. When the subject was
// prepared into a stack copy, sre_new_match copies it to the heap.

// ---- Pattern ----

typedef struct {
    mp_obj_t string;
    mp_int_t pos, endpos;
} sre_args_t;

// CPython's message for a missing required argument (MicroPython's differs).
static void sre_require(size_t n_args, mp_map_t *kw_args, size_t n_required, const qstr *names, qstr fun) {
    for (size_t i = n_args - 1; i < n_required; i++) {
        if (kw_args == NULL || mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(names[i]), MP_MAP_LOOKUP) == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("%q() missing required argument '%q' (pos %d)"), fun, names[i], (int)i + 1);
        }
    }
}

static void sre_parse_args(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, sre_args_t *out, qstr fun) {
    static const qstr names[] = { MP_QSTR_string };
    sre_require(n_args, kw_args, 1, names, fun);
    enum { ARG_string, ARG_pos, ARG_endpos };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_pos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_endpos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    out->string = vals[ARG_string].u_obj;
    out->pos = vals[ARG_pos].u_obj == MP_OBJ_NULL ? 0 : sre_get_index(vals[ARG_pos].u_obj);
    out->endpos = vals[ARG_endpos].u_obj == MP_OBJ_NULL ? MP_SMALL_INT_MAX : sre_get_index(vals[ARG_endpos].u_obj);
}

static mp_obj_t sre_pattern_run(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, int how) {
    sre_pattern_t *pat = MP_OBJ_TO_PTR(args[0]);
    sre_args_t a;
    sre_parse_args(n_args, args, kw_args, &a, how == 2 ? MP_QSTR_search : how == 1 ? MP_QSTR_fullmatch : MP_QSTR_match);
    sre_subject_t local;
    sre_subject_t *subj = sre_prepare(a.string, &local);
    sre_state_t st;
    sre_state_init(&st, pat, subj, a.pos, a.endpos);
    mp_int_t status;
    if (how == 2) {
        status = sre_search(&st, pat);
    } else {
        st.match_all = how == 1;
        status = sre_match(&st, pat);
    }
    if (status <= 0) {
        return mp_const_none;
    }
    return sre_new_match(pat, &st, subj);
}

static mp_obj_t sre_pattern_match(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return sre_pattern_run(n_args, args, kw_args, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_match_obj, 1, sre_pattern_match);

static mp_obj_t sre_pattern_fullmatch(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return sre_pattern_run(n_args, args, kw_args, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_fullmatch_obj, 1, sre_pattern_fullmatch);

static mp_obj_t sre_pattern_search(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return sre_pattern_run(n_args, args, kw_args, 2);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_search_obj, 1, sre_pattern_search);

static mp_obj_t sre_pattern_findall(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    sre_pattern_t *pat = MP_OBJ_TO_PTR(args[0]);
    sre_args_t a;
    sre_parse_args(n_args, args, kw_args, &a, MP_QSTR_findall);
    sre_subject_t local;
    sre_subject_t *subj = sre_prepare(a.string, &local);
    sre_state_t st;
    sre_state_init(&st, pat, subj, a.pos, a.endpos);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    while (st.start <= st.end) {
        sre_state_reset(&st);
        st.ptr = st.start;
        if (sre_search(&st, pat) <= 0) {
            break;
        }
        mp_obj_t item;
        if (pat->groups == 0) {
            item = sre_slice(subj, st.start, st.ptr);
        } else {
            mp_obj_t items[16];
            mp_obj_tuple_t *t = NULL;
            if (pat->groups > 16) {
                t = MP_OBJ_TO_PTR(mp_obj_new_tuple(pat->groups, NULL));
            }
            mp_obj_t empty = sre_slice(subj, 0, 0);
            for (mp_int_t g = 0; g < pat->groups; g++) {
                mp_obj_t o = sre_state_group(&st, subj, g + 1, empty);
                if (t != NULL) {
                    t->items[g] = o;
                } else {
                    items[g] = o;
                }
            }
            if (pat->groups == 1) {
                item = items[0];
            } else if (t != NULL) {
                item = MP_OBJ_FROM_PTR(t);
            } else {
                item = mp_obj_new_tuple(pat->groups, items);
            }
        }
        mp_obj_list_append(list, item);
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_findall_obj, 1, sre_pattern_findall);

static mp_obj_t sre_new_scanner(sre_pattern_t *pat, const sre_args_t *a) {
    sre_scanner_t *sc = mp_obj_malloc(sre_scanner_t, &sre_scanner_type);
    sc->pattern = pat;
    sre_subject_t local;
    sre_subject_t *subj = sre_prepare(a->string, &local);
    if (subj == &local) {
        subj = m_new_obj(sre_subject_t);
        *subj = local;
    }
    sc->subject = subj;
    sre_state_init(&sc->state, pat, subj, a->pos, a->endpos);
    sc->done = false;
    sc->executing = false;
    return MP_OBJ_FROM_PTR(sc);
}

static mp_obj_t sre_pattern_scanner(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    sre_args_t a;
    sre_parse_args(n_args, args, kw_args, &a, MP_QSTR_scanner);
    return sre_new_scanner(MP_OBJ_TO_PTR(args[0]), &a);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_scanner_obj, 1, sre_pattern_scanner);

static mp_obj_t sre_scanner_next(sre_scanner_t *sc, bool search);

static mp_obj_t sre_iter_next(mp_obj_t self_in) {
    sre_iter_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->scanner == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t m = sre_scanner_next(it->scanner, true);
    if (m == mp_const_none) {
        it->scanner = NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    return m;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    sre_iter_type,
    MP_QSTR_callable_iterator,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    iter, sre_iter_next
    );

static mp_obj_t sre_pattern_finditer(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    sre_args_t a;
    sre_parse_args(n_args, args, kw_args, &a, MP_QSTR_finditer);
    sre_iter_t *it = mp_obj_malloc(sre_iter_t, &sre_iter_type);
    it->scanner = MP_OBJ_TO_PTR(sre_new_scanner(MP_OBJ_TO_PTR(args[0]), &a));
    return MP_OBJ_FROM_PTR(it);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_finditer_obj, 1, sre_pattern_finditer);

static mp_obj_t sre_pattern_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_string, ARG_maxsplit };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_maxsplit, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    static const qstr names[] = { MP_QSTR_string };
    sre_require(n_args, kw_args, 1, names, MP_QSTR_split);
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    sre_pattern_t *pat = MP_OBJ_TO_PTR(args[0]);
    mp_int_t maxsplit = vals[ARG_maxsplit].u_obj == MP_OBJ_NULL ? 0 : sre_get_index(vals[ARG_maxsplit].u_obj);
    sre_subject_t local;
    sre_subject_t *subj = sre_prepare(vals[ARG_string].u_obj, &local);
    sre_state_t st;
    sre_state_init(&st, pat, subj, 0, MP_SMALL_INT_MAX);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_int_t n = 0;
    mp_int_t last = st.start;
    while (!maxsplit || n < maxsplit) {
        sre_state_reset(&st);
        st.ptr = st.start;
        if (sre_search(&st, pat) <= 0) {
            break;
        }
        mp_obj_list_append(list, sre_slice(subj, last, st.start));
        for (mp_int_t g = 1; g <= pat->groups; g++) {
            mp_obj_list_append(list, sre_state_group(&st, subj, g, mp_const_none));
        }
        n++;
        st.must_advance = st.ptr == st.start;
        last = st.start = st.ptr;
    }
    mp_obj_list_append(list, sre_slice(subj, last, st.endpos));
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_split_obj, 1, sre_pattern_split);

// The module `re` (for re._subx and re._expand), imported as CPython's _sre does.
static mp_obj_t sre_re_function(qstr name) {
    mp_obj_t re = mp_import_name(MP_QSTR_re, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(re, name);
}

// Append a replacement to the result of sub(); TypeError as CPython's join.
static void sre_sub_append(vstr_t *out, bool isbytes, mp_obj_t item, size_t index) {
    if (isbytes) {
        mp_buffer_info_t bufinfo;
        if (mp_obj_is_str(item) || sre_as_str(item) != MP_OBJ_NULL
            || !mp_get_buffer(item, &bufinfo, MP_BUFFER_READ)) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("sequence item %d: expected a bytes-like object, %s found"),
                (int)index, mp_obj_get_type_str(item));
        }
        vstr_add_strn(out, bufinfo.buf, bufinfo.len);
    } else {
        mp_obj_t s = sre_as_str(item);
        if (s == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("sequence item %d: expected str instance, %s found"),
                (int)index, mp_obj_get_type_str(item));
        }
        GET_STR_DATA_LEN(s, data, len);
        vstr_add_strn(out, (const char *)data, len);
    }
}

static mp_obj_t sre_subx(sre_pattern_t *pat, mp_obj_t repl, mp_obj_t string, mp_int_t count, bool subn) {
    mp_obj_t filter = repl;
    bool callable = mp_obj_is_callable(repl);
    if (!callable) {
        // a template without backslashes is used as it is; any other goes to re._subx
        bool literal = false;
        mp_obj_t s = sre_as_str(repl);
        mp_buffer_info_t bufinfo;
        if (s != MP_OBJ_NULL) {
            GET_STR_DATA_LEN(s, data, len);
            literal = memchr(data, '\\', len) == NULL;
        } else if (mp_get_buffer(repl, &bufinfo, MP_BUFFER_READ)) {
            literal = memchr(bufinfo.buf, '\\', bufinfo.len) == NULL;
        }
        if (!literal) {
            mp_obj_t args[2] = { MP_OBJ_FROM_PTR(pat), repl };
            filter = mp_call_function_n_kw(sre_re_function(MP_QSTR__subx), 2, 0, args);
            callable = mp_obj_is_callable(filter);
        }
    }
    sre_subject_t local;
    sre_subject_t *subj = sre_prepare(string, &local);
    sre_state_t st;
    sre_state_init(&st, pat, subj, 0, MP_SMALL_INT_MAX);
    bool isbytes = subj->kind == SRE_SUBJ_BYTES;
    vstr_t out;
    vstr_init(&out, 16);
    mp_int_t n = 0, i = 0;
    size_t items = 0; // the number of pieces CPython's join would see (for its messages)
    while (!count || n < count) {
        sre_state_reset(&st);
        st.ptr = st.start;
        if (sre_search(&st, pat) <= 0) {
            break;
        }
        mp_int_t b = st.start, e = st.ptr;
        if (i < b) {
            // the text before the match
            if (isbytes) {
                vstr_add_strn(&out, (const char *)subj->chars + i, b - i);
            } else {
                sre_append_chars(&out, subj, i, b);
            }
            items++;
        }
        mp_obj_t item = filter;
        if (callable) {
            mp_obj_t m = sre_new_match(pat, &st, subj);
            item = mp_call_function_1(filter, m);
            if (isbytes) {
                // the callable may have changed a bytearray subject
                sre_subject_t again;
                sre_subject_t *s2 = sre_prepare(string, &again);
                if (s2->chars != subj->chars || s2->length != subj->length) {
                    *subj = *s2;
                    st.chars = subj->chars;
                    st.length = subj->length;
                    if (st.end > st.length) {
                        st.end = st.endpos = st.length;
                    }
                }
            }
        }
        if (item != mp_const_none) {
            sre_sub_append(&out, isbytes, item, items);
            items++;
        }
        i = e;
        n++;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    mp_obj_t result;
    if (n == 0 && (isbytes ? mp_obj_is_exact_type(string, &mp_type_bytes) : mp_obj_is_str(string))) {
        // nothing replaced: the string itself, as CPython's join of its one piece
        vstr_clear(&out);
        result = string;
    } else {
        if (i < st.endpos) {
            if (isbytes) {
                vstr_add_strn(&out, (const char *)subj->chars + i, st.endpos - i);
            } else {
                sre_append_chars(&out, subj, i, st.endpos);
            }
        }
        result = isbytes ? mp_obj_new_bytes_from_vstr(&out) : mp_obj_new_str_from_utf8_vstr(&out);
    }
    if (subn) {
        mp_obj_t t[2] = { result, mp_obj_new_int(n) };
        return mp_obj_new_tuple(2, t);
    }
    return result;
}

static mp_obj_t sre_pattern_sub_common(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, bool subn) {
    enum { ARG_repl, ARG_string, ARG_count };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_count, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    static const qstr names[] = { MP_QSTR_repl, MP_QSTR_string };
    sre_require(n_args, kw_args, 2, names, subn ? MP_QSTR_subn : MP_QSTR_sub);
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_int_t count = vals[ARG_count].u_obj == MP_OBJ_NULL ? 0 : sre_get_index(vals[ARG_count].u_obj);
    return sre_subx(MP_OBJ_TO_PTR(args[0]), vals[ARG_repl].u_obj, vals[ARG_string].u_obj, count, subn);
}

static mp_obj_t sre_pattern_sub(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return sre_pattern_sub_common(n_args, args, kw_args, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_sub_obj, 1, sre_pattern_sub);

static mp_obj_t sre_pattern_subn(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return sre_pattern_sub_common(n_args, args, kw_args, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_pattern_subn_obj, 1, sre_pattern_subn);

static mp_obj_t sre_identity(mp_obj_t self) {
    return self;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_copy_obj, sre_identity);

static mp_obj_t sre_identity2(mp_obj_t self, mp_obj_t memo) {
    (void)memo;
    return self;
}
static MP_DEFINE_CONST_FUN_OBJ_2(sre_deepcopy_obj, sre_identity2);

// repr of o, cut to at most max characters (CPython's %.<max>R)
static void sre_print_repr_cut(const mp_print_t *print, mp_obj_t o, size_t max) {
    vstr_t v;
    mp_print_t p;
    vstr_init_print(&v, 64, &p);
    mp_obj_print_helper(&p, o, PRINT_REPR);
    const byte *s = (const byte *)v.buf, *e = s + v.len, *q = s;
    for (size_t n = 0; q < e && n < max; n++) {
        q = utf8_next_char(q);
    }
    mp_print_strn(print, (const char *)s, q - s, 0, ' ', 0);
    vstr_clear(&v);
}

static void sre_pattern_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    sre_pattern_t *pat = MP_OBJ_TO_PTR(self_in);
    static const struct {
        const char *name;
        mp_int_t value;
    } names[] = {
        {"re.IGNORECASE", SRE_FLAG_IGNORECASE},
        {"re.LOCALE", SRE_FLAG_LOCALE},
        {"re.MULTILINE", SRE_FLAG_MULTILINE},
        {"re.DOTALL", SRE_FLAG_DOTALL},
        {"re.UNICODE", SRE_FLAG_UNICODE},
        {"re.VERBOSE", SRE_FLAG_VERBOSE},
        {"re.DEBUG", SRE_FLAG_DEBUG},
        {"re.ASCII", SRE_FLAG_ASCII},
    };
    mp_int_t flags = pat->flags;
    // re.UNICODE is left out for str patterns, where it is the default
    if (pat->isbytes == 0
        && (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE) {
        flags &= ~SRE_FLAG_UNICODE;
    }
    mp_print_str(print, "re.compile(");
    sre_print_repr_cut(print, pat->pattern, 200);
    bool first = true;
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (flags & names[i].value) {
            mp_print_str(print, first ? ", " : "|");
            mp_print_str(print, names[i].name);
            first = false;
            flags &= ~names[i].value;
        }
    }
    if (flags) {
        mp_printf(print, "%s0x%x", first ? ", " : "|", (unsigned)flags);
    }
    mp_print_str(print, ")");
}

static mp_obj_t sre_pattern_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !mp_obj_is_type(rhs_in, &sre_pattern_type)) {
        return MP_OBJ_NULL;
    }
    sre_pattern_t *a = MP_OBJ_TO_PTR(lhs_in), *b = MP_OBJ_TO_PTR(rhs_in);
    bool eq = a == b
              || (a->flags == b->flags && a->isbytes == b->isbytes && a->ncode == b->ncode
                  && memcmp(a->code, b->code, a->ncode * sizeof(sre_code_t)) == 0
                  && mp_obj_equal(a->pattern, b->pattern));
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

static mp_obj_t sre_pattern_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    sre_pattern_t *pat = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_HASH: {
            mp_int_t h = mp_obj_get_int_truncated(mp_unary_op(MP_UNARY_OP_HASH, pat->pattern));
            mp_uint_t c = 5381;
            for (size_t i = 0; i < pat->ncode; i++) {
                c = c * 33 + pat->code[i];
            }
            h ^= (mp_int_t)c ^ pat->flags ^ pat->isbytes ^ (mp_int_t)pat->ncode;
            return MP_OBJ_NEW_SMALL_INT(h & MP_SMALL_INT_MAX);
        }
        case MP_UNARY_OP_BOOL:
            return mp_const_true;
        default:
            return MP_OBJ_NULL;
    }
}

static void sre_pattern_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // no stores
    }
    sre_pattern_t *pat = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_pattern:
            dest[0] = pat->pattern;
            break;
        case MP_QSTR_flags:
            dest[0] = mp_obj_new_int(pat->flags);
            break;
        case MP_QSTR_groups:
            dest[0] = mp_obj_new_int(pat->groups);
            break;
        case MP_QSTR_groupindex: {
            // a copy: CPython gives a read-only view
            mp_obj_t d = mp_obj_new_dict(0);
            mp_map_t *map = mp_obj_dict_get_map(pat->groupindex);
            for (size_t i = 0; i < map->alloc; i++) {
                if (mp_map_slot_is_filled(map, i)) {
                    mp_obj_dict_store(d, map->table[i].key, map->table[i].value);
                }
            }
            dest[0] = d;
            break;
        }
        default:
            dest[1] = MP_OBJ_SENTINEL; // methods
            break;
    }
}

static const mp_rom_map_elem_t sre_pattern_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR_re) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&sre_pattern_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&sre_pattern_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&sre_pattern_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&sre_pattern_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&sre_pattern_subn_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&sre_pattern_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&sre_pattern_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&sre_pattern_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_scanner), MP_ROM_PTR(&sre_pattern_scanner_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&sre_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&sre_deepcopy_obj) },
};
static MP_DEFINE_CONST_DICT(sre_pattern_locals_dict, sre_pattern_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    sre_pattern_type,
    MP_QSTR_Pattern,
    MP_TYPE_FLAG_NONE,
    print, sre_pattern_print,
    binary_op, sre_pattern_binary_op,
    unary_op, sre_pattern_unary_op,
    attr, sre_pattern_attr,
    locals_dict, &sre_pattern_locals_dict
    );

// ---- Match ----

static mp_obj_t sre_match_group(size_t n_args, const mp_obj_t *args) {
    sre_match_t *m = MP_OBJ_TO_PTR(args[0]);
    if (n_args <= 2) {
        mp_int_t g = sre_match_index(m, n_args == 2 ? args[1] : MP_OBJ_NULL);
        return sre_match_group_text(m, g, mp_const_none);
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, NULL));
    for (size_t i = 1; i < n_args; i++) {
        t->items[i - 1] = sre_match_group_text(m, sre_match_index(m, args[i]), mp_const_none);
    }
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(sre_match_group_obj, 1, sre_match_group);

static mp_obj_t sre_match_default_arg(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_default, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t vals[1];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, 1, allowed, vals);
    return vals[0].u_obj;
}

static mp_obj_t sre_match_groups(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    sre_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t dflt = sre_match_default_arg(n_args, args, kw_args);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(m->ngroups - 1, NULL));
    for (mp_int_t g = 1; g < m->ngroups; g++) {
        t->items[g - 1] = sre_match_group_text(m, g, dflt);
    }
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_match_groups_obj, 1, sre_match_groups);

static mp_obj_t sre_match_groupdict(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    sre_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t dflt = sre_match_default_arg(n_args, args, kw_args);
    mp_obj_t d = mp_obj_new_dict(0);
    mp_map_t *map = mp_obj_dict_get_map(m->pattern->groupindex);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            mp_int_t g = sre_match_index(m, map->table[i].key);
            mp_obj_dict_store(d, map->table[i].key, sre_match_group_text(m, g, dflt));
        }
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sre_match_groupdict_obj, 1, sre_match_groupdict);

static mp_obj_t sre_match_start(size_t n_args, const mp_obj_t *args) {
    sre_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_int_t g = sre_match_index(m, n_args > 1 ? args[1] : MP_OBJ_NULL);
    return mp_obj_new_int(m->mark[2 * g]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sre_match_start_obj, 1, 2, sre_match_start);

static mp_obj_t sre_match_end(size_t n_args, const mp_obj_t *args) {
    sre_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_int_t g = sre_match_index(m, n_args > 1 ? args[1] : MP_OBJ_NULL);
    return mp_obj_new_int(m->mark[2 * g + 1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sre_match_end_obj, 1, 2, sre_match_end);

static mp_obj_t sre_pair(mp_int_t a, mp_int_t b) {
    mp_obj_t t[2] = { mp_obj_new_int(a), mp_obj_new_int(b) };
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t sre_match_span(size_t n_args, const mp_obj_t *args) {
    sre_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_int_t g = sre_match_index(m, n_args > 1 ? args[1] : MP_OBJ_NULL);
    return sre_pair(m->mark[2 * g], m->mark[2 * g + 1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sre_match_span_obj, 1, 2, sre_match_span);

static mp_obj_t sre_match_expand(mp_obj_t self_in, mp_obj_t template) {
    sre_match_t *m = MP_OBJ_TO_PTR(self_in);
    mp_obj_t args[3] = { MP_OBJ_FROM_PTR(m->pattern), self_in, template };
    return mp_call_function_n_kw(sre_re_function(MP_QSTR__expand), 3, 0, args);
}
static MP_DEFINE_CONST_FUN_OBJ_2(sre_match_expand_obj, sre_match_expand);

static mp_obj_t sre_match_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // no item assignment or deletion
    }
    sre_match_t *m = MP_OBJ_TO_PTR(self_in);
    return sre_match_group_text(m, sre_match_index(m, index), mp_const_none);
}

static void sre_match_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    sre_match_t *m = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<re.Match object; span=(%d, %d), match=", (int)m->mark[0], (int)m->mark[1]);
    sre_print_repr_cut(print, sre_match_group_text(m, 0, mp_const_none), 50);
    mp_print_str(print, ">");
}

static void sre_match_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    sre_match_t *m = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_string:
            dest[0] = m->string;
            break;
        case MP_QSTR_re:
            dest[0] = MP_OBJ_FROM_PTR(m->pattern);
            break;
        case MP_QSTR_pos:
            dest[0] = mp_obj_new_int(m->pos);
            break;
        case MP_QSTR_endpos:
            dest[0] = mp_obj_new_int(m->endpos);
            break;
        case MP_QSTR_lastindex:
            dest[0] = m->lastindex >= 0 ? mp_obj_new_int(m->lastindex) : mp_const_none;
            break;
        case MP_QSTR_lastgroup: {
            mp_obj_tuple_t *ig = MP_OBJ_TO_PTR(m->pattern->indexgroup);
            if (m->lastindex >= 0 && mp_obj_is_type(m->pattern->indexgroup, &mp_type_tuple)
                && (size_t)m->lastindex < ig->len) {
                dest[0] = ig->items[m->lastindex];
            } else {
                dest[0] = mp_const_none;
            }
            break;
        }
        case MP_QSTR_regs:
            if (m->regs == MP_OBJ_NULL) {
                mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(m->ngroups, NULL));
                for (mp_int_t g = 0; g < m->ngroups; g++) {
                    t->items[g] = sre_pair(m->mark[2 * g], m->mark[2 * g + 1]);
                }
                m->regs = MP_OBJ_FROM_PTR(t);
            }
            dest[0] = m->regs;
            break;
        default:
            dest[1] = MP_OBJ_SENTINEL;
            break;
    }
}

static const mp_rom_map_elem_t sre_match_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR_re) },
    { MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&sre_match_group_obj) },
    { MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&sre_match_groups_obj) },
    { MP_ROM_QSTR(MP_QSTR_groupdict), MP_ROM_PTR(&sre_match_groupdict_obj) },
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&sre_match_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&sre_match_end_obj) },
    { MP_ROM_QSTR(MP_QSTR_span), MP_ROM_PTR(&sre_match_span_obj) },
    { MP_ROM_QSTR(MP_QSTR_expand), MP_ROM_PTR(&sre_match_expand_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&sre_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&sre_deepcopy_obj) },
};
static MP_DEFINE_CONST_DICT(sre_match_locals_dict, sre_match_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    sre_match_type,
    MP_QSTR_Match,
    MP_TYPE_FLAG_NONE,
    print, sre_match_print,
    subscr, sre_match_subscr,
    attr, sre_match_attr,
    locals_dict, &sre_match_locals_dict
    );

// ---- Scanner ----

static mp_obj_t sre_scanner_next(sre_scanner_t *sc, bool search) {
    if (sc->executing) {
        mp_raise_ValueError(MP_ERROR_TEXT("regular expression scanner already executing"));
    }
    if (sc->done) {
        return mp_const_none;
    }
    sre_state_t *st = &sc->state;
    if (sc->subject->kind == SRE_SUBJ_BYTES) {
        // a bytearray may have been resized since: take its buffer again
        sre_subject_t local;
        sre_subject_t *s = sre_prepare(sc->subject->string, &local);
        *sc->subject = *s;
        st->chars = s->chars;
        st->length = s->length;
        if (st->end > st->length) {
            st->end = st->length;
        }
    }
    sre_state_reset(st);
    st->ptr = st->start;
    sc->executing = true;
    mp_int_t status;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        status = search ? sre_search(st, sc->pattern) : sre_match(st, sc->pattern);
        nlr_pop();
    } else {
        sc->executing = false;
        nlr_jump(nlr.ret_val);
    }
    sc->executing = false;
    if (status <= 0) {
        sc->done = true;
        return mp_const_none;
    }
    mp_obj_t m = sre_new_match(sc->pattern, st, sc->subject);
    st->must_advance = st->ptr == st->start;
    st->start = st->ptr;
    return m;
}

static mp_obj_t sre_scanner_match(mp_obj_t self_in) {
    return sre_scanner_next(MP_OBJ_TO_PTR(self_in), false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_scanner_match_obj, sre_scanner_match);

static mp_obj_t sre_scanner_search(mp_obj_t self_in) {
    return sre_scanner_next(MP_OBJ_TO_PTR(self_in), true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_scanner_search_obj, sre_scanner_search);

static void sre_scanner_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_pattern) {
        dest[0] = MP_OBJ_FROM_PTR(((sre_scanner_t *)MP_OBJ_TO_PTR(self_in))->pattern);
    } else if (dest[0] == MP_OBJ_NULL) {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

static const mp_rom_map_elem_t sre_scanner_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR__sre) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&sre_scanner_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&sre_scanner_search_obj) },
};
static MP_DEFINE_CONST_DICT(sre_scanner_locals_dict, sre_scanner_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    sre_scanner_type,
    MP_QSTR_SRE_Scanner,
    MP_TYPE_FLAG_NONE,
    attr, sre_scanner_attr,
    locals_dict, &sre_scanner_locals_dict
    );

// ---- module functions ----

static sre_code_t sre_code_value(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
        if (v < 0) {
            mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("can't convert negative int to unsigned"));
        }
        if ((uint64_t)v > 0xffffffffu) {
            mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("regular expression code size limit exceeded"));
        }
        return (sre_code_t)v;
    }
    if (!mp_obj_is_int(o)) {
        mp_raise_TypeError_int_conversion(o);
    }
    if (mp_obj_int_sign(o) < 0) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("can't convert negative int to unsigned"));
    }
    // non-negative and not small: compare with 2**32 through Python's comparison
    mp_obj_t limit = mp_obj_new_int_from_ull(0x100000000ull);
    if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE_EQUAL, o, limit))) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("regular expression code size limit exceeded"));
    }
    return (sre_code_t)mp_obj_int_get_uint_checked(o);
}

// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
static mp_obj_t sre_compile(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_obj_t pattern = args[0];
    mp_obj_t code = args[2];
    if (!mp_obj_is_type(code, &mp_type_list)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("compile() argument 'code' must be list, not %s"), mp_obj_get_type_str(code));
    }
    if (!mp_obj_is_type(args[4], &mp_type_dict)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("compile() argument 'groupindex' must be dict, not %s"), mp_obj_get_type_str(args[4]));
    }
    if (!mp_obj_is_type(args[5], &mp_type_tuple)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("compile() argument 'indexgroup' must be tuple, not %s"), mp_obj_get_type_str(args[5]));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(code, &n, &items);
    sre_pattern_t *pat = mp_obj_malloc_var(sre_pattern_t, code, sre_code_t, n, &sre_pattern_type);
    pat->ncode = n;
    for (size_t i = 0; i < n; i++) {
        pat->code[i] = sre_code_value(items[i]);
    }
    if (pattern == mp_const_none) {
        pat->isbytes = -1;
    } else {
        sre_subject_t local;
        pat->isbytes = sre_prepare(pattern, &local)->kind == SRE_SUBJ_BYTES;
    }
    pat->pattern = pattern;
    pat->flags = mp_obj_get_int(args[1]);
    pat->groups = sre_get_index(args[3]);
    pat->groupindex = args[4];
    pat->indexgroup = args[5];
    if (!sre_validate(pat)) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("invalid SRE code"));
    }
    return MP_OBJ_FROM_PTR(pat);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sre_compile_obj, 6, 6, sre_compile);

static mp_obj_t sre_getcodesize(void) {
    return MP_OBJ_NEW_SMALL_INT(SRE_CODESIZE);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sre_getcodesize_obj, sre_getcodesize);

static uint32_t sre_char_arg(mp_obj_t o) {
    return (uint32_t)mp_obj_get_int(o);
}

static mp_obj_t sre_ascii_iscased(mp_obj_t ch) {
    uint32_t c = sre_char_arg(ch);
    return mp_obj_new_bool(c < 128 && sre_ascii_is(c, SRE_A_ALPHA));
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_ascii_iscased_obj, sre_ascii_iscased);

static mp_obj_t sre_unicode_iscased(mp_obj_t ch) {
    uint32_t c = sre_char_arg(ch);
    return mp_obj_new_bool(c != sre_lower_unicode(c) || c != sre_upper_unicode(c));
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_unicode_iscased_obj, sre_unicode_iscased);

static mp_obj_t sre_ascii_tolower(mp_obj_t ch) {
    return mp_obj_new_int(sre_lower_ascii(sre_char_arg(ch)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_ascii_tolower_obj, sre_ascii_tolower);

static mp_obj_t sre_unicode_tolower(mp_obj_t ch) {
    return mp_obj_new_int(sre_lower_unicode(sre_char_arg(ch)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_unicode_tolower_obj, sre_unicode_tolower);

// MAXREPEAT (2**32 - 1) and copyright are not ROM constants on 32-bit builds: the module's
// __getattr__ makes them.
static mp_obj_t sre_module_getattr(mp_obj_t attr) {
    qstr q = mp_obj_str_get_qstr(attr);
    if (q == MP_QSTR_MAXREPEAT) {
        return mp_obj_new_int_from_uint(SRE_MAXREPEAT);
    }
    if (q == MP_QSTR_copyright) {
        return mp_obj_new_str_from_cstr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    }
    // not found: the caller raises AttributeError (and the import's look-up of __init__
    // finds nothing)
    return MP_OBJ_NULL;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sre_module_getattr_obj, sre_module_getattr);

static const mp_rom_map_elem_t sre_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__sre) },
    { MP_ROM_QSTR(MP_QSTR_MAGIC), MP_ROM_INT(SRE_MAGIC) },
    { MP_ROM_QSTR(MP_QSTR_CODESIZE), MP_ROM_INT(SRE_CODESIZE) },
    { MP_ROM_QSTR(MP_QSTR_MAXGROUPS), MP_ROM_INT(SRE_MAXGROUPS) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&sre_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcodesize), MP_ROM_PTR(&sre_getcodesize_obj) },
    { MP_ROM_QSTR(MP_QSTR_ascii_iscased), MP_ROM_PTR(&sre_ascii_iscased_obj) },
    { MP_ROM_QSTR(MP_QSTR_unicode_iscased), MP_ROM_PTR(&sre_unicode_iscased_obj) },
    { MP_ROM_QSTR(MP_QSTR_ascii_tolower), MP_ROM_PTR(&sre_ascii_tolower_obj) },
    { MP_ROM_QSTR(MP_QSTR_unicode_tolower), MP_ROM_PTR(&sre_unicode_tolower_obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&sre_module_getattr_obj) },
};
static MP_DEFINE_CONST_DICT(sre_module_globals, sre_module_globals_table);

const mp_obj_module_t mp_module__sre = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&sre_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__sre, mp_module__sre);
