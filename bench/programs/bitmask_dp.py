# Bit manipulation: subset DP for a small travelling-salesman instance, Gray codes,
# popcount tables, bitboard-style move generation, a bitset sieve in one big integer.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 65536
# The subset DP is exponential in the number of cities: 2**C is about N.
C = max(2, N.bit_length() - 1)


def tsp(dist):
    n = len(dist)
    full = 1 << n
    INF = 1 << 30
    dp = [[INF] * n for _ in range(full)]
    dp[1][0] = 0
    for mask in range(1, full, 2):
        row = dp[mask]
        for last in range(n):
            cost = row[last]
            if cost == INF or not (mask >> last) & 1:
                continue
            d = dist[last]
            for nxt in range(n):
                if not (mask >> nxt) & 1:
                    nm = mask | (1 << nxt)
                    c = cost + d[nxt]
                    if c < dp[nm][nxt]:
                        dp[nm][nxt] = c
    return min(dp[full - 1][k] + dist[k][0] for k in range(1, n))


def popcount_table(bits):
    table = [0] * (1 << bits)
    for i in range(1, 1 << bits):
        table[i] = table[i >> 1] + (i & 1)
    return table


def knight_moves(square):
    b = 1 << square
    not_a, not_ab = 0xFEFEFEFEFEFEFEFE, 0xFCFCFCFCFCFCFCFC
    not_h, not_gh = 0x7F7F7F7F7F7F7F7F, 0x3F3F3F3F3F3F3F3F
    m = ((b << 17) & not_a) | ((b << 15) & not_h) | ((b << 10) & not_ab) | ((b << 6) & not_gh)
    m |= ((b >> 17) & not_h) | ((b >> 15) & not_a) | ((b >> 10) & not_gh) | ((b >> 6) & not_ab)
    return m & 0xFFFFFFFFFFFFFFFF


def bigint_sieve(n):
    bits = (1 << (n + 1)) - 1 ^ 3
    p = 2
    while p * p <= n:
        if bits >> p & 1:
            mask = 0
            for k in range(p * p, n + 1, p):
                mask |= 1 << k
            bits &= ~mask
        p += 1
    return bits


pts = [((i * 37) % 101, (i * 71) % 103) for i in range(C)]
dist = [[abs(ax - bx) + abs(ay - by) for bx, by in pts] for ax, ay in pts]
print("tsp", C, tsp(dist))
table = popcount_table(16)
gray = [i ^ (i >> 1) for i in range(1 << 12)]
print("gray", all(table[a ^ b] == 1 for a, b in zip(gray, gray[1:])), gray[-3:], sum(table))
moves = [knight_moves(sq) for sq in range(64)]
reach = sum(table[m & 0xFFFF] + table[m >> 16 & 0xFFFF] + table[m >> 32 & 0xFFFF] + table[m >> 48] for m in moves)
print("knights", reach, hex(moves[0]), hex(moves[63]))
primes = bigint_sieve(4000)
print("bigint sieve", bin(primes).count("1"), primes.bit_length() - 1)
x = 0xDEADBEEFCAFEBABE
print("tricks", x & -x, (x & (x - 1)).bit_length(), x >> 60, ~x & 0xFFFF, (x ^ (x >> 1)) % 1000, x.to_bytes(8, "big").hex())
