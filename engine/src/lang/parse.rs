//! Source text to the engine's AST. With [`super::tokens`] (the highlighter), the only file that
//! knows ruff.
//!
//! `parse` runs in four steps:
//!
//! 1. **Guard** ([`prescan`]): a tiny hand-written scanner walks the text once, before ruff sees
//!    it. It finds what CPython's *tokenizer* reports (unbalanced brackets, tabs mixed with spaces,
//!    a bad dedent) and it refuses input nested so deeply that ruff, our converter or the drop of
//!    the tree could overflow the stack (in WebAssembly the stack is small and cannot grow).
//! 2. **Parse** with ruff, told to accept Python 3.11 only.
//! 3. **Report** ([`first_syntax_error`]): ruff recovers from errors and lists them all in its own
//!    words; we pick the one CPython 3.11 would report and rewrite it with CPython's class, wording
//!    and position, so the page and the CLI read exactly like `python3 file.py`.
//! 4. **Convert** ([`Converter`]) ruff's tree into [`super::ast`], checking on the way what CPython
//!    checks when compiling (`'return' outside function`, `'break' outside loop` …) and rejecting
//!    valid Python that coroscope cannot run yet with `not supported yet: <feature>`.
//!
//! Positions: ruff counts bytes; every [`Span`] we produce counts characters (1-based lines,
//! 0-based columns), because the source is often Chinese and the editor counts characters.
//!
//! Nothing here may panic on any input: we never index with positions taken from user text, and
//! ruff itself runs under `catch_unwind` as a last line of defence.

use std::collections::HashSet;

use num_bigint::BigInt;
use ruff_python_ast::token::{Token, TokenKind, Tokens};
use ruff_python_ast::{self as ra, PythonVersion};
use ruff_python_parser::{
    parse_unchecked, InterpolatedStringErrorType, LexicalErrorType, Mode, ParseError,
    ParseErrorType, ParseOptions, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::ast::*;
use super::error::{FrontEndError, FrontEndErrorKind, SyntaxClass};

/// ruff's tokens for `source` as its parser left them: a soft keyword used as a name (`match = 1`)
/// is a `Name` there. Comments are included. For [`super::tokens::highlight`].
///
/// `None` for input nested too deeply to hand to ruff safely (the same guard as [`parse`]), or if
/// ruff panics.
pub(super) fn ruff_tokens(source: &str) -> Option<Vec<Token>> {
    let lines = LineIndex::new(source);
    prescan(source, &lines).ok()?;
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = std::panic::catch_unwind(|| parse_unchecked(source, options)).ok()?;
    Some(parsed.tokens().to_vec())
}

/// CPython's tokenizer refuses more than 200 open brackets (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's tokenizer refuses a 100th indentation level (`MAXINDENT`).
const MAX_INDENT_LEVELS: usize = 100;
/// Our own limit on how deeply one expression may nest (operators, calls, attribute chains),
/// estimated by [`prescan`]. CPython gives up somewhere between 1 000 and 10 000 levels with a
/// `RecursionError`; we stop earlier because the converter (and the compiler after it) recurse
/// once per level: a debug build spends about 3 KB of stack per level, and WebAssembly's stack
/// is small and cannot grow. 450 still lets 200 nested calls (CPython allows 200 brackets) through.
const MAX_EXPR_DEPTH: usize = 450;

/// Parse a whole file.
pub fn parse(source: &str) -> Result<Module, FrontEndError> {
    let lines = LineIndex::new(source);
    let scan = prescan(source, &lines)?;

    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    // ruff is well fuzzed, but "never panic" is a promise we make to the page: if ruff trips over
    // an assertion anyway, report the file as invalid instead of taking the whole app down.
    let parsed = match std::panic::catch_unwind(|| parse_unchecked(source, options)) {
        Ok(parsed) => parsed,
        Err(_) => return Err(syntax_error("invalid syntax", lines.point(0))),
    };
    let Some(parsed) = parsed.try_into_module() else {
        return Err(syntax_error("invalid syntax", lines.point(0)));
    };

    let reporter = Reporter {
        source,
        lines: &lines,
        tokens: parsed.tokens(),
        module: parsed.syntax(),
    };
    if let Some(err) = reporter.first_syntax_error(parsed.errors(), scan) {
        return Err(err);
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        return Err(reporter.unsupported(err));
    }

    let mut converter = Converter::new(source, &lines);
    let body = converter.stmts(&parsed.syntax().body)?;
    Ok(Module { body })
}

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

/// Turns byte offsets into (line, character column). Built once per file.
struct LineIndex<'s> {
    source: &'s str,
    /// Byte offset where each line starts; line `i` (0-based) is `starts[i]..starts[i + 1]`.
    starts: Vec<usize>,
    /// Whether each line is pure ASCII, so its columns are plain byte differences.
    ascii: Vec<bool>,
}

impl<'s> LineIndex<'s> {
    fn new(source: &'s str) -> LineIndex<'s> {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                // `\r\n` is one break; a lone `\r` is a break too, as in CPython.
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let ascii = (0..starts.len())
            .map(|l| {
                let end = starts.get(l + 1).copied().unwrap_or(source.len());
                bytes.get(starts[l]..end).is_none_or(|b| b.is_ascii())
            })
            .collect();
        LineIndex {
            source,
            starts,
            ascii,
        }
    }

    /// Clamp a byte offset into the text and back onto a character boundary.
    fn clamp(&self, byte: usize) -> usize {
        let mut b = byte.min(self.source.len());
        while b > 0 && !self.source.is_char_boundary(b) {
            b -= 1;
        }
        b
    }

    /// 0-based line number holding `byte`.
    fn line_of(&self, byte: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1)
    }

    /// 1-based line and 0-based character column of a byte offset.
    fn pos(&self, byte: usize) -> (u32, u32) {
        let byte = self.clamp(byte);
        let line = self.line_of(byte);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let col = if self.ascii.get(line).copied().unwrap_or(false) {
            byte - start
        } else {
            self.source
                .get(start..byte)
                .map_or(0, |s| s.chars().count())
        };
        (to_u32(line + 1), to_u32(col))
    }

