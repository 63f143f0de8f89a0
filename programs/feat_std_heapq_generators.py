# heapq over generators: merge pulls lazily from each input (see the timeline), nsmallest and
# nlargest consume an iterator; the C functions reject what is not a list.
import heapq
def evens(n):
    for i in range(0, n, 2):
        print('evens gives', i)
        yield i
def odds(n):
    for i in range(1, n, 2):
        yield i
    return 'odds done'
for v in heapq.merge(evens(6), odds(6)):
    print('merged', v)
print(heapq.nsmallest(2, evens(8)))
print(heapq.nlargest(2, odds(8), key=lambda v: -v))
heapq.heapify(tuple(odds(3)))
