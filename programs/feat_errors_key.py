# Uncaught KeyError from a dict lookup inside a function.
prices = {"apple": 3, "pear": 4}


def cost(item, n):
    return prices[item] * n


print(cost("apple", 2))
print(cost("mango", 1))
