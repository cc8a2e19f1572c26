import os
import shutil

os.makedirs("src/sub")
with open("src/a.txt", "w") as f:
    f.write("alpha\n")
with open("src/sub/b.py", "w") as f:
    f.write("print('b')\n")
print(shutil.copy("src/a.txt", "copy.txt"), open("copy.txt").read(), end="")
print(shutil.copyfile("src/a.txt", "copy2.txt"), shutil.copy2("src/a.txt", "copy3.txt"))
shutil.copytree("src", "dst")
print(sorted(os.listdir("dst")), sorted(os.listdir("dst/sub")))
shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.py"))
print(sorted((r, sorted(f)) for r, d, f in os.walk("dst2")))
print(shutil.move("copy.txt", "dst/moved.txt"), os.path.exists("copy.txt"))
shutil.move("dst2", "dst3")
print(os.path.exists("dst2"), os.path.isdir("dst3"))
shutil.rmtree("dst3")
print(os.path.exists("dst3"))
try:
    shutil.rmtree("no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
shutil.rmtree("no_such_dir", ignore_errors=True)
try:
    shutil.copytree("src", "dst")
except FileExistsError as e:
    print("FileExistsError", e.filename)
print(shutil.get_terminal_size((100, 30)), shutil.which("definitely-not-a-command"))
print(sorted(os.listdir(".")))
