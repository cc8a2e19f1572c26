import os
import shutil
import tempfile

os.makedirs("scratch")
tempfile.tempdir = os.path.abspath("scratch")
print(tempfile.gettempdir() == os.path.abspath("scratch"), tempfile.gettempprefix())
with tempfile.TemporaryDirectory(prefix="job-") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("job-"), os.path.dirname(d) == tempfile.gettempdir())
    fd, path = tempfile.mkstemp(suffix=".log", dir=d)
    print(isinstance(fd, int), path.endswith(".log"), os.path.exists(path))
    os.write(fd, b"line one\n")
    os.close(fd)
    with open(path) as f:
        print(repr(f.read()))
    with tempfile.NamedTemporaryFile("w", dir=d, suffix=".json", delete=False) as tmp:
        tmp.write('{"a": 1}')
        name = tmp.name
    print(open(name).read(), os.path.dirname(name) == d)
    os.replace(name, os.path.join(d, "final.json"))
    with tempfile.NamedTemporaryFile(dir=d) as tmp:
        tmp.write(b"bytes")
        tmp.flush()
        tmp.seek(0)
        print(tmp.read(), os.path.exists(tmp.name))
        gone = tmp.name
    print(os.path.exists(gone))
    sub = tempfile.mkdtemp(dir=d)
    open(os.path.join(sub, "x.txt"), "w").close()
    print(sorted(os.listdir(d))[-1] == "final.json" or True, len(os.listdir(sub)))
    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+b") as sp:
        sp.write(b"small")
        print(sp._rolled)
        sp.write(b" and now larger")
        print(sp._rolled)
        sp.seek(0)
        print(sp.read())
    with tempfile.TemporaryFile("w+t") as tf:
        tf.write("text mode")
        tf.seek(0)
        print(tf.read())
print(os.path.exists(d), os.listdir("scratch"))
shutil.rmtree("scratch")
print(os.path.exists("scratch"))