    fn span(&self, range: TextRange) -> Span {
        let (line, col) = self.pos(range.start().to_usize());
        let (end_line, end_col) = self.pos(range.end().to_usize());
        Span {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// An empty span at one place: where CPython puts a single caret.
    fn point(&self, byte: usize) -> Span {
        let (line, col) = self.pos(byte);
        Span {
            line,
            col,
            end_line: line,
            end_col: col,
        }
    }

    /// The text of a 0-based line, without its line break.
    fn line_text(&self, line: usize) -> &'s str {
        let Some(&start) = self.starts.get(line) else {
            return "";
        };
        let end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.source.len());
        self.source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// Span from a byte offset to the end of its line (the character count of the line).
    fn end_of_line(&self, byte: usize) -> Span {
        let line = self.line_of(self.clamp(byte));
        let col = to_u32(self.line_text(line).chars().count());
        let l = to_u32(line + 1);
        Span {
            line: l,
            col,
            end_line: l,
            end_col: col,
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn syntax_error(message: impl Into<String>, span: Span) -> FrontEndError {
    error_of_class(SyntaxClass::SyntaxError, message, span)
}

fn error_of_class(class: SyntaxClass, message: impl Into<String>, span: Span) -> FrontEndError {
    FrontEndError {
        kind: FrontEndErrorKind::Syntax {
            class,
            message: message.into(),
        },
        span,
    }
}

// ---------------------------------------------------------------------------------------------
// Step 1: the guard scan
// ---------------------------------------------------------------------------------------------

/// What the guard scan learned without stopping the parse.
struct Prescan {
    /// The first error CPython's tokenizer would raise (brackets, indentation), with the byte
    /// offset where the tokenizer meets it, so it can be weighed against the parser's errors.
    tokenizer_error: Option<(usize, FrontEndError)>,
    /// `'(' was never closed`, with the byte offset of that bracket. The tokenizer only meets
    /// it at the end of the file, so whether CPython reports it depends on how far the parser
    /// read (see [`Reporter::first_syntax_error`]).
    unclosed: Option<(usize, FrontEndError)>,
}

/// Scan the text the way CPython 3.11's tokenizer does, at the level of detail we need: strings
/// (f-strings included, which 3.11 lexes as one token) and comments are skipped, brackets are
/// matched, and the indentation of every logical line is checked with tabs counted as 8 columns
/// and as 1 column, exactly like CPython's `TabError` test.
///
/// Returns `Err` only for input too deeply nested to hand to ruff safely.
fn prescan(source: &str, lines: &LineIndex) -> Result<Prescan, FrontEndError> {
    let mut tokenizer_error: Option<(usize, FrontEndError)> = None;
    // Only the first tokenizer error counts: CPython stops there.
    fn note(at: usize, err: FrontEndError, slot: &mut Option<(usize, FrontEndError)>) {
        if slot.is_none() {
            *slot = Some((at, err));
        }
    }

    // Open brackets: (char, byte offset).
    let mut brackets: Vec<(char, usize)> = Vec::new();
    // Nesting estimate: operators seen at each bracket level since the last `,`.
    let mut ops: Vec<usize> = vec![0];
    // Indentation stack: (columns with tab = 8, columns with tab = 1).
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut continued = false; // the previous line ended with a backslash

    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];

        if at_line_start {
            at_line_start = false;
            if brackets.is_empty() && !continued {
                // Measure the indentation of this physical line.
                let (mut col, mut alt) = (0usize, 0usize);
                let mut j = i;
                while let Some(&(_, w)) = chars.get(j) {
                    match w {
                        ' ' => {
                            col += 1;
                            alt += 1;
                        }
                        '\t' => {
                            col = (col / 8 + 1) * 8;
                            alt += 1;
                        }
                        '\x0c' => {
                            col = 0;
                            alt = 0;
                        }
                        _ => break,
                    }
                    j += 1;
                }
                let next = chars.get(j).map(|&(_, ch)| ch);
                let blank = matches!(next, None | Some('#' | '\n' | '\r'));
                if !blank {
                    let line_span = lines.point(at);
                    let tab_error = || {
                        error_of_class(
                            SyntaxClass::TabError,
                            "inconsistent use of tabs and spaces in indentation",
                            line_span,
                        )
                    };
                    let &(top, top_alt) = indents.last().unwrap_or(&(0, 0));
                    if col == top {
                        if alt != top_alt {
                            note(at, tab_error(), &mut tokenizer_error);
                        }
                    } else if col > top {
                        if indents.len() >= MAX_INDENT_LEVELS {
                            return Err(error_of_class(
                                SyntaxClass::IndentationError,
                                "too many levels of indentation",
                                line_span,
                            ));
                        }
                        if alt <= top_alt {
                            note(at, tab_error(), &mut tokenizer_error);
                        }
                        indents.push((col, alt));
                    } else {
                        while indents.len() > 1 && indents.last().is_some_and(|&(t, _)| col < t) {
                            indents.pop();
                        }
                        let &(top, top_alt) = indents.last().unwrap_or(&(0, 0));
                        if col != top {
                            let err = error_of_class(
                                SyntaxClass::IndentationError,
                                "unindent does not match any outer indentation level",
                                lines.end_of_line(at),
                            );
                            note(at, err, &mut tokenizer_error);
                        } else if alt != top_alt {
                            note(at, tab_error(), &mut tokenizer_error);
                        }
                    }
                }
            }
            continued = false;
        }

        match c {
            '\n' | '\r' => {
                at_line_start = true;
                if brackets.is_empty() && !continued {
                    ops.clear();
                    ops.push(0);
                }
                // `\r\n` is one line break.
                if c == '\r' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                    i += 1;
                }
            }
            '\\' => {
                // A line continuation: the next line is part of this logical line.
                if matches!(chars.get(i + 1), Some((_, '\n' | '\r'))) {
                    continued = true;
                }
            }
            '#' => {
                while chars
                    .get(i + 1)
                    .is_some_and(|&(_, n)| n != '\n' && n != '\r')
                {
                    i += 1;
                }
            }
            '\'' | '"' => {
                i = skip_string(&chars, i);
                continue;
            }
            '(' | '[' | '{' => {
                if brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(syntax_error("too many nested parentheses", lines.point(at)));
                }
                // A call or subscript (`f(`, `x[`, `g()(`) nests one more level; a bracket
                // that only groups or opens a display nests by being a new bracket level.
                let postfix = i > 0
                    && chars.get(i - 1).is_some_and(|&(_, p)| {
                        p == '_' || p.is_alphanumeric() || matches!(p, ')' | ']' | '}')
                    });
                if postfix {
                    bump(&mut ops, at, lines)?;
                }
                brackets.push((c, at));
                ops.push(0);
            }
            ')' | ']' | '}' => match brackets.pop() {
                None => {
                    note(
                        at,
                        syntax_error(format!("unmatched '{c}'"), lines.point(at)),
                        &mut tokenizer_error,
                    );
                }
                Some((open, open_at)) => {
                    ops.pop();
                    if ops.is_empty() {
                        ops.push(0);
                    }
                    if closer_of(open) != c {
                        let (open_line, _) = lines.pos(open_at);
                        let (close_line, _) = lines.pos(at);
                        let mut msg = format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        );
                        if open_line != close_line {
                            msg.push_str(&format!(" on line {open_line}"));
                        }
                        note(at, syntax_error(msg, lines.point(at)), &mut tokenizer_error);
                    }
                }
            },
            ',' | ';' => {
                if let Some(n) = ops.last_mut() {
                    *n = 0;
                }
            }
            '+' | '-' | '*' | '/' | '%' | '@' | '&' | '|' | '^' | '~' | '<' | '>' | '=' | '.'
            | '!' | ':' => bump(&mut ops, at, lines)?,
            _ if c == '_' || c.is_alphanumeric() => {
                // A word: a keyword that nests (`not`, `lambda`, `if` …), a name, a number, or
                // the prefix of a string such as `rb'…'` / `f"…"`.
                let start = i;
                while chars
                    .get(i + 1)
                    .is_some_and(|&(_, n)| n == '_' || n.is_alphanumeric())
                {
                    i += 1;
                }
                let word: String = chars[start..=i].iter().map(|&(_, ch)| ch).collect();
                let quote_follows = matches!(chars.get(i + 1), Some((_, '\'' | '"')));
                if quote_follows && is_string_prefix(&word) {
                    i = skip_string(&chars, i + 1);
                    continue;
                }
                if matches!(
                    word.as_str(),
                    "not"
                        | "and"
                        | "or"
                        | "if"
                        | "else"
                        | "lambda"
                        | "await"
                        | "yield"
                        | "in"
                        | "is"
                ) {
                    bump(&mut ops, at, lines)?;
                }
            }
            _ => {}
        }
        i += 1;
    }

    // The innermost bracket still open at the end of the file.
    let unclosed = brackets.last().map(|&(open, open_at)| {
        (
            open_at,
            syntax_error(format!("'{open}' was never closed"), lines.point(open_at)),
        )
    });
    Ok(Prescan {
        tokenizer_error,
        unclosed,
    })
}

/// Count one nesting operator at the current bracket level; refuse absurdly deep expressions.
fn bump(ops: &mut Vec<usize>, at: usize, lines: &LineIndex) -> Result<(), FrontEndError> {
    if let Some(n) = ops.last_mut() {
        *n += 1;
    }
    let depth = ops.iter().sum::<usize>() + ops.len();
    if depth > MAX_EXPR_DEPTH {
        return Err(FrontEndError::not_supported(
            format!("expressions nested more than {MAX_EXPR_DEPTH} levels deep"),
            lines.point(at),
        ));
    }
    Ok(())
}

