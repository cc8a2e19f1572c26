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

#define SRE_MAX_CODEPOINT (0x10ffff)

bool sre_uni_is_linebreak_slow(uint32_t ch) {
    return ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}

bool sre_uni_is_space_slow(uint32_t ch) {
    return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a)
           || ch == 0x2028 || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
}

#if SRE_HAVE_UCD

bool sre_uni_is_decimal_slow(uint32_t ch) {
    return ch <= SRE_MAX_CODEPOINT && (mpsbx_uc_flags(ch) & MPSBX_UC_DECIMAL);
}

bool sre_uni_is_alnum_slow(uint32_t ch) {
    return ch <= SRE_MAX_CODEPOINT
           && (mpsbx_uc_flags(ch) & (MPSBX_UC_ALPHA | MPSBX_UC_DECIMAL | MPSBX_UC_DIGIT | MPSBX_UC_NUMERIC));
}

// CPython's Py_UNICODE_TOLOWER/TOUPPER give the first character of the full mapping.
uint32_t sre_uni_lower_slow(uint32_t ch) {
    if (ch > SRE_MAX_CODEPOINT) {
        return ch;
    }
    uint32_t out[3];
    return mpsbx_uc_lower_full(ch, out) > 0 ? out[0] : ch;
}

uint32_t sre_uni_upper_slow(uint32_t ch) {
    if (ch > SRE_MAX_CODEPOINT) {
        return ch;
    }
    uint32_t out[3];
    return mpsbx_uc_upper_full(ch, out) > 0 ? out[0] : ch;
}

#else

// Without the Unicode database: exact for Latin-1, Latin Extended-A, basic Greek and
// Cyrillic; decimal digits of the common scripts; other characters count as letters
// unless they are in a block of punctuation, symbols, private use or surrogates.

static const uint16_t sre_decimal_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xff10,
};

bool sre_uni_is_decimal_slow(uint32_t ch) {
    for (unsigned i = 0; i < sizeof(sre_decimal_zeros) / sizeof(sre_decimal_zeros[0]); i++) {
        if (ch >= sre_decimal_zeros[i] && ch < sre_decimal_zeros[i] + 10u) {
            return true;
        }
    }
    return false;
}

bool sre_uni_is_alnum_slow(uint32_t ch) {
    if (ch < 0x100) {
        return ch == 0xaa || ch == 0xb5 || ch == 0xba || ch == 0xb2 || ch == 0xb3 || ch == 0xb9
               || (ch >= 0xbc && ch <= 0xbe) || (ch >= 0xc0 && ch != 0xd7 && ch != 0xf7);
    }
    if (sre_uni_is_decimal_slow(ch)) {
        return true;
    }
    return !((ch >= 0x2000 && ch <= 0x2bff) || (ch >= 0x2e00 && ch <= 0x2e7f)
             || (ch >= 0x3000 && ch <= 0x303f) || (ch >= 0xd800 && ch <= 0xf8ff)
             || (ch >= 0xfe30 && ch <= 0xfe4f) || (ch >= 0xff00 && ch <= 0xff0f)
             || (ch >= 0xff1a && ch <= 0xff20) || (ch >= 0xff3b && ch <= 0xff40)
             || (ch >= 0xff5b && ch <= 0xff65) || (ch >= 0x1f000 && ch <= 0x1faff)
             || ch == 0x37e || ch == 0x387 || ch == 0x589 || ch == 0x5be || ch == 0x60c
             || ch == 0x61b || ch == 0x61f || ch == 0x6d4 || ch == 0x964 || ch == 0x965
             || ch > SRE_MAX_CODEPOINT || sre_uni_is_space_slow(ch));
}

uint32_t sre_uni_lower_slow(uint32_t ch) {
    if (ch < 0x100) {
        return (ch >= 0xc0 && ch <= 0xde && ch != 0xd7) ? ch + 0x20 : ch;
    }
    if (ch < 0x180) {
        if (ch == 0x130) {
            return 'i';
        }
        if (ch == 0x178) {
            return 0xff;
        }
        if ((ch >= 0x139 && ch <= 0x148) || (ch >= 0x179 && ch <= 0x17e)) {
            return (ch & 1) ? ch + 1 : ch;
        }
        if (ch == 0x131 || ch == 0x138 || ch == 0x149 || ch == 0x17f) {
            return ch;
        }
        return (ch & 1) ? ch : ch + 1;
    }
    if ((ch >= 0x391 && ch <= 0x3a9 && ch != 0x3a2) || (ch >= 0x410 && ch <= 0x42f)) {
        return ch + 0x20;
    }
    if (ch >= 0x400 && ch <= 0x40f) {
        return ch + 0x50;
    }
    return ch;
}

uint32_t sre_uni_upper_slow(uint32_t ch) {
    if (ch < 0x100) {
        if (ch == 0xb5) {
            return 0x39c;
        }
        if (ch == 0xdf) {
            return 'S';
        }
        if (ch == 0xff) {
            return 0x178;
        }
        return (ch >= 0xe0 && ch <= 0xfe && ch != 0xf7) ? ch - 0x20 : ch;
    }
    if (ch < 0x180) {
        if (ch == 0x131) {
            return 'I';
        }
        if (ch == 0x17f) {
            return 'S';
        }
        if (ch == 0x149) {
            return 0x2bc;
        }
        if ((ch >= 0x139 && ch <= 0x148) || (ch >= 0x179 && ch <= 0x17e)) {
            return (ch & 1) ? ch : ch - 1;
        }
        if (ch == 0x130 || ch == 0x138 || ch == 0x178) {
            return ch;
        }
        return (ch & 1) ? ch - 1 : ch;
    }
    if (ch == 0x3c2) {
        return 0x3a3;
    }
    if ((ch >= 0x3b1 && ch <= 0x3c9) || (ch >= 0x430 && ch <= 0x44f)) {
        return ch - 0x20;
    }
    if (ch >= 0x450 && ch <= 0x45f) {
        return ch - 0x50;
    }
    return ch;
}

#endif
