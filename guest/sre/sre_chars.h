// mpsandbox: character predicates and case mappings of the `_sre` engine (modsre.c), with
// CPython 3.11's rules (Modules/_sre/sre.c): the ASCII ones for bytes patterns and re.ASCII,
// the "locale" ones for re.LOCALE (the C.UTF-8 locale CPython runs in: ASCII), and the
// Unicode ones for str patterns: \d is str.isdecimal, \s str.isspace, \w str.isalnum or
// '_', case-insensitive matching folds with the first character of the full lower-case
// mapping (CPython's Py_UNICODE_TOLOWER).
//
// The Unicode data (sre_unidata.h) is generated from the reference CPython 3.11 by
// tools/build/gen_sre_unidata.py, exact for every code point.
#ifndef MPSANDBOX_SRE_CHARS_H
#define MPSANDBOX_SRE_CHARS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ASCII classes: bit 0 digit, 1 space (\t\n\v\f\r and ' ', as CPython's Py_ISSPACE),
// 2 word (alnum or '_'), 3 Unicode space (str.isspace: also \x1c-\x1f), 4 linebreak
// (str.splitlines: \n \v \f \r \x1c \x1d \x1e), 5 alpha.
#define SRE_A_DIGIT (1)
#define SRE_A_SPACE (2)
#define SRE_A_WORD (4)
#define SRE_A_USPACE (8)
#define SRE_A_ULB (16)
#define SRE_A_ALPHA (32)

extern const uint8_t sre_ascii_class[128];

static inline bool sre_ascii_is(uint32_t ch, uint8_t cls) {
    return ch < 128 && (sre_ascii_class[ch] & cls);
}

static inline uint32_t sre_lower_ascii(uint32_t ch) {
    return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
}

static inline uint32_t sre_upper_ascii(uint32_t ch) {
    return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
}

// Locale: CPython runs in C.UTF-8, whose single-byte classes are ASCII.
#define sre_lower_locale sre_lower_ascii
#define sre_upper_locale sre_upper_ascii
static inline bool sre_loc_is_word(uint32_t ch) {
    return sre_ascii_is(ch, SRE_A_WORD);
}

bool sre_uni_is_decimal_slow(uint32_t ch);
bool sre_uni_is_space_slow(uint32_t ch);
bool sre_uni_is_linebreak_slow(uint32_t ch);
bool sre_uni_is_alnum_slow(uint32_t ch);
uint32_t sre_uni_lower_slow(uint32_t ch);
uint32_t sre_uni_upper_slow(uint32_t ch);

static inline bool sre_uni_is_decimal(uint32_t ch) {
    return ch < 128 ? sre_ascii_is(ch, SRE_A_DIGIT) : sre_uni_is_decimal_slow(ch);
}
static inline bool sre_uni_is_space(uint32_t ch) {
    return ch < 128 ? sre_ascii_is(ch, SRE_A_USPACE) : sre_uni_is_space_slow(ch);
}
static inline bool sre_uni_is_linebreak(uint32_t ch) {
    return ch < 128 ? sre_ascii_is(ch, SRE_A_ULB) : sre_uni_is_linebreak_slow(ch);
}
static inline bool sre_uni_is_word(uint32_t ch) {
    return ch < 128 ? sre_ascii_is(ch, SRE_A_WORD) : sre_uni_is_alnum_slow(ch);
}
static inline uint32_t sre_lower_unicode(uint32_t ch) {
    return ch < 128 ? sre_lower_ascii(ch) : sre_uni_lower_slow(ch);
}
static inline uint32_t sre_upper_unicode(uint32_t ch) {
    return ch < 128 ? sre_upper_ascii(ch) : sre_uni_upper_slow(ch);
}

#endif // MPSANDBOX_SRE_CHARS_H
