# The `if __name__ == '__main__':` idiom.
def main():
    print("running main()")
    return 0


print("module level, __name__ =", __name__)
if __name__ == '__main__':
    main()
else:
    print("imported")
if __name__ != "__main__":
    print("not main")