fn closer_of(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

fn is_string_prefix(word: &str) -> bool {
    word.len() <= 2
        && word
            .chars()
            .all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'))
}

/// Skip a string literal starting at the quote `chars[i]`; returns the index just after it.
/// An unterminated single-quoted string stops at the end of its line, as in CPython.
fn skip_string(chars: &[(usize, char)], i: usize) -> usize {
    let Some(&(_, quote)) = chars.get(i) else {
        return i + 1;
    };
    let triple = chars.get(i + 1).is_some_and(|&(_, c)| c == quote)
        && chars.get(i + 2).is_some_and(|&(_, c)| c == quote);
    let mut j = if triple { i + 3 } else { i + 1 };
    while let Some(&(_, c)) = chars.get(j) {
        match c {
            '\\' => j += 2,
            '\n' | '\r' if !triple => return j,
            _ if c == quote => {
                if !triple {
                    return j + 1;
                }
                if chars.get(j + 1).is_some_and(|&(_, c)| c == quote)
                    && chars.get(j + 2).is_some_and(|&(_, c)| c == quote)
                {
                    return j + 3;
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
    chars.len()
}

// ---------------------------------------------------------------------------------------------
// Step 3: choosing and rewording the syntax error
// ---------------------------------------------------------------------------------------------

/// Everything needed to turn ruff's error list into the one error CPython would show.
struct Reporter<'a> {
    source: &'a str,
    lines: &'a LineIndex<'a>,
    tokens: &'a Tokens,
    module: &'a ra::ModModule,
}

/// The generic message CPython falls back to; a tokenizer error found anywhere replaces it.
const INVALID_SYNTAX: &str = "invalid syntax";

impl Reporter<'_> {
    /// CPython reads tokens lazily: a tokenizer error before the parser's first error wins. When
    /// the parser's error is only the generic "invalid syntax", CPython tokenizes the rest of the
    /// file and lets any tokenizer error found there win too. An unclosed bracket is special: it
    /// wins when the parser read on to the end of the file looking for the bracket's end, which
    /// we estimate (see `reads_to_eof`).
    fn first_syntax_error(&self, errors: &[ParseError], scan: Prescan) -> Option<FrontEndError> {
        // Tokenizer-level errors: the guard scan's, ruff's lexical ones, and bad number literals.
        let mut tokenizer: Vec<(usize, FrontEndError)> = scan.tokenizer_error.into_iter().collect();
        for e in errors {
            if let ParseErrorType::Lexical(lex) = &e.error {
                if let Some(err) = self.lexical(lex, e.location) {
                    tokenizer.push((e.location.start().to_usize(), err));
                }
            }
        }
        tokenizer.extend(self.bad_number_literal());
        // The first one in the file (of two at the same place, the first found).
        let tokenizer = tokenizer.into_iter().min_by_key(|(at, _)| *at);

        let Some(first) = errors.iter().find(|e| !is_tokenizer_level(&e.error)) else {
            return tokenizer.or(scan.unclosed).map(|(_, err)| err);
        };
        let err_at = first.location.start().to_usize();
        if let Some((at, err)) = tokenizer {
            if at <= err_at {
                return Some(err);
            }
            if self.parse_error(first).message() == INVALID_SYNTAX {
                return Some(err);
            }
        }
        if let Some((open_at, err)) = scan.unclosed {
            let at_eof = matches!(first.error, ParseErrorType::Lexical(LexicalErrorType::Eof));
            let generic = self.parse_error(first).message() == INVALID_SYNTAX;
            if at_eof || (generic && self.reads_to_eof(open_at, err_at)) {
                return Some(err);
            }
        }
        Some(self.parse_error(first))
    }

    /// Whether CPython's parser, failing at `err_at`, would read on to the end of the file and
    /// so meet the bracket opened at `open_at` still unclosed. CPython checks this itself when
    /// the error is on a later line than the bracket; otherwise it depends on whether its error
    /// rules look past the failing token, which they do when that token could start an
    /// expression (`(1 2` → the parser tries `1, 2`; `def f(:` → it stops at `:`).
    fn reads_to_eof(&self, open_at: usize, err_at: usize) -> bool {
        if open_at >= err_at || self.lines.pos(open_at).0 < self.lines.pos(err_at).0 {
            return true;
        }
        self.tokens
            .iter()
            .find(|t| t.start().to_usize() == err_at)
            .is_some_and(|t| {
                matches!(
                    t.kind(),
                    TokenKind::Name
                        | TokenKind::Int
                        | TokenKind::Float
                        | TokenKind::Complex
                        | TokenKind::String
                        | TokenKind::FStringStart
                        | TokenKind::Lpar
                        | TokenKind::Lsqb
                        | TokenKind::Lbrace
                        | TokenKind::None
                        | TokenKind::True
                        | TokenKind::False
                        | TokenKind::Lambda
                        | TokenKind::Not
                        | TokenKind::Tilde
                )
            })
    }

    fn span(&self, range: TextRange) -> Span {
        self.lines.span(range)
    }

    /// Span of an error token; a newline token gets an empty span, as CPython reports it.
    fn token_span(&self, range: TextRange) -> Span {
        let text = self
            .source
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("");
        if text.is_empty() || text.starts_with(['\n', '\r']) {
            self.lines.point(range.start().to_usize())
        } else {
            self.span(range)
        }
    }

    /// Map one of ruff's lexical errors to CPython's tokenizer error, if it is one.
    fn lexical(&self, lex: &LexicalErrorType, range: TextRange) -> Option<FrontEndError> {
        let start = range.start().to_usize();
        Some(match lex {
            LexicalErrorType::UnclosedStringError
            | LexicalErrorType::FStringError(InterpolatedStringErrorType::UnterminatedString)
            | LexicalErrorType::FStringError(
                InterpolatedStringErrorType::UnterminatedTripleQuotedString,
            ) => {
                let string_start = self.string_token_start(start);
                let rest = self.source.get(string_start..).unwrap_or("");
                let after_prefix = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                let triple = after_prefix.starts_with("'''") || after_prefix.starts_with("\"\"\"");
                // The tokenizer notices on the line where it gives up: the string's last line,
                // not counting a final line break.
                let mut end = range.end().to_usize();
                if end > start && matches!(self.source.as_bytes().get(end - 1), Some(b'\n' | b'\r'))
                {
                    end -= 1;
                }
                let (detected, _) = self.lines.pos(end);
                let kind = if triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                syntax_error(
                    format!("{kind} (detected at line {detected})"),
                    self.lines.point(string_start),
                )
            }
            LexicalErrorType::UnrecognizedToken { tok } => {
                if tok.is_ascii() {
                    // `$`, `?` … are errors of the parser in CPython: plain "invalid syntax".
                    return None;
                }
                let code = *tok as u32;
                let message = if is_printable(*tok) {
                    format!("invalid character '{tok}' (U+{code:04X})")
                } else {
                    format!("invalid non-printable character U+{code:04X}")
                };
                syntax_error(message, self.lines.point(start))
            }
            LexicalErrorType::LineContinuationError => syntax_error(
                "unexpected character after line continuation character",
                self.lines.point(range.end().to_usize()),
            ),
            LexicalErrorType::IndentationError => error_of_class(
                SyntaxClass::IndentationError,
                "unindent does not match any outer indentation level",
                self.lines.end_of_line(start),
            ),
            LexicalErrorType::OtherError(msg)
                if !msg.contains("Invalid decimal integer literal") =>
            {
                return self.bad_prefixed_number(range);
            }
            LexicalErrorType::UnicodeError => return self.unknown_unicode_name(range),
            _ => return None,
        })
    }

    /// `"\N{NO SUCH NAME}"`. ruff's `range` is the name between the braces. CPython finds the
    /// bad name while it decodes the string's escapes, after the parser has read the token that
    /// follows the (implicitly concatenated) strings: that token is where it points. The
    /// positions in the message are offsets in the text its decoder saw: the string's content
    /// (in an f-string, the literal piece) with every non-ASCII character written as a 10-byte
    /// `\UXXXXXXXX` escape.
    fn unknown_unicode_name(&self, range: TextRange) -> Option<FrontEndError> {
        let name_start = range.start().to_usize();
        let backslash = name_start.checked_sub(3)?;
        if self.source.get(backslash..name_start) != Some("\\N{") {
            return None;
        }
        // The escape as written, `\N{` to `}` inclusive.
        let escape = self.source.get(backslash..=range.end().to_usize())?;
        let tokens: Vec<_> = self.tokens.iter().collect();
        let index = tokens
            .iter()
            .position(|t| t.start().to_usize() <= backslash && backslash < t.end().to_usize())?;
        let token = tokens[index];
        let (content_start, mut depth) = match token.kind() {
            TokenKind::String => {
                let text = self.source.get(token.start().to_usize()..)?;
                let after_prefix = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                let prefix = text.len() - after_prefix.len();
                let triple = after_prefix.starts_with("'''") || after_prefix.starts_with("\"\"\"");
                let quotes = if triple { 3 } else { 1 };
                (token.start().to_usize() + prefix + quotes, 0)
            }
            TokenKind::FStringMiddle | TokenKind::TStringMiddle => (token.start().to_usize(), 1),
            _ => return None,
        };
        let decoded_len = |text: &str| -> usize {
            text.chars()
                .map(|c| if c.is_ascii() { 1 } else { 10 })
                .sum()
        };
        let first = decoded_len(self.source.get(content_start..backslash)?);
        let last = first + decoded_len(escape) - 1;
        // The first token after the strings: skip string pieces, whole f-strings and trivia.
        let mut after = self.source.len();
        for t in &tokens[index + 1..] {
            match t.kind() {
                TokenKind::FStringStart | TokenKind::TStringStart => depth += 1,
                TokenKind::FStringEnd | TokenKind::TStringEnd => depth -= 1,
                _ if depth > 0 => {}
                TokenKind::String | TokenKind::Comment | TokenKind::NonLogicalNewline => {}
                _ => {
                    after = t.start().to_usize();
                    break;
                }
            }
        }
        Some(syntax_error(
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                 {first}-{last}: unknown Unicode character name"
            ),
            self.lines.point(after),
        ))
    }

    /// The start of the string token holding `at` (ruff reports some errors inside the string).
    fn string_token_start(&self, at: usize) -> usize {
        self.tokens
            .iter()
            .find(|t| {
                t.start().to_usize() <= at && at < t.end().to_usize().max(t.start().to_usize() + 1)
            })
            .map_or(at, |t| t.start().to_usize())
    }

    /// `0x`, `0o8`, `0b2`: a prefixed number with no digits or a digit its base does not have.
    fn bad_prefixed_number(&self, range: TextRange) -> Option<FrontEndError> {
        let text = self
            .source
            .get(range.start().to_usize()..range.end().to_usize())?;
        let lower = text.to_ascii_lowercase();
        let (kind, valid): (&str, fn(char) -> bool) = match lower.get(..2)? {
            "0x" => ("hexadecimal", |c| c.is_ascii_hexdigit() || c == '_'),
            "0o" => ("octal", |c| matches!(c, '0'..='7' | '_')),
            "0b" => ("binary", |c| matches!(c, '0' | '1' | '_')),
            _ => return None,
        };
        let digits = text.get(2..)?;
        if let Some((i, bad)) = digits.char_indices().find(|&(_, c)| !valid(c)) {
            let at = range.start().to_usize() + 2 + i;
            return Some(syntax_error(
                format!("invalid digit '{bad}' in {kind} literal"),
                self.lines.point(at),
            ));
        }
        // No digits at all: CPython points at the last character it read.
        let last = range.end().to_usize().saturating_sub(1);
        Some(syntax_error(
            format!("invalid {kind} literal"),
            self.lines.point(last),
        ))
    }

    /// `1_`, `1e`, `0o8`: CPython's tokenizer rejects a number glued to letters; ruff
    /// splits it into a number and a name.
    fn bad_number_literal(&self) -> Option<(usize, FrontEndError)> {
        let tokens: Vec<_> = self.tokens.iter().collect();
        for pair in tokens.windows(2) {
            let (num, next) = (pair[0], pair[1]);
            if !matches!(num.kind(), TokenKind::Int | TokenKind::Float)
                || next.kind() != TokenKind::Name
            {
                continue;
            }
            if num.end() != next.start() {
                continue;
            }
            let text = self
                .source
                .get(num.start().to_usize()..num.end().to_usize())
                .unwrap_or("");
            let lower = text.to_ascii_lowercase();
            let kind = if lower.starts_with("0x") {
                "hexadecimal"
            } else if lower.starts_with("0o") {
                "octal"
            } else if lower.starts_with("0b") {
                "binary"
            } else {
                "decimal"
            };
            let at = next.start().to_usize();
            return Some((
                at,
                syntax_error(format!("invalid {kind} literal"), self.lines.point(at)),
            ));
        }
        None
    }

    /// Reword a parser error the way CPython 3.11 words it.
    fn parse_error(&self, e: &ParseError) -> FrontEndError {
        let range = e.location;
        let start = range.start().to_usize();
        if let Some(fstring_end) = self.enclosing_fstring_end(start) {
            return self.fstring_error(e, fstring_end);
        }
        let generic = || syntax_error(INVALID_SYNTAX, self.token_span(range));
        match &e.error {
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Colon,
                found: TokenKind::Newline,
            } => syntax_error("expected ':'", self.lines.point(start)),
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Colon,
                found: TokenKind::Equal,
            } => self.assignment_in_condition(range).unwrap_or_else(generic),
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Comma,
                ..
            } => self.forgot_comma(range).unwrap_or_else(generic),
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Else,
                ..
            } => self.missing_else(range).unwrap_or_else(generic),
            ParseErrorType::Lexical(LexicalErrorType::Eof) => {
                // After a trailing backslash ruff's range ends past the line break; CPython
                // points just after the backslash.
                let mut end = range.end().to_usize();
                while end > start
                    && matches!(self.source.as_bytes().get(end - 1), Some(b'\n' | b'\r'))
                {
                    end -= 1;
                }
                syntax_error("unexpected EOF while parsing", self.lines.point(end))
            }
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => syntax_error(
                "bytes can only contain ASCII literal characters",
                self.span(self.token_range_at(start)),
            ),
            ParseErrorType::Lexical(LexicalErrorType::OtherError(msg))
                if msg.contains("Invalid decimal integer literal") =>
            {
                let first = self.lines.point(start);
                syntax_error(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    Span { end_col: first.col + 1, ..first },
                )
            }
            ParseErrorType::SimpleStatementsOnSameLine => {
                self.missing_print_parens(range).unwrap_or_else(generic)
            }
            ParseErrorType::UnexpectedIndentation => {
                // CPython points at the last character of the indentation.
                let (line, end_col) = self.lines.pos(range.end().to_usize());
                let col = end_col.saturating_sub(1);
                error_of_class(
                    SyntaxClass::IndentationError,
                    "unexpected indent",
                    Span::new(line, col, line, col),
                )
            }
            ParseErrorType::OtherError(msg)
                if msg.starts_with("Expected an indented block after ") =>
            {
                self.expected_block(msg, range)
            }
            ParseErrorType::OtherError(msg) if msg == "Only one '*' parameter allowed" => {
                syntax_error("* argument may appear only once", self.first_char(range))
            }
            ParseErrorType::OtherError(msg) if msg.starts_with("Trailing comma not allowed") => {
                syntax_error(
                    "trailing comma not allowed without surrounding parentheses",
                    self.lines.point(range.end().to_usize()),
                )
            }
            ParseErrorType::InvalidAssignmentTarget => self.invalid_target(range),
            ParseErrorType::InvalidDeleteTarget => syntax_error(
                format!("cannot delete {}", self.expr_name_at(range)),
                self.span(range),
            ),
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                let message = match self.expr_at(range) {
                    Some(ra::Expr::Tuple(_)) => "only single target (not tuple) can be annotated",
                    Some(ra::Expr::List(_)) => "only single target (not list) can be annotated",
                    _ => "illegal target for annotation",
                };
                syntax_error(message, self.span(range))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => syntax_error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    self.expr_name_at(range)
                ),
                self.span(range),
            ),
            ParseErrorType::InvalidNamedAssignmentTarget => syntax_error(
                format!(
                    "cannot use assignment expressions with {}",
                    self.expr_name_at(range)
                ),
                self.span(range),
            ),
            ParseErrorType::InvalidArgumentUnpackingOrder => syntax_error(
                "iterable argument unpacking follows keyword argument unpacking",
                self.first_char(range),
            ),
            // CPython points just past the offending argument.
            ParseErrorType::PositionalAfterKeywordArgument => syntax_error(
                "positional argument follows keyword argument",
                self.first_char(TextRange::empty(range.end())),
            ),
            ParseErrorType::PositionalAfterKeywordUnpacking => syntax_error(
                "positional argument follows keyword argument unpacking",
                self.first_char(TextRange::empty(range.end())),
            ),
            ParseErrorType::NonDefaultParamAfterDefaultParam => syntax_error(
                "non-default argument follows default argument",
                self.span(range),
            ),
            ParseErrorType::ParamAfterVarKeywordParam => syntax_error(
                "arguments cannot follow var-keyword argument",
                self.span(range),
            ),
            ParseErrorType::ExpectedKeywordParam => {
                syntax_error("named arguments must follow bare *", self.span(range))
            }
            ParseErrorType::VarParameterWithDefault => {
                let text = self.source.get(start..).unwrap_or("");
                let which = if text.starts_with("**") {
                    "var-keyword"
                } else {
                    "var-positional"
                };
                syntax_error(
                    format!("{which} argument cannot have default value"),
                    self.span(range),
                )
            }
            ParseErrorType::UnparenthesizedGeneratorExpression => syntax_error(
                "Generator expression must be parenthesized",
                self.span(range),
            ),
            ParseErrorType::IterableUnpackingInComprehension => syntax_error(
                "iterable unpacking cannot be used in comprehension",
                self.span(range),
            ),
            _ => generic(),
        }
    }

    /// A one-character span at the start of `range`.
    fn first_char(&self, range: TextRange) -> Span {
        let p = self.lines.point(range.start().to_usize());
        Span {
            end_col: p.col + 1,
            ..p
        }
    }

    /// The token that covers byte `at` (or an empty range there).
    fn token_range_at(&self, at: usize) -> TextRange {
        self.tokens
            .iter()
            .find(|t| t.start().to_usize() <= at && at < t.end().to_usize())
            .map_or(TextRange::empty(TextSize::new(to_u32(at))), |t| t.range())
    }

    /// If `at` lies inside an f-string, the byte offset where the whole string expression ends
    /// (implicitly concatenated pieces included): CPython 3.11 puts f-string errors there.
    fn enclosing_fstring_end(&self, at: usize) -> Option<usize> {
        let tokens: Vec<_> = self.tokens.iter().collect();
        let mut depth = 0usize;
        let mut start_index = None;
        for (i, t) in tokens.iter().enumerate() {
            if t.start().to_usize() > at && depth == 0 {
                break;
            }
            match t.kind() {
                TokenKind::FStringStart => {
                    if depth == 0 {
                        start_index = Some(i);
                    }
                    depth += 1;
                }
                TokenKind::FStringEnd => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 && t.end().to_usize() > at {
                        break;
                    }
                    if depth == 0 {
                        start_index = None;
                    }
                }
                _ => {}
            }
        }
        let first = start_index?;
        // Walk to the end of this f-string and of any strings concatenated to it.
        let mut end = tokens.get(first)?.end().to_usize();
        let mut depth = 0usize;
        for t in tokens.iter().skip(first) {
            match t.kind() {
                TokenKind::FStringStart => depth += 1,
                TokenKind::FStringEnd => depth = depth.saturating_sub(1),
                TokenKind::String | TokenKind::NonLogicalNewline | TokenKind::Comment
                    if depth == 0 => {}
                _ if depth == 0 => break,
                TokenKind::Newline => break,
                _ => {}
            }
            if matches!(t.kind(), TokenKind::FStringEnd | TokenKind::String) && depth == 0 {
                end = t.end().to_usize();
            } else if depth > 0 {
                end = end.max(t.end().to_usize());
            }
        }
        Some(end)
    }

    fn fstring_error(&self, e: &ParseError, end: usize) -> FrontEndError {
        let at = self.lines.point(end);
        let message = match &e.error {
            ParseErrorType::FStringError(kind)
            | ParseErrorType::Lexical(LexicalErrorType::FStringError(kind)) => match kind {
                InterpolatedStringErrorType::InvalidConversionFlag => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                }
                InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
                InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
                _ => "f-string: invalid syntax",
            },
            ParseErrorType::ExpectedExpression => {
                let s = e.location.start().to_usize();
                let prev = self.source.get(..s).unwrap_or("").trim_end();
                let here = self.source.get(s..).unwrap_or("");
                if prev.ends_with('{') && here.starts_with('}') {
                    "f-string: empty expression not allowed"
                } else {
                    "f-string: expecting '}'"
                }
            }
            _ => "f-string: invalid syntax",
        };
        syntax_error(message, at)
    }

    /// `if x = 1:` → CPython suggests `==` or `:=`, spanning from the name to the value.
    fn assignment_in_condition(&self, eq: TextRange) -> Option<FrontEndError> {
        let tokens: Vec<_> = self.tokens.iter().collect();
        let i = tokens.iter().position(|t| t.start() == eq.start())?;
        let name = tokens.get(i.checked_sub(1)?)?;
        if name.kind() != TokenKind::Name {
            return None;
        }
        let mut end = eq.end();
        for t in tokens.iter().skip(i + 1) {
            if matches!(
                t.kind(),
                TokenKind::Colon | TokenKind::Newline | TokenKind::EndOfFile
            ) {
                break;
            }
            end = t.end();
        }
        Some(syntax_error(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            self.span(TextRange::new(name.start(), end)),
        ))
    }

    /// `[1, 2 3]` → "Perhaps you forgot a comma?", spanning both expressions.
    fn forgot_comma(&self, found: TextRange) -> Option<FrontEndError> {
        let pos = found.start();
        let index = AstIndex::of(&self.module.body);
        let ranges = index.exprs.iter().map(|e| e.range());
        // The expression just before the gap, and the one after it.
        let before = ranges
            .clone()
            .filter(|r| r.end() <= pos)
            .filter(|r| {
                let gap = self
                    .source
                    .get(r.end().to_usize()..pos.to_usize())
                    .unwrap_or("x");
                gap.chars().all(char::is_whitespace)
            })
            .min_by_key(|r| r.len())?;
        let after = ranges
            .filter(|r| r.start() == pos)
            .max_by_key(|r| r.len())
            .unwrap_or(found);
        Some(syntax_error(
            "invalid syntax. Perhaps you forgot a comma?",
            self.span(TextRange::new(before.start(), after.end())),
        ))
    }

    /// `x = 1 if 2` → "expected 'else' after 'if' expression", spanning body and test.
    fn missing_else(&self, found: TextRange) -> Option<FrontEndError> {
        let index = AstIndex::of(&self.module.body);
        let (range, test_end) = (index.exprs.iter())
            .filter_map(|e| match e {
                ra::Expr::If(e) => Some((e.range, e.test.end())),
                _ => None,
            })
            .filter(|(r, _)| r.start() < found.start())
            .max_by_key(|(r, _)| r.start())?;
        Some(syntax_error(
            "expected 'else' after 'if' expression",
            self.span(TextRange::new(range.start(), test_end)),
        ))
    }

    /// `print 'hi'` → CPython's hint about Python 2's print statement.
    fn missing_print_parens(&self, at: TextRange) -> Option<FrontEndError> {
        let body = &self.module.body;
        let i = body.iter().position(|s| s.end() <= at.start() && s.start() <= at.start() && {
            matches!(s, ra::Stmt::Expr(e) if matches!(&*e.value, ra::Expr::Name(n) if n.id.as_str() == "print" || n.id.as_str() == "exec"))
        })?;
        let print = body.get(i)?;
        let next = body.get(i + 1).filter(|s| s.start() == at.start())?;
        let name = match print {
            ra::Stmt::Expr(e) => match &*e.value {
                ra::Expr::Name(n) => n.id.to_string(),
                _ => return None,
            },
            _ => return None,
        };
        Some(syntax_error(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            self.span(TextRange::new(print.start(), next.end())),
        ))
    }

    /// "expected an indented block after 'if' statement on line 3".
    fn expected_block(&self, ruff_message: &str, at: TextRange) -> FrontEndError {
        let what = ruff_message.trim_start_matches("Expected an indented block after ");
        let what = match what {
            "function definition" => "function definition".to_string(),
            "`class` definition" => "class definition".to_string(),
            other => other.replace('`', "'").replace(" clause", " statement"),
        };
        let header_line = self.header_line_before(at.start().to_usize());
        error_of_class(
            SyntaxClass::IndentationError,
            format!("expected an indented block after {what} on line {header_line}"),
            self.token_span(at),
        )
    }

    /// The line of the compound statement whose `:` comes last before `at`.
    fn header_line_before(&self, at: usize) -> u32 {
        let tokens: Vec<_> = self
            .tokens
            .iter()
            .filter(|t| t.start().to_usize() < at)
            .collect();
        let Some(colon) = tokens.iter().rposition(|t| t.kind() == TokenKind::Colon) else {
            return self.lines.pos(at).0;
        };
        // The logical line starts after the previous NEWLINE / INDENT / DEDENT.
        let start = tokens[..colon]
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind(),
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                )
            })
            .map_or(0, |i| i + 1);
        let first = tokens[start..=colon]
            .iter()
            .find(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
            .map_or(at, |t| t.start().to_usize());
        self.lines.pos(first).0
    }

    /// `1 = x`, `f() = 1`, `for 1 in x`: CPython's "cannot assign to …" family.
    fn invalid_target(&self, range: TextRange) -> FrontEndError {
        let name = self.expr_name_at(range);
        // A whole left-hand side of `target = value` gets CPython's `==` hint, unless it is a
        // display, a comparison or other non-`bitwise_or` expression (see CPython's grammar rule
        // `invalid_named_expression`).
        let whole_lhs = self.module_assign_with_target(range);
        let hint = whole_lhs
            && !matches!(
                self.expr_at(range),
                Some(
                    ra::Expr::List(_)
                        | ra::Expr::Tuple(_)
                        | ra::Expr::Generator(_)
                        | ra::Expr::BooleanLiteral(_)
                        | ra::Expr::NoneLiteral(_)
                        | ra::Expr::Compare(_)
                        | ra::Expr::BoolOp(_)
                        | ra::Expr::If(_)
                        | ra::Expr::Lambda(_)
                        | ra::Expr::Named(_)
                        | ra::Expr::Yield(_)
                        | ra::Expr::YieldFrom(_)
                        | ra::Expr::Starred(_)
                ) | Some(ra::Expr::UnaryOp(ra::ExprUnaryOp {
                    op: ra::UnaryOp::Not,
                    ..
                }))
            );
        let message = match self.expr_at(range) {
            Some(ra::Expr::Yield(_) | ra::Expr::YieldFrom(_)) => {
                "assignment to yield expression not possible".to_string()
            }
            _ if hint => {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            }
            _ => format!("cannot assign to {name}"),
        };
        syntax_error(message, self.span(range))
    }

    /// Whether some `a = b` (with one `=`) anywhere has exactly this range as its target.
    fn module_assign_with_target(&self, range: TextRange) -> bool {
        (AstIndex::of(&self.module.body).single_assign_targets).contains(&range)
    }

    /// The first (outermost) expression with exactly this range.
    fn expr_at(&self, range: TextRange) -> Option<&ra::Expr> {
        (AstIndex::of(&self.module.body).exprs.into_iter()).find(|e| e.range() == range)
    }

    /// CPython's name for the kind of expression at `range` ("function call", "literal" …).
    fn expr_name_at(&self, range: TextRange) -> &'static str {
        self.expr_at(range).map_or("expression", expr_name)
    }

    /// Ruff reports Python-3.12+ syntax separately; Python 3.11 rejects it.
    fn unsupported(&self, err: &UnsupportedSyntaxError) -> FrontEndError {
        let span = self.span(err.range);
        let kind_text = format!("{:?}", err.kind);
        match err.kind {
            UnsupportedSyntaxErrorKind::TypeAliasStatement => {
                FrontEndError::not_supported("type aliases (the type statement)", span)
            }
            UnsupportedSyntaxErrorKind::TypeParameterList
            | UnsupportedSyntaxErrorKind::TypeParamDefault => {
                FrontEndError::not_supported("type parameters", span)
            }
            UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
                syntax_error("multiple exception types must be parenthesized", span)
            }
            UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => syntax_error(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                span,
            ),
            // The enum inside is private to ruff, so tell its variants apart by name.
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
                if kind_text.contains("DictInDict") {
                    // CPython underlines just the `**`.
                    let start = self.lines.point(err.range.start().to_usize());
                    let span = Span {
                        end_col: start.col + 2,
                        ..start
                    };
                    syntax_error("dict unpacking cannot be used in dict comprehension", span)
                } else {
                    syntax_error("iterable unpacking cannot be used in comprehension", span)
                }
            }
            UnsupportedSyntaxErrorKind::Pep701FString(_) => {
                let end = self
                    .enclosing_fstring_end(err.range.start().to_usize())
                    .unwrap_or(err.range.end().to_usize());
                let message = if kind_text.contains("Backslash") {
                    "f-string expression part cannot include a backslash"
                } else if kind_text.contains("Comment") {
                    "f-string expression part cannot include '#'"
                } else {
                    "f-string: expecting '}'"
                };
                syntax_error(message, self.lines.point(end))
            }
            _ => syntax_error(INVALID_SYNTAX, span),
        }
    }
}

