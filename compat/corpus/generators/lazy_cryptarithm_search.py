# Lazy search for cryptarithm solutions with permutations and generator short-circuiting (next/islice)
from itertools import permutations, islice

def solve(puzzle):
    left, right = puzzle.replace(" ", "").split("=")
    words = left.split("+") + [right]
    letters = sorted(set("".join(words)))
    leading = {w[0] for w in words if len(w) > 1}
    if len(letters) > 10:
        raise ValueError("too many letters")
    for digits in permutations(range(10), len(letters)):
        mapping = dict(zip(letters, digits))
        if any(mapping[c] == 0 for c in leading):
            continue
        nums = [int("".join(str(mapping[c]) for c in w)) for w in words]
        if sum(nums[:-1]) == nums[-1]:
            yield mapping, nums

for puzzle in ["TO + GO = OUT", "AB + BA = CC", "I + BB = ILL", "A + A = B"]:
    gen = solve(puzzle)
    first = next(gen, None)
    if first is None:
        print(f"{puzzle}: no solution")
        continue
    mapping, nums = first
    print(f"{puzzle}: {' + '.join(map(str, nums[:-1]))} = {nums[-1]}  {dict(sorted(mapping.items()))}")
    others = sum(1 for _ in islice(gen, 200))
    print(f"   further solutions (up to 200): {others}")

def magic_squares():
    digits = set(range(1, 10))
    for a, b, c in permutations(digits, 3):
        if a + b + c != 15:
            continue
        for d, e, f in permutations(digits - {a, b, c}, 3):
            if d + e + f != 15:
                continue
            g, h, i = 15 - a - d, 15 - b - e, 15 - c - f
            if sorted((g, h, i)) == sorted(digits - {a, b, c, d, e, f}) \
                    and a + e + i == 15 and c + e + g == 15:
                yield [(a, b, c), (d, e, f), (g, h, i)]

squares = magic_squares()
first_square = next(squares)
for row in first_square:
    print(" ".join(map(str, row)))
print("total 3x3 magic squares:", 1 + sum(1 for _ in squares))
