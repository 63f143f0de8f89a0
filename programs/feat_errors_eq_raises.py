# An exception raised by __eq__ during a dict look-up comes out of the look-up, traceback and all.


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return self.n == other.m


table = {Key(1): 'one'}
print('looking up')
print(table[Key(1)])