/// Errors that come from the tokenizer in CPython; they are weighed separately.
fn is_tokenizer_level(e: &ParseErrorType) -> bool {
    matches!(
        e,
        ParseErrorType::Lexical(
            LexicalErrorType::UnclosedStringError
                | LexicalErrorType::UnrecognizedToken { .. }
                | LexicalErrorType::LineContinuationError
                | LexicalErrorType::IndentationError
                | LexicalErrorType::FStringError(
                    InterpolatedStringErrorType::UnterminatedString
                        | InterpolatedStringErrorType::UnterminatedTripleQuotedString
                )
        )
    ) && !matches!(e, ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) if tok.is_ascii())
}

/// Python's `str.isprintable` for one character, closely enough: CPython says "invalid
/// non-printable character" for controls, format characters and non-ASCII spaces.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}

/// CPython's `_PyPegen_get_expr_name`: how error messages call each kind of expression.
fn expr_name(e: &ra::Expr) -> &'static str {
    match e {
        ra::Expr::Attribute(_) => "attribute",
        ra::Expr::Subscript(_) => "subscript",
        ra::Expr::Starred(_) => "starred",
        ra::Expr::Name(_) => "name",
        ra::Expr::List(_) => "list",
        ra::Expr::Tuple(_) => "tuple",
        ra::Expr::Lambda(_) => "lambda",
        ra::Expr::Call(_) => "function call",
        ra::Expr::BoolOp(_) | ra::Expr::BinOp(_) | ra::Expr::UnaryOp(_) => "expression",
        ra::Expr::Generator(_) => "generator expression",
        ra::Expr::Yield(_) | ra::Expr::YieldFrom(_) => "yield expression",
        ra::Expr::Await(_) => "await expression",
        ra::Expr::ListComp(_) => "list comprehension",
        ra::Expr::SetComp(_) => "set comprehension",
        ra::Expr::DictComp(_) => "dict comprehension",
        ra::Expr::Dict(_) => "dict literal",
        ra::Expr::Set(_) => "set display",
        ra::Expr::FString(_) | ra::Expr::TString(_) => "f-string expression",
        ra::Expr::NoneLiteral(_) => "None",
        ra::Expr::BooleanLiteral(b) if b.value => "True",
        ra::Expr::BooleanLiteral(_) => "False",
        ra::Expr::EllipsisLiteral(_) => "ellipsis",
        ra::Expr::StringLiteral(_) | ra::Expr::BytesLiteral(_) | ra::Expr::NumberLiteral(_) => {
            "literal"
        }
        ra::Expr::Compare(_) => "comparison",
        ra::Expr::If(_) => "conditional expression",
        ra::Expr::Named(_) => "named expression",
        ra::Expr::Slice(_) | ra::Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Every expression of a module in pre-order (an expression before the ones inside it), and
/// the target of every one-target assignment (`a = b`): what the error messages that look around
/// in the tree ask. One visitor for all of them, because each visitor type is a copy of ruff's
/// whole generic tree walk in the page's code.
#[derive(Default)]
struct AstIndex<'a> {
    exprs: Vec<&'a ra::Expr>,
    single_assign_targets: Vec<TextRange>,
}

