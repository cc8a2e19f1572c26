# Use slicing with steps to sample, reverse and interleave time-series data
hours = list(range(24))
temps = [12, 11, 11, 10, 10, 10, 11, 13, 15, 17, 19, 21, 22, 23, 23, 22, 21, 19, 17, 16, 15, 14, 13, 12]

print("every 3rd hour:", hours[::3])
print("temps at those hours:", temps[::3])
print("last 4 hours reversed:", temps[:-5:-1])
print("afternoon (12-17):", temps[12:18])
print("odd hours from the end:", hours[-1::-2][:6])

day, night = temps[6:18], temps[18:] + temps[:6]
print(f"day avg {sum(day) / len(day):.2f}, night avg {sum(night) / len(night):.2f}")

evens, odds = temps[0::2], temps[1::2]
interleaved = [None] * len(temps)
interleaved[::2], interleaved[1::2] = evens, odds
print("interleave round-trip:", interleaved == temps)

s = "data-engineering"
print(s[::-1], s[5:], s[:4].upper(), s[::2])
matrix = [list(range(r * 4, r * 4 + 4)) for r in range(4)]
print("column 2:", [row[2] for row in matrix], "| reversed rows:", matrix[::-1][0])
buf = list(range(10))
del buf[::3]
print("after del [::3]:", buf)
buf[1:3] = ["a", "b", "c"]
print("after splice:", buf)
print("slice object:", slice(1, 10, 2).indices(6))
