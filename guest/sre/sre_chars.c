// mpsandbox: character predicates and case mappings of the `_sre` engine (sre_chars.h).
#include "sre_chars.h"

#define D (SRE_A_DIGIT | SRE_A_WORD)
#define L (SRE_A_WORD | SRE_A_ALPHA)
#define S (SRE_A_SPACE | SRE_A_USPACE)
#define B (SRE_A_SPACE | SRE_A_USPACE | SRE_A_ULB)
#define U (SRE_A_USPACE | SRE_A_ULB)
const uint8_t sre_ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, S, B, B, B, B, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, U, U, U, SRE_A_USPACE,
    S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
    0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, SRE_A_WORD,
    0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0,
};
#undef D
#undef L
#undef S
#undef B
#undef U

bool sre_uni_is_linebreak_slow(uint32_t ch) {
    return ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}

bool sre_uni_is_space_slow(uint32_t ch) {
    return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a)
           || ch == 0x2028 || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
}

// Exact data for every code point, generated from the reference CPython 3.11
// (tools/build/gen_sre_unidata.py): ranges and case runs sorted by code point, searched
// by bisection.
#include "sre_unidata.h"

static bool sre_ud_in(const sre_ud_range_t *r, size_t n, uint32_t ch) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ch < r[mid].first) {
            hi = mid;
        } else if (ch > r[mid].last) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

static uint32_t sre_ud_map(const sre_ud_case_t *r, size_t n, uint32_t ch) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ch < r[mid].first) {
            hi = mid;
        } else if (ch > r[mid].last) {
            lo = mid + 1;
        } else {
            return (ch - r[mid].first) % r[mid].stride == 0 ? (uint32_t)((int32_t)ch + r[mid].delta) : ch;
        }
    }
    return ch;
}

#define SRE_UD_COUNT(t) (sizeof(t) / sizeof((t)[0]))

bool sre_uni_is_decimal_slow(uint32_t ch) {
    return sre_ud_in(sre_ud_decimal, SRE_UD_COUNT(sre_ud_decimal), ch);
}

bool sre_uni_is_alnum_slow(uint32_t ch) {
    return sre_ud_in(sre_ud_alnum, SRE_UD_COUNT(sre_ud_alnum), ch);
}

// CPython's Py_UNICODE_TOLOWER/TOUPPER: the first character of the full mapping.
uint32_t sre_uni_lower_slow(uint32_t ch) {
    return sre_ud_map(sre_ud_lower, SRE_UD_COUNT(sre_ud_lower), ch);
}

uint32_t sre_uni_upper_slow(uint32_t ch) {
    return sre_ud_map(sre_ud_upper, SRE_UD_COUNT(sre_ud_upper), ch);
}
