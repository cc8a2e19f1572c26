// _md5, _sha1, _sha256, _sha512, _sha3 and _blake2: the hash modules CPython's hashlib.py
// falls back to when it has no OpenSSL (_hashlib), written from the public
// specifications: RFC 1321 (MD5), FIPS 180-4 (SHA-1, SHA-224/256, SHA-384/512), FIPS 202
// (SHA3-224..512, SHAKE128/256) and RFC 7693 (BLAKE2b, BLAKE2s with key, salt, person and
// the tree parameters). Objects have CPython's interface: update, digest, hexdigest, copy,
// name, digest_size, block_size; str data is refused as in CPython.
#include <math.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objint.h"

static const uint32_t K256[64] = {
    0x428a2f98U, 0x71374491U, 0xb5c0fbcfU, 0xe9b5dba5U,
    0x3956c25bU, 0x59f111f1U, 0x923f82a4U, 0xab1c5ed5U,
    0xd807aa98U, 0x12835b01U, 0x243185beU, 0x550c7dc3U,
    0x72be5d74U, 0x80deb1feU, 0x9bdc06a7U, 0xc19bf174U,
    0xe49b69c1U, 0xefbe4786U, 0x0fc19dc6U, 0x240ca1ccU,
    0x2de92c6fU, 0x4a7484aaU, 0x5cb0a9dcU, 0x76f988daU,
    0x983e5152U, 0xa831c66dU, 0xb00327c8U, 0xbf597fc7U,
    0xc6e00bf3U, 0xd5a79147U, 0x06ca6351U, 0x14292967U,
    0x27b70a85U, 0x2e1b2138U, 0x4d2c6dfcU, 0x53380d13U,
    0x650a7354U, 0x766a0abbU, 0x81c2c92eU, 0x92722c85U,
    0xa2bfe8a1U, 0xa81a664bU, 0xc24b8b70U, 0xc76c51a3U,
    0xd192e819U, 0xd6990624U, 0xf40e3585U, 0x106aa070U,
    0x19a4c116U, 0x1e376c08U, 0x2748774cU, 0x34b0bcb5U,
    0x391c0cb3U, 0x4ed8aa4aU, 0x5b9cca4fU, 0x682e6ff3U,
    0x748f82eeU, 0x78a5636fU, 0x84c87814U, 0x8cc70208U,
    0x90befffaU, 0xa4506cebU, 0xbef9a3f7U, 0xc67178f2U,
};

static const uint64_t K512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static const uint32_t H256[8] = {
    0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
    0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U,
};

static const uint32_t H224[8] = {
    0xc1059ed8U, 0x367cd507U, 0x3070dd17U, 0xf70e5939U,
    0xffc00b31U, 0x68581511U, 0x64f98fa7U, 0xbefa4fa4U,
};

