# A SyntaxError raised at run time ends the program; its last line is CPython's.
print("before")
raise SyntaxError("bad thing here", ("prog.py", 2, 3, "a b c\n"))
