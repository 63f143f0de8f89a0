print(1)
x = "ÿþ"
