import os
import os.path
from os import path

print(path is os.path, os.sep, os.curdir, os.pardir)
print(path.join("a", "b", "c"), path.join("/a", "/b", "c"), path.join("a/", "b"), path.join("", "x"))
print(path.split("/a/b/c.txt"), path.split("c.txt"), path.split("/"), path.split("a//b"), path.split("//x"))
print(path.splitext("a/b.tar.gz"), path.splitext(".bashrc"), path.splitext("a.b/c"), path.splitext("x..."))
print(path.basename("/a/b/"), path.basename("/a/b"), path.dirname("/a/b"), path.dirname("b"), path.isabs("/x"))
print(path.normpath("/a//b/./c/../d/"), path.normpath("../x/../../y"), path.normpath(""), path.normpath("//a/b"), path.normpath("///a"))
print(path.commonprefix(["/usr/lib", "/usr/local"]), path.commonpath(["/usr/lib", "/usr/local"]))
print(path.relpath("/a/b/c", "/a/d"), path.relpath("/a", "/a"))
print(path.splitdrive("/x/y"), path.normcase("AbC"))
