# complex() of strings: a bare j, signs, spaces, parentheses, and malformed ones
for s in ["j","J","1+j","-j","+J","1-J","2j","1+2j","(j)","( 1+j )","j1","+","1+","e","1e5j","j+1","1j+1"]:
  try: print(repr(s), complex(s))
  except ValueError as e: print(repr(s), "ValueError", e)
print(eval("1+1j"), 1j)
for s in ["(1)", "((1))", "(", ")", "()", " ( -2.5J ) ", "(1", "1)", "(nan)", "(inf+infj)"]:
  try: print(repr(s), complex(s))
  except ValueError as e: print(repr(s), "ValueError", e)
for s in ["(1)", "1j"]:
  try: print(float(s))
  except ValueError as e: print("ValueError", e)