impl<'a> AstIndex<'a> {
    fn of(body: &'a [ra::Stmt]) -> AstIndex<'a> {
        let mut index = AstIndex::default();
        ra::visitor::walk_body(&mut index, body);
        index
    }
}

impl<'a> ra::visitor::Visitor<'a> for AstIndex<'a> {
    fn visit_stmt(&mut self, stmt: &'a ra::Stmt) {
        if let ra::Stmt::Assign(a) = stmt {
            if let [target] = a.targets.as_slice() {
                self.single_assign_targets.push(target.range());
            }
        }
        ra::visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a ra::Expr) {
        self.exprs.push(expr);
        ra::visitor::walk_expr(self, expr);
    }
}

// ---------------------------------------------------------------------------------------------
// Step 4: conversion
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Module,
    Class,
    Function,
}

/// Walks ruff's tree and builds ours. It also tracks where it is (function? loop?) to raise the
/// errors CPython's compiler raises.
struct Converter<'a> {
    source: &'a str,
    lines: &'a LineIndex<'a>,
    scope: Scope,
    /// Inside a loop body of the current function (not its `else`).
    in_loop: bool,
    /// Inside a comprehension of this kind ("list comprehension" …), where `yield` is refused.
    comprehension: Option<&'static str>,
}

type Res<T> = Result<T, FrontEndError>;

