# Instances of a class with its own __hash__ and __eq__ in sets: duplicates by ==, and the
# set's order is CPython's (it follows the hashes __hash__ returns).


class Card:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank

    def __hash__(self):
        return hash(self.rank)

    def __repr__(self):
        return 'Card(%d)' % self.rank


hand = {Card(3), Card(3), Card(10), Card(1)}
print(len(hand), hand, Card(3) in hand, Card(4) in hand, Card(4) not in hand)
hand.add(Card(10))
hand.add(Card(7))
hand.discard(Card(1))
hand.remove(Card(3))
print(hand)
try:
    hand.remove(Card(99))
except KeyError:
    print('KeyError')
print({Card(i % 4) for i in range(10)})
print(set([Card(2), Card(2)]), frozenset([Card(5), Card(6), Card(5)]))

a = {Card(1), Card(2), Card(3)}
b = {Card(2), Card(3), Card(4)}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection([Card(1)]), a.difference(b), a.symmetric_difference(b))
print(a == {Card(3), Card(2), Card(1)}, a != b, {Card(2)} < a, a <= b, a >= {Card(1)})
print(a.issubset(a | b), a.issuperset({Card(2)}), a.isdisjoint({Card(8)}), a.isdisjoint([Card(1)]))
c = set(a)
c |= b
print(c)
c &= {Card(4), Card(1)}
print(c)
c -= {Card(4)}
print(c)
c ^= {Card(1), Card(5)}
print(c)
f = frozenset(a)
print(f | b, f & b, type(f - b).__name__)


class Sub(Card):
    pass


print(Sub(2) in a, {Sub(1), Card(1)})
print([Card(1), Card(2)].index(Card(2)), [Card(1), Card(1)].count(Card(1)), (Card(5),).index(Card(5)))
cards = [Card(1), Card(2)]
cards.remove(Card(1))
print(cards, [Card(2)] == cards, (Card(2),) == (Card(2),))


class Version:
    # Orders by __lt__: lists and tuples of them compare item by item, as CPython's do.
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return 'v%d' % self.n


print([Version(1), Version(2)] < [Version(1), Version(3)], (Version(2),) > (Version(1), Version(0)))
print(sorted([[Version(2)], [Version(1), Version(5)], [Version(1)]]))
print(frozenset(), frozenset([Version(1)]), {Version(3): 'c'} == {Version(3): 'c'})
frozen = frozenset([Version(1)])
frozen |= {Version(2)}
print(frozen, type(frozen).__name__)
