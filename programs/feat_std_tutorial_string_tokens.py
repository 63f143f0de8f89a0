# A generator tokenizer from a parsing tutorial: it classifies characters with the string
# module's constants and yields tokens lazily; a second generator filters and upper-cases names
# with string.capwords, and the consumer pulls both one token at a time.
import string


def tokens(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c in string.whitespace:
            i += 1
            continue
        start = i
        if c in string.digits:
            while i < len(text) and text[i] in string.digits:
                i += 1
            yield ('NUMBER', int(text[start:i]))
        elif c in string.ascii_letters + '_':
            while i < len(text) and text[i] in string.ascii_letters + string.digits + '_':
                i += 1
            yield ('NAME', text[start:i])
        elif c in string.punctuation:
            i += 1
            yield ('OP', c)
        else:
            raise SyntaxError(f'bad character {c!r} at {i}')


def names(toks):
    for kind, value in toks:
        if kind == 'NAME':
            yield string.capwords(value.replace('_', ' '))


src = 'total_sum = price * 12 + tax_rate\t/ (1+x)'
for tok in tokens(src):
    print(tok)
print(list(names(tokens(src))))
try:
    list(tokens('a = 3 € 4'))
except SyntaxError as e:
    print('SyntaxError:', e)
