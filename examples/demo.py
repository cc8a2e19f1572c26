# mpsandbox demo: one session, several steps. Run with `make run`.
import json

print("1. state persists: define data and a function")
inventory = {"apples": 3, "pears": 5}

def total(d):
    return sum(d.values())

print("   total =", total(inventory))

print("2. a caught error: the program handles it and goes on")
try:
    inventory["plums"] += 1
except KeyError as e:
    print("   caught KeyError:", e)

print("3. unicode and big ints: ", "caf\u00e9 \U0001F40D", 2 ** 80)
print("4. json:", json.dumps(inventory))

print("5. an uncaught exception: the traceback goes to stderr, exit status 1")
def ratio(a, b):
    return a / b

ratio(total(inventory), 0)
