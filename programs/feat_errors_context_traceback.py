# An exception in an except block: "During handling of the above exception, another exception occurred:".
data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    print("handling")
    value = data["a"] / 0
