# Card deck as a sequence (Fluent Python style) with namedtuple cards and seeded shuffling
import collections
import random

Card = collections.namedtuple("Card", ["rank", "suit"])


class FrenchDeck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "spades diamonds clubs hearts".split()

    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, position):
        return self._cards[position]

    def __setitem__(self, position, value):
        self._cards[position] = value


suit_values = dict(spades=3, hearts=2, diamonds=1, clubs=0)


def spades_high(card):
    rank_value = FrenchDeck.ranks.index(card.rank)
    return rank_value * len(suit_values) + suit_values[card.suit]


deck = FrenchDeck()
print(len(deck), deck[0], deck[-1])
print(deck[:3])
print(deck[12::13])
print(Card("Q", "hearts") in deck, Card("7", "beasts") in deck)
print([c.rank for c in reversed(deck[:5])])
print(sorted(deck, key=spades_high)[:3])
rng = random.Random(42)
rng.shuffle(deck)
hand = deck[:5]
print("hand:", [f"{c.rank}{c.suit[0].upper()}" for c in hand])
print("best:", max(hand, key=spades_high))
counts = collections.Counter(c.suit for c in deck[:13])
print(sorted(counts.items()))
print(rng.choice(deck), len(deck))
