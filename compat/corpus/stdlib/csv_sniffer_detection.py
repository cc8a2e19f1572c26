# Detect CSV dialects and headers with csv.Sniffer before parsing unknown files
import csv
import io

samples = {
    "semicolon": "name;age;city\nAnn;34;Oslo\nBob;28;Bergen\nCy;41;Trondheim\n",
    "tabs": "id\tscore\tgrade\n1\t88.5\tB\n2\t92.0\tA\n3\t71.25\tC\n",
    "quoted": "'sku','desc','price'\n'A1','Big, red',10\n'B2','Small',5\n",
    "no_header": "1,2,3\n4,5,6\n7,8,9\n",
}

sniffer = csv.Sniffer()
for label, text in samples.items():
    dialect = sniffer.sniff(text)
    header = sniffer.has_header(text)
    rows = list(csv.reader(io.StringIO(text), dialect))
    print(f"{label}: delimiter={dialect.delimiter!r} quotechar={dialect.quotechar!r} header={header}")
    print("   rows:", rows)

restricted = sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":,")
print("restricted delimiter:", repr(restricted.delimiter))
try:
    sniffer.sniff("just one column\nwith words\n", delimiters=",")
except csv.Error as e:
    print("csv.Error:", e)

text = samples["semicolon"]
d = sniffer.sniff(text)
reader = csv.DictReader(io.StringIO(text), dialect=d)
ages = [int(r["age"]) for r in reader]
print("mean age:", sum(ages) / len(ages))
