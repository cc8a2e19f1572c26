import fnmatch

names = ["main.py", "util.py", "README.md", "data1.csv", "data22.csv", ".hidden", "x[1].txt"]
for pat in ["*.py", "data?.csv", "data*.csv", "[!d]*", "*[0-9].*", "*", "?????", "x[[]1].txt", "[a-c]*", "*.P?"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch("a.PY", "*.py"), fnmatch.fnmatchcase("abc", "a*c"), fnmatch.fnmatchcase("abc", "a*d"))
print(fnmatch.fnmatchcase("aaaaaaaaaaaaab", "a*a*a*a*b"), fnmatch.fnmatchcase("[", "["), fnmatch.fnmatchcase("a]", "[!]]]"))
