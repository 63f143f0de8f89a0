# Uncaught AttributeError on None, at the end of a method chain; carets point to the attribute.
config = {"name": "demo"}
user = config.get("user")
print("user is", user)
print(user.upper().strip())
