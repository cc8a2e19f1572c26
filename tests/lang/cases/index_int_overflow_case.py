# An int too large for a machine word as an index or slice bound, as CPython.
B = 10**30
seqs = [[1, 2, 3], (1, 2, 3), "abc", "åbc", b"abc", bytearray(b"abc"), range(3)]
for s in seqs:
    for i in (B, -B):
        try:
            print(s[i])
        except IndexError as e:
            print(type(s).__name__, "IndexError", e)
    r = [s[B:], s[-B:], s[:B], s[:-B], s[-B:B], s[::B], s[::-B], s[B::-1], s[-B::-1]]
    print(*(list(x) if isinstance(x, range) else x for x in r))
lst = [1, 2]
for op in ("lst[B] = 0", "del lst[B]", "lst[B:] = [9]", "lst[:-B] = [0]"):
    try:
        exec(op)
        print(op, lst)
    except IndexError as e:
        print(op, "IndexError", e)
try:
    [1].pop(B)
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
print(slice(-B, B).indices(5))
try:
    print("abc".index("b", -B, B))
except ValueError as e:
    print(e)