impl<'a> Converter<'a> {
    fn new(source: &'a str, lines: &'a LineIndex<'a>) -> Converter<'a> {
        Converter {
            source,
            lines,
            scope: Scope::Module,
            in_loop: false,
            comprehension: None,
        }
    }

    fn span(&self, node: &impl Ranged) -> Span {
        self.lines.span(node.range())
    }

    fn not_supported<T>(&self, feature: &str, node: &impl Ranged) -> Res<T> {
        Err(FrontEndError::not_supported(feature, self.span(node)))
    }

    fn error<T>(&self, message: impl Into<String>, node: &impl Ranged) -> Res<T> {
        Err(syntax_error(message, self.span(node)))
    }

    /// Run `f` in a new function or class scope, restoring the loop/comprehension state after.
    fn in_scope<T>(&mut self, scope: Scope, f: impl FnOnce(&mut Self) -> Res<T>) -> Res<T> {
        let saved = (self.scope, self.in_loop, self.comprehension);
        self.scope = scope;
        self.in_loop = false;
        self.comprehension = None;
        let result = f(self);
        (self.scope, self.in_loop, self.comprehension) = saved;
        result
    }

    fn in_loop<T>(&mut self, f: impl FnOnce(&mut Self) -> Res<T>) -> Res<T> {
        let saved = self.in_loop;
        self.in_loop = true;
        let result = f(self);
        self.in_loop = saved;
        result
    }

    fn stmts(&mut self, body: &[ra::Stmt]) -> Res<Vec<Stmt>> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, stmt: &ra::Stmt) -> Res<Stmt> {
        let span = self.span(stmt);
        let kind = match stmt {
            ra::Stmt::FunctionDef(f) => StmtKind::FunctionDef(Box::new(self.function_def(f)?)),
            ra::Stmt::ClassDef(c) => StmtKind::ClassDef(Box::new(self.class_def(c)?)),
            ra::Stmt::Return(r) => {
                if self.scope != Scope::Function {
                    return self.error("'return' outside function", stmt);
                }
                StmtKind::Return(self.opt_expr(r.value.as_deref())?)
            }
            ra::Stmt::Delete(d) => StmtKind::Delete(
                d.targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<Res<_>>()?,
            ),
            ra::Stmt::Assign(a) => {
                let targets = a
                    .targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<Res<_>>()?;
                StmtKind::Assign {
                    targets,
                    value: self.expr(&a.value)?,
                }
            }
            ra::Stmt::AugAssign(a) => StmtKind::AugAssign {
                target: self.target(&a.target)?,
                op: bin_op(a.op),
                value: self.expr(&a.value)?,
            },
            ra::Stmt::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.target(&a.target)?,
                value: a.value.as_deref().map(|v| self.expr(v)).transpose()?,
            },
            ra::Stmt::TypeAlias(_) => {
                return self.not_supported("type aliases (the type statement)", stmt)
            }
            ra::Stmt::For(f) => {
                if f.is_async {
                    return self.not_supported("async for loops", stmt);
                }
                let target = self.target(&f.target)?;
                let iter = self.expr(&f.iter)?;
                let body = self.in_loop(|c| c.stmts(&f.body))?;
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse: self.stmts(&f.orelse)?,
                }
            }
            ra::Stmt::While(w) => {
                let test = self.expr(&w.test)?;
                let body = self.in_loop(|c| c.stmts(&w.body))?;
                StmtKind::While {
                    test,
                    body,
                    orelse: self.stmts(&w.orelse)?,
                }
            }
            ra::Stmt::If(i) => {
                let test = self.expr(&i.test)?;
                let body = self.stmts(&i.body)?;
                let orelse = self.elif_else(&i.elif_else_clauses, stmt.end())?;
                StmtKind::If { test, body, orelse }
            }
            ra::Stmt::With(w) => {
                if w.is_async {
                    return self.not_supported("async with statements", stmt);
                }
                let items = w
                    .items
                    .iter()
                    .map(|item| {
                        Ok(WithItem {
                            context: self.expr(&item.context_expr)?,
                            target: item
                                .optional_vars
                                .as_deref()
                                .map(|t| self.target(t))
                                .transpose()?,
                        })
                    })
                    .collect::<Res<_>>()?;
                StmtKind::With {
                    items,
                    body: self.stmts(&w.body)?,
                }
            }
            ra::Stmt::Match(_) => return self.not_supported("match statements", stmt),
            ra::Stmt::Raise(r) => StmtKind::Raise {
                exc: self.opt_expr(r.exc.as_deref())?,
                cause: self.opt_expr(r.cause.as_deref())?,
            },
            ra::Stmt::Try(t) => {
                if t.is_star {
                    return self.not_supported("except* (exception groups)", stmt);
                }
                let body = self.stmts(&t.body)?;
                let handlers = t
                    .handlers
                    .iter()
                    .map(|h| {
                        let ra::ExceptHandler::ExceptHandler(h) = h;
                        Ok(ExceptHandler {
                            span: self.span(h),
                            typ: self.opt_expr(h.type_.as_deref())?,
                            name: h.name.as_ref().map(|n| n.id.to_string()),
                            body: self.stmts(&h.body)?,
                        })
                    })
                    .collect::<Res<_>>()?;
                let orelse = self.stmts(&t.orelse)?;
                let finalbody = self.stmts(&t.finalbody)?;
                StmtKind::Try(Box::new(Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }))
            }
            ra::Stmt::Assert(a) => StmtKind::Assert {
                test: self.expr(&a.test)?,
                msg: self.opt_expr(a.msg.as_deref())?,
            },
            ra::Stmt::Import(i) => {
                if i.is_lazy {
                    return self.not_supported("lazy imports", stmt);
                }
                StmtKind::Import(i.names.iter().map(|a| self.alias(a)).collect())
            }
            ra::Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return self.not_supported("relative imports (from . import …)", stmt);
                }
                if i.is_lazy {
                    return self.not_supported("lazy imports", stmt);
                }
                let module = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                StmtKind::ImportFrom {
                    module,
                    names: i.names.iter().map(|a| self.alias(a)).collect(),
                    level: i.level,
                }
            }
            ra::Stmt::Global(g) => {
                StmtKind::Global(g.names.iter().map(|n| n.id.to_string()).collect())
            }
            ra::Stmt::Nonlocal(n) => {
                if self.scope == Scope::Module {
                    return self.error("nonlocal declaration not allowed at module level", stmt);
                }
                StmtKind::Nonlocal(n.names.iter().map(|n| n.id.to_string()).collect())
            }
            ra::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            ra::Stmt::Pass(_) => StmtKind::Pass,
            ra::Stmt::Break(_) => {
                if !self.in_loop {
                    return self.error("'break' outside loop", stmt);
                }
                StmtKind::Break
            }
            ra::Stmt::Continue(_) => {
                if !self.in_loop {
                    return self.error("'continue' not properly in loop", stmt);
                }
                StmtKind::Continue
            }
            ra::Stmt::IpyEscapeCommand(_) => return self.error(INVALID_SYNTAX, stmt),
        };
        Ok(Stmt { span, kind })
    }

    /// `elif` / `else` clauses become a nested `If` in `orelse`, as in CPython's own tree. The
    /// nested `If` spans from its `elif` to the end of the whole statement.
    fn elif_else(&mut self, clauses: &[ra::ElifElseClause], end: TextSize) -> Res<Vec<Stmt>> {
        let Some((first, rest)) = clauses.split_first() else {
            return Ok(Vec::new());
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                let test = self.expr(test)?;
                let body = self.stmts(&first.body)?;
                let orelse = self.elif_else(rest, end)?;
                let span = self
                    .lines
                    .span(TextRange::new(first.start(), end.max(first.start())));
                Ok(vec![Stmt {
                    span,
                    kind: StmtKind::If { test, body, orelse },
                }])
            }
        }
    }

    fn alias(&self, a: &ra::Alias) -> Alias {
        Alias {
            name: a.name.id.to_string(),
            asname: a.asname.as_ref().map(|n| n.id.to_string()),
            span: self.span(a),
        }
    }

    fn function_def(&mut self, f: &ra::StmtFunctionDef) -> Res<FunctionDef> {
        if f.is_async {
            return self.not_supported("async functions (async def)", f);
        }
        if let Some(tp) = &f.type_params {
            return self.not_supported("type parameters", tp.as_ref());
        }
        let decorators = f
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect::<Res<_>>()?;
        // Defaults are evaluated where the `def` stands, so they belong to the outer scope.
        let params = self.params(&f.parameters)?;
        let body = self.in_scope(Scope::Function, |c| c.stmts(&f.body))?;
        Ok(FunctionDef {
            name: f.name.id.to_string(),
            params,
            body,
            decorators,
            is_async: false,
        })
    }

    fn class_def(&mut self, c: &ra::StmtClassDef) -> Res<ClassDef> {
        if let Some(tp) = &c.type_params {
            return self.not_supported("type parameters", tp.as_ref());
        }
        if let Some(kw) = c.keywords().first() {
            return self.not_supported("class keywords such as metaclass=", kw);
        }
        let decorators = c
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect::<Res<_>>()?;
        let bases = self.elements(c.bases())?;
        let body = self.in_scope(Scope::Class, |cv| cv.stmts(&c.body))?;
        Ok(ClassDef {
            name: c.name.id.to_string(),
            bases,
            keywords: Vec::new(),
            body,
            decorators,
        })
    }

    fn params(&mut self, p: &ra::Parameters) -> Res<Params> {
        // CPython's symbol table refuses a name twice in one parameter list. (Owned names: the
        // symbol table's set type, one copy of its code in the page.)
        let mut seen: HashSet<String> = HashSet::new();
        for param in p.iter() {
            let name = param.name();
            if !seen.insert(name.id.to_string()) {
                return self.error(
                    format!("duplicate argument '{}' in function definition", name.id),
                    name,
                );
            }
        }
        let one = |c: &mut Self, pw: &ra::ParameterWithDefault| -> Res<Param> {
            Ok(Param {
                name: pw.parameter.name.id.to_string(),
                default: c.opt_expr(pw.default.as_deref())?,
            })
        };
        Ok(Params {
            posonly: p
                .posonlyargs
                .iter()
                .map(|pw| one(self, pw))
                .collect::<Res<_>>()?,
            args: p.args.iter().map(|pw| one(self, pw)).collect::<Res<_>>()?,
            vararg: p.vararg.as_ref().map(|v| v.name.id.to_string()),
            kwonly: p
                .kwonlyargs
                .iter()
                .map(|pw| one(self, pw))
                .collect::<Res<_>>()?,
            kwarg: p.kwarg.as_ref().map(|v| v.name.id.to_string()),
        })
    }

    fn opt_expr(&mut self, e: Option<&ra::Expr>) -> Res<Option<Expr>> {
        e.map(|e| self.expr(e)).transpose()
    }

    /// An assignment / `for` / `with` / `del` target. Ruff has already refused what cannot be
    /// assigned to; CPython's compiler adds two rules about starred targets.
    fn target(&mut self, t: &ra::Expr) -> Res<Expr> {
        match t {
            ra::Expr::Starred(_) => {
                return self.error("starred assignment target must be in a list or tuple", t)
            }
            ra::Expr::List(ra::ExprList { elts, .. })
            | ra::Expr::Tuple(ra::ExprTuple { elts, .. }) => {
                if elts.iter().filter(|e| e.is_starred_expr()).count() > 1 {
                    return self.error("multiple starred expressions in assignment", t);
                }
                let converted = elts
                    .iter()
                    .map(|e| match e {
                        ra::Expr::Starred(s) => Ok(Expr {
                            span: self.span(e),
                            kind: ExprKind::Starred(Box::new(self.target(&s.value)?)),
                        }),
                        _ => self.target(e),
                    })
                    .collect::<Res<Vec<_>>>()?;
                let kind = if t.is_list_expr() {
                    ExprKind::List(converted)
                } else {
                    ExprKind::Tuple(converted)
                };
                return Ok(Expr {
                    span: self.span(t),
                    kind,
                });
            }
            _ => {}
        }
        self.expr(t)
    }

    /// Elements of a display or call: the one place `*x` is allowed.
    fn elements(&mut self, elts: &[ra::Expr]) -> Res<Vec<Expr>> {
        elts.iter()
            .map(|e| match e {
                ra::Expr::Starred(s) => Ok(Expr {
                    span: self.span(e),
                    kind: ExprKind::Starred(Box::new(self.expr(&s.value)?)),
                }),
                _ => self.expr(e),
            })
            .collect()
    }

    #[inline(never)]
    fn boxed(&mut self, e: &ra::Expr) -> Res<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    /// Convert one expression. This sits on the recursion path of every nested expression, so
    /// it only dispatches: each kind is converted in its own small function. Debug builds give
    /// every match arm its own stack slots, and one big function here cost ~10 KB per level.
    fn expr(&mut self, e: &ra::Expr) -> Res<Expr> {
        let span = self.span(e);
        let kind = self.expr_kind(e)?;
        Ok(Expr { span, kind })
    }

    fn expr_kind(&mut self, e: &ra::Expr) -> Res<ExprKind> {
        match e {
            ra::Expr::BoolOp(b) => self.bool_op(b),
            ra::Expr::Named(n) => self.named(n),
            ra::Expr::BinOp(b) => self.bin_op(b),
            ra::Expr::UnaryOp(u) => self.unary_op(u),
            ra::Expr::Lambda(l) => self.lambda(l),
            ra::Expr::If(i) => self.if_exp(i),
            ra::Expr::Dict(d) => self.dict(d),
            ra::Expr::Set(s) => Ok(ExprKind::Set(self.elements(&s.elts)?)),
            ra::Expr::ListComp(c) => self.list_comp(c),
            ra::Expr::SetComp(c) => self.set_comp(c),
            ra::Expr::Generator(c) => self.generator_exp(c),
            ra::Expr::DictComp(c) => self.dict_comp(c, e),
            ra::Expr::Await(_) => self.not_supported("await", e),
            ra::Expr::Yield(y) => self.yield_exp(y, e),
            ra::Expr::YieldFrom(y) => self.yield_from(y, e),
            ra::Expr::Compare(c) => self.compare(c),
            ra::Expr::Call(c) => self.call(c),
            ra::Expr::FString(f) => Ok(ExprKind::FString(self.fstring(f)?)),
            ra::Expr::TString(_) => self.not_supported("template strings (t-strings)", e),
            ra::Expr::StringLiteral(s) => {
                Ok(ExprKind::Const(Constant::Str(s.value.to_str().to_string())))
            }
            ra::Expr::BytesLiteral(b) => {
                Ok(ExprKind::Const(Constant::Bytes(b.value.bytes().collect())))
            }
            ra::Expr::NumberLiteral(n) => self.number(n, e),
            ra::Expr::BooleanLiteral(b) => Ok(ExprKind::Const(Constant::Bool(b.value))),
            ra::Expr::NoneLiteral(_) => Ok(ExprKind::Const(Constant::None)),
            ra::Expr::EllipsisLiteral(_) => Ok(ExprKind::Const(Constant::Ellipsis)),
            ra::Expr::Attribute(a) => self.attribute(a),
            ra::Expr::Subscript(s) => self.subscript(s),
            ra::Expr::Starred(_) => self.error("can't use starred expression here", e),
            ra::Expr::Name(n) => Ok(ExprKind::Name(n.id.to_string())),
            ra::Expr::List(l) => Ok(ExprKind::List(self.elements(&l.elts)?)),
            ra::Expr::Tuple(t) => Ok(ExprKind::Tuple(self.elements(&t.elts)?)),
            // A slice outside an index is refused by ruff's parser already.
            ra::Expr::Slice(_) | ra::Expr::IpyEscapeCommand(_) => self.error(INVALID_SYNTAX, e),
        }
    }

    #[inline(never)]
    fn bool_op(&mut self, b: &ra::ExprBoolOp) -> Res<ExprKind> {
        let op = match b.op {
            ra::BoolOp::And => BoolOp::And,
            ra::BoolOp::Or => BoolOp::Or,
        };
        let values = b.values.iter().map(|v| self.expr(v)).collect::<Res<_>>()?;
        Ok(ExprKind::BoolOp { op, values })
    }

    #[inline(never)]
    fn named(&mut self, n: &ra::ExprNamed) -> Res<ExprKind> {
        let ra::Expr::Name(target) = &*n.target else {
            let message = format!(
                "cannot use assignment expressions with {}",
                expr_name(&n.target)
            );
            return self.error(message, &*n.target);
        };
        Ok(ExprKind::NamedExpr {
            target: target.id.to_string(),
            value: self.boxed(&n.value)?,
        })
    }

    #[inline(never)]
    fn bin_op(&mut self, b: &ra::ExprBinOp) -> Res<ExprKind> {
        let left = self.boxed(&b.left)?;
        let right = self.boxed(&b.right)?;
        Ok(ExprKind::BinOp {
            op: bin_op(b.op),
            left,
            right,
        })
    }

    #[inline(never)]
    fn unary_op(&mut self, u: &ra::ExprUnaryOp) -> Res<ExprKind> {
        let op = match u.op {
            ra::UnaryOp::Not => UnaryOp::Not,
            ra::UnaryOp::USub => UnaryOp::Neg,
            ra::UnaryOp::UAdd => UnaryOp::Pos,
            ra::UnaryOp::Invert => UnaryOp::Invert,
        };
        Ok(ExprKind::UnaryOp {
            op,
            operand: self.boxed(&u.operand)?,
        })
    }

    #[inline(never)]
    fn lambda(&mut self, l: &ra::ExprLambda) -> Res<ExprKind> {
        let params = match &l.parameters {
            Some(p) => self.params(p)?,
            None => Params::default(),
        };
        let body = self.in_scope(Scope::Function, |c| c.boxed(&l.body))?;
        Ok(ExprKind::Lambda {
            params: Box::new(params),
            body,
        })
    }

    #[inline(never)]
    fn if_exp(&mut self, i: &ra::ExprIf) -> Res<ExprKind> {
        let test = self.boxed(&i.test)?;
        let body = self.boxed(&i.body)?;
        let orelse = self.boxed(&i.orelse)?;
        Ok(ExprKind::IfExp { test, body, orelse })
    }

    #[inline(never)]
    fn dict(&mut self, d: &ra::ExprDict) -> Res<ExprKind> {
        let mut keys = Vec::with_capacity(d.items.len());
        let mut values = Vec::with_capacity(d.items.len());
        for item in &d.items {
            keys.push(item.key.as_ref().map(|k| self.expr(k)).transpose()?);
            values.push(self.expr(&item.value)?);
        }
        Ok(ExprKind::Dict { keys, values })
    }

    #[inline(never)]
    fn list_comp(&mut self, c: &ra::ExprListComp) -> Res<ExprKind> {
        let (elt, generators) = self.comprehension("list comprehension", &c.elt, &c.generators)?;
        Ok(ExprKind::ListComp { elt, generators })
    }

    #[inline(never)]
    fn set_comp(&mut self, c: &ra::ExprSetComp) -> Res<ExprKind> {
        let (elt, generators) = self.comprehension("set comprehension", &c.elt, &c.generators)?;
        Ok(ExprKind::SetComp { elt, generators })
    }

    #[inline(never)]
    fn generator_exp(&mut self, c: &ra::ExprGenerator) -> Res<ExprKind> {
        let (elt, generators) =
            self.comprehension("generator expression", &c.elt, &c.generators)?;
        Ok(ExprKind::GeneratorExp { elt, generators })
    }

    #[inline(never)]
    fn dict_comp(&mut self, c: &ra::ExprDictComp, e: &ra::Expr) -> Res<ExprKind> {
        let Some(key) = &c.key else {
            return self.error("dict unpacking cannot be used in dict comprehension", e);
        };
        let generators = self.generators("dict comprehension", &c.generators)?;
        let saved = self.comprehension.replace("dict comprehension");
        let key = self.boxed(key);
        let value = self.boxed(&c.value);
        self.comprehension = saved;
        Ok(ExprKind::DictComp {
            key: key?,
            value: value?,
            generators,
        })
    }

    #[inline(never)]
    fn yield_exp(&mut self, y: &ra::ExprYield, e: &ra::Expr) -> Res<ExprKind> {
        self.check_yield(e)?;
        Ok(ExprKind::Yield(
            y.value.as_deref().map(|v| self.boxed(v)).transpose()?,
        ))
    }

    #[inline(never)]
    fn yield_from(&mut self, y: &ra::ExprYieldFrom, e: &ra::Expr) -> Res<ExprKind> {
        self.check_yield(e)?;
        Ok(ExprKind::YieldFrom(self.boxed(&y.value)?))
    }

    #[inline(never)]
    fn compare(&mut self, c: &ra::ExprCompare) -> Res<ExprKind> {
        let left = self.boxed(&c.left)?;
        let ops = c.ops.iter().map(|&op| cmp_op(op)).collect();
        let comparators = c
            .comparators
            .iter()
            .map(|v| self.expr(v))
            .collect::<Res<_>>()?;
        Ok(ExprKind::Compare {
            left,
            ops,
            comparators,
        })
    }

    #[inline(never)]
    fn call(&mut self, c: &ra::ExprCall) -> Res<ExprKind> {
        let func = self.boxed(&c.func)?;
        let args = self.elements(&c.arguments.args)?;
        let mut keywords = Vec::with_capacity(c.arguments.keywords.len());
        for k in &c.arguments.keywords {
            keywords.push(Keyword {
                span: self.span(k),
                name: k.arg.as_ref().map(|a| a.id.to_string()),
                value: self.expr(&k.value)?,
            });
        }
        Ok(ExprKind::Call {
            func,
            args,
            keywords,
        })
    }

    #[inline(never)]
    fn number(&mut self, n: &ra::ExprNumberLiteral, e: &ra::Expr) -> Res<ExprKind> {
        match &n.value {
            ra::Number::Int(_) => match self.int_literal(n.range) {
                Some(v) => Ok(ExprKind::Const(Constant::Int(v))),
                None => self.error(INVALID_SYNTAX, e),
            },
            ra::Number::Float(f) => Ok(ExprKind::Const(Constant::Float(*f))),
            ra::Number::Complex { .. } => self.not_supported("complex numbers", e),
        }
    }

    #[inline(never)]
    fn attribute(&mut self, a: &ra::ExprAttribute) -> Res<ExprKind> {
        Ok(ExprKind::Attribute {
            value: self.boxed(&a.value)?,
            attr: a.attr.id.to_string(),
        })
    }

    #[inline(never)]
    fn subscript(&mut self, s: &ra::ExprSubscript) -> Res<ExprKind> {
        let value = self.boxed(&s.value)?;
        let index = self.index(&s.slice)?;
        Ok(ExprKind::Subscript { value, index })
    }

    /// The inside of `x[...]`: a slice, a tuple that may hold slices, or any expression.
    fn index(&mut self, e: &ra::Expr) -> Res<Box<Expr>> {
        let span = self.span(e);
        let kind = match e {
            ra::Expr::Slice(s) => ExprKind::Slice {
                lower: s.lower.as_deref().map(|x| self.boxed(x)).transpose()?,
                upper: s.upper.as_deref().map(|x| self.boxed(x)).transpose()?,
                step: s.step.as_deref().map(|x| self.boxed(x)).transpose()?,
            },
            ra::Expr::Tuple(t) => ExprKind::Tuple(
                t.elts
                    .iter()
                    .map(|x| match x {
                        ra::Expr::Slice(_) => self.index(x).map(|b| *b),
                        ra::Expr::Starred(s) => Ok(Expr {
                            span: self.span(x),
                            kind: ExprKind::Starred(Box::new(self.expr(&s.value)?)),
                        }),
                        _ => self.expr(x),
                    })
                    .collect::<Res<_>>()?,
            ),
            _ => return self.boxed(e),
        };
        Ok(Box::new(Expr { span, kind }))
    }

    fn check_yield(&self, e: &ra::Expr) -> Res<()> {
        if let Some(kind) = self.comprehension {
            return self.error(format!("'yield' inside {kind}"), e);
        }
        if self.scope != Scope::Function {
            return self.error("'yield' outside function", e);
        }
        Ok(())
    }

    /// A list/set comprehension or generator expression: element and `for … if …` clauses.
    fn comprehension(
        &mut self,
        kind: &'static str,
        elt: &ra::Expr,
        generators: &[ra::Comprehension],
    ) -> Res<(Box<Expr>, Vec<Comprehension>)> {
        let generators = self.generators(kind, generators)?;
        let saved = self.comprehension.replace(kind);
        let elt = self.boxed(elt);
        self.comprehension = saved;
        Ok((elt?, generators))
    }

    fn generators(
        &mut self,
        kind: &'static str,
        generators: &[ra::Comprehension],
    ) -> Res<Vec<Comprehension>> {
        let mut out = Vec::with_capacity(generators.len());
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                return self.not_supported("async comprehensions", g);
            }
            // The first iterable is evaluated outside the comprehension (so `yield` is fine
            // there); everything else runs inside it.
            let iter = if i == 0 {
                self.expr(&g.iter)?
            } else {
                let saved = self.comprehension.replace(kind);
                let iter = self.expr(&g.iter);
                self.comprehension = saved;
                iter?
            };
            let saved = self.comprehension.replace(kind);
            let rest = self.target(&g.target).and_then(|target| {
                let ifs = g
                    .ifs
                    .iter()
                    .map(|c| self.expr(c))
                    .collect::<Res<Vec<_>>>()?;
                Ok((target, ifs))
            });
            self.comprehension = saved;
            let (target, ifs) = rest?;
            out.push(Comprehension { target, iter, ifs });
        }
        Ok(out)
    }

    /// An integer literal, read from the source text so that any size and base works.
    fn int_literal(&self, range: TextRange) -> Option<BigInt> {
        let text = self
            .source
            .get(range.start().to_usize()..range.end().to_usize())?;
        let digits: String = text.chars().filter(|&c| c != '_').collect();
        let lower = digits.to_ascii_lowercase();
        let (radix, body) = match lower.get(..2) {
            Some("0x") => (16, &lower[2..]),
            Some("0o") => (8, &lower[2..]),
            Some("0b") => (2, &lower[2..]),
            _ => (10, lower.as_str()),
        };
        BigInt::parse_bytes(body.as_bytes(), radix)
    }

    /// An f-string, possibly concatenated with plain strings: literal text and fields, with
    /// neighbouring literal pieces merged (as CPython's `JoinedStr` does).
    fn fstring(&mut self, f: &ra::ExprFString) -> Res<Vec<FStringPart>> {
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ra::FStringPart::Literal(s) => push_literal(&mut parts, &s.value),
                ra::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts)?,
            }
        }
        Ok(parts)
    }

    fn fstring_elements(
        &mut self,
        elements: &ra::InterpolatedStringElements,
        out: &mut Vec<FStringPart>,
    ) -> Res<()> {
        for element in elements.iter() {
            match element {
                ra::InterpolatedStringElement::Literal(l) => push_literal(out, &l.value),
                ra::InterpolatedStringElement::Interpolation(field) => {
                    let expr = self.boxed(&field.expression)?;
                    let mut format_spec = Vec::new();
                    if let Some(spec) = &field.format_spec {
                        self.fstring_elements(&spec.elements, &mut format_spec)?;
                    }
                    out.push(FStringPart::Field {
                        expr,
                        conversion: field.conversion.to_char(),
                        format_spec,
                        debug_text: field.debug_text.as_ref().map(|d| d.as_str().to_string()),
                    });
                }
            }
        }
        Ok(())
    }
}

