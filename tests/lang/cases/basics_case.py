# Everyday code that already behaves as in CPython: the harness's own check.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(i) for i in range(15)])
print(sum(i * i for i in range(100)), divmod(-7, 2), -7 // 2, -7 % 2)
print(sorted(["pear", "apple", "fig"], key=len))
try:
    int("x")
except ValueError as e:
    print("ValueError")
