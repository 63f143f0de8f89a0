//! Tests for `parse.rs` (the ruff → engine AST conversion and CPython-style syntax errors) and
//! `report.rs` (the stderr text). Expected errors were recorded from CPython 3.11.7, not guessed.

use super::*;
use crate::lang::report::render_error;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn ok(src: &str) -> Vec<Stmt> {
    match parse(src) {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?} should parse, got {e:?}"),
    }
}

fn one_expr(src: &str) -> Expr {
    match ok(src).into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("expected an expression statement, got {other:?}"),
    }
}

fn err(src: &str) -> FrontEndError {
    match parse(src) {
        Ok(m) => panic!("{src:?} should fail, parsed to {m:?}"),
        Err(e) => e,
    }
}

fn name(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Name(n) => n,
        other => panic!("expected a name, got {other:?}"),
    }
}

fn int(e: &Expr) -> BigInt {
    match &e.kind {
        ExprKind::Const(Constant::Int(i)) => i.clone(),
        other => panic!("expected an int, got {other:?}"),
    }
}

fn not_supported(src: &str) -> String {
    match err(src).kind {
        FrontEndErrorKind::NotSupported { feature } => feature,
        other => panic!("{src:?}: expected not supported, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Syntax errors, recorded from CPython 3.11
// ---------------------------------------------------------------------------------------------

// Recorded from CPython 3.11.7: each source was passed to compile() for the class, message and
// position (col = offset - 1; an unknown end is taken as the start), and written to x.py and run
// with `python3 x.py` for the stderr text (the path printed there replaced by "x.py").
// (name, source, class, message, line, col, end_line, end_col, stderr)
const SYNTAX_CASES: &[(&str, &str, &str, &str, u32, u32, u32, u32, &str)] = &[
    ("missing_colon_if", "if x\n    pass\n", "SyntaxError", "expected ':'", 1, 4, 1, 4, "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_def", "def f()\n    pass\n", "SyntaxError", "expected ':'", 1, 7, 1, 7, "  File \"x.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_class", "class A\n", "SyntaxError", "expected ':'", 1, 7, 1, 7, "  File \"x.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_for", "for x in y\n", "SyntaxError", "expected ':'", 1, 10, 1, 10, "  File \"x.py\", line 1\n    for x in y\n              ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_while", "while x\n", "SyntaxError", "expected ':'", 1, 7, 1, 7, "  File \"x.py\", line 1\n    while x\n           ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_trailing_space", "if x   \n", "SyntaxError", "expected ':'", 1, 7, 1, 7, "  File \"x.py\", line 1\n    if x   \n           ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_chinese", "if 你好\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5, "  File \"x.py\", line 1\n    if 你好\n             ^\nSyntaxError: expected ':'\n"),
    ("missing_colon_chinese_before", "s='你好'; y = 1\nif s\n", "SyntaxError", "expected ':'", 2, 4, 2, 4, "  File \"x.py\", line 2\n    if s\n        ^\nSyntaxError: expected ':'\n"),
    ("unclosed_paren", "f(1, 2\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 1, "  File \"x.py\", line 1\n    f(1, 2\n     ^\nSyntaxError: '(' was never closed\n"),
    ("unclosed_paren_multiline", "x = (1,\n2\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"),
    ("unclosed_bracket", "x = [1, 2\n", "SyntaxError", "'[' was never closed", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"),
    ("unclosed_brace", "x = {1: 2\n", "SyntaxError", "'{' was never closed", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = {1: 2\n        ^\nSyntaxError: '{' was never closed\n"),
    ("unclosed_innermost", "f((1, 2\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 2, "  File \"x.py\", line 1\n    f((1, 2\n      ^\nSyntaxError: '(' was never closed\n"),
    ("unclosed_beats_invalid", "x = 1 2 (\n", "SyntaxError", "'(' was never closed", 1, 8, 1, 8, "  File \"x.py\", line 1\n    x = 1 2 (\n            ^\nSyntaxError: '(' was never closed\n"),
    ("unclosed_chinese", "s='你好'; f(1, 2\n", "SyntaxError", "'(' was never closed", 1, 9, 1, 9, "  File \"x.py\", line 1\n    s='你好'; f(1, 2\n                 ^\nSyntaxError: '(' was never closed\n"),
    ("unmatched_close", "x = )\n", "SyntaxError", "unmatched ')'", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"),
    ("unmatched_close_line2", "x = 1\n)\n", "SyntaxError", "unmatched ')'", 2, 0, 2, 0, "  File \"x.py\", line 2\n    )\n    ^\nSyntaxError: unmatched ')'\n"),
    ("mismatched_close", "x = (]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 5, 1, 5, "  File \"x.py\", line 1\n    x = (]\n         ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n"),
    ("mismatched_close_2", "f([1, 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 7, 1, 7, "  File \"x.py\", line 1\n    f([1, 2)\n           ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n"),
    ("unexpected_indent", "  x = 1\n", "IndentationError", "unexpected indent", 1, 1, 1, 1, "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"),
    ("unexpected_indent_line2", "x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 3, 2, 3, "  File \"x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"),
    ("unexpected_indent_tab", "\tx = 1\n", "IndentationError", "unexpected indent", 1, 0, 1, 0, "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"),
    ("unexpected_indent_after_return", "def f(x):\n    return\n        x\n", "IndentationError", "unexpected indent", 3, 7, 3, 7, "  File \"x.py\", line 3\n    x\nIndentationError: unexpected indent\n"),
    ("block_if", "if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0, 2, 4, "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
    ("block_def", "def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 0, 2, 6, "  File \"x.py\", line 2\n    return\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"),
    ("block_while", "while 1:\nx\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 0, 2, 1, "  File \"x.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after 'while' statement on line 1\n"),
    ("block_for", "for i in x:\nx\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 0, 2, 1, "  File \"x.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"),
    ("block_try", "try:\nx\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 0, 2, 1, "  File \"x.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after 'try' statement on line 1\n"),
    ("block_except", "try:\n  x\nexcept:\nx\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 0, 4, 1, "  File \"x.py\", line 4\n    x\n    ^\nIndentationError: expected an indented block after 'except' statement on line 3\n"),
    ("block_except_as", "try:\n  x\nexcept E as e:\nx\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 0, 4, 1, "  File \"x.py\", line 4\n    x\n    ^\nIndentationError: expected an indented block after 'except' statement on line 3\n"),
    ("block_finally", "try:\n  x\nfinally:\nx\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 0, 4, 1, "  File \"x.py\", line 4\n    x\n    ^\nIndentationError: expected an indented block after 'finally' statement on line 3\n"),
    ("block_else", "if 1:\n  pass\nelse:\nx\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 0, 4, 1, "  File \"x.py\", line 4\n    x\n    ^\nIndentationError: expected an indented block after 'else' statement on line 3\n"),
    ("block_elif", "if 1:\n  pass\nelif 2:\nx\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 0, 4, 1, "  File \"x.py\", line 4\n    x\n    ^\nIndentationError: expected an indented block after 'elif' statement on line 3\n"),
    ("block_with", "with a:\nx\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 0, 2, 1, "  File \"x.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after 'with' statement on line 1\n"),
    ("block_class", "class A:\nx\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 0, 2, 1, "  File \"x.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after class definition on line 1\n"),
    ("block_decorated_def", "@d\ndef f():\nx\n", "IndentationError", "expected an indented block after function definition on line 2", 3, 0, 3, 1, "  File \"x.py\", line 3\n    x\n    ^\nIndentationError: expected an indented block after function definition on line 2\n"),
    ("block_at_eof", "x = 1\nif x:\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 2, 5, 2, 5, "  File \"x.py\", line 2\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 2\n"),
    ("unindent_mismatch", "if 1:\n    x\n  y\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, 3, "  File \"x.py\", line 3\n    y\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("unindent_mismatch_2", "if 1:\n        x\n    yyy = 3\n", "IndentationError", "unindent does not match any outer indentation level", 3, 11, 3, 11, "  File \"x.py\", line 3\n    yyy = 3\n           ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("unindent_mismatch_else", "if x:\n    pass\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 7, 3, 7, "  File \"x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("tab_error_1", "if x:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0, 3, 0, "  File \"x.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    ("tab_error_2", "if True:\n        x\n\ty\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0, 3, 0, "  File \"x.py\", line 3\n    y\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    ("invalid_syntax_eq_eq", "x = = 1\n", "SyntaxError", "invalid syntax", 1, 4, 1, 5, "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_dollar", "x $ y\n", "SyntaxError", "invalid syntax", 1, 2, 1, 3, "  File \"x.py\", line 1\n    x $ y\n      ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_def_paren", "def f(:\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7, "  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_two_names", "a b\n", "SyntaxError", "invalid syntax", 1, 2, 1, 3, "  File \"x.py\", line 1\n    a b\n      ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_trailing_plus", "x = 1 +\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7, "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_else", "else:\n", "SyntaxError", "invalid syntax", 1, 0, 1, 4, "  File \"x.py\", line 1\n    else:\n    ^^^^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_if_x_y", "if x y:\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6, "  File \"x.py\", line 1\n    if x y:\n         ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_import", "import\n", "SyntaxError", "invalid syntax", 1, 6, 1, 6, "  File \"x.py\", line 1\n    import\n          ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_chinese", "x = '你好' + 1 2\n", "SyntaxError", "invalid syntax", 1, 13, 1, 14, "  File \"x.py\", line 1\n    x = '你好' + 1 2\n                     ^\nSyntaxError: invalid syntax\n"),
    ("invalid_syntax_chinese_2", "s='你好'; if x\n", "SyntaxError", "invalid syntax", 1, 8, 1, 10, "  File \"x.py\", line 1\n    s='你好'; if x\n                ^^\nSyntaxError: invalid syntax\n"),
    ("unterminated_string", "x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    ("unterminated_string_dq", "x = \"abc\ny\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    ("unterminated_triple", "x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 1)\n"),
    ("unterminated_triple_later", "x = '''abc\n\n\ny\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 4)", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 4)\n"),
    ("unterminated_continued", "x = 'abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 4, 1, 4, "  File \"x.py\", line 1\n    x = 'abc\\\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n"),
    ("unterminated_chinese", "s='你好'; x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 12, 1, 12, "  File \"x.py\", line 1\n    s='你好'; x = 'abc\n                ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    ("assign_literal", "1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0, 1, 1, "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"),
    ("assign_call", "f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0, 1, 3, "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"),
    ("assign_expression", "x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0, 1, 5, "  File \"x.py\", line 1\n    x + 1 = 2\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
    ("assign_literal_in_tuple", "(a, 1) = 2\n", "SyntaxError", "cannot assign to literal", 1, 4, 1, 5, "  File \"x.py\", line 1\n    (a, 1) = 2\n        ^\nSyntaxError: cannot assign to literal\n"),
    ("assign_listcomp", "[x for x in y] = 1\n", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 0, 1, 14, "  File \"x.py\", line 1\n    [x for x in y] = 1\n    ^^^^^^^^^^^^^^\nSyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?\n"),
    ("assign_none", "None = 1\n", "SyntaxError", "cannot assign to None", 1, 0, 1, 4, "  File \"x.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n"),
    ("assign_genexp", "(x for x in y) = 1\n", "SyntaxError", "cannot assign to generator expression", 1, 0, 1, 14, "  File \"x.py\", line 1\n    (x for x in y) = 1\n    ^^^^^^^^^^^^^^\nSyntaxError: cannot assign to generator expression\n"),
    ("assign_ifexp", "a if b else c = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 0, 1, 13, "  File \"x.py\", line 1\n    a if b else c = 1\n    ^^^^^^^^^^^^^\nSyntaxError: cannot assign to conditional expression\n"),
    ("assign_yield", "def f():\n    x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 2, 8, 2, 13, "  File \"x.py\", line 2\n    x = yield = 1\n        ^^^^^\nSyntaxError: assignment to yield expression not possible\n"),
    ("for_target_literal", "for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 4, 1, 5, "  File \"x.py\", line 1\n    for 1 in x: pass\n        ^\nSyntaxError: cannot assign to literal\n"),
    ("with_target_literal", "with x as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 10, 1, 11, "  File \"x.py\", line 1\n    with x as 1: pass\n              ^\nSyntaxError: cannot assign to literal\n"),
    ("comp_target_literal", "[x for 1 in y]\n", "SyntaxError", "cannot assign to literal", 1, 7, 1, 8, "  File \"x.py\", line 1\n    [x for 1 in y]\n           ^\nSyntaxError: cannot assign to literal\n"),
    ("delete_call", "del f()\n", "SyntaxError", "cannot delete function call", 1, 4, 1, 7, "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"),
    ("augassign_call", "f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 0, 1, 3, "  File \"x.py\", line 1\n    f() += 1\n    ^^^\nSyntaxError: 'function call' is an illegal expression for augmented assignment\n"),
    ("annassign_call", "f(): int = 1\n", "SyntaxError", "illegal target for annotation", 1, 0, 1, 3, "  File \"x.py\", line 1\n    f(): int = 1\n    ^^^\nSyntaxError: illegal target for annotation\n"),
    ("named_call", "(f() := 1)\n", "SyntaxError", "cannot use assignment expressions with function call", 1, 1, 1, 4, "  File \"x.py\", line 1\n    (f() := 1)\n     ^^^\nSyntaxError: cannot use assignment expressions with function call\n"),
    ("return_outside", "return 1\n", "SyntaxError", "'return' outside function", 1, 0, 1, 8, "  File \"x.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"),
    ("return_in_class", "class A:\n    return 1\n", "SyntaxError", "'return' outside function", 2, 4, 2, 12, "  File \"x.py\", line 2\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"),
    ("break_outside", "break\n", "SyntaxError", "'break' outside loop", 1, 0, 1, 5, "  File \"x.py\", line 1\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"),
    ("break_in_else", "for x in range(3):\n    pass\nelse:\n    break\n", "SyntaxError", "'break' outside loop", 4, 4, 4, 9, "  File \"x.py\", line 4\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"),
    ("break_in_nested_def", "while True:\n    def f():\n        break\n", "SyntaxError", "'break' outside loop", 3, 8, 3, 13, "  File \"x.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"),
    ("continue_outside", "continue\n", "SyntaxError", "'continue' not properly in loop", 1, 0, 1, 8, "  File \"x.py\", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"),
    ("continue_in_class", "def f():\n    for x in y:\n        class A:\n            continue\n", "SyntaxError", "'continue' not properly in loop", 4, 12, 4, 20, "  File \"x.py\", line 4\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"),
    ("continue_in_finally", "try:\n    pass\nfinally:\n    continue\n", "SyntaxError", "'continue' not properly in loop", 4, 4, 4, 12, "  File \"x.py\", line 4\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"),
    ("yield_outside", "yield x\n", "SyntaxError", "'yield' outside function", 1, 0, 1, 7, "  File \"x.py\", line 1\n    yield x\n    ^^^^^^^\nSyntaxError: 'yield' outside function\n"),
    ("yield_outside_value", "x = yield\n", "SyntaxError", "'yield' outside function", 1, 4, 1, 9, "  File \"x.py\", line 1\n    x = yield\n        ^^^^^\nSyntaxError: 'yield' outside function\n"),
    ("nonlocal_module", "nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 0, 1, 10, "  File \"x.py\", line 1\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: nonlocal declaration not allowed at module level\n"),
    ("duplicate_argument", "def f(a, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 9, 1, 10, "  File \"x.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n"),
    ("duplicate_argument_lambda", "lambda a, a: 1\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11, "  File \"x.py\", line 1\n    lambda a, a: 1\n              ^\nSyntaxError: duplicate argument 'a' in function definition\n"),
    ("starred_alone", "x = *a\n", "SyntaxError", "can't use starred expression here", 1, 4, 1, 6, "  File \"x.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n"),
    ("starred_target", "*a = b\n", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 0, 1, 2, "  File \"x.py\", line 1\n    *a = b\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n"),
    ("two_starred_targets", "a, *b, *c = d\n", "SyntaxError", "multiple starred expressions in assignment", 1, 0, 1, 9, "  File \"x.py\", line 1\n    a, *b, *c = d\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n"),
    ("print_statement", "print 'hi'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0, 1, 10, "  File \"x.py\", line 1\n    print 'hi'\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
    ("forgot_comma", "print(\"a\" \"b\" c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 15, "  File \"x.py\", line 1\n    print(\"a\" \"b\" c)\n          ^^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("forgot_comma_lines", "x = [1,\n  2\n  3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 2, 3, 3, "  File \"x.py\", line 2\n    2\n    ^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("assign_in_if", "if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 8, "  File \"x.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"),
    ("missing_else", "x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 4, 1, 10, "  File \"x.py\", line 1\n    x = 1 if 2\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"),
    ("positional_after_keyword", "f(x=1, y)\n", "SyntaxError", "positional argument follows keyword argument", 1, 8, 1, 9, "  File \"x.py\", line 1\n    f(x=1, y)\n            ^\nSyntaxError: positional argument follows keyword argument\n"),
    ("unpacking_order", "f(**x, *y)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 7, 1, 8, "  File \"x.py\", line 1\n    f(**x, *y)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
    ("non_default_after_default", "def f(x=1, y): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 11, 1, 12, "  File \"x.py\", line 1\n    def f(x=1, y): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"),
    ("bare_star", "def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 6, 1, 7, "  File \"x.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"),
    ("after_kwargs", "def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 11, 1, 12, "  File \"x.py\", line 1\n    def f(**k, a): pass\n               ^\nSyntaxError: arguments cannot follow var-keyword argument\n"),
    ("two_stars", "def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 10, 1, 11, "  File \"x.py\", line 1\n    def f(*a, *b): pass\n              ^\nSyntaxError: * argument may appear only once\n"),
    ("vararg_default", "def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1, 8, 1, 9, "  File \"x.py\", line 1\n    def f(*a=1): pass\n            ^\nSyntaxError: var-positional argument cannot have default value\n"),
    ("genexp_unparenthesized", "f(a for a in b, c)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 2, 1, 14, "  File \"x.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"),
    ("trailing_comma_import", "from a import b,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 16, 1, 16, "  File \"x.py\", line 1\n    from a import b,\n                    ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n"),
    ("unknown_unicode_name", "x = \"ab\\N{NO SUCH}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-12: unknown Unicode character name", 1, 19, 1, 19, "  File \"x.py\", line 1\n    x = \"ab\\N{NO SUCH}\"\n                       ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-12: unknown Unicode character name\n"),
    ("unknown_unicode_name_before_op", "x = \"ab\\N{NO SUCH}\" + \"c\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-12: unknown Unicode character name", 1, 20, 1, 20, "  File \"x.py\", line 1\n    x = \"ab\\N{NO SUCH}\" + \"c\"\n                        ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-12: unknown Unicode character name\n"),
    // compile() gave offset 19 here, a byte offset (`é` is two bytes); our spans count characters.
    ("unknown_unicode_name_non_ascii", "print(\"é\\N{NOPE}\", 1)\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-17: unknown Unicode character name", 1, 17, 1, 17, "  File \"x.py\", line 1\n    print(\"é\\N{NOPE}\", 1)\n                      ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-17: unknown Unicode character name\n"),
    ("unknown_unicode_name_concatenated", "x = (\"a\"  \"\\N{NOPE}\"  # c\n )\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 2, 1, 2, 1, "  File \"x.py\", line 2\n    )\n    ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name\n"),
    ("invalid_character", "x = 1\n你好§ = 1\n", "SyntaxError", "invalid character '§' (U+00A7)", 2, 2, 2, 2, "  File \"x.py\", line 2\n    你好§ = 1\n      ^\nSyntaxError: invalid character '§' (U+00A7)\n"),
    ("invalid_fullwidth_comma", "s='你好'; print(1，2)\n", "SyntaxError", "invalid character '，' (U+FF0C)", 1, 15, 1, 15, "  File \"x.py\", line 1\n    s='你好'; print(1，2)\n                   ^\nSyntaxError: invalid character '，' (U+FF0C)\n"),
    ("invalid_nonprintable", "x = 1　+ 2\n", "SyntaxError", "invalid non-printable character U+3000", 1, 5, 1, 5, "  File \"x.py\", line 1\n    x = 1　+ 2\n         ^\nSyntaxError: invalid non-printable character U+3000\n"),
    ("line_continuation", "\\ x\n", "SyntaxError", "unexpected character after line continuation character", 1, 1, 1, 1, "  File \"x.py\", line 1\n    \\ x\n     ^\nSyntaxError: unexpected character after line continuation character\n"),
    ("eof_after_backslash", "x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 5, 1, 5, "  File \"x.py\", line 1\n    x = \\\n         ^\nSyntaxError: unexpected EOF while parsing\n"),
    ("bytes_non_ascii", "b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 0, 1, 4, "  File \"x.py\", line 1\n    b'é'\n    ^^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"),
    ("leading_zeros", "0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 0, 1, 1, "  File \"x.py\", line 1\n    0777\n    ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"),
    ("invalid_decimal", "1_\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "  File \"x.py\", line 1\n    1_\n     ^\nSyntaxError: invalid decimal literal\n"),
    ("invalid_hex", "x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 5, 1, 5, "  File \"x.py\", line 1\n    x = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n"),
    ("fstring_conversion", "f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8, "  File \"x.py\", line 1\n    f'{x!z}'\n            ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"),
    ("fstring_unclosed", "f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 4, 1, 4, "  File \"x.py\", line 1\n    f'{'\n        ^\nSyntaxError: f-string: expecting '}'\n"),
    ("fstring_single_rbrace", "f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 4, 1, 4, "  File \"x.py\", line 1\n    f'}'\n        ^\nSyntaxError: f-string: single '}' is not allowed\n"),
    ("fstring_empty", "f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 5, 1, 5, "  File \"x.py\", line 1\n    f'{}'\n         ^\nSyntaxError: f-string: empty expression not allowed\n"),
    ("except_unparenthesized", "try:\n  pass\nexcept A, B:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 7, 3, 11, "  File \"x.py\", line 3\n    except A, B:\n           ^^^^\nSyntaxError: multiple exception types must be parenthesized\n"),
    ("dict_unpack_comprehension", "{**x for x in y}\n", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 1, 1, 3, "  File \"x.py\", line 1\n    {**x for x in y}\n     ^^\nSyntaxError: dict unpacking cannot be used in dict comprehension\n"),
    ("list_unpack_comprehension", "[*x for x in y]\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 1, 1, 3, "  File \"x.py\", line 1\n    [*x for x in y]\n     ^^\nSyntaxError: iterable unpacking cannot be used in comprehension\n"),
    ("too_many_parens", "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError", "too many nested parentheses", 1, 204, 1, 204, "  File \"x.py\", line 1\n    x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n                                                                                                                                                                                                                ^\nSyntaxError: too many nested parentheses\n"),
    ("too_deep_indent", "if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   if 1:\n                                                                                                    if 1:\n                                                                                                     pass\n", "IndentationError", "too many levels of indentation", 101, 0, 101, 0, "  File \"x.py\", line 101\n    if 1:\nIndentationError: too many levels of indentation\n"),
];

/// Every recorded case: class, message, span and the exact stderr of `python3 x.py`.
#[test]
fn parse_syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for &(case, src, class, message, line, col, end_line, end_col, stderr) in SYNTAX_CASES {
        let e = match parse(src) {
            Ok(_) => {
                failures.push(format!("{case}: parsed without error"));
                continue;
            }
            Err(e) => e,
        };
        let got = (e.class_name(), e.message(), e.span);
        let want = (
            class,
            message.to_string(),
            Span::new(line, col, end_line, end_col),
        );
        if got != want {
            failures.push(format!("{case}:\n   got {got:?}\n  want {want:?}"));
        }
        let rendered = render_error(&e, "x.py", src);
        if rendered != stderr {
            failures.push(format!("{case}: rendered\n{rendered}--- want\n{stderr}---"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Conversion of each construct
// ---------------------------------------------------------------------------------------------

#[test]
fn parse_spans_count_characters() {
    let body = ok("s = '你好'; t = s\n");
    assert_eq!(body[0].span, Span::new(1, 0, 1, 8));
    assert_eq!(body[1].span, Span::new(1, 10, 1, 15));
    let StmtKind::Assign { value, .. } = &body[1].kind else {
        panic!()
    };
    assert_eq!(value.span, Span::new(1, 14, 1, 15));
    // Second line, after a Chinese comment line.
    let body = ok("# 中文注释\nx = 1\n");
    assert_eq!(body[0].span, Span::new(2, 0, 2, 5));
}

#[test]
fn parse_functions_and_params() {
    let body = ok(
        "@dec\n@dec2(1)\ndef f(a, /, b, c=1, *args, d, e=2, **kw):\n    '''doc'''\n    return a\n",
    );
    let StmtKind::FunctionDef(f) = &body[0].kind else {
        panic!("{body:?}")
    };
    assert_eq!(f.name, "f");
    assert_eq!(f.decorators.len(), 2);
    assert!(!f.is_async);
    let p = &f.params;
    let names = |ps: &[Param]| ps.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&p.posonly), ["a"]);
    assert_eq!(names(&p.args), ["b", "c"]);
    assert!(p.args[1].default.is_some() && p.args[0].default.is_none());
    assert_eq!(p.vararg.as_deref(), Some("args"));
    assert_eq!(names(&p.kwonly), ["d", "e"]);
    assert!(p.kwonly[1].default.is_some());
    assert_eq!(p.kwarg.as_deref(), Some("kw"));
    // The docstring stays an expression statement.
    assert!(
        matches!(&f.body[0].kind, StmtKind::Expr(Expr { kind: ExprKind::Const(Constant::Str(s)), .. }) if s == "doc")
    );
    assert!(matches!(&f.body[1].kind, StmtKind::Return(Some(_))));
}

#[test]
fn parse_classes_and_lambda() {
    let body = ok("class A(B, *more):\n    x = lambda a, b=2: a + b\n");
    let StmtKind::ClassDef(c) = &body[0].kind else {
        panic!()
    };
    assert_eq!(c.name, "A");
    assert_eq!(c.bases.len(), 2);
    assert!(matches!(c.bases[1].kind, ExprKind::Starred(_)));
    let StmtKind::Assign { value, .. } = &c.body[0].kind else {
        panic!()
    };
    let ExprKind::Lambda { params, body } = &value.kind else {
        panic!()
    };
    assert_eq!(params.args.len(), 2);
    assert!(matches!(body.kind, ExprKind::BinOp { op: BinOp::Add, .. }));
}

#[test]
fn parse_comprehensions() {
    let e = one_expr("[x * y for x in a if x for y in b if y if x < y]\n");
    let ExprKind::ListComp { generators, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(generators.len(), 2);
    assert_eq!(generators[0].ifs.len(), 1);
    assert_eq!(generators[1].ifs.len(), 2);
    assert!(matches!(
        one_expr("{x for x in a}\n").kind,
        ExprKind::SetComp { .. }
    ));
    assert!(matches!(
        one_expr("{k: v for k, v in a}\n").kind,
        ExprKind::DictComp { .. }
    ));
    assert!(matches!(
        one_expr("(x for x in a)\n").kind,
        ExprKind::GeneratorExp { .. }
    ));
    assert!(matches!(
        one_expr("sum(x for x in a)\n").kind,
        ExprKind::Call { .. }
    ));
}

#[test]
fn parse_fstrings() {
    let e = one_expr("'a' f'b{x!r:>{w}.{p}f}c{y=}{z = !s}' 'd'\n");
    let ExprKind::FString(parts) = &e.kind else {
        panic!("{e:?}")
    };
    assert!(matches!(&parts[0], FStringPart::Literal(s) if s == "ab"));
    let FStringPart::Field {
        conversion,
        format_spec,
        debug_text,
        ..
    } = &parts[1]
    else {
        panic!()
    };
    assert_eq!(*conversion, Some('r'));
    assert_eq!(format_spec.len(), 5, "{format_spec:?}"); // '>', {w}, '.', {p}, 'f'
    assert!(debug_text.is_none());
    assert!(matches!(&parts[2], FStringPart::Literal(s) if s == "c"));
    let FStringPart::Field {
        debug_text,
        conversion,
        ..
    } = &parts[3]
    else {
        panic!()
    };
    assert_eq!(debug_text.as_deref(), Some("y="));
    assert_eq!(*conversion, None);
    let FStringPart::Field {
        debug_text,
        conversion,
        ..
    } = &parts[4]
    else {
        panic!()
    };
    assert_eq!(debug_text.as_deref(), Some("z = "));
    assert_eq!(*conversion, Some('s'));
    assert!(matches!(parts.last(), Some(FStringPart::Literal(s)) if s == "d"));
    let ExprKind::FString(parts) = one_expr("f'{a!a}'\n").kind else {
        panic!()
    };
    assert!(matches!(
        &parts[0],
        FStringPart::Field {
            conversion: Some('a'),
            ..
        }
    ));
}

#[test]
fn parse_literals() {
    assert!(
        matches!(one_expr("'a' 'b' \"c\"\n").kind, ExprKind::Const(Constant::Str(s)) if s == "abc")
    );
    assert!(
        matches!(one_expr("b'a\\x00' b'c'\n").kind, ExprKind::Const(Constant::Bytes(b)) if b == b"a\0c")
    );
    assert_eq!(
        int(&one_expr("123456789012345678901234567890\n")),
        "123456789012345678901234567890".parse().unwrap()
    );
    assert_eq!(int(&one_expr("0xFF_FF\n")), BigInt::from(0xFFFF));
    assert_eq!(int(&one_expr("0o17\n")), BigInt::from(15));
    assert_eq!(int(&one_expr("0b1_01\n")), BigInt::from(5));
    assert_eq!(int(&one_expr("1_000\n")), BigInt::from(1000));
    assert!(matches!(one_expr("1.5e3\n").kind, ExprKind::Const(Constant::Float(f)) if f == 1500.0));
    assert!(matches!(
        one_expr("None\n").kind,
        ExprKind::Const(Constant::None)
    ));
    assert!(matches!(
        one_expr("True\n").kind,
        ExprKind::Const(Constant::Bool(true))
    ));
    assert!(matches!(
        one_expr("...\n").kind,
        ExprKind::Const(Constant::Ellipsis)
    ));
}

#[test]
fn parse_expressions() {
    let e = one_expr("a[1:2, ::3, x]\n");
    let ExprKind::Subscript { index, .. } = &e.kind else {
        panic!()
    };
    let ExprKind::Tuple(items) = &index.kind else {
        panic!()
    };
    assert!(matches!(items[0].kind, ExprKind::Slice { step: None, .. }));
    assert!(matches!(
        items[1].kind,
        ExprKind::Slice {
            lower: None,
            upper: None,
            step: Some(_)
        }
    ));
    let ExprKind::Dict { keys, .. } = one_expr("{1: 2, **d}\n").kind else {
        panic!()
    };
    assert!(keys[0].is_some() && keys[1].is_none());
    let ExprKind::Compare {
        ops, comparators, ..
    } = one_expr("a < b <= c is not d not in e\n").kind
    else {
        panic!()
    };
    assert_eq!(ops, [CmpOp::Lt, CmpOp::LtE, CmpOp::IsNot, CmpOp::NotIn]);
    assert_eq!(comparators.len(), 4);
    assert!(
        matches!(one_expr("(y := 5)\n").kind, ExprKind::NamedExpr { ref target, .. } if target == "y")
    );
    assert!(matches!(
        one_expr("a if b else c\n").kind,
        ExprKind::IfExp { .. }
    ));
    let ExprKind::BoolOp { values, .. } = one_expr("a and b and c\n").kind else {
        panic!()
    };
    assert_eq!(values.len(), 3);
    let ExprKind::Call { args, keywords, .. } = one_expr("f(a, *b, c=1, **d)\n").kind else {
        panic!()
    };
    assert!(matches!(args[1].kind, ExprKind::Starred(_)));
    assert_eq!(keywords[0].name.as_deref(), Some("c"));
    assert_eq!(keywords[1].name, None);
    assert!(matches!(
        one_expr("not -~+x\n").kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        }
    ));
    assert!(
        matches!(one_expr("[*a, 1]\n").kind, ExprKind::List(ref v) if matches!(v[0].kind, ExprKind::Starred(_)))
    );
}

#[test]
fn parse_generators() {
    let body = ok("def g():\n    x = yield 1\n    yield\n    yield from h()\n    return x\n");
    let StmtKind::FunctionDef(f) = &body[0].kind else {
        panic!()
    };
    assert!(matches!(
        &f.body[0].kind,
        StmtKind::Assign {
            value: Expr {
                kind: ExprKind::Yield(Some(_)),
                ..
            },
            ..
        }
    ));
    assert!(matches!(
        &f.body[1].kind,
        StmtKind::Expr(Expr {
            kind: ExprKind::Yield(None),
            ..
        })
    ));
    assert!(matches!(
        &f.body[2].kind,
        StmtKind::Expr(Expr {
            kind: ExprKind::YieldFrom(_),
            ..
        })
    ));
}

#[test]
fn parse_statements() {
    let src = "\
try:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
with a as b, c:
    pass
global g
assert x, 'm'
del a, b[0], c.d
x += 1
y: int = 2
z: int
a, *b = c
a = b = 1
import os.path as p, sys
from x.y import a as b, c
from m import *
raise E from None
if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    pass
for i in r:
    continue
else:
    pass
";
    let body = ok(src);
    let StmtKind::Try(t) = &body[0].kind else {
        panic!()
    };
    assert_eq!(t.handlers.len(), 2);
    assert_eq!(t.handlers[0].name.as_deref(), Some("e"));
    assert!(t.handlers[1].typ.is_none());
    assert_eq!((t.orelse.len(), t.finalbody.len()), (1, 1));
    let StmtKind::With { items, .. } = &body[1].kind else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    assert!(items[0].target.is_some() && items[1].target.is_none());
    assert!(matches!(&body[2].kind, StmtKind::Global(v) if v == &["g"]));
    assert!(matches!(
        &body[3].kind,
        StmtKind::Assert { msg: Some(_), .. }
    ));
    assert!(matches!(&body[4].kind, StmtKind::Delete(v) if v.len() == 3));
    assert!(matches!(
        &body[5].kind,
        StmtKind::AugAssign { op: BinOp::Add, .. }
    ));
    assert!(matches!(
        &body[6].kind,
        StmtKind::AnnAssign { value: Some(_), .. }
    ));
    assert!(matches!(
        &body[7].kind,
        StmtKind::AnnAssign { value: None, .. }
    ));
    let StmtKind::Assign { targets, .. } = &body[8].kind else {
        panic!()
    };
    assert!(
        matches!(&targets[0].kind, ExprKind::Tuple(v) if matches!(v[1].kind, ExprKind::Starred(_)))
    );
    assert!(matches!(&body[9].kind, StmtKind::Assign { targets, .. } if targets.len() == 2));
    let StmtKind::Import(aliases) = &body[10].kind else {
        panic!()
    };
    assert_eq!(
        (aliases[0].name.as_str(), aliases[0].asname.as_deref()),
        ("os.path", Some("p"))
    );
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = &body[11].kind
    else {
        panic!()
    };
    assert_eq!((module.as_str(), names.len(), *level), ("x.y", 2, 0));
    assert!(matches!(&body[12].kind, StmtKind::ImportFrom { names, .. } if names[0].name == "*"));
    assert!(matches!(
        &body[13].kind,
        StmtKind::Raise {
            exc: Some(_),
            cause: Some(_)
        }
    ));
    // elif becomes a nested If in orelse.
    let StmtKind::If { orelse, .. } = &body[14].kind else {
        panic!()
    };
    let StmtKind::If {
        orelse: inner_else,
        test,
        ..
    } = &orelse[0].kind
    else {
        panic!("{orelse:?}")
    };
    assert_eq!(name(test), "b");
    assert_eq!(orelse[0].span.line, 27);
    assert!(matches!(inner_else[0].kind, StmtKind::Pass));
    assert!(matches!(&body[15].kind, StmtKind::While { orelse, .. } if orelse.len() == 1));
    assert!(matches!(&body[16].kind, StmtKind::For { orelse, .. } if orelse.len() == 1));
}

#[test]
fn parse_nonlocal_and_nested_scopes() {
    ok("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n");
    ok("for x in y:\n    try:\n        continue\n    finally:\n        break\n");
    ok("def f():\n    return (yield), [x for x in (yield)]\n");
}

#[test]
fn parse_not_supported() {
    assert_eq!(
        not_supported("async def f():\n    pass\n"),
        "async functions (async def)"
    );
    assert_eq!(not_supported("def f():\n    await x\n"), "await");
    assert_eq!(
        not_supported("match x:\n    case 1:\n        pass\n"),
        "match statements"
    );
    assert_eq!(
        not_supported("type X = int\n"),
        "type aliases (the type statement)"
    );
    assert_eq!(not_supported("def f[T](x): pass\n"), "type parameters");
    assert_eq!(
        not_supported("try:\n    pass\nexcept* E:\n    pass\n"),
        "except* (exception groups)"
    );
    assert_eq!(not_supported("x = 3j\n"), "complex numbers");
    assert_eq!(
        not_supported("from . import x\n"),
        "relative imports (from . import …)"
    );
    assert_eq!(
        not_supported("class A(metaclass=M): pass\n"),
        "class keywords such as metaclass="
    );
    let e = err("x = 1\nasync def f(): pass\n");
    assert_eq!(e.span.line, 2);
    assert_eq!(render_error(&e, "x.py", "x = 1\nasync def f(): pass\n"),
        "  File \"x.py\", line 2\n    async def f(): pass\n    ^^^^^^^^^^^^^^^^^^^\nNotImplementedError: not supported yet: async functions (async def)\n");
}

#[test]
fn parse_yield_in_comprehension_is_refused() {
    let e = err("def f():\n    return [(yield x) for x in y]\n");
    assert_eq!(e.message(), "'yield' inside list comprehension");
}

// ---------------------------------------------------------------------------------------------
// Whole programs and hostile input
// ---------------------------------------------------------------------------------------------

#[test]
fn parse_every_oracle_case() {
    let dir = std::path::Path::new("/work/shared/oracle/cases");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("no oracle cases at {dir:?}; skipping");
        return;
    };
    let mut count = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "py") {
            let source = std::fs::read_to_string(&path).unwrap();
            if let Err(e) = parse(&source) {
                panic!(
                    "{}: {e:?}\n{}",
                    path.display(),
                    render_error(&e, "x.py", &source)
                );
            }
            count += 1;
        }
    }
    assert!(count > 0);
}

#[test]
fn parse_garbage_never_panics() {
    let mut inputs: Vec<String> = [
        "",
        "\0",
        "\0\0\0x = 1",
        "(",
        ")",
        "[)",
        "{]",
        "(((",
        ")))",
        "'",
        "'''",
        "\"\"\"abc",
        "f'",
        "f'{",
        "f'{x!",
        "f'{x:{y:{z}}}'",
        "\\",
        "x = \\",
        "\t\t x",
        " \n\t\n  \t",
        "你好",
        "你好(",
        "print（1）",
        "，",
        "\u{feff}x = 1",
        "\u{200b}",
        "\r",
        "\r\r\n",
        "@",
        "@@@",
        "def",
        "def f(",
        "class",
        "lambda",
        "lambda:",
        "if",
        "if:",
        "else",
        "try",
        "except",
        "yield",
        "await",
        "x = [1, 2, 3",
        "x = {**}",
        "*",
        "**",
        "a[",
        "a[::]]",
        "0x",
        "0b2",
        "1e",
        "1__1",
        "1.2.3",
        "0777",
        "b'é'",
        "'\\N{x}'",
        "async",
        "async with",
        "match",
        "case",
        "type",
        "print 'x'",
        "exec 'x'",
        "$",
        "?",
        "!",
        "`",
        "x = yield = 1",
        "def f(a, a, *, **k): pass",
        "for x in: pass",
        "with: pass",
        "import",
        "from import",
        "from . import",
        "global",
        "nonlocal x",
        "x := 1",
        "(x := )",
        "f(**k, *a)",
        "f(a=1, b)",
        "{x for}",
        "[x for x in]",
        "(*a)",
        "del",
        "del ()",
        "return",
        "break",
        "\x0c\x0cif x:\n\x0c pass",
        "if x:\n\tpass\n        pass",
        "é = 1",
        "𝔘 = 1",
        "x = '你好\n",
        "'\\",
        "b'\\",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    inputs.push("(".repeat(10_000));
    inputs.push(")".repeat(10_000));
    inputs.push("[".repeat(10_000) + &"]".repeat(10_000));
    inputs.push(format!("x = {}1", "not ".repeat(10_000)));
    inputs.push(format!("x = {}1", "-".repeat(10_000)));
    inputs.push(format!("x = 1{}", "+1".repeat(100_000)));
    inputs.push(format!("x = a{}", ".b".repeat(100_000)));
    inputs.push(format!("x = f{}", "()".repeat(50_000)));
    inputs.push(format!("x = 1{}", " if a else 1".repeat(10_000)));
    inputs.push(format!("x = {}1", "lambda: ".repeat(10_000)));
    inputs.push(
        (0..1000)
            .map(|i| " ".repeat(i) + "if 1:\n")
            .collect::<String>(),
    );
    inputs.push((0u32..2000).filter_map(char::from_u32).collect());
    for src in &inputs {
        // Any outcome is fine as long as it is an outcome; rendering must not panic either.
        if let Err(e) = parse(src) {
            let _ = render_error(&e, "x.py", src);
        }
    }
    // The bracket guard uses CPython's limit and message.
    let e = err(&format!("x = {}{}", "(".repeat(201), ")".repeat(201)));
    assert_eq!(
        (e.message(), e.span.col),
        ("too many nested parentheses".to_string(), 204)
    );
    // Long flat data is not mistaken for deep nesting.
    ok(&format!("x = [{}]\n", "-1, ".repeat(5000)));
    ok(&format!("x = {}\n", "1 + ".repeat(300) + "1"));
}

/// The deepest expressions the guard lets through must convert within a test thread's default
/// 2 MiB stack, in a debug build (release frames are several times smaller).
#[test]
fn parse_deep_but_allowed_expression_fits_small_stack() {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let n = MAX_EXPR_DEPTH - 5;
            let nested = |open: &str, close: &str| {
                format!("x = {}1{}\n", open.repeat(200), close.repeat(200))
            };
            let results = [
                parse(&format!("x = 1{}\n", "+1".repeat(n))),
                parse(&format!("x = {}1\n", "-".repeat(n))),
                parse(&format!("x = a{}\n", ".b".repeat(n))),
                parse(&format!("x = 1{}\n", " if a else 1".repeat(n / 2))),
                parse(&nested("(", ")")),
                parse(&nested("[", "]")),
                parse(&nested("f(", ")")),
                parse(&format!("x = {}1\n", "lambda: ".repeat(n / 2))),
            ];
            results.into_iter().map(|r| r.err()).collect::<Vec<_>>()
        })
        .unwrap();
    let errors = handle.join().unwrap();
    assert!(errors.iter().all(Option::is_none), "{errors:?}");
}
