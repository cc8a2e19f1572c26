# CSV in and out through the csv module and io.StringIO: quoting, DictReader/DictWriter,
# type conversion, a join of two tables and a group-by written back as CSV.
import csv
import io
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 60000

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "name", "city", "score", "comment"])
for i in range(N):
    comment = ['fine', 'said "hi"', "a, b and c", "multi\nline", ""][i % 5]
    city = ["Oslo", "Lima", "Pune", "Kyiv"][i % 4]
    w.writerow([i, "user %d" % (i * 7 % 1000), city, "%.2f" % ((i * 37 % 1000) / 10), comment])
text = out.getvalue()
print("written", len(text), text.count("\n"), text[:60].replace("\r\n", "|"))

people = list(csv.DictReader(io.StringIO(text)))
print("read", len(people), people[3 % len(people)]["comment"], repr(people[-1]["name"]))
cities = "city,country,pop\nOslo,NO,709000\nLima,PE,10092000\nPune,IN,7764000\nKyiv,UA,2952000\n"
country = {r["city"]: r for r in csv.DictReader(io.StringIO(cities))}
groups = {}
for p in people:
    c = country[p["city"]]
    g = groups.setdefault(c["country"], {"n": 0, "score": 0.0, "quoted": 0, "pop": int(c["pop"])})
    g["n"] += 1
    g["score"] += float(p["score"])
    g["quoted"] += '"' in p["comment"] or "," in p["comment"] or "\n" in p["comment"]

res = io.StringIO()
dw = csv.DictWriter(res, fieldnames=["country", "n", "mean_score", "quoted", "per_million"], lineterminator="\n")
dw.writeheader()
for k in sorted(groups):
    g = groups[k]
    dw.writerow({"country": k, "n": g["n"], "mean_score": "%.3f" % (g["score"] / g["n"]),
                 "quoted": g["quoted"], "per_million": round(g["n"] / g["pop"] * 1e6, 3)})
print(res.getvalue(), end="")
semi = io.StringIO()
sw = csv.writer(semi, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
for p in people[:N // 4]:
    sw.writerow([p["name"], float(p["score"]), p["comment"]])
again = list(csv.reader(io.StringIO(semi.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC))
print("semicolon", len(again), again[-1], sum(r[1] for r in again))