static const uint64_t H512[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static const uint64_t H384[8] = {
    0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
    0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL,
};

static const uint32_t MD5_T[64] = {
    0xd76aa478U, 0xe8c7b756U, 0x242070dbU, 0xc1bdceeeU,
    0xf57c0fafU, 0x4787c62aU, 0xa8304613U, 0xfd469501U,
    0x698098d8U, 0x8b44f7afU, 0xffff5bb1U, 0x895cd7beU,
    0x6b901122U, 0xfd987193U, 0xa679438eU, 0x49b40821U,
    0xf61e2562U, 0xc040b340U, 0x265e5a51U, 0xe9b6c7aaU,
    0xd62f105dU, 0x02441453U, 0xd8a1e681U, 0xe7d3fbc8U,
    0x21e1cde6U, 0xc33707d6U, 0xf4d50d87U, 0x455a14edU,
    0xa9e3e905U, 0xfcefa3f8U, 0x676f02d9U, 0x8d2a4c8aU,
    0xfffa3942U, 0x8771f681U, 0x6d9d6122U, 0xfde5380cU,
    0xa4beea44U, 0x4bdecfa9U, 0xf6bb4b60U, 0xbebfbc70U,
    0x289b7ec6U, 0xeaa127faU, 0xd4ef3085U, 0x04881d05U,
    0xd9d4d039U, 0xe6db99e5U, 0x1fa27cf8U, 0xc4ac5665U,
    0xf4292244U, 0x432aff97U, 0xab9423a7U, 0xfc93a039U,
    0x655b59c3U, 0x8f0ccc92U, 0xffeff47dU, 0x85845dd1U,
    0x6fa87e4fU, 0xfe2ce6e0U, 0xa3014314U, 0x4e0811a1U,
    0xf7537e82U, 0xbd3af235U, 0x2ad7d2bbU, 0xeb86d391U,
};

static const uint64_t KECCAK_RC[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};


enum { H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512, H_SHA3_224, H_SHA3_256,
       H_SHA3_384, H_SHA3_512, H_SHAKE128, H_SHAKE256, H_BLAKE2B, H_BLAKE2S };

static const qstr hash_names[] = {
    MP_QSTR_md5, MP_QSTR_sha1, MP_QSTR_sha224, MP_QSTR_sha256, MP_QSTR_sha384, MP_QSTR_sha512,
    MP_QSTR_sha3_224, MP_QSTR_sha3_256, MP_QSTR_sha3_384, MP_QSTR_sha3_512, MP_QSTR_shake_128,
    MP_QSTR_shake_256, MP_QSTR_blake2b, MP_QSTR_blake2s,
};

typedef struct _hash_obj_t {
    mp_obj_base_t base;
    uint8_t alg;
    uint8_t digest_size; // 0 for shake
    uint8_t buflen_max;  // block size
    uint8_t last_node;   // blake2
    uint32_t buflen;
    uint64_t count;      // bytes hashed (md5/sha); blake2: counter low word
    uint64_t count_hi;   // blake2b counter high word
    union {
        uint32_t w32[25 * 2];
        uint64_t w64[25];
    } st;
    uint8_t buf[200];
} hash_obj_t;

static inline uint32_t rol32(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}
static inline uint32_t ror32(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}
static inline uint64_t rol64(uint64_t x, int n) {
    return (x << n) | (x >> (64 - n));
}
static inline uint64_t ror64(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}
static inline uint32_t le32(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint64_t le64(const uint8_t *p) {
    return le32(p) | (uint64_t)le32(p + 4) << 32;
}
static inline uint64_t be64(const uint8_t *p) {
    return (uint64_t)be32(p) << 32 | be32(p + 4);
}

// ---- MD5

static const uint8_t MD5_R[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = le32(p + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol32(a + f + MD5_T[i] + m[g], MD5_R[i]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

// ---- SHA-1

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = be32(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
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
        uint32_t t = rol32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol32(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

// ---- SHA-256

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = be32(p + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + K256[i] + w[i];
        uint32_t S0 = ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22);
        uint32_t mj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + mj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// ---- SHA-512

static void sha512_block(uint64_t *h, const uint8_t *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = be64(p + 8 * i);
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + K512[i] + w[i];
        uint64_t S0 = ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39);
        uint64_t mj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + mj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// ---- Keccak-f[1600]

static const uint8_t KECCAK_ROTC[24] = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
static const uint8_t KECCAK_PILN[24] = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

static void keccakf(uint64_t *s) {
    for (int round = 0; round < 24; round++) {
        uint64_t bc[5];
        for (int i = 0; i < 5; i++) {
            bc[i] = s[i] ^ s[i + 5] ^ s[i + 10] ^ s[i + 15] ^ s[i + 20];
        }
        for (int i = 0; i < 5; i++) {
            uint64_t t = bc[(i + 4) % 5] ^ rol64(bc[(i + 1) % 5], 1);
            for (int j = 0; j < 25; j += 5) {
                s[j + i] ^= t;
            }
        }
        uint64_t t = s[1];
        for (int i = 0; i < 24; i++) {
            int j = KECCAK_PILN[i];
            uint64_t tmp = s[j];
            s[j] = rol64(t, KECCAK_ROTC[i]);
            t = tmp;
        }
        for (int j = 0; j < 25; j += 5) {
            for (int i = 0; i < 5; i++) {
                bc[i] = s[j + i];
            }
            for (int i = 0; i < 5; i++) {
                s[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5];
            }
        }
        s[0] ^= KECCAK_RC[round];
    }
}

static void keccak_absorb_block(uint64_t *s, const uint8_t *p, int rate) {
    for (int i = 0; i < rate / 8; i++) {
        s[i] ^= le64(p + 8 * i);
    }
    keccakf(s);
}

// ---- BLAKE2

static const uint8_t BLAKE2_SIGMA[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

#define B2B_G(a, b, c, d, x, y) \
    v[a] = v[a] + v[b] + x; v[d] = ror64(v[d] ^ v[a], 32); \
    v[c] = v[c] + v[d]; v[b] = ror64(v[b] ^ v[c], 24); \
    v[a] = v[a] + v[b] + y; v[d] = ror64(v[d] ^ v[a], 16); \
    v[c] = v[c] + v[d]; v[b] = ror64(v[b] ^ v[c], 63);

static void blake2b_compress(hash_obj_t *o, const uint8_t *p, bool last) {
    uint64_t m[16], v[16];
    uint64_t *h = o->st.w64;
    for (int i = 0; i < 16; i++) {
        m[i] = le64(p + 8 * i);
    }
    for (int i = 0; i < 8; i++) {
        v[i] = h[i];
        v[i + 8] = H512[i];
    }
    v[12] ^= o->count;
    v[13] ^= o->count_hi;
    if (last) {
        v[14] = ~v[14];
        if (o->last_node) {
            v[15] = ~v[15];
        }
    }
    for (int r = 0; r < 12; r++) {
        const uint8_t *s = BLAKE2_SIGMA[r];
        B2B_G(0, 4, 8, 12, m[s[0]], m[s[1]]);
        B2B_G(1, 5, 9, 13, m[s[2]], m[s[3]]);
        B2B_G(2, 6, 10, 14, m[s[4]], m[s[5]]);
        B2B_G(3, 7, 11, 15, m[s[6]], m[s[7]]);
        B2B_G(0, 5, 10, 15, m[s[8]], m[s[9]]);
        B2B_G(1, 6, 11, 12, m[s[10]], m[s[11]]);
        B2B_G(2, 7, 8, 13, m[s[12]], m[s[13]]);
        B2B_G(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

#define B2S_G(a, b, c, d, x, y) \
    v[a] = v[a] + v[b] + x; v[d] = ror32(v[d] ^ v[a], 16); \
    v[c] = v[c] + v[d]; v[b] = ror32(v[b] ^ v[c], 12); \
    v[a] = v[a] + v[b] + y; v[d] = ror32(v[d] ^ v[a], 8); \
    v[c] = v[c] + v[d]; v[b] = ror32(v[b] ^ v[c], 7);

static void blake2s_compress(hash_obj_t *o, const uint8_t *p, bool last) {
    uint32_t m[16], v[16];
    uint32_t *h = o->st.w32;
    for (int i = 0; i < 16; i++) {
        m[i] = le32(p + 4 * i);
    }
    for (int i = 0; i < 8; i++) {
        v[i] = h[i];
        v[i + 8] = H256[i];
    }
    v[12] ^= (uint32_t)o->count;
    v[13] ^= (uint32_t)(o->count >> 32);
    if (last) {
        v[14] = ~v[14];
        if (o->last_node) {
            v[15] = ~v[15];
        }
    }
    for (int r = 0; r < 10; r++) {
        const uint8_t *s = BLAKE2_SIGMA[r];
        B2S_G(0, 4, 8, 12, m[s[0]], m[s[1]]);
        B2S_G(1, 5, 9, 13, m[s[2]], m[s[3]]);
        B2S_G(2, 6, 10, 14, m[s[4]], m[s[5]]);
        B2S_G(3, 7, 11, 15, m[s[6]], m[s[7]]);
        B2S_G(0, 5, 10, 15, m[s[8]], m[s[9]]);
        B2S_G(1, 6, 11, 12, m[s[10]], m[s[11]]);
        B2S_G(2, 7, 8, 13, m[s[12]], m[s[13]]);
        B2S_G(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

static void blake2_add_count(hash_obj_t *o, uint64_t n) {
    if (o->alg == H_BLAKE2B) {
        o->count += n;
        if (o->count < n) {
            o->count_hi++;
        }
    } else {
        o->count += n;
    }
}

// ---- generic

static void hash_block(hash_obj_t *o, const uint8_t *p) {
    switch (o->alg) {
        case H_MD5: md5_block(o->st.w32, p); break;
        case H_SHA1: sha1_block(o->st.w32, p); break;
        case H_SHA224: case H_SHA256: sha256_block(o->st.w32, p); break;
        case H_SHA384: case H_SHA512: sha512_block(o->st.w64, p); break;
        default: keccak_absorb_block(o->st.w64, p, o->buflen_max); break;
    }
}

static void hash_update(hash_obj_t *o, const uint8_t *data, size_t len) {
    size_t bs = o->buflen_max;
    if (o->alg == H_BLAKE2B || o->alg == H_BLAKE2S) {
        // the last block is compressed by final(): keep a full block buffered
        while (len > 0) {
            if (o->buflen == bs) {
                blake2_add_count(o, bs);
                if (o->alg == H_BLAKE2B) {
                    blake2b_compress(o, o->buf, false);
                } else {
                    blake2s_compress(o, o->buf, false);
                }
                o->buflen = 0;
            }
            size_t n = bs - o->buflen;
            if (n > len) {
                n = len;
            }
            memcpy(o->buf + o->buflen, data, n);
            o->buflen += n;
            data += n;
            len -= n;
        }
        return;
    }
    o->count += len;
    if (o->buflen) {
        size_t n = bs - o->buflen;
        if (n > len) {
            n = len;
        }
        memcpy(o->buf + o->buflen, data, n);
        o->buflen += n;
        data += n;
        len -= n;
        if (o->buflen < bs) {
            return;
        }
        hash_block(o, o->buf);
        o->buflen = 0;
    }
    while (len >= bs) {
        hash_block(o, data);
        data += bs;
        len -= bs;
    }
    memcpy(o->buf, data, len);
    o->buflen = len;
}

// the digest of a copy of the state (the object can go on being updated)
static void hash_final(const hash_obj_t *o_in, uint8_t *out, size_t outlen) {
    hash_obj_t c = *o_in;
    hash_obj_t *o = &c;
    size_t bs = o->buflen_max;
    switch (o->alg) {
        case H_MD5: case H_SHA1: case H_SHA224: case H_SHA256: {
            uint64_t bits = o->count * 8;
            uint8_t pad[72];
            memset(pad, 0, sizeof(pad));
            pad[0] = 0x80;
            size_t padlen = (o->buflen < 56 ? 56 : 120) - o->buflen;
            for (int i = 0; i < 8; i++) {
                pad[padlen + i] = o->alg == H_MD5 ? (uint8_t)(bits >> (8 * i)) : (uint8_t)(bits >> (56 - 8 * i));
            }
            hash_update(o, pad, padlen + 8);
            for (size_t i = 0; i < outlen / 4; i++) {
                uint32_t w = o->st.w32[i];
                for (int j = 0; j < 4; j++) {
                    out[4 * i + j] = o->alg == H_MD5 ? (uint8_t)(w >> (8 * j)) : (uint8_t)(w >> (24 - 8 * j));
                }
            }
            break;
        }
        case H_SHA384: case H_SHA512: {
            uint64_t bits = o->count * 8;
            uint8_t pad[144];
            memset(pad, 0, sizeof(pad));
            pad[0] = 0x80;
            size_t padlen = (o->buflen < 112 ? 112 : 240) - o->buflen;
            pad[padlen + 8 - 1] = (uint8_t)(o->count >> 61); // high bits of the 128-bit length
            for (int i = 0; i < 8; i++) {
                pad[padlen + 8 + i] = (uint8_t)(bits >> (56 - 8 * i));
            }
            hash_update(o, pad, padlen + 16);
            for (size_t i = 0; i < outlen / 8; i++) {
                for (int j = 0; j < 8; j++) {
                    out[8 * i + j] = (uint8_t)(o->st.w64[i] >> (56 - 8 * j));
                }
            }
            break;
        }
        case H_BLAKE2B: case H_BLAKE2S: {
            blake2_add_count(o, o->buflen);
            memset(o->buf + o->buflen, 0, bs - o->buflen);
            if (o->alg == H_BLAKE2B) {
                blake2b_compress(o, o->buf, true);
                for (size_t i = 0; i < outlen; i++) {
                    out[i] = (uint8_t)(o->st.w64[i / 8] >> (8 * (i % 8)));
                }
            } else {
                blake2s_compress(o, o->buf, true);
                for (size_t i = 0; i < outlen; i++) {
                    out[i] = (uint8_t)(o->st.w32[i / 4] >> (8 * (i % 4)));
                }
            }
            break;
        }
        default: {
            // SHA-3 / SHAKE: pad10*1 with the domain suffix, then squeeze
            uint8_t suffix = o->alg >= H_SHAKE128 ? 0x1f : 0x06;
            memset(o->buf + o->buflen, 0, bs - o->buflen);
            o->buf[o->buflen] ^= suffix;
            o->buf[bs - 1] ^= 0x80;
            keccak_absorb_block(o->st.w64, o->buf, bs);
            size_t done = 0;
            while (done < outlen) {
                for (size_t i = 0; i < bs && done < outlen; i++, done++) {
                    out[done] = (uint8_t)(o->st.w64[i / 8] >> (8 * (i % 8)));
                }
                if (done < outlen) {
                    keccakf(o->st.w64);
                }
            }
            break;
        }
    }
}

// ---- Python objects

extern const mp_obj_type_t hash_type_HASH;
extern const mp_obj_type_t hash_type_HASHXOF;
extern const mp_obj_type_t hash_type_blake2b;
extern const mp_obj_type_t hash_type_blake2s;

static void hash_get_data(mp_obj_t data, mp_buffer_info_t *bi) {
    if (mp_obj_is_str(data)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Strings must be encoded before hashing"));
    }
    if (!mp_get_buffer(data, bi, MP_BUFFER_READ)) {
        mp_raise_TypeError(MP_ERROR_TEXT("object supporting the buffer API required"));
    }
}

static hash_obj_t *hash_new(int alg, const mp_obj_type_t *type) {
    hash_obj_t *o = mp_obj_malloc(hash_obj_t, type);
    o->alg = alg;
    o->buflen = 0;
    o->count = 0;
    o->count_hi = 0;
    o->last_node = 0;
    memset(&o->st, 0, sizeof(o->st));
    switch (alg) {
        case H_MD5:
            o->digest_size = 16;
            o->buflen_max = 64;
            o->st.w32[0] = 0x67452301;
            o->st.w32[1] = 0xefcdab89;
            o->st.w32[2] = 0x98badcfe;
            o->st.w32[3] = 0x10325476;
            break;
        case H_SHA1:
            o->digest_size = 20;
            o->buflen_max = 64;
            o->st.w32[0] = 0x67452301;
            o->st.w32[1] = 0xefcdab89;
            o->st.w32[2] = 0x98badcfe;
            o->st.w32[3] = 0x10325476;
            o->st.w32[4] = 0xc3d2e1f0;
            break;
        case H_SHA224:
        case H_SHA256:
            o->digest_size = alg == H_SHA224 ? 28 : 32;
            o->buflen_max = 64;
            memcpy(o->st.w32, alg == H_SHA224 ? H224 : H256, sizeof(H256));
            break;
        case H_SHA384:
        case H_SHA512:
            o->digest_size = alg == H_SHA384 ? 48 : 64;
            o->buflen_max = 128;
            memcpy(o->st.w64, alg == H_SHA384 ? H384 : H512, sizeof(H512));
            break;
        case H_SHA3_224: o->digest_size = 28; o->buflen_max = 144; break;
        case H_SHA3_256: o->digest_size = 32; o->buflen_max = 136; break;
        case H_SHA3_384: o->digest_size = 48; o->buflen_max = 104; break;
        case H_SHA3_512: o->digest_size = 64; o->buflen_max = 72; break;
        case H_SHAKE128: o->digest_size = 0; o->buflen_max = 168; break;
        case H_SHAKE256: o->digest_size = 0; o->buflen_max = 136; break;
    }
    return o;
}

static mp_obj_t hash_make(int alg, size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_string, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_usedforsecurity, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_TRUE} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, pos, kw, 2, allowed, a);
    hash_obj_t *o = hash_new(alg, alg >= H_SHAKE128 ? &hash_type_HASHXOF : &hash_type_HASH);
    if (a[0].u_obj != mp_const_none) {
        mp_buffer_info_t bi;
        hash_get_data(a[0].u_obj, &bi);
        hash_update(o, bi.buf, bi.len);
    }
    return MP_OBJ_FROM_PTR(o);
}

#define HASH_CONSTRUCTOR(fname, alg) \
    static mp_obj_t fname(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) { \
        return hash_make(alg, n_args, pos, kw); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_KW(fname##_obj, 0, fname);

HASH_CONSTRUCTOR(hash_md5, H_MD5)
HASH_CONSTRUCTOR(hash_sha1, H_SHA1)
HASH_CONSTRUCTOR(hash_sha224, H_SHA224)
HASH_CONSTRUCTOR(hash_sha256, H_SHA256)
HASH_CONSTRUCTOR(hash_sha384, H_SHA384)
HASH_CONSTRUCTOR(hash_sha512, H_SHA512)
HASH_CONSTRUCTOR(hash_sha3_224, H_SHA3_224)
HASH_CONSTRUCTOR(hash_sha3_256, H_SHA3_256)
HASH_CONSTRUCTOR(hash_sha3_384, H_SHA3_384)
HASH_CONSTRUCTOR(hash_sha3_512, H_SHA3_512)
HASH_CONSTRUCTOR(hash_shake_128, H_SHAKE128)
HASH_CONSTRUCTOR(hash_shake_256, H_SHAKE256)

static hash_obj_t *hash_self(mp_obj_t o) {
    return MP_OBJ_TO_PTR(o);
}

static mp_obj_t hash_m_update(mp_obj_t self, mp_obj_t data) {
    mp_buffer_info_t bi;
    hash_get_data(data, &bi);
    hash_update(hash_self(self), bi.buf, bi.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(hash_m_update_obj, hash_m_update);

static size_t hash_outlen(hash_obj_t *o, size_t n_args, const mp_obj_t *args, qstr meth) {
    if (o->alg == H_SHAKE128 || o->alg == H_SHAKE256) {
        if (n_args < 2) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() missing required argument 'length' (pos 1)"), meth);
        }
        mp_int_t n = mp_obj_get_int(args[1]);
        if (n < 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("length must be non-negative"));
        }
        if (n >= (1 << 29)) {
            mp_raise_ValueError(MP_ERROR_TEXT("length is too large"));
        }
        return n;
    }
    if (n_args > 1) {
        qstr tname = (o->alg == H_BLAKE2B || o->alg == H_BLAKE2S) ? hash_names[o->alg] : MP_QSTR_HASH;
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q.%q() takes no arguments (%d given)"), tname, meth, (int)(n_args - 1));
    }
    return o->digest_size;
}

static mp_obj_t hash_m_digest(size_t n_args, const mp_obj_t *args) {
    hash_obj_t *o = hash_self(args[0]);
    size_t n = hash_outlen(o, n_args, args, MP_QSTR_digest);
    vstr_t vstr;
    vstr_init_len(&vstr, n);
    hash_final(o, (uint8_t *)vstr.buf, n);
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(hash_m_digest_obj, 1, 2, hash_m_digest);

static mp_obj_t hash_m_hexdigest(size_t n_args, const mp_obj_t *args) {
    hash_obj_t *o = hash_self(args[0]);
    size_t n = hash_outlen(o, n_args, args, MP_QSTR_hexdigest);
    uint8_t *raw = m_new(uint8_t, n ? n : 1);
    hash_final(o, raw, n);
    vstr_t vstr;
    vstr_init_len(&vstr, 2 * n);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        vstr.buf[2 * i] = hex[raw[i] >> 4];
        vstr.buf[2 * i + 1] = hex[raw[i] & 15];
    }
    m_del(uint8_t, raw, n ? n : 1);
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(hash_m_hexdigest_obj, 1, 2, hash_m_hexdigest);

static mp_obj_t hash_m_copy(mp_obj_t self) {
    hash_obj_t *o = hash_self(self);
    hash_obj_t *c = mp_obj_malloc(hash_obj_t, o->base.type);
    *c = *o;
    return MP_OBJ_FROM_PTR(c);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hash_m_copy_obj, hash_m_copy);

static void hash_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        hash_obj_t *o = hash_self(self_in);
        if (attr == MP_QSTR_name) {
            dest[0] = MP_OBJ_NEW_QSTR(hash_names[o->alg]);
            return;
        }
        if (attr == MP_QSTR_digest_size) {
            dest[0] = MP_OBJ_NEW_SMALL_INT(o->digest_size);
            return;
        }
        if (attr == MP_QSTR_block_size) {
            dest[0] = MP_OBJ_NEW_SMALL_INT(o->buflen_max);
            return;
        }
    }
    dest[1] = MP_OBJ_SENTINEL;
}

static void hash_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    hash_obj_t *o = hash_self(self_in);
    if (o->alg == H_BLAKE2B || o->alg == H_BLAKE2S) {
        mp_printf(print, "<_blake2.%q object at %p>", hash_names[o->alg], o);
    } else {
        mp_printf(print, "<%q _hashlib.%s object @ %p>", hash_names[o->alg],
            o->alg >= H_SHAKE128 ? "HASHXOF" : "HASH", o);
    }
}

static const mp_rom_map_elem_t hash_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR__hashlib) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hash_m_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hash_m_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hash_m_hexdigest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hash_m_copy_obj) },
};
static MP_DEFINE_CONST_DICT(hash_locals, hash_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(hash_type_HASH, MP_QSTR_HASH, MP_TYPE_FLAG_NONE,
    print, hash_print, attr, hash_attr, locals_dict, &hash_locals);
MP_DEFINE_CONST_OBJ_TYPE(hash_type_HASHXOF, MP_QSTR_HASHXOF, MP_TYPE_FLAG_NONE,
    print, hash_print, attr, hash_attr, locals_dict, &hash_locals);

// blake2b / blake2s: types with CPython's keyword arguments and class constants

static void blake2_param_bytes(mp_obj_t v, const char *what, size_t max, mp_buffer_info_t *bi) {
    hash_get_data(v, bi);
    if (bi->len > max) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("maximum %s length is %d bytes"), what, (int)max);
    }
}

static mp_obj_t blake2_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { A_data, A_digest_size, A_key, A_salt, A_person, A_fanout, A_depth, A_leaf_size,
           A_node_offset, A_node_depth, A_inner_size, A_last_node, A_usedforsecurity };
    bool is_b = type == &hash_type_blake2b;
    mp_int_t maxd = is_b ? 64 : 32, saltn = is_b ? 16 : 8;
    const mp_arg_t allowed[] = {
        { MP_QSTR_data, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_digest_size, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = maxd} },
        { MP_QSTR_key, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_salt, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_person, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_fanout, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 1} },
        { MP_QSTR_depth, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 1} },
        { MP_QSTR_leaf_size, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_node_offset, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(0)} },
        { MP_QSTR_node_depth, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_inner_size, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_last_node, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
        { MP_QSTR_usedforsecurity, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_TRUE} },
    };
    mp_arg_val_t a[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, a);
    mp_int_t ds = a[A_digest_size].u_int;
    if (ds < 1 || ds > maxd) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("digest_size must be between 1 and %d bytes"), (int)maxd);
    }
    mp_buffer_info_t key = {0}, salt = {0}, person = {0};
    if (a[A_key].u_obj != mp_const_none) {
        blake2_param_bytes(a[A_key].u_obj, "key", maxd, &key);
    }
    if (a[A_salt].u_obj != mp_const_none) {
        blake2_param_bytes(a[A_salt].u_obj, "salt", saltn, &salt);
    }
    if (a[A_person].u_obj != mp_const_none) {
        blake2_param_bytes(a[A_person].u_obj, "person", saltn, &person);
    }
    mp_int_t fanout = a[A_fanout].u_int, depth = a[A_depth].u_int, leaf = a[A_leaf_size].u_int;
    mp_int_t node_depth = a[A_node_depth].u_int, inner = a[A_inner_size].u_int;
    if (fanout < 0 || fanout > 255) {
        mp_raise_ValueError(MP_ERROR_TEXT("fanout must be between 0 and 255"));
    }
    if (depth <= 0 || depth > 255) {
        mp_raise_ValueError(MP_ERROR_TEXT("depth must be between 1 and 255"));
    }
    if (leaf < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("leaf_size must be positive"));
    }
    // node_offset: an unsigned 64-bit int, with CPython's errors
    uint64_t node_offset = 0;
    mp_obj_t no = a[A_node_offset].u_obj;
    if (!mp_obj_is_int(no)) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    if (mp_obj_int_sign(no) < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("value must be positive"));
    }
    if (mp_obj_is_small_int(no)) {
        node_offset = (uint64_t)MP_OBJ_SMALL_INT_VALUE(no);
    } else {
        if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_RSHIFT, no, MP_OBJ_NEW_SMALL_INT(64)))) {
            mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("int too big to convert"));
        }
        uint8_t b[8];
        mp_obj_int_to_bytes_impl(no, false, 8, b); // a big int object (mpz)
        node_offset = le64(b);
    }
    if (!is_b && (node_offset >> 48)) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("node_offset is too large"));
    }
    if (node_depth < 0 || node_depth > 255) {
        mp_raise_ValueError(MP_ERROR_TEXT("node_depth must be between 0 and 255"));
    }
    if (inner < 0 || inner > maxd) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("inner_size must be between 0 and is %d"), (int)maxd);
    }
    hash_obj_t *o = hash_new(is_b ? H_BLAKE2B : H_BLAKE2S, type);
    o->digest_size = ds;
    o->buflen_max = is_b ? 128 : 64;
    o->last_node = a[A_last_node].u_bool;
    uint8_t p[64];
    memset(p, 0, sizeof(p));
    p[0] = ds;
    p[1] = key.len;
    p[2] = fanout;
    p[3] = depth;
    p[4] = leaf;
    p[5] = leaf >> 8;
    p[6] = leaf >> 16;
    p[7] = leaf >> 24;
    if (is_b) {
        for (int i = 0; i < 8; i++) {
            p[8 + i] = (uint8_t)(node_offset >> (8 * i));
        }
        p[16] = node_depth;
        p[17] = inner;
        memcpy(p + 32, salt.buf, salt.len);
        memcpy(p + 48, person.buf, person.len);
        for (int i = 0; i < 8; i++) {
            o->st.w64[i] = H512[i] ^ le64(p + 8 * i);
        }
    } else {
        for (int i = 0; i < 6; i++) {
            p[8 + i] = (uint8_t)(node_offset >> (8 * i));
        }
        p[14] = node_depth;
        p[15] = inner;
        memcpy(p + 16, salt.buf, salt.len);
        memcpy(p + 24, person.buf, person.len);
        for (int i = 0; i < 8; i++) {
            o->st.w32[i] = H256[i] ^ le32(p + 4 * i);
        }
    }
    if (key.len) {
        uint8_t block[128];
        memset(block, 0, sizeof(block));
        memcpy(block, key.buf, key.len);
        hash_update(o, block, o->buflen_max);
    }
    if (a[A_data].u_obj != mp_const_none) {
        mp_buffer_info_t bi;
        hash_get_data(a[A_data].u_obj, &bi);
        hash_update(o, bi.buf, bi.len);
    }
    return MP_OBJ_FROM_PTR(o);
}

