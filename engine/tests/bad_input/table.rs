//! The bad-input table (issue 4): what a student may paste or type, each with the exact text
//! they see. Shared by `engine/tests/bad_input.rs` (through `run_source` and the `coroscope`
//! binary) and `tests/web_bad_input.rs` (pasted into the page's editor and run there), which
//! include this file as a module. Plain data: no dependency on the engine.
//!
//! Rows marked "CPython" were recorded from CPython 3.11 (`python3 x.py`, the path shortened to
//! `x.py`, as the engine names the file); "engine" marks coroscope's own messages: features it
//! does not run yet, built-ins it has no stand-in for, and the budgets and caps of RELIABILITY.md
//! (where CPython would eat the machine's memory or loop for ever).
//!
//! Inputs that need more than exact text live as tests of their own in `bad_input.rs`, CLI only:
//! a list growing for ever (its line depends on where the memory check falls), a flood of output
//! (`engine/tests/output.rs`; the page's console in `tests/web_bad_input.rs`), a 1 MB source (a
//! timing test; a paste that size is the editor's test in `tests/web.rs`), a file that is not
//! UTF-8 (a textarea only holds text) and the fuzzers' regression inputs.
#![allow(dead_code)] // each including test reads the fields it needs

/// Where a row's text is seen the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The page shows the same text: its console the stdout then the stderr (the file named as
    /// the editor names it), `[exit code N]` under it; for a syntax error, also the line and
    /// column in the narration and the line marked in the source.
    Same,
    /// The step budget stops the program. The page stops at the same step too, but says it in
    /// its own words ("Stopped after N steps: the program may loop forever.") with a Continue
    /// button, as the program has not ended.
    Paused,
    /// Not run in the page, for this reason.
    CliOnly(&'static str),
}

/// One bad input and what the user sees.
#[derive(Clone, Debug)]
pub struct Row {
    pub name: &'static str,
    /// "CPython" (recorded from it) or "engine" (coroscope's own text).
    pub origin: &'static str,
    pub source: String,
    /// The step budget it runs with.
    pub budget: u64,
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    pub page: Page,
}

/// `row(name, origin, source, step budget, stdout, stderr, exit code)`.
fn row(
    name: &'static str,
    origin: &'static str,
    source: &str,
    budget: u64,
    stdout: &str,
    stderr: &str,
    exit_code: i32,
) -> Row {
    Row {
        name,
        origin,
        source: source.to_owned(),
        budget,
        stdout: stdout.to_owned(),
        stderr: stderr.to_owned(),
        exit_code,
        page: if budget < 200_000_000 {
            Page::Paused
        } else {
            Page::Same
        },
    }
}

impl Row {
    /// Mark the row as not run in the page, and say why.
    fn cli_only(mut self, reason: &'static str) -> Row {
        self.page = Page::CliOnly(reason);
        self
    }
}

