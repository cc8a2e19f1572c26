// SHA-1 (FIPS 180-4) and MD5 (RFC 1321) for hashlib, behind the axTLS names declared in
// include/lib/axtls/crypto/crypto.h. Both are Merkle-Damgard hashes over 64-byte blocks;
// they differ in the block function and in byte order (SHA-1 big-endian, MD5 little).
#include <string.h>
#include "lib/axtls/crypto/crypto.h"

typedef void (*block_fn)(uint32_t *state, const uint8_t *block);

static uint32_t rotl(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

static uint32_t load_be(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t load_le(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static void store_be(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static void store_le(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

// floor(2^32 * |sin(i + 1)|), RFC 1321 section 3.4.
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
    0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

// Left-rotation amounts, four per round.
static const uint8_t md5_s[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = load_le(p + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        int round = i / 16;
        uint32_t f;
        int g;
        switch (round) {
            case 0:
                f = (b & c) | (~b & d);
                g = i;
                break;
            case 1:
                f = (b & d) | (c & ~d);
                g = (5 * i + 1) % 16;
                break;
            case 2:
                f = b ^ c ^ d;
                g = (3 * i + 5) % 16;
                break;
            default:
                f = c ^ (b | ~d);
                g = (7 * i) % 16;
                break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_t[i] + x[g], md5_s[round * 4 + i % 4]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

static void digest_update(mpsbx_digest_ctx_t *ctx, const uint8_t *msg, size_t len, block_fn block) {
    size_t used = ctx->len_lo % 64;
    uint32_t lo = ctx->len_lo + (uint32_t)len;
    ctx->len_hi += (uint32_t)((uint64_t)len >> 32) + (lo < ctx->len_lo);
    ctx->len_lo = lo;
    if (used) {
        size_t take = 64 - used < len ? 64 - used : len;
        memcpy(ctx->block + used, msg, take);
        msg += take;
        len -= take;
        if (used + take < 64) {
            return;
        }
        block(ctx->state, ctx->block);
    }
    for (; len >= 64; msg += 64, len -= 64) {
        block(ctx->state, msg);
    }
    memcpy(ctx->block, msg, len);
}

// Pads with 0x80, zeros and the 64-bit message length in bits, in the hash's byte order.
static void digest_pad(mpsbx_digest_ctx_t *ctx, block_fn block, int big_endian) {
    uint32_t bits_lo = ctx->len_lo << 3;
    uint32_t bits_hi = ctx->len_hi << 3 | ctx->len_lo >> 29;
    size_t used = ctx->len_lo % 64;
    ctx->block[used++] = 0x80;
    if (used > 56) {
        memset(ctx->block + used, 0, 64 - used);
        block(ctx->state, ctx->block);
        used = 0;
    }
    memset(ctx->block + used, 0, 56 - used);
    if (big_endian) {
        store_be(ctx->block + 56, bits_hi);
        store_be(ctx->block + 60, bits_lo);
    } else {
        store_le(ctx->block + 56, bits_lo);
        store_le(ctx->block + 60, bits_hi);
    }
    block(ctx->state, ctx->block);
}

void SHA1_Init(SHA1_CTX *ctx) {
    static const uint32_t init[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    memset(ctx, 0, sizeof(*ctx));
    memcpy(ctx->state, init, sizeof(init));
}

void SHA1_Update(SHA1_CTX *ctx, const uint8_t *msg, int len) {
    digest_update(ctx, msg, (size_t)len, sha1_block);
}

void SHA1_Final(uint8_t *digest, SHA1_CTX *ctx) {
    digest_pad(ctx, sha1_block, 1);
    for (int i = 0; i < 5; i++) {
        store_be(digest + 4 * i, ctx->state[i]);
    }
}

void MD5_Init(MD5_CTX *ctx) {
    static const uint32_t init[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    memset(ctx, 0, sizeof(*ctx));
    memcpy(ctx->state, init, sizeof(init));
}

void MD5_Update(MD5_CTX *ctx, const uint8_t *msg, int len) {
    digest_update(ctx, msg, (size_t)len, md5_block);
}

void MD5_Final(uint8_t *digest, MD5_CTX *ctx) {
    digest_pad(ctx, md5_block, 0);
    for (int i = 0; i < 4; i++) {
        store_le(digest + 4 * i, ctx->state[i]);
    }
}
