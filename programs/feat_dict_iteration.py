# Iterating over dicts, comprehensions, counting and grouping.
scores = {"li": 90, "wang": 75, "zhang": 82}
for name in scores:
    print(name, scores[name])
for name, s in scores.items():
    print(f"{name:>6}: {s}")
print({k: v for k, v in scores.items() if v >= 80})
print({v: k for k, v in scores.items()})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(sorted(scores), sorted(scores.items(), key=lambda kv: kv[1]))
print(max(scores, key=scores.get), sum(scores.values()))
nested = {"a": {"x": 1}, "b": {"y": 2}}
nested["a"]["z"] = 3
print(nested, nested["a"]["x"])
try:
    scores["nobody"]
except KeyError as e:
    print("KeyError", e, repr(e))
