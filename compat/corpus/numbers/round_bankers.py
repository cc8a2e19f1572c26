# Demonstrate round() with banker's rounding, negative digits and float surprises
halves = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]
print("round(x) for halves:")
for h in halves:
    print(f"  round({h}) = {round(h)}")

print()
tricky = [2.675, 1.005, 0.125, 0.375, 2.5, 1.15, 1.25, 1.35]
for t in tricky:
    print(f"round({t}, 2) = {round(t, 2)}   round({t}, 1) = {round(t, 1)}")

print()
for n in [1234567, 1250, 1350, 15, 25, -25, 987654321]:
    print(f"round({n}, -1) = {round(n, -1)}, round({n}, -2) = {round(n, -2)}, round({n}, -3) = {round(n, -3)}")

print()
print("round(1234.5678, -2) =", round(1234.5678, -2))
print("round(-1234.5678, 1) =", round(-1234.5678, 1))
print("type(round(3.7)) =", type(round(3.7)).__name__)
print("type(round(3.7, 0)) =", type(round(3.7, 0)).__name__, round(3.7, 0))
print("round(7, 2) =", round(7, 2))
