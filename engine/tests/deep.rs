//! Deep nesting never crashes (issue 4): tuples, lists and dicts nested far deeper than any
//! recursion limit are built, hashed, compared, shown and freed without overflowing the Rust
//! stack. Each program runs on a thread with a 512 KiB stack, half of what the browser gives
//! the whole engine (the main thread natively has 8 MiB, which would hide an overflow).

use coroscope_engine::{run_source, RunOptions};

/// A stack smaller than the browser's: what passes here passes in the page.
const SMALL_STACK: usize = 512 * 1024;

/// Run `src` on a small stack: (stdout, stderr, exit code).
fn run_small(src: &str) -> (String, String, i32) {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let options = RunOptions {
                step_budget: 200_000_000,
                ..Default::default()
            };
            let out = run_source("x.py", &src, &options);
            (out.stdout, out.stderr, out.exit_code)
        })
        .expect("spawn a test thread")
        .join()
        .expect("the program ran without overflowing the stack")
}

/// Builders for 100,000-deep structures: `t` a tuple, `l` a list, `d` a dict, and a second
/// copy of each (`t2`, `l2`, `d2`) made separately, so comparing them walks the whole depth.
const DEEP: &str = "
t = ()
t2 = ()
for i in range(100000):
    t = (t,)
    t2 = (t2,)
l = []
l2 = []
for i in range(100000):
    l = [l]
    l2 = [l2]
d = {}
d2 = {}
for i in range(100000):
    d = {'a': d}
    d2 = {'a': d2}
";

fn run_deep(body: &str) -> (String, String, i32) {
    run_small(&format!("{DEEP}{body}"))
}

#[test]
fn deep_values_are_built_and_freed() {
    let got = run_deep("t = t2 = l = l2 = d = d2 = None\nprint('freed')\n");
    assert_eq!(got, ("freed\n".to_string(), String::new(), 0));
}

#[test]
fn deep_tuple_is_a_dict_key() {
    let got = run_deep("k = {t: 1}\nprint(len(k), k[t], t in k, hash(t) == hash(t2))\n");
    assert_eq!(got, ("1 1 True True\n".to_string(), String::new(), 0));
}

#[test]
fn deep_tuple_has_an_id() {
    let got = run_deep("print(id(t) == id(t), id(t) == id((t,)), id((1, 2)) == id((3, 4)))\n");
    assert_eq!(got, ("True False False\n".to_string(), String::new(), 0));
}

/// `label: result` or `label: RecursionError: message` for each expression, one per line.
fn attempts(exprs: &[&str]) -> String {
    let mut src = String::from(
        "def attempt(label, thunk):\n    try:\n        print(label, thunk())\n    except RecursionError as e:\n        print(label, 'RecursionError:', e)\n",
    );
    for e in exprs {
        src.push_str(&format!("attempt({e:?}, lambda: {e})\n"));
    }
    src
}

const REPR_ERROR: &str =
    "RecursionError: maximum recursion depth exceeded while getting the repr of an object";
const COMPARE_ERROR: &str = "RecursionError: maximum recursion depth exceeded in comparison";

#[test]
fn deep_values_raise_recursion_error_when_shown() {
    let exprs = [
        "repr(t)",
        "str(t)",
        "f'{t}'",
        "'{}'.format(t)",
        "'%s' % (t,)",
        "repr(l)",
        "str([l])",
        "repr(d)",
        "format(d)",
    ];
    let got = run_deep(&attempts(&exprs));
    let want: String = exprs
        .iter()
        .map(|e| format!("{e} {REPR_ERROR}\n"))
        .collect();
    assert_eq!(got, (want, String::new(), 0));
}

#[test]
fn deep_values_raise_recursion_error_when_compared() {
    let exprs = [
        "t == t2",
        "t != t2",
        "t < t2",
        "t >= t2",
        "t in [t2]",
        "[t2].count(t)",
        "(t2,).index(t)",
        "l == l2",
        "l < l2",
        "l in [l2]",
        "d == d2",
        "d in [d2]",
    ];
    let got = run_deep(&attempts(&exprs));
    let want: String = exprs
        .iter()
        .map(|e| format!("{e} {COMPARE_ERROR}\n"))
        .collect();
    assert_eq!(got, (want, String::new(), 0));
}

