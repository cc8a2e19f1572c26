# float.__getformat__: how C doubles and floats are stored (test.support asks at import)
print(float.__getformat__("double"))
print(float.__getformat__("float"))
print(float.__getformat__("double").startswith("IEEE"))
for bad in ("long double", "", "DOUBLE"):
    try:
        float.__getformat__(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (1, None, b"double"):
    try:
        float.__getformat__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    float.__getformat__()
except TypeError as e:
    print("TypeError")
print(type(1.5).__getformat__("double") == float.__getformat__("double"))
