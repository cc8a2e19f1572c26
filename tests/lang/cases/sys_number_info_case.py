import sys

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi[0] == fi.max, len(fi))
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff, len(hi))
print(hash(float("inf")) == hi.inf, hash(2**61 - 1) == 0, hash(hi.modulus + 5) == 5, hash(-1.5) == -hash(1.5))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print([hash(H(v)) for v in (0, 1, -1, 2**61 - 1, 2**61, 2**64 + 3, -(2**70), True)])
try:
    hash(H(1.5))
except TypeError as e:
    print("TypeError", e)
