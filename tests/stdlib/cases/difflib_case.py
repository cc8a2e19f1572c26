import difflib

a = "one two three four five".split()
b = "zero one three four six five".split()
s = difflib.SequenceMatcher(None, a, b)
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(list(s.get_grouped_opcodes(1)))
print(s.find_longest_match(0, len(a), 0, len(b)))
old = ["[server]\n", "port = 80\n", "host = a\n", "debug = no\n"]
new = ["[server]\n", "port = 8080\n", "host = a\n", "log = yes\n"]
print("".join(difflib.unified_diff(old, new, "a.ini", "b.ini", "t1", "t2", n=1)), end="")
print("".join(difflib.context_diff(old, new, "a.ini", "b.ini")), end="")
print("".join(difflib.ndiff(["abcdefg\n", "same\n"], ["abcxefg\n", "same\n"])), end="")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell"], n=2, cutoff=0.5))
print(difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                              "private volatile Thread currentThread;").ratio())
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["b\n", "c\n"]), 2)))
d = difflib.Differ()
print(list(d.compare(["hello world\n"], ["hello there world\n"])))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "abc", "").ratio())
try:
    difflib.get_close_matches("x", ["y"], n=0)
except ValueError as e:
    print("ValueError", e)
try:
    difflib.get_close_matches("x", ["y"], cutoff=2)
except ValueError as e:
    print("ValueError", e)
html = difflib.HtmlDiff(wrapcolumn=20).make_table(["a b c"], ["a x c"])
print(len(html) > 100, "<table" in html)
