# sort and sorted with key= and reverse=; sorting is stable.
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "fig", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
people = [{"name": "Li", "age": 30}, {"name": "Wang", "age": 25}, {"name": "Zhang", "age": 30}]
for p in sorted(people, key=lambda p: p["age"]):
    print(p["name"], p["age"])
r = nums.sort()
print(r, sorted([]), sorted((3, 1, 2)), sorted("cba"))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 2]))