/// Every row of the table.
pub fn rows() -> Vec<Row> {
    vec![
        // ---- Syntax errors, with line and column

        row(
            "syntax_never_closed",
            "CPython",
            "x = (1,\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
            1
        ),
        row(
            "syntax_bracket_never_closed",
            "CPython",
            "x = [1, 2\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n",
            1
        ),
        row(
            "syntax_invalid_def",
            "CPython",
            "def f(:\n    pass\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
            1
        ),
        row(
            "syntax_expected_colon",
            "CPython",
            "for x in range(3)\n    pass\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    for x in range(3)\n                     ^\nSyntaxError: expected ':'\n",
            1
        ),
        row(
            "syntax_unterminated_string",
            "CPython",
            "print('abc)\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    print('abc)\n          ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
            1
        ),
        row(
            "syntax_unterminated_triple_quote",
            "CPython",
            "x = 1\ns = \"\"\"abc\nprint(s)\n",
            200_000_000,
            "",
            "  File \"x.py\", line 2\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n",
            1
        ),
        row(
            "syntax_print_statement",
            "CPython",
            "print 'hi'\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    print 'hi'\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n",
            1
        ),
        row(
            "syntax_return_outside_function",
            "CPython",
            "return 5\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n",
            1
        ),
        row(
            "syntax_break_outside_loop",
            "CPython",
            "x = 1\nbreak\n",
            200_000_000,
            "",
            "  File \"x.py\", line 2\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n",
            1
        ),
        row(
            "syntax_delete_call",
            "CPython",
            "del f()\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n",
            1
        ),
        row(
            "syntax_assign_to_literal",
            "CPython",
            "1 = x\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n",
            1
        ),
        row(
            "syntax_missing_comma",
            "CPython",
            "x = [1 2]\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    x = [1 2]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
            1
        ),
        row(
            "syntax_unmatched_paren",
            "CPython",
            "x = 1)\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n",
            1
        ),
        row(
            "syntax_if_without_else",
            "CPython",
            "x = 1 if 2\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    x = 1 if 2\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n",
            1
        ),
        row(
            "syntax_unparenthesized_generator",
            "CPython",
            "f(x for x in y, 1)\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n",
            1
        ),
        row(
            "syntax_half_finished_call",
            "CPython",
            "print(\"hello\",\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    print(\"hello\",\n         ^\nSyntaxError: '(' was never closed\n",
            1
        ),
        row(
            "syntax_too_many_parentheses",
            "CPython",
            &format!("x = {}1{}\n", "(".repeat(300), ")".repeat(300)),
            200_000_000,
            "",
            &format!(
                "  File \"x.py\", line 1\n    x = {}1{}\n    {}^\nSyntaxError: too many nested parentheses\n",
                "(".repeat(300),
                ")".repeat(300),
                " ".repeat(204)
            ),
            1
        ),
        row(
            "indent_expected_block",
            "CPython",
            "if True:\nprint(1)\n",
            200_000_000,
            "",
            "  File \"x.py\", line 2\n    print(1)\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n",
            1
        ),
        row(
            "indent_expected_block_at_end",
            "CPython",
            "def f():\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    def f():\nIndentationError: expected an indented block after function definition on line 1\n",
            1
        ),
        row(
            "indent_unexpected",
            "CPython",
            "x = 1\n  y = 2\n",
            200_000_000,
            "",
            "  File \"x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n",
            1
        ),
        row(
            "indent_unindent_mismatch",
            "CPython",
            "if 1:\n    x = 1\n  y = 2\n",
            200_000_000,
            "",
            "  File \"x.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
            1
        ),
        row(
            "indent_tabs_and_spaces",
            "CPython",
            "def f():\n\tif 1:\n        pass\n",
            200_000_000,
            "",
            "  File \"x.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n",
            1
        ),

        // ---- Valid Python the engine does not run yet: named, with where it is

        row(
            "unsupported_async_def",
            "engine",
            "x = 1\nasync def f():\n    pass\n",
            200_000_000,
            "",
            "  File \"x.py\", line 2\n    async def f():\n    ^^^^^^^^^^^^^^\nNotImplementedError: not supported yet: async functions (async def)\n",
            1
        ),
        row(
            "unsupported_builtin_subclass",
            "engine",
            "class Tasks(dict):\n    pass\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    class Tasks(dict):\nNotImplementedError: not supported yet: subclasses of the built-in type 'dict'\n",
            1
        ),
        row(
            "unsupported_match",
            "engine",
            "x = 1\nmatch x:\n    case 1:\n        pass\n",
            200_000_000,
            "",
            "  File \"x.py\", line 2\n    match x:\n    ^^^^^^^^\nNotImplementedError: not supported yet: match statements\n",
            1
        ),
        row(
            "unsupported_complex",
            "engine",
            "print(2 + 3j)\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    print(2 + 3j)\n              ^^\nNotImplementedError: not supported yet: complex numbers\n",
            1
        ),
        row(
            "unsupported_relative_import",
            "engine",
            "from . import x\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    from . import x\n    ^^^^^^^^^^^^^^^\nNotImplementedError: not supported yet: relative imports (from . import \u{2026})\n",
            1
        ),
        row(
            "unsupported_except_star",
            "engine",
            "try:\n    pass\nexcept* ValueError:\n    pass\n",
            200_000_000,
            "",
            "  File \"x.py\", line 1\n    try:\n    ^^^^\nNotImplementedError: not supported yet: except* (exception groups)\n",
            1
        ),

        // ---- Each exception type the engine raises

        row(
            "exc_zero_division",
            "CPython",
            "print(1 / 0)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    print(1 / 0)\n          ~~^~~\nZeroDivisionError: division by zero\n",
            1
        ),
        row(
            "exc_name",
            "CPython",
            "print(undefined_name)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    print(undefined_name)\n          ^^^^^^^^^^^^^^\nNameError: name 'undefined_name' is not defined\n",
            1
        ),
        row(
            "exc_type",
            "CPython",
            "x = 'a' + 1\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    x = 'a' + 1\n        ~~~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n",
            1
        ),
        row(
            "exc_value",
            "CPython",
            "int('abc')\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    int('abc')\nValueError: invalid literal for int() with base 10: 'abc'\n",
            1
        ),
        row(
            "exc_index",
            "CPython",
            "items = [1, 2]\nprint(items[5])\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    print(items[5])\n          ~~~~~^^^\nIndexError: list index out of range\n",
            1
        ),
        row(
            "exc_key",
            "CPython",
            "d = {}\nd['k']\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    d['k']\n    ~^^^^^\nKeyError: 'k'\n",
            1
        ),
        row(
            "exc_attribute",
            "CPython",
            "x = None\nx.foo()\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    x.foo()\n    ^^^^^\nAttributeError: 'NoneType' object has no attribute 'foo'\n",
            1
        ),
        row(
            "exc_unbound_local",
            "CPython",
            "x = 0\ndef f():\n    print(x)\n    x = 1\nf()\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 5, in <module>\n    f()\n  File \"x.py\", line 3, in f\n    print(x)\n          ^\nUnboundLocalError: cannot access local variable 'x' where it is not associated with a value\n",
            1
        ),
        row(
            "exc_stop_iteration",
            "CPython",
            "next(iter([]))\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    next(iter([]))\nStopIteration\n",
            1
        ),
        row(
            "exc_assertion",
            "CPython",
            "assert False, 'no'\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    assert False, 'no'\nAssertionError: no\n",
            1
        ),
        row(
            "exc_module_not_found",
            "CPython",
            "import numpy\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    import numpy\nModuleNotFoundError: No module named 'numpy'\n",
            1
        ),
        row(
            "exc_import",
            "engine",
            "from math import nothing\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    from math import nothing\nImportError: cannot import name 'nothing' from 'math' (unknown location)\n",
            1
        ),
        row(
            "exc_overflow",
            "CPython",
            "float(10 ** 400)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    float(10 ** 400)\nOverflowError: int too large to convert to float\n",
            1
        ),
        row(
            "exc_unicode_decode",
            "CPython",
            "b'\\xff'.decode()\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    b'\\xff'.decode()\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n",
            1
        ),
        row(
            "exc_generator_running",
            "CPython",
            "def g():\n    yield next(it)\nit = g()\nnext(it)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 4, in <module>\n    next(it)\n  File \"x.py\", line 2, in g\n    yield next(it)\n          ^^^^^^^^\nValueError: generator already executing\n",
            1
        ),
        row(
            "exc_recursion",
            "CPython",
            "def f(n):\n    return f(n + 1)\nf(0)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    f(0)\n  File \"x.py\", line 2, in f\n    return f(n + 1)\n           ^^^^^^^^\n  File \"x.py\", line 2, in f\n    return f(n + 1)\n           ^^^^^^^^\n  File \"x.py\", line 2, in f\n    return f(n + 1)\n           ^^^^^^^^\n  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n",
            1
        ),
        row(
            "exc_recursion_repr",
            "CPython",
            "a = []\nfor i in range(100000):\n    a = [a]\nprint(a)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 4, in <module>\n    print(a)\nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n",
            1
        ),
        row(
            "exc_recursion_compare",
            "CPython",
            "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 6, in <module>\n    print(a == b)\n          ^^^^^^\nRecursionError: maximum recursion depth exceeded in comparison\n",
            1
        ),
        // Tuples nested 100,000 deep are built, hashed and freed without recursion (issue 4).
        row(
            "deep_tuple_dict_key",
            "CPython",
            "t = ()\nfor i in range(100000):\n    t = (t,)\nd = {t: 1}\nprint(len(d))\n",
            200_000_000,
            "1\n",
            "",
            0
        ),
        row(
            "deep_tuple_repr",
            "CPython",
            "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(t)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 4, in <module>\n    print(t)\nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n",
            1
        ),
        row(
            "deep_tuple_compare",
            "CPython",
            "a = ()\nb = ()\nfor i in range(100000):\n    a = (a,)\n    b = (b,)\nprint(a < b)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 6, in <module>\n    print(a < b)\n          ^^^^^\nRecursionError: maximum recursion depth exceeded in comparison\n",
            1
        ),
        row(
            "exc_system_exit",
            "CPython",
            "import sys\nprint('bye')\nsys.exit(3)\n",
            200_000_000,
            "bye\n",
            "",
            3
        ),
        row(
            "exc_raise_custom",
            "CPython",
            "class Oops(Exception):\n    pass\nraise Oops('cut in half')\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    raise Oops('cut in half')\nOops: cut in half\n",
            1
        ),
        row(
            "exc_type_item_assignment",
            "CPython",
            "s = 'abc'\ns[0] = 'x'\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    s[0] = 'x'\n    ~^^^\nTypeError: 'str' object does not support item assignment\n",
            1
        ),
        row(
            "exc_value_sleep",
            "CPython",
            "import time\ntime.sleep(-1)\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    time.sleep(-1)\nValueError: sleep length must be non-negative\n",
            1
        ),
        row(
            "exc_connection_refused",
            "CPython",
            "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 9))\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    s.connect(('127.0.0.1', 9))\nConnectionRefusedError: [Errno 111] Connection refused\n",
            1
        ),
        row(
            "exc_not_available_open",
            "engine",
            "open('notes.txt')\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    open('notes.txt')\nNotImplementedError: this built-in is not available in coroscope\n",
            1
        ),
        row(
            "exc_not_available_input",
            "engine",
            "name = input()\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    name = input()\n           ^^^^^^^\nNotImplementedError: this built-in is not available in coroscope\n",
            1
        ),

        // ---- Budgets and caps

        row(
            "memory_list_repeat",
            "engine",
            "[0] * 10**9\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    [0] * 10**9\n    ~~~~^~~~~~~\nMemoryError\n",
            1
        ),
        row(
            "memory_string_doubling",
            "engine",
            "s = 'a'\nwhile True:\n    s = s + s\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    s = s + s\n        ~~^~~\nMemoryError\n",
            1
        ),
        row(
            "memory_big_power",
            "engine",
            "x = 2 ** 10**9\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    x = 2 ** 10**9\n        ~~^^~~~~~~\nMemoryError\n",
            1
        ),
        row(
            "memory_wide_repr",
            "engine",
            "a = []\nfor i in range(40):\n    a = [a, a]\nprint(len(repr(a)))\n",
            200_000_000,
            "",
            "Traceback (most recent call last):\n  File \"x.py\", line 4, in <module>\n    print(len(repr(a)))\n              ^^^^^^^\nMemoryError\n",
            1
        ),
        row(
            "budget_endless_loop",
            "engine",
            "while True:\n    pass\n",
            1_000_000,
            "",
            "coroscope: stopped after 1000000 steps (the step budget); the program may loop forever\n",
            1
        ),
        row(
            "budget_endless_greenlets",
            "engine",
            "from greenlet import greenlet\ndef ping():\n    while True:\n        b.switch()\ndef pong():\n    while True:\n        a.switch()\na = greenlet(ping)\nb = greenlet(pong)\na.switch()\n",
            1_000_000,
            "",
            "coroscope: stopped after 1000000 steps (the step budget); the program may loop forever\n",
            1
        ),

        // ---- Odd programs

        row("no_output", "CPython", "x = 1\n", 200_000_000, "", "", 0),
        row("empty_file", "CPython", "", 200_000_000, "", "", 0),
        row(
            "only_comments",
            "CPython",
            "# nothing here\n\n",
            200_000_000,
            "",
            "",
            0
        ),
        row(
            "crlf_line_ends",
            "CPython",
            "print(1)\r\nprint(2)\r\n",
            200_000_000,
            "1\n2\n",
            "",
            0
        ),
        // ---- A class's own __eq__ that changes or searches the dict it is looked up in: the
        // look-up never panics nor loops for ever. CPython restarts a look-up whose dict changed,
        // so it loops for ever on the first one; the engine goes on with the keys it had found.
        row(
            "eq_clears_the_dict_it_searches",
            "engine",
            "d = {}\nclass K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, other):\n        d.clear()\n        d[K()] = 'again'\n        return False\nd[K()] = 0\nprint(K() in d, len(d))\n",
            200_000_000,
            "False 1\n",
            "",
            0
        ),
        row(
            "eq_searches_the_same_dict",
            "CPython",
            "class K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, other):\n        return K() in d\nd = {K(): 0}\ntry:\n    K() in d\nexcept RecursionError:\n    print('RecursionError')\n",
            200_000_000,
            "RecursionError\n",
            "",
            0
        ),
        row(
            "eq_grows_the_set_it_searches",
            "CPython",
            "s = set()\nclass K:\n    n = 0\n    def __hash__(self):\n        return 0\n    def __eq__(self, other):\n        K.n += 1\n        s.add(K.n * 8)\n        return K.n > 100\ns.add(K())\nprint(K() in s, len(s))\n",
            200_000_000,
            "False 2\n",
            "",
            0
        ),
        row(
            "byte_order_mark",
            "CPython",
            "\u{feff}print('bom')\n",
            200_000_000,
            "bom\n",
            "",
            0
        ),
    ]
}
