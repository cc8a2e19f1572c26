# Repeating a sequence by an int too large for an index
for seq in ([0], (0,), [], (), "ab", b"ab", bytearray(b"ab")):
    for n in (2**64, -2**64, 2**100, -2**100, 10**30):
        for f in (lambda: seq * n, lambda: n * seq):
            try:
                print(type(seq).__name__, len(f()))
            except (OverflowError, MemoryError) as e:
                print(type(seq).__name__, type(e).__name__, e)
    print(type(seq).__name__, len(seq * -5), len(seq * 0), len(seq * 3), len(seq * True))
x = [1, 2]
try:
    x *= 2**64
except OverflowError as e:
    print("*=", e, x)
t = (1,)
try:
    t *= -2**70
except OverflowError as e:
    print("*=", e, t)
for n in (1.5, "3", None):
    try:
        [1] * n
    except TypeError as e:
        print("TypeError:", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IntOnly:
    def __int__(self):
        return 2


class BadIdx:
    def __index__(self):
        return "3"


print([1] * Idx(3), (1, 2) * Idx(2), [1] * Idx(-1))
for n in (IntOnly(), BadIdx(), Idx(2**70)):
    try:
        print([1] * n)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
