//! Printing a front-end error the way `python3 file.py` prints a `SyntaxError` on stderr.
//!
//! ```text
//!   File "x.py", line 2
//!     if x
//!         ^
//! SyntaxError: expected ':'
//! ```
//!
//! The layout follows CPython 3.11's `print_exception` / `print_error_text` (Python/pythonrun.c):
//! the offending line is printed without its leading whitespace, then a caret line. The carets run
//! from the error's column to its end column, or a single `^` when the range is empty; a range
//! that spans lines is underlined to the end of its first line; no caret is printed when the
//! column falls inside the stripped indentation (as for "unexpected indent").
//!
//! One CPython 3.11 quirk is copied on purpose: when it runs a *file*, errors found by the parser
//! and the compiler carry byte offsets, while errors from the tokenizer carry character offsets.
//! On a line with Chinese text before the error the two differ, and CPython prints as many spaces
//! as the offset says. Our spans count characters, so for parser-level messages we convert the
//! column to bytes before printing. NotSupported errors are ours and are placed by character.

use super::error::{FrontEndError, FrontEndErrorKind};

/// The whole stderr text for `err` in `source`, ending with a newline. `filename` is printed as
/// given (pass the base name).
pub fn render_error(err: &FrontEndError, filename: &str, source: &str) -> String {
    let span = err.span;
    let mut out = format!("  File \"{filename}\", line {}\n", span.line);

    if let Some(text) = source_line(source, span.line) {
        let in_bytes = match &err.kind {
            FrontEndErrorKind::Syntax { message, .. } => !is_tokenizer_message(message),
            FrontEndErrorKind::NotSupported { .. } => false,
        };
        let units = |col: u32| -> i64 {
            if in_bytes {
                text.chars()
                    .take(col as usize)
                    .map(char::len_utf8)
                    .sum::<usize>() as i64
            } else {
                i64::from(col)
            }
        };
        // CPython's offsets are 1-based.
        let offset = units(span.col) + 1;
        let line_size = text.len() as i64 + 1; // CPython's text keeps its newline
                                               // CPython prints one caret for the subclasses IndentationError and TabError, whatever
                                               // their range (`parse_syntax_error` gives them no end offset).
        let subclass = matches!(err.class_name(), "IndentationError" | "TabError");
        let mut end_offset = if subclass {
            0
        } else if span.end_line > span.line {
            line_size
        } else if span.end_line == span.line && span.end_col > span.col {
            units(span.end_col) + 1
        } else {
            0 // unknown or empty: one caret
        };
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        // "expected an indented block" at the end of the file: CPython, running a file, places
        // it on the end-of-file token and prints no caret.
        let at_eof_block = err.message().starts_with("expected an indented block")
            && span.col as usize >= text.chars().count();
        if at_eof_block {
            out.push_str(&format!(
                "    {}\n",
                text.trim_start_matches([' ', '\t', '\x0c'])
            ));
        } else {
            out.push_str(&error_text(text, offset, end_offset));
        }
    }

    out.push_str(err.class_name());
    out.push_str(": ");
    out.push_str(&err.message());
    out.push('\n');
    out
}

/// CPython's `print_error_text`: the stripped line and the caret line under it.
fn error_text(text: &str, offset: i64, end_offset: i64) -> String {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let mut offset = offset - 1 - (text.len() - stripped.len()) as i64;
    let len = stripped.len() as i64;
    if offset > len {
        offset = len;
    }
    let mut out = format!("    {stripped}\n");
    if offset >= 0 {
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(carets.max(1) as usize));
        out.push('\n');
    }
    out
}

/// The 1-based line `line` of `source`, without its line break; `None` past the end.
fn source_line(source: &str, line: u32) -> Option<&str> {
    if line == 0 {
        return None;
    }
    // `lines()` splits on `\n` and strips a `\r` before it; a lone `\r` is rare enough to ignore.
    source.lines().nth(line as usize - 1)
}

/// Messages CPython's tokenizer raises itself; their offsets count characters even when a file
/// is run (all other syntax errors count bytes there).
fn is_tokenizer_message(message: &str) -> bool {
    const TOKENIZER: [&str; 15] = [
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "unmatched '",
        "closing parenthesis",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "invalid digit",
        "invalid character",
        "invalid non-printable character",
        "unindent does not match",
        "inconsistent use of tabs",
        "too many levels of indentation",
        "too many nested parentheses",
    ];
    TOKENIZER.iter().any(|p| message.starts_with(p))
        || message.starts_with("unexpected character after line continuation")
}
