# Expand tab-separated data with expandtabs at various tab sizes
data = "name\tqty\tprice\nwidget\t4\t3.50\nsuperlonggadget\t12\t19.99\nx\t1\t0.10"

for size in (8, 4, 16):
    print(f"--- tabsize={size} ---")
    for line in data.splitlines():
        print(repr(line.expandtabs(size)))

print()
print(repr("a\tb".expandtabs(0)))
print(repr("\t".expandtabs()))
print(repr("12345678\tx".expandtabs()))
print(repr("ab\ncd\tef".expandtabs(4)))

def tsv_to_aligned(text: str) -> str:
    rows = [line.split("\t") for line in text.splitlines()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)

print()
print(tsv_to_aligned(data))
