# Print a leaderboard table with dynamic column widths, alignment and number formats
players = [
    {"name": "Zoë", "country": "NO", "games": 142, "wins": 97, "elo": 2412.6},
    {"name": "Mateus", "country": "BR", "games": 88, "wins": 51, "elo": 2288.1},
    {"name": "Aiko", "country": "JP", "games": 203, "wins": 150, "elo": 2501.0},
    {"name": "Lars-Erik", "country": "SE", "games": 12, "wins": 10, "elo": 2050.35},
    {"name": "Priyanka", "country": "IN", "games": 176, "wins": 101, "elo": 2390.9},
]

for p in players:
    p["rate"] = p["wins"] / p["games"]
players.sort(key=lambda p: p["elo"], reverse=True)

cols = [("#", ">"), ("name", "<"), ("country", "^"), ("games", ">"), ("wins", ">"), ("rate", ">"), ("elo", ">")]
cells = []
for i, p in enumerate(players, 1):
    cells.append([str(i), p["name"], p["country"], f"{p['games']:,}", str(p["wins"]),
                  f"{p['rate']:.1%}", f"{p['elo']:.1f}"])
widths = [max(len(h), *(len(r[j]) for r in cells)) for j, (h, _) in enumerate(cols)]

def line(values):
    return "| " + " | ".join(f"{v:{a}{w}}" for v, (_, a), w in zip(values, cols, widths)) + " |"

sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(line([h for h, _ in cols]))
print(sep.replace("-", "="))
for r in cells:
    print(line(r))
print(sep)
avg_elo = sum(p["elo"] for p in players) / len(players)
print(f"average elo {avg_elo:,.2f}; spread {players[0]['elo'] - players[-1]['elo']:.2f}")
print(f"{'centered':*^30}")
print(f"{12345.678:>+15,.2f}|{0.000123:.2e}|{255:#x}|{255:08b}|{7:03d}")
