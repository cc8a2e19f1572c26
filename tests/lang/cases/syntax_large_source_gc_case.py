# Compiling a large source while the collector runs: every constant of the parse tree
# stays alive until the code is built (the native build once used freed constants)
import gc

lines = []
for i in range(3000):
    lines.append("x%d = (%d, 'str%d', %d.5, b'b%d', (1, 2, %d), -%d)" % (i, i, i, i, i, i, i))
    if i % 7 == 0:
        lines.append("def f%d(a, b=(%d, 'd'), *c, **d):\n    return a, b, 'k%d', %d.25" % (i, i, i, i))
src = "\n".join(lines)
total = 0
for round in range(3):
    gc.collect()
    ns = {}
    exec(compile(src, "<big>", "exec"), ns)
    total += len([k for k in ns if not k.startswith("__")])
    garbage = [[j, str(j)] for j in range(20000)]
print(total, ns["x2999"], ns["f2996"](1))
