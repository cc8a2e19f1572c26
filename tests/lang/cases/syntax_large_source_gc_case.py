# Compiling a large source while the collector runs: every constant of the parse tree
# stays alive until the code is built (the native build once used freed constants)
import gc

if hasattr(gc, 'threshold'):
    gc.threshold(32 * 1024)  # MicroPython: collect often, during the compile too

lines = []
for i in range(600):
    lines.append("x%d = (%d, 'str%d', %d.5, b'b%d', (1, 2, %d), -%d)" % (i, i, i, i, i, i, i))
    if i % 7 == 0:
        lines.append("def f%d(a, b=(%d, 'd'), *c, **d):\n    return a, b, 'k%d', %d.25" % (i, i, i, i))
src = "\n".join(lines)
total = 0
for round in range(2):
    gc.collect()
    ns = {}
    exec(compile(src, "<big>", "exec"), ns)
    total += len([k for k in ns if not k.startswith("__")])
    garbage = [[j, str(j)] for j in range(20000)]
print(total, ns["x599"], ns["f595"](1))
