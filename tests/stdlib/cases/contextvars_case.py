import contextvars


def mask(s):
    # drop the " at 0x..." addresses of reprs
    out = s.split(" at 0x")
    return out[0] + "".join(" at ?" + p.lstrip("0123456789abcdef") for p in out[1:])


v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get(5), v.get(9))
tok = v.set(2)
print(v.get(), tok.var is v, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
ctx = contextvars.copy_context()
print(len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w, "none"), list(ctx.keys()) == [v], list(ctx.values()))


def inside(x):
    v.set(x)
    w.set(x * 2)
    return v.get() + w.get()


print(ctx.run(inside, 10), v.get(), ctx[v], ctx[w], w.get("unset"))
v.reset(tok)
print(v.get())
for bad in (lambda: w.get(), lambda: v.reset(tok), lambda: ctx[contextvars.ContextVar("x")],
            lambda: contextvars.ContextVar(5), lambda: ctx.run(ctx.run, len, "ab"),
            lambda: v.reset("tok"), lambda: contextvars.Context()[1]):
    try:
        print(bad())
    except (LookupError, RuntimeError, TypeError, ValueError) as e:
        print(type(e).__name__, mask(str(e)))
c2 = contextvars.Context()
print(c2.run(lambda: v.get()), len(c2), dict(ctx.items()) == {v: 2, w: 20})
t2 = ctx.run(v.set, 99)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", mask(str(e)))
print(type(ctx).__name__, type(v).__name__, type(tok).__name__)
print(mask(repr(v)), mask(repr(w)), mask(repr(tok)))
