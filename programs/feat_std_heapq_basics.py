# heapq: the list's order after every operation, as CPython's C heapq leaves it.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
    print('push', x, h)
print('pop', [heapq.heappop(h) for _ in range(3)], h)
print('replace', heapq.heapreplace(h, 4), h)
print('pushpop', heapq.heappushpop(h, 0), heapq.heappushpop(h, 6), h)
d = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(d)
print('heapify', d)

# Tuples: ties broken by the second item, the usual priority-queue idiom.
tasks = []
for prio, name in [(2, 'write'), (1, 'read'), (2, 'close'), (0, 'open')]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

data = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(1, data), heapq.nlargest(0, data), heapq.nsmallest(20, data))
print(heapq.nsmallest(2, iter('hello')), heapq.nlargest(2, ['aa', 'b', 'ccc', 'dd'], key=len))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data), key=lambda v: -v))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [], [0, 7])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge()))

# Errors: the list keeps what was appended before a comparison failed.
mixed = [1, 2]
try:
    heapq.heappush(mixed, 'a')
except TypeError as e:
    print('TypeError:', e, mixed)
for bad in [lambda: heapq.heappush((1,), 2), lambda: heapq.heapify('abc'),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(tasks, 3, 'job'),
            lambda: heapq.heappop(), lambda: heapq.heapify([], []),
            lambda: heapq.heappushpop(heap=[], item=1)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
heapq.heappop([])
