# Floats in format specs and %-formatting.
x = 3.14159265
print("%.2f" % x, "%8.3f|" % x, "%-8.1f|" % x, "%e" % x, "%g" % x)
print(f"{x:.3f} {x:10.2f}| {x:<10.1f}| {x:^10.1f}| {x:+.2f}")
print(f"{1234567.891:,.2f} {0.25:.0%} {1e-7:g} {1e20:g}")
print("{:.1f} {:.0f} {:.0f} {:.0f}".format(2.25, 0.5, 1.5, 2.5))
print(f"{7:05d} {7:5d}| {-7:05d} {255:x} {255:X} {255:o} {5:b} {255:#x}")
print(format(3.5, ".2f"), format(42, "08b"), format(1.0, "e"))
print(str(0.1), repr(0.1), 1/7)
print(f"{10/3}", f"{10/3!r}", f"{2.0}", f"{100.0}")
