//! Syntax highlighting from the engine's own front end: [`highlight`] classifies the tokens that
//! ruff's parser made of the text (the same tokens [`super::parse`] reads), so the editor colours
//! exactly what the engine will see. With `parse.rs`, the only file that knows ruff.
//!
//! Positions are in **UTF-16 code units**, the unit of JavaScript string indices (`value.length`,
//! `setSelectionRange`): `"你"` is one unit, `"😀"` two. Highlights are in source order, never
//! overlap, and leave out what needs no colour (spaces, newlines, indentation).
//!
//! Nothing here may panic: half-finished code, unterminated strings and any other text give the
//! best highlights ruff's error recovery allows. Text nested too deeply to parse safely (see
//! `parse::prescan`) gets no highlights at all.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

/// One coloured run of source text: `start..end` in UTF-16 code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub kind: HighlightKind,
}

/// What a run of text is, for choosing its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightKind {
    /// `def`, `if`, `True`, … and a soft keyword (`match`, `case`, `type`) where it acts as one.
    Keyword,
    /// A name Python's `builtins` module defines (`print`, `range`, `len`, …), unless it is an
    /// attribute (`obj.print`) or being defined.
    Builtin,
    /// The name right after `def` or `class`.
    Definition,
    /// A decorator: the `@` at the start of a line and the dotted name after it.
    Decorator,
    /// Any other name.
    Name,
    /// A string or bytes literal; every part of an f-string except the expressions in braces.
    String,
    /// An integer, float or complex literal.
    Number,
    Comment,
    /// `+`, `==`, `=`, `->`, `:=`, …
    Operator,
    /// Brackets, `,` `:` `;` `.` `...`, and `!` in an f-string's `{x!r}`.
    Punctuation,
    /// Text the lexer could not make a token of, such as a stray `$`.
    Invalid,
}

/// The highlights of `source`, in order; see the module comment for the positions.
pub fn highlight(source: &str) -> Vec<Highlight> {
    let Some(tokens) = super::parse::ruff_tokens(source) else {
        return Vec::new();
    };
    let mut highlights = Vec::with_capacity(tokens.len());
    let mut offsets = Utf16Offsets::new(source);
    // The token before this one, comments and line continuations skipped.
    let mut previous: Option<TokenKind> = None;
    // Inside a decorator's dotted name (`@functools.wraps`): its names are part of the decorator.
    let mut in_decorator = false;

    for token in &tokens {
        let kind = token.kind();
        let text = source
            .get(usize::from(token.start())..usize::from(token.end()))
            .unwrap_or("");
        if in_decorator && !matches!(kind, TokenKind::Name | TokenKind::Dot) {
            in_decorator = false;
        }
        let at_statement_start = matches!(
            previous,
            None | Some(TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
        );
        let highlight_kind = match kind {
            TokenKind::At if at_statement_start => {
                in_decorator = true;
                Some(HighlightKind::Decorator)
            }
            TokenKind::Name => Some(if in_decorator {
                HighlightKind::Decorator
            } else {
                name_kind(text, previous)
            }),
            _ => kind_of(kind),
        };
        if !kind.is_trivia() {
            previous = Some(kind);
        }
        let Some(highlight_kind) = highlight_kind else {
            continue;
        };
        let Some((start, end)) = offsets.range(token) else {
            continue;
        };
        if start < end {
            highlights.push(Highlight {
                start,
                end,
                kind: highlight_kind,
            });
        }
    }
    highlights
}

/// A name's kind from its text and the token before it.
fn name_kind(text: &str, previous: Option<TokenKind>) -> HighlightKind {
    match previous {
        Some(TokenKind::Def | TokenKind::Class) => HighlightKind::Definition,
        Some(TokenKind::Dot) => HighlightKind::Name,
        _ if BUILTINS.contains(&text) => HighlightKind::Builtin,
        _ => HighlightKind::Name,
    }
}

/// The kind of every token but names and a decorator's `@`; `None` for what takes no colour.
fn kind_of(kind: TokenKind) -> Option<HighlightKind> {
    use TokenKind as T;
    let highlight_kind = match kind {
        T::Comment => HighlightKind::Comment,
        T::String
        | T::FStringStart
        | T::FStringMiddle
        | T::FStringEnd
        | T::TStringStart
        | T::TStringMiddle
        | T::TStringEnd => HighlightKind::String,
        T::Int | T::Float | T::Complex => HighlightKind::Number,
        T::Lpar
        | T::Rpar
        | T::Lsqb
        | T::Rsqb
        | T::Lbrace
        | T::Rbrace
        | T::Colon
        | T::Comma
        | T::Semi
        | T::Dot
        | T::Ellipsis
        | T::Exclamation
        | T::Question => HighlightKind::Punctuation,
        T::Unknown | T::IpyEscapeCommand => HighlightKind::Invalid,
        T::Name | T::Newline | T::NonLogicalNewline | T::Indent | T::Dedent | T::EndOfFile => {
            return None;
        }
        // The parser has already turned a soft keyword used as a name into `Name`.
        k if k.is_keyword() => HighlightKind::Keyword,
        // Every token left is an operator (`+`, `+=`, `==`, `->`, `:=`, `@`, …).
        _ => HighlightKind::Operator,
    };
    Some(highlight_kind)
}

/// Names defined by Python 3.11's `builtins` module that a program is likely to call: functions
/// and types (exceptions are left as plain names). `True`, `False` and `None` are keywords.
const BUILTINS: &[&str] = &[
    "__import__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Turns ruff's byte offsets into UTF-16 offsets, walking the text once from front to back.
struct Utf16Offsets<'s> {
    source: &'s str,
    /// How far the walk has come, in bytes (always on a character boundary) …
    byte: usize,
    /// … and the same place in UTF-16 code units.
    unit: usize,
}

impl<'s> Utf16Offsets<'s> {
    fn new(source: &'s str) -> Utf16Offsets<'s> {
        Utf16Offsets {
            source,
            byte: 0,
            unit: 0,
        }
    }

    /// `token`'s range in UTF-16 units, or `None` if it starts before the previous one ended
    /// (tokens come in order, so this would be a ruff bug; skipping keeps the output ordered).
    fn range(&mut self, token: &Token) -> Option<(usize, usize)> {
        let start = usize::from(token.start());
        let end = usize::from(token.end());
        if start < self.byte {
            return None;
        }
        Some((self.advance_to(start), self.advance_to(end)))
    }

    /// Walk forward to byte `target` (clamped into the text, back onto a character boundary and
    /// never backwards) and return its UTF-16 offset.
    fn advance_to(&mut self, target: usize) -> usize {
        let mut target = target.min(self.source.len());
        while !self.source.is_char_boundary(target) {
            target -= 1; // stops at 0 at the latest, which is a boundary
        }
        if let Some(passed) = self.source.get(self.byte..target) {
            self.unit += if passed.is_ascii() {
                passed.len()
            } else {
                passed.chars().map(char::len_utf16).sum()
            };
            self.byte = target;
        }
        self.unit
    }
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
