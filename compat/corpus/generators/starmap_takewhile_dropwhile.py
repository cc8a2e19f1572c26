# itertools.starmap, takewhile, dropwhile, filterfalse and compress over structured records
from itertools import starmap, takewhile, dropwhile, filterfalse, compress, count

def area(w, h):
    return w * h

rects = [(3, 4), (10, 2), (5, 5), (1, 9)]
print("areas:", list(starmap(area, rects)))
print("powers:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("formatted:", list(starmap("{}={}".format, [("a", 1), ("b", 2)])))

config = """# comment
# another comment

host = example.org
port = 443
# inline
timeout = 30""".splitlines()
body = list(dropwhile(lambda l: l.startswith("#") or not l.strip(), config))
print("after header:", body)
settings = dict(map(str.strip, l.split("=", 1)) for l in filterfalse(lambda l: l.startswith("#"), body))
print("settings:", settings)

temps = [18, 19, 21, 24, 27, 31, 29, 25, 22]
print("until hot:", list(takewhile(lambda t: t < 25, temps)))
print("from hot:", list(dropwhile(lambda t: t < 25, temps)))
print("small squares:", list(takewhile(lambda x: x < 100, (n * n for n in count(1)))))

flags = [1, 0, 1, 1, 0, 0, 1]
names = ["ana", "ben", "chi", "dev", "eli", "fay", "gus"]
print("selected:", list(compress(names, flags)))
print("odd-free:", list(filterfalse(lambda n: n % 2, range(10))))

def triangular():
    return (n * (n + 1) // 2 for n in count(1))
first_big = next(dropwhile(lambda t: t <= 1000, triangular()))
print("first triangular > 1000:", first_big)
