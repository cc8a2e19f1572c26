// hashlib.sha1 and hashlib.md5 for extmod/modhashlib.c, which takes them from axTLS
// (MICROPY_SSL_AXTLS) or mbedTLS. Neither library is in Debian's +ds MicroPython source,
// so this header gives modhashlib.c the axTLS names it uses (it is found on the include
// path as "lib/axtls/crypto/crypto.h"), implemented by guest/digest/md5_sha1.c.
// Nothing else of axTLS is provided: MICROPY_PY_SSL and MICROPY_PY_CRYPTOLIB stay off.
#ifndef MPSANDBOX_DIGEST_CRYPTO_H
#define MPSANDBOX_DIGEST_CRYPTO_H

#include <stdint.h>

typedef struct {
    uint32_t state[5];      // MD5 uses the first four words
    uint32_t len_lo, len_hi; // message length in bytes
    uint8_t block[64];       // a partial block waiting for more input
} mpsbx_digest_ctx_t;

typedef mpsbx_digest_ctx_t SHA1_CTX;
typedef mpsbx_digest_ctx_t MD5_CTX;

#define SHA1_SIZE (20)
#define MD5_SIZE (16)

void SHA1_Init(SHA1_CTX *ctx);
void SHA1_Update(SHA1_CTX *ctx, const uint8_t *msg, int len);
void SHA1_Final(uint8_t *digest, SHA1_CTX *ctx);
void MD5_Init(MD5_CTX *ctx);
void MD5_Update(MD5_CTX *ctx, const uint8_t *msg, int len);
void MD5_Final(uint8_t *digest, MD5_CTX *ctx);

#endif
