# An uncaught custom exception with a multi-line raise statement.
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(
            f"balance {balance} < {amount}"
        )
    return balance - amount


print(withdraw(100, 30))
print(withdraw(100, 300))
