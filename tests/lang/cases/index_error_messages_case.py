# IndexError messages of list stores and deletions and of range indexing, as CPython's.
lst = [1, 2, 3]
for f in (lambda: lst.__getitem__(3), lambda: lst.pop(5), lambda: range(3)[3], lambda: range(3)[-4],
          lambda: range(0)[0], lambda: (1, 2)[2], lambda: "ab"[5], lambda: b"ab"[2]):
    try:
        f()
    except IndexError as e:
        print("IndexError", e)


def store(i):
    lst[i] = 0


def delete(i):
    del lst[i]


for op in (store, delete):
    for i in (3, -4, "x", 1.0):
        try:
            op(i)
        except (IndexError, TypeError) as e:
            print(op.__name__, repr(i), type(e).__name__, e)
store(-1)
delete(0)
print(lst)