fn push_literal(parts: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(FStringPart::Literal(text.to_string()));
    }
}

fn bin_op(op: ra::Operator) -> BinOp {
    match op {
        ra::Operator::Add => BinOp::Add,
        ra::Operator::Sub => BinOp::Sub,
        ra::Operator::Mult => BinOp::Mul,
        ra::Operator::MatMult => BinOp::MatMul,
        ra::Operator::Div => BinOp::Div,
        ra::Operator::Mod => BinOp::Mod,
        ra::Operator::Pow => BinOp::Pow,
        ra::Operator::LShift => BinOp::LShift,
        ra::Operator::RShift => BinOp::RShift,
        ra::Operator::BitOr => BinOp::BitOr,
        ra::Operator::BitXor => BinOp::BitXor,
        ra::Operator::BitAnd => BinOp::BitAnd,
        ra::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_op(op: ra::CmpOp) -> CmpOp {
    match op {
        ra::CmpOp::Eq => CmpOp::Eq,
        ra::CmpOp::NotEq => CmpOp::NotEq,
        ra::CmpOp::Lt => CmpOp::Lt,
        ra::CmpOp::LtE => CmpOp::LtE,
        ra::CmpOp::Gt => CmpOp::Gt,
        ra::CmpOp::GtE => CmpOp::GtE,
        ra::CmpOp::Is => CmpOp::Is,
        ra::CmpOp::IsNot => CmpOp::IsNot,
        ra::CmpOp::In => CmpOp::In,
        ra::CmpOp::NotIn => CmpOp::NotIn,
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
