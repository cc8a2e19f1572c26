# Closures with nonlocal state: counters, accumulators, memo factories, and the late-binding gotcha
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment

c1, c2 = make_counter(), make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)])
c1.reset()
print("after reset:", c1(), "c2 unaffected:", c2())
print("closure cells:", [cell.cell_contents for cell in c2.__closure__])
print("free vars:", c2.__code__.co_freevars)

def make_bank_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("denied", amount))
            return None
        balance -= amount
        history.append(("wd", amount))
        return balance
    def statement():
        return balance, list(history)
    return deposit, withdraw, statement

dep, wd, stmt = make_bank_account(50)
dep(25); wd(100); wd(30); dep(5)
print("statement:", stmt())

late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print("late binding:", [f() for f in late], "default-arg capture:", [f() for f in early])

def make_multipliers():
    return [(lambda x, n=n: x * n) for n in range(1, 5)]
print("multipliers of 7:", [m(7) for m in make_multipliers()])

def running_stats():
    n = total = 0
    lo = hi = None
    def add(x):
        nonlocal n, total, lo, hi
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        return {"n": n, "mean": round(total / n, 3), "min": lo, "max": hi}
    return add

stats = running_stats()
for x in [4, 8, 15, 16, 23, 42]:
    last = stats(x)
print("stats:", last)

x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "enclosing (rebound)"
    return inner
print("closure sees latest binding:", outer()())