static const mp_rom_map_elem_t blake2b_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hash_m_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hash_m_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hash_m_hexdigest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hash_m_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_SALT_SIZE), MP_ROM_INT(16) },
    { MP_ROM_QSTR(MP_QSTR_PERSON_SIZE), MP_ROM_INT(16) },
    { MP_ROM_QSTR(MP_QSTR_MAX_KEY_SIZE), MP_ROM_INT(64) },
    { MP_ROM_QSTR(MP_QSTR_MAX_DIGEST_SIZE), MP_ROM_INT(64) },
};
static MP_DEFINE_CONST_DICT(blake2b_locals, blake2b_locals_table);

static const mp_rom_map_elem_t blake2s_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hash_m_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hash_m_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hash_m_hexdigest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hash_m_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_SALT_SIZE), MP_ROM_INT(8) },
    { MP_ROM_QSTR(MP_QSTR_PERSON_SIZE), MP_ROM_INT(8) },
    { MP_ROM_QSTR(MP_QSTR_MAX_KEY_SIZE), MP_ROM_INT(32) },
    { MP_ROM_QSTR(MP_QSTR_MAX_DIGEST_SIZE), MP_ROM_INT(32) },
};
static MP_DEFINE_CONST_DICT(blake2s_locals, blake2s_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(hash_type_blake2b, MP_QSTR_blake2b, MP_TYPE_FLAG_NONE,
    make_new, blake2_make_new, print, hash_print, attr, hash_attr, locals_dict, &blake2b_locals);
MP_DEFINE_CONST_OBJ_TYPE(hash_type_blake2s, MP_QSTR_blake2s, MP_TYPE_FLAG_NONE,
    make_new, blake2_make_new, print, hash_print, attr, hash_attr, locals_dict, &blake2s_locals);

// ---- the modules

#define HASH_MODULE(mname, ...) \
    static const mp_rom_map_elem_t mname##_table[] = { \
        { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_##mname) }, \
        __VA_ARGS__ \
    }; \
    static MP_DEFINE_CONST_DICT(mname##_globals, mname##_table); \
    const mp_obj_module_t mp_module_##mname = { \
        .base = { &mp_type_module }, \
        .globals = (mp_obj_dict_t *)&mname##_globals, \
    };

HASH_MODULE(_md5, { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&hash_md5_obj) },)
HASH_MODULE(_sha1, { MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&hash_sha1_obj) },)
HASH_MODULE(_sha256, { MP_ROM_QSTR(MP_QSTR_sha224), MP_ROM_PTR(&hash_sha224_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&hash_sha256_obj) },)
HASH_MODULE(_sha512, { MP_ROM_QSTR(MP_QSTR_sha384), MP_ROM_PTR(&hash_sha384_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha512), MP_ROM_PTR(&hash_sha512_obj) },)
HASH_MODULE(_sha3, { MP_ROM_QSTR(MP_QSTR_sha3_224), MP_ROM_PTR(&hash_sha3_224_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_256), MP_ROM_PTR(&hash_sha3_256_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_384), MP_ROM_PTR(&hash_sha3_384_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_512), MP_ROM_PTR(&hash_sha3_512_obj) },
    { MP_ROM_QSTR(MP_QSTR_shake_128), MP_ROM_PTR(&hash_shake_128_obj) },
    { MP_ROM_QSTR(MP_QSTR_shake_256), MP_ROM_PTR(&hash_shake_256_obj) },)
