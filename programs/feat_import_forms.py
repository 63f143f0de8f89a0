# The import forms a student uses next to the article's code.
# Note: `from time import *` binds the name `time` to the function time.time; the later
# `import time` rebinds it to the module.
from time import *
import time
import sys
from greenlet import greenlet
from greenlet import getcurrent as current
import greenlet as gl_module

t0 = time.time()
t1 = monotonic()
print(type(t0).__name__, time.time() >= t0, type(t1).__name__)
print(callable(sleep), time.sleep is sleep)
time.sleep(0.01)
print(greenlet is gl_module.greenlet, current() is gl_module.getcurrent())
print(type(sys.argv).__name__, sys.argv[0].endswith("feat_import_forms.py"))
print(__name__)
import math
print(math.sqrt(16), math.pi, math.floor(-2.5), math.ceil(2.1), math.inf)
import random as _r
print(callable(_r.random))
