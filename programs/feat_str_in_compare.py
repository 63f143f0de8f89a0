# Membership, comparison and iteration over strings.
word = "greenlet"
for ch in "ge":
    print(ch, ch in word, word.count(ch))
vowels = 0
for ch in word:
    if ch in "aeiou":
        vowels += 1
print("vowels:", vowels)
print(word == "greenlet", word is not None, word != "gevent")
print(word.upper().lower() == word, word[0].upper() + word[1:])
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(words), sorted(words, key=len), max(words, key=len))
print(" ".join(w[::-1] for w in words))
print(str(123) + "4", int("12") + 3, "5" * 3, str(True), str(None))
print(bool(""), bool("0"), "" or "default", "x" and "y")
