# Deal card hands with seeded shuffle and sample
import random

SUITS = "SHDC"
RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K", "A"]
deck = [r + s for s in SUITS for r in RANKS]

random.seed(12345)
random.shuffle(deck)
hands = {p: sorted(deck[i * 5:(i + 1) * 5]) for i, p in enumerate(["north", "east", "south", "west"])}
for player, hand in hands.items():
    print(f"{player:>6}: {' '.join(hand)}")
print("remaining cards:", len(deck) - 20)

random.seed(99)
print("sample of 5 from 1..49:", sorted(random.sample(range(1, 50), 6)))
print("sample from list:", random.sample(["ann", "ben", "cat", "dan", "eve", "fay"], k=3))
print("sample with counts:", random.sample(["red", "blue"], counts=[4, 2], k=5))

team = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]
random.seed(7)
random.shuffle(team)
print("pairings:", [tuple(team[i:i + 2]) for i in range(0, len(team), 2)])

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print("replay matches:", a == b, [round(x, 8) for x in a])
