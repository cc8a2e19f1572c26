# Using assert statements with messages as internal sanity checks, and catching AssertionError
def normalize(weights):
    total = sum(weights.values())
    assert total > 0, f"weights must sum to a positive number, got {total}"
    result = {k: v / total for k, v in weights.items()}
    assert abs(sum(result.values()) - 1.0) < 1e-9, "normalization drifted"
    return result


def apply_discount(price, pct):
    assert isinstance(price, (int, float)), f"price must be numeric, not {type(price).__name__}"
    assert 0 <= pct <= 100, ("discount out of range", pct)
    return round(price * (1 - pct / 100), 2)


print(normalize({"a": 1, "b": 3}))
for args in [(100, 15), (100, 150), ("100", 10), (59.99, 0)]:
    try:
        print(f"apply_discount{args} = {apply_discount(*args)}")
    except AssertionError as e:
        print(f"apply_discount{args} failed: {e} | args={e.args}")

try:
    normalize({"x": 0, "y": 0})
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(repr(e))

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args, repr(str(e)))

results = {"parse": True, "render": False, "save": True}
failed = []
for name, passed in results.items():
    try:
        assert passed, name
    except AssertionError as e:
        failed.append(str(e))
print("failed checks:", failed)
print(__debug__)