#[test]
fn identical_deep_values_compare_without_walking() {
    let got = run_deep(&attempts(&["t == t", "t in [t]", "l == l", "[t].count(t)"]));
    let want = "t == t True\nt in [t] True\nl == l True\n[t].count(t) 1\n";
    assert_eq!(got, (want.to_string(), String::new(), 0));
}

/// A tuple inside a bound method inside a tuple …: methods nest too.
#[test]
fn deep_bound_methods_are_hashed_and_freed() {
    let src = "m = ()\nfor i in range(100000):\n    m = (m.count,)\nprint(hash(m) == hash(m), len({m: 1}))\nm = None\nprint('freed')\n";
    let got = run_small(src);
    assert_eq!(got, ("True 1\nfreed\n".to_string(), String::new(), 0));
}

/// CPython's own limits at the top level of a module (recursion limit 1000, one frame): a repr
/// fails from 998 nested tuples; `==` from 1000 nested tuples (their innermost `()` are the
/// same object) and from 999 nested lists.
#[test]
fn limits_are_cpythons_at_the_top_level() {
    let src = "
def tup(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t
def lst(n):
    l = []
    for i in range(n):
        l = [l]
    return l
a = tup(997)
print(len(repr(a)))
a = tup(998)
try:
    repr(a)
except RecursionError as e:
    print(998, e)
a, b = tup(999), tup(999)
print(a == b, a < b)
a, b = tup(1000), tup(1000)
try:
    a == b
except RecursionError as e:
    print(1000, e)
a, b = lst(998), lst(998)
print(a == b)
a, b = lst(999), lst(999)
try:
    a == b
except RecursionError as e:
    print(999, e)
";
    let want = "2993\n998 maximum recursion depth exceeded while getting the repr of an object\nTrue False\n1000 maximum recursion depth exceeded in comparison\nTrue\n999 maximum recursion depth exceeded in comparison\n";
    assert_eq!(run_small(src), (want.to_string(), String::new(), 0));
}

/// A generator held only through a deeply nested tuple is closed when the tuple goes.
#[test]
fn generator_inside_a_deep_tuple_is_closed_when_freed() {
    let src = "
def worker():
    try:
        yield 'working'
    finally:
        print('closed')
w = worker()
print(next(w))
t = (w,)
for i in range(100000):
    t = (t,)
del w
print('dropped the name')
t = None
print('after')
";
    let want = "working\ndropped the name\nclosed\nafter\n";
    assert_eq!(run_small(src), (want.to_string(), String::new(), 0));
}

/// A chain of 100,000 exceptions, each raised `from` the one before: the traceback lists them
/// all (CPython 3.11 crashes on this one; it prints such a chain of 900 the same way).
#[test]
fn long_exception_chain_is_printed() {
    let src = "
prev = None
for i in range(100000):
    try:
        raise ValueError(i) from prev
    except ValueError as e:
        prev = e
raise prev
";
    let (stdout, stderr, code) = run_small(src);
    assert_eq!((stdout.as_str(), code), ("", 1));
    let links = "The above exception was the direct cause of the following exception:";
    assert_eq!(stderr.matches(links).count(), 99_999);
    assert!(stderr.starts_with("Traceback (most recent call last):\n"));
    assert!(
        stderr.ends_with("ValueError: 99999\n"),
        "{}",
        &stderr[stderr.len() - 200..]
    );
}

/// `except` takes an exception class or a flat tuple of them (CPython refuses a tuple inside);
/// `isinstance` walks nested tuples with a work list and stops at the recursion limit.
#[test]
fn nested_class_tuples() {
    let src = "
for spec in [((KeyError,),), (KeyError, 5)]:
    try:
        try:
            raise KeyError
        except spec:
            print('caught')
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(1, (str, (int,))), isinstance(1, (int, 5)))
t = (int,)
for i in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print('RecursionError:', e)
";
    let want = "TypeError: catching classes that do not inherit from BaseException is not allowed
TypeError: catching classes that do not inherit from BaseException is not allowed
True True
RecursionError: maximum recursion depth exceeded in __instancecheck__
";
    assert_eq!(run_small(src), (want.to_string(), String::new(), 0));
}

