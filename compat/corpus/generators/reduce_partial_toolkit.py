# functools.reduce and partial: composing functions, folding dicts, configured converters
from functools import reduce, partial
import operator

def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)

clean = compose(str.strip, str.lower, str.split, "_".join)
print([clean(s) for s in ["  Hello World ", "Data  Engineer", "PYTHON"]])

print("product:", reduce(operator.mul, range(1, 8)))
print("max via reduce:", reduce(lambda a, b: a if a >= b else b, [3, 17, 4, 11]))
print("empty with initial:", reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

nested = {"a": {"b": {"c": 42}}}
print("deep get:", reduce(operator.getitem, ["a", "b", "c"], nested))

def merge(d1, d2):
    out = dict(d1)
    for k, v in d2.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out

configs = [{"db": {"host": "localhost", "port": 5432}, "debug": False},
           {"db": {"port": 6543}, "cache": {"ttl": 60}},
           {"debug": True, "cache": {"size": 128}}]
print("merged config:", reduce(merge, configs, {}))

parse_hex = partial(int, base=16)
parse_bin = partial(int, base=2)
print("hex:", [parse_hex(s) for s in ["ff", "10", "dead"]], "bin:", parse_bin("101101"))
print("partial repr parts:", parse_hex.func.__name__, parse_hex.args, parse_hex.keywords)

def tag(name, content, **attrs):
    attr = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
    return f"<{name}{attr}>{content}</{name}>"

link = partial(tag, "a", target="_blank")
bold = partial(tag, "b")
print(link("docs", href="/docs"))
print(bold(link("home", href="/")))
pow2 = partial(pow, 2)
print("powers of two:", list(map(pow2, range(10))))
word_counts = reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, "a b a c b a".split(), {})
print("word counts:", word_counts)
