import os
import zipfile

os.makedirs("src/sub", exist_ok=True)
with open("src/a.txt", "w") as f:
    f.write("alpha\n" * 50)
with open("src/sub/b.csv", "w") as f:
    f.write("id,name\n1,x\n2,y\n")
with zipfile.ZipFile("out.zip", "w", zipfile.ZIP_DEFLATED) as zf:
    zf.write("src/a.txt")
    zf.write("src/sub/b.csv", arcname="data/b.csv")
    zf.writestr("notes/readme.md", "# readme\n")
print(os.path.exists("out.zip"), zipfile.is_zipfile("out.zip"))
with zipfile.ZipFile("out.zip") as zf:
    print(sorted(zf.namelist()))
    print([(i.filename, i.file_size, i.compress_type) for i in zf.infolist()])
    zf.extractall("dest")
    print(zf.extract("data/b.csv", "one"))
for root, dirs, files in sorted(os.walk("dest")):
    print(root, sorted(dirs), sorted(files))
with open("dest/src/a.txt") as f:
    print(f.read() == "alpha\n" * 50)
with open("one/data/b.csv") as f:
    print(f.read())
with zipfile.ZipFile("out.zip", "a") as zf:
    zf.writestr("late.txt", "late")
with zipfile.ZipFile("out.zip") as zf:
    print(zf.namelist()[-1], zf.read("late.txt"))
    with zf.open("src/a.txt") as f:
        print(f.read(12))
try:
    zipfile.ZipFile("missing.zip")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
with open("bad.zip", "wb") as f:
    f.write(b"not a zip at all")
try:
    zipfile.ZipFile("bad.zip")
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
