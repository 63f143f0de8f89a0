# string: the character classes (their reprs and lengths) and capwords with and without sep.
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(string.capwords('hello   wORLD\tof  python '))
print(string.capwords('a-b-c--d', '-'), repr(string.capwords('')), string.capwords('x y', None))
word = 'Pa55-word!'
print([c for c in word if c in string.punctuation], sum(c in string.digits for c in word))
shift = string.ascii_lowercase[3:] + string.ascii_lowercase[:3]
print(''.join(shift[string.ascii_lowercase.index(c)] if c.isalpha() else c for c in 'attack at dawn'))
int(string.hexdigits)