/// The page's session on a deep value: the frames panel shows it (cut), the fingerprint and
/// stepping back and forth (checkpoint copies share the tuple; dropping a copy frees nothing
/// twice) all stay off the Rust stack.
#[test]
fn session_shows_and_seeks_through_deep_values() {
    use coroscope_engine::session::Session;
    let got = std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(|| {
            let src =
                "def build():\n    t = ()\n    for i in range(100000):\n        t = (t,)\n    \
                       t = None\n    return 'built'\nprint(build())\n";
            let options = RunOptions {
                record_steps: true,
                ..Default::default()
            };
            let mut s = Session::new("x.py", src, options).expect("compiles");
            s.run_to_end();
            let end = s.step_index();
            // Back before `t = None`, then forward to the first step that shows `t` deep.
            s.seek(end - 30);
            let mut shown = None;
            while shown.is_none() && !s.is_finished() {
                s.run(1);
                let frames = s.frames_now();
                shown = frames
                    .iter()
                    .flat_map(|lane| &lane.frames)
                    .flat_map(|f| &f.locals)
                    .find(|(name, repr)| name == "t" && repr.starts_with("(((((("))
                    .map(|(_, repr)| repr.len());
            }
            let fingerprint_len = s.fingerprint().len();
            s.seek(100);
            s.seek(end);
            (shown.is_some(), fingerprint_len > 0, s.outcome().stdout)
        })
        .expect("spawn a test thread")
        .join()
        .expect("the session ran without overflowing the stack");
    assert_eq!(got, (true, true, "built\n".to_string()));
}

/// An instance with a Python `__repr__` deep inside containers is shown with it at any depth
/// CPython shows it (the check for one walks a work list; the prelude's repr takes one frame a
/// level); past the recursion limit, CPython's `RecursionError`.
#[test]
fn python_repr_deep_inside_containers() {
    let src = "
class A:
    def __repr__(self):
        return 'A!'
for n in (60, 600, 100000):
    l = A()
    for i in range(n):
        l = [l]
    try:
        print(n, len(repr(l)), repr(l)[n - 2:n + 4])
    except RecursionError as e:
        print(n, 'RecursionError:', e)
";
    let want = "60 122 [[A!]]\n600 1202 [[A!]]\n100000 RecursionError: maximum recursion depth exceeded while getting the repr of an object\n";
    assert_eq!(run_small(src), (want.to_string(), String::new(), 0));
}

/// Exceptions whose arguments are deep: `str` follows a chain of exceptions (each the argument
/// of the next) in a loop; a traceback that cannot show the message says so, as CPython does.
#[test]
fn exceptions_with_deep_arguments() {
    let src = "
e = ValueError('inner')
for i in range(100000):
    e = ValueError(e)
try:
    print(str(e))
except RecursionError as r:
    print('str:', r)
try:
    print(repr(e))
except RecursionError as r:
    print('repr:', r)
e = ValueError('inner')
for i in range(500):
    e = ValueError(e)
print(str(e), str(OSError(2, OSError(3, 'x'))), str(KeyError('k')), str(ValueError(1, 2)))
t = ()
for i in range(100000):
    t = (t,)
raise KeyError(t)
";
    let want_out = "str: maximum recursion depth exceeded while getting the str of an object
repr: maximum recursion depth exceeded while getting the repr of an object
inner [Errno 2] [Errno 3] x 'k' (1, 2)
";
    let want_err = "Traceback (most recent call last):
  File \"x.py\", line 20, in <module>
    raise KeyError(t)
KeyError: <exception str() failed>
";
    assert_eq!(
        run_small(src),
        (want_out.to_string(), want_err.to_string(), 1)
    );
}

/// A class method made of a bound method, 100,000 times over: each is a method whose function
/// is the one before. Calling, showing, hashing and freeing it unwrap the chain in loops (CPython
/// 3.11 crashes on this one; with 1,000 levels it prints the same).
#[test]
fn methods_of_methods() {
    let src = "
class C:
    pass
def f(*args):
    return len(args)
m = f
for i in range(100000):
    C.m = classmethod(m)
    m = C.m
print(type(m).__name__, m(), repr(m)[:30], len({m: 1}))
m = None
C.m = None
print('freed')
";
    let want = "method 100000 <bound method f of <class '__m 1\nfreed\n";
    assert_eq!(run_small(src), (want.to_string(), String::new(), 0));
}
