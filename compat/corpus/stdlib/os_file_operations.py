# Low-level file operations with os: open/write/read fds, rename, stat, chmod, remove, makedirs
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as root:
    cwd = os.getcwd()
    os.chdir(root)
    try:
        fd = os.open("data.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        written = os.write(fd, b"header\n" + b"\x00" * 25)
        os.close(fd)
        print("written:", written)

        fd = os.open("data.bin", os.O_RDONLY)
        print(os.read(fd, 6), os.lseek(fd, 0, os.SEEK_END))
        os.close(fd)

        st = os.stat("data.bin")
        print("size:", st.st_size, "regular:", stat.S_ISREG(st.st_mode), "dir:", stat.S_ISDIR(st.st_mode))
        os.chmod("data.bin", 0o600)
        print("mode:", oct(stat.S_IMODE(os.stat("data.bin").st_mode)))
        os.chmod("data.bin", 0o644)

        os.makedirs("a/b/c")
        os.makedirs("a/b/c", exist_ok=True)
        try:
            os.makedirs("a/b/c")
        except FileExistsError:
            print("FileExistsError on makedirs")
        os.rename("data.bin", "a/b/moved.bin")
        print(sorted(os.listdir("a/b")), os.path.exists("data.bin"))

        with open("a/notes.txt", "w") as f:
            f.write("one\ntwo\n")
        with open("a/notes.txt", "a") as f:
            f.write("three\n")
        with open("a/notes.txt") as f:
            print(f.read().splitlines())

        try:
            os.rmdir("a/b")
        except OSError as e:
            print("rmdir non-empty:", type(e).__name__)
        os.remove("a/b/moved.bin")
        os.removedirs("a/b/c")
        print("after removedirs:", sorted(os.listdir(".")), sorted(os.listdir("a")))
        try:
            os.remove("nope.txt")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e.errno == 2, e.filename)
        print(os.path.relpath(os.getcwd(), root))
    finally:
        os.chdir(cwd)