HASH_MODULE(_blake2, { MP_ROM_QSTR(MP_QSTR_blake2b), MP_ROM_PTR(&hash_type_blake2b) },
    { MP_ROM_QSTR(MP_QSTR_blake2s), MP_ROM_PTR(&hash_type_blake2s) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2B_SALT_SIZE), MP_ROM_INT(16) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2B_PERSON_SIZE), MP_ROM_INT(16) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2B_MAX_KEY_SIZE), MP_ROM_INT(64) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2B_MAX_DIGEST_SIZE), MP_ROM_INT(64) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2S_SALT_SIZE), MP_ROM_INT(8) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2S_PERSON_SIZE), MP_ROM_INT(8) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2S_MAX_KEY_SIZE), MP_ROM_INT(32) },
    { MP_ROM_QSTR(MP_QSTR_BLAKE2S_MAX_DIGEST_SIZE), MP_ROM_INT(32) },)

MP_REGISTER_MODULE(MP_QSTR__md5, mp_module__md5);
MP_REGISTER_MODULE(MP_QSTR__sha1, mp_module__sha1);
MP_REGISTER_MODULE(MP_QSTR__sha256, mp_module__sha256);
MP_REGISTER_MODULE(MP_QSTR__sha512, mp_module__sha512);
MP_REGISTER_MODULE(MP_QSTR__sha3, mp_module__sha3);
MP_REGISTER_MODULE(MP_QSTR__blake2, mp_module__blake2);
