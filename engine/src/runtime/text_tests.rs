//! Tests for `text.rs`; every expected value was recorded from CPython 3.11 by a script.

use super::*;

fn kind_name(k: TextErrorKind) -> &'static str {
    match k {
        TextErrorKind::ValueError => "ValueError",
        TextErrorKind::TypeError => "TypeError",
        TextErrorKind::IndexError => "IndexError",
        TextErrorKind::LookupError => "LookupError",
        TextErrorKind::UnicodeEncodeError => "UnicodeEncodeError",
        TextErrorKind::UnicodeDecodeError => "UnicodeDecodeError",
        TextErrorKind::OverflowError => "OverflowError",
        TextErrorKind::MemoryError => "MemoryError",
    }
}

fn e<T>(r: Result<T, TextError>) -> Result<T, (&'static str, String)> {
    r.map_err(|e| (kind_name(e.kind), e.message))
}

fn strs(v: Vec<&str>) -> Vec<String> {
    v.into_iter().map(str::to_string).collect()
}

fn want<T>(r: Result<T, (&'static str, &'static str)>) -> Result<T, (&'static str, String)> {
    r.map_err(|(k, m)| (k, m.to_string()))
}

#[test]
fn split_and_rsplit_match_cpython() {
    let cases: Vec<(
        &str,
        Option<&str>,
        i64,
        Result<Vec<&str>, (&str, &str)>,
        Result<Vec<&str>, (&str, &str)>,
    )> = vec![
        ("", None, -1, Ok(vec![]), Ok(vec![])),
        ("", None, 0, Ok(vec![]), Ok(vec![])),
        ("", None, 1, Ok(vec![]), Ok(vec![])),
        ("", None, 2, Ok(vec![]), Ok(vec![])),
        ("", Some(","), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some(","), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some(","), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some(","), 2, Ok(vec![""]), Ok(vec![""])),
        ("", Some(" "), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some(" "), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some(" "), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some(" "), 2, Ok(vec![""]), Ok(vec![""])),
        ("", Some("--"), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("--"), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some("--"), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("--"), 2, Ok(vec![""]), Ok(vec![""])),
        ("", Some("aa"), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("aa"), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some("aa"), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("aa"), 2, Ok(vec![""]), Ok(vec![""])),
        ("", Some("a"), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("a"), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some("a"), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("a"), 2, Ok(vec![""]), Ok(vec![""])),
        ("", Some("\u{e9}"), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("\u{e9}"), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some("\u{e9}"), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("\u{e9}"), 2, Ok(vec![""]), Ok(vec![""])),
        (
            "",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        ("", Some("zz"), -1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("zz"), 0, Ok(vec![""]), Ok(vec![""])),
        ("", Some("zz"), 1, Ok(vec![""]), Ok(vec![""])),
        ("", Some("zz"), 2, Ok(vec![""]), Ok(vec![""])),
        (" ", None, -1, Ok(vec![]), Ok(vec![])),
        (" ", None, 0, Ok(vec![]), Ok(vec![])),
        (" ", None, 1, Ok(vec![]), Ok(vec![])),
        (" ", None, 2, Ok(vec![]), Ok(vec![])),
        (" ", Some(","), -1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some(","), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some(","), 1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some(","), 2, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some(" "), -1, Ok(vec!["", ""]), Ok(vec!["", ""])),
        (" ", Some(" "), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some(" "), 1, Ok(vec!["", ""]), Ok(vec!["", ""])),
        (" ", Some(" "), 2, Ok(vec!["", ""]), Ok(vec!["", ""])),
        (" ", Some("--"), -1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("--"), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("--"), 1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("--"), 2, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("aa"), -1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("aa"), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("aa"), 1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("aa"), 2, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("a"), -1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("a"), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("a"), 1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("a"), 2, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("\u{e9}"), -1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("\u{e9}"), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("\u{e9}"), 1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("\u{e9}"), 2, Ok(vec![" "]), Ok(vec![" "])),
        (
            " ",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            " ",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            " ",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            " ",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (" ", Some("zz"), -1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("zz"), 0, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("zz"), 1, Ok(vec![" "]), Ok(vec![" "])),
        (" ", Some("zz"), 2, Ok(vec![" "]), Ok(vec![" "])),
        (
            "a b  c ",
            None,
            -1,
            Ok(vec!["a", "b", "c"]),
            Ok(vec!["a", "b", "c"]),
        ),
        ("a b  c ", None, 0, Ok(vec!["a b  c "]), Ok(vec!["a b  c"])),
        (
            "a b  c ",
            None,
            1,
            Ok(vec!["a", "b  c "]),
            Ok(vec!["a b", "c"]),
        ),
        (
            "a b  c ",
            None,
            2,
            Ok(vec!["a", "b", "c "]),
            Ok(vec!["a", "b", "c"]),
        ),
        (
            "a b  c ",
            Some(","),
            -1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some(","),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some(","),
            1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some(","),
            2,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some(" "),
            -1,
            Ok(vec!["a", "b", "", "c", ""]),
            Ok(vec!["a", "b", "", "c", ""]),
        ),
        (
            "a b  c ",
            Some(" "),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some(" "),
            1,
            Ok(vec!["a", "b  c "]),
            Ok(vec!["a b  c", ""]),
        ),
        (
            "a b  c ",
            Some(" "),
            2,
            Ok(vec!["a", "b", " c "]),
            Ok(vec!["a b ", "c", ""]),
        ),
        (
            "a b  c ",
            Some("--"),
            -1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("--"),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("--"),
            1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("--"),
            2,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("aa"),
            -1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("aa"),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("aa"),
            1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("aa"),
            2,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("a"),
            -1,
            Ok(vec!["", " b  c "]),
            Ok(vec!["", " b  c "]),
        ),
        (
            "a b  c ",
            Some("a"),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("a"),
            1,
            Ok(vec!["", " b  c "]),
            Ok(vec!["", " b  c "]),
        ),
        (
            "a b  c ",
            Some("a"),
            2,
            Ok(vec!["", " b  c "]),
            Ok(vec!["", " b  c "]),
        ),
        (
            "a b  c ",
            Some("\u{e9}"),
            -1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("\u{e9}"),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("\u{e9}"),
            1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("\u{e9}"),
            2,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a b  c ",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a b  c ",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a b  c ",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a b  c ",
            Some("zz"),
            -1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("zz"),
            0,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("zz"),
            1,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "a b  c ",
            Some("zz"),
            2,
            Ok(vec!["a b  c "]),
            Ok(vec!["a b  c "]),
        ),
        (
            "  leading",
            None,
            -1,
            Ok(vec!["leading"]),
            Ok(vec!["leading"]),
        ),
        (
            "  leading",
            None,
            0,
            Ok(vec!["leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            None,
            1,
            Ok(vec!["leading"]),
            Ok(vec!["leading"]),
        ),
        (
            "  leading",
            None,
            2,
            Ok(vec!["leading"]),
            Ok(vec!["leading"]),
        ),
        (
            "  leading",
            Some(","),
            -1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some(","),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some(","),
            1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some(","),
            2,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some(" "),
            -1,
            Ok(vec!["", "", "leading"]),
            Ok(vec!["", "", "leading"]),
        ),
        (
            "  leading",
            Some(" "),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some(" "),
            1,
            Ok(vec!["", " leading"]),
            Ok(vec![" ", "leading"]),
        ),
        (
            "  leading",
            Some(" "),
            2,
            Ok(vec!["", "", "leading"]),
            Ok(vec!["", "", "leading"]),
        ),
        (
            "  leading",
            Some("--"),
            -1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("--"),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("--"),
            1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("--"),
            2,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("aa"),
            -1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("aa"),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("aa"),
            1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("aa"),
            2,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("a"),
            -1,
            Ok(vec!["  le", "ding"]),
            Ok(vec!["  le", "ding"]),
        ),
        (
            "  leading",
            Some("a"),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("a"),
            1,
            Ok(vec!["  le", "ding"]),
            Ok(vec!["  le", "ding"]),
        ),
        (
            "  leading",
            Some("a"),
            2,
            Ok(vec!["  le", "ding"]),
            Ok(vec!["  le", "ding"]),
        ),
        (
            "  leading",
            Some("\u{e9}"),
            -1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("\u{e9}"),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("\u{e9}"),
            1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("\u{e9}"),
            2,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "  leading",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "  leading",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "  leading",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "  leading",
            Some("zz"),
            -1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("zz"),
            0,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("zz"),
            1,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "  leading",
            Some("zz"),
            2,
            Ok(vec!["  leading"]),
            Ok(vec!["  leading"]),
        ),
        (
            "trailing  ",
            None,
            -1,
            Ok(vec!["trailing"]),
            Ok(vec!["trailing"]),
        ),
        (
            "trailing  ",
            None,
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing"]),
        ),
        (
            "trailing  ",
            None,
            1,
            Ok(vec!["trailing"]),
            Ok(vec!["trailing"]),
        ),
        (
            "trailing  ",
            None,
            2,
            Ok(vec!["trailing"]),
            Ok(vec!["trailing"]),
        ),
        (
            "trailing  ",
            Some(","),
            -1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some(","),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some(","),
            1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some(","),
            2,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some(" "),
            -1,
            Ok(vec!["trailing", "", ""]),
            Ok(vec!["trailing", "", ""]),
        ),
        (
            "trailing  ",
            Some(" "),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some(" "),
            1,
            Ok(vec!["trailing", " "]),
            Ok(vec!["trailing ", ""]),
        ),
        (
            "trailing  ",
            Some(" "),
            2,
            Ok(vec!["trailing", "", ""]),
            Ok(vec!["trailing", "", ""]),
        ),
        (
            "trailing  ",
            Some("--"),
            -1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("--"),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("--"),
            1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("--"),
            2,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("aa"),
            -1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("aa"),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("aa"),
            1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("aa"),
            2,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("a"),
            -1,
            Ok(vec!["tr", "iling  "]),
            Ok(vec!["tr", "iling  "]),
        ),
        (
            "trailing  ",
            Some("a"),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("a"),
            1,
            Ok(vec!["tr", "iling  "]),
            Ok(vec!["tr", "iling  "]),
        ),
        (
            "trailing  ",
            Some("a"),
            2,
            Ok(vec!["tr", "iling  "]),
            Ok(vec!["tr", "iling  "]),
        ),
        (
            "trailing  ",
            Some("\u{e9}"),
            -1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("\u{e9}"),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("\u{e9}"),
            1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("\u{e9}"),
            2,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "trailing  ",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "trailing  ",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "trailing  ",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "trailing  ",
            Some("zz"),
            -1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("zz"),
            0,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("zz"),
            1,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "trailing  ",
            Some("zz"),
            2,
            Ok(vec!["trailing  "]),
            Ok(vec!["trailing  "]),
        ),
        (
            "a,b,,c,",
            None,
            -1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        ("a,b,,c,", None, 0, Ok(vec!["a,b,,c,"]), Ok(vec!["a,b,,c,"])),
        ("a,b,,c,", None, 1, Ok(vec!["a,b,,c,"]), Ok(vec!["a,b,,c,"])),
        ("a,b,,c,", None, 2, Ok(vec!["a,b,,c,"]), Ok(vec!["a,b,,c,"])),
        (
            "a,b,,c,",
            Some(","),
            -1,
            Ok(vec!["a", "b", "", "c", ""]),
            Ok(vec!["a", "b", "", "c", ""]),
        ),
        (
            "a,b,,c,",
            Some(","),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(","),
            1,
            Ok(vec!["a", "b,,c,"]),
            Ok(vec!["a,b,,c", ""]),
        ),
        (
            "a,b,,c,",
            Some(","),
            2,
            Ok(vec!["a", "b", ",c,"]),
            Ok(vec!["a,b,", "c", ""]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            -1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            2,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("--"),
            -1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("--"),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("--"),
            1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("--"),
            2,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("aa"),
            -1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("aa"),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("aa"),
            1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("aa"),
            2,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            -1,
            Ok(vec!["", ",b,,c,"]),
            Ok(vec!["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            1,
            Ok(vec!["", ",b,,c,"]),
            Ok(vec!["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            2,
            Ok(vec!["", ",b,,c,"]),
            Ok(vec!["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{e9}"),
            -1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{e9}"),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{e9}"),
            1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{e9}"),
            2,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a,b,,c,",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a,b,,c,",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a,b,,c,",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a,b,,c,",
            Some("zz"),
            -1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("zz"),
            0,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("zz"),
            1,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("zz"),
            2,
            Ok(vec!["a,b,,c,"]),
            Ok(vec!["a,b,,c,"]),
        ),
        (",", None, -1, Ok(vec![","]), Ok(vec![","])),
        (",", None, 0, Ok(vec![","]), Ok(vec![","])),
        (",", None, 1, Ok(vec![","]), Ok(vec![","])),
        (",", None, 2, Ok(vec![","]), Ok(vec![","])),
        (",", Some(","), -1, Ok(vec!["", ""]), Ok(vec!["", ""])),
        (",", Some(","), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some(","), 1, Ok(vec!["", ""]), Ok(vec!["", ""])),
        (",", Some(","), 2, Ok(vec!["", ""]), Ok(vec!["", ""])),
        (",", Some(" "), -1, Ok(vec![","]), Ok(vec![","])),
        (",", Some(" "), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some(" "), 1, Ok(vec![","]), Ok(vec![","])),
        (",", Some(" "), 2, Ok(vec![","]), Ok(vec![","])),
        (",", Some("--"), -1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("--"), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some("--"), 1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("--"), 2, Ok(vec![","]), Ok(vec![","])),
        (",", Some("aa"), -1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("aa"), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some("aa"), 1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("aa"), 2, Ok(vec![","]), Ok(vec![","])),
        (",", Some("a"), -1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("a"), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some("a"), 1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("a"), 2, Ok(vec![","]), Ok(vec![","])),
        (",", Some("\u{e9}"), -1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("\u{e9}"), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some("\u{e9}"), 1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("\u{e9}"), 2, Ok(vec![","]), Ok(vec![","])),
        (
            ",",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            ",",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            ",",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            ",",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (",", Some("zz"), -1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("zz"), 0, Ok(vec![","]), Ok(vec![","])),
        (",", Some("zz"), 1, Ok(vec![","]), Ok(vec![","])),
        (",", Some("zz"), 2, Ok(vec![","]), Ok(vec![","])),
        ("one", None, -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", None, 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", None, 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", None, 2, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(","), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(","), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(","), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(","), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(" "), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(" "), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(" "), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some(" "), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("--"), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("--"), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("--"), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("--"), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("aa"), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("aa"), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("aa"), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("aa"), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("a"), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("a"), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("a"), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("a"), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("\u{e9}"), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("\u{e9}"), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("\u{e9}"), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("\u{e9}"), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        (
            "one",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "one",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "one",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "one",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        ("one", Some("zz"), -1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("zz"), 0, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("zz"), 1, Ok(vec!["one"]), Ok(vec!["one"])),
        ("one", Some("zz"), 2, Ok(vec!["one"]), Ok(vec!["one"])),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            None,
            -1,
            Ok(vec!["x", "y", "z", "w", "q", "r", "s", "t", "u"]),
            Ok(vec!["x", "y", "z", "w", "q", "r", "s", "t", "u"]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            None,
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            None,
            1,
            Ok(vec![
                "x",
                "y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t",
                "u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            None,
            2,
            Ok(vec![
                "x",
                "y",
                "z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s",
                "t",
                "u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(","),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(","),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(","),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(","),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(" "),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(" "),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(" "),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(" "),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("--"),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("--"),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("--"),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("--"),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("aa"),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("aa"),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("aa"),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("aa"),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("a"),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("a"),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("a"),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("a"),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("\u{e9}"),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("\u{e9}"),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("\u{e9}"),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("\u{e9}"),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("zz"),
            -1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("zz"),
            0,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("zz"),
            1,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        (
            "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            Some("zz"),
            2,
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
            Ok(vec![
                "x\u{9}y\u{a}z\u{b}\u{c}w\u{1c}q\u{85}r\u{2028}s\u{3000}t\u{a0}u",
            ]),
        ),
        ("aaa", None, -1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", None, 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", None, 1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", None, 2, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(","), -1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(","), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(","), 1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(","), 2, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(" "), -1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(" "), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(" "), 1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some(" "), 2, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("--"), -1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("--"), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("--"), 1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("--"), 2, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("aa"), -1, Ok(vec!["", "a"]), Ok(vec!["a", ""])),
        ("aaa", Some("aa"), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("aa"), 1, Ok(vec!["", "a"]), Ok(vec!["a", ""])),
        ("aaa", Some("aa"), 2, Ok(vec!["", "a"]), Ok(vec!["a", ""])),
        (
            "aaa",
            Some("a"),
            -1,
            Ok(vec!["", "", "", ""]),
            Ok(vec!["", "", "", ""]),
        ),
        ("aaa", Some("a"), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("a"), 1, Ok(vec!["", "aa"]), Ok(vec!["aa", ""])),
        (
            "aaa",
            Some("a"),
            2,
            Ok(vec!["", "", "a"]),
            Ok(vec!["a", "", ""]),
        ),
        ("aaa", Some("\u{e9}"), -1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("\u{e9}"), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("\u{e9}"), 1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("\u{e9}"), 2, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        (
            "aaa",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "aaa",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "aaa",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "aaa",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        ("aaa", Some("zz"), -1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("zz"), 0, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("zz"), 1, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        ("aaa", Some("zz"), 2, Ok(vec!["aaa"]), Ok(vec!["aaa"])),
        (
            "h\u{e9}llo w\u{f6}rld",
            None,
            -1,
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            None,
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            None,
            1,
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            None,
            2,
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(","),
            -1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(","),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(","),
            1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(","),
            2,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(" "),
            -1,
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(" "),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(" "),
            1,
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(" "),
            2,
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo", "w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("--"),
            -1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("--"),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("--"),
            1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("--"),
            2,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("aa"),
            -1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("aa"),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("aa"),
            1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("aa"),
            2,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("a"),
            -1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("a"),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("a"),
            1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("a"),
            2,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("\u{e9}"),
            -1,
            Ok(vec!["h", "llo w\u{f6}rld"]),
            Ok(vec!["h", "llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("\u{e9}"),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("\u{e9}"),
            1,
            Ok(vec!["h", "llo w\u{f6}rld"]),
            Ok(vec!["h", "llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("\u{e9}"),
            2,
            Ok(vec!["h", "llo w\u{f6}rld"]),
            Ok(vec!["h", "llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("zz"),
            -1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("zz"),
            0,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("zz"),
            1,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            Some("zz"),
            2,
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
            Ok(vec!["h\u{e9}llo w\u{f6}rld"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            None,
            -1,
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            None,
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            None,
            1,
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            None,
            2,
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(","),
            -1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(","),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(","),
            1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(","),
            2,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(" "),
            -1,
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(" "),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(" "),
            1,
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(" "),
            2,
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587}", "\u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("--"),
            -1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("--"),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("--"),
            1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("--"),
            2,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("aa"),
            -1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("aa"),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("aa"),
            1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("aa"),
            2,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("a"),
            -1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("a"),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("a"),
            1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("a"),
            2,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("\u{e9}"),
            -1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("\u{e9}"),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("\u{e9}"),
            1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("\u{e9}"),
            2,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("zz"),
            -1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("zz"),
            0,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("zz"),
            1,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "\u{4e2d}\u{6587} \u{5b57}\u{7b26}",
            Some("zz"),
            2,
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
            Ok(vec!["\u{4e2d}\u{6587} \u{5b57}\u{7b26}"]),
        ),
        (
            "a--b--c",
            None,
            -1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        ("a--b--c", None, 0, Ok(vec!["a--b--c"]), Ok(vec!["a--b--c"])),
        ("a--b--c", None, 1, Ok(vec!["a--b--c"]), Ok(vec!["a--b--c"])),
        ("a--b--c", None, 2, Ok(vec!["a--b--c"]), Ok(vec!["a--b--c"])),
        (
            "a--b--c",
            Some(","),
            -1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(","),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(","),
            1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(","),
            2,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(" "),
            -1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(" "),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(" "),
            1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(" "),
            2,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("--"),
            -1,
            Ok(vec!["a", "b", "c"]),
            Ok(vec!["a", "b", "c"]),
        ),
        (
            "a--b--c",
            Some("--"),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("--"),
            1,
            Ok(vec!["a", "b--c"]),
            Ok(vec!["a--b", "c"]),
        ),
        (
            "a--b--c",
            Some("--"),
            2,
            Ok(vec!["a", "b", "c"]),
            Ok(vec!["a", "b", "c"]),
        ),
        (
            "a--b--c",
            Some("aa"),
            -1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("aa"),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("aa"),
            1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("aa"),
            2,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("a"),
            -1,
            Ok(vec!["", "--b--c"]),
            Ok(vec!["", "--b--c"]),
        ),
        (
            "a--b--c",
            Some("a"),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("a"),
            1,
            Ok(vec!["", "--b--c"]),
            Ok(vec!["", "--b--c"]),
        ),
        (
            "a--b--c",
            Some("a"),
            2,
            Ok(vec!["", "--b--c"]),
            Ok(vec!["", "--b--c"]),
        ),
        (
            "a--b--c",
            Some("\u{e9}"),
            -1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("\u{e9}"),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("\u{e9}"),
            1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("\u{e9}"),
            2,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some(""),
            -1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a--b--c",
            Some(""),
            0,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a--b--c",
            Some(""),
            1,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a--b--c",
            Some(""),
            2,
            Err(("ValueError", "empty separator")),
            Err(("ValueError", "empty separator")),
        ),
        (
            "a--b--c",
            Some("zz"),
            -1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("zz"),
            0,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("zz"),
            1,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
        (
            "a--b--c",
            Some("zz"),
            2,
            Ok(vec!["a--b--c"]),
            Ok(vec!["a--b--c"]),
        ),
    ];
    for (s, sep, m, want_split, want_rsplit) in cases {
        let ws = want_split.map(strs).map_err(|(k, m)| (k, m.to_string()));
        let wr = want_rsplit.map(strs).map_err(|(k, m)| (k, m.to_string()));
        assert_eq!(e(split(s, sep, m)), ws, "{s:?}.split({sep:?}, {m})");
        assert_eq!(e(rsplit(s, sep, m)), wr, "{s:?}.rsplit({sep:?}, {m})");
    }
}

#[test]
fn splitlines_matches_cpython() {
    assert_eq!(splitlines("", false), strs(vec![]));
    assert_eq!(splitlines("", true), strs(vec![]));
    assert_eq!(splitlines("a\u{a}b", false), strs(vec!["a", "b"]));
    assert_eq!(splitlines("a\u{a}b", true), strs(vec!["a\u{a}", "b"]));
    assert_eq!(
        splitlines("a\u{d}\u{a}b\u{d}c\u{a}", false),
        strs(vec!["a", "b", "c"])
    );
    assert_eq!(
        splitlines("a\u{d}\u{a}b\u{d}c\u{a}", true),
        strs(vec!["a\u{d}\u{a}", "b\u{d}", "c\u{a}"])
    );
    assert_eq!(splitlines("\u{a}\u{a}", false), strs(vec!["", ""]));
    assert_eq!(splitlines("\u{a}\u{a}", true), strs(vec!["\u{a}", "\u{a}"]));
    assert_eq!(
        splitlines(
            "x\u{b}y\u{c}z\u{1c}w\u{1d}v\u{1e}u\u{85}t\u{2028}s\u{2029}r",
            false
        ),
        strs(vec!["x", "y", "z", "w", "v", "u", "t", "s", "r"])
    );
    assert_eq!(
        splitlines(
            "x\u{b}y\u{c}z\u{1c}w\u{1d}v\u{1e}u\u{85}t\u{2028}s\u{2029}r",
            true
        ),
        strs(vec![
            "x\u{b}",
            "y\u{c}",
            "z\u{1c}",
            "w\u{1d}",
            "v\u{1e}",
            "u\u{85}",
            "t\u{2028}",
            "s\u{2029}",
            "r"
        ])
    );
    assert_eq!(splitlines("no break", false), strs(vec!["no break"]));
    assert_eq!(splitlines("no break", true), strs(vec!["no break"]));
    assert_eq!(splitlines("end\u{d}", false), strs(vec!["end"]));
    assert_eq!(splitlines("end\u{d}", true), strs(vec!["end\u{d}"]));
    assert_eq!(
        splitlines("\u{d}\u{a}\u{d}\u{a}", false),
        strs(vec!["", ""])
    );
    assert_eq!(
        splitlines("\u{d}\u{a}\u{d}\u{a}", true),
        strs(vec!["\u{d}\u{a}", "\u{d}\u{a}"])
    );
}

#[test]
fn strip_matches_cpython() {
    assert_eq!(
        (
            strip("  hi  ", None),
            lstrip("  hi  ", None),
            rstrip("  hi  ", None)
        ),
        ("hi", "hi  ", "  hi")
    );
    assert_eq!(
        (
            strip("  hi  ", Some("x")),
            lstrip("  hi  ", Some("x")),
            rstrip("  hi  ", Some("x"))
        ),
        ("  hi  ", "  hi  ", "  hi  ")
    );
    assert_eq!(
        (
            strip("  hi  ", Some("ab")),
            lstrip("  hi  ", Some("ab")),
            rstrip("  hi  ", Some("ab"))
        ),
        ("  hi  ", "  hi  ", "  hi  ")
    );
    assert_eq!(
        (
            strip("  hi  ", Some("")),
            lstrip("  hi  ", Some("")),
            rstrip("  hi  ", Some(""))
        ),
        ("  hi  ", "  hi  ", "  hi  ")
    );
    assert_eq!(
        (
            strip("  hi  ", Some("\u{e9}")),
            lstrip("  hi  ", Some("\u{e9}")),
            rstrip("  hi  ", Some("\u{e9}"))
        ),
        ("  hi  ", "  hi  ", "  hi  ")
    );
    assert_eq!(
        (
            strip("  hi  ", Some(" h")),
            lstrip("  hi  ", Some(" h")),
            rstrip("  hi  ", Some(" h"))
        ),
        ("i", "i  ", "  hi")
    );
    assert_eq!(
        (
            strip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", None),
            lstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", None),
            rstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", None)
        ),
        ("hi", "hi \u{1c}\u{85}\u{3000}", "\u{9}\u{a} hi")
    );
    assert_eq!(
        (
            strip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("x")),
            lstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("x")),
            rstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("x"))
        ),
        (
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}"
        )
    );
    assert_eq!(
        (
            strip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("ab")),
            lstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("ab")),
            rstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("ab"))
        ),
        (
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}"
        )
    );
    assert_eq!(
        (
            strip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("")),
            lstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("")),
            rstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some(""))
        ),
        (
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}"
        )
    );
    assert_eq!(
        (
            strip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("\u{e9}")),
            lstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("\u{e9}")),
            rstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some("\u{e9}"))
        ),
        (
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}"
        )
    );
    assert_eq!(
        (
            strip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some(" h")),
            lstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some(" h")),
            rstrip("\u{9}\u{a} hi \u{1c}\u{85}\u{3000}", Some(" h"))
        ),
        (
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}",
            "\u{9}\u{a} hi \u{1c}\u{85}\u{3000}"
        )
    );
    assert_eq!(
        (
            strip("xxhixx", None),
            lstrip("xxhixx", None),
            rstrip("xxhixx", None)
        ),
        ("xxhixx", "xxhixx", "xxhixx")
    );
    assert_eq!(
        (
            strip("xxhixx", Some("x")),
            lstrip("xxhixx", Some("x")),
            rstrip("xxhixx", Some("x"))
        ),
        ("hi", "hixx", "xxhi")
    );
    assert_eq!(
        (
            strip("xxhixx", Some("ab")),
            lstrip("xxhixx", Some("ab")),
            rstrip("xxhixx", Some("ab"))
        ),
        ("xxhixx", "xxhixx", "xxhixx")
    );
    assert_eq!(
        (
            strip("xxhixx", Some("")),
            lstrip("xxhixx", Some("")),
            rstrip("xxhixx", Some(""))
        ),
        ("xxhixx", "xxhixx", "xxhixx")
    );
    assert_eq!(
        (
            strip("xxhixx", Some("\u{e9}")),
            lstrip("xxhixx", Some("\u{e9}")),
            rstrip("xxhixx", Some("\u{e9}"))
        ),
        ("xxhixx", "xxhixx", "xxhixx")
    );
    assert_eq!(
        (
            strip("xxhixx", Some(" h")),
            lstrip("xxhixx", Some(" h")),
            rstrip("xxhixx", Some(" h"))
        ),
        ("xxhixx", "xxhixx", "xxhixx")
    );
    assert_eq!(
        (strip("", None), lstrip("", None), rstrip("", None)),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("", Some("x")),
            lstrip("", Some("x")),
            rstrip("", Some("x"))
        ),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("", Some("ab")),
            lstrip("", Some("ab")),
            rstrip("", Some("ab"))
        ),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("", Some("")),
            lstrip("", Some("")),
            rstrip("", Some(""))
        ),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("", Some("\u{e9}")),
            lstrip("", Some("\u{e9}")),
            rstrip("", Some("\u{e9}"))
        ),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("", Some(" h")),
            lstrip("", Some(" h")),
            rstrip("", Some(" h"))
        ),
        ("", "", "")
    );
    assert_eq!(
        (strip("   ", None), lstrip("   ", None), rstrip("   ", None)),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("   ", Some("x")),
            lstrip("   ", Some("x")),
            rstrip("   ", Some("x"))
        ),
        ("   ", "   ", "   ")
    );
    assert_eq!(
        (
            strip("   ", Some("ab")),
            lstrip("   ", Some("ab")),
            rstrip("   ", Some("ab"))
        ),
        ("   ", "   ", "   ")
    );
    assert_eq!(
        (
            strip("   ", Some("")),
            lstrip("   ", Some("")),
            rstrip("   ", Some(""))
        ),
        ("   ", "   ", "   ")
    );
    assert_eq!(
        (
            strip("   ", Some("\u{e9}")),
            lstrip("   ", Some("\u{e9}")),
            rstrip("   ", Some("\u{e9}"))
        ),
        ("   ", "   ", "   ")
    );
    assert_eq!(
        (
            strip("   ", Some(" h")),
            lstrip("   ", Some(" h")),
            rstrip("   ", Some(" h"))
        ),
        ("", "", "")
    );
    assert_eq!(
        (
            strip("h\u{e9}\u{e9}", None),
            lstrip("h\u{e9}\u{e9}", None),
            rstrip("h\u{e9}\u{e9}", None)
        ),
        ("h\u{e9}\u{e9}", "h\u{e9}\u{e9}", "h\u{e9}\u{e9}")
    );
    assert_eq!(
        (
            strip("h\u{e9}\u{e9}", Some("x")),
            lstrip("h\u{e9}\u{e9}", Some("x")),
            rstrip("h\u{e9}\u{e9}", Some("x"))
        ),
        ("h\u{e9}\u{e9}", "h\u{e9}\u{e9}", "h\u{e9}\u{e9}")
    );
    assert_eq!(
        (
            strip("h\u{e9}\u{e9}", Some("ab")),
            lstrip("h\u{e9}\u{e9}", Some("ab")),
            rstrip("h\u{e9}\u{e9}", Some("ab"))
        ),
        ("h\u{e9}\u{e9}", "h\u{e9}\u{e9}", "h\u{e9}\u{e9}")
    );
    assert_eq!(
        (
            strip("h\u{e9}\u{e9}", Some("")),
            lstrip("h\u{e9}\u{e9}", Some("")),
            rstrip("h\u{e9}\u{e9}", Some(""))
        ),
        ("h\u{e9}\u{e9}", "h\u{e9}\u{e9}", "h\u{e9}\u{e9}")
    );
    assert_eq!(
        (
            strip("h\u{e9}\u{e9}", Some("\u{e9}")),
            lstrip("h\u{e9}\u{e9}", Some("\u{e9}")),
            rstrip("h\u{e9}\u{e9}", Some("\u{e9}"))
        ),
        ("h", "h\u{e9}\u{e9}", "h")
    );
    assert_eq!(
        (
            strip("h\u{e9}\u{e9}", Some(" h")),
            lstrip("h\u{e9}\u{e9}", Some(" h")),
            rstrip("h\u{e9}\u{e9}", Some(" h"))
        ),
        ("\u{e9}\u{e9}", "\u{e9}\u{e9}", "h\u{e9}\u{e9}")
    );
    assert_eq!(
        (
            strip("abcba", None),
            lstrip("abcba", None),
            rstrip("abcba", None)
        ),
        ("abcba", "abcba", "abcba")
    );
    assert_eq!(
        (
            strip("abcba", Some("x")),
            lstrip("abcba", Some("x")),
            rstrip("abcba", Some("x"))
        ),
        ("abcba", "abcba", "abcba")
    );
    assert_eq!(
        (
            strip("abcba", Some("ab")),
            lstrip("abcba", Some("ab")),
            rstrip("abcba", Some("ab"))
        ),
        ("c", "cba", "abc")
    );
    assert_eq!(
        (
            strip("abcba", Some("")),
            lstrip("abcba", Some("")),
            rstrip("abcba", Some(""))
        ),
        ("abcba", "abcba", "abcba")
    );
    assert_eq!(
        (
            strip("abcba", Some("\u{e9}")),
            lstrip("abcba", Some("\u{e9}")),
            rstrip("abcba", Some("\u{e9}"))
        ),
        ("abcba", "abcba", "abcba")
    );
    assert_eq!(
        (
            strip("abcba", Some(" h")),
            lstrip("abcba", Some(" h")),
            rstrip("abcba", Some(" h"))
        ),
        ("abcba", "abcba", "abcba")
    );
}

#[test]
fn replace_matches_cpython() {
    assert_eq!(replace("abcabc", "a", "X", -1).unwrap(), "XbcXbc");
    assert_eq!(replace("abcabc", "a", "X", 0).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "a", "X", 1).unwrap(), "Xbcabc");
    assert_eq!(replace("abcabc", "a", "X", 2).unwrap(), "XbcXbc");
    assert_eq!(replace("abcabc", "", "-", -1).unwrap(), "-a-b-c-a-b-c-");
    assert_eq!(replace("abcabc", "", "-", 0).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "", "-", 1).unwrap(), "-abcabc");
    assert_eq!(replace("abcabc", "", "-", 2).unwrap(), "-a-bcabc");
    assert_eq!(replace("abcabc", "aa", "b", -1).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "aa", "b", 0).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "aa", "b", 1).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "aa", "b", 2).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "l", "", -1).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "l", "", 0).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "l", "", 1).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "l", "", 2).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "\u{4e2d}", "zh", -1).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "\u{4e2d}", "zh", 0).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "\u{4e2d}", "zh", 1).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "\u{4e2d}", "zh", 2).unwrap(), "abcabc");
    assert_eq!(
        replace("abcabc", "bc", "\u{e9}", -1).unwrap(),
        "a\u{e9}a\u{e9}"
    );
    assert_eq!(replace("abcabc", "bc", "\u{e9}", 0).unwrap(), "abcabc");
    assert_eq!(replace("abcabc", "bc", "\u{e9}", 1).unwrap(), "a\u{e9}abc");
    assert_eq!(
        replace("abcabc", "bc", "\u{e9}", 2).unwrap(),
        "a\u{e9}a\u{e9}"
    );
    assert_eq!(replace("", "a", "X", -1).unwrap(), "");
    assert_eq!(replace("", "a", "X", 0).unwrap(), "");
    assert_eq!(replace("", "a", "X", 1).unwrap(), "");
    assert_eq!(replace("", "a", "X", 2).unwrap(), "");
    assert_eq!(replace("", "", "-", -1).unwrap(), "-");
    assert_eq!(replace("", "", "-", 0).unwrap(), "");
    assert_eq!(replace("", "", "-", 1).unwrap(), "-");
    assert_eq!(replace("", "", "-", 2).unwrap(), "-");
    assert_eq!(replace("", "aa", "b", -1).unwrap(), "");
    assert_eq!(replace("", "aa", "b", 0).unwrap(), "");
    assert_eq!(replace("", "aa", "b", 1).unwrap(), "");
    assert_eq!(replace("", "aa", "b", 2).unwrap(), "");
    assert_eq!(replace("", "l", "", -1).unwrap(), "");
    assert_eq!(replace("", "l", "", 0).unwrap(), "");
    assert_eq!(replace("", "l", "", 1).unwrap(), "");
    assert_eq!(replace("", "l", "", 2).unwrap(), "");
    assert_eq!(replace("", "\u{4e2d}", "zh", -1).unwrap(), "");
    assert_eq!(replace("", "\u{4e2d}", "zh", 0).unwrap(), "");
    assert_eq!(replace("", "\u{4e2d}", "zh", 1).unwrap(), "");
    assert_eq!(replace("", "\u{4e2d}", "zh", 2).unwrap(), "");
    assert_eq!(replace("", "bc", "\u{e9}", -1).unwrap(), "");
    assert_eq!(replace("", "bc", "\u{e9}", 0).unwrap(), "");
    assert_eq!(replace("", "bc", "\u{e9}", 1).unwrap(), "");
    assert_eq!(replace("", "bc", "\u{e9}", 2).unwrap(), "");
    assert_eq!(replace("aaa", "a", "X", -1).unwrap(), "XXX");
    assert_eq!(replace("aaa", "a", "X", 0).unwrap(), "aaa");
    assert_eq!(replace("aaa", "a", "X", 1).unwrap(), "Xaa");
    assert_eq!(replace("aaa", "a", "X", 2).unwrap(), "XXa");
    assert_eq!(replace("aaa", "", "-", -1).unwrap(), "-a-a-a-");
    assert_eq!(replace("aaa", "", "-", 0).unwrap(), "aaa");
    assert_eq!(replace("aaa", "", "-", 1).unwrap(), "-aaa");
    assert_eq!(replace("aaa", "", "-", 2).unwrap(), "-a-aa");
    assert_eq!(replace("aaa", "aa", "b", -1).unwrap(), "ba");
    assert_eq!(replace("aaa", "aa", "b", 0).unwrap(), "aaa");
    assert_eq!(replace("aaa", "aa", "b", 1).unwrap(), "ba");
    assert_eq!(replace("aaa", "aa", "b", 2).unwrap(), "ba");
    assert_eq!(replace("aaa", "l", "", -1).unwrap(), "aaa");
    assert_eq!(replace("aaa", "l", "", 0).unwrap(), "aaa");
    assert_eq!(replace("aaa", "l", "", 1).unwrap(), "aaa");
    assert_eq!(replace("aaa", "l", "", 2).unwrap(), "aaa");
    assert_eq!(replace("aaa", "\u{4e2d}", "zh", -1).unwrap(), "aaa");
    assert_eq!(replace("aaa", "\u{4e2d}", "zh", 0).unwrap(), "aaa");
    assert_eq!(replace("aaa", "\u{4e2d}", "zh", 1).unwrap(), "aaa");
    assert_eq!(replace("aaa", "\u{4e2d}", "zh", 2).unwrap(), "aaa");
    assert_eq!(replace("aaa", "bc", "\u{e9}", -1).unwrap(), "aaa");
    assert_eq!(replace("aaa", "bc", "\u{e9}", 0).unwrap(), "aaa");
    assert_eq!(replace("aaa", "bc", "\u{e9}", 1).unwrap(), "aaa");
    assert_eq!(replace("aaa", "bc", "\u{e9}", 2).unwrap(), "aaa");
    assert_eq!(replace("h\u{e9}llo", "a", "X", -1).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "a", "X", 0).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "a", "X", 1).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "a", "X", 2).unwrap(), "h\u{e9}llo");
    assert_eq!(
        replace("h\u{e9}llo", "", "-", -1).unwrap(),
        "-h-\u{e9}-l-l-o-"
    );
    assert_eq!(replace("h\u{e9}llo", "", "-", 0).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "", "-", 1).unwrap(), "-h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "", "-", 2).unwrap(), "-h-\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "aa", "b", -1).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "aa", "b", 0).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "aa", "b", 1).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "aa", "b", 2).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "l", "", -1).unwrap(), "h\u{e9}o");
    assert_eq!(replace("h\u{e9}llo", "l", "", 0).unwrap(), "h\u{e9}llo");
    assert_eq!(replace("h\u{e9}llo", "l", "", 1).unwrap(), "h\u{e9}lo");
    assert_eq!(replace("h\u{e9}llo", "l", "", 2).unwrap(), "h\u{e9}o");
    assert_eq!(
        replace("h\u{e9}llo", "\u{4e2d}", "zh", -1).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "\u{4e2d}", "zh", 0).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "\u{4e2d}", "zh", 1).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "\u{4e2d}", "zh", 2).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "bc", "\u{e9}", -1).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "bc", "\u{e9}", 0).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "bc", "\u{e9}", 1).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("h\u{e9}llo", "bc", "\u{e9}", 2).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "a", "X", -1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "a", "X", 0).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "a", "X", 1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "a", "X", 2).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "", "-", -1).unwrap(),
        "-\u{4e2d}-\u{4e2d}-\u{6587}-"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "", "-", 0).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "", "-", 1).unwrap(),
        "-\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "", "-", 2).unwrap(),
        "-\u{4e2d}-\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "aa", "b", -1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "aa", "b", 0).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "aa", "b", 1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "aa", "b", 2).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "l", "", -1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "l", "", 0).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "l", "", 1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "l", "", 2).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "\u{4e2d}", "zh", -1).unwrap(),
        "zhzh\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "\u{4e2d}", "zh", 0).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "\u{4e2d}", "zh", 1).unwrap(),
        "zh\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "\u{4e2d}", "zh", 2).unwrap(),
        "zhzh\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "bc", "\u{e9}", -1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "bc", "\u{e9}", 0).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "bc", "\u{e9}", 1).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(
        replace("\u{4e2d}\u{4e2d}\u{6587}", "bc", "\u{e9}", 2).unwrap(),
        "\u{4e2d}\u{4e2d}\u{6587}"
    );
    assert_eq!(replace("ab", "", "x", -1).unwrap(), "xaxbx");
    assert_eq!(
        replace(&"a".repeat(1000), "a", &"b".repeat(100_000), -1)
            .unwrap_err()
            .kind,
        TextErrorKind::MemoryError
    );
}

#[test]
fn find_family_matches_cpython() {
    let cases: Vec<(&str, &str, Option<i64>, Option<i64>, [i64; 3], [bool; 2])> = vec![
        ("hello world", "o", None, None, [4, 7, 2], [false, false]),
        ("hello world", "o", Some(1), None, [4, 7, 2], [false, false]),
        (
            "hello world",
            "o",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "o",
            None,
            Some(-2),
            [4, 7, 2],
            [false, false],
        ),
        (
            "hello world",
            "o",
            Some(2),
            Some(5),
            [4, 4, 1],
            [false, true],
        ),
        (
            "hello world",
            "o",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "o",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "o",
            Some(-100),
            Some(100),
            [4, 7, 2],
            [false, false],
        ),
        (
            "hello world",
            "o",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "o",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        ("hello world", "l", None, None, [2, 9, 3], [false, false]),
        ("hello world", "l", Some(1), None, [2, 9, 3], [false, false]),
        (
            "hello world",
            "l",
            Some(-3),
            None,
            [9, 9, 1],
            [false, false],
        ),
        (
            "hello world",
            "l",
            None,
            Some(-2),
            [2, 3, 2],
            [false, false],
        ),
        (
            "hello world",
            "l",
            Some(2),
            Some(5),
            [2, 3, 2],
            [true, false],
        ),
        (
            "hello world",
            "l",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "l",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "l",
            Some(-100),
            Some(100),
            [2, 9, 3],
            [false, false],
        ),
        (
            "hello world",
            "l",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "l",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{f6}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        ("hello world", "", None, None, [0, 11, 12], [true, true]),
        ("hello world", "", Some(1), None, [1, 11, 11], [true, true]),
        ("hello world", "", Some(-3), None, [8, 11, 4], [true, true]),
        ("hello world", "", None, Some(-2), [0, 9, 10], [true, true]),
        ("hello world", "", Some(2), Some(5), [2, 5, 4], [true, true]),
        (
            "hello world",
            "",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "",
            Some(-100),
            Some(100),
            [0, 11, 12],
            [true, true],
        ),
        ("hello world", "", Some(4), Some(4), [4, 4, 1], [true, true]),
        ("hello world", "", None, Some(0), [0, 0, 1], [true, true]),
        ("hello world", "aa", None, None, [-1, -1, 0], [false, false]),
        (
            "hello world",
            "aa",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "aa",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "xyz",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "\u{4e2d}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "hello world",
            "hello world!",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            None,
            None,
            [4, 4, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(1),
            None,
            [4, 4, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            None,
            Some(-2),
            [4, 4, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(2),
            Some(5),
            [4, 4, 1],
            [false, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(-100),
            Some(100),
            [4, 4, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "o",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            None,
            None,
            [2, 9, 3],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(1),
            None,
            [2, 9, 3],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(-3),
            None,
            [9, 9, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            None,
            Some(-2),
            [2, 3, 2],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(2),
            Some(5),
            [2, 3, 2],
            [true, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(-100),
            Some(100),
            [2, 9, 3],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            None,
            None,
            [7, 7, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(1),
            None,
            [7, 7, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            None,
            Some(-2),
            [7, 7, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(-100),
            Some(100),
            [7, 7, 1],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            None,
            None,
            [0, 11, 12],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(1),
            None,
            [1, 11, 11],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(-3),
            None,
            [8, 11, 4],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            None,
            Some(-2),
            [0, 9, 10],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(2),
            Some(5),
            [2, 5, 4],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(-100),
            Some(100),
            [0, 11, 12],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            Some(4),
            Some(4),
            [4, 4, 1],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "",
            None,
            Some(0),
            [0, 0, 1],
            [true, true],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "aa",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "xyz",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{4e2d}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "hello world!",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        ("", "o", None, None, [-1, -1, 0], [false, false]),
        ("", "o", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "o", Some(-3), None, [-1, -1, 0], [false, false]),
        ("", "o", None, Some(-2), [-1, -1, 0], [false, false]),
        ("", "o", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("", "o", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("", "o", Some(100), None, [-1, -1, 0], [false, false]),
        ("", "o", Some(-100), Some(100), [-1, -1, 0], [false, false]),
        ("", "o", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("", "o", None, Some(0), [-1, -1, 0], [false, false]),
        ("", "l", None, None, [-1, -1, 0], [false, false]),
        ("", "l", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "l", Some(-3), None, [-1, -1, 0], [false, false]),
        ("", "l", None, Some(-2), [-1, -1, 0], [false, false]),
        ("", "l", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("", "l", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("", "l", Some(100), None, [-1, -1, 0], [false, false]),
        ("", "l", Some(-100), Some(100), [-1, -1, 0], [false, false]),
        ("", "l", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("", "l", None, Some(0), [-1, -1, 0], [false, false]),
        ("", "\u{f6}", None, None, [-1, -1, 0], [false, false]),
        ("", "\u{f6}", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "\u{f6}", Some(-3), None, [-1, -1, 0], [false, false]),
        ("", "\u{f6}", None, Some(-2), [-1, -1, 0], [false, false]),
        ("", "\u{f6}", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("", "\u{f6}", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("", "\u{f6}", Some(100), None, [-1, -1, 0], [false, false]),
        (
            "",
            "\u{f6}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        ("", "\u{f6}", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("", "\u{f6}", None, Some(0), [-1, -1, 0], [false, false]),
        ("", "", None, None, [0, 0, 1], [true, true]),
        ("", "", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "", Some(-3), None, [0, 0, 1], [true, true]),
        ("", "", None, Some(-2), [0, 0, 1], [true, true]),
        ("", "", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("", "", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("", "", Some(100), None, [-1, -1, 0], [false, false]),
        ("", "", Some(-100), Some(100), [0, 0, 1], [true, true]),
        ("", "", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("", "", None, Some(0), [0, 0, 1], [true, true]),
        ("", "aa", None, None, [-1, -1, 0], [false, false]),
        ("", "aa", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "aa", Some(-3), None, [-1, -1, 0], [false, false]),
        ("", "aa", None, Some(-2), [-1, -1, 0], [false, false]),
        ("", "aa", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("", "aa", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("", "aa", Some(100), None, [-1, -1, 0], [false, false]),
        ("", "aa", Some(-100), Some(100), [-1, -1, 0], [false, false]),
        ("", "aa", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("", "aa", None, Some(0), [-1, -1, 0], [false, false]),
        ("", "xyz", None, None, [-1, -1, 0], [false, false]),
        ("", "xyz", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "xyz", Some(-3), None, [-1, -1, 0], [false, false]),
        ("", "xyz", None, Some(-2), [-1, -1, 0], [false, false]),
        ("", "xyz", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("", "xyz", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("", "xyz", Some(100), None, [-1, -1, 0], [false, false]),
        (
            "",
            "xyz",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        ("", "xyz", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("", "xyz", None, Some(0), [-1, -1, 0], [false, false]),
        ("", "\u{4e2d}", None, None, [-1, -1, 0], [false, false]),
        ("", "\u{4e2d}", Some(1), None, [-1, -1, 0], [false, false]),
        ("", "\u{4e2d}", Some(-3), None, [-1, -1, 0], [false, false]),
        ("", "\u{4e2d}", None, Some(-2), [-1, -1, 0], [false, false]),
        (
            "",
            "\u{4e2d}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "\u{4e2d}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        ("", "\u{4e2d}", Some(100), None, [-1, -1, 0], [false, false]),
        (
            "",
            "\u{4e2d}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "\u{4e2d}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        ("", "\u{4e2d}", None, Some(0), [-1, -1, 0], [false, false]),
        ("", "hello world!", None, None, [-1, -1, 0], [false, false]),
        (
            "",
            "hello world!",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "",
            "hello world!",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        ("aaaa", "o", None, None, [-1, -1, 0], [false, false]),
        ("aaaa", "o", Some(1), None, [-1, -1, 0], [false, false]),
        ("aaaa", "o", Some(-3), None, [-1, -1, 0], [false, false]),
        ("aaaa", "o", None, Some(-2), [-1, -1, 0], [false, false]),
        ("aaaa", "o", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("aaaa", "o", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("aaaa", "o", Some(100), None, [-1, -1, 0], [false, false]),
        (
            "aaaa",
            "o",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        ("aaaa", "o", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("aaaa", "o", None, Some(0), [-1, -1, 0], [false, false]),
        ("aaaa", "l", None, None, [-1, -1, 0], [false, false]),
        ("aaaa", "l", Some(1), None, [-1, -1, 0], [false, false]),
        ("aaaa", "l", Some(-3), None, [-1, -1, 0], [false, false]),
        ("aaaa", "l", None, Some(-2), [-1, -1, 0], [false, false]),
        ("aaaa", "l", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("aaaa", "l", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("aaaa", "l", Some(100), None, [-1, -1, 0], [false, false]),
        (
            "aaaa",
            "l",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        ("aaaa", "l", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("aaaa", "l", None, Some(0), [-1, -1, 0], [false, false]),
        ("aaaa", "\u{f6}", None, None, [-1, -1, 0], [false, false]),
        ("aaaa", "\u{f6}", Some(1), None, [-1, -1, 0], [false, false]),
        (
            "aaaa",
            "\u{f6}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{f6}",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{f6}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{f6}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{f6}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{f6}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{f6}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        ("aaaa", "\u{f6}", None, Some(0), [-1, -1, 0], [false, false]),
        ("aaaa", "", None, None, [0, 4, 5], [true, true]),
        ("aaaa", "", Some(1), None, [1, 4, 4], [true, true]),
        ("aaaa", "", Some(-3), None, [1, 4, 4], [true, true]),
        ("aaaa", "", None, Some(-2), [0, 2, 3], [true, true]),
        ("aaaa", "", Some(2), Some(5), [2, 4, 3], [true, true]),
        ("aaaa", "", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("aaaa", "", Some(100), None, [-1, -1, 0], [false, false]),
        ("aaaa", "", Some(-100), Some(100), [0, 4, 5], [true, true]),
        ("aaaa", "", Some(4), Some(4), [4, 4, 1], [true, true]),
        ("aaaa", "", None, Some(0), [0, 0, 1], [true, true]),
        ("aaaa", "aa", None, None, [0, 2, 2], [true, true]),
        ("aaaa", "aa", Some(1), None, [1, 2, 1], [true, true]),
        ("aaaa", "aa", Some(-3), None, [1, 2, 1], [true, true]),
        ("aaaa", "aa", None, Some(-2), [0, 0, 1], [true, true]),
        ("aaaa", "aa", Some(2), Some(5), [2, 2, 1], [true, true]),
        ("aaaa", "aa", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("aaaa", "aa", Some(100), None, [-1, -1, 0], [false, false]),
        ("aaaa", "aa", Some(-100), Some(100), [0, 2, 2], [true, true]),
        ("aaaa", "aa", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("aaaa", "aa", None, Some(0), [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", None, None, [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", Some(1), None, [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", Some(-3), None, [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", None, Some(-2), [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", Some(2), Some(5), [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", Some(5), Some(2), [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", Some(100), None, [-1, -1, 0], [false, false]),
        (
            "aaaa",
            "xyz",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        ("aaaa", "xyz", Some(4), Some(4), [-1, -1, 0], [false, false]),
        ("aaaa", "xyz", None, Some(0), [-1, -1, 0], [false, false]),
        ("aaaa", "\u{4e2d}", None, None, [-1, -1, 0], [false, false]),
        (
            "aaaa",
            "\u{4e2d}",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "\u{4e2d}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "aaaa",
            "hello world!",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "o",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "l",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{f6}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            None,
            None,
            [0, 4, 5],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(1),
            None,
            [1, 4, 4],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(-3),
            None,
            [1, 4, 4],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            None,
            Some(-2),
            [0, 2, 3],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(2),
            Some(5),
            [2, 4, 3],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(-100),
            Some(100),
            [0, 4, 5],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            Some(4),
            Some(4),
            [4, 4, 1],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "",
            None,
            Some(0),
            [0, 0, 1],
            [true, true],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "aa",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "xyz",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            None,
            None,
            [0, 2, 2],
            [true, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(1),
            None,
            [2, 2, 1],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(-3),
            None,
            [2, 2, 1],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            None,
            Some(-2),
            [0, 0, 1],
            [true, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(2),
            Some(5),
            [2, 2, 1],
            [true, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(-100),
            Some(100),
            [0, 2, 2],
            [true, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            None,
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(1),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(-3),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            None,
            Some(-2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(2),
            Some(5),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(5),
            Some(2),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(100),
            None,
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(-100),
            Some(100),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            Some(4),
            Some(4),
            [-1, -1, 0],
            [false, false],
        ),
        (
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "hello world!",
            None,
            Some(0),
            [-1, -1, 0],
            [false, false],
        ),
    ];
    for (s, sub, st, en, [f, rf, c], [sw, ew]) in cases {
        let label = format!("{s:?} {sub:?} {st:?} {en:?}");
        assert_eq!(find(s, sub, st, en), f, "find {label}");
        assert_eq!(rfind(s, sub, st, en), rf, "rfind {label}");
        assert_eq!(count(s, sub, st, en), c, "count {label}");
        assert_eq!(startswith(s, sub, st, en), sw, "startswith {label}");
        assert_eq!(endswith(s, sub, st, en), ew, "endswith {label}");
        if f == -1 {
            assert_eq!(
                index(s, sub, st, en).unwrap_err().message,
                "substring not found"
            );
            assert_eq!(
                rindex(s, sub, st, en).unwrap_err().kind,
                TextErrorKind::ValueError
            );
        } else {
            assert_eq!(index(s, sub, st, en).unwrap(), f);
            assert_eq!(rindex(s, sub, st, en).unwrap(), rf);
        }
    }
}

#[test]
fn case_conversions_match_cpython() {
    let cases: Vec<(&str, [&str; 7])> = vec![
        (
            "hello world",
            [
                "HELLO WORLD",
                "hello world",
                "hello world",
                "Hello World",
                "Hello world",
                "HELLO WORLD",
                "FalseTrueFalse",
            ],
        ),
        (
            "Hello World",
            [
                "HELLO WORLD",
                "hello world",
                "hello world",
                "Hello World",
                "Hello world",
                "hELLO wORLD",
                "FalseFalseTrue",
            ],
        ),
        (
            "HELLO",
            [
                "HELLO",
                "hello",
                "hello",
                "Hello",
                "Hello",
                "hello",
                "TrueFalseFalse",
            ],
        ),
        (
            "they're bill's friends",
            [
                "THEY'RE BILL'S FRIENDS",
                "they're bill's friends",
                "they're bill's friends",
                "They'Re Bill'S Friends",
                "They're bill's friends",
                "THEY'RE BILL'S FRIENDS",
                "FalseTrueFalse",
            ],
        ),
        (
            "\u{3a3}\u{391}\u{3a3} \u{39f}\u{394}\u{39f}\u{3a3}",
            [
                "\u{3a3}\u{391}\u{3a3} \u{39f}\u{394}\u{39f}\u{3a3}",
                "\u{3c3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}",
                "\u{3c3}\u{3b1}\u{3c3} \u{3bf}\u{3b4}\u{3bf}\u{3c3}",
                "\u{3a3}\u{3b1}\u{3c2} \u{39f}\u{3b4}\u{3bf}\u{3c2}",
                "\u{3a3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}",
                "\u{3c3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}",
                "TrueFalseFalse",
            ],
        ),
        (
            "\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}",
            [
                "\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}",
                "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}",
                "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c3}",
                "\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}",
                "\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}",
                "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}",
                "TrueFalseFalse",
            ],
        ),
        (
            "stra\u{df}e",
            [
                "STRASSE",
                "stra\u{df}e",
                "strasse",
                "Stra\u{df}e",
                "Stra\u{df}e",
                "STRASSE",
                "FalseTrueFalse",
            ],
        ),
        (
            "\u{1c6}emal \u{1c9}",
            [
                "\u{1c4}EMAL \u{1c7}",
                "\u{1c6}emal \u{1c9}",
                "\u{1c6}emal \u{1c9}",
                "\u{1c5}emal \u{1c8}",
                "\u{1c5}emal \u{1c9}",
                "\u{1c4}EMAL \u{1c7}",
                "FalseTrueFalse",
            ],
        ),
        (
            "\u{fb01}ne \u{fb02}ow",
            [
                "FINE FLOW",
                "\u{fb01}ne \u{fb02}ow",
                "fine flow",
                "Fine Flow",
                "Fine \u{fb02}ow",
                "FINE FLOW",
                "FalseTrueFalse",
            ],
        ),
        (
            "\u{130}stanbul",
            [
                "\u{130}STANBUL",
                "i\u{307}stanbul",
                "i\u{307}stanbul",
                "\u{130}stanbul",
                "\u{130}stanbul",
                "i\u{307}STANBUL",
                "FalseFalseTrue",
            ],
        ),
        (
            "\u{149}",
            [
                "\u{2bc}N",
                "\u{149}",
                "\u{2bc}n",
                "\u{2bc}N",
                "\u{2bc}N",
                "\u{2bc}N",
                "FalseTrueFalse",
            ],
        ),
        (
            "\u{1fb3} \u{1fbc}",
            [
                "\u{391}\u{399} \u{391}\u{399}",
                "\u{1fb3} \u{1fb3}",
                "\u{3b1}\u{3b9} \u{3b1}\u{3b9}",
                "\u{1fbc} \u{1fbc}",
                "\u{1fbc} \u{1fb3}",
                "\u{391}\u{399} \u{1fbc}",
                "FalseFalseFalse",
            ],
        ),
        (
            "abc123def",
            [
                "ABC123DEF",
                "abc123def",
                "abc123def",
                "Abc123Def",
                "Abc123def",
                "ABC123DEF",
                "FalseTrueFalse",
            ],
        ),
        (
            "a1b2",
            [
                "A1B2",
                "a1b2",
                "a1b2",
                "A1B2",
                "A1b2",
                "A1B2",
                "FalseTrueFalse",
            ],
        ),
        (
            "\u{3a3}\u{3a3}.\u{3a3}",
            [
                "\u{3a3}\u{3a3}.\u{3a3}",
                "\u{3c3}\u{3c3}.\u{3c2}",
                "\u{3c3}\u{3c3}.\u{3c3}",
                "\u{3a3}\u{3c3}.\u{3a3}",
                "\u{3a3}\u{3c3}.\u{3c2}",
                "\u{3c3}\u{3c3}.\u{3c2}",
                "TrueFalseFalse",
            ],
        ),
        (
            "\u{3c3}'s \u{3a3}'",
            [
                "\u{3a3}'S \u{3a3}'",
                "\u{3c3}'s \u{3c3}'",
                "\u{3c3}'s \u{3c3}'",
                "\u{3a3}'S \u{3a3}'",
                "\u{3a3}'s \u{3c3}'",
                "\u{3a3}'S \u{3c3}'",
                "FalseFalseFalse",
            ],
        ),
        ("", ["", "", "", "", "", "", "FalseFalseFalse"]),
        (
            "123",
            ["123", "123", "123", "123", "123", "123", "FalseFalseFalse"],
        ),
        (
            "\u{ab70}\u{abbf} \u{13a0}",
            [
                "\u{13a0}\u{13ef} \u{13a0}",
                "\u{ab70}\u{abbf} \u{ab70}",
                "\u{13a0}\u{13ef} \u{13a0}",
                "\u{13a0}\u{abbf} \u{13a0}",
                "\u{13a0}\u{abbf} \u{ab70}",
                "\u{13a0}\u{13ef} \u{ab70}",
                "FalseFalseFalse",
            ],
        ),
        (
            "\u{b5} \u{17f}",
            [
                "\u{39c} S",
                "\u{b5} \u{17f}",
                "\u{3bc} s",
                "\u{39c} S",
                "\u{39c} \u{17f}",
                "\u{39c} S",
                "FalseTrueFalse",
            ],
        ),
        (
            "MiXeD cAsE",
            [
                "MIXED CASE",
                "mixed case",
                "mixed case",
                "Mixed Case",
                "Mixed case",
                "mIxEd CaSe",
                "FalseFalseFalse",
            ],
        ),
        ("x", ["X", "x", "x", "X", "X", "X", "FalseTrueFalse"]),
    ];
    for (s, [up, low, fold, tit, cap, swap, preds]) in cases {
        assert_eq!(upper(s), up, "upper {s:?}");
        assert_eq!(lower(s), low, "lower {s:?}");
        assert_eq!(casefold(s), fold, "casefold {s:?}");
        assert_eq!(title(s), tit, "title {s:?}");
        assert_eq!(capitalize(s), cap, "capitalize {s:?}");
        assert_eq!(swapcase(s), swap, "swapcase {s:?}");
        let got = format!(
            "{}{}{}",
            if isupper(s) { "True" } else { "False" },
            if islower(s) { "True" } else { "False" },
            if istitle(s) { "True" } else { "False" }
        );
        assert_eq!(got, preds, "isupper/islower/istitle {s:?}");
    }
}

#[test]
fn predicates_match_cpython() {
    let cases: Vec<(&str, &str)> = vec![
        ("", "000000110"),
        (" \u{9}\u{a}", "100000010"),
        ("\u{1c}\u{1f}", "100000010"),
        ("abc", "011000111"),
        ("abc1", "001000111"),
        ("123", "001111110"),
        ("\u{661}\u{662}\u{663}", "001111100"),
        ("\u{b2}\u{b3}", "001011100"),
        ("\u{bd}", "001001100"),
        ("\u{4e00}\u{4e8c}\u{4e09}", "011001101"),
        ("\u{2167}", "001001101"),
        ("\u{928}\u{92e}\u{938}\u{94d}\u{924}\u{947}", "000000101"),
        ("\u{e9}", "011000101"),
        ("a b", "000000110"),
        ("_x1", "000000111"),
        ("1x", "001000110"),
        ("\u{1c5}", "011000101"),
        ("\u{200b}", "000000000"),
        ("a\u{0}", "000000010"),
        ("\u{1f600}", "000000100"),
        ("x\u{301}", "000000101"),
        ("\u{a0}", "100000000"),
        ("\u{2160}a", "001000101"),
        ("\u{1d7d8}\u{1d7d9}", "001111100"),
        ("\u{feff}", "000000000"),
        ("\u{aa}", "011000101"),
        ("\u{b7}", "000000100"),
        ("a\u{b7}b", "000000101"),
        ("\u{2028}", "100000000"),
        ("\u{4e2d}\u{6587}", "011000101"),
        ("def", "011000111"),
        ("\u{7f}", "000000010"),
    ];
    let fns: [fn(&str) -> bool; 9] = [
        isspace,
        isalpha,
        isalnum,
        isdecimal,
        isdigit,
        isnumeric,
        isprintable,
        isascii,
        isidentifier,
    ];
    for (s, want) in cases {
        let got: String = fns.iter().map(|f| if f(s) { '1' } else { '0' }).collect();
        assert_eq!(
            got, want,
            "space/alpha/alnum/decimal/digit/numeric/printable/ascii/identifier of {s:?}"
        );
    }
}

#[test]
fn char_classes_match_cpython_on_a_sample() {
    let cps: &[u32] = &[
        0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126, 133, 140,
        147, 154, 161, 168, 175, 182, 189, 196, 203, 210, 217, 224, 231, 238, 245, 252, 259, 266,
        273, 280, 287, 294, 301, 308, 315, 322, 329, 336, 343, 350, 357, 364, 371, 378, 385, 392,
        399, 406, 413, 420, 427, 434, 441, 448, 455, 462, 469, 476, 483, 490, 497, 504, 511, 518,
        525, 532, 539, 546, 553, 560, 567, 574, 581, 588, 595, 602, 609, 616, 623, 630, 637, 644,
        651, 658, 665, 672, 679, 686, 693, 700, 707, 714, 721, 728, 735, 742, 749, 756, 763, 770,
        777, 784, 791, 798, 805, 812, 819, 826, 833, 840, 847, 854, 861, 868, 875, 882, 889, 896,
        903, 910, 917, 924, 931, 938, 945, 952, 959, 966, 973, 980, 987, 994, 1001, 1008, 1015,
        1022, 1029, 1036, 1043, 1050, 1057, 1064, 1071, 1078, 1085, 1092, 1099, 1106, 1113, 1120,
        1127, 1134, 1141, 1148, 1155, 1162, 1169, 1176, 1183, 1190, 1197, 1204, 1211, 1218, 1225,
        1232, 1239, 1246, 1253, 1260, 1267, 1274, 1281, 1288, 1295, 1302, 1309, 1316, 1323, 1330,
        1337, 1344, 1351, 1358, 1365, 1372, 1379, 1386, 1393, 1400, 1407, 1414, 1421, 1428, 1435,
        1442, 1449, 1456, 1463, 1470, 1477, 1484, 1491, 1498, 1505, 1512, 1519, 1526, 1533, 1540,
        1547, 1554, 1561, 1568, 1575, 1582, 1589, 1596, 1603, 1610, 1617, 1624, 1631, 1638, 1645,
        1652, 1659, 1666, 1673, 1680, 1687, 1694, 1701, 1708, 1715, 1722, 1729, 1736, 1743, 1750,
        1757, 1764, 1771, 1778, 1785, 1792, 1799, 1806, 1813, 1820, 1827, 1834, 1841, 1848, 1855,
        1862, 1869, 1876, 1883, 1890, 1897, 1904, 1911, 1918, 1925, 1932, 1939, 1946, 1953, 1960,
        1967, 1974, 1981, 1988, 1995, 2002, 2009, 2016, 2023, 2030, 2037, 2044, 2051, 2058, 2065,
        2072, 2079, 2086, 2093, 2100, 2107, 2114, 2121, 2128, 2135, 2142, 2149, 2156, 2163, 2170,
        2177, 2184, 2191, 2198, 2205, 2212, 2219, 2226, 2233, 2240, 2247, 2254, 2261, 2268, 2275,
        2282, 2289, 2296, 2303, 2310, 2317, 2324, 2331, 2338, 2345, 2352, 2359, 2366, 2373, 2380,
        2387, 2394, 2401, 2408, 2415, 2422, 2429, 2436, 2443, 2450, 2457, 2464, 2471, 2478, 2485,
        2492, 2499, 2506, 2513, 2520, 2527, 2534, 2541, 2548, 2555, 2562, 2569, 2576, 2583, 2590,
        2597, 2604, 2611, 2618, 2625, 2632, 2639, 2646, 2653, 2660, 2667, 2674, 2681, 2688, 2695,
        2702, 2709, 2716, 2723, 2730, 2737, 2744, 2751, 2758, 2765, 2772, 2779, 2786, 2793, 2800,
        2807, 2814, 2821, 2828, 2835, 2842, 2849, 2856, 2863, 2870, 2877, 2884, 2891, 2898, 2905,
        2912, 2919, 2926, 2933, 2940, 2947, 2954, 2961, 2968, 2975, 2982, 2989, 2996, 3003, 3010,
        3017, 3024, 3031, 3038, 3045, 3052, 3059, 3066, 3073, 3080, 3087, 3094, 3101, 3108, 3115,
        3122, 3129, 3136, 3143, 3150, 3157, 3164, 3171, 3178, 3185, 3192, 3199, 3206, 3213, 3220,
        3227, 3234, 3241, 3248, 3255, 3262, 3269, 3276, 3283, 3290, 3297, 3304, 3311, 3318, 3325,
        3332, 3339, 3346, 3353, 3360, 3367, 3374, 3381, 3388, 3395, 3402, 3409, 3416, 3423, 3430,
        3437, 3444, 3451, 3458, 3465, 3472, 3479, 3486, 3493, 3500, 3507, 3514, 3521, 3528, 3535,
        3542, 3549, 3556, 3563, 3570, 3577, 3584, 3591, 3598, 3605, 3612, 3619, 3626, 3633, 3640,
        3647, 3654, 3661, 3668, 3675, 3682, 3689, 3696, 3703, 3710, 3717, 3724, 3731, 3738, 3745,
        3752, 3759, 3766, 3773, 3780, 3787, 3794, 3801, 3808, 3815, 3822, 3829, 3836, 3843, 3850,
        3857, 3864, 3871, 3878, 3885, 3892, 3899, 3906, 3913, 3920, 3927, 3934, 3941, 3948, 3955,
        3962, 3969, 3976, 3983, 3990, 3997, 4004, 4011, 4018, 4025, 4032, 4039, 4046, 4053, 4060,
        4067, 4074, 4081, 4088, 4095, 4102, 4109, 4116, 4123, 4130, 4137, 4144, 4151, 4158, 4165,
        4172, 4179, 4186, 4193, 4200, 4207, 4214, 4221, 4228, 4235, 4242, 4249, 4256, 4263, 4270,
        4277, 4284, 4291, 4298, 4305, 4312, 4319, 4326, 4333, 4340, 4347, 4354, 4361, 4368, 4375,
        4382, 4389, 4396, 4403, 4410, 4417, 4424, 4431, 4438, 4445, 4452, 4459, 4466, 4473, 4480,
        4487, 4494, 4501, 4508, 4515, 4522, 4529, 4536, 4543, 4550, 4557, 4564, 4571, 4578, 4585,
        4592, 4599, 4606, 4613, 4620, 4627, 4634, 4641, 4648, 4655, 4662, 4669, 4676, 4683, 4690,
        4697, 4704, 4711, 4718, 4725, 4732, 4739, 4746, 4753, 4760, 4767, 4774, 4781, 4788, 4795,
        4802, 4809, 4816, 4823, 4830, 4837, 4844, 4851, 4858, 4865, 4872, 4879, 4886, 4893, 4900,
        4907, 4914, 4921, 4928, 4935, 4942, 4949, 4956, 4963, 4970, 4977, 4984, 4991, 4998, 5005,
        5012, 5019, 5026, 5033, 5040, 5047, 5054, 5061, 5068, 5075, 5082, 5089, 5096, 5103, 5110,
        5117, 5124, 5131, 5138, 5145, 5152, 5159, 5166, 5173, 5180, 5187, 5194, 5201, 5208, 5215,
        5222, 5229, 5236, 5243, 5250, 5257, 5264, 5271, 5278, 5285, 5292, 5299, 5306, 5313, 5320,
        5327, 5334, 5341, 5348, 5355, 5362, 5369, 5376, 5383, 5390, 5397, 5404, 5411, 5418, 5425,
        5432, 5439, 5446, 5453, 5460, 5467, 5474, 5481, 5488, 5495, 5502, 5509, 5516, 5523, 5530,
        5537, 5544, 5551, 5558, 5565, 5572, 5579, 5586, 5593, 5600, 5607, 5614, 5621, 5628, 5635,
        5642, 5649, 5656, 5663, 5670, 5677, 5684, 5691, 5698, 5705, 5712, 5719, 5726, 5733, 5740,
        5747, 5754, 5761, 5768, 5775, 5782, 5789, 5796, 5803, 5810, 5817, 5824, 5831, 5838, 5845,
        5852, 5859, 5866, 5873, 5880, 5887, 5894, 5901, 5908, 5915, 5922, 5929, 5936, 5943, 5950,
        5957, 5964, 5971, 5978, 5985, 5992, 5999, 6006, 6013, 6020, 6027, 6034, 6041, 6048, 6055,
        6062, 6069, 6076, 6083, 6090, 6097, 6104, 6111, 6118, 6125, 6132, 6139, 6146, 6153, 6160,
        6167, 6174, 6181, 6188, 6195, 6202, 6209, 6216, 6223, 6230, 6237, 6244, 6251, 6258, 6265,
        6272, 6279, 6286, 6293, 6300, 6307, 6314, 6321, 6328, 6335, 6342, 6349, 6356, 6363, 6370,
        6377, 6384, 6391, 6398, 6405, 6412, 6419, 6426, 6433, 6440, 6447, 6454, 6461, 6468, 6475,
        6482, 6489, 6496, 6503, 6510, 6517, 6524, 6531, 6538, 6545, 6552, 6559, 6566, 6573, 6580,
        6587, 6594, 6601, 6608, 6615, 6622, 6629, 6636, 6643, 6650, 6657, 6664, 6671, 6678, 6685,
        6692, 6699, 6706, 6713, 6720, 6727, 6734, 6741, 6748, 6755, 6762, 6769, 6776, 6783, 6790,
        6797, 6804, 6811, 6818, 6825, 6832, 6839, 6846, 6853, 6860, 6867, 6874, 6881, 6888, 6895,
        6902, 6909, 6916, 6923, 6930, 6937, 6944, 6951, 6958, 6965, 6972, 6979, 6986, 6993, 7000,
        7007, 7014, 7021, 7028, 7035, 7042, 7049, 7056, 7063, 7070, 7077, 7084, 7091, 7098, 7105,
        7112, 7119, 7126, 7133, 7140, 7147, 7154, 7161, 7168, 7175, 7182, 7189, 7196, 7203, 7210,
        7217, 7224, 7231, 7238, 7245, 7252, 7259, 7266, 7273, 7280, 7287, 7294, 7301, 7308, 7315,
        7322, 7329, 7336, 7343, 7350, 7357, 7364, 7371, 7378, 7385, 7392, 7399, 7406, 7413, 7420,
        7427, 7434, 7441, 7448, 7455, 7462, 7469, 7476, 7483, 7490, 7497, 7504, 7511, 7518, 7525,
        7532, 7539, 7546, 7553, 7560, 7567, 7574, 7581, 7588, 7595, 7602, 7609, 7616, 7623, 7630,
        7637, 7644, 7651, 7658, 7665, 7672, 7679, 7686, 7693, 7700, 7707, 7714, 7721, 7728, 7735,
        7742, 7749, 7756, 7763, 7770, 7777, 7784, 7791, 7798, 7805, 7812, 7819, 7826, 7833, 7840,
        7847, 7854, 7861, 7868, 7875, 7882, 7889, 7896, 7903, 7910, 7917, 7924, 7931, 7938, 7945,
        7952, 7959, 7966, 7973, 7980, 7987, 7994, 8001, 8008, 8015, 8022, 8029, 8036, 8043, 8050,
        8057, 8064, 8071, 8078, 8085, 8092, 8099, 8106, 8113, 8120, 8127, 8134, 8141, 8148, 8155,
        8162, 8169, 8176, 8183, 8190, 8197, 8204, 8211, 8218, 8225, 8232, 8239, 8246, 8253, 8260,
        8267, 8274, 8281, 8288, 8295, 8302, 8309, 8316, 8323, 8330, 8337, 8344, 8351, 8358, 8365,
        8372, 8379, 8386, 8393, 8400, 8407, 8414, 8421, 8428, 8435, 8442, 8449, 8456, 8463, 8470,
        8477, 8484, 8491, 8498, 8505, 8512, 8519, 8526, 8533, 8540, 8547, 8554, 8561, 8568, 8575,
        8582, 8589, 8596, 8603, 8610, 8617, 8624, 8631, 8638, 8645, 8652, 8659, 8666, 8673, 8680,
        8687, 8694, 8701, 8708, 8715, 8722, 8729, 8736, 8743, 8750, 8757, 8764, 8771, 8778, 8785,
        8792, 8799, 8806, 8813, 8820, 8827, 8834, 8841, 8848, 8855, 8862, 8869, 8876, 8883, 8890,
        8897, 8904, 8911, 8918, 8925, 8932, 8939, 8946, 8953, 8960, 8967, 8974, 8981, 8988, 8995,
        9002, 9009, 9016, 9023, 9030, 9037, 9044, 9051, 9058, 9065, 9072, 9079, 9086, 9093, 9100,
        9107, 9114, 9121, 9128, 9135, 9142, 9149, 9156, 9163, 9170, 9177, 9184, 9191, 9198, 9205,
        9212, 9219, 9226, 9233, 9240, 9247, 9254, 9261, 9268, 9275, 9282, 9289, 9296, 9303, 9310,
        9317, 9324, 9331, 9338, 9345, 9352, 9359, 9366, 9373, 9380, 9387, 9394, 9401, 9408, 9415,
        9422, 9429, 9436, 9443, 9450, 9457, 9464, 9471, 9478, 9485, 9492, 9499, 9506, 9513, 9520,
        9527, 9534, 9541, 9548, 9555, 9562, 9569, 9576, 9583, 9590, 9597, 9604, 9611, 9618, 9625,
        9632, 9639, 9646, 9653, 9660, 9667, 9674, 9681, 9688, 9695, 9702, 9709, 9716, 9723, 9730,
        9737, 9744, 9751, 9758, 9765, 9772, 9779, 9786, 9793, 9800, 9807, 9814, 9821, 9828, 9835,
        9842, 9849, 9856, 9863, 9870, 9877, 9884, 9891, 9898, 9905, 9912, 9919, 9926, 9933, 9940,
        9947, 9954, 9961, 9968, 9975, 9982, 9989, 9996, 10003, 10010, 10017, 10024, 10031, 10038,
        10045, 10052, 10059, 10066, 10073, 10080, 10087, 10094, 10101, 10108, 10115, 10122, 10129,
        10136, 10143, 10150, 10157, 10164, 10171, 10178, 10185, 10192, 10199, 10206, 10213, 10220,
        10227, 10234, 10241, 10248, 10255, 10262, 10269, 10276, 10283, 10290, 10297, 10304, 10311,
        10318, 10325, 10332, 10339, 10346, 10353, 10360, 10367, 10374, 10381, 10388, 10395, 10402,
        10409, 10416, 10423, 10430, 10437, 10444, 10451, 10458, 10465, 10472, 10479, 10486, 10493,
        10500, 10507, 10514, 10521, 10528, 10535, 10542, 10549, 10556, 10563, 10570, 10577, 10584,
        10591, 10598, 10605, 10612, 10619, 10626, 10633, 10640, 10647, 10654, 10661, 10668, 10675,
        10682, 10689, 10696, 10703, 10710, 10717, 10724, 10731, 10738, 10745, 10752, 10759, 10766,
        10773, 10780, 10787, 10794, 10801, 10808, 10815, 10822, 10829, 10836, 10843, 10850, 10857,
        10864, 10871, 10878, 10885, 10892, 10899, 10906, 10913, 10920, 10927, 10934, 10941, 10948,
        10955, 10962, 10969, 10976, 10983, 10990, 10997, 11004, 11011, 11018, 11025, 11032, 11039,
        11046, 11053, 11060, 11067, 11074, 11081, 11088, 11095, 11102, 11109, 11116, 11123, 11130,
        11137, 11144, 11151, 11158, 11165, 11172, 11179, 11186, 11193, 11200, 11207, 11214, 11221,
        11228, 11235, 11242, 11249, 11256, 11263, 11270, 11277, 11284, 11291, 11298, 11305, 11312,
        11319, 11326, 11333, 11340, 11347, 11354, 11361, 11368, 11375, 11382, 11389, 11396, 11403,
        11410, 11417, 11424, 11431, 11438, 11445, 11452, 11459, 11466, 11473, 11480, 11487, 11494,
        11501, 11508, 11515, 11522, 11529, 11536, 11543, 11550, 11557, 11564, 11571, 11578, 11585,
        11592, 11599, 11606, 11613, 11620, 11627, 11634, 11641, 11648, 11655, 11662, 11669, 11676,
        11683, 11690, 11697, 11704, 11711, 11718, 11725, 11732, 11739, 11746, 11753, 11760, 11767,
        11774, 11781, 11788, 11795, 11802, 11809, 11816, 11823, 11830, 11837, 11844, 11851, 11858,
        11865, 11872, 11879, 11886, 11893, 11900, 11907, 11914, 11921, 11928, 11935, 11942, 11949,
        11956, 11963, 11970, 11977, 11984, 11991, 11998, 12005, 12012, 12019, 12026, 12033, 12040,
        12047, 12054, 12061, 12068, 12075, 12082, 12089, 12096, 12103, 12110, 12117, 12124, 12131,
        12138, 12145, 12152, 12159, 12166, 12173, 12180, 12187, 12194, 12201, 12208, 12215, 12222,
        12229, 12236, 12243, 12250, 12257, 12264, 12271, 12278, 12285, 12662, 12777, 13125, 14325,
        14529, 14703, 15012, 15152, 15821, 15939, 16043, 16290, 16320, 17773, 17939, 18116, 18164,
        18308, 19238, 19645, 19817, 19885, 20197, 20494, 20535, 20872, 21082, 21355, 21435, 21708,
        22017, 22319, 22670, 22878, 23859, 24404, 24612, 24618, 24845, 25213, 25312, 25582, 25603,
        25671, 26143, 26451, 26468, 27455, 28292, 29698, 30544, 30738, 31849, 31937, 33335, 34055,
        34227, 34585, 34711, 34798, 34966, 36153, 36197, 36361, 36396, 36502, 36519, 36713, 36870,
        37198, 37586, 38188, 38232, 38437, 38484, 38741, 38748, 40197, 40445, 40950, 41230, 41883,
        41921, 42157, 42183, 43178, 43397, 43715, 43746, 43759, 44104, 44222, 44471, 44670, 44678,
        44795, 44856, 45902, 46009, 46065, 47586, 48997, 49381, 49569, 50208, 50378, 50483, 50946,
        51103, 51514, 51799, 53080, 53146, 53283, 53512, 54368, 54402, 55053, 57871, 57976, 57979,
        58027, 58671, 59032, 59319, 59461, 59605, 60673, 60723, 61309, 61841, 63157, 64209, 64369,
        65081, 65189, 65269, 65312, 65331, 65597, 65767, 65923, 66062, 66512, 67897, 68706, 69000,
        70000, 70062, 70114, 70313, 70559, 70676, 70726, 70876, 70995, 72118, 72511, 72544, 73063,
        73129, 73177, 73694, 74221, 74309, 75356, 75794, 75954, 77026, 77220, 77260, 77636, 77820,
        78278, 78643, 79173, 79331, 79441, 79907, 81264, 81312, 82708, 83157, 83298, 83305, 83348,
        83375, 83447, 83795, 83825, 83898, 84096, 84374, 84486, 84528, 85290, 85382, 85511, 86650,
        87321, 87811, 88220, 89192, 89532, 89776, 89835, 89931, 90156, 90835, 90922, 91123, 91708,
        92249, 92284, 92474, 93304, 93694, 94511, 94567, 94872, 94955, 95071, 95222, 95310, 96054,
        96171, 96281, 96733, 96932, 97121, 97323, 97536, 97540, 97667, 97782, 98478, 98801, 99633,
        99669, 99765, 99819, 100079, 100785, 100990, 101026, 101723, 102381, 102896, 103297,
        103508, 103522, 103693, 103841, 103915, 104118, 104402, 104518, 104566, 104911, 105809,
        107017, 107157, 107459, 107876, 107883, 108484, 109588, 109978, 110202, 110324, 110354,
        110942, 111319, 111581, 111781, 112310, 112482, 113196, 113513, 113551, 113562, 113807,
        113980, 114149, 114211, 115000, 115588, 116046, 116284, 116515, 117436, 117941, 117965,
        118292, 118782, 119237, 119999, 120537, 120701, 121005, 121268, 122457, 122547, 122725,
        122850, 124222, 124597, 125459, 125519, 126089, 126164, 126285, 126349, 126358, 126759,
        126829, 126957, 128256, 128278, 128411, 128472, 129241, 130002, 130603, 131025, 131251,
        131407, 131453, 131517, 131631, 131957, 132837, 132929, 132988, 133001, 133339, 133920,
        134718, 134875, 135924, 136251, 136600, 136823, 137280, 137653, 138134, 138400, 138429,
        138473, 138813, 138828, 139058, 139272, 139454, 139503, 139521, 140014, 140650, 141270,
        141322, 141798, 142022, 142319, 142346, 142436, 142553, 142831, 143527, 143635, 143816,
        143966, 144097, 144455, 144977, 145182, 145421, 145810, 146017, 146895, 147115, 148042,
        148192, 148555, 148602, 149299, 149540, 149685, 150061, 150207, 150513, 150591, 150805,
        151382, 151498, 152005, 152375, 153000, 153050, 153256, 153526, 153704, 153900, 154363,
        154532, 155063, 155458, 156494, 156771, 157545, 158785, 159322, 159750, 159826, 160604,
        161902, 162901, 163270, 163282, 163347, 163629, 164151, 164197, 164428, 165633, 165669,
        165801, 166312, 166372, 166429, 166963, 168420, 168743, 168762, 169757, 169818, 169897,
        169932, 169962, 170405, 171427, 171944, 172511, 172645, 173223, 174758, 175069, 175418,
        175451, 175729, 176169, 176373, 177155, 177994, 178522, 178609, 178720, 179390, 179992,
        180127, 180539, 180548, 181063, 181188, 181270, 181279, 181660, 181911, 182350, 182965,
        183077, 183708, 183950, 184759, 186193, 186319, 186358, 187728, 187908, 188219, 188389,
        188577, 188621, 189056, 189442, 189461, 189465, 190081, 190376, 190553, 190633, 190679,
        190738, 190979, 191132, 191429, 192337, 192401, 192532, 192720, 192930, 193005, 193260,
        194215, 195623, 195716, 195725, 195948, 196210, 196219, 196334, 196516, 196690, 196711,
        197129, 198024, 198066, 198999, 199903, 200321, 200514, 200577, 200892, 200941, 201667,
        201723, 201882, 202055, 202526, 202530, 202817, 202897, 203061, 203150, 203326, 203448,
        204113, 204624, 205104, 205620, 205632, 205735, 206357, 206480, 206549, 207564, 208573,
        209223, 209369, 209598, 209683, 209693, 210396, 211443, 211625, 211828, 212045, 212962,
        213204, 214500, 214603, 215685, 215937, 216614, 216896, 217175, 217274, 217519, 217529,
        218437, 218851, 219835, 219890, 220838, 220861, 220994, 221101, 221259, 221745, 222220,
        223060, 223140, 223273, 224219, 224282, 224858, 224913, 225074, 225173, 225438, 225589,
        225791, 226288, 226392, 226527, 226568, 226590, 226894, 226993, 227613, 227816, 228010,
        228411, 229042, 229421, 231561, 231668, 232026, 232313, 232316, 232953, 233079, 233369,
        234124, 234815, 234834, 235176, 235346, 235383, 235886, 235941, 236008, 236410, 236842,
        236926, 237178, 237231, 238127, 239830, 240443, 240463, 240647, 240788, 240796, 240894,
        240930, 240974, 241376, 241389, 241419, 241462, 241824, 242110, 242813, 242824, 243058,
        243849, 244047, 244223, 245126, 245464, 246900, 246944, 247105, 247447, 247739, 248589,
        248951, 249201, 249241, 249303, 249358, 249697, 250397, 250474, 251716, 251895, 252366,
        252649, 252854, 253222, 253625, 253946, 254201, 254740, 257036, 257614, 257855, 258593,
        259187, 259316, 259601, 259691, 259889, 260638, 260806, 261528, 262245, 262303, 263406,
        263744, 263770, 264032, 264652, 264745, 265073, 265565, 265853, 266388, 266772, 267094,
        267182, 267347, 267450, 267464, 267510, 268218, 268874, 268968, 269655, 269794, 269906,
        270340, 270356, 270796, 270844, 271723, 271919, 272167, 272635, 272786, 274780, 275462,
        275515, 275798, 276264, 276648, 276807, 277893, 278375, 278419, 278706, 279144, 279198,
        279279, 279823, 279978, 280292, 280653, 281679, 282754, 282850, 283292, 283448, 283534,
        283985, 284537, 284634, 284865, 285486, 286518, 286813, 286849, 286899, 286981, 287169,
        287789, 288309, 289160, 289464, 290380, 290483, 290595, 291064, 291404, 291423, 291575,
        291800, 292046, 292134, 292733, 293903, 294085, 294876, 296651, 296703, 297890, 298219,
        298660, 298896, 299183, 299287, 299442, 299502, 299683, 299879, 299997, 300131, 301851,
        302324, 302538, 302895, 303063, 303154, 303990, 304317, 304437, 304501, 304645, 305042,
        305299, 305391, 306190, 306575, 306731, 307293, 307372, 308287, 308761, 309158, 309539,
        309690, 309751, 309848, 309897, 310642, 311125, 311619, 311693, 312136, 312493, 312520,
        313380, 313545, 313685, 313889, 313995, 314125, 314524, 314784, 314812, 315014, 315160,
        315304, 315525, 315728, 315768, 315855, 315950, 315954, 316179, 316355, 316521, 316662,
        317117, 317793, 318112, 318234, 318837, 318882, 319024, 319275, 319735, 319791, 320397,
        320567, 320677, 321031, 321460, 323335, 323520, 323820, 324584, 324782, 325420, 325528,
        325535, 325585, 325734, 325743, 326091, 326446, 327374, 328559, 328641, 328792, 328818,
        328874, 329210, 329273, 329513, 329583, 329619, 330560, 330711, 331022, 331198, 332464,
        332634, 333827, 333926, 335711, 336014, 336042, 336186, 336343, 336407, 336495, 336908,
        337875, 337967, 338031, 338786, 339220, 339260, 339413, 339768, 339840, 340281, 340405,
        340448, 340632, 341060, 341448, 342128, 342552, 342658, 344232, 344826, 344945, 345247,
        345433, 345515, 345872, 346125, 346189, 346200, 346578, 347262, 347701, 348411, 348581,
        349284, 349599, 349770, 350410, 350599, 350849, 350871, 350906, 351307, 351630, 351638,
        352054, 352432, 352644, 352662, 353168, 353694, 354640, 355147, 355461, 355569, 355583,
        356274, 356898, 357195, 357339, 357406, 357482, 357513, 358238, 358526, 358551, 359647,
        359976, 360409, 361183, 361401, 362466, 362600, 363209, 364185, 364358, 364426, 364620,
        364710, 364716, 364809, 365572, 365819, 366165, 366537, 367149, 367253, 367576, 367861,
        368233, 368320, 368645, 368811, 369582, 369927, 370318, 370403, 371120, 371436, 372046,
        372338, 372547, 373258, 373725, 375497, 376075, 376209, 376991, 378305, 378533, 378650,
        379696, 379778, 379956, 380111, 380518, 380605, 381843, 381977, 382211, 382972, 383582,
        385075, 385371, 386675, 387140, 387183, 387618, 388871, 389086, 389286, 390047, 390277,
        390827, 390863, 391214, 391229, 391298, 391317, 392178, 392497, 392931, 393028, 393250,
        394171, 394567, 394688, 394795, 394829, 395375, 395939, 395978, 395994, 396196, 396293,
        396788, 397750, 398383, 398607, 399252, 399302, 399792, 400565, 400824, 400999, 401335,
        401640, 401652, 401801, 401805, 401982, 402127, 402467, 403517, 405112, 405315, 405495,
        405588, 406282, 406779, 406923, 407001, 407077, 407211, 408238, 408323, 408967, 409223,
        409270, 409607, 409851, 410345, 410430, 410622, 411244, 412025, 412180, 412454, 413254,
        413486, 414047, 414197, 414213, 414315, 414809, 415318, 415588, 415599, 415794, 416190,
        416669, 417093, 417348, 417399, 418390, 418521, 418995, 419377, 419474, 420824, 421109,
        421410, 421450, 421538, 422104, 422138, 422733, 422786, 422794, 423566, 423730, 423951,
        424693, 424810, 424820, 424821, 425664, 425849, 425968, 426080, 426143, 426203, 427691,
        427707, 428132, 428671, 428833, 429499, 429519, 430019, 430132, 430145, 430275, 430291,
        430466, 430708, 431323, 431546, 432447, 432586, 432621, 433364, 433773, 433792, 434217,
        434677, 435072, 435119, 435426, 435639, 435986, 436210, 436522, 436945, 437146, 437540,
        437633, 438346, 438865, 438923, 438936, 439124, 439409, 440057, 440493, 440756, 440890,
        441041, 441457, 442166, 442190, 442655, 442660, 442662, 442963, 443721, 444031, 444214,
        444236, 444368, 444546, 444983, 445208, 445232, 445530, 447242, 448064, 448228, 448396,
        448619, 449173, 449210, 449629, 450096, 452164, 452348, 452700, 452877, 452981, 454176,
        454210, 454875, 455119, 455584, 456813, 456911, 457358, 457464, 457935, 458020, 458330,
        458338, 458519, 458874, 459192, 459261, 459740, 460204, 462542, 462576, 463555, 465195,
        465568, 465932, 466199, 466271, 466477, 467360, 468723, 468824, 469185, 469218, 469754,
        469902, 469981, 470022, 470044, 470126, 471382, 471966, 472797, 473714, 473761, 474631,
        474819, 475340, 475930, 476024, 476302, 476593, 476687, 476976, 477050, 477095, 477123,
        477272, 478013, 478711, 478804, 478869, 479518, 479742, 480040, 480454, 480632, 481175,
        481418, 481446, 481631, 482593, 482946, 484497, 485150, 486136, 486216, 487135, 487406,
        487538, 487795, 487892, 488018, 488320, 488411, 488854, 488886, 488914, 489249, 489388,
        489715, 490104, 491600, 491622, 491709, 492974, 493105, 493723, 494508, 494732, 495106,
        495514, 495584, 496176, 496208, 496329, 496781, 496968, 497529, 497534, 497836, 497914,
        498695, 498736, 499449, 500036, 500525, 500644, 500699, 501360, 501629, 502131, 502269,
        502661, 502741, 502773, 503089, 503390, 503433, 503762, 504632, 504669, 504730, 504978,
        505388, 505644, 506175, 507222, 507445, 507514, 507662, 508583, 509106, 509107, 509679,
        510150, 510715, 511143, 511285, 511489, 511720, 511961, 512023, 512180, 512324, 512369,
        512545, 512804, 512825, 513772, 513859, 514136, 514303, 514320, 515991, 516104, 516395,
        516735, 516944, 516994, 517221, 519193, 519244, 519378, 520245, 520332, 520365, 520394,
        520548, 520629, 520741, 521167, 521744, 522715, 522736, 522780, 523023, 523129, 524172,
        524195, 524929, 524951, 525166, 525515, 525956, 526021, 526515, 526803, 527515, 528080,
        528163, 528420, 528713, 528826, 529375, 529398, 529774, 530406, 530408, 530929, 531184,
        531503, 531573, 531659, 532409, 532757, 533094, 533264, 533276, 533333, 533357, 533418,
        533424, 533933, 535021, 535075, 535159, 535169, 535926, 536631, 536703, 537127, 537517,
        537536, 537794, 538771, 539141, 539537, 539810, 539872, 540044, 540338, 540423, 540702,
        540836, 541017, 541176, 541233, 541310, 541730, 543093, 543312, 543894, 544019, 544020,
        544235, 544839, 544955, 545070, 545083, 545303, 546227, 546451, 546505, 546880, 548307,
        548353, 548619, 548869, 550309, 550631, 551278, 551289, 551662, 551702, 551703, 551793,
        552386, 552919, 553150, 553358, 554103, 554237, 554630, 554796, 555816, 556215, 556586,
        556692, 557145, 557438, 557902, 558128, 558250, 558320, 558704, 558753, 558957, 559140,
        559396, 559815, 559886, 559979, 560058, 560524, 560539, 560741, 560896, 561341, 561522,
        561883, 562103, 563307, 563561, 563932, 564248, 564348, 564465, 565501, 566289, 566439,
        566650, 566839, 566881, 566972, 567517, 567523, 567805, 568079, 568363, 568654, 569203,
        569216, 569560, 569652, 570104, 570169, 570674, 570962, 571409, 573117, 573240, 573624,
        574030, 574372, 574431, 575187, 575703, 575756, 575822, 575945, 576261, 576498, 577822,
        578016, 578367, 578391, 579022, 579377, 579454, 579614, 579845, 580381, 580659, 580840,
        580966, 582079, 582546, 582672, 583373, 584111, 584837, 585519, 585718, 586531, 586590,
        586673, 587142, 587656, 588989, 589330, 589939, 589943, 590326, 590833, 592194, 592669,
        592878, 593025, 593588, 594281, 594958, 595711, 596179, 596562, 597244, 597524, 597672,
        598040, 598225, 598271, 598584, 598699, 599084, 599122, 599295, 600639, 600827, 601177,
        601342, 601935, 602031, 602330, 602811, 603152, 603176, 603539, 603544, 604448, 604928,
        605017, 606320, 606400, 606413, 606430, 607012, 607312, 608195, 608249, 609128, 609598,
        611116, 611283, 612017, 612510, 612562, 612776, 612900, 614400, 614521, 614839, 614936,
        615076, 615267, 615531, 616019, 616137, 616399, 616911, 616969, 617361, 617459, 618675,
        619078, 619263, 619425, 619599, 619642, 620035, 620111, 620307, 620379, 620535, 621931,
        622258, 622499, 623558, 623695, 624889, 625470, 626507, 626583, 626683, 626737, 626876,
        627054, 627853, 628010, 628174, 628393, 628690, 629568, 629814, 630781, 630807, 631900,
        632005, 632241, 632500, 633492, 633706, 633849, 634200, 634759, 635055, 635223, 635233,
        635674, 635990, 635993, 636760, 637427, 638901, 639796, 639990, 640117, 640536, 640691,
        640944, 641053, 641286, 641481, 641956, 641991, 642166, 642285, 643187, 643855, 644557,
        644595, 644623, 644821, 645250, 645525, 645712, 645848, 646488, 647263, 647884, 648020,
        648078, 648385, 648763, 649143, 649195, 649274, 649365, 649620, 649813, 649890, 650319,
        650335, 650697, 650779, 651930, 652782, 654465, 655569, 656947, 657363, 657688, 657755,
        658303, 658654, 659221, 659251, 659464, 659677, 660133, 660639, 661033, 661110, 661294,
        661457, 661581, 662557, 663137, 663463, 663564, 663726, 664059, 664328, 664633, 665041,
        665073, 665917, 666003, 666236, 666289, 666416, 666583, 666633, 667009, 667358, 667477,
        667637, 667960, 668726, 670218, 670264, 671102, 671213, 671548, 671896, 672457, 674152,
        674546, 674945, 675151, 675574, 675736, 676002, 677282, 678516, 679322, 679345, 680182,
        680284, 680338, 680465, 680672, 681442, 681570, 681819, 681882, 682430, 683702, 684048,
        684697, 684811, 685113, 685429, 685458, 685551, 686576, 687178, 687557, 688757, 689294,
        689450, 690087, 690316, 690368, 690787, 691124, 691414, 691427, 691486, 691594, 691665,
        692190, 692499, 692752, 692913, 693235, 693610, 694864, 695149, 695452, 695579, 695922,
        695937, 696242, 696668, 697139, 697310, 697344, 697371, 697787, 698158, 698579, 698816,
        699734, 699785, 700266, 700311, 701315, 702096, 702760, 702822, 703645, 704518, 705304,
        706086, 706227, 707125, 707219, 707489, 707581, 707908, 707965, 708066, 708498, 708626,
        709627, 710292, 711838, 712037, 712153, 712274, 712496, 712849, 713633, 713803, 714772,
        714864, 715007, 715294, 715531, 715893, 715916, 716680, 718012, 719061, 719481, 720574,
        721082, 721233, 721551, 721697, 722275, 722397, 722527, 722893, 723368, 723466, 723540,
        724856, 725354, 725432, 725576, 725947, 726299, 727219, 727753, 728069, 728245, 728299,
        728466, 729420, 729631, 730285, 730847, 730991, 731300, 732197, 732355, 732468, 732608,
        733001, 733624, 733722, 734297, 734712, 735407, 735519, 735641, 736120, 737196, 738833,
        739541, 739691, 740001, 740010, 740389, 740480, 740816, 741157, 741160, 741344, 741685,
        741981, 742086, 742311, 742532, 743114, 743422, 743970, 744270, 744276, 744688, 745283,
        745661, 746665, 746988, 747145, 747192, 747758, 748173, 748180, 748612, 748907, 749288,
        749355, 749367, 750508, 750723, 750747, 751438, 751783, 751854, 752412, 752485, 752858,
        752969, 753463, 753510, 753609, 754013, 754226, 754354, 754917, 755422, 756067, 756244,
        756698, 756997, 757151, 757750, 757768, 757956, 758071, 758236, 758329, 758660, 759203,
        759391, 760098, 760163, 760193, 760380, 760622, 760886, 760922, 761289, 761352, 762464,
        762703, 763021, 763898, 764274, 764685, 764936, 765601, 765785, 766326, 766799, 767265,
        767470, 767567, 767789, 768049, 768271, 768746, 768750, 769218, 769328, 770371, 770581,
        770937, 771160, 772127, 772362, 772826, 772960, 773188, 773366, 773420, 773500, 773503,
        774088, 774111, 774405, 774833, 775192, 775858, 775947, 775994, 776173, 776238, 776557,
        776984, 777176, 778143, 778445, 779193, 779580, 779746, 779912, 780177, 780230, 780337,
        781065, 781224, 781313, 781552, 781905, 782154, 782541, 782886, 783128, 783804, 783866,
        784031, 784090, 784680, 785142, 785379, 785525, 785863, 786020, 786668, 786715, 787465,
        788053, 788691, 790003, 790144, 790678, 791309, 791732, 791774, 792028, 792323, 792449,
        792894, 792925, 792988, 793156, 793262, 793454, 793926, 794464, 794556, 794725, 795258,
        795289, 796363, 796378, 796707, 797494, 798631, 798684, 799052, 799910, 800271, 800909,
        801039, 801128, 801236, 801298, 802113, 802236, 802580, 802632, 802691, 802912, 804723,
        805435, 806310, 806736, 807128, 807748, 807896, 808050, 808287, 808463, 809477, 810131,
        810619, 810761, 810927, 811054, 812118, 812617, 812850, 813057, 814575, 815157, 815857,
        816705, 817038, 817264, 818082, 818316, 818498, 818644, 818770, 819309, 819637, 819857,
        819923, 820944, 821068, 821238, 821351, 822868, 823154, 823567, 824185, 824633, 824648,
        825734, 825746, 825763, 826154, 826698, 827106, 827466, 827468, 827544, 827972, 828524,
        829163, 829165, 829748, 829834, 830040, 830278, 830481, 830515, 831612, 831710, 832168,
        833367, 833455, 833711, 834293, 835135, 835166, 835405, 835555, 836257, 836649, 836716,
        837143, 837341, 837433, 837801, 838521, 838734, 838817, 839103, 839337, 839823, 840292,
        841235, 841285, 841703, 841991, 842421, 842745, 842816, 842906, 842915, 843479, 843511,
        843713, 844044, 844187, 844268, 844965, 845689, 845892, 846044, 846476, 846739, 847100,
        847345, 847493, 847498, 847965, 848208, 848796, 848994, 849007, 849095, 850123, 850254,
        850486, 850615, 850639, 851236, 851425, 851866, 852077, 852150, 852253, 852390, 852584,
        852631, 853022, 853813, 854015, 854054, 854057, 854589, 854597, 855244, 856358, 856373,
        857851, 857906, 858233, 858416, 858970, 859138, 859853, 860285, 860553, 860897, 860926,
        861000, 861033, 861157, 861578, 861595, 861953, 862513, 862998, 863622, 863652, 863708,
        863792, 863938, 864170, 864188, 864872, 867415, 867981, 868183, 868282, 869898, 870012,
        870745, 871106, 871111, 871677, 872851, 872996, 873801, 873978, 874428, 875093, 875555,
        875856, 875916, 876859, 877189, 877511, 877953, 878245, 878482, 878785, 878911, 879012,
        879449, 880264, 880676, 882326, 883118, 883227, 883413, 883846, 883939, 885083, 885493,
        885637, 886039, 886279, 886466, 886861, 887295, 888241, 888394, 888573, 888709, 888823,
        889155, 889258, 889449, 889686, 890119, 890610, 890882, 891021, 891074, 891286, 892211,
        893125, 893242, 893475, 894107, 894239, 894259, 894409, 894618, 894952, 895315, 895338,
        895487, 895513, 895625, 895661, 895768, 896387, 896653, 896834, 897558, 897571, 897819,
        897867, 898101, 898334, 899341, 900599, 900966, 900988, 901429, 902156, 902569, 902812,
        903996, 904242, 904509, 905129, 905284, 905569, 905623, 905893, 906203, 906612, 906837,
        907771, 908659, 909014, 909339, 909979, 909996, 910434, 910579, 910603, 910655, 910903,
        911047, 912479, 913933, 914122, 914181, 915157, 915319, 915366, 915479, 915537, 915616,
        917254, 917915, 918382, 918630, 918746, 919199, 919366, 920439, 921708, 921804, 922052,
        922294, 922796, 922956, 924387, 924407, 924946, 925072, 925758, 925769, 925903, 926756,
        926766, 927151, 927589, 927753, 928004, 929078, 929192, 929646, 931580, 932069, 932294,
        932358, 932514, 932876, 933771, 933991, 934043, 934282, 934779, 934819, 934986, 935005,
        935296, 935377, 935762, 935995, 936349, 937719, 937903, 937939, 939160, 939458, 939476,
        939819, 940141, 940397, 941343, 941652, 941721, 941847, 941973, 942908, 943488, 943610,
        943868, 945585, 945672, 946607, 946864, 946961, 947129, 947249, 947320, 948346, 948538,
        948607, 949228, 949273, 949335, 949425, 949637, 949831, 950192, 950229, 950438, 950822,
        951641, 951850, 952435, 952532, 953043, 953561, 953805, 954148, 954302, 954854, 955255,
        955667, 955923, 956649, 957600, 957635, 957795, 957810, 958668, 958895, 958913, 960116,
        960569, 960794, 960900, 960925, 961222, 961652, 961785, 961837, 962268, 962378, 962434,
        962563, 962684, 963831, 963920, 964190, 964691, 966900, 967421, 968030, 968976, 969019,
        969434, 969939, 970234, 970496, 970578, 971368, 972530, 972578, 973108, 973121, 973372,
        973389, 974190, 974819, 975735, 975830, 976360, 976385, 976951, 977691, 977974, 978193,
        978426, 978616, 978830, 978878, 978882, 978915, 979450, 980533, 981209, 981286, 981416,
        982392, 983598, 983606, 983855, 984179, 985189, 985191, 985240, 985472, 985887, 986340,
        986756, 987139, 987702, 988020, 988036, 988140, 988205, 988725, 989023, 989061, 989346,
        989538, 990272, 990435, 991687, 991768, 991855, 992743, 992949, 993201, 993251, 993487,
        993541, 993672, 993966, 994072, 994605, 994828, 995138, 995512, 995729, 995780, 996184,
        996694, 996886, 997534, 998117, 999470, 1002438, 1002529, 1002547, 1002647, 1002839,
        1004125, 1004146, 1004699, 1004747, 1004803, 1005214, 1005274, 1006041, 1006544, 1006655,
        1007086, 1007456, 1007458, 1007687, 1007933, 1007937, 1008229, 1008546, 1008662, 1008831,
        1008935, 1009073, 1009375, 1009977, 1010022, 1010435, 1010705, 1011761, 1011820, 1012550,
        1012871, 1013584, 1013758, 1014424, 1014569, 1014795, 1014802, 1016030, 1016845, 1017665,
        1017816, 1017977, 1019146, 1019749, 1020456, 1021674, 1021995, 1022114, 1022211, 1022464,
        1023997, 1024030, 1024136, 1024485, 1024659, 1024674, 1024746, 1025594, 1026103, 1026130,
        1026275, 1026962, 1027245, 1027668, 1028086, 1028126, 1028391, 1028726, 1028908, 1029237,
        1029328, 1029517, 1030507, 1030612, 1031080, 1031798, 1032165, 1032192, 1032433, 1032780,
        1032999, 1033255, 1033958, 1034147, 1035798, 1035840, 1036418, 1036525, 1037535, 1037717,
        1037770, 1038376, 1038412, 1038847, 1038865, 1039083, 1039524, 1039557, 1040504, 1040787,
        1040961, 1041618, 1042004, 1042770, 1042843, 1043004, 1043449, 1043814, 1044491, 1045726,
        1045872, 1046065, 1046219, 1046344, 1046747, 1047177, 1047425, 1047637, 1047715, 1048173,
        1048681, 1049077, 1049249, 1049500, 1049564, 1049966, 1050381, 1050622, 1051385, 1051535,
        1051689, 1051837, 1051981, 1053344, 1053538, 1053609, 1053890, 1054731, 1055280, 1055844,
        1056177, 1056378, 1056424, 1056434, 1056442, 1056872, 1056975, 1057038, 1057320, 1057331,
        1057666, 1059878, 1059919, 1060813, 1060867, 1061049, 1061630, 1061884, 1062132, 1062448,
        1062631, 1062769, 1063300, 1063359, 1064322, 1064586, 1064882, 1065515, 1066520, 1066660,
        1067094, 1067312, 1067429, 1067985, 1068368, 1068693, 1068701, 1068726, 1069093, 1069969,
        1070030, 1070223, 1070795, 1070877, 1070992, 1071094, 1071113, 1072484, 1072509, 1072721,
        1073327, 1073461, 1073800, 1074336, 1074497, 1074744, 1074885, 1075435, 1076036, 1076224,
        1076442, 1076457, 1077019, 1077041, 1077120, 1077205, 1077968, 1078849, 1079021, 1079202,
        1079487, 1079543, 1080761, 1082173, 1082242, 1082982, 1083147, 1083480, 1083855, 1084541,
        1084942, 1085203, 1085259, 1085780, 1085788, 1085888, 1086368, 1086430, 1086579, 1086972,
        1087274, 1087432, 1087451, 1088087, 1088185, 1088506, 1088513, 1088785, 1088828, 1089086,
        1089760, 1089788, 1090716, 1090928, 1091528, 1091865, 1092615, 1092648, 1093121, 1093351,
        1093590, 1093632, 1094642, 1095119, 1095541, 1096014, 1096054, 1096506, 1096510, 1096971,
        1097072, 1097300, 1097425, 1097454, 1097737, 1097855, 1098127, 1098387, 1099141, 1099153,
        1099344, 1099445, 1099501, 1099575, 1099917, 1101171, 1101667, 1101888, 1102435, 1103446,
        1104441, 1104755, 1104987, 1105237, 1105853, 1106273, 1106347, 1106439, 1106704, 1107324,
        1107376, 1107768, 1108039, 1108912, 1109284, 1109538, 1109611, 1110160, 1110263, 1110686,
        1111315, 1111333, 1111548, 1112111, 1112682, 1112868, 1113704, 1113813,
    ];
    let want = "000000000011101111000000000011111111111111111111111111111111111111111111111111111111111111111111111110110000000000000000000000100011111111111111111111111111111111111011111111111111111111111111111101111110000000000111110000001111111000001111111111111100000000011110000111111111111100000111110101110000001111010111000011111100000000111111110000110011010111100000010000011111110000000010010111101000000000011111111100001000011001001000100000001111111100000000001011101100000100001111111100000100010110111111000000000111111000100000000011111101100000000000000000111111100010000000000000000011111100000111011100001111110111111011111111111111111111111111111111111111111111111110111111111111111110111111110111111111000000110011111111111101111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111110111111111111101100111001100111001111111000000000000000011111111111101111111111111111100111100000001111000111111011110000000111101111111000000000000000000000000001111110001000000001111000111111100011111100000101111101011111110000001101111111111111111111111111110000000000111111111111111111111111111111111111111001111110111111111111111010011101000000000000000000000110000000000000000101111101100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001111111111111111111111111111111101001111110111111110001111011110111100000000000100000000000000000000000000000000000000000000000000000000000000000010011111111111111111111111111111111111111111111111111111111111111111111111111111111001101011111111111111111111111111110000000000000011011011100010011000100010010001100000000110000000111111000000000000000000000000111001111111111111111111111111111000000000000000000000000000100000000000000000000000111000000000000000000000000001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111100000000000000001111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_alpha_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_alpha_char");
    let want = "000000011000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000000001100000000000000000000000000001000000000000000000000000000000000000000000000000000000000001100000000000000001100000000000000000100000000000000000100000000000000000110000000000000000010000000000000000010000000000000000011000000000000000011000000000000000001000000000000001000000000000000001100000000001000000000000000000000000000000000000000010000000000110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000011000000000000000000000000000000000000000000010000000000000000001100000000000000000000000010100000000000000000000000000110000000000001000000000000000000001010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_decimal_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_decimal_char");
    let want = "000000011000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000000001100000000000000000000000000001000000000000000000000000000000000000000000000000000000000001100000000000000001100000000000000000100000000000000000100000000000000000110000000000000000010000000000000000010000000000000000011000000000000000011000000000000000001000000000000001000000000000000001100000000001000000000000000000000000000000000000000010000000000110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000011000000000000000000000000000000000000000000010000000000000000001100000000000000000000000010100000000000000000000000000110000000000001000000000000000000001010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001001011000000000000101100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_digit_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_digit_char");
    let want = "000000011000000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000000001100000000000000000000000000001000000000000000000000000000000000000000000000000000000000001100000000000000001110000000000000000100000000000000000100000000000000000111000000000000000010000000000000000010100000000000000011000000000000001011100000000000000001000000000000001000000000000000001100000000001100000000000000000000000000000000000000010000000000110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010100011000000000000000000000000000000000000000000010000000000000000001100000000000000000000000010100000000000000000000000000110000000000001000000000000000000001010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001010000000000000000000000000000011111111000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001111111100000000000111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_numeric_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_numeric_char");
    let want = "000001111111111111100001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111100111111111111111111111111111111111111111111111111111111111111111111111111111111111110111110001111111111111111111111111111110111111011111111111111111111111001111111101111111111111110111100111111111111111111111111111111111010111101100011111111111110110000110010111101101001110111111111111001111011001001010110011111111111111010110111011101110100111001111111111101111111110111111011101100111111111111100000011111111111100000111111111111111111111111111111100000011111111111111111111111111110111111111111111111111111111111111111111111111111111111110111111111111111110111111110111111111011110111011111111111101111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111110111111111111101110111001110111001111111111111010101111011111111111101111111111111111100111111010111111000111111011111111111111101111111111111110101111111000000011111111111111111111111111111111111011111111011111111111011111111011111101111111111111111111111111111111111111111111111111111111111111111111111111111001111110111111111111111111011101100111001111110001111110111100111110011111111111111111111011111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111000110001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111101111111111111111111111111111111111111111111111111011111110111111110001111011110111111111111111111111100000111111111111111110111111111111111111111111111111100001010111111111111111111111111111111111111111111111111111111111111111111111111111111111101101111111111111111111111111111110000000000000011111111110110011110110010011011100000000110000000111111000000000000000000000000111001111111111111111111111111111000000000000000000000000000100000000000000000000001111110000000010000000111100001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111100000000000000001111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_printable_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_printable_char");
    let want = "000010000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_space_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_space_char");
    let want = "000000000011101111000000000011111111111111111111111111111111111111111111111111111111111111111111111110110000000000000000000000100011111111111111111111111111111111111011111111111111111111111111111101111110000000000111110000001111111000001111111111111100000000011110000111111111111100000111110101110000001111010111000011111100000000111111110000110011010111100000010000011111110000000010010111101000000000011111111100001000011001001000100000001111111100000000001011101100000100001111111100000100010110111111000000000111111000100000000011111101100000000000000000111111100010000000000000000011111100000111011100001111110111111011111111111111111111111111111111111111111111111110111111111111111110111111110111111111000000110011111111111101111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111110111111111111101100111001100111001111111000000000000000011111111111101111111111111111100111100000001111000111111011110000000111101111111000000000000000000000000001111110001000000001111000111111100011111100000101111101011111110000001101111111111111111111111111110000000000111111111111111111111111111111111111111001111110111111111111111010011101000000000000000000000110000000000000000101111101100111111000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001111111111111111111111111111111101001111110111111110001111011110111100000000000000000000000000000000000000000000000000000000000000000000000000000010011111111111111111111111111111111111111111111111111111111111111111111111111111111001101011111111111111111111111111110000000000000011011011100010011000100010010001100000000110000000111111000000000000000000000000111001111111111111111111111111111000000000000000000000000000100000000000000000000000111000000000000000000000000001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111100000000000000001111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_id_start_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_id_start_char");
    let want = "000000011011101111000000000011111111111111111111111111111111111111111111111111111111111111111111111110110000001111111111111111100111111111111111111111111111111111111111111111111111111111111111111101111110111111010111110000111111111111101111111111111110111100011111111111111111111111001111111101111111001111010111000111111111111111111111111111111111010111101100011100111111110110000110010111101101001100111111111111001110011001001010110010011111111111010110001011101110100111001111111111100111011110111111011101100111111110111000000011111111111100000000101000111111111111111111000000000011111111110111111111111111110111111011111111111111111111111111111111111111111111111110111111111111111110111111110111111111001100110011111111111101111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111110111111111111101110111001110111001111111111110010000011011111111111101111111111111111100111111010011111000111111011111100000111101111111111111110100011011000000011111111111110010011111111111111111011111111001111111101011111110011111101111111111111111111111111111111111111111111111111111111111111111111111111111001111110111111111111111010011101000000000000000000000110000000110110000101111101100111111000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001111111111111111111111111111111101001111110111111110001111011110111111111000000000000000000000000000000000000000000000000000000000000000000000000010011111111111111111111111111111111111111111111111111111111111111111111111111111111001101111111111111111111111111111110000000000000011011011100010011000110010011001100000000110000000111111000000000000000000000000111001111111111111111111111111111000000000000000000000000000100000000000000000000000111000000000000000000000000001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111100000000000000001111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
    let got: String = cps
        .iter()
        .map(|&c| {
            if is_id_continue_char(char::from_u32(c).unwrap()) {
                '1'
            } else {
                '0'
            }
        })
        .collect();
    assert_eq!(got, want, "is_id_continue_char");
    let printable: Vec<char> = cps
        .iter()
        .map(|&c| char::from_u32(c).unwrap())
        .filter(|&c| is_printable_char(c))
        .collect();
    let got_up: String = printable
        .iter()
        .map(|c| upper(&c.to_string()) + "|")
        .collect();
    let got_low: String = printable
        .iter()
        .map(|c| lower(&c.to_string()) + "|")
        .collect();
    let got_title: String = printable
        .iter()
        .map(|c| title(&c.to_string()) + "|")
        .collect();
    let got_fold: String = printable
        .iter()
        .map(|c| casefold(&c.to_string()) + "|")
        .collect();
    assert_eq!(got_up, "#|*|1|8|?|F|M|T|[|B|I|P|W|~|\u{a1}|\u{a8}|\u{af}|\u{b6}|\u{bd}|\u{c4}|\u{cb}|\u{d2}|\u{d9}|\u{c0}|\u{c7}|\u{ce}|\u{d5}|\u{dc}|\u{102}|\u{10a}|\u{110}|\u{118}|\u{11e}|\u{126}|\u{12c}|\u{134}|\u{13b}|\u{141}|\u{2bc}N|\u{150}|\u{156}|\u{15e}|\u{164}|\u{16c}|\u{172}|\u{179}|\u{181}|\u{187}|\u{18f}|\u{196}|\u{19d}|\u{1a4}|\u{1ab}|\u{1b2}|\u{1b8}|\u{1c0}|\u{1c7}|\u{1cd}|\u{1d5}|\u{1db}|\u{1e2}|\u{1ea}|\u{1f1}|\u{1f8}|\u{1fe}|\u{206}|\u{20c}|\u{214}|\u{21a}|\u{222}|\u{228}|\u{230}|\u{237}|\u{23e}|\u{245}|\u{24c}|\u{181}|\u{25a}|\u{a7ac}|\u{197}|\u{19c}|\u{276}|\u{2c64}|\u{284}|\u{1b2}|\u{1b7}|\u{299}|\u{2a0}|\u{2a7}|\u{2ae}|\u{2b5}|\u{2bc}|\u{2c3}|\u{2ca}|\u{2d1}|\u{2d8}|\u{2df}|\u{2e6}|\u{2ed}|\u{2f4}|\u{2fb}|\u{302}|\u{309}|\u{310}|\u{317}|\u{31e}|\u{325}|\u{32c}|\u{333}|\u{33a}|\u{341}|\u{348}|\u{34f}|\u{356}|\u{35d}|\u{364}|\u{36b}|\u{372}|\u{387}|\u{38e}|\u{395}|\u{39c}|\u{3a3}|\u{3aa}|\u{391}|\u{398}|\u{39f}|\u{3a6}|\u{38e}|\u{3d4}|\u{3da}|\u{3e2}|\u{3e8}|\u{39a}|\u{3f7}|\u{3fe}|\u{405}|\u{40c}|\u{413}|\u{41a}|\u{421}|\u{428}|\u{42f}|\u{416}|\u{41d}|\u{424}|\u{42b}|\u{402}|\u{409}|\u{460}|\u{466}|\u{46e}|\u{474}|\u{47c}|\u{483}|\u{48a}|\u{490}|\u{498}|\u{49e}|\u{4a6}|\u{4ac}|\u{4b4}|\u{4ba}|\u{4c1}|\u{4c9}|\u{4d0}|\u{4d6}|\u{4de}|\u{4e4}|\u{4ec}|\u{4f2}|\u{4fa}|\u{500}|\u{508}|\u{50e}|\u{516}|\u{51c}|\u{524}|\u{52a}|\u{532}|\u{539}|\u{540}|\u{547}|\u{54e}|\u{555}|\u{55c}|\u{533}|\u{53a}|\u{541}|\u{548}|\u{54f}|\u{556}|\u{58d}|\u{594}|\u{59b}|\u{5a2}|\u{5a9}|\u{5b0}|\u{5b7}|\u{5be}|\u{5c5}|\u{5d3}|\u{5da}|\u{5e1}|\u{5e8}|\u{5ef}|\u{60b}|\u{612}|\u{619}|\u{620}|\u{627}|\u{62e}|\u{635}|\u{63c}|\u{643}|\u{64a}|\u{651}|\u{658}|\u{65f}|\u{666}|\u{66d}|\u{674}|\u{67b}|\u{682}|\u{689}|\u{690}|\u{697}|\u{69e}|\u{6a5}|\u{6ac}|\u{6b3}|\u{6ba}|\u{6c1}|\u{6c8}|\u{6cf}|\u{6d6}|\u{6e4}|\u{6eb}|\u{6f2}|\u{6f9}|\u{700}|\u{707}|\u{715}|\u{71c}|\u{723}|\u{72a}|\u{731}|\u{738}|\u{73f}|\u{746}|\u{74d}|\u{754}|\u{75b}|\u{762}|\u{769}|\u{770}|\u{777}|\u{77e}|\u{785}|\u{78c}|\u{793}|\u{79a}|\u{7a1}|\u{7a8}|\u{7af}|\u{7c4}|\u{7cb}|\u{7d2}|\u{7d9}|\u{7e0}|\u{7e7}|\u{7ee}|\u{7f5}|\u{803}|\u{80a}|\u{811}|\u{818}|\u{81f}|\u{826}|\u{82d}|\u{834}|\u{83b}|\u{842}|\u{849}|\u{850}|\u{857}|\u{85e}|\u{865}|\u{873}|\u{87a}|\u{881}|\u{888}|\u{89d}|\u{8a4}|\u{8ab}|\u{8b2}|\u{8b9}|\u{8c0}|\u{8c7}|\u{8ce}|\u{8d5}|\u{8dc}|\u{8e3}|\u{8ea}|\u{8f1}|\u{8f8}|\u{8ff}|\u{906}|\u{90d}|\u{914}|\u{91b}|\u{922}|\u{929}|\u{930}|\u{937}|\u{93e}|\u{945}|\u{94c}|\u{953}|\u{95a}|\u{961}|\u{968}|\u{96f}|\u{976}|\u{97d}|\u{98b}|\u{999}|\u{9a0}|\u{9a7}|\u{9ae}|\u{9bc}|\u{9c3}|\u{9df}|\u{9e6}|\u{9ed}|\u{9f4}|\u{9fb}|\u{a02}|\u{a09}|\u{a10}|\u{a17}|\u{a1e}|\u{a25}|\u{a2c}|\u{a33}|\u{a41}|\u{a48}|\u{a6b}|\u{a72}|\u{a87}|\u{a95}|\u{a9c}|\u{aa3}|\u{aaa}|\u{ab8}|\u{abf}|\u{acd}|\u{ae2}|\u{ae9}|\u{af0}|\u{afe}|\u{b05}|\u{b0c}|\u{b13}|\u{b1a}|\u{b21}|\u{b28}|\u{b2f}|\u{b36}|\u{b3d}|\u{b44}|\u{b4b}|\u{b60}|\u{b67}|\u{b6e}|\u{b75}|\u{b83}|\u{b8a}|\u{b9f}|\u{bb4}|\u{bc2}|\u{bd0}|\u{bd7}|\u{bec}|\u{bf3}|\u{bfa}|\u{c01}|\u{c08}|\u{c0f}|\u{c16}|\u{c1d}|\u{c24}|\u{c2b}|\u{c32}|\u{c39}|\u{c40}|\u{c47}|\u{c55}|\u{c63}|\u{c6a}|\u{c78}|\u{c7f}|\u{c86}|\u{c94}|\u{c9b}|\u{ca2}|\u{cb0}|\u{cb7}|\u{cbe}|\u{ccc}|\u{ce1}|\u{ce8}|\u{cef}|\u{d04}|\u{d0b}|\u{d12}|\u{d19}|\u{d20}|\u{d27}|\u{d2e}|\u{d35}|\u{d3c}|\u{d43}|\u{d4a}|\u{d58}|\u{d5f}|\u{d66}|\u{d6d}|\u{d74}|\u{d7b}|\u{d82}|\u{d89}|\u{d90}|\u{d9e}|\u{da5}|\u{dac}|\u{db3}|\u{dba}|\u{dc1}|\u{dcf}|\u{dd6}|\u{ddd}|\u{deb}|\u{df2}|\u{e07}|\u{e0e}|\u{e15}|\u{e1c}|\u{e23}|\u{e2a}|\u{e31}|\u{e38}|\u{e3f}|\u{e46}|\u{e4d}|\u{e54}|\u{e5b}|\u{e8c}|\u{e93}|\u{e9a}|\u{ea1}|\u{ea8}|\u{eaf}|\u{eb6}|\u{ebd}|\u{ec4}|\u{ecb}|\u{ed2}|\u{ed9}|\u{f03}|\u{f0a}|\u{f11}|\u{f18}|\u{f1f}|\u{f26}|\u{f2d}|\u{f34}|\u{f3b}|\u{f42}|\u{f49}|\u{f50}|\u{f57}|\u{f5e}|\u{f65}|\u{f6c}|\u{f73}|\u{f7a}|\u{f81}|\u{f88}|\u{f8f}|\u{f96}|\u{f9d}|\u{fa4}|\u{fab}|\u{fb2}|\u{fb9}|\u{fc0}|\u{fc7}|\u{fce}|\u{fd5}|\u{1006}|\u{100d}|\u{1014}|\u{101b}|\u{1022}|\u{1029}|\u{1030}|\u{1037}|\u{103e}|\u{1045}|\u{104c}|\u{1053}|\u{105a}|\u{1061}|\u{1068}|\u{106f}|\u{1076}|\u{107d}|\u{1084}|\u{108b}|\u{1092}|\u{1099}|\u{10a0}|\u{10a7}|\u{10ae}|\u{10b5}|\u{10bc}|\u{10c3}|\u{1c91}|\u{1c98}|\u{1c9f}|\u{1ca6}|\u{1cad}|\u{1cb4}|\u{10fb}|\u{1102}|\u{1109}|\u{1110}|\u{1117}|\u{111e}|\u{1125}|\u{112c}|\u{1133}|\u{113a}|\u{1141}|\u{1148}|\u{114f}|\u{1156}|\u{115d}|\u{1164}|\u{116b}|\u{1172}|\u{1179}|\u{1180}|\u{1187}|\u{118e}|\u{1195}|\u{119c}|\u{11a3}|\u{11aa}|\u{11b1}|\u{11b8}|\u{11bf}|\u{11c6}|\u{11cd}|\u{11d4}|\u{11db}|\u{11e2}|\u{11e9}|\u{11f0}|\u{11f7}|\u{11fe}|\u{1205}|\u{120c}|\u{1213}|\u{121a}|\u{1221}|\u{1228}|\u{122f}|\u{1236}|\u{123d}|\u{1244}|\u{124b}|\u{1252}|\u{1260}|\u{1267}|\u{126e}|\u{1275}|\u{127c}|\u{1283}|\u{128a}|\u{1291}|\u{1298}|\u{129f}|\u{12a6}|\u{12ad}|\u{12b4}|\u{12bb}|\u{12c2}|\u{12c9}|\u{12d0}|\u{12de}|\u{12e5}|\u{12ec}|\u{12f3}|\u{12fa}|\u{1301}|\u{1308}|\u{130f}|\u{131d}|\u{1324}|\u{132b}|\u{1332}|\u{1339}|\u{1340}|\u{1347}|\u{134e}|\u{1355}|\u{1363}|\u{136a}|\u{1371}|\u{1378}|\u{1386}|\u{138d}|\u{1394}|\u{13a2}|\u{13a9}|\u{13b0}|\u{13b7}|\u{13be}|\u{13c5}|\u{13cc}|\u{13d3}|\u{13da}|\u{13e1}|\u{13e8}|\u{13ef}|\u{13f5}|\u{1404}|\u{140b}|\u{1412}|\u{1419}|\u{1420}|\u{1427}|\u{142e}|\u{1435}|\u{143c}|\u{1443}|\u{144a}|\u{1451}|\u{1458}|\u{145f}|\u{1466}|\u{146d}|\u{1474}|\u{147b}|\u{1482}|\u{1489}|\u{1490}|\u{1497}|\u{149e}|\u{14a5}|\u{14ac}|\u{14b3}|\u{14ba}|\u{14c1}|\u{14c8}|\u{14cf}|\u{14d6}|\u{14dd}|\u{14e4}|\u{14eb}|\u{14f2}|\u{14f9}|\u{1500}|\u{1507}|\u{150e}|\u{1515}|\u{151c}|\u{1523}|\u{152a}|\u{1531}|\u{1538}|\u{153f}|\u{1546}|\u{154d}|\u{1554}|\u{155b}|\u{1562}|\u{1569}|\u{1570}|\u{1577}|\u{157e}|\u{1585}|\u{158c}|\u{1593}|\u{159a}|\u{15a1}|\u{15a8}|\u{15af}|\u{15b6}|\u{15bd}|\u{15c4}|\u{15cb}|\u{15d2}|\u{15d9}|\u{15e0}|\u{15e7}|\u{15ee}|\u{15f5}|\u{15fc}|\u{1603}|\u{160a}|\u{1611}|\u{1618}|\u{161f}|\u{1626}|\u{162d}|\u{1634}|\u{163b}|\u{1642}|\u{1649}|\u{1650}|\u{1657}|\u{165e}|\u{1665}|\u{166c}|\u{1673}|\u{167a}|\u{1681}|\u{1688}|\u{168f}|\u{1696}|\u{16a4}|\u{16ab}|\u{16b2}|\u{16b9}|\u{16c0}|\u{16c7}|\u{16ce}|\u{16d5}|\u{16dc}|\u{16e3}|\u{16ea}|\u{16f1}|\u{16f8}|\u{1706}|\u{170d}|\u{1714}|\u{1722}|\u{1729}|\u{1730}|\u{1745}|\u{174c}|\u{1753}|\u{1761}|\u{1768}|\u{176f}|\u{1784}|\u{178b}|\u{1792}|\u{1799}|\u{17a0}|\u{17a7}|\u{17ae}|\u{17b5}|\u{17bc}|\u{17c3}|\u{17ca}|\u{17d1}|\u{17d8}|\u{17e6}|\u{17f4}|\u{1802}|\u{1809}|\u{1810}|\u{1817}|\u{1825}|\u{182c}|\u{1833}|\u{183a}|\u{1841}|\u{1848}|\u{184f}|\u{1856}|\u{185d}|\u{1864}|\u{186b}|\u{1872}|\u{1880}|\u{1887}|\u{188e}|\u{1895}|\u{189c}|\u{18a3}|\u{18aa}|\u{18b1}|\u{18b8}|\u{18bf}|\u{18c6}|\u{18cd}|\u{18d4}|\u{18db}|\u{18e2}|\u{18e9}|\u{18f0}|\u{1905}|\u{190c}|\u{1913}|\u{191a}|\u{1921}|\u{1928}|\u{1936}|\u{1944}|\u{194b}|\u{1952}|\u{1959}|\u{1960}|\u{1967}|\u{1983}|\u{198a}|\u{1991}|\u{1998}|\u{199f}|\u{19a6}|\u{19b4}|\u{19bb}|\u{19c2}|\u{19c9}|\u{19d0}|\u{19d7}|\u{19de}|\u{19e5}|\u{19ec}|\u{19f3}|\u{19fa}|\u{1a01}|\u{1a08}|\u{1a0f}|\u{1a16}|\u{1a24}|\u{1a2b}|\u{1a32}|\u{1a39}|\u{1a40}|\u{1a47}|\u{1a4e}|\u{1a55}|\u{1a5c}|\u{1a63}|\u{1a6a}|\u{1a71}|\u{1a78}|\u{1a7f}|\u{1a86}|\u{1a94}|\u{1aa2}|\u{1aa9}|\u{1ab0}|\u{1ab7}|\u{1abe}|\u{1ac5}|\u{1acc}|\u{1b04}|\u{1b0b}|\u{1b12}|\u{1b19}|\u{1b20}|\u{1b27}|\u{1b2e}|\u{1b35}|\u{1b3c}|\u{1b43}|\u{1b4a}|\u{1b51}|\u{1b58}|\u{1b5f}|\u{1b66}|\u{1b6d}|\u{1b74}|\u{1b7b}|\u{1b82}|\u{1b89}|\u{1b90}|\u{1b97}|\u{1b9e}|\u{1ba5}|\u{1bac}|\u{1bb3}|\u{1bba}|\u{1bc1}|\u{1bc8}|\u{1bcf}|\u{1bd6}|\u{1bdd}|\u{1be4}|\u{1beb}|\u{1bf2}|\u{1c00}|\u{1c07}|\u{1c0e}|\u{1c15}|\u{1c1c}|\u{1c23}|\u{1c2a}|\u{1c31}|\u{1c3f}|\u{1c46}|\u{1c4d}|\u{1c54}|\u{1c5b}|\u{1c62}|\u{1c69}|\u{1c70}|\u{1c77}|\u{1c7e}|\u{422}|\u{1c93}|\u{1c9a}|\u{1ca1}|\u{1ca8}|\u{1caf}|\u{1cb6}|\u{1cbd}|\u{1cc4}|\u{1cd2}|\u{1cd9}|\u{1ce0}|\u{1ce7}|\u{1cee}|\u{1cf5}|\u{1d03}|\u{1d0a}|\u{1d11}|\u{1d18}|\u{1d1f}|\u{1d26}|\u{1d2d}|\u{1d34}|\u{1d3b}|\u{1d42}|\u{1d49}|\u{1d50}|\u{1d57}|\u{1d5e}|\u{1d65}|\u{1d6c}|\u{1d73}|\u{1d7a}|\u{1d81}|\u{1d88}|\u{1d8f}|\u{1d96}|\u{1d9d}|\u{1da4}|\u{1dab}|\u{1db2}|\u{1db9}|\u{1dc0}|\u{1dc7}|\u{1dce}|\u{1dd5}|\u{1ddc}|\u{1de3}|\u{1dea}|\u{1df1}|\u{1df8}|\u{1dff}|\u{1e06}|\u{1e0c}|\u{1e14}|\u{1e1a}|\u{1e22}|\u{1e28}|\u{1e30}|\u{1e36}|\u{1e3e}|\u{1e44}|\u{1e4c}|\u{1e52}|\u{1e5a}|\u{1e60}|\u{1e68}|\u{1e6e}|\u{1e76}|\u{1e7c}|\u{1e84}|\u{1e8a}|\u{1e92}|Y\u{30a}|\u{1ea0}|\u{1ea6}|\u{1eae}|\u{1eb4}|\u{1ebc}|\u{1ec2}|\u{1eca}|\u{1ed0}|\u{1ed8}|\u{1ede}|\u{1ee6}|\u{1eec}|\u{1ef4}|\u{1efa}|\u{1f0a}|\u{1f09}|\u{1f18}|\u{1f2d}|\u{1f2c}|\u{1f3b}|\u{1f3a}|\u{1f49}|\u{1f48}|\u{3a5}\u{313}\u{342}|\u{1f5d}|\u{1f6c}|\u{1f6b}|\u{1fc8}|\u{1ff9}|\u{1f08}\u{399}|\u{1f0f}\u{399}|\u{1f0e}\u{399}|\u{1f2d}\u{399}|\u{1f2c}\u{399}|\u{1f6b}\u{399}|\u{1f6a}\u{399}|\u{1fb9}|\u{1fb8}|\u{1fbf}|\u{397}\u{342}|\u{1fcd}|\u{1fdb}|\u{3a5}\u{308}\u{300}|\u{1fe9}|\u{3a9}\u{342}\u{399}|\u{1ffe}|\u{2013}|\u{201a}|\u{2021}|\u{2036}|\u{203d}|\u{2044}|\u{204b}|\u{2052}|\u{2059}|\u{2075}|\u{207c}|\u{2083}|\u{208a}|\u{2091}|\u{2098}|\u{20a6}|\u{20ad}|\u{20b4}|\u{20bb}|\u{20d0}|\u{20d7}|\u{20de}|\u{20e5}|\u{20ec}|\u{2101}|\u{2108}|\u{210f}|\u{2116}|\u{211d}|\u{2124}|\u{212b}|\u{2132}|\u{2139}|\u{2140}|\u{2147}|\u{2132}|\u{2155}|\u{215c}|\u{2163}|\u{216a}|\u{2161}|\u{2168}|\u{216f}|\u{2186}|\u{2194}|\u{219b}|\u{21a2}|\u{21a9}|\u{21b0}|\u{21b7}|\u{21be}|\u{21c5}|\u{21cc}|\u{21d3}|\u{21da}|\u{21e1}|\u{21e8}|\u{21ef}|\u{21f6}|\u{21fd}|\u{2204}|\u{220b}|\u{2212}|\u{2219}|\u{2220}|\u{2227}|\u{222e}|\u{2235}|\u{223c}|\u{2243}|\u{224a}|\u{2251}|\u{2258}|\u{225f}|\u{2266}|\u{226d}|\u{2274}|\u{227b}|\u{2282}|\u{2289}|\u{2290}|\u{2297}|\u{229e}|\u{22a5}|\u{22ac}|\u{22b3}|\u{22ba}|\u{22c1}|\u{22c8}|\u{22cf}|\u{22d6}|\u{22dd}|\u{22e4}|\u{22eb}|\u{22f2}|\u{22f9}|\u{2300}|\u{2307}|\u{230e}|\u{2315}|\u{231c}|\u{2323}|\u{232a}|\u{2331}|\u{2338}|\u{233f}|\u{2346}|\u{234d}|\u{2354}|\u{235b}|\u{2362}|\u{2369}|\u{2370}|\u{2377}|\u{237e}|\u{2385}|\u{238c}|\u{2393}|\u{239a}|\u{23a1}|\u{23a8}|\u{23af}|\u{23b6}|\u{23bd}|\u{23c4}|\u{23cb}|\u{23d2}|\u{23d9}|\u{23e0}|\u{23e7}|\u{23ee}|\u{23f5}|\u{23fc}|\u{2403}|\u{240a}|\u{2411}|\u{2418}|\u{241f}|\u{2426}|\u{2442}|\u{2449}|\u{2465}|\u{246c}|\u{2473}|\u{247a}|\u{2481}|\u{2488}|\u{248f}|\u{2496}|\u{249d}|\u{24a4}|\u{24ab}|\u{24b2}|\u{24b9}|\u{24c0}|\u{24c7}|\u{24ce}|\u{24bb}|\u{24c2}|\u{24c9}|\u{24ea}|\u{24f1}|\u{24f8}|\u{24ff}|\u{2506}|\u{250d}|\u{2514}|\u{251b}|\u{2522}|\u{2529}|\u{2530}|\u{2537}|\u{253e}|\u{2545}|\u{254c}|\u{2553}|\u{255a}|\u{2561}|\u{2568}|\u{256f}|\u{2576}|\u{257d}|\u{2584}|\u{258b}|\u{2592}|\u{2599}|\u{25a0}|\u{25a7}|\u{25ae}|\u{25b5}|\u{25bc}|\u{25c3}|\u{25ca}|\u{25d1}|\u{25d8}|\u{25df}|\u{25e6}|\u{25ed}|\u{25f4}|\u{25fb}|\u{2602}|\u{2609}|\u{2610}|\u{2617}|\u{261e}|\u{2625}|\u{262c}|\u{2633}|\u{263a}|\u{2641}|\u{2648}|\u{264f}|\u{2656}|\u{265d}|\u{2664}|\u{266b}|\u{2672}|\u{2679}|\u{2680}|\u{2687}|\u{268e}|\u{2695}|\u{269c}|\u{26a3}|\u{26aa}|\u{26b1}|\u{26b8}|\u{26bf}|\u{26c6}|\u{26cd}|\u{26d4}|\u{26db}|\u{26e2}|\u{26e9}|\u{26f0}|\u{26f7}|\u{26fe}|\u{2705}|\u{270c}|\u{2713}|\u{271a}|\u{2721}|\u{2728}|\u{272f}|\u{2736}|\u{273d}|\u{2744}|\u{274b}|\u{2752}|\u{2759}|\u{2760}|\u{2767}|\u{276e}|\u{2775}|\u{277c}|\u{2783}|\u{278a}|\u{2791}|\u{2798}|\u{279f}|\u{27a6}|\u{27ad}|\u{27b4}|\u{27bb}|\u{27c2}|\u{27c9}|\u{27d0}|\u{27d7}|\u{27de}|\u{27e5}|\u{27ec}|\u{27f3}|\u{27fa}|\u{2801}|\u{2808}|\u{280f}|\u{2816}|\u{281d}|\u{2824}|\u{282b}|\u{2832}|\u{2839}|\u{2840}|\u{2847}|\u{284e}|\u{2855}|\u{285c}|\u{2863}|\u{286a}|\u{2871}|\u{2878}|\u{287f}|\u{2886}|\u{288d}|\u{2894}|\u{289b}|\u{28a2}|\u{28a9}|\u{28b0}|\u{28b7}|\u{28be}|\u{28c5}|\u{28cc}|\u{28d3}|\u{28da}|\u{28e1}|\u{28e8}|\u{28ef}|\u{28f6}|\u{28fd}|\u{2904}|\u{290b}|\u{2912}|\u{2919}|\u{2920}|\u{2927}|\u{292e}|\u{2935}|\u{293c}|\u{2943}|\u{294a}|\u{2951}|\u{2958}|\u{295f}|\u{2966}|\u{296d}|\u{2974}|\u{297b}|\u{2982}|\u{2989}|\u{2990}|\u{2997}|\u{299e}|\u{29a5}|\u{29ac}|\u{29b3}|\u{29ba}|\u{29c1}|\u{29c8}|\u{29cf}|\u{29d6}|\u{29dd}|\u{29e4}|\u{29eb}|\u{29f2}|\u{29f9}|\u{2a00}|\u{2a07}|\u{2a0e}|\u{2a15}|\u{2a1c}|\u{2a23}|\u{2a2a}|\u{2a31}|\u{2a38}|\u{2a3f}|\u{2a46}|\u{2a4d}|\u{2a54}|\u{2a5b}|\u{2a62}|\u{2a69}|\u{2a70}|\u{2a77}|\u{2a7e}|\u{2a85}|\u{2a8c}|\u{2a93}|\u{2a9a}|\u{2aa1}|\u{2aa8}|\u{2aaf}|\u{2ab6}|\u{2abd}|\u{2ac4}|\u{2acb}|\u{2ad2}|\u{2ad9}|\u{2ae0}|\u{2ae7}|\u{2aee}|\u{2af5}|\u{2afc}|\u{2b03}|\u{2b0a}|\u{2b11}|\u{2b18}|\u{2b1f}|\u{2b26}|\u{2b2d}|\u{2b34}|\u{2b3b}|\u{2b42}|\u{2b49}|\u{2b50}|\u{2b57}|\u{2b5e}|\u{2b65}|\u{2b6c}|\u{2b73}|\u{2b7a}|\u{2b81}|\u{2b88}|\u{2b8f}|\u{2b9d}|\u{2ba4}|\u{2bab}|\u{2bb2}|\u{2bb9}|\u{2bc0}|\u{2bc7}|\u{2bce}|\u{2bd5}|\u{2bdc}|\u{2be3}|\u{2bea}|\u{2bf1}|\u{2bf8}|\u{2bff}|\u{2c06}|\u{2c0d}|\u{2c14}|\u{2c1b}|\u{2c22}|\u{2c29}|\u{2c00}|\u{2c07}|\u{2c0e}|\u{2c15}|\u{2c1c}|\u{2c23}|\u{2c2a}|\u{2c60}|\u{2c67}|\u{2c6f}|\u{2c75}|\u{2c7d}|\u{2c84}|\u{2c8a}|\u{2c92}|\u{2c98}|\u{2ca0}|\u{2ca6}|\u{2cae}|\u{2cb4}|\u{2cbc}|\u{2cc2}|\u{2cca}|\u{2cd0}|\u{2cd8}|\u{2cde}|\u{2ce6}|\u{2ced}|\u{2cfb}|\u{10a2}|\u{10a9}|\u{10b0}|\u{10b7}|\u{10be}|\u{10c5}|\u{2d33}|\u{2d3a}|\u{2d41}|\u{2d48}|\u{2d4f}|\u{2d56}|\u{2d5d}|\u{2d64}|\u{2d80}|\u{2d87}|\u{2d8e}|\u{2d95}|\u{2da3}|\u{2daa}|\u{2db1}|\u{2db8}|\u{2dc6}|\u{2dcd}|\u{2dd4}|\u{2ddb}|\u{2de2}|\u{2de9}|\u{2df0}|\u{2df7}|\u{2dfe}|\u{2e05}|\u{2e0c}|\u{2e13}|\u{2e1a}|\u{2e21}|\u{2e28}|\u{2e2f}|\u{2e36}|\u{2e3d}|\u{2e44}|\u{2e4b}|\u{2e52}|\u{2e59}|\u{2e83}|\u{2e8a}|\u{2e91}|\u{2e98}|\u{2e9f}|\u{2ea6}|\u{2ead}|\u{2eb4}|\u{2ebb}|\u{2ec2}|\u{2ec9}|\u{2ed0}|\u{2ed7}|\u{2ede}|\u{2ee5}|\u{2eec}|\u{2ef3}|\u{2f01}|\u{2f08}|\u{2f0f}|\u{2f16}|\u{2f1d}|\u{2f24}|\u{2f2b}|\u{2f32}|\u{2f39}|\u{2f40}|\u{2f47}|\u{2f4e}|\u{2f55}|\u{2f5c}|\u{2f63}|\u{2f6a}|\u{2f71}|\u{2f78}|\u{2f7f}|\u{2f86}|\u{2f8d}|\u{2f94}|\u{2f9b}|\u{2fa2}|\u{2fa9}|\u{2fb0}|\u{2fb7}|\u{2fbe}|\u{2fc5}|\u{2fcc}|\u{2fd3}|\u{2ff6}|\u{3176}|\u{3345}|\u{37f5}|\u{38c1}|\u{396f}|\u{3aa4}|\u{3b30}|\u{3dcd}|\u{3e43}|\u{3eab}|\u{3fa2}|\u{3fc0}|\u{456d}|\u{4613}|\u{46c4}|\u{46f4}|\u{4784}|\u{4b26}|\u{4cbd}|\u{4d69}|\u{4dad}|\u{4ee5}|\u{500e}|\u{5037}|\u{5188}|\u{525a}|\u{536b}|\u{53bb}|\u{54cc}|\u{5601}|\u{572f}|\u{588e}|\u{595e}|\u{5d33}|\u{5f54}|\u{6024}|\u{602a}|\u{610d}|\u{627d}|\u{62e0}|\u{63ee}|\u{6403}|\u{6447}|\u{661f}|\u{6753}|\u{6764}|\u{6b3f}|\u{6e84}|\u{7402}|\u{7750}|\u{7812}|\u{7c69}|\u{7cc1}|\u{8237}|\u{8507}|\u{85b3}|\u{8719}|\u{8797}|\u{87ee}|\u{8896}|\u{8d39}|\u{8d65}|\u{8e09}|\u{8e2c}|\u{8e96}|\u{8ea7}|\u{8f69}|\u{9006}|\u{914e}|\u{92d2}|\u{952c}|\u{9558}|\u{9625}|\u{9654}|\u{9755}|\u{975c}|\u{9d05}|\u{9dfd}|\u{9ff6}|\u{a10e}|\u{a39b}|\u{a3c1}|\u{a4ad}|\u{a8aa}|\u{a985}|\u{aae2}|\u{aaef}|\u{ac48}|\u{acbe}|\u{adb7}|\u{ae7e}|\u{ae86}|\u{aefb}|\u{af38}|\u{b34e}|\u{b3b9}|\u{b3f1}|\u{b9e2}|\u{bf65}|\u{c0e5}|\u{c1a1}|\u{c420}|\u{c4ca}|\u{c533}|\u{c702}|\u{c79f}|\u{c93a}|\u{ca57}|\u{cf58}|\u{cf9a}|\u{d023}|\u{d108}|\u{d460}|\u{d482}|\u{d70d}|\u{fad1}|\u{fb71}|\u{fe39}|\u{fea5}|\u{fef5}|\u{ff20}|\u{ff33}|\u{1003d}|\u{100e7}|\u{10183}|\u{103d0}|\u{10939}|\u{11170}|\u{111ae}|\u{111e2}|\u{112a9}|\u{11414}|\u{11446}|\u{119b6}|\u{11d67}|\u{11da9}|\u{11fde}|\u{121ed}|\u{12245}|\u{131c6}|\u{13333}|\u{144d5}|\u{14562}|\u{14569}|\u{14594}|\u{145af}|\u{145f7}|\u{16859}|\u{1687c}|\u{1693a}|\u{1712f}|\u{17167}|\u{17298}|\u{172eb}|\u{1735f}|\u{173f6}|\u{1744e}|\u{17736}|\u{177ab}|\u{17819}|\u{179dd}|\u{17aa4}|\u{17b61}|\u{17c2b}|\u{17d00}|\u{17d04}|\u{17d83}|\u{17df6}|\u{180ae}|\u{181f1}|\u{18531}|\u{18555}|\u{185b5}|\u{185eb}|\u{186ef}|\u{189b1}|\u{18a7e}|\u{18aa2}|\u{1b2d7}|\u{1d1c5}|\u{1d4bf}|\u{1d6d9}|\u{1d77d}|\u{1d8ad}|\u{1d9b4}|\u{1ec89}|\u{1f500}|\u{1f516}|\u{1f59b}|\u{1f5d8}|\u{200b3}|\u{2014f}|\u{2017d}|\u{201bd}|\u{2022f}|\u{20375}|\u{206e5}|\u{20741}|\u{2077c}|\u{20789}|\u{208db}|\u{20b20}|\u{20e3e}|\u{20edb}|\u{212f4}|\u{2143b}|\u{21598}|\u{21677}|\u{21840}|\u{219b5}|\u{21b96}|\u{21ca0}|\u{21cbd}|\u{21ce9}|\u{21e3d}|\u{21e4c}|\u{21f32}|\u{22008}|\u{220be}|\u{220ef}|\u{22101}|\u{222ee}|\u{2256a}|\u{227d6}|\u{2280a}|\u{229e6}|\u{22ac6}|\u{22bef}|\u{22c0a}|\u{22c64}|\u{22cd9}|\u{22def}|\u{230a7}|\u{23113}|\u{231c8}|\u{2325e}|\u{232e1}|\u{23447}|\u{23651}|\u{2371e}|\u{2380d}|\u{23992}|\u{23a61}|\u{23dcf}|\u{23eab}|\u{2424a}|\u{242e0}|\u{2444b}|\u{2447a}|\u{24733}|\u{24824}|\u{248b5}|\u{24a2d}|\u{24abf}|\u{24bf1}|\u{24c3f}|\u{24d15}|\u{24f56}|\u{24fca}|\u{251c5}|\u{25337}|\u{255a8}|\u{255da}|\u{256a8}|\u{257b6}|\u{25868}|\u{2592c}|\u{25afb}|\u{25ba4}|\u{25db7}|\u{25f42}|\u{2634e}|\u{26463}|\u{26769}|\u{26c41}|\u{26e5a}|\u{27006}|\u{27052}|\u{2735c}|\u{2786e}|\u{27c55}|\u{27dc6}|\u{27dd2}|\u{27e13}|\u{27f2d}|\u{28137}|\u{28165}|\u{2824c}|\u{28701}|\u{28725}|\u{287a9}|\u{289a8}|\u{289e4}|\u{28a1d}|\u{28c33}|\u{291e4}|\u{29327}|\u{2933a}|\u{2971d}|\u{2975a}|\u{297a9}|\u{297cc}|\u{297ea}|\u{299a5}|\u{29da3}|\u{29fa8}|\u{2a1df}|\u{2a265}|\u{2a4a7}|\u{2aaa6}|\u{2abdd}|\u{2ad3a}|\u{2ad5b}|\u{2ae71}|\u{2b029}|\u{2b0f5}|\u{2b403}|\u{2b74a}|\u{2b95a}|\u{2b9b1}|\u{2ba20}|\u{2bcbe}|\u{2bf18}|\u{2bf9f}|\u{2c13b}|\u{2c144}|\u{2c347}|\u{2c3c4}|\u{2c416}|\u{2c41f}|\u{2c59c}|\u{2c697}|\u{2c84e}|\u{2cab5}|\u{2cb25}|\u{2cd9c}|\u{2ce8e}|\u{2d1b7}|\u{2d751}|\u{2d7cf}|\u{2d7f6}|\u{2dd50}|\u{2de04}|\u{2df3b}|\u{2dfe5}|\u{2e0a1}|\u{2e0cd}|\u{2e280}|\u{2e402}|\u{2e415}|\u{2e419}|\u{2e681}|\u{2e7a8}|\u{2e859}|\u{2e8a9}|\u{2e8d7}|\u{2e912}|\u{2ea03}|\u{2ea9c}|\u{2ebc5}|\u{30052}|\u{30067}|\u{30209}|\u{30588}|\u{305b2}|\u{30957}|\u{30cdf}|\u{30e81}|\u{30f42}|\u{30f81}|\u{310bc}|\u{310ed}|\u{e019b}|");
    assert_eq!(got_low, "#|*|1|8|?|f|m|t|[|b|i|p|w|~|\u{a1}|\u{a8}|\u{af}|\u{b6}|\u{bd}|\u{e4}|\u{eb}|\u{f2}|\u{f9}|\u{e0}|\u{e7}|\u{ee}|\u{f5}|\u{fc}|\u{103}|\u{10b}|\u{111}|\u{119}|\u{11f}|\u{127}|\u{12d}|\u{135}|\u{13c}|\u{142}|\u{149}|\u{151}|\u{157}|\u{15f}|\u{165}|\u{16d}|\u{173}|\u{17a}|\u{253}|\u{188}|\u{259}|\u{269}|\u{272}|\u{1a5}|\u{1ab}|\u{28b}|\u{1b9}|\u{1c0}|\u{1c9}|\u{1ce}|\u{1d6}|\u{1dc}|\u{1e3}|\u{1eb}|\u{1f3}|\u{1f9}|\u{1ff}|\u{207}|\u{20d}|\u{215}|\u{21b}|\u{223}|\u{229}|\u{231}|\u{237}|\u{2c66}|\u{28c}|\u{24d}|\u{253}|\u{25a}|\u{261}|\u{268}|\u{26f}|\u{276}|\u{27d}|\u{284}|\u{28b}|\u{292}|\u{299}|\u{2a0}|\u{2a7}|\u{2ae}|\u{2b5}|\u{2bc}|\u{2c3}|\u{2ca}|\u{2d1}|\u{2d8}|\u{2df}|\u{2e6}|\u{2ed}|\u{2f4}|\u{2fb}|\u{302}|\u{309}|\u{310}|\u{317}|\u{31e}|\u{325}|\u{32c}|\u{333}|\u{33a}|\u{341}|\u{348}|\u{34f}|\u{356}|\u{35d}|\u{364}|\u{36b}|\u{373}|\u{387}|\u{3cd}|\u{3b5}|\u{3bc}|\u{3c3}|\u{3ca}|\u{3b1}|\u{3b8}|\u{3bf}|\u{3c6}|\u{3cd}|\u{3d4}|\u{3db}|\u{3e3}|\u{3e9}|\u{3f0}|\u{3f8}|\u{37c}|\u{455}|\u{45c}|\u{433}|\u{43a}|\u{441}|\u{448}|\u{44f}|\u{436}|\u{43d}|\u{444}|\u{44b}|\u{452}|\u{459}|\u{461}|\u{467}|\u{46f}|\u{475}|\u{47d}|\u{483}|\u{48b}|\u{491}|\u{499}|\u{49f}|\u{4a7}|\u{4ad}|\u{4b5}|\u{4bb}|\u{4c2}|\u{4ca}|\u{4d1}|\u{4d7}|\u{4df}|\u{4e5}|\u{4ed}|\u{4f3}|\u{4fb}|\u{501}|\u{509}|\u{50f}|\u{517}|\u{51d}|\u{525}|\u{52b}|\u{562}|\u{569}|\u{570}|\u{577}|\u{57e}|\u{585}|\u{55c}|\u{563}|\u{56a}|\u{571}|\u{578}|\u{57f}|\u{586}|\u{58d}|\u{594}|\u{59b}|\u{5a2}|\u{5a9}|\u{5b0}|\u{5b7}|\u{5be}|\u{5c5}|\u{5d3}|\u{5da}|\u{5e1}|\u{5e8}|\u{5ef}|\u{60b}|\u{612}|\u{619}|\u{620}|\u{627}|\u{62e}|\u{635}|\u{63c}|\u{643}|\u{64a}|\u{651}|\u{658}|\u{65f}|\u{666}|\u{66d}|\u{674}|\u{67b}|\u{682}|\u{689}|\u{690}|\u{697}|\u{69e}|\u{6a5}|\u{6ac}|\u{6b3}|\u{6ba}|\u{6c1}|\u{6c8}|\u{6cf}|\u{6d6}|\u{6e4}|\u{6eb}|\u{6f2}|\u{6f9}|\u{700}|\u{707}|\u{715}|\u{71c}|\u{723}|\u{72a}|\u{731}|\u{738}|\u{73f}|\u{746}|\u{74d}|\u{754}|\u{75b}|\u{762}|\u{769}|\u{770}|\u{777}|\u{77e}|\u{785}|\u{78c}|\u{793}|\u{79a}|\u{7a1}|\u{7a8}|\u{7af}|\u{7c4}|\u{7cb}|\u{7d2}|\u{7d9}|\u{7e0}|\u{7e7}|\u{7ee}|\u{7f5}|\u{803}|\u{80a}|\u{811}|\u{818}|\u{81f}|\u{826}|\u{82d}|\u{834}|\u{83b}|\u{842}|\u{849}|\u{850}|\u{857}|\u{85e}|\u{865}|\u{873}|\u{87a}|\u{881}|\u{888}|\u{89d}|\u{8a4}|\u{8ab}|\u{8b2}|\u{8b9}|\u{8c0}|\u{8c7}|\u{8ce}|\u{8d5}|\u{8dc}|\u{8e3}|\u{8ea}|\u{8f1}|\u{8f8}|\u{8ff}|\u{906}|\u{90d}|\u{914}|\u{91b}|\u{922}|\u{929}|\u{930}|\u{937}|\u{93e}|\u{945}|\u{94c}|\u{953}|\u{95a}|\u{961}|\u{968}|\u{96f}|\u{976}|\u{97d}|\u{98b}|\u{999}|\u{9a0}|\u{9a7}|\u{9ae}|\u{9bc}|\u{9c3}|\u{9df}|\u{9e6}|\u{9ed}|\u{9f4}|\u{9fb}|\u{a02}|\u{a09}|\u{a10}|\u{a17}|\u{a1e}|\u{a25}|\u{a2c}|\u{a33}|\u{a41}|\u{a48}|\u{a6b}|\u{a72}|\u{a87}|\u{a95}|\u{a9c}|\u{aa3}|\u{aaa}|\u{ab8}|\u{abf}|\u{acd}|\u{ae2}|\u{ae9}|\u{af0}|\u{afe}|\u{b05}|\u{b0c}|\u{b13}|\u{b1a}|\u{b21}|\u{b28}|\u{b2f}|\u{b36}|\u{b3d}|\u{b44}|\u{b4b}|\u{b60}|\u{b67}|\u{b6e}|\u{b75}|\u{b83}|\u{b8a}|\u{b9f}|\u{bb4}|\u{bc2}|\u{bd0}|\u{bd7}|\u{bec}|\u{bf3}|\u{bfa}|\u{c01}|\u{c08}|\u{c0f}|\u{c16}|\u{c1d}|\u{c24}|\u{c2b}|\u{c32}|\u{c39}|\u{c40}|\u{c47}|\u{c55}|\u{c63}|\u{c6a}|\u{c78}|\u{c7f}|\u{c86}|\u{c94}|\u{c9b}|\u{ca2}|\u{cb0}|\u{cb7}|\u{cbe}|\u{ccc}|\u{ce1}|\u{ce8}|\u{cef}|\u{d04}|\u{d0b}|\u{d12}|\u{d19}|\u{d20}|\u{d27}|\u{d2e}|\u{d35}|\u{d3c}|\u{d43}|\u{d4a}|\u{d58}|\u{d5f}|\u{d66}|\u{d6d}|\u{d74}|\u{d7b}|\u{d82}|\u{d89}|\u{d90}|\u{d9e}|\u{da5}|\u{dac}|\u{db3}|\u{dba}|\u{dc1}|\u{dcf}|\u{dd6}|\u{ddd}|\u{deb}|\u{df2}|\u{e07}|\u{e0e}|\u{e15}|\u{e1c}|\u{e23}|\u{e2a}|\u{e31}|\u{e38}|\u{e3f}|\u{e46}|\u{e4d}|\u{e54}|\u{e5b}|\u{e8c}|\u{e93}|\u{e9a}|\u{ea1}|\u{ea8}|\u{eaf}|\u{eb6}|\u{ebd}|\u{ec4}|\u{ecb}|\u{ed2}|\u{ed9}|\u{f03}|\u{f0a}|\u{f11}|\u{f18}|\u{f1f}|\u{f26}|\u{f2d}|\u{f34}|\u{f3b}|\u{f42}|\u{f49}|\u{f50}|\u{f57}|\u{f5e}|\u{f65}|\u{f6c}|\u{f73}|\u{f7a}|\u{f81}|\u{f88}|\u{f8f}|\u{f96}|\u{f9d}|\u{fa4}|\u{fab}|\u{fb2}|\u{fb9}|\u{fc0}|\u{fc7}|\u{fce}|\u{fd5}|\u{1006}|\u{100d}|\u{1014}|\u{101b}|\u{1022}|\u{1029}|\u{1030}|\u{1037}|\u{103e}|\u{1045}|\u{104c}|\u{1053}|\u{105a}|\u{1061}|\u{1068}|\u{106f}|\u{1076}|\u{107d}|\u{1084}|\u{108b}|\u{1092}|\u{1099}|\u{2d00}|\u{2d07}|\u{2d0e}|\u{2d15}|\u{2d1c}|\u{2d23}|\u{10d1}|\u{10d8}|\u{10df}|\u{10e6}|\u{10ed}|\u{10f4}|\u{10fb}|\u{1102}|\u{1109}|\u{1110}|\u{1117}|\u{111e}|\u{1125}|\u{112c}|\u{1133}|\u{113a}|\u{1141}|\u{1148}|\u{114f}|\u{1156}|\u{115d}|\u{1164}|\u{116b}|\u{1172}|\u{1179}|\u{1180}|\u{1187}|\u{118e}|\u{1195}|\u{119c}|\u{11a3}|\u{11aa}|\u{11b1}|\u{11b8}|\u{11bf}|\u{11c6}|\u{11cd}|\u{11d4}|\u{11db}|\u{11e2}|\u{11e9}|\u{11f0}|\u{11f7}|\u{11fe}|\u{1205}|\u{120c}|\u{1213}|\u{121a}|\u{1221}|\u{1228}|\u{122f}|\u{1236}|\u{123d}|\u{1244}|\u{124b}|\u{1252}|\u{1260}|\u{1267}|\u{126e}|\u{1275}|\u{127c}|\u{1283}|\u{128a}|\u{1291}|\u{1298}|\u{129f}|\u{12a6}|\u{12ad}|\u{12b4}|\u{12bb}|\u{12c2}|\u{12c9}|\u{12d0}|\u{12de}|\u{12e5}|\u{12ec}|\u{12f3}|\u{12fa}|\u{1301}|\u{1308}|\u{130f}|\u{131d}|\u{1324}|\u{132b}|\u{1332}|\u{1339}|\u{1340}|\u{1347}|\u{134e}|\u{1355}|\u{1363}|\u{136a}|\u{1371}|\u{1378}|\u{1386}|\u{138d}|\u{1394}|\u{ab72}|\u{ab79}|\u{ab80}|\u{ab87}|\u{ab8e}|\u{ab95}|\u{ab9c}|\u{aba3}|\u{abaa}|\u{abb1}|\u{abb8}|\u{abbf}|\u{13fd}|\u{1404}|\u{140b}|\u{1412}|\u{1419}|\u{1420}|\u{1427}|\u{142e}|\u{1435}|\u{143c}|\u{1443}|\u{144a}|\u{1451}|\u{1458}|\u{145f}|\u{1466}|\u{146d}|\u{1474}|\u{147b}|\u{1482}|\u{1489}|\u{1490}|\u{1497}|\u{149e}|\u{14a5}|\u{14ac}|\u{14b3}|\u{14ba}|\u{14c1}|\u{14c8}|\u{14cf}|\u{14d6}|\u{14dd}|\u{14e4}|\u{14eb}|\u{14f2}|\u{14f9}|\u{1500}|\u{1507}|\u{150e}|\u{1515}|\u{151c}|\u{1523}|\u{152a}|\u{1531}|\u{1538}|\u{153f}|\u{1546}|\u{154d}|\u{1554}|\u{155b}|\u{1562}|\u{1569}|\u{1570}|\u{1577}|\u{157e}|\u{1585}|\u{158c}|\u{1593}|\u{159a}|\u{15a1}|\u{15a8}|\u{15af}|\u{15b6}|\u{15bd}|\u{15c4}|\u{15cb}|\u{15d2}|\u{15d9}|\u{15e0}|\u{15e7}|\u{15ee}|\u{15f5}|\u{15fc}|\u{1603}|\u{160a}|\u{1611}|\u{1618}|\u{161f}|\u{1626}|\u{162d}|\u{1634}|\u{163b}|\u{1642}|\u{1649}|\u{1650}|\u{1657}|\u{165e}|\u{1665}|\u{166c}|\u{1673}|\u{167a}|\u{1681}|\u{1688}|\u{168f}|\u{1696}|\u{16a4}|\u{16ab}|\u{16b2}|\u{16b9}|\u{16c0}|\u{16c7}|\u{16ce}|\u{16d5}|\u{16dc}|\u{16e3}|\u{16ea}|\u{16f1}|\u{16f8}|\u{1706}|\u{170d}|\u{1714}|\u{1722}|\u{1729}|\u{1730}|\u{1745}|\u{174c}|\u{1753}|\u{1761}|\u{1768}|\u{176f}|\u{1784}|\u{178b}|\u{1792}|\u{1799}|\u{17a0}|\u{17a7}|\u{17ae}|\u{17b5}|\u{17bc}|\u{17c3}|\u{17ca}|\u{17d1}|\u{17d8}|\u{17e6}|\u{17f4}|\u{1802}|\u{1809}|\u{1810}|\u{1817}|\u{1825}|\u{182c}|\u{1833}|\u{183a}|\u{1841}|\u{1848}|\u{184f}|\u{1856}|\u{185d}|\u{1864}|\u{186b}|\u{1872}|\u{1880}|\u{1887}|\u{188e}|\u{1895}|\u{189c}|\u{18a3}|\u{18aa}|\u{18b1}|\u{18b8}|\u{18bf}|\u{18c6}|\u{18cd}|\u{18d4}|\u{18db}|\u{18e2}|\u{18e9}|\u{18f0}|\u{1905}|\u{190c}|\u{1913}|\u{191a}|\u{1921}|\u{1928}|\u{1936}|\u{1944}|\u{194b}|\u{1952}|\u{1959}|\u{1960}|\u{1967}|\u{1983}|\u{198a}|\u{1991}|\u{1998}|\u{199f}|\u{19a6}|\u{19b4}|\u{19bb}|\u{19c2}|\u{19c9}|\u{19d0}|\u{19d7}|\u{19de}|\u{19e5}|\u{19ec}|\u{19f3}|\u{19fa}|\u{1a01}|\u{1a08}|\u{1a0f}|\u{1a16}|\u{1a24}|\u{1a2b}|\u{1a32}|\u{1a39}|\u{1a40}|\u{1a47}|\u{1a4e}|\u{1a55}|\u{1a5c}|\u{1a63}|\u{1a6a}|\u{1a71}|\u{1a78}|\u{1a7f}|\u{1a86}|\u{1a94}|\u{1aa2}|\u{1aa9}|\u{1ab0}|\u{1ab7}|\u{1abe}|\u{1ac5}|\u{1acc}|\u{1b04}|\u{1b0b}|\u{1b12}|\u{1b19}|\u{1b20}|\u{1b27}|\u{1b2e}|\u{1b35}|\u{1b3c}|\u{1b43}|\u{1b4a}|\u{1b51}|\u{1b58}|\u{1b5f}|\u{1b66}|\u{1b6d}|\u{1b74}|\u{1b7b}|\u{1b82}|\u{1b89}|\u{1b90}|\u{1b97}|\u{1b9e}|\u{1ba5}|\u{1bac}|\u{1bb3}|\u{1bba}|\u{1bc1}|\u{1bc8}|\u{1bcf}|\u{1bd6}|\u{1bdd}|\u{1be4}|\u{1beb}|\u{1bf2}|\u{1c00}|\u{1c07}|\u{1c0e}|\u{1c15}|\u{1c1c}|\u{1c23}|\u{1c2a}|\u{1c31}|\u{1c3f}|\u{1c46}|\u{1c4d}|\u{1c54}|\u{1c5b}|\u{1c62}|\u{1c69}|\u{1c70}|\u{1c77}|\u{1c7e}|\u{1c85}|\u{10d3}|\u{10da}|\u{10e1}|\u{10e8}|\u{10ef}|\u{10f6}|\u{10fd}|\u{1cc4}|\u{1cd2}|\u{1cd9}|\u{1ce0}|\u{1ce7}|\u{1cee}|\u{1cf5}|\u{1d03}|\u{1d0a}|\u{1d11}|\u{1d18}|\u{1d1f}|\u{1d26}|\u{1d2d}|\u{1d34}|\u{1d3b}|\u{1d42}|\u{1d49}|\u{1d50}|\u{1d57}|\u{1d5e}|\u{1d65}|\u{1d6c}|\u{1d73}|\u{1d7a}|\u{1d81}|\u{1d88}|\u{1d8f}|\u{1d96}|\u{1d9d}|\u{1da4}|\u{1dab}|\u{1db2}|\u{1db9}|\u{1dc0}|\u{1dc7}|\u{1dce}|\u{1dd5}|\u{1ddc}|\u{1de3}|\u{1dea}|\u{1df1}|\u{1df8}|\u{1dff}|\u{1e07}|\u{1e0d}|\u{1e15}|\u{1e1b}|\u{1e23}|\u{1e29}|\u{1e31}|\u{1e37}|\u{1e3f}|\u{1e45}|\u{1e4d}|\u{1e53}|\u{1e5b}|\u{1e61}|\u{1e69}|\u{1e6f}|\u{1e77}|\u{1e7d}|\u{1e85}|\u{1e8b}|\u{1e93}|\u{1e99}|\u{1ea1}|\u{1ea7}|\u{1eaf}|\u{1eb5}|\u{1ebd}|\u{1ec3}|\u{1ecb}|\u{1ed1}|\u{1ed9}|\u{1edf}|\u{1ee7}|\u{1eed}|\u{1ef5}|\u{1efb}|\u{1f02}|\u{1f01}|\u{1f10}|\u{1f25}|\u{1f24}|\u{1f33}|\u{1f32}|\u{1f41}|\u{1f40}|\u{1f56}|\u{1f55}|\u{1f64}|\u{1f63}|\u{1f72}|\u{1f79}|\u{1f80}|\u{1f87}|\u{1f86}|\u{1f95}|\u{1f94}|\u{1fa3}|\u{1fa2}|\u{1fb1}|\u{1fb0}|\u{1fbf}|\u{1fc6}|\u{1fcd}|\u{1f77}|\u{1fe2}|\u{1fe1}|\u{1ff7}|\u{1ffe}|\u{2013}|\u{201a}|\u{2021}|\u{2036}|\u{203d}|\u{2044}|\u{204b}|\u{2052}|\u{2059}|\u{2075}|\u{207c}|\u{2083}|\u{208a}|\u{2091}|\u{2098}|\u{20a6}|\u{20ad}|\u{20b4}|\u{20bb}|\u{20d0}|\u{20d7}|\u{20de}|\u{20e5}|\u{20ec}|\u{2101}|\u{2108}|\u{210f}|\u{2116}|\u{211d}|\u{2124}|\u{e5}|\u{214e}|\u{2139}|\u{2140}|\u{2147}|\u{214e}|\u{2155}|\u{215c}|\u{2173}|\u{217a}|\u{2171}|\u{2178}|\u{217f}|\u{2186}|\u{2194}|\u{219b}|\u{21a2}|\u{21a9}|\u{21b0}|\u{21b7}|\u{21be}|\u{21c5}|\u{21cc}|\u{21d3}|\u{21da}|\u{21e1}|\u{21e8}|\u{21ef}|\u{21f6}|\u{21fd}|\u{2204}|\u{220b}|\u{2212}|\u{2219}|\u{2220}|\u{2227}|\u{222e}|\u{2235}|\u{223c}|\u{2243}|\u{224a}|\u{2251}|\u{2258}|\u{225f}|\u{2266}|\u{226d}|\u{2274}|\u{227b}|\u{2282}|\u{2289}|\u{2290}|\u{2297}|\u{229e}|\u{22a5}|\u{22ac}|\u{22b3}|\u{22ba}|\u{22c1}|\u{22c8}|\u{22cf}|\u{22d6}|\u{22dd}|\u{22e4}|\u{22eb}|\u{22f2}|\u{22f9}|\u{2300}|\u{2307}|\u{230e}|\u{2315}|\u{231c}|\u{2323}|\u{232a}|\u{2331}|\u{2338}|\u{233f}|\u{2346}|\u{234d}|\u{2354}|\u{235b}|\u{2362}|\u{2369}|\u{2370}|\u{2377}|\u{237e}|\u{2385}|\u{238c}|\u{2393}|\u{239a}|\u{23a1}|\u{23a8}|\u{23af}|\u{23b6}|\u{23bd}|\u{23c4}|\u{23cb}|\u{23d2}|\u{23d9}|\u{23e0}|\u{23e7}|\u{23ee}|\u{23f5}|\u{23fc}|\u{2403}|\u{240a}|\u{2411}|\u{2418}|\u{241f}|\u{2426}|\u{2442}|\u{2449}|\u{2465}|\u{246c}|\u{2473}|\u{247a}|\u{2481}|\u{2488}|\u{248f}|\u{2496}|\u{249d}|\u{24a4}|\u{24ab}|\u{24b2}|\u{24d3}|\u{24da}|\u{24e1}|\u{24e8}|\u{24d5}|\u{24dc}|\u{24e3}|\u{24ea}|\u{24f1}|\u{24f8}|\u{24ff}|\u{2506}|\u{250d}|\u{2514}|\u{251b}|\u{2522}|\u{2529}|\u{2530}|\u{2537}|\u{253e}|\u{2545}|\u{254c}|\u{2553}|\u{255a}|\u{2561}|\u{2568}|\u{256f}|\u{2576}|\u{257d}|\u{2584}|\u{258b}|\u{2592}|\u{2599}|\u{25a0}|\u{25a7}|\u{25ae}|\u{25b5}|\u{25bc}|\u{25c3}|\u{25ca}|\u{25d1}|\u{25d8}|\u{25df}|\u{25e6}|\u{25ed}|\u{25f4}|\u{25fb}|\u{2602}|\u{2609}|\u{2610}|\u{2617}|\u{261e}|\u{2625}|\u{262c}|\u{2633}|\u{263a}|\u{2641}|\u{2648}|\u{264f}|\u{2656}|\u{265d}|\u{2664}|\u{266b}|\u{2672}|\u{2679}|\u{2680}|\u{2687}|\u{268e}|\u{2695}|\u{269c}|\u{26a3}|\u{26aa}|\u{26b1}|\u{26b8}|\u{26bf}|\u{26c6}|\u{26cd}|\u{26d4}|\u{26db}|\u{26e2}|\u{26e9}|\u{26f0}|\u{26f7}|\u{26fe}|\u{2705}|\u{270c}|\u{2713}|\u{271a}|\u{2721}|\u{2728}|\u{272f}|\u{2736}|\u{273d}|\u{2744}|\u{274b}|\u{2752}|\u{2759}|\u{2760}|\u{2767}|\u{276e}|\u{2775}|\u{277c}|\u{2783}|\u{278a}|\u{2791}|\u{2798}|\u{279f}|\u{27a6}|\u{27ad}|\u{27b4}|\u{27bb}|\u{27c2}|\u{27c9}|\u{27d0}|\u{27d7}|\u{27de}|\u{27e5}|\u{27ec}|\u{27f3}|\u{27fa}|\u{2801}|\u{2808}|\u{280f}|\u{2816}|\u{281d}|\u{2824}|\u{282b}|\u{2832}|\u{2839}|\u{2840}|\u{2847}|\u{284e}|\u{2855}|\u{285c}|\u{2863}|\u{286a}|\u{2871}|\u{2878}|\u{287f}|\u{2886}|\u{288d}|\u{2894}|\u{289b}|\u{28a2}|\u{28a9}|\u{28b0}|\u{28b7}|\u{28be}|\u{28c5}|\u{28cc}|\u{28d3}|\u{28da}|\u{28e1}|\u{28e8}|\u{28ef}|\u{28f6}|\u{28fd}|\u{2904}|\u{290b}|\u{2912}|\u{2919}|\u{2920}|\u{2927}|\u{292e}|\u{2935}|\u{293c}|\u{2943}|\u{294a}|\u{2951}|\u{2958}|\u{295f}|\u{2966}|\u{296d}|\u{2974}|\u{297b}|\u{2982}|\u{2989}|\u{2990}|\u{2997}|\u{299e}|\u{29a5}|\u{29ac}|\u{29b3}|\u{29ba}|\u{29c1}|\u{29c8}|\u{29cf}|\u{29d6}|\u{29dd}|\u{29e4}|\u{29eb}|\u{29f2}|\u{29f9}|\u{2a00}|\u{2a07}|\u{2a0e}|\u{2a15}|\u{2a1c}|\u{2a23}|\u{2a2a}|\u{2a31}|\u{2a38}|\u{2a3f}|\u{2a46}|\u{2a4d}|\u{2a54}|\u{2a5b}|\u{2a62}|\u{2a69}|\u{2a70}|\u{2a77}|\u{2a7e}|\u{2a85}|\u{2a8c}|\u{2a93}|\u{2a9a}|\u{2aa1}|\u{2aa8}|\u{2aaf}|\u{2ab6}|\u{2abd}|\u{2ac4}|\u{2acb}|\u{2ad2}|\u{2ad9}|\u{2ae0}|\u{2ae7}|\u{2aee}|\u{2af5}|\u{2afc}|\u{2b03}|\u{2b0a}|\u{2b11}|\u{2b18}|\u{2b1f}|\u{2b26}|\u{2b2d}|\u{2b34}|\u{2b3b}|\u{2b42}|\u{2b49}|\u{2b50}|\u{2b57}|\u{2b5e}|\u{2b65}|\u{2b6c}|\u{2b73}|\u{2b7a}|\u{2b81}|\u{2b88}|\u{2b8f}|\u{2b9d}|\u{2ba4}|\u{2bab}|\u{2bb2}|\u{2bb9}|\u{2bc0}|\u{2bc7}|\u{2bce}|\u{2bd5}|\u{2bdc}|\u{2be3}|\u{2bea}|\u{2bf1}|\u{2bf8}|\u{2bff}|\u{2c36}|\u{2c3d}|\u{2c44}|\u{2c4b}|\u{2c52}|\u{2c59}|\u{2c30}|\u{2c37}|\u{2c3e}|\u{2c45}|\u{2c4c}|\u{2c53}|\u{2c5a}|\u{2c61}|\u{2c68}|\u{250}|\u{2c76}|\u{2c7d}|\u{2c85}|\u{2c8b}|\u{2c93}|\u{2c99}|\u{2ca1}|\u{2ca7}|\u{2caf}|\u{2cb5}|\u{2cbd}|\u{2cc3}|\u{2ccb}|\u{2cd1}|\u{2cd9}|\u{2cdf}|\u{2ce6}|\u{2cee}|\u{2cfb}|\u{2d02}|\u{2d09}|\u{2d10}|\u{2d17}|\u{2d1e}|\u{2d25}|\u{2d33}|\u{2d3a}|\u{2d41}|\u{2d48}|\u{2d4f}|\u{2d56}|\u{2d5d}|\u{2d64}|\u{2d80}|\u{2d87}|\u{2d8e}|\u{2d95}|\u{2da3}|\u{2daa}|\u{2db1}|\u{2db8}|\u{2dc6}|\u{2dcd}|\u{2dd4}|\u{2ddb}|\u{2de2}|\u{2de9}|\u{2df0}|\u{2df7}|\u{2dfe}|\u{2e05}|\u{2e0c}|\u{2e13}|\u{2e1a}|\u{2e21}|\u{2e28}|\u{2e2f}|\u{2e36}|\u{2e3d}|\u{2e44}|\u{2e4b}|\u{2e52}|\u{2e59}|\u{2e83}|\u{2e8a}|\u{2e91}|\u{2e98}|\u{2e9f}|\u{2ea6}|\u{2ead}|\u{2eb4}|\u{2ebb}|\u{2ec2}|\u{2ec9}|\u{2ed0}|\u{2ed7}|\u{2ede}|\u{2ee5}|\u{2eec}|\u{2ef3}|\u{2f01}|\u{2f08}|\u{2f0f}|\u{2f16}|\u{2f1d}|\u{2f24}|\u{2f2b}|\u{2f32}|\u{2f39}|\u{2f40}|\u{2f47}|\u{2f4e}|\u{2f55}|\u{2f5c}|\u{2f63}|\u{2f6a}|\u{2f71}|\u{2f78}|\u{2f7f}|\u{2f86}|\u{2f8d}|\u{2f94}|\u{2f9b}|\u{2fa2}|\u{2fa9}|\u{2fb0}|\u{2fb7}|\u{2fbe}|\u{2fc5}|\u{2fcc}|\u{2fd3}|\u{2ff6}|\u{3176}|\u{3345}|\u{37f5}|\u{38c1}|\u{396f}|\u{3aa4}|\u{3b30}|\u{3dcd}|\u{3e43}|\u{3eab}|\u{3fa2}|\u{3fc0}|\u{456d}|\u{4613}|\u{46c4}|\u{46f4}|\u{4784}|\u{4b26}|\u{4cbd}|\u{4d69}|\u{4dad}|\u{4ee5}|\u{500e}|\u{5037}|\u{5188}|\u{525a}|\u{536b}|\u{53bb}|\u{54cc}|\u{5601}|\u{572f}|\u{588e}|\u{595e}|\u{5d33}|\u{5f54}|\u{6024}|\u{602a}|\u{610d}|\u{627d}|\u{62e0}|\u{63ee}|\u{6403}|\u{6447}|\u{661f}|\u{6753}|\u{6764}|\u{6b3f}|\u{6e84}|\u{7402}|\u{7750}|\u{7812}|\u{7c69}|\u{7cc1}|\u{8237}|\u{8507}|\u{85b3}|\u{8719}|\u{8797}|\u{87ee}|\u{8896}|\u{8d39}|\u{8d65}|\u{8e09}|\u{8e2c}|\u{8e96}|\u{8ea7}|\u{8f69}|\u{9006}|\u{914e}|\u{92d2}|\u{952c}|\u{9558}|\u{9625}|\u{9654}|\u{9755}|\u{975c}|\u{9d05}|\u{9dfd}|\u{9ff6}|\u{a10e}|\u{a39b}|\u{a3c1}|\u{a4ad}|\u{a8aa}|\u{a985}|\u{aae2}|\u{aaef}|\u{ac48}|\u{acbe}|\u{adb7}|\u{ae7e}|\u{ae86}|\u{aefb}|\u{af38}|\u{b34e}|\u{b3b9}|\u{b3f1}|\u{b9e2}|\u{bf65}|\u{c0e5}|\u{c1a1}|\u{c420}|\u{c4ca}|\u{c533}|\u{c702}|\u{c79f}|\u{c93a}|\u{ca57}|\u{cf58}|\u{cf9a}|\u{d023}|\u{d108}|\u{d460}|\u{d482}|\u{d70d}|\u{fad1}|\u{fb71}|\u{fe39}|\u{fea5}|\u{fef5}|\u{ff20}|\u{ff53}|\u{1003d}|\u{100e7}|\u{10183}|\u{103d0}|\u{10939}|\u{11170}|\u{111ae}|\u{111e2}|\u{112a9}|\u{11414}|\u{11446}|\u{119b6}|\u{11d67}|\u{11da9}|\u{11fde}|\u{121ed}|\u{12245}|\u{131c6}|\u{13333}|\u{144d5}|\u{14562}|\u{14569}|\u{14594}|\u{145af}|\u{145f7}|\u{16859}|\u{1687c}|\u{1693a}|\u{1712f}|\u{17167}|\u{17298}|\u{172eb}|\u{1735f}|\u{173f6}|\u{1744e}|\u{17736}|\u{177ab}|\u{17819}|\u{179dd}|\u{17aa4}|\u{17b61}|\u{17c2b}|\u{17d00}|\u{17d04}|\u{17d83}|\u{17df6}|\u{180ae}|\u{181f1}|\u{18531}|\u{18555}|\u{185b5}|\u{185eb}|\u{186ef}|\u{189b1}|\u{18a7e}|\u{18aa2}|\u{1b2d7}|\u{1d1c5}|\u{1d4bf}|\u{1d6d9}|\u{1d77d}|\u{1d8ad}|\u{1d9b4}|\u{1ec89}|\u{1f500}|\u{1f516}|\u{1f59b}|\u{1f5d8}|\u{200b3}|\u{2014f}|\u{2017d}|\u{201bd}|\u{2022f}|\u{20375}|\u{206e5}|\u{20741}|\u{2077c}|\u{20789}|\u{208db}|\u{20b20}|\u{20e3e}|\u{20edb}|\u{212f4}|\u{2143b}|\u{21598}|\u{21677}|\u{21840}|\u{219b5}|\u{21b96}|\u{21ca0}|\u{21cbd}|\u{21ce9}|\u{21e3d}|\u{21e4c}|\u{21f32}|\u{22008}|\u{220be}|\u{220ef}|\u{22101}|\u{222ee}|\u{2256a}|\u{227d6}|\u{2280a}|\u{229e6}|\u{22ac6}|\u{22bef}|\u{22c0a}|\u{22c64}|\u{22cd9}|\u{22def}|\u{230a7}|\u{23113}|\u{231c8}|\u{2325e}|\u{232e1}|\u{23447}|\u{23651}|\u{2371e}|\u{2380d}|\u{23992}|\u{23a61}|\u{23dcf}|\u{23eab}|\u{2424a}|\u{242e0}|\u{2444b}|\u{2447a}|\u{24733}|\u{24824}|\u{248b5}|\u{24a2d}|\u{24abf}|\u{24bf1}|\u{24c3f}|\u{24d15}|\u{24f56}|\u{24fca}|\u{251c5}|\u{25337}|\u{255a8}|\u{255da}|\u{256a8}|\u{257b6}|\u{25868}|\u{2592c}|\u{25afb}|\u{25ba4}|\u{25db7}|\u{25f42}|\u{2634e}|\u{26463}|\u{26769}|\u{26c41}|\u{26e5a}|\u{27006}|\u{27052}|\u{2735c}|\u{2786e}|\u{27c55}|\u{27dc6}|\u{27dd2}|\u{27e13}|\u{27f2d}|\u{28137}|\u{28165}|\u{2824c}|\u{28701}|\u{28725}|\u{287a9}|\u{289a8}|\u{289e4}|\u{28a1d}|\u{28c33}|\u{291e4}|\u{29327}|\u{2933a}|\u{2971d}|\u{2975a}|\u{297a9}|\u{297cc}|\u{297ea}|\u{299a5}|\u{29da3}|\u{29fa8}|\u{2a1df}|\u{2a265}|\u{2a4a7}|\u{2aaa6}|\u{2abdd}|\u{2ad3a}|\u{2ad5b}|\u{2ae71}|\u{2b029}|\u{2b0f5}|\u{2b403}|\u{2b74a}|\u{2b95a}|\u{2b9b1}|\u{2ba20}|\u{2bcbe}|\u{2bf18}|\u{2bf9f}|\u{2c13b}|\u{2c144}|\u{2c347}|\u{2c3c4}|\u{2c416}|\u{2c41f}|\u{2c59c}|\u{2c697}|\u{2c84e}|\u{2cab5}|\u{2cb25}|\u{2cd9c}|\u{2ce8e}|\u{2d1b7}|\u{2d751}|\u{2d7cf}|\u{2d7f6}|\u{2dd50}|\u{2de04}|\u{2df3b}|\u{2dfe5}|\u{2e0a1}|\u{2e0cd}|\u{2e280}|\u{2e402}|\u{2e415}|\u{2e419}|\u{2e681}|\u{2e7a8}|\u{2e859}|\u{2e8a9}|\u{2e8d7}|\u{2e912}|\u{2ea03}|\u{2ea9c}|\u{2ebc5}|\u{30052}|\u{30067}|\u{30209}|\u{30588}|\u{305b2}|\u{30957}|\u{30cdf}|\u{30e81}|\u{30f42}|\u{30f81}|\u{310bc}|\u{310ed}|\u{e019b}|");
    assert_eq!(got_title, "#|*|1|8|?|F|M|T|[|B|I|P|W|~|\u{a1}|\u{a8}|\u{af}|\u{b6}|\u{bd}|\u{c4}|\u{cb}|\u{d2}|\u{d9}|\u{c0}|\u{c7}|\u{ce}|\u{d5}|\u{dc}|\u{102}|\u{10a}|\u{110}|\u{118}|\u{11e}|\u{126}|\u{12c}|\u{134}|\u{13b}|\u{141}|\u{2bc}N|\u{150}|\u{156}|\u{15e}|\u{164}|\u{16c}|\u{172}|\u{179}|\u{181}|\u{187}|\u{18f}|\u{196}|\u{19d}|\u{1a4}|\u{1ab}|\u{1b2}|\u{1b8}|\u{1c0}|\u{1c8}|\u{1cd}|\u{1d5}|\u{1db}|\u{1e2}|\u{1ea}|\u{1f2}|\u{1f8}|\u{1fe}|\u{206}|\u{20c}|\u{214}|\u{21a}|\u{222}|\u{228}|\u{230}|\u{237}|\u{23e}|\u{245}|\u{24c}|\u{181}|\u{25a}|\u{a7ac}|\u{197}|\u{19c}|\u{276}|\u{2c64}|\u{284}|\u{1b2}|\u{1b7}|\u{299}|\u{2a0}|\u{2a7}|\u{2ae}|\u{2b5}|\u{2bc}|\u{2c3}|\u{2ca}|\u{2d1}|\u{2d8}|\u{2df}|\u{2e6}|\u{2ed}|\u{2f4}|\u{2fb}|\u{302}|\u{309}|\u{310}|\u{317}|\u{31e}|\u{325}|\u{32c}|\u{333}|\u{33a}|\u{341}|\u{348}|\u{34f}|\u{356}|\u{35d}|\u{364}|\u{36b}|\u{372}|\u{387}|\u{38e}|\u{395}|\u{39c}|\u{3a3}|\u{3aa}|\u{391}|\u{398}|\u{39f}|\u{3a6}|\u{38e}|\u{3d4}|\u{3da}|\u{3e2}|\u{3e8}|\u{39a}|\u{3f7}|\u{3fe}|\u{405}|\u{40c}|\u{413}|\u{41a}|\u{421}|\u{428}|\u{42f}|\u{416}|\u{41d}|\u{424}|\u{42b}|\u{402}|\u{409}|\u{460}|\u{466}|\u{46e}|\u{474}|\u{47c}|\u{483}|\u{48a}|\u{490}|\u{498}|\u{49e}|\u{4a6}|\u{4ac}|\u{4b4}|\u{4ba}|\u{4c1}|\u{4c9}|\u{4d0}|\u{4d6}|\u{4de}|\u{4e4}|\u{4ec}|\u{4f2}|\u{4fa}|\u{500}|\u{508}|\u{50e}|\u{516}|\u{51c}|\u{524}|\u{52a}|\u{532}|\u{539}|\u{540}|\u{547}|\u{54e}|\u{555}|\u{55c}|\u{533}|\u{53a}|\u{541}|\u{548}|\u{54f}|\u{556}|\u{58d}|\u{594}|\u{59b}|\u{5a2}|\u{5a9}|\u{5b0}|\u{5b7}|\u{5be}|\u{5c5}|\u{5d3}|\u{5da}|\u{5e1}|\u{5e8}|\u{5ef}|\u{60b}|\u{612}|\u{619}|\u{620}|\u{627}|\u{62e}|\u{635}|\u{63c}|\u{643}|\u{64a}|\u{651}|\u{658}|\u{65f}|\u{666}|\u{66d}|\u{674}|\u{67b}|\u{682}|\u{689}|\u{690}|\u{697}|\u{69e}|\u{6a5}|\u{6ac}|\u{6b3}|\u{6ba}|\u{6c1}|\u{6c8}|\u{6cf}|\u{6d6}|\u{6e4}|\u{6eb}|\u{6f2}|\u{6f9}|\u{700}|\u{707}|\u{715}|\u{71c}|\u{723}|\u{72a}|\u{731}|\u{738}|\u{73f}|\u{746}|\u{74d}|\u{754}|\u{75b}|\u{762}|\u{769}|\u{770}|\u{777}|\u{77e}|\u{785}|\u{78c}|\u{793}|\u{79a}|\u{7a1}|\u{7a8}|\u{7af}|\u{7c4}|\u{7cb}|\u{7d2}|\u{7d9}|\u{7e0}|\u{7e7}|\u{7ee}|\u{7f5}|\u{803}|\u{80a}|\u{811}|\u{818}|\u{81f}|\u{826}|\u{82d}|\u{834}|\u{83b}|\u{842}|\u{849}|\u{850}|\u{857}|\u{85e}|\u{865}|\u{873}|\u{87a}|\u{881}|\u{888}|\u{89d}|\u{8a4}|\u{8ab}|\u{8b2}|\u{8b9}|\u{8c0}|\u{8c7}|\u{8ce}|\u{8d5}|\u{8dc}|\u{8e3}|\u{8ea}|\u{8f1}|\u{8f8}|\u{8ff}|\u{906}|\u{90d}|\u{914}|\u{91b}|\u{922}|\u{929}|\u{930}|\u{937}|\u{93e}|\u{945}|\u{94c}|\u{953}|\u{95a}|\u{961}|\u{968}|\u{96f}|\u{976}|\u{97d}|\u{98b}|\u{999}|\u{9a0}|\u{9a7}|\u{9ae}|\u{9bc}|\u{9c3}|\u{9df}|\u{9e6}|\u{9ed}|\u{9f4}|\u{9fb}|\u{a02}|\u{a09}|\u{a10}|\u{a17}|\u{a1e}|\u{a25}|\u{a2c}|\u{a33}|\u{a41}|\u{a48}|\u{a6b}|\u{a72}|\u{a87}|\u{a95}|\u{a9c}|\u{aa3}|\u{aaa}|\u{ab8}|\u{abf}|\u{acd}|\u{ae2}|\u{ae9}|\u{af0}|\u{afe}|\u{b05}|\u{b0c}|\u{b13}|\u{b1a}|\u{b21}|\u{b28}|\u{b2f}|\u{b36}|\u{b3d}|\u{b44}|\u{b4b}|\u{b60}|\u{b67}|\u{b6e}|\u{b75}|\u{b83}|\u{b8a}|\u{b9f}|\u{bb4}|\u{bc2}|\u{bd0}|\u{bd7}|\u{bec}|\u{bf3}|\u{bfa}|\u{c01}|\u{c08}|\u{c0f}|\u{c16}|\u{c1d}|\u{c24}|\u{c2b}|\u{c32}|\u{c39}|\u{c40}|\u{c47}|\u{c55}|\u{c63}|\u{c6a}|\u{c78}|\u{c7f}|\u{c86}|\u{c94}|\u{c9b}|\u{ca2}|\u{cb0}|\u{cb7}|\u{cbe}|\u{ccc}|\u{ce1}|\u{ce8}|\u{cef}|\u{d04}|\u{d0b}|\u{d12}|\u{d19}|\u{d20}|\u{d27}|\u{d2e}|\u{d35}|\u{d3c}|\u{d43}|\u{d4a}|\u{d58}|\u{d5f}|\u{d66}|\u{d6d}|\u{d74}|\u{d7b}|\u{d82}|\u{d89}|\u{d90}|\u{d9e}|\u{da5}|\u{dac}|\u{db3}|\u{dba}|\u{dc1}|\u{dcf}|\u{dd6}|\u{ddd}|\u{deb}|\u{df2}|\u{e07}|\u{e0e}|\u{e15}|\u{e1c}|\u{e23}|\u{e2a}|\u{e31}|\u{e38}|\u{e3f}|\u{e46}|\u{e4d}|\u{e54}|\u{e5b}|\u{e8c}|\u{e93}|\u{e9a}|\u{ea1}|\u{ea8}|\u{eaf}|\u{eb6}|\u{ebd}|\u{ec4}|\u{ecb}|\u{ed2}|\u{ed9}|\u{f03}|\u{f0a}|\u{f11}|\u{f18}|\u{f1f}|\u{f26}|\u{f2d}|\u{f34}|\u{f3b}|\u{f42}|\u{f49}|\u{f50}|\u{f57}|\u{f5e}|\u{f65}|\u{f6c}|\u{f73}|\u{f7a}|\u{f81}|\u{f88}|\u{f8f}|\u{f96}|\u{f9d}|\u{fa4}|\u{fab}|\u{fb2}|\u{fb9}|\u{fc0}|\u{fc7}|\u{fce}|\u{fd5}|\u{1006}|\u{100d}|\u{1014}|\u{101b}|\u{1022}|\u{1029}|\u{1030}|\u{1037}|\u{103e}|\u{1045}|\u{104c}|\u{1053}|\u{105a}|\u{1061}|\u{1068}|\u{106f}|\u{1076}|\u{107d}|\u{1084}|\u{108b}|\u{1092}|\u{1099}|\u{10a0}|\u{10a7}|\u{10ae}|\u{10b5}|\u{10bc}|\u{10c3}|\u{10d1}|\u{10d8}|\u{10df}|\u{10e6}|\u{10ed}|\u{10f4}|\u{10fb}|\u{1102}|\u{1109}|\u{1110}|\u{1117}|\u{111e}|\u{1125}|\u{112c}|\u{1133}|\u{113a}|\u{1141}|\u{1148}|\u{114f}|\u{1156}|\u{115d}|\u{1164}|\u{116b}|\u{1172}|\u{1179}|\u{1180}|\u{1187}|\u{118e}|\u{1195}|\u{119c}|\u{11a3}|\u{11aa}|\u{11b1}|\u{11b8}|\u{11bf}|\u{11c6}|\u{11cd}|\u{11d4}|\u{11db}|\u{11e2}|\u{11e9}|\u{11f0}|\u{11f7}|\u{11fe}|\u{1205}|\u{120c}|\u{1213}|\u{121a}|\u{1221}|\u{1228}|\u{122f}|\u{1236}|\u{123d}|\u{1244}|\u{124b}|\u{1252}|\u{1260}|\u{1267}|\u{126e}|\u{1275}|\u{127c}|\u{1283}|\u{128a}|\u{1291}|\u{1298}|\u{129f}|\u{12a6}|\u{12ad}|\u{12b4}|\u{12bb}|\u{12c2}|\u{12c9}|\u{12d0}|\u{12de}|\u{12e5}|\u{12ec}|\u{12f3}|\u{12fa}|\u{1301}|\u{1308}|\u{130f}|\u{131d}|\u{1324}|\u{132b}|\u{1332}|\u{1339}|\u{1340}|\u{1347}|\u{134e}|\u{1355}|\u{1363}|\u{136a}|\u{1371}|\u{1378}|\u{1386}|\u{138d}|\u{1394}|\u{13a2}|\u{13a9}|\u{13b0}|\u{13b7}|\u{13be}|\u{13c5}|\u{13cc}|\u{13d3}|\u{13da}|\u{13e1}|\u{13e8}|\u{13ef}|\u{13f5}|\u{1404}|\u{140b}|\u{1412}|\u{1419}|\u{1420}|\u{1427}|\u{142e}|\u{1435}|\u{143c}|\u{1443}|\u{144a}|\u{1451}|\u{1458}|\u{145f}|\u{1466}|\u{146d}|\u{1474}|\u{147b}|\u{1482}|\u{1489}|\u{1490}|\u{1497}|\u{149e}|\u{14a5}|\u{14ac}|\u{14b3}|\u{14ba}|\u{14c1}|\u{14c8}|\u{14cf}|\u{14d6}|\u{14dd}|\u{14e4}|\u{14eb}|\u{14f2}|\u{14f9}|\u{1500}|\u{1507}|\u{150e}|\u{1515}|\u{151c}|\u{1523}|\u{152a}|\u{1531}|\u{1538}|\u{153f}|\u{1546}|\u{154d}|\u{1554}|\u{155b}|\u{1562}|\u{1569}|\u{1570}|\u{1577}|\u{157e}|\u{1585}|\u{158c}|\u{1593}|\u{159a}|\u{15a1}|\u{15a8}|\u{15af}|\u{15b6}|\u{15bd}|\u{15c4}|\u{15cb}|\u{15d2}|\u{15d9}|\u{15e0}|\u{15e7}|\u{15ee}|\u{15f5}|\u{15fc}|\u{1603}|\u{160a}|\u{1611}|\u{1618}|\u{161f}|\u{1626}|\u{162d}|\u{1634}|\u{163b}|\u{1642}|\u{1649}|\u{1650}|\u{1657}|\u{165e}|\u{1665}|\u{166c}|\u{1673}|\u{167a}|\u{1681}|\u{1688}|\u{168f}|\u{1696}|\u{16a4}|\u{16ab}|\u{16b2}|\u{16b9}|\u{16c0}|\u{16c7}|\u{16ce}|\u{16d5}|\u{16dc}|\u{16e3}|\u{16ea}|\u{16f1}|\u{16f8}|\u{1706}|\u{170d}|\u{1714}|\u{1722}|\u{1729}|\u{1730}|\u{1745}|\u{174c}|\u{1753}|\u{1761}|\u{1768}|\u{176f}|\u{1784}|\u{178b}|\u{1792}|\u{1799}|\u{17a0}|\u{17a7}|\u{17ae}|\u{17b5}|\u{17bc}|\u{17c3}|\u{17ca}|\u{17d1}|\u{17d8}|\u{17e6}|\u{17f4}|\u{1802}|\u{1809}|\u{1810}|\u{1817}|\u{1825}|\u{182c}|\u{1833}|\u{183a}|\u{1841}|\u{1848}|\u{184f}|\u{1856}|\u{185d}|\u{1864}|\u{186b}|\u{1872}|\u{1880}|\u{1887}|\u{188e}|\u{1895}|\u{189c}|\u{18a3}|\u{18aa}|\u{18b1}|\u{18b8}|\u{18bf}|\u{18c6}|\u{18cd}|\u{18d4}|\u{18db}|\u{18e2}|\u{18e9}|\u{18f0}|\u{1905}|\u{190c}|\u{1913}|\u{191a}|\u{1921}|\u{1928}|\u{1936}|\u{1944}|\u{194b}|\u{1952}|\u{1959}|\u{1960}|\u{1967}|\u{1983}|\u{198a}|\u{1991}|\u{1998}|\u{199f}|\u{19a6}|\u{19b4}|\u{19bb}|\u{19c2}|\u{19c9}|\u{19d0}|\u{19d7}|\u{19de}|\u{19e5}|\u{19ec}|\u{19f3}|\u{19fa}|\u{1a01}|\u{1a08}|\u{1a0f}|\u{1a16}|\u{1a24}|\u{1a2b}|\u{1a32}|\u{1a39}|\u{1a40}|\u{1a47}|\u{1a4e}|\u{1a55}|\u{1a5c}|\u{1a63}|\u{1a6a}|\u{1a71}|\u{1a78}|\u{1a7f}|\u{1a86}|\u{1a94}|\u{1aa2}|\u{1aa9}|\u{1ab0}|\u{1ab7}|\u{1abe}|\u{1ac5}|\u{1acc}|\u{1b04}|\u{1b0b}|\u{1b12}|\u{1b19}|\u{1b20}|\u{1b27}|\u{1b2e}|\u{1b35}|\u{1b3c}|\u{1b43}|\u{1b4a}|\u{1b51}|\u{1b58}|\u{1b5f}|\u{1b66}|\u{1b6d}|\u{1b74}|\u{1b7b}|\u{1b82}|\u{1b89}|\u{1b90}|\u{1b97}|\u{1b9e}|\u{1ba5}|\u{1bac}|\u{1bb3}|\u{1bba}|\u{1bc1}|\u{1bc8}|\u{1bcf}|\u{1bd6}|\u{1bdd}|\u{1be4}|\u{1beb}|\u{1bf2}|\u{1c00}|\u{1c07}|\u{1c0e}|\u{1c15}|\u{1c1c}|\u{1c23}|\u{1c2a}|\u{1c31}|\u{1c3f}|\u{1c46}|\u{1c4d}|\u{1c54}|\u{1c5b}|\u{1c62}|\u{1c69}|\u{1c70}|\u{1c77}|\u{1c7e}|\u{422}|\u{1c93}|\u{1c9a}|\u{1ca1}|\u{1ca8}|\u{1caf}|\u{1cb6}|\u{1cbd}|\u{1cc4}|\u{1cd2}|\u{1cd9}|\u{1ce0}|\u{1ce7}|\u{1cee}|\u{1cf5}|\u{1d03}|\u{1d0a}|\u{1d11}|\u{1d18}|\u{1d1f}|\u{1d26}|\u{1d2d}|\u{1d34}|\u{1d3b}|\u{1d42}|\u{1d49}|\u{1d50}|\u{1d57}|\u{1d5e}|\u{1d65}|\u{1d6c}|\u{1d73}|\u{1d7a}|\u{1d81}|\u{1d88}|\u{1d8f}|\u{1d96}|\u{1d9d}|\u{1da4}|\u{1dab}|\u{1db2}|\u{1db9}|\u{1dc0}|\u{1dc7}|\u{1dce}|\u{1dd5}|\u{1ddc}|\u{1de3}|\u{1dea}|\u{1df1}|\u{1df8}|\u{1dff}|\u{1e06}|\u{1e0c}|\u{1e14}|\u{1e1a}|\u{1e22}|\u{1e28}|\u{1e30}|\u{1e36}|\u{1e3e}|\u{1e44}|\u{1e4c}|\u{1e52}|\u{1e5a}|\u{1e60}|\u{1e68}|\u{1e6e}|\u{1e76}|\u{1e7c}|\u{1e84}|\u{1e8a}|\u{1e92}|Y\u{30a}|\u{1ea0}|\u{1ea6}|\u{1eae}|\u{1eb4}|\u{1ebc}|\u{1ec2}|\u{1eca}|\u{1ed0}|\u{1ed8}|\u{1ede}|\u{1ee6}|\u{1eec}|\u{1ef4}|\u{1efa}|\u{1f0a}|\u{1f09}|\u{1f18}|\u{1f2d}|\u{1f2c}|\u{1f3b}|\u{1f3a}|\u{1f49}|\u{1f48}|\u{3a5}\u{313}\u{342}|\u{1f5d}|\u{1f6c}|\u{1f6b}|\u{1fc8}|\u{1ff9}|\u{1f88}|\u{1f8f}|\u{1f8e}|\u{1f9d}|\u{1f9c}|\u{1fab}|\u{1faa}|\u{1fb9}|\u{1fb8}|\u{1fbf}|\u{397}\u{342}|\u{1fcd}|\u{1fdb}|\u{3a5}\u{308}\u{300}|\u{1fe9}|\u{3a9}\u{342}\u{345}|\u{1ffe}|\u{2013}|\u{201a}|\u{2021}|\u{2036}|\u{203d}|\u{2044}|\u{204b}|\u{2052}|\u{2059}|\u{2075}|\u{207c}|\u{2083}|\u{208a}|\u{2091}|\u{2098}|\u{20a6}|\u{20ad}|\u{20b4}|\u{20bb}|\u{20d0}|\u{20d7}|\u{20de}|\u{20e5}|\u{20ec}|\u{2101}|\u{2108}|\u{210f}|\u{2116}|\u{211d}|\u{2124}|\u{212b}|\u{2132}|\u{2139}|\u{2140}|\u{2147}|\u{2132}|\u{2155}|\u{215c}|\u{2163}|\u{216a}|\u{2161}|\u{2168}|\u{216f}|\u{2186}|\u{2194}|\u{219b}|\u{21a2}|\u{21a9}|\u{21b0}|\u{21b7}|\u{21be}|\u{21c5}|\u{21cc}|\u{21d3}|\u{21da}|\u{21e1}|\u{21e8}|\u{21ef}|\u{21f6}|\u{21fd}|\u{2204}|\u{220b}|\u{2212}|\u{2219}|\u{2220}|\u{2227}|\u{222e}|\u{2235}|\u{223c}|\u{2243}|\u{224a}|\u{2251}|\u{2258}|\u{225f}|\u{2266}|\u{226d}|\u{2274}|\u{227b}|\u{2282}|\u{2289}|\u{2290}|\u{2297}|\u{229e}|\u{22a5}|\u{22ac}|\u{22b3}|\u{22ba}|\u{22c1}|\u{22c8}|\u{22cf}|\u{22d6}|\u{22dd}|\u{22e4}|\u{22eb}|\u{22f2}|\u{22f9}|\u{2300}|\u{2307}|\u{230e}|\u{2315}|\u{231c}|\u{2323}|\u{232a}|\u{2331}|\u{2338}|\u{233f}|\u{2346}|\u{234d}|\u{2354}|\u{235b}|\u{2362}|\u{2369}|\u{2370}|\u{2377}|\u{237e}|\u{2385}|\u{238c}|\u{2393}|\u{239a}|\u{23a1}|\u{23a8}|\u{23af}|\u{23b6}|\u{23bd}|\u{23c4}|\u{23cb}|\u{23d2}|\u{23d9}|\u{23e0}|\u{23e7}|\u{23ee}|\u{23f5}|\u{23fc}|\u{2403}|\u{240a}|\u{2411}|\u{2418}|\u{241f}|\u{2426}|\u{2442}|\u{2449}|\u{2465}|\u{246c}|\u{2473}|\u{247a}|\u{2481}|\u{2488}|\u{248f}|\u{2496}|\u{249d}|\u{24a4}|\u{24ab}|\u{24b2}|\u{24b9}|\u{24c0}|\u{24c7}|\u{24ce}|\u{24bb}|\u{24c2}|\u{24c9}|\u{24ea}|\u{24f1}|\u{24f8}|\u{24ff}|\u{2506}|\u{250d}|\u{2514}|\u{251b}|\u{2522}|\u{2529}|\u{2530}|\u{2537}|\u{253e}|\u{2545}|\u{254c}|\u{2553}|\u{255a}|\u{2561}|\u{2568}|\u{256f}|\u{2576}|\u{257d}|\u{2584}|\u{258b}|\u{2592}|\u{2599}|\u{25a0}|\u{25a7}|\u{25ae}|\u{25b5}|\u{25bc}|\u{25c3}|\u{25ca}|\u{25d1}|\u{25d8}|\u{25df}|\u{25e6}|\u{25ed}|\u{25f4}|\u{25fb}|\u{2602}|\u{2609}|\u{2610}|\u{2617}|\u{261e}|\u{2625}|\u{262c}|\u{2633}|\u{263a}|\u{2641}|\u{2648}|\u{264f}|\u{2656}|\u{265d}|\u{2664}|\u{266b}|\u{2672}|\u{2679}|\u{2680}|\u{2687}|\u{268e}|\u{2695}|\u{269c}|\u{26a3}|\u{26aa}|\u{26b1}|\u{26b8}|\u{26bf}|\u{26c6}|\u{26cd}|\u{26d4}|\u{26db}|\u{26e2}|\u{26e9}|\u{26f0}|\u{26f7}|\u{26fe}|\u{2705}|\u{270c}|\u{2713}|\u{271a}|\u{2721}|\u{2728}|\u{272f}|\u{2736}|\u{273d}|\u{2744}|\u{274b}|\u{2752}|\u{2759}|\u{2760}|\u{2767}|\u{276e}|\u{2775}|\u{277c}|\u{2783}|\u{278a}|\u{2791}|\u{2798}|\u{279f}|\u{27a6}|\u{27ad}|\u{27b4}|\u{27bb}|\u{27c2}|\u{27c9}|\u{27d0}|\u{27d7}|\u{27de}|\u{27e5}|\u{27ec}|\u{27f3}|\u{27fa}|\u{2801}|\u{2808}|\u{280f}|\u{2816}|\u{281d}|\u{2824}|\u{282b}|\u{2832}|\u{2839}|\u{2840}|\u{2847}|\u{284e}|\u{2855}|\u{285c}|\u{2863}|\u{286a}|\u{2871}|\u{2878}|\u{287f}|\u{2886}|\u{288d}|\u{2894}|\u{289b}|\u{28a2}|\u{28a9}|\u{28b0}|\u{28b7}|\u{28be}|\u{28c5}|\u{28cc}|\u{28d3}|\u{28da}|\u{28e1}|\u{28e8}|\u{28ef}|\u{28f6}|\u{28fd}|\u{2904}|\u{290b}|\u{2912}|\u{2919}|\u{2920}|\u{2927}|\u{292e}|\u{2935}|\u{293c}|\u{2943}|\u{294a}|\u{2951}|\u{2958}|\u{295f}|\u{2966}|\u{296d}|\u{2974}|\u{297b}|\u{2982}|\u{2989}|\u{2990}|\u{2997}|\u{299e}|\u{29a5}|\u{29ac}|\u{29b3}|\u{29ba}|\u{29c1}|\u{29c8}|\u{29cf}|\u{29d6}|\u{29dd}|\u{29e4}|\u{29eb}|\u{29f2}|\u{29f9}|\u{2a00}|\u{2a07}|\u{2a0e}|\u{2a15}|\u{2a1c}|\u{2a23}|\u{2a2a}|\u{2a31}|\u{2a38}|\u{2a3f}|\u{2a46}|\u{2a4d}|\u{2a54}|\u{2a5b}|\u{2a62}|\u{2a69}|\u{2a70}|\u{2a77}|\u{2a7e}|\u{2a85}|\u{2a8c}|\u{2a93}|\u{2a9a}|\u{2aa1}|\u{2aa8}|\u{2aaf}|\u{2ab6}|\u{2abd}|\u{2ac4}|\u{2acb}|\u{2ad2}|\u{2ad9}|\u{2ae0}|\u{2ae7}|\u{2aee}|\u{2af5}|\u{2afc}|\u{2b03}|\u{2b0a}|\u{2b11}|\u{2b18}|\u{2b1f}|\u{2b26}|\u{2b2d}|\u{2b34}|\u{2b3b}|\u{2b42}|\u{2b49}|\u{2b50}|\u{2b57}|\u{2b5e}|\u{2b65}|\u{2b6c}|\u{2b73}|\u{2b7a}|\u{2b81}|\u{2b88}|\u{2b8f}|\u{2b9d}|\u{2ba4}|\u{2bab}|\u{2bb2}|\u{2bb9}|\u{2bc0}|\u{2bc7}|\u{2bce}|\u{2bd5}|\u{2bdc}|\u{2be3}|\u{2bea}|\u{2bf1}|\u{2bf8}|\u{2bff}|\u{2c06}|\u{2c0d}|\u{2c14}|\u{2c1b}|\u{2c22}|\u{2c29}|\u{2c00}|\u{2c07}|\u{2c0e}|\u{2c15}|\u{2c1c}|\u{2c23}|\u{2c2a}|\u{2c60}|\u{2c67}|\u{2c6f}|\u{2c75}|\u{2c7d}|\u{2c84}|\u{2c8a}|\u{2c92}|\u{2c98}|\u{2ca0}|\u{2ca6}|\u{2cae}|\u{2cb4}|\u{2cbc}|\u{2cc2}|\u{2cca}|\u{2cd0}|\u{2cd8}|\u{2cde}|\u{2ce6}|\u{2ced}|\u{2cfb}|\u{10a2}|\u{10a9}|\u{10b0}|\u{10b7}|\u{10be}|\u{10c5}|\u{2d33}|\u{2d3a}|\u{2d41}|\u{2d48}|\u{2d4f}|\u{2d56}|\u{2d5d}|\u{2d64}|\u{2d80}|\u{2d87}|\u{2d8e}|\u{2d95}|\u{2da3}|\u{2daa}|\u{2db1}|\u{2db8}|\u{2dc6}|\u{2dcd}|\u{2dd4}|\u{2ddb}|\u{2de2}|\u{2de9}|\u{2df0}|\u{2df7}|\u{2dfe}|\u{2e05}|\u{2e0c}|\u{2e13}|\u{2e1a}|\u{2e21}|\u{2e28}|\u{2e2f}|\u{2e36}|\u{2e3d}|\u{2e44}|\u{2e4b}|\u{2e52}|\u{2e59}|\u{2e83}|\u{2e8a}|\u{2e91}|\u{2e98}|\u{2e9f}|\u{2ea6}|\u{2ead}|\u{2eb4}|\u{2ebb}|\u{2ec2}|\u{2ec9}|\u{2ed0}|\u{2ed7}|\u{2ede}|\u{2ee5}|\u{2eec}|\u{2ef3}|\u{2f01}|\u{2f08}|\u{2f0f}|\u{2f16}|\u{2f1d}|\u{2f24}|\u{2f2b}|\u{2f32}|\u{2f39}|\u{2f40}|\u{2f47}|\u{2f4e}|\u{2f55}|\u{2f5c}|\u{2f63}|\u{2f6a}|\u{2f71}|\u{2f78}|\u{2f7f}|\u{2f86}|\u{2f8d}|\u{2f94}|\u{2f9b}|\u{2fa2}|\u{2fa9}|\u{2fb0}|\u{2fb7}|\u{2fbe}|\u{2fc5}|\u{2fcc}|\u{2fd3}|\u{2ff6}|\u{3176}|\u{3345}|\u{37f5}|\u{38c1}|\u{396f}|\u{3aa4}|\u{3b30}|\u{3dcd}|\u{3e43}|\u{3eab}|\u{3fa2}|\u{3fc0}|\u{456d}|\u{4613}|\u{46c4}|\u{46f4}|\u{4784}|\u{4b26}|\u{4cbd}|\u{4d69}|\u{4dad}|\u{4ee5}|\u{500e}|\u{5037}|\u{5188}|\u{525a}|\u{536b}|\u{53bb}|\u{54cc}|\u{5601}|\u{572f}|\u{588e}|\u{595e}|\u{5d33}|\u{5f54}|\u{6024}|\u{602a}|\u{610d}|\u{627d}|\u{62e0}|\u{63ee}|\u{6403}|\u{6447}|\u{661f}|\u{6753}|\u{6764}|\u{6b3f}|\u{6e84}|\u{7402}|\u{7750}|\u{7812}|\u{7c69}|\u{7cc1}|\u{8237}|\u{8507}|\u{85b3}|\u{8719}|\u{8797}|\u{87ee}|\u{8896}|\u{8d39}|\u{8d65}|\u{8e09}|\u{8e2c}|\u{8e96}|\u{8ea7}|\u{8f69}|\u{9006}|\u{914e}|\u{92d2}|\u{952c}|\u{9558}|\u{9625}|\u{9654}|\u{9755}|\u{975c}|\u{9d05}|\u{9dfd}|\u{9ff6}|\u{a10e}|\u{a39b}|\u{a3c1}|\u{a4ad}|\u{a8aa}|\u{a985}|\u{aae2}|\u{aaef}|\u{ac48}|\u{acbe}|\u{adb7}|\u{ae7e}|\u{ae86}|\u{aefb}|\u{af38}|\u{b34e}|\u{b3b9}|\u{b3f1}|\u{b9e2}|\u{bf65}|\u{c0e5}|\u{c1a1}|\u{c420}|\u{c4ca}|\u{c533}|\u{c702}|\u{c79f}|\u{c93a}|\u{ca57}|\u{cf58}|\u{cf9a}|\u{d023}|\u{d108}|\u{d460}|\u{d482}|\u{d70d}|\u{fad1}|\u{fb71}|\u{fe39}|\u{fea5}|\u{fef5}|\u{ff20}|\u{ff33}|\u{1003d}|\u{100e7}|\u{10183}|\u{103d0}|\u{10939}|\u{11170}|\u{111ae}|\u{111e2}|\u{112a9}|\u{11414}|\u{11446}|\u{119b6}|\u{11d67}|\u{11da9}|\u{11fde}|\u{121ed}|\u{12245}|\u{131c6}|\u{13333}|\u{144d5}|\u{14562}|\u{14569}|\u{14594}|\u{145af}|\u{145f7}|\u{16859}|\u{1687c}|\u{1693a}|\u{1712f}|\u{17167}|\u{17298}|\u{172eb}|\u{1735f}|\u{173f6}|\u{1744e}|\u{17736}|\u{177ab}|\u{17819}|\u{179dd}|\u{17aa4}|\u{17b61}|\u{17c2b}|\u{17d00}|\u{17d04}|\u{17d83}|\u{17df6}|\u{180ae}|\u{181f1}|\u{18531}|\u{18555}|\u{185b5}|\u{185eb}|\u{186ef}|\u{189b1}|\u{18a7e}|\u{18aa2}|\u{1b2d7}|\u{1d1c5}|\u{1d4bf}|\u{1d6d9}|\u{1d77d}|\u{1d8ad}|\u{1d9b4}|\u{1ec89}|\u{1f500}|\u{1f516}|\u{1f59b}|\u{1f5d8}|\u{200b3}|\u{2014f}|\u{2017d}|\u{201bd}|\u{2022f}|\u{20375}|\u{206e5}|\u{20741}|\u{2077c}|\u{20789}|\u{208db}|\u{20b20}|\u{20e3e}|\u{20edb}|\u{212f4}|\u{2143b}|\u{21598}|\u{21677}|\u{21840}|\u{219b5}|\u{21b96}|\u{21ca0}|\u{21cbd}|\u{21ce9}|\u{21e3d}|\u{21e4c}|\u{21f32}|\u{22008}|\u{220be}|\u{220ef}|\u{22101}|\u{222ee}|\u{2256a}|\u{227d6}|\u{2280a}|\u{229e6}|\u{22ac6}|\u{22bef}|\u{22c0a}|\u{22c64}|\u{22cd9}|\u{22def}|\u{230a7}|\u{23113}|\u{231c8}|\u{2325e}|\u{232e1}|\u{23447}|\u{23651}|\u{2371e}|\u{2380d}|\u{23992}|\u{23a61}|\u{23dcf}|\u{23eab}|\u{2424a}|\u{242e0}|\u{2444b}|\u{2447a}|\u{24733}|\u{24824}|\u{248b5}|\u{24a2d}|\u{24abf}|\u{24bf1}|\u{24c3f}|\u{24d15}|\u{24f56}|\u{24fca}|\u{251c5}|\u{25337}|\u{255a8}|\u{255da}|\u{256a8}|\u{257b6}|\u{25868}|\u{2592c}|\u{25afb}|\u{25ba4}|\u{25db7}|\u{25f42}|\u{2634e}|\u{26463}|\u{26769}|\u{26c41}|\u{26e5a}|\u{27006}|\u{27052}|\u{2735c}|\u{2786e}|\u{27c55}|\u{27dc6}|\u{27dd2}|\u{27e13}|\u{27f2d}|\u{28137}|\u{28165}|\u{2824c}|\u{28701}|\u{28725}|\u{287a9}|\u{289a8}|\u{289e4}|\u{28a1d}|\u{28c33}|\u{291e4}|\u{29327}|\u{2933a}|\u{2971d}|\u{2975a}|\u{297a9}|\u{297cc}|\u{297ea}|\u{299a5}|\u{29da3}|\u{29fa8}|\u{2a1df}|\u{2a265}|\u{2a4a7}|\u{2aaa6}|\u{2abdd}|\u{2ad3a}|\u{2ad5b}|\u{2ae71}|\u{2b029}|\u{2b0f5}|\u{2b403}|\u{2b74a}|\u{2b95a}|\u{2b9b1}|\u{2ba20}|\u{2bcbe}|\u{2bf18}|\u{2bf9f}|\u{2c13b}|\u{2c144}|\u{2c347}|\u{2c3c4}|\u{2c416}|\u{2c41f}|\u{2c59c}|\u{2c697}|\u{2c84e}|\u{2cab5}|\u{2cb25}|\u{2cd9c}|\u{2ce8e}|\u{2d1b7}|\u{2d751}|\u{2d7cf}|\u{2d7f6}|\u{2dd50}|\u{2de04}|\u{2df3b}|\u{2dfe5}|\u{2e0a1}|\u{2e0cd}|\u{2e280}|\u{2e402}|\u{2e415}|\u{2e419}|\u{2e681}|\u{2e7a8}|\u{2e859}|\u{2e8a9}|\u{2e8d7}|\u{2e912}|\u{2ea03}|\u{2ea9c}|\u{2ebc5}|\u{30052}|\u{30067}|\u{30209}|\u{30588}|\u{305b2}|\u{30957}|\u{30cdf}|\u{30e81}|\u{30f42}|\u{30f81}|\u{310bc}|\u{310ed}|\u{e019b}|");
    assert_eq!(got_fold, "#|*|1|8|?|f|m|t|[|b|i|p|w|~|\u{a1}|\u{a8}|\u{af}|\u{b6}|\u{bd}|\u{e4}|\u{eb}|\u{f2}|\u{f9}|\u{e0}|\u{e7}|\u{ee}|\u{f5}|\u{fc}|\u{103}|\u{10b}|\u{111}|\u{119}|\u{11f}|\u{127}|\u{12d}|\u{135}|\u{13c}|\u{142}|\u{2bc}n|\u{151}|\u{157}|\u{15f}|\u{165}|\u{16d}|\u{173}|\u{17a}|\u{253}|\u{188}|\u{259}|\u{269}|\u{272}|\u{1a5}|\u{1ab}|\u{28b}|\u{1b9}|\u{1c0}|\u{1c9}|\u{1ce}|\u{1d6}|\u{1dc}|\u{1e3}|\u{1eb}|\u{1f3}|\u{1f9}|\u{1ff}|\u{207}|\u{20d}|\u{215}|\u{21b}|\u{223}|\u{229}|\u{231}|\u{237}|\u{2c66}|\u{28c}|\u{24d}|\u{253}|\u{25a}|\u{261}|\u{268}|\u{26f}|\u{276}|\u{27d}|\u{284}|\u{28b}|\u{292}|\u{299}|\u{2a0}|\u{2a7}|\u{2ae}|\u{2b5}|\u{2bc}|\u{2c3}|\u{2ca}|\u{2d1}|\u{2d8}|\u{2df}|\u{2e6}|\u{2ed}|\u{2f4}|\u{2fb}|\u{302}|\u{309}|\u{310}|\u{317}|\u{31e}|\u{325}|\u{32c}|\u{333}|\u{33a}|\u{341}|\u{348}|\u{34f}|\u{356}|\u{35d}|\u{364}|\u{36b}|\u{373}|\u{387}|\u{3cd}|\u{3b5}|\u{3bc}|\u{3c3}|\u{3ca}|\u{3b1}|\u{3b8}|\u{3bf}|\u{3c6}|\u{3cd}|\u{3d4}|\u{3db}|\u{3e3}|\u{3e9}|\u{3ba}|\u{3f8}|\u{37c}|\u{455}|\u{45c}|\u{433}|\u{43a}|\u{441}|\u{448}|\u{44f}|\u{436}|\u{43d}|\u{444}|\u{44b}|\u{452}|\u{459}|\u{461}|\u{467}|\u{46f}|\u{475}|\u{47d}|\u{483}|\u{48b}|\u{491}|\u{499}|\u{49f}|\u{4a7}|\u{4ad}|\u{4b5}|\u{4bb}|\u{4c2}|\u{4ca}|\u{4d1}|\u{4d7}|\u{4df}|\u{4e5}|\u{4ed}|\u{4f3}|\u{4fb}|\u{501}|\u{509}|\u{50f}|\u{517}|\u{51d}|\u{525}|\u{52b}|\u{562}|\u{569}|\u{570}|\u{577}|\u{57e}|\u{585}|\u{55c}|\u{563}|\u{56a}|\u{571}|\u{578}|\u{57f}|\u{586}|\u{58d}|\u{594}|\u{59b}|\u{5a2}|\u{5a9}|\u{5b0}|\u{5b7}|\u{5be}|\u{5c5}|\u{5d3}|\u{5da}|\u{5e1}|\u{5e8}|\u{5ef}|\u{60b}|\u{612}|\u{619}|\u{620}|\u{627}|\u{62e}|\u{635}|\u{63c}|\u{643}|\u{64a}|\u{651}|\u{658}|\u{65f}|\u{666}|\u{66d}|\u{674}|\u{67b}|\u{682}|\u{689}|\u{690}|\u{697}|\u{69e}|\u{6a5}|\u{6ac}|\u{6b3}|\u{6ba}|\u{6c1}|\u{6c8}|\u{6cf}|\u{6d6}|\u{6e4}|\u{6eb}|\u{6f2}|\u{6f9}|\u{700}|\u{707}|\u{715}|\u{71c}|\u{723}|\u{72a}|\u{731}|\u{738}|\u{73f}|\u{746}|\u{74d}|\u{754}|\u{75b}|\u{762}|\u{769}|\u{770}|\u{777}|\u{77e}|\u{785}|\u{78c}|\u{793}|\u{79a}|\u{7a1}|\u{7a8}|\u{7af}|\u{7c4}|\u{7cb}|\u{7d2}|\u{7d9}|\u{7e0}|\u{7e7}|\u{7ee}|\u{7f5}|\u{803}|\u{80a}|\u{811}|\u{818}|\u{81f}|\u{826}|\u{82d}|\u{834}|\u{83b}|\u{842}|\u{849}|\u{850}|\u{857}|\u{85e}|\u{865}|\u{873}|\u{87a}|\u{881}|\u{888}|\u{89d}|\u{8a4}|\u{8ab}|\u{8b2}|\u{8b9}|\u{8c0}|\u{8c7}|\u{8ce}|\u{8d5}|\u{8dc}|\u{8e3}|\u{8ea}|\u{8f1}|\u{8f8}|\u{8ff}|\u{906}|\u{90d}|\u{914}|\u{91b}|\u{922}|\u{929}|\u{930}|\u{937}|\u{93e}|\u{945}|\u{94c}|\u{953}|\u{95a}|\u{961}|\u{968}|\u{96f}|\u{976}|\u{97d}|\u{98b}|\u{999}|\u{9a0}|\u{9a7}|\u{9ae}|\u{9bc}|\u{9c3}|\u{9df}|\u{9e6}|\u{9ed}|\u{9f4}|\u{9fb}|\u{a02}|\u{a09}|\u{a10}|\u{a17}|\u{a1e}|\u{a25}|\u{a2c}|\u{a33}|\u{a41}|\u{a48}|\u{a6b}|\u{a72}|\u{a87}|\u{a95}|\u{a9c}|\u{aa3}|\u{aaa}|\u{ab8}|\u{abf}|\u{acd}|\u{ae2}|\u{ae9}|\u{af0}|\u{afe}|\u{b05}|\u{b0c}|\u{b13}|\u{b1a}|\u{b21}|\u{b28}|\u{b2f}|\u{b36}|\u{b3d}|\u{b44}|\u{b4b}|\u{b60}|\u{b67}|\u{b6e}|\u{b75}|\u{b83}|\u{b8a}|\u{b9f}|\u{bb4}|\u{bc2}|\u{bd0}|\u{bd7}|\u{bec}|\u{bf3}|\u{bfa}|\u{c01}|\u{c08}|\u{c0f}|\u{c16}|\u{c1d}|\u{c24}|\u{c2b}|\u{c32}|\u{c39}|\u{c40}|\u{c47}|\u{c55}|\u{c63}|\u{c6a}|\u{c78}|\u{c7f}|\u{c86}|\u{c94}|\u{c9b}|\u{ca2}|\u{cb0}|\u{cb7}|\u{cbe}|\u{ccc}|\u{ce1}|\u{ce8}|\u{cef}|\u{d04}|\u{d0b}|\u{d12}|\u{d19}|\u{d20}|\u{d27}|\u{d2e}|\u{d35}|\u{d3c}|\u{d43}|\u{d4a}|\u{d58}|\u{d5f}|\u{d66}|\u{d6d}|\u{d74}|\u{d7b}|\u{d82}|\u{d89}|\u{d90}|\u{d9e}|\u{da5}|\u{dac}|\u{db3}|\u{dba}|\u{dc1}|\u{dcf}|\u{dd6}|\u{ddd}|\u{deb}|\u{df2}|\u{e07}|\u{e0e}|\u{e15}|\u{e1c}|\u{e23}|\u{e2a}|\u{e31}|\u{e38}|\u{e3f}|\u{e46}|\u{e4d}|\u{e54}|\u{e5b}|\u{e8c}|\u{e93}|\u{e9a}|\u{ea1}|\u{ea8}|\u{eaf}|\u{eb6}|\u{ebd}|\u{ec4}|\u{ecb}|\u{ed2}|\u{ed9}|\u{f03}|\u{f0a}|\u{f11}|\u{f18}|\u{f1f}|\u{f26}|\u{f2d}|\u{f34}|\u{f3b}|\u{f42}|\u{f49}|\u{f50}|\u{f57}|\u{f5e}|\u{f65}|\u{f6c}|\u{f73}|\u{f7a}|\u{f81}|\u{f88}|\u{f8f}|\u{f96}|\u{f9d}|\u{fa4}|\u{fab}|\u{fb2}|\u{fb9}|\u{fc0}|\u{fc7}|\u{fce}|\u{fd5}|\u{1006}|\u{100d}|\u{1014}|\u{101b}|\u{1022}|\u{1029}|\u{1030}|\u{1037}|\u{103e}|\u{1045}|\u{104c}|\u{1053}|\u{105a}|\u{1061}|\u{1068}|\u{106f}|\u{1076}|\u{107d}|\u{1084}|\u{108b}|\u{1092}|\u{1099}|\u{2d00}|\u{2d07}|\u{2d0e}|\u{2d15}|\u{2d1c}|\u{2d23}|\u{10d1}|\u{10d8}|\u{10df}|\u{10e6}|\u{10ed}|\u{10f4}|\u{10fb}|\u{1102}|\u{1109}|\u{1110}|\u{1117}|\u{111e}|\u{1125}|\u{112c}|\u{1133}|\u{113a}|\u{1141}|\u{1148}|\u{114f}|\u{1156}|\u{115d}|\u{1164}|\u{116b}|\u{1172}|\u{1179}|\u{1180}|\u{1187}|\u{118e}|\u{1195}|\u{119c}|\u{11a3}|\u{11aa}|\u{11b1}|\u{11b8}|\u{11bf}|\u{11c6}|\u{11cd}|\u{11d4}|\u{11db}|\u{11e2}|\u{11e9}|\u{11f0}|\u{11f7}|\u{11fe}|\u{1205}|\u{120c}|\u{1213}|\u{121a}|\u{1221}|\u{1228}|\u{122f}|\u{1236}|\u{123d}|\u{1244}|\u{124b}|\u{1252}|\u{1260}|\u{1267}|\u{126e}|\u{1275}|\u{127c}|\u{1283}|\u{128a}|\u{1291}|\u{1298}|\u{129f}|\u{12a6}|\u{12ad}|\u{12b4}|\u{12bb}|\u{12c2}|\u{12c9}|\u{12d0}|\u{12de}|\u{12e5}|\u{12ec}|\u{12f3}|\u{12fa}|\u{1301}|\u{1308}|\u{130f}|\u{131d}|\u{1324}|\u{132b}|\u{1332}|\u{1339}|\u{1340}|\u{1347}|\u{134e}|\u{1355}|\u{1363}|\u{136a}|\u{1371}|\u{1378}|\u{1386}|\u{138d}|\u{1394}|\u{13a2}|\u{13a9}|\u{13b0}|\u{13b7}|\u{13be}|\u{13c5}|\u{13cc}|\u{13d3}|\u{13da}|\u{13e1}|\u{13e8}|\u{13ef}|\u{13f5}|\u{1404}|\u{140b}|\u{1412}|\u{1419}|\u{1420}|\u{1427}|\u{142e}|\u{1435}|\u{143c}|\u{1443}|\u{144a}|\u{1451}|\u{1458}|\u{145f}|\u{1466}|\u{146d}|\u{1474}|\u{147b}|\u{1482}|\u{1489}|\u{1490}|\u{1497}|\u{149e}|\u{14a5}|\u{14ac}|\u{14b3}|\u{14ba}|\u{14c1}|\u{14c8}|\u{14cf}|\u{14d6}|\u{14dd}|\u{14e4}|\u{14eb}|\u{14f2}|\u{14f9}|\u{1500}|\u{1507}|\u{150e}|\u{1515}|\u{151c}|\u{1523}|\u{152a}|\u{1531}|\u{1538}|\u{153f}|\u{1546}|\u{154d}|\u{1554}|\u{155b}|\u{1562}|\u{1569}|\u{1570}|\u{1577}|\u{157e}|\u{1585}|\u{158c}|\u{1593}|\u{159a}|\u{15a1}|\u{15a8}|\u{15af}|\u{15b6}|\u{15bd}|\u{15c4}|\u{15cb}|\u{15d2}|\u{15d9}|\u{15e0}|\u{15e7}|\u{15ee}|\u{15f5}|\u{15fc}|\u{1603}|\u{160a}|\u{1611}|\u{1618}|\u{161f}|\u{1626}|\u{162d}|\u{1634}|\u{163b}|\u{1642}|\u{1649}|\u{1650}|\u{1657}|\u{165e}|\u{1665}|\u{166c}|\u{1673}|\u{167a}|\u{1681}|\u{1688}|\u{168f}|\u{1696}|\u{16a4}|\u{16ab}|\u{16b2}|\u{16b9}|\u{16c0}|\u{16c7}|\u{16ce}|\u{16d5}|\u{16dc}|\u{16e3}|\u{16ea}|\u{16f1}|\u{16f8}|\u{1706}|\u{170d}|\u{1714}|\u{1722}|\u{1729}|\u{1730}|\u{1745}|\u{174c}|\u{1753}|\u{1761}|\u{1768}|\u{176f}|\u{1784}|\u{178b}|\u{1792}|\u{1799}|\u{17a0}|\u{17a7}|\u{17ae}|\u{17b5}|\u{17bc}|\u{17c3}|\u{17ca}|\u{17d1}|\u{17d8}|\u{17e6}|\u{17f4}|\u{1802}|\u{1809}|\u{1810}|\u{1817}|\u{1825}|\u{182c}|\u{1833}|\u{183a}|\u{1841}|\u{1848}|\u{184f}|\u{1856}|\u{185d}|\u{1864}|\u{186b}|\u{1872}|\u{1880}|\u{1887}|\u{188e}|\u{1895}|\u{189c}|\u{18a3}|\u{18aa}|\u{18b1}|\u{18b8}|\u{18bf}|\u{18c6}|\u{18cd}|\u{18d4}|\u{18db}|\u{18e2}|\u{18e9}|\u{18f0}|\u{1905}|\u{190c}|\u{1913}|\u{191a}|\u{1921}|\u{1928}|\u{1936}|\u{1944}|\u{194b}|\u{1952}|\u{1959}|\u{1960}|\u{1967}|\u{1983}|\u{198a}|\u{1991}|\u{1998}|\u{199f}|\u{19a6}|\u{19b4}|\u{19bb}|\u{19c2}|\u{19c9}|\u{19d0}|\u{19d7}|\u{19de}|\u{19e5}|\u{19ec}|\u{19f3}|\u{19fa}|\u{1a01}|\u{1a08}|\u{1a0f}|\u{1a16}|\u{1a24}|\u{1a2b}|\u{1a32}|\u{1a39}|\u{1a40}|\u{1a47}|\u{1a4e}|\u{1a55}|\u{1a5c}|\u{1a63}|\u{1a6a}|\u{1a71}|\u{1a78}|\u{1a7f}|\u{1a86}|\u{1a94}|\u{1aa2}|\u{1aa9}|\u{1ab0}|\u{1ab7}|\u{1abe}|\u{1ac5}|\u{1acc}|\u{1b04}|\u{1b0b}|\u{1b12}|\u{1b19}|\u{1b20}|\u{1b27}|\u{1b2e}|\u{1b35}|\u{1b3c}|\u{1b43}|\u{1b4a}|\u{1b51}|\u{1b58}|\u{1b5f}|\u{1b66}|\u{1b6d}|\u{1b74}|\u{1b7b}|\u{1b82}|\u{1b89}|\u{1b90}|\u{1b97}|\u{1b9e}|\u{1ba5}|\u{1bac}|\u{1bb3}|\u{1bba}|\u{1bc1}|\u{1bc8}|\u{1bcf}|\u{1bd6}|\u{1bdd}|\u{1be4}|\u{1beb}|\u{1bf2}|\u{1c00}|\u{1c07}|\u{1c0e}|\u{1c15}|\u{1c1c}|\u{1c23}|\u{1c2a}|\u{1c31}|\u{1c3f}|\u{1c46}|\u{1c4d}|\u{1c54}|\u{1c5b}|\u{1c62}|\u{1c69}|\u{1c70}|\u{1c77}|\u{1c7e}|\u{442}|\u{10d3}|\u{10da}|\u{10e1}|\u{10e8}|\u{10ef}|\u{10f6}|\u{10fd}|\u{1cc4}|\u{1cd2}|\u{1cd9}|\u{1ce0}|\u{1ce7}|\u{1cee}|\u{1cf5}|\u{1d03}|\u{1d0a}|\u{1d11}|\u{1d18}|\u{1d1f}|\u{1d26}|\u{1d2d}|\u{1d34}|\u{1d3b}|\u{1d42}|\u{1d49}|\u{1d50}|\u{1d57}|\u{1d5e}|\u{1d65}|\u{1d6c}|\u{1d73}|\u{1d7a}|\u{1d81}|\u{1d88}|\u{1d8f}|\u{1d96}|\u{1d9d}|\u{1da4}|\u{1dab}|\u{1db2}|\u{1db9}|\u{1dc0}|\u{1dc7}|\u{1dce}|\u{1dd5}|\u{1ddc}|\u{1de3}|\u{1dea}|\u{1df1}|\u{1df8}|\u{1dff}|\u{1e07}|\u{1e0d}|\u{1e15}|\u{1e1b}|\u{1e23}|\u{1e29}|\u{1e31}|\u{1e37}|\u{1e3f}|\u{1e45}|\u{1e4d}|\u{1e53}|\u{1e5b}|\u{1e61}|\u{1e69}|\u{1e6f}|\u{1e77}|\u{1e7d}|\u{1e85}|\u{1e8b}|\u{1e93}|y\u{30a}|\u{1ea1}|\u{1ea7}|\u{1eaf}|\u{1eb5}|\u{1ebd}|\u{1ec3}|\u{1ecb}|\u{1ed1}|\u{1ed9}|\u{1edf}|\u{1ee7}|\u{1eed}|\u{1ef5}|\u{1efb}|\u{1f02}|\u{1f01}|\u{1f10}|\u{1f25}|\u{1f24}|\u{1f33}|\u{1f32}|\u{1f41}|\u{1f40}|\u{3c5}\u{313}\u{342}|\u{1f55}|\u{1f64}|\u{1f63}|\u{1f72}|\u{1f79}|\u{1f00}\u{3b9}|\u{1f07}\u{3b9}|\u{1f06}\u{3b9}|\u{1f25}\u{3b9}|\u{1f24}\u{3b9}|\u{1f63}\u{3b9}|\u{1f62}\u{3b9}|\u{1fb1}|\u{1fb0}|\u{1fbf}|\u{3b7}\u{342}|\u{1fcd}|\u{1f77}|\u{3c5}\u{308}\u{300}|\u{1fe1}|\u{3c9}\u{342}\u{3b9}|\u{1ffe}|\u{2013}|\u{201a}|\u{2021}|\u{2036}|\u{203d}|\u{2044}|\u{204b}|\u{2052}|\u{2059}|\u{2075}|\u{207c}|\u{2083}|\u{208a}|\u{2091}|\u{2098}|\u{20a6}|\u{20ad}|\u{20b4}|\u{20bb}|\u{20d0}|\u{20d7}|\u{20de}|\u{20e5}|\u{20ec}|\u{2101}|\u{2108}|\u{210f}|\u{2116}|\u{211d}|\u{2124}|\u{e5}|\u{214e}|\u{2139}|\u{2140}|\u{2147}|\u{214e}|\u{2155}|\u{215c}|\u{2173}|\u{217a}|\u{2171}|\u{2178}|\u{217f}|\u{2186}|\u{2194}|\u{219b}|\u{21a2}|\u{21a9}|\u{21b0}|\u{21b7}|\u{21be}|\u{21c5}|\u{21cc}|\u{21d3}|\u{21da}|\u{21e1}|\u{21e8}|\u{21ef}|\u{21f6}|\u{21fd}|\u{2204}|\u{220b}|\u{2212}|\u{2219}|\u{2220}|\u{2227}|\u{222e}|\u{2235}|\u{223c}|\u{2243}|\u{224a}|\u{2251}|\u{2258}|\u{225f}|\u{2266}|\u{226d}|\u{2274}|\u{227b}|\u{2282}|\u{2289}|\u{2290}|\u{2297}|\u{229e}|\u{22a5}|\u{22ac}|\u{22b3}|\u{22ba}|\u{22c1}|\u{22c8}|\u{22cf}|\u{22d6}|\u{22dd}|\u{22e4}|\u{22eb}|\u{22f2}|\u{22f9}|\u{2300}|\u{2307}|\u{230e}|\u{2315}|\u{231c}|\u{2323}|\u{232a}|\u{2331}|\u{2338}|\u{233f}|\u{2346}|\u{234d}|\u{2354}|\u{235b}|\u{2362}|\u{2369}|\u{2370}|\u{2377}|\u{237e}|\u{2385}|\u{238c}|\u{2393}|\u{239a}|\u{23a1}|\u{23a8}|\u{23af}|\u{23b6}|\u{23bd}|\u{23c4}|\u{23cb}|\u{23d2}|\u{23d9}|\u{23e0}|\u{23e7}|\u{23ee}|\u{23f5}|\u{23fc}|\u{2403}|\u{240a}|\u{2411}|\u{2418}|\u{241f}|\u{2426}|\u{2442}|\u{2449}|\u{2465}|\u{246c}|\u{2473}|\u{247a}|\u{2481}|\u{2488}|\u{248f}|\u{2496}|\u{249d}|\u{24a4}|\u{24ab}|\u{24b2}|\u{24d3}|\u{24da}|\u{24e1}|\u{24e8}|\u{24d5}|\u{24dc}|\u{24e3}|\u{24ea}|\u{24f1}|\u{24f8}|\u{24ff}|\u{2506}|\u{250d}|\u{2514}|\u{251b}|\u{2522}|\u{2529}|\u{2530}|\u{2537}|\u{253e}|\u{2545}|\u{254c}|\u{2553}|\u{255a}|\u{2561}|\u{2568}|\u{256f}|\u{2576}|\u{257d}|\u{2584}|\u{258b}|\u{2592}|\u{2599}|\u{25a0}|\u{25a7}|\u{25ae}|\u{25b5}|\u{25bc}|\u{25c3}|\u{25ca}|\u{25d1}|\u{25d8}|\u{25df}|\u{25e6}|\u{25ed}|\u{25f4}|\u{25fb}|\u{2602}|\u{2609}|\u{2610}|\u{2617}|\u{261e}|\u{2625}|\u{262c}|\u{2633}|\u{263a}|\u{2641}|\u{2648}|\u{264f}|\u{2656}|\u{265d}|\u{2664}|\u{266b}|\u{2672}|\u{2679}|\u{2680}|\u{2687}|\u{268e}|\u{2695}|\u{269c}|\u{26a3}|\u{26aa}|\u{26b1}|\u{26b8}|\u{26bf}|\u{26c6}|\u{26cd}|\u{26d4}|\u{26db}|\u{26e2}|\u{26e9}|\u{26f0}|\u{26f7}|\u{26fe}|\u{2705}|\u{270c}|\u{2713}|\u{271a}|\u{2721}|\u{2728}|\u{272f}|\u{2736}|\u{273d}|\u{2744}|\u{274b}|\u{2752}|\u{2759}|\u{2760}|\u{2767}|\u{276e}|\u{2775}|\u{277c}|\u{2783}|\u{278a}|\u{2791}|\u{2798}|\u{279f}|\u{27a6}|\u{27ad}|\u{27b4}|\u{27bb}|\u{27c2}|\u{27c9}|\u{27d0}|\u{27d7}|\u{27de}|\u{27e5}|\u{27ec}|\u{27f3}|\u{27fa}|\u{2801}|\u{2808}|\u{280f}|\u{2816}|\u{281d}|\u{2824}|\u{282b}|\u{2832}|\u{2839}|\u{2840}|\u{2847}|\u{284e}|\u{2855}|\u{285c}|\u{2863}|\u{286a}|\u{2871}|\u{2878}|\u{287f}|\u{2886}|\u{288d}|\u{2894}|\u{289b}|\u{28a2}|\u{28a9}|\u{28b0}|\u{28b7}|\u{28be}|\u{28c5}|\u{28cc}|\u{28d3}|\u{28da}|\u{28e1}|\u{28e8}|\u{28ef}|\u{28f6}|\u{28fd}|\u{2904}|\u{290b}|\u{2912}|\u{2919}|\u{2920}|\u{2927}|\u{292e}|\u{2935}|\u{293c}|\u{2943}|\u{294a}|\u{2951}|\u{2958}|\u{295f}|\u{2966}|\u{296d}|\u{2974}|\u{297b}|\u{2982}|\u{2989}|\u{2990}|\u{2997}|\u{299e}|\u{29a5}|\u{29ac}|\u{29b3}|\u{29ba}|\u{29c1}|\u{29c8}|\u{29cf}|\u{29d6}|\u{29dd}|\u{29e4}|\u{29eb}|\u{29f2}|\u{29f9}|\u{2a00}|\u{2a07}|\u{2a0e}|\u{2a15}|\u{2a1c}|\u{2a23}|\u{2a2a}|\u{2a31}|\u{2a38}|\u{2a3f}|\u{2a46}|\u{2a4d}|\u{2a54}|\u{2a5b}|\u{2a62}|\u{2a69}|\u{2a70}|\u{2a77}|\u{2a7e}|\u{2a85}|\u{2a8c}|\u{2a93}|\u{2a9a}|\u{2aa1}|\u{2aa8}|\u{2aaf}|\u{2ab6}|\u{2abd}|\u{2ac4}|\u{2acb}|\u{2ad2}|\u{2ad9}|\u{2ae0}|\u{2ae7}|\u{2aee}|\u{2af5}|\u{2afc}|\u{2b03}|\u{2b0a}|\u{2b11}|\u{2b18}|\u{2b1f}|\u{2b26}|\u{2b2d}|\u{2b34}|\u{2b3b}|\u{2b42}|\u{2b49}|\u{2b50}|\u{2b57}|\u{2b5e}|\u{2b65}|\u{2b6c}|\u{2b73}|\u{2b7a}|\u{2b81}|\u{2b88}|\u{2b8f}|\u{2b9d}|\u{2ba4}|\u{2bab}|\u{2bb2}|\u{2bb9}|\u{2bc0}|\u{2bc7}|\u{2bce}|\u{2bd5}|\u{2bdc}|\u{2be3}|\u{2bea}|\u{2bf1}|\u{2bf8}|\u{2bff}|\u{2c36}|\u{2c3d}|\u{2c44}|\u{2c4b}|\u{2c52}|\u{2c59}|\u{2c30}|\u{2c37}|\u{2c3e}|\u{2c45}|\u{2c4c}|\u{2c53}|\u{2c5a}|\u{2c61}|\u{2c68}|\u{250}|\u{2c76}|\u{2c7d}|\u{2c85}|\u{2c8b}|\u{2c93}|\u{2c99}|\u{2ca1}|\u{2ca7}|\u{2caf}|\u{2cb5}|\u{2cbd}|\u{2cc3}|\u{2ccb}|\u{2cd1}|\u{2cd9}|\u{2cdf}|\u{2ce6}|\u{2cee}|\u{2cfb}|\u{2d02}|\u{2d09}|\u{2d10}|\u{2d17}|\u{2d1e}|\u{2d25}|\u{2d33}|\u{2d3a}|\u{2d41}|\u{2d48}|\u{2d4f}|\u{2d56}|\u{2d5d}|\u{2d64}|\u{2d80}|\u{2d87}|\u{2d8e}|\u{2d95}|\u{2da3}|\u{2daa}|\u{2db1}|\u{2db8}|\u{2dc6}|\u{2dcd}|\u{2dd4}|\u{2ddb}|\u{2de2}|\u{2de9}|\u{2df0}|\u{2df7}|\u{2dfe}|\u{2e05}|\u{2e0c}|\u{2e13}|\u{2e1a}|\u{2e21}|\u{2e28}|\u{2e2f}|\u{2e36}|\u{2e3d}|\u{2e44}|\u{2e4b}|\u{2e52}|\u{2e59}|\u{2e83}|\u{2e8a}|\u{2e91}|\u{2e98}|\u{2e9f}|\u{2ea6}|\u{2ead}|\u{2eb4}|\u{2ebb}|\u{2ec2}|\u{2ec9}|\u{2ed0}|\u{2ed7}|\u{2ede}|\u{2ee5}|\u{2eec}|\u{2ef3}|\u{2f01}|\u{2f08}|\u{2f0f}|\u{2f16}|\u{2f1d}|\u{2f24}|\u{2f2b}|\u{2f32}|\u{2f39}|\u{2f40}|\u{2f47}|\u{2f4e}|\u{2f55}|\u{2f5c}|\u{2f63}|\u{2f6a}|\u{2f71}|\u{2f78}|\u{2f7f}|\u{2f86}|\u{2f8d}|\u{2f94}|\u{2f9b}|\u{2fa2}|\u{2fa9}|\u{2fb0}|\u{2fb7}|\u{2fbe}|\u{2fc5}|\u{2fcc}|\u{2fd3}|\u{2ff6}|\u{3176}|\u{3345}|\u{37f5}|\u{38c1}|\u{396f}|\u{3aa4}|\u{3b30}|\u{3dcd}|\u{3e43}|\u{3eab}|\u{3fa2}|\u{3fc0}|\u{456d}|\u{4613}|\u{46c4}|\u{46f4}|\u{4784}|\u{4b26}|\u{4cbd}|\u{4d69}|\u{4dad}|\u{4ee5}|\u{500e}|\u{5037}|\u{5188}|\u{525a}|\u{536b}|\u{53bb}|\u{54cc}|\u{5601}|\u{572f}|\u{588e}|\u{595e}|\u{5d33}|\u{5f54}|\u{6024}|\u{602a}|\u{610d}|\u{627d}|\u{62e0}|\u{63ee}|\u{6403}|\u{6447}|\u{661f}|\u{6753}|\u{6764}|\u{6b3f}|\u{6e84}|\u{7402}|\u{7750}|\u{7812}|\u{7c69}|\u{7cc1}|\u{8237}|\u{8507}|\u{85b3}|\u{8719}|\u{8797}|\u{87ee}|\u{8896}|\u{8d39}|\u{8d65}|\u{8e09}|\u{8e2c}|\u{8e96}|\u{8ea7}|\u{8f69}|\u{9006}|\u{914e}|\u{92d2}|\u{952c}|\u{9558}|\u{9625}|\u{9654}|\u{9755}|\u{975c}|\u{9d05}|\u{9dfd}|\u{9ff6}|\u{a10e}|\u{a39b}|\u{a3c1}|\u{a4ad}|\u{a8aa}|\u{a985}|\u{aae2}|\u{aaef}|\u{ac48}|\u{acbe}|\u{adb7}|\u{ae7e}|\u{ae86}|\u{aefb}|\u{af38}|\u{b34e}|\u{b3b9}|\u{b3f1}|\u{b9e2}|\u{bf65}|\u{c0e5}|\u{c1a1}|\u{c420}|\u{c4ca}|\u{c533}|\u{c702}|\u{c79f}|\u{c93a}|\u{ca57}|\u{cf58}|\u{cf9a}|\u{d023}|\u{d108}|\u{d460}|\u{d482}|\u{d70d}|\u{fad1}|\u{fb71}|\u{fe39}|\u{fea5}|\u{fef5}|\u{ff20}|\u{ff53}|\u{1003d}|\u{100e7}|\u{10183}|\u{103d0}|\u{10939}|\u{11170}|\u{111ae}|\u{111e2}|\u{112a9}|\u{11414}|\u{11446}|\u{119b6}|\u{11d67}|\u{11da9}|\u{11fde}|\u{121ed}|\u{12245}|\u{131c6}|\u{13333}|\u{144d5}|\u{14562}|\u{14569}|\u{14594}|\u{145af}|\u{145f7}|\u{16859}|\u{1687c}|\u{1693a}|\u{1712f}|\u{17167}|\u{17298}|\u{172eb}|\u{1735f}|\u{173f6}|\u{1744e}|\u{17736}|\u{177ab}|\u{17819}|\u{179dd}|\u{17aa4}|\u{17b61}|\u{17c2b}|\u{17d00}|\u{17d04}|\u{17d83}|\u{17df6}|\u{180ae}|\u{181f1}|\u{18531}|\u{18555}|\u{185b5}|\u{185eb}|\u{186ef}|\u{189b1}|\u{18a7e}|\u{18aa2}|\u{1b2d7}|\u{1d1c5}|\u{1d4bf}|\u{1d6d9}|\u{1d77d}|\u{1d8ad}|\u{1d9b4}|\u{1ec89}|\u{1f500}|\u{1f516}|\u{1f59b}|\u{1f5d8}|\u{200b3}|\u{2014f}|\u{2017d}|\u{201bd}|\u{2022f}|\u{20375}|\u{206e5}|\u{20741}|\u{2077c}|\u{20789}|\u{208db}|\u{20b20}|\u{20e3e}|\u{20edb}|\u{212f4}|\u{2143b}|\u{21598}|\u{21677}|\u{21840}|\u{219b5}|\u{21b96}|\u{21ca0}|\u{21cbd}|\u{21ce9}|\u{21e3d}|\u{21e4c}|\u{21f32}|\u{22008}|\u{220be}|\u{220ef}|\u{22101}|\u{222ee}|\u{2256a}|\u{227d6}|\u{2280a}|\u{229e6}|\u{22ac6}|\u{22bef}|\u{22c0a}|\u{22c64}|\u{22cd9}|\u{22def}|\u{230a7}|\u{23113}|\u{231c8}|\u{2325e}|\u{232e1}|\u{23447}|\u{23651}|\u{2371e}|\u{2380d}|\u{23992}|\u{23a61}|\u{23dcf}|\u{23eab}|\u{2424a}|\u{242e0}|\u{2444b}|\u{2447a}|\u{24733}|\u{24824}|\u{248b5}|\u{24a2d}|\u{24abf}|\u{24bf1}|\u{24c3f}|\u{24d15}|\u{24f56}|\u{24fca}|\u{251c5}|\u{25337}|\u{255a8}|\u{255da}|\u{256a8}|\u{257b6}|\u{25868}|\u{2592c}|\u{25afb}|\u{25ba4}|\u{25db7}|\u{25f42}|\u{2634e}|\u{26463}|\u{26769}|\u{26c41}|\u{26e5a}|\u{27006}|\u{27052}|\u{2735c}|\u{2786e}|\u{27c55}|\u{27dc6}|\u{27dd2}|\u{27e13}|\u{27f2d}|\u{28137}|\u{28165}|\u{2824c}|\u{28701}|\u{28725}|\u{287a9}|\u{289a8}|\u{289e4}|\u{28a1d}|\u{28c33}|\u{291e4}|\u{29327}|\u{2933a}|\u{2971d}|\u{2975a}|\u{297a9}|\u{297cc}|\u{297ea}|\u{299a5}|\u{29da3}|\u{29fa8}|\u{2a1df}|\u{2a265}|\u{2a4a7}|\u{2aaa6}|\u{2abdd}|\u{2ad3a}|\u{2ad5b}|\u{2ae71}|\u{2b029}|\u{2b0f5}|\u{2b403}|\u{2b74a}|\u{2b95a}|\u{2b9b1}|\u{2ba20}|\u{2bcbe}|\u{2bf18}|\u{2bf9f}|\u{2c13b}|\u{2c144}|\u{2c347}|\u{2c3c4}|\u{2c416}|\u{2c41f}|\u{2c59c}|\u{2c697}|\u{2c84e}|\u{2cab5}|\u{2cb25}|\u{2cd9c}|\u{2ce8e}|\u{2d1b7}|\u{2d751}|\u{2d7cf}|\u{2d7f6}|\u{2dd50}|\u{2de04}|\u{2df3b}|\u{2dfe5}|\u{2e0a1}|\u{2e0cd}|\u{2e280}|\u{2e402}|\u{2e415}|\u{2e419}|\u{2e681}|\u{2e7a8}|\u{2e859}|\u{2e8a9}|\u{2e8d7}|\u{2e912}|\u{2ea03}|\u{2ea9c}|\u{2ebc5}|\u{30052}|\u{30067}|\u{30209}|\u{30588}|\u{305b2}|\u{30957}|\u{30cdf}|\u{30e81}|\u{30f42}|\u{30f81}|\u{310bc}|\u{310ed}|\u{e019b}|");
}

#[test]
fn padding_matches_cpython() {
    assert_eq!(
        (
            center("abc", -1, " ").unwrap(),
            ljust("abc", -1, " ").unwrap(),
            rjust("abc", -1, " ").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(
        (
            center("abc", -1, "*").unwrap(),
            ljust("abc", -1, "*").unwrap(),
            rjust("abc", -1, "*").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(
        (
            center("abc", -1, "\u{4e2d}").unwrap(),
            ljust("abc", -1, "\u{4e2d}").unwrap(),
            rjust("abc", -1, "\u{4e2d}").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(zfill("abc", -1).unwrap(), "abc");
    assert_eq!(
        (
            center("abc", 0, " ").unwrap(),
            ljust("abc", 0, " ").unwrap(),
            rjust("abc", 0, " ").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(
        (
            center("abc", 0, "*").unwrap(),
            ljust("abc", 0, "*").unwrap(),
            rjust("abc", 0, "*").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(
        (
            center("abc", 0, "\u{4e2d}").unwrap(),
            ljust("abc", 0, "\u{4e2d}").unwrap(),
            rjust("abc", 0, "\u{4e2d}").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(zfill("abc", 0).unwrap(), "abc");
    assert_eq!(
        (
            center("abc", 2, " ").unwrap(),
            ljust("abc", 2, " ").unwrap(),
            rjust("abc", 2, " ").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(
        (
            center("abc", 2, "*").unwrap(),
            ljust("abc", 2, "*").unwrap(),
            rjust("abc", 2, "*").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(
        (
            center("abc", 2, "\u{4e2d}").unwrap(),
            ljust("abc", 2, "\u{4e2d}").unwrap(),
            rjust("abc", 2, "\u{4e2d}").unwrap()
        ),
        ("abc".to_string(), "abc".to_string(), "abc".to_string())
    );
    assert_eq!(zfill("abc", 2).unwrap(), "abc");
    assert_eq!(
        (
            center("abc", 5, " ").unwrap(),
            ljust("abc", 5, " ").unwrap(),
            rjust("abc", 5, " ").unwrap()
        ),
        (
            " abc ".to_string(),
            "abc  ".to_string(),
            "  abc".to_string()
        )
    );
    assert_eq!(
        (
            center("abc", 5, "*").unwrap(),
            ljust("abc", 5, "*").unwrap(),
            rjust("abc", 5, "*").unwrap()
        ),
        (
            "*abc*".to_string(),
            "abc**".to_string(),
            "**abc".to_string()
        )
    );
    assert_eq!(
        (
            center("abc", 5, "\u{4e2d}").unwrap(),
            ljust("abc", 5, "\u{4e2d}").unwrap(),
            rjust("abc", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}abc\u{4e2d}".to_string(),
            "abc\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}abc".to_string()
        )
    );
    assert_eq!(zfill("abc", 5).unwrap(), "00abc");
    assert_eq!(
        (
            center("abc", 6, " ").unwrap(),
            ljust("abc", 6, " ").unwrap(),
            rjust("abc", 6, " ").unwrap()
        ),
        (
            " abc  ".to_string(),
            "abc   ".to_string(),
            "   abc".to_string()
        )
    );
    assert_eq!(
        (
            center("abc", 6, "*").unwrap(),
            ljust("abc", 6, "*").unwrap(),
            rjust("abc", 6, "*").unwrap()
        ),
        (
            "*abc**".to_string(),
            "abc***".to_string(),
            "***abc".to_string()
        )
    );
    assert_eq!(
        (
            center("abc", 6, "\u{4e2d}").unwrap(),
            ljust("abc", 6, "\u{4e2d}").unwrap(),
            rjust("abc", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}abc\u{4e2d}\u{4e2d}".to_string(),
            "abc\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}abc".to_string()
        )
    );
    assert_eq!(zfill("abc", 6).unwrap(), "000abc");
    assert_eq!(
        (
            center("abc", 9, " ").unwrap(),
            ljust("abc", 9, " ").unwrap(),
            rjust("abc", 9, " ").unwrap()
        ),
        (
            "   abc   ".to_string(),
            "abc      ".to_string(),
            "      abc".to_string()
        )
    );
    assert_eq!(
        (
            center("abc", 9, "*").unwrap(),
            ljust("abc", 9, "*").unwrap(),
            rjust("abc", 9, "*").unwrap()
        ),
        (
            "***abc***".to_string(),
            "abc******".to_string(),
            "******abc".to_string()
        )
    );
    assert_eq!(
        (
            center("abc", 9, "\u{4e2d}").unwrap(),
            ljust("abc", 9, "\u{4e2d}").unwrap(),
            rjust("abc", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}abc\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "abc\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}abc".to_string()
        )
    );
    assert_eq!(zfill("abc", 9).unwrap(), "000000abc");
    assert_eq!(
        (
            center("ab", -1, " ").unwrap(),
            ljust("ab", -1, " ").unwrap(),
            rjust("ab", -1, " ").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(
        (
            center("ab", -1, "*").unwrap(),
            ljust("ab", -1, "*").unwrap(),
            rjust("ab", -1, "*").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(
        (
            center("ab", -1, "\u{4e2d}").unwrap(),
            ljust("ab", -1, "\u{4e2d}").unwrap(),
            rjust("ab", -1, "\u{4e2d}").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(zfill("ab", -1).unwrap(), "ab");
    assert_eq!(
        (
            center("ab", 0, " ").unwrap(),
            ljust("ab", 0, " ").unwrap(),
            rjust("ab", 0, " ").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(
        (
            center("ab", 0, "*").unwrap(),
            ljust("ab", 0, "*").unwrap(),
            rjust("ab", 0, "*").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(
        (
            center("ab", 0, "\u{4e2d}").unwrap(),
            ljust("ab", 0, "\u{4e2d}").unwrap(),
            rjust("ab", 0, "\u{4e2d}").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(zfill("ab", 0).unwrap(), "ab");
    assert_eq!(
        (
            center("ab", 2, " ").unwrap(),
            ljust("ab", 2, " ").unwrap(),
            rjust("ab", 2, " ").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(
        (
            center("ab", 2, "*").unwrap(),
            ljust("ab", 2, "*").unwrap(),
            rjust("ab", 2, "*").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(
        (
            center("ab", 2, "\u{4e2d}").unwrap(),
            ljust("ab", 2, "\u{4e2d}").unwrap(),
            rjust("ab", 2, "\u{4e2d}").unwrap()
        ),
        ("ab".to_string(), "ab".to_string(), "ab".to_string())
    );
    assert_eq!(zfill("ab", 2).unwrap(), "ab");
    assert_eq!(
        (
            center("ab", 5, " ").unwrap(),
            ljust("ab", 5, " ").unwrap(),
            rjust("ab", 5, " ").unwrap()
        ),
        (
            "  ab ".to_string(),
            "ab   ".to_string(),
            "   ab".to_string()
        )
    );
    assert_eq!(
        (
            center("ab", 5, "*").unwrap(),
            ljust("ab", 5, "*").unwrap(),
            rjust("ab", 5, "*").unwrap()
        ),
        (
            "**ab*".to_string(),
            "ab***".to_string(),
            "***ab".to_string()
        )
    );
    assert_eq!(
        (
            center("ab", 5, "\u{4e2d}").unwrap(),
            ljust("ab", 5, "\u{4e2d}").unwrap(),
            rjust("ab", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}ab\u{4e2d}".to_string(),
            "ab\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}ab".to_string()
        )
    );
    assert_eq!(zfill("ab", 5).unwrap(), "000ab");
    assert_eq!(
        (
            center("ab", 6, " ").unwrap(),
            ljust("ab", 6, " ").unwrap(),
            rjust("ab", 6, " ").unwrap()
        ),
        (
            "  ab  ".to_string(),
            "ab    ".to_string(),
            "    ab".to_string()
        )
    );
    assert_eq!(
        (
            center("ab", 6, "*").unwrap(),
            ljust("ab", 6, "*").unwrap(),
            rjust("ab", 6, "*").unwrap()
        ),
        (
            "**ab**".to_string(),
            "ab****".to_string(),
            "****ab".to_string()
        )
    );
    assert_eq!(
        (
            center("ab", 6, "\u{4e2d}").unwrap(),
            ljust("ab", 6, "\u{4e2d}").unwrap(),
            rjust("ab", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}ab\u{4e2d}\u{4e2d}".to_string(),
            "ab\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}ab".to_string()
        )
    );
    assert_eq!(zfill("ab", 6).unwrap(), "0000ab");
    assert_eq!(
        (
            center("ab", 9, " ").unwrap(),
            ljust("ab", 9, " ").unwrap(),
            rjust("ab", 9, " ").unwrap()
        ),
        (
            "    ab   ".to_string(),
            "ab       ".to_string(),
            "       ab".to_string()
        )
    );
    assert_eq!(
        (
            center("ab", 9, "*").unwrap(),
            ljust("ab", 9, "*").unwrap(),
            rjust("ab", 9, "*").unwrap()
        ),
        (
            "****ab***".to_string(),
            "ab*******".to_string(),
            "*******ab".to_string()
        )
    );
    assert_eq!(
        (
            center("ab", 9, "\u{4e2d}").unwrap(),
            ljust("ab", 9, "\u{4e2d}").unwrap(),
            rjust("ab", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}ab\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "ab\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}ab".to_string()
        )
    );
    assert_eq!(zfill("ab", 9).unwrap(), "0000000ab");
    assert_eq!(
        (
            center("", -1, " ").unwrap(),
            ljust("", -1, " ").unwrap(),
            rjust("", -1, " ").unwrap()
        ),
        ("".to_string(), "".to_string(), "".to_string())
    );
    assert_eq!(
        (
            center("", -1, "*").unwrap(),
            ljust("", -1, "*").unwrap(),
            rjust("", -1, "*").unwrap()
        ),
        ("".to_string(), "".to_string(), "".to_string())
    );
    assert_eq!(
        (
            center("", -1, "\u{4e2d}").unwrap(),
            ljust("", -1, "\u{4e2d}").unwrap(),
            rjust("", -1, "\u{4e2d}").unwrap()
        ),
        ("".to_string(), "".to_string(), "".to_string())
    );
    assert_eq!(zfill("", -1).unwrap(), "");
    assert_eq!(
        (
            center("", 0, " ").unwrap(),
            ljust("", 0, " ").unwrap(),
            rjust("", 0, " ").unwrap()
        ),
        ("".to_string(), "".to_string(), "".to_string())
    );
    assert_eq!(
        (
            center("", 0, "*").unwrap(),
            ljust("", 0, "*").unwrap(),
            rjust("", 0, "*").unwrap()
        ),
        ("".to_string(), "".to_string(), "".to_string())
    );
    assert_eq!(
        (
            center("", 0, "\u{4e2d}").unwrap(),
            ljust("", 0, "\u{4e2d}").unwrap(),
            rjust("", 0, "\u{4e2d}").unwrap()
        ),
        ("".to_string(), "".to_string(), "".to_string())
    );
    assert_eq!(zfill("", 0).unwrap(), "");
    assert_eq!(
        (
            center("", 2, " ").unwrap(),
            ljust("", 2, " ").unwrap(),
            rjust("", 2, " ").unwrap()
        ),
        ("  ".to_string(), "  ".to_string(), "  ".to_string())
    );
    assert_eq!(
        (
            center("", 2, "*").unwrap(),
            ljust("", 2, "*").unwrap(),
            rjust("", 2, "*").unwrap()
        ),
        ("**".to_string(), "**".to_string(), "**".to_string())
    );
    assert_eq!(
        (
            center("", 2, "\u{4e2d}").unwrap(),
            ljust("", 2, "\u{4e2d}").unwrap(),
            rjust("", 2, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}".to_string()
        )
    );
    assert_eq!(zfill("", 2).unwrap(), "00");
    assert_eq!(
        (
            center("", 5, " ").unwrap(),
            ljust("", 5, " ").unwrap(),
            rjust("", 5, " ").unwrap()
        ),
        (
            "     ".to_string(),
            "     ".to_string(),
            "     ".to_string()
        )
    );
    assert_eq!(
        (
            center("", 5, "*").unwrap(),
            ljust("", 5, "*").unwrap(),
            rjust("", 5, "*").unwrap()
        ),
        (
            "*****".to_string(),
            "*****".to_string(),
            "*****".to_string()
        )
    );
    assert_eq!(
        (
            center("", 5, "\u{4e2d}").unwrap(),
            ljust("", 5, "\u{4e2d}").unwrap(),
            rjust("", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string()
        )
    );
    assert_eq!(zfill("", 5).unwrap(), "00000");
    assert_eq!(
        (
            center("", 6, " ").unwrap(),
            ljust("", 6, " ").unwrap(),
            rjust("", 6, " ").unwrap()
        ),
        (
            "      ".to_string(),
            "      ".to_string(),
            "      ".to_string()
        )
    );
    assert_eq!(
        (
            center("", 6, "*").unwrap(),
            ljust("", 6, "*").unwrap(),
            rjust("", 6, "*").unwrap()
        ),
        (
            "******".to_string(),
            "******".to_string(),
            "******".to_string()
        )
    );
    assert_eq!(
        (
            center("", 6, "\u{4e2d}").unwrap(),
            ljust("", 6, "\u{4e2d}").unwrap(),
            rjust("", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string()
        )
    );
    assert_eq!(zfill("", 6).unwrap(), "000000");
    assert_eq!(
        (
            center("", 9, " ").unwrap(),
            ljust("", 9, " ").unwrap(),
            rjust("", 9, " ").unwrap()
        ),
        (
            "         ".to_string(),
            "         ".to_string(),
            "         ".to_string()
        )
    );
    assert_eq!(
        (
            center("", 9, "*").unwrap(),
            ljust("", 9, "*").unwrap(),
            rjust("", 9, "*").unwrap()
        ),
        (
            "*********".to_string(),
            "*********".to_string(),
            "*********".to_string()
        )
    );
    assert_eq!(
        (
            center("", 9, "\u{4e2d}").unwrap(),
            ljust("", 9, "\u{4e2d}").unwrap(),
            rjust("", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string()
        )
    );
    assert_eq!(zfill("", 9).unwrap(), "000000000");
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", -1, " ").unwrap(),
            ljust("\u{4e2d}\u{6587}", -1, " ").unwrap(),
            rjust("\u{4e2d}\u{6587}", -1, " ").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", -1, "*").unwrap(),
            ljust("\u{4e2d}\u{6587}", -1, "*").unwrap(),
            rjust("\u{4e2d}\u{6587}", -1, "*").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", -1, "\u{4e2d}").unwrap(),
            ljust("\u{4e2d}\u{6587}", -1, "\u{4e2d}").unwrap(),
            rjust("\u{4e2d}\u{6587}", -1, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(zfill("\u{4e2d}\u{6587}", -1).unwrap(), "\u{4e2d}\u{6587}");
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 0, " ").unwrap(),
            ljust("\u{4e2d}\u{6587}", 0, " ").unwrap(),
            rjust("\u{4e2d}\u{6587}", 0, " ").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 0, "*").unwrap(),
            ljust("\u{4e2d}\u{6587}", 0, "*").unwrap(),
            rjust("\u{4e2d}\u{6587}", 0, "*").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 0, "\u{4e2d}").unwrap(),
            ljust("\u{4e2d}\u{6587}", 0, "\u{4e2d}").unwrap(),
            rjust("\u{4e2d}\u{6587}", 0, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(zfill("\u{4e2d}\u{6587}", 0).unwrap(), "\u{4e2d}\u{6587}");
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 2, " ").unwrap(),
            ljust("\u{4e2d}\u{6587}", 2, " ").unwrap(),
            rjust("\u{4e2d}\u{6587}", 2, " ").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 2, "*").unwrap(),
            ljust("\u{4e2d}\u{6587}", 2, "*").unwrap(),
            rjust("\u{4e2d}\u{6587}", 2, "*").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 2, "\u{4e2d}").unwrap(),
            ljust("\u{4e2d}\u{6587}", 2, "\u{4e2d}").unwrap(),
            rjust("\u{4e2d}\u{6587}", 2, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string(),
            "\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(zfill("\u{4e2d}\u{6587}", 2).unwrap(), "\u{4e2d}\u{6587}");
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 5, " ").unwrap(),
            ljust("\u{4e2d}\u{6587}", 5, " ").unwrap(),
            rjust("\u{4e2d}\u{6587}", 5, " ").unwrap()
        ),
        (
            "  \u{4e2d}\u{6587} ".to_string(),
            "\u{4e2d}\u{6587}   ".to_string(),
            "   \u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 5, "*").unwrap(),
            ljust("\u{4e2d}\u{6587}", 5, "*").unwrap(),
            rjust("\u{4e2d}\u{6587}", 5, "*").unwrap()
        ),
        (
            "**\u{4e2d}\u{6587}*".to_string(),
            "\u{4e2d}\u{6587}***".to_string(),
            "***\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 5, "\u{4e2d}").unwrap(),
            ljust("\u{4e2d}\u{6587}", 5, "\u{4e2d}").unwrap(),
            rjust("\u{4e2d}\u{6587}", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{6587}\u{4e2d}".to_string(),
            "\u{4e2d}\u{6587}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(zfill("\u{4e2d}\u{6587}", 5).unwrap(), "000\u{4e2d}\u{6587}");
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 6, " ").unwrap(),
            ljust("\u{4e2d}\u{6587}", 6, " ").unwrap(),
            rjust("\u{4e2d}\u{6587}", 6, " ").unwrap()
        ),
        (
            "  \u{4e2d}\u{6587}  ".to_string(),
            "\u{4e2d}\u{6587}    ".to_string(),
            "    \u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 6, "*").unwrap(),
            ljust("\u{4e2d}\u{6587}", 6, "*").unwrap(),
            rjust("\u{4e2d}\u{6587}", 6, "*").unwrap()
        ),
        (
            "**\u{4e2d}\u{6587}**".to_string(),
            "\u{4e2d}\u{6587}****".to_string(),
            "****\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 6, "\u{4e2d}").unwrap(),
            ljust("\u{4e2d}\u{6587}", 6, "\u{4e2d}").unwrap(),
            rjust("\u{4e2d}\u{6587}", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{6587}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{6587}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        zfill("\u{4e2d}\u{6587}", 6).unwrap(),
        "0000\u{4e2d}\u{6587}"
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 9, " ").unwrap(),
            ljust("\u{4e2d}\u{6587}", 9, " ").unwrap(),
            rjust("\u{4e2d}\u{6587}", 9, " ").unwrap()
        ),
        (
            "    \u{4e2d}\u{6587}   ".to_string(),
            "\u{4e2d}\u{6587}       ".to_string(),
            "       \u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 9, "*").unwrap(),
            ljust("\u{4e2d}\u{6587}", 9, "*").unwrap(),
            rjust("\u{4e2d}\u{6587}", 9, "*").unwrap()
        ),
        (
            "****\u{4e2d}\u{6587}***".to_string(),
            "\u{4e2d}\u{6587}*******".to_string(),
            "*******\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        (
            center("\u{4e2d}\u{6587}", 9, "\u{4e2d}").unwrap(),
            ljust("\u{4e2d}\u{6587}", 9, "\u{4e2d}").unwrap(),
            rjust("\u{4e2d}\u{6587}", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{6587}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{6587}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{6587}".to_string()
        )
    );
    assert_eq!(
        zfill("\u{4e2d}\u{6587}", 9).unwrap(),
        "0000000\u{4e2d}\u{6587}"
    );
    assert_eq!(
        (
            center("-42", -1, " ").unwrap(),
            ljust("-42", -1, " ").unwrap(),
            rjust("-42", -1, " ").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(
        (
            center("-42", -1, "*").unwrap(),
            ljust("-42", -1, "*").unwrap(),
            rjust("-42", -1, "*").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(
        (
            center("-42", -1, "\u{4e2d}").unwrap(),
            ljust("-42", -1, "\u{4e2d}").unwrap(),
            rjust("-42", -1, "\u{4e2d}").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(zfill("-42", -1).unwrap(), "-42");
    assert_eq!(
        (
            center("-42", 0, " ").unwrap(),
            ljust("-42", 0, " ").unwrap(),
            rjust("-42", 0, " ").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(
        (
            center("-42", 0, "*").unwrap(),
            ljust("-42", 0, "*").unwrap(),
            rjust("-42", 0, "*").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(
        (
            center("-42", 0, "\u{4e2d}").unwrap(),
            ljust("-42", 0, "\u{4e2d}").unwrap(),
            rjust("-42", 0, "\u{4e2d}").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(zfill("-42", 0).unwrap(), "-42");
    assert_eq!(
        (
            center("-42", 2, " ").unwrap(),
            ljust("-42", 2, " ").unwrap(),
            rjust("-42", 2, " ").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(
        (
            center("-42", 2, "*").unwrap(),
            ljust("-42", 2, "*").unwrap(),
            rjust("-42", 2, "*").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(
        (
            center("-42", 2, "\u{4e2d}").unwrap(),
            ljust("-42", 2, "\u{4e2d}").unwrap(),
            rjust("-42", 2, "\u{4e2d}").unwrap()
        ),
        ("-42".to_string(), "-42".to_string(), "-42".to_string())
    );
    assert_eq!(zfill("-42", 2).unwrap(), "-42");
    assert_eq!(
        (
            center("-42", 5, " ").unwrap(),
            ljust("-42", 5, " ").unwrap(),
            rjust("-42", 5, " ").unwrap()
        ),
        (
            " -42 ".to_string(),
            "-42  ".to_string(),
            "  -42".to_string()
        )
    );
    assert_eq!(
        (
            center("-42", 5, "*").unwrap(),
            ljust("-42", 5, "*").unwrap(),
            rjust("-42", 5, "*").unwrap()
        ),
        (
            "*-42*".to_string(),
            "-42**".to_string(),
            "**-42".to_string()
        )
    );
    assert_eq!(
        (
            center("-42", 5, "\u{4e2d}").unwrap(),
            ljust("-42", 5, "\u{4e2d}").unwrap(),
            rjust("-42", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}-42\u{4e2d}".to_string(),
            "-42\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}-42".to_string()
        )
    );
    assert_eq!(zfill("-42", 5).unwrap(), "-0042");
    assert_eq!(
        (
            center("-42", 6, " ").unwrap(),
            ljust("-42", 6, " ").unwrap(),
            rjust("-42", 6, " ").unwrap()
        ),
        (
            " -42  ".to_string(),
            "-42   ".to_string(),
            "   -42".to_string()
        )
    );
    assert_eq!(
        (
            center("-42", 6, "*").unwrap(),
            ljust("-42", 6, "*").unwrap(),
            rjust("-42", 6, "*").unwrap()
        ),
        (
            "*-42**".to_string(),
            "-42***".to_string(),
            "***-42".to_string()
        )
    );
    assert_eq!(
        (
            center("-42", 6, "\u{4e2d}").unwrap(),
            ljust("-42", 6, "\u{4e2d}").unwrap(),
            rjust("-42", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}-42\u{4e2d}\u{4e2d}".to_string(),
            "-42\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}-42".to_string()
        )
    );
    assert_eq!(zfill("-42", 6).unwrap(), "-00042");
    assert_eq!(
        (
            center("-42", 9, " ").unwrap(),
            ljust("-42", 9, " ").unwrap(),
            rjust("-42", 9, " ").unwrap()
        ),
        (
            "   -42   ".to_string(),
            "-42      ".to_string(),
            "      -42".to_string()
        )
    );
    assert_eq!(
        (
            center("-42", 9, "*").unwrap(),
            ljust("-42", 9, "*").unwrap(),
            rjust("-42", 9, "*").unwrap()
        ),
        (
            "***-42***".to_string(),
            "-42******".to_string(),
            "******-42".to_string()
        )
    );
    assert_eq!(
        (
            center("-42", 9, "\u{4e2d}").unwrap(),
            ljust("-42", 9, "\u{4e2d}").unwrap(),
            rjust("-42", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}-42\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "-42\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}-42".to_string()
        )
    );
    assert_eq!(zfill("-42", 9).unwrap(), "-00000042");
    assert_eq!(
        (
            center("+7", -1, " ").unwrap(),
            ljust("+7", -1, " ").unwrap(),
            rjust("+7", -1, " ").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(
        (
            center("+7", -1, "*").unwrap(),
            ljust("+7", -1, "*").unwrap(),
            rjust("+7", -1, "*").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(
        (
            center("+7", -1, "\u{4e2d}").unwrap(),
            ljust("+7", -1, "\u{4e2d}").unwrap(),
            rjust("+7", -1, "\u{4e2d}").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(zfill("+7", -1).unwrap(), "+7");
    assert_eq!(
        (
            center("+7", 0, " ").unwrap(),
            ljust("+7", 0, " ").unwrap(),
            rjust("+7", 0, " ").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(
        (
            center("+7", 0, "*").unwrap(),
            ljust("+7", 0, "*").unwrap(),
            rjust("+7", 0, "*").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(
        (
            center("+7", 0, "\u{4e2d}").unwrap(),
            ljust("+7", 0, "\u{4e2d}").unwrap(),
            rjust("+7", 0, "\u{4e2d}").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(zfill("+7", 0).unwrap(), "+7");
    assert_eq!(
        (
            center("+7", 2, " ").unwrap(),
            ljust("+7", 2, " ").unwrap(),
            rjust("+7", 2, " ").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(
        (
            center("+7", 2, "*").unwrap(),
            ljust("+7", 2, "*").unwrap(),
            rjust("+7", 2, "*").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(
        (
            center("+7", 2, "\u{4e2d}").unwrap(),
            ljust("+7", 2, "\u{4e2d}").unwrap(),
            rjust("+7", 2, "\u{4e2d}").unwrap()
        ),
        ("+7".to_string(), "+7".to_string(), "+7".to_string())
    );
    assert_eq!(zfill("+7", 2).unwrap(), "+7");
    assert_eq!(
        (
            center("+7", 5, " ").unwrap(),
            ljust("+7", 5, " ").unwrap(),
            rjust("+7", 5, " ").unwrap()
        ),
        (
            "  +7 ".to_string(),
            "+7   ".to_string(),
            "   +7".to_string()
        )
    );
    assert_eq!(
        (
            center("+7", 5, "*").unwrap(),
            ljust("+7", 5, "*").unwrap(),
            rjust("+7", 5, "*").unwrap()
        ),
        (
            "**+7*".to_string(),
            "+7***".to_string(),
            "***+7".to_string()
        )
    );
    assert_eq!(
        (
            center("+7", 5, "\u{4e2d}").unwrap(),
            ljust("+7", 5, "\u{4e2d}").unwrap(),
            rjust("+7", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}+7\u{4e2d}".to_string(),
            "+7\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}+7".to_string()
        )
    );
    assert_eq!(zfill("+7", 5).unwrap(), "+0007");
    assert_eq!(
        (
            center("+7", 6, " ").unwrap(),
            ljust("+7", 6, " ").unwrap(),
            rjust("+7", 6, " ").unwrap()
        ),
        (
            "  +7  ".to_string(),
            "+7    ".to_string(),
            "    +7".to_string()
        )
    );
    assert_eq!(
        (
            center("+7", 6, "*").unwrap(),
            ljust("+7", 6, "*").unwrap(),
            rjust("+7", 6, "*").unwrap()
        ),
        (
            "**+7**".to_string(),
            "+7****".to_string(),
            "****+7".to_string()
        )
    );
    assert_eq!(
        (
            center("+7", 6, "\u{4e2d}").unwrap(),
            ljust("+7", 6, "\u{4e2d}").unwrap(),
            rjust("+7", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}+7\u{4e2d}\u{4e2d}".to_string(),
            "+7\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}+7".to_string()
        )
    );
    assert_eq!(zfill("+7", 6).unwrap(), "+00007");
    assert_eq!(
        (
            center("+7", 9, " ").unwrap(),
            ljust("+7", 9, " ").unwrap(),
            rjust("+7", 9, " ").unwrap()
        ),
        (
            "    +7   ".to_string(),
            "+7       ".to_string(),
            "       +7".to_string()
        )
    );
    assert_eq!(
        (
            center("+7", 9, "*").unwrap(),
            ljust("+7", 9, "*").unwrap(),
            rjust("+7", 9, "*").unwrap()
        ),
        (
            "****+7***".to_string(),
            "+7*******".to_string(),
            "*******+7".to_string()
        )
    );
    assert_eq!(
        (
            center("+7", 9, "\u{4e2d}").unwrap(),
            ljust("+7", 9, "\u{4e2d}").unwrap(),
            rjust("+7", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}+7\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "+7\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}+7".to_string()
        )
    );
    assert_eq!(zfill("+7", 9).unwrap(), "+00000007");
    assert_eq!(
        (
            center("x-1", -1, " ").unwrap(),
            ljust("x-1", -1, " ").unwrap(),
            rjust("x-1", -1, " ").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(
        (
            center("x-1", -1, "*").unwrap(),
            ljust("x-1", -1, "*").unwrap(),
            rjust("x-1", -1, "*").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(
        (
            center("x-1", -1, "\u{4e2d}").unwrap(),
            ljust("x-1", -1, "\u{4e2d}").unwrap(),
            rjust("x-1", -1, "\u{4e2d}").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(zfill("x-1", -1).unwrap(), "x-1");
    assert_eq!(
        (
            center("x-1", 0, " ").unwrap(),
            ljust("x-1", 0, " ").unwrap(),
            rjust("x-1", 0, " ").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(
        (
            center("x-1", 0, "*").unwrap(),
            ljust("x-1", 0, "*").unwrap(),
            rjust("x-1", 0, "*").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(
        (
            center("x-1", 0, "\u{4e2d}").unwrap(),
            ljust("x-1", 0, "\u{4e2d}").unwrap(),
            rjust("x-1", 0, "\u{4e2d}").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(zfill("x-1", 0).unwrap(), "x-1");
    assert_eq!(
        (
            center("x-1", 2, " ").unwrap(),
            ljust("x-1", 2, " ").unwrap(),
            rjust("x-1", 2, " ").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(
        (
            center("x-1", 2, "*").unwrap(),
            ljust("x-1", 2, "*").unwrap(),
            rjust("x-1", 2, "*").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(
        (
            center("x-1", 2, "\u{4e2d}").unwrap(),
            ljust("x-1", 2, "\u{4e2d}").unwrap(),
            rjust("x-1", 2, "\u{4e2d}").unwrap()
        ),
        ("x-1".to_string(), "x-1".to_string(), "x-1".to_string())
    );
    assert_eq!(zfill("x-1", 2).unwrap(), "x-1");
    assert_eq!(
        (
            center("x-1", 5, " ").unwrap(),
            ljust("x-1", 5, " ").unwrap(),
            rjust("x-1", 5, " ").unwrap()
        ),
        (
            " x-1 ".to_string(),
            "x-1  ".to_string(),
            "  x-1".to_string()
        )
    );
    assert_eq!(
        (
            center("x-1", 5, "*").unwrap(),
            ljust("x-1", 5, "*").unwrap(),
            rjust("x-1", 5, "*").unwrap()
        ),
        (
            "*x-1*".to_string(),
            "x-1**".to_string(),
            "**x-1".to_string()
        )
    );
    assert_eq!(
        (
            center("x-1", 5, "\u{4e2d}").unwrap(),
            ljust("x-1", 5, "\u{4e2d}").unwrap(),
            rjust("x-1", 5, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}x-1\u{4e2d}".to_string(),
            "x-1\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}x-1".to_string()
        )
    );
    assert_eq!(zfill("x-1", 5).unwrap(), "00x-1");
    assert_eq!(
        (
            center("x-1", 6, " ").unwrap(),
            ljust("x-1", 6, " ").unwrap(),
            rjust("x-1", 6, " ").unwrap()
        ),
        (
            " x-1  ".to_string(),
            "x-1   ".to_string(),
            "   x-1".to_string()
        )
    );
    assert_eq!(
        (
            center("x-1", 6, "*").unwrap(),
            ljust("x-1", 6, "*").unwrap(),
            rjust("x-1", 6, "*").unwrap()
        ),
        (
            "*x-1**".to_string(),
            "x-1***".to_string(),
            "***x-1".to_string()
        )
    );
    assert_eq!(
        (
            center("x-1", 6, "\u{4e2d}").unwrap(),
            ljust("x-1", 6, "\u{4e2d}").unwrap(),
            rjust("x-1", 6, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}x-1\u{4e2d}\u{4e2d}".to_string(),
            "x-1\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}x-1".to_string()
        )
    );
    assert_eq!(zfill("x-1", 6).unwrap(), "000x-1");
    assert_eq!(
        (
            center("x-1", 9, " ").unwrap(),
            ljust("x-1", 9, " ").unwrap(),
            rjust("x-1", 9, " ").unwrap()
        ),
        (
            "   x-1   ".to_string(),
            "x-1      ".to_string(),
            "      x-1".to_string()
        )
    );
    assert_eq!(
        (
            center("x-1", 9, "*").unwrap(),
            ljust("x-1", 9, "*").unwrap(),
            rjust("x-1", 9, "*").unwrap()
        ),
        (
            "***x-1***".to_string(),
            "x-1******".to_string(),
            "******x-1".to_string()
        )
    );
    assert_eq!(
        (
            center("x-1", 9, "\u{4e2d}").unwrap(),
            ljust("x-1", 9, "\u{4e2d}").unwrap(),
            rjust("x-1", 9, "\u{4e2d}").unwrap()
        ),
        (
            "\u{4e2d}\u{4e2d}\u{4e2d}x-1\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "x-1\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}".to_string(),
            "\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}x-1".to_string()
        )
    );
    assert_eq!(zfill("x-1", 9).unwrap(), "000000x-1");
    assert_eq!(
        e(center("a", 5, "ab")),
        want(Err((
            "TypeError",
            "The fill character must be exactly one character long"
        )))
    );
    assert_eq!(
        e(ljust("a", 5, "")),
        want(Err((
            "TypeError",
            "The fill character must be exactly one character long"
        )))
    );
    assert_eq!(
        center("a", i64::MAX, " ").unwrap_err().kind,
        TextErrorKind::MemoryError
    );
    assert_eq!(
        zfill("a", 1 << 40).unwrap_err().kind,
        TextErrorKind::MemoryError
    );
    assert_eq!(expandtabs("a\u{9}b", 8).unwrap(), "a       b");
    assert_eq!(expandtabs("a\u{9}b", 4).unwrap(), "a   b");
    assert_eq!(expandtabs("a\u{9}b", 1).unwrap(), "a b");
    assert_eq!(expandtabs("a\u{9}b", 0).unwrap(), "ab");
    assert_eq!(expandtabs("a\u{9}b", -1).unwrap(), "ab");
    assert_eq!(
        expandtabs("\u{9}x\u{9}y\u{a}\u{9}z", 8).unwrap(),
        "        x       y\u{a}        z"
    );
    assert_eq!(
        expandtabs("\u{9}x\u{9}y\u{a}\u{9}z", 4).unwrap(),
        "    x   y\u{a}    z"
    );
    assert_eq!(
        expandtabs("\u{9}x\u{9}y\u{a}\u{9}z", 1).unwrap(),
        " x y\u{a} z"
    );
    assert_eq!(
        expandtabs("\u{9}x\u{9}y\u{a}\u{9}z", 0).unwrap(),
        "xy\u{a}z"
    );
    assert_eq!(
        expandtabs("\u{9}x\u{9}y\u{a}\u{9}z", -1).unwrap(),
        "xy\u{a}z"
    );
    assert_eq!(
        expandtabs("12345678\u{9}x", 8).unwrap(),
        "12345678        x"
    );
    assert_eq!(expandtabs("12345678\u{9}x", 4).unwrap(), "12345678    x");
    assert_eq!(expandtabs("12345678\u{9}x", 1).unwrap(), "12345678 x");
    assert_eq!(expandtabs("12345678\u{9}x", 0).unwrap(), "12345678x");
    assert_eq!(expandtabs("12345678\u{9}x", -1).unwrap(), "12345678x");
    assert_eq!(expandtabs("ab\u{d}\u{9}c", 8).unwrap(), "ab\u{d}        c");
    assert_eq!(expandtabs("ab\u{d}\u{9}c", 4).unwrap(), "ab\u{d}    c");
    assert_eq!(expandtabs("ab\u{d}\u{9}c", 1).unwrap(), "ab\u{d} c");
    assert_eq!(expandtabs("ab\u{d}\u{9}c", 0).unwrap(), "ab\u{d}c");
    assert_eq!(expandtabs("ab\u{d}\u{9}c", -1).unwrap(), "ab\u{d}c");
    assert_eq!(expandtabs("\u{4e2d}\u{9}x", 8).unwrap(), "\u{4e2d}       x");
    assert_eq!(expandtabs("\u{4e2d}\u{9}x", 4).unwrap(), "\u{4e2d}   x");
    assert_eq!(expandtabs("\u{4e2d}\u{9}x", 1).unwrap(), "\u{4e2d} x");
    assert_eq!(expandtabs("\u{4e2d}\u{9}x", 0).unwrap(), "\u{4e2d}x");
    assert_eq!(expandtabs("\u{4e2d}\u{9}x", -1).unwrap(), "\u{4e2d}x");
    assert_eq!(expandtabs("", 8).unwrap(), "");
    assert_eq!(expandtabs("", 4).unwrap(), "");
    assert_eq!(expandtabs("", 1).unwrap(), "");
    assert_eq!(expandtabs("", 0).unwrap(), "");
    assert_eq!(expandtabs("", -1).unwrap(), "");
    assert_eq!(
        expandtabs("\t\t", 1 << 40).unwrap_err().kind,
        TextErrorKind::MemoryError
    );
    assert_eq!(repeat("ab", 3).unwrap(), "ababab");
    assert_eq!(repeat("ab", 0).unwrap(), "");
    assert_eq!(repeat("ab", -2).unwrap(), "");
    assert_eq!(repeat("", 5).unwrap(), "");
    assert_eq!(repeat("\u{4e2d}", 2).unwrap(), "\u{4e2d}\u{4e2d}");
    assert_eq!(
        repeat("ab", i64::MAX).unwrap_err().kind,
        TextErrorKind::MemoryError
    );
}

#[test]
fn partition_and_affixes_match_cpython() {
    assert_eq!(partition("a=b=c", "=").unwrap(), ("a", "=", "b=c"));
    assert_eq!(rpartition("a=b=c", "=").unwrap(), ("a=b", "=", "c"));
    assert_eq!(partition("a=b=c", "bc").unwrap(), ("a=b=c", "", ""));
    assert_eq!(rpartition("a=b=c", "bc").unwrap(), ("", "", "a=b=c"));
    assert_eq!(partition("a=b=c", "x").unwrap(), ("a=b=c", "", ""));
    assert_eq!(rpartition("a=b=c", "x").unwrap(), ("", "", "a=b=c"));
    assert_eq!(partition("a=b=c", "\u{4e2d}").unwrap(), ("a=b=c", "", ""));
    assert_eq!(rpartition("a=b=c", "\u{4e2d}").unwrap(), ("", "", "a=b=c"));
    assert_eq!(
        e(partition("a=b=c", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        e(rpartition("a=b=c", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        (removeprefix("a=b=c", "a"), removesuffix("a=b=c", "a")),
        ("=b=c", "a=b=c")
    );
    assert_eq!(
        (removeprefix("a=b=c", "a="), removesuffix("a=b=c", "a=")),
        ("b=c", "a=b=c")
    );
    assert_eq!(
        (removeprefix("a=b=c", "c"), removesuffix("a=b=c", "c")),
        ("a=b=c", "a=b=")
    );
    assert_eq!(
        (removeprefix("a=b=c", ""), removesuffix("a=b=c", "")),
        ("a=b=c", "a=b=c")
    );
    assert_eq!(
        (removeprefix("a=b=c", "abc"), removesuffix("a=b=c", "abc")),
        ("a=b=c", "a=b=c")
    );
    assert_eq!(
        (removeprefix("a=b=c", "zz"), removesuffix("a=b=c", "zz")),
        ("a=b=c", "a=b=c")
    );
    assert_eq!(partition("abc", "=").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("abc", "=").unwrap(), ("", "", "abc"));
    assert_eq!(partition("abc", "bc").unwrap(), ("a", "bc", ""));
    assert_eq!(rpartition("abc", "bc").unwrap(), ("a", "bc", ""));
    assert_eq!(partition("abc", "x").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("abc", "x").unwrap(), ("", "", "abc"));
    assert_eq!(partition("abc", "\u{4e2d}").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("abc", "\u{4e2d}").unwrap(), ("", "", "abc"));
    assert_eq!(
        e(partition("abc", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        e(rpartition("abc", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        (removeprefix("abc", "a"), removesuffix("abc", "a")),
        ("bc", "abc")
    );
    assert_eq!(
        (removeprefix("abc", "a="), removesuffix("abc", "a=")),
        ("abc", "abc")
    );
    assert_eq!(
        (removeprefix("abc", "c"), removesuffix("abc", "c")),
        ("abc", "ab")
    );
    assert_eq!(
        (removeprefix("abc", ""), removesuffix("abc", "")),
        ("abc", "abc")
    );
    assert_eq!(
        (removeprefix("abc", "abc"), removesuffix("abc", "abc")),
        ("", "")
    );
    assert_eq!(
        (removeprefix("abc", "zz"), removesuffix("abc", "zz")),
        ("abc", "abc")
    );
    assert_eq!(partition("", "=").unwrap(), ("", "", ""));
    assert_eq!(rpartition("", "=").unwrap(), ("", "", ""));
    assert_eq!(partition("", "bc").unwrap(), ("", "", ""));
    assert_eq!(rpartition("", "bc").unwrap(), ("", "", ""));
    assert_eq!(partition("", "x").unwrap(), ("", "", ""));
    assert_eq!(rpartition("", "x").unwrap(), ("", "", ""));
    assert_eq!(partition("", "\u{4e2d}").unwrap(), ("", "", ""));
    assert_eq!(rpartition("", "\u{4e2d}").unwrap(), ("", "", ""));
    assert_eq!(
        e(partition("", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        e(rpartition("", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!((removeprefix("", "a"), removesuffix("", "a")), ("", ""));
    assert_eq!((removeprefix("", "a="), removesuffix("", "a=")), ("", ""));
    assert_eq!((removeprefix("", "c"), removesuffix("", "c")), ("", ""));
    assert_eq!((removeprefix("", ""), removesuffix("", "")), ("", ""));
    assert_eq!((removeprefix("", "abc"), removesuffix("", "abc")), ("", ""));
    assert_eq!((removeprefix("", "zz"), removesuffix("", "zz")), ("", ""));
    assert_eq!(
        partition("\u{4e2d}=\u{6587}", "=").unwrap(),
        ("\u{4e2d}", "=", "\u{6587}")
    );
    assert_eq!(
        rpartition("\u{4e2d}=\u{6587}", "=").unwrap(),
        ("\u{4e2d}", "=", "\u{6587}")
    );
    assert_eq!(
        partition("\u{4e2d}=\u{6587}", "bc").unwrap(),
        ("\u{4e2d}=\u{6587}", "", "")
    );
    assert_eq!(
        rpartition("\u{4e2d}=\u{6587}", "bc").unwrap(),
        ("", "", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        partition("\u{4e2d}=\u{6587}", "x").unwrap(),
        ("\u{4e2d}=\u{6587}", "", "")
    );
    assert_eq!(
        rpartition("\u{4e2d}=\u{6587}", "x").unwrap(),
        ("", "", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        partition("\u{4e2d}=\u{6587}", "\u{4e2d}").unwrap(),
        ("", "\u{4e2d}", "=\u{6587}")
    );
    assert_eq!(
        rpartition("\u{4e2d}=\u{6587}", "\u{4e2d}").unwrap(),
        ("", "\u{4e2d}", "=\u{6587}")
    );
    assert_eq!(
        e(partition("\u{4e2d}=\u{6587}", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        e(rpartition("\u{4e2d}=\u{6587}", "")),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(
        (
            removeprefix("\u{4e2d}=\u{6587}", "a"),
            removesuffix("\u{4e2d}=\u{6587}", "a")
        ),
        ("\u{4e2d}=\u{6587}", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        (
            removeprefix("\u{4e2d}=\u{6587}", "a="),
            removesuffix("\u{4e2d}=\u{6587}", "a=")
        ),
        ("\u{4e2d}=\u{6587}", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        (
            removeprefix("\u{4e2d}=\u{6587}", "c"),
            removesuffix("\u{4e2d}=\u{6587}", "c")
        ),
        ("\u{4e2d}=\u{6587}", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        (
            removeprefix("\u{4e2d}=\u{6587}", ""),
            removesuffix("\u{4e2d}=\u{6587}", "")
        ),
        ("\u{4e2d}=\u{6587}", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        (
            removeprefix("\u{4e2d}=\u{6587}", "abc"),
            removesuffix("\u{4e2d}=\u{6587}", "abc")
        ),
        ("\u{4e2d}=\u{6587}", "\u{4e2d}=\u{6587}")
    );
    assert_eq!(
        (
            removeprefix("\u{4e2d}=\u{6587}", "zz"),
            removesuffix("\u{4e2d}=\u{6587}", "zz")
        ),
        ("\u{4e2d}=\u{6587}", "\u{4e2d}=\u{6587}")
    );
}

#[test]
fn encode_decode_match_cpython() {
    assert_eq!(
        e(encode("abc", "utf-8", "strict")),
        want(Ok(b"abc".to_vec())),
        "encode abc utf-8 strict"
    );
    assert_eq!(
        e(encode("abc", "utf-8", "ignore")),
        want(Ok(b"abc".to_vec())),
        "encode abc utf-8 ignore"
    );
    assert_eq!(
        e(encode("abc", "utf-8", "replace")),
        want(Ok(b"abc".to_vec())),
        "encode abc utf-8 replace"
    );
    assert_eq!(
        e(encode("abc", "utf-8", "backslashreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc utf-8 backslashreplace"
    );
    assert_eq!(
        e(encode("abc", "utf-8", "xmlcharrefreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc utf-8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("abc", "utf-8", "bogus")),
        want(Ok(b"abc".to_vec())),
        "encode abc utf-8 bogus"
    );
    assert_eq!(
        e(encode("abc", "UTF8", "strict")),
        want(Ok(b"abc".to_vec())),
        "encode abc UTF8 strict"
    );
    assert_eq!(
        e(encode("abc", "UTF8", "ignore")),
        want(Ok(b"abc".to_vec())),
        "encode abc UTF8 ignore"
    );
    assert_eq!(
        e(encode("abc", "UTF8", "replace")),
        want(Ok(b"abc".to_vec())),
        "encode abc UTF8 replace"
    );
    assert_eq!(
        e(encode("abc", "UTF8", "backslashreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc UTF8 backslashreplace"
    );
    assert_eq!(
        e(encode("abc", "UTF8", "xmlcharrefreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc UTF8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("abc", "UTF8", "bogus")),
        want(Ok(b"abc".to_vec())),
        "encode abc UTF8 bogus"
    );
    assert_eq!(
        e(encode("abc", "ascii", "strict")),
        want(Ok(b"abc".to_vec())),
        "encode abc ascii strict"
    );
    assert_eq!(
        e(encode("abc", "ascii", "ignore")),
        want(Ok(b"abc".to_vec())),
        "encode abc ascii ignore"
    );
    assert_eq!(
        e(encode("abc", "ascii", "replace")),
        want(Ok(b"abc".to_vec())),
        "encode abc ascii replace"
    );
    assert_eq!(
        e(encode("abc", "ascii", "backslashreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc ascii backslashreplace"
    );
    assert_eq!(
        e(encode("abc", "ascii", "xmlcharrefreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc ascii xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("abc", "ascii", "bogus")),
        want(Ok(b"abc".to_vec())),
        "encode abc ascii bogus"
    );
    assert_eq!(
        e(encode("abc", "latin-1", "strict")),
        want(Ok(b"abc".to_vec())),
        "encode abc latin-1 strict"
    );
    assert_eq!(
        e(encode("abc", "latin-1", "ignore")),
        want(Ok(b"abc".to_vec())),
        "encode abc latin-1 ignore"
    );
    assert_eq!(
        e(encode("abc", "latin-1", "replace")),
        want(Ok(b"abc".to_vec())),
        "encode abc latin-1 replace"
    );
    assert_eq!(
        e(encode("abc", "latin-1", "backslashreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc latin-1 backslashreplace"
    );
    assert_eq!(
        e(encode("abc", "latin-1", "xmlcharrefreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc latin-1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("abc", "latin-1", "bogus")),
        want(Ok(b"abc".to_vec())),
        "encode abc latin-1 bogus"
    );
    assert_eq!(
        e(encode("abc", "Latin_1", "strict")),
        want(Ok(b"abc".to_vec())),
        "encode abc Latin_1 strict"
    );
    assert_eq!(
        e(encode("abc", "Latin_1", "ignore")),
        want(Ok(b"abc".to_vec())),
        "encode abc Latin_1 ignore"
    );
    assert_eq!(
        e(encode("abc", "Latin_1", "replace")),
        want(Ok(b"abc".to_vec())),
        "encode abc Latin_1 replace"
    );
    assert_eq!(
        e(encode("abc", "Latin_1", "backslashreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc Latin_1 backslashreplace"
    );
    assert_eq!(
        e(encode("abc", "Latin_1", "xmlcharrefreplace")),
        want(Ok(b"abc".to_vec())),
        "encode abc Latin_1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("abc", "Latin_1", "bogus")),
        want(Ok(b"abc".to_vec())),
        "encode abc Latin_1 bogus"
    );
    assert_eq!(
        e(encode("abc", "foo", "strict")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode abc foo strict"
    );
    assert_eq!(
        e(encode("abc", "foo", "ignore")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode abc foo ignore"
    );
    assert_eq!(
        e(encode("abc", "foo", "replace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode abc foo replace"
    );
    assert_eq!(
        e(encode("abc", "foo", "backslashreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode abc foo backslashreplace"
    );
    assert_eq!(
        e(encode("abc", "foo", "xmlcharrefreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode abc foo xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("abc", "foo", "bogus")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode abc foo bogus"
    );
    assert_eq!(
        e(encode("\u{e9}", "utf-8", "strict")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} utf-8 strict"
    );
    assert_eq!(
        e(encode("\u{e9}", "utf-8", "ignore")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} utf-8 ignore"
    );
    assert_eq!(
        e(encode("\u{e9}", "utf-8", "replace")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} utf-8 replace"
    );
    assert_eq!(
        e(encode("\u{e9}", "utf-8", "backslashreplace")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} utf-8 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "utf-8", "xmlcharrefreplace")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} utf-8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "utf-8", "bogus")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} utf-8 bogus"
    );
    assert_eq!(
        e(encode("\u{e9}", "UTF8", "strict")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} UTF8 strict"
    );
    assert_eq!(
        e(encode("\u{e9}", "UTF8", "ignore")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} UTF8 ignore"
    );
    assert_eq!(
        e(encode("\u{e9}", "UTF8", "replace")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} UTF8 replace"
    );
    assert_eq!(
        e(encode("\u{e9}", "UTF8", "backslashreplace")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} UTF8 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "UTF8", "xmlcharrefreplace")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} UTF8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "UTF8", "bogus")),
        want(Ok(b"\xc3\xa9".to_vec())),
        "encode \u{e9} UTF8 bogus"
    );
    assert_eq!(
        e(encode("\u{e9}", "ascii", "strict")),
        want(Err((
            "UnicodeEncodeError",
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
        ))),
        "encode \u{e9} ascii strict"
    );
    assert_eq!(
        e(encode("\u{e9}", "ascii", "ignore")),
        want(Ok(b"".to_vec())),
        "encode \u{e9} ascii ignore"
    );
    assert_eq!(
        e(encode("\u{e9}", "ascii", "replace")),
        want(Ok(b"?".to_vec())),
        "encode \u{e9} ascii replace"
    );
    assert_eq!(
        e(encode("\u{e9}", "ascii", "backslashreplace")),
        want(Ok(b"\x5cxe9".to_vec())),
        "encode \u{e9} ascii backslashreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "ascii", "xmlcharrefreplace")),
        want(Ok(b"&#233;".to_vec())),
        "encode \u{e9} ascii xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{e9} ascii bogus"
    );
    assert_eq!(
        e(encode("\u{e9}", "latin-1", "strict")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} latin-1 strict"
    );
    assert_eq!(
        e(encode("\u{e9}", "latin-1", "ignore")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} latin-1 ignore"
    );
    assert_eq!(
        e(encode("\u{e9}", "latin-1", "replace")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} latin-1 replace"
    );
    assert_eq!(
        e(encode("\u{e9}", "latin-1", "backslashreplace")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} latin-1 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "latin-1", "xmlcharrefreplace")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} latin-1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "latin-1", "bogus")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} latin-1 bogus"
    );
    assert_eq!(
        e(encode("\u{e9}", "Latin_1", "strict")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} Latin_1 strict"
    );
    assert_eq!(
        e(encode("\u{e9}", "Latin_1", "ignore")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} Latin_1 ignore"
    );
    assert_eq!(
        e(encode("\u{e9}", "Latin_1", "replace")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} Latin_1 replace"
    );
    assert_eq!(
        e(encode("\u{e9}", "Latin_1", "backslashreplace")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} Latin_1 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "Latin_1", "xmlcharrefreplace")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} Latin_1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "Latin_1", "bogus")),
        want(Ok(b"\xe9".to_vec())),
        "encode \u{e9} Latin_1 bogus"
    );
    assert_eq!(
        e(encode("\u{e9}", "foo", "strict")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{e9} foo strict"
    );
    assert_eq!(
        e(encode("\u{e9}", "foo", "ignore")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{e9} foo ignore"
    );
    assert_eq!(
        e(encode("\u{e9}", "foo", "replace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{e9} foo replace"
    );
    assert_eq!(
        e(encode("\u{e9}", "foo", "backslashreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{e9} foo backslashreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "foo", "xmlcharrefreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{e9} foo xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{e9}", "foo", "bogus")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{e9} foo bogus"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "utf-8", "strict")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b utf-8 strict"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "utf-8", "ignore")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b utf-8 ignore"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "utf-8", "replace")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b utf-8 replace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "utf-8",
            "backslashreplace"
        )),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b utf-8 backslashreplace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "utf-8",
            "xmlcharrefreplace"
        )),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b utf-8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "utf-8", "bogus")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b utf-8 bogus"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "UTF8", "strict")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b UTF8 strict"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "UTF8", "ignore")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b UTF8 ignore"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "UTF8", "replace")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b UTF8 replace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "UTF8", "backslashreplace")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b UTF8 backslashreplace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "UTF8",
            "xmlcharrefreplace"
        )),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b UTF8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "UTF8", "bogus")),
        want(Ok(b"a\xc3\xa9\xc3\xa9\xe2\x82\xacb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b UTF8 bogus"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "ascii", "strict")),
        want(Err((
            "UnicodeEncodeError",
            "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"
        ))),
        "encode a\u{e9}\u{e9}\u{20ac}b ascii strict"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "ascii", "ignore")),
        want(Ok(b"ab".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b ascii ignore"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "ascii", "replace")),
        want(Ok(b"a???b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b ascii replace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "ascii",
            "backslashreplace"
        )),
        want(Ok(b"a\x5cxe9\x5cxe9\x5cu20acb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b ascii backslashreplace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "ascii",
            "xmlcharrefreplace"
        )),
        want(Ok(b"a&#233;&#233;&#8364;b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b ascii xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode a\u{e9}\u{e9}\u{20ac}b ascii bogus"
    );
    assert_eq!(e(encode("a\u{e9}\u{e9}\u{20ac}b", "latin-1", "strict")), want(Err(("UnicodeEncodeError", "'latin-1' codec can't encode character '\\u20ac' in position 3: ordinal not in range(256)"))), "encode a\u{e9}\u{e9}\u{20ac}b latin-1 strict");
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "latin-1", "ignore")),
        want(Ok(b"a\xe9\xe9b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b latin-1 ignore"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "latin-1", "replace")),
        want(Ok(b"a\xe9\xe9?b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b latin-1 replace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "latin-1",
            "backslashreplace"
        )),
        want(Ok(b"a\xe9\xe9\x5cu20acb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b latin-1 backslashreplace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "latin-1",
            "xmlcharrefreplace"
        )),
        want(Ok(b"a\xe9\xe9&#8364;b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b latin-1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "latin-1", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode a\u{e9}\u{e9}\u{20ac}b latin-1 bogus"
    );
    assert_eq!(e(encode("a\u{e9}\u{e9}\u{20ac}b", "Latin_1", "strict")), want(Err(("UnicodeEncodeError", "'latin-1' codec can't encode character '\\u20ac' in position 3: ordinal not in range(256)"))), "encode a\u{e9}\u{e9}\u{20ac}b Latin_1 strict");
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "Latin_1", "ignore")),
        want(Ok(b"a\xe9\xe9b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b Latin_1 ignore"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "Latin_1", "replace")),
        want(Ok(b"a\xe9\xe9?b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b Latin_1 replace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "Latin_1",
            "backslashreplace"
        )),
        want(Ok(b"a\xe9\xe9\x5cu20acb".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b Latin_1 backslashreplace"
    );
    assert_eq!(
        e(encode(
            "a\u{e9}\u{e9}\u{20ac}b",
            "Latin_1",
            "xmlcharrefreplace"
        )),
        want(Ok(b"a\xe9\xe9&#8364;b".to_vec())),
        "encode a\u{e9}\u{e9}\u{20ac}b Latin_1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "Latin_1", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode a\u{e9}\u{e9}\u{20ac}b Latin_1 bogus"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "foo", "strict")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode a\u{e9}\u{e9}\u{20ac}b foo strict"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "foo", "ignore")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode a\u{e9}\u{e9}\u{20ac}b foo ignore"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "foo", "replace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode a\u{e9}\u{e9}\u{20ac}b foo replace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "foo", "backslashreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode a\u{e9}\u{e9}\u{20ac}b foo backslashreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "foo", "xmlcharrefreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode a\u{e9}\u{e9}\u{20ac}b foo xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("a\u{e9}\u{e9}\u{20ac}b", "foo", "bogus")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode a\u{e9}\u{e9}\u{20ac}b foo bogus"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "utf-8", "strict")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x utf-8 strict"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "utf-8", "ignore")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x utf-8 ignore"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "utf-8", "replace")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x utf-8 replace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "utf-8", "backslashreplace")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x utf-8 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "utf-8", "xmlcharrefreplace")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x utf-8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "utf-8", "bogus")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x utf-8 bogus"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "UTF8", "strict")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x UTF8 strict"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "UTF8", "ignore")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x UTF8 ignore"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "UTF8", "replace")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x UTF8 replace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "UTF8", "backslashreplace")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x UTF8 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "UTF8", "xmlcharrefreplace")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x UTF8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "UTF8", "bogus")),
        want(Ok(b"\xf0\x9f\x98\x80x".to_vec())),
        "encode \u{1f600}x UTF8 bogus"
    );
    assert_eq!(e(encode("\u{1f600}x", "ascii", "strict")), want(Err(("UnicodeEncodeError", "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)"))), "encode \u{1f600}x ascii strict");
    assert_eq!(
        e(encode("\u{1f600}x", "ascii", "ignore")),
        want(Ok(b"x".to_vec())),
        "encode \u{1f600}x ascii ignore"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "ascii", "replace")),
        want(Ok(b"?x".to_vec())),
        "encode \u{1f600}x ascii replace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "ascii", "backslashreplace")),
        want(Ok(b"\x5cU0001f600x".to_vec())),
        "encode \u{1f600}x ascii backslashreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "ascii", "xmlcharrefreplace")),
        want(Ok(b"&#128512;x".to_vec())),
        "encode \u{1f600}x ascii xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{1f600}x ascii bogus"
    );
    assert_eq!(e(encode("\u{1f600}x", "latin-1", "strict")), want(Err(("UnicodeEncodeError", "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)"))), "encode \u{1f600}x latin-1 strict");
    assert_eq!(
        e(encode("\u{1f600}x", "latin-1", "ignore")),
        want(Ok(b"x".to_vec())),
        "encode \u{1f600}x latin-1 ignore"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "latin-1", "replace")),
        want(Ok(b"?x".to_vec())),
        "encode \u{1f600}x latin-1 replace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "latin-1", "backslashreplace")),
        want(Ok(b"\x5cU0001f600x".to_vec())),
        "encode \u{1f600}x latin-1 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "latin-1", "xmlcharrefreplace")),
        want(Ok(b"&#128512;x".to_vec())),
        "encode \u{1f600}x latin-1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "latin-1", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{1f600}x latin-1 bogus"
    );
    assert_eq!(e(encode("\u{1f600}x", "Latin_1", "strict")), want(Err(("UnicodeEncodeError", "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)"))), "encode \u{1f600}x Latin_1 strict");
    assert_eq!(
        e(encode("\u{1f600}x", "Latin_1", "ignore")),
        want(Ok(b"x".to_vec())),
        "encode \u{1f600}x Latin_1 ignore"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "Latin_1", "replace")),
        want(Ok(b"?x".to_vec())),
        "encode \u{1f600}x Latin_1 replace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "Latin_1", "backslashreplace")),
        want(Ok(b"\x5cU0001f600x".to_vec())),
        "encode \u{1f600}x Latin_1 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "Latin_1", "xmlcharrefreplace")),
        want(Ok(b"&#128512;x".to_vec())),
        "encode \u{1f600}x Latin_1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "Latin_1", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{1f600}x Latin_1 bogus"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "foo", "strict")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{1f600}x foo strict"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "foo", "ignore")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{1f600}x foo ignore"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "foo", "replace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{1f600}x foo replace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "foo", "backslashreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{1f600}x foo backslashreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "foo", "xmlcharrefreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{1f600}x foo xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{1f600}x", "foo", "bogus")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{1f600}x foo bogus"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "utf-8", "strict")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} utf-8 strict"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "utf-8", "ignore")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} utf-8 ignore"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "utf-8", "replace")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} utf-8 replace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "utf-8", "backslashreplace")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} utf-8 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "utf-8", "xmlcharrefreplace")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} utf-8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "utf-8", "bogus")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} utf-8 bogus"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "UTF8", "strict")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} UTF8 strict"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "UTF8", "ignore")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} UTF8 ignore"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "UTF8", "replace")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} UTF8 replace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "UTF8", "backslashreplace")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} UTF8 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "UTF8", "xmlcharrefreplace")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} UTF8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "UTF8", "bogus")),
        want(Ok(b"\xe4\xb8\xad\xe6\x96\x87".to_vec())),
        "encode \u{4e2d}\u{6587} UTF8 bogus"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "ascii", "strict")),
        want(Err((
            "UnicodeEncodeError",
            "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"
        ))),
        "encode \u{4e2d}\u{6587} ascii strict"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "ascii", "ignore")),
        want(Ok(b"".to_vec())),
        "encode \u{4e2d}\u{6587} ascii ignore"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "ascii", "replace")),
        want(Ok(b"??".to_vec())),
        "encode \u{4e2d}\u{6587} ascii replace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "ascii", "backslashreplace")),
        want(Ok(b"\x5cu4e2d\x5cu6587".to_vec())),
        "encode \u{4e2d}\u{6587} ascii backslashreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "ascii", "xmlcharrefreplace")),
        want(Ok(b"&#20013;&#25991;".to_vec())),
        "encode \u{4e2d}\u{6587} ascii xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{4e2d}\u{6587} ascii bogus"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "latin-1", "strict")),
        want(Err((
            "UnicodeEncodeError",
            "'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"
        ))),
        "encode \u{4e2d}\u{6587} latin-1 strict"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "latin-1", "ignore")),
        want(Ok(b"".to_vec())),
        "encode \u{4e2d}\u{6587} latin-1 ignore"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "latin-1", "replace")),
        want(Ok(b"??".to_vec())),
        "encode \u{4e2d}\u{6587} latin-1 replace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "latin-1", "backslashreplace")),
        want(Ok(b"\x5cu4e2d\x5cu6587".to_vec())),
        "encode \u{4e2d}\u{6587} latin-1 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "latin-1", "xmlcharrefreplace")),
        want(Ok(b"&#20013;&#25991;".to_vec())),
        "encode \u{4e2d}\u{6587} latin-1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "latin-1", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{4e2d}\u{6587} latin-1 bogus"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "Latin_1", "strict")),
        want(Err((
            "UnicodeEncodeError",
            "'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"
        ))),
        "encode \u{4e2d}\u{6587} Latin_1 strict"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "Latin_1", "ignore")),
        want(Ok(b"".to_vec())),
        "encode \u{4e2d}\u{6587} Latin_1 ignore"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "Latin_1", "replace")),
        want(Ok(b"??".to_vec())),
        "encode \u{4e2d}\u{6587} Latin_1 replace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "Latin_1", "backslashreplace")),
        want(Ok(b"\x5cu4e2d\x5cu6587".to_vec())),
        "encode \u{4e2d}\u{6587} Latin_1 backslashreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "Latin_1", "xmlcharrefreplace")),
        want(Ok(b"&#20013;&#25991;".to_vec())),
        "encode \u{4e2d}\u{6587} Latin_1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "Latin_1", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'"))),
        "encode \u{4e2d}\u{6587} Latin_1 bogus"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "foo", "strict")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{4e2d}\u{6587} foo strict"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "foo", "ignore")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{4e2d}\u{6587} foo ignore"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "foo", "replace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{4e2d}\u{6587} foo replace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "foo", "backslashreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{4e2d}\u{6587} foo backslashreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "foo", "xmlcharrefreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{4e2d}\u{6587} foo xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("\u{4e2d}\u{6587}", "foo", "bogus")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode \u{4e2d}\u{6587} foo bogus"
    );
    assert_eq!(
        e(encode("", "utf-8", "strict")),
        want(Ok(b"".to_vec())),
        "encode  utf-8 strict"
    );
    assert_eq!(
        e(encode("", "utf-8", "ignore")),
        want(Ok(b"".to_vec())),
        "encode  utf-8 ignore"
    );
    assert_eq!(
        e(encode("", "utf-8", "replace")),
        want(Ok(b"".to_vec())),
        "encode  utf-8 replace"
    );
    assert_eq!(
        e(encode("", "utf-8", "backslashreplace")),
        want(Ok(b"".to_vec())),
        "encode  utf-8 backslashreplace"
    );
    assert_eq!(
        e(encode("", "utf-8", "xmlcharrefreplace")),
        want(Ok(b"".to_vec())),
        "encode  utf-8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("", "utf-8", "bogus")),
        want(Ok(b"".to_vec())),
        "encode  utf-8 bogus"
    );
    assert_eq!(
        e(encode("", "UTF8", "strict")),
        want(Ok(b"".to_vec())),
        "encode  UTF8 strict"
    );
    assert_eq!(
        e(encode("", "UTF8", "ignore")),
        want(Ok(b"".to_vec())),
        "encode  UTF8 ignore"
    );
    assert_eq!(
        e(encode("", "UTF8", "replace")),
        want(Ok(b"".to_vec())),
        "encode  UTF8 replace"
    );
    assert_eq!(
        e(encode("", "UTF8", "backslashreplace")),
        want(Ok(b"".to_vec())),
        "encode  UTF8 backslashreplace"
    );
    assert_eq!(
        e(encode("", "UTF8", "xmlcharrefreplace")),
        want(Ok(b"".to_vec())),
        "encode  UTF8 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("", "UTF8", "bogus")),
        want(Ok(b"".to_vec())),
        "encode  UTF8 bogus"
    );
    assert_eq!(
        e(encode("", "ascii", "strict")),
        want(Ok(b"".to_vec())),
        "encode  ascii strict"
    );
    assert_eq!(
        e(encode("", "ascii", "ignore")),
        want(Ok(b"".to_vec())),
        "encode  ascii ignore"
    );
    assert_eq!(
        e(encode("", "ascii", "replace")),
        want(Ok(b"".to_vec())),
        "encode  ascii replace"
    );
    assert_eq!(
        e(encode("", "ascii", "backslashreplace")),
        want(Ok(b"".to_vec())),
        "encode  ascii backslashreplace"
    );
    assert_eq!(
        e(encode("", "ascii", "xmlcharrefreplace")),
        want(Ok(b"".to_vec())),
        "encode  ascii xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("", "ascii", "bogus")),
        want(Ok(b"".to_vec())),
        "encode  ascii bogus"
    );
    assert_eq!(
        e(encode("", "latin-1", "strict")),
        want(Ok(b"".to_vec())),
        "encode  latin-1 strict"
    );
    assert_eq!(
        e(encode("", "latin-1", "ignore")),
        want(Ok(b"".to_vec())),
        "encode  latin-1 ignore"
    );
    assert_eq!(
        e(encode("", "latin-1", "replace")),
        want(Ok(b"".to_vec())),
        "encode  latin-1 replace"
    );
    assert_eq!(
        e(encode("", "latin-1", "backslashreplace")),
        want(Ok(b"".to_vec())),
        "encode  latin-1 backslashreplace"
    );
    assert_eq!(
        e(encode("", "latin-1", "xmlcharrefreplace")),
        want(Ok(b"".to_vec())),
        "encode  latin-1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("", "latin-1", "bogus")),
        want(Ok(b"".to_vec())),
        "encode  latin-1 bogus"
    );
    assert_eq!(
        e(encode("", "Latin_1", "strict")),
        want(Ok(b"".to_vec())),
        "encode  Latin_1 strict"
    );
    assert_eq!(
        e(encode("", "Latin_1", "ignore")),
        want(Ok(b"".to_vec())),
        "encode  Latin_1 ignore"
    );
    assert_eq!(
        e(encode("", "Latin_1", "replace")),
        want(Ok(b"".to_vec())),
        "encode  Latin_1 replace"
    );
    assert_eq!(
        e(encode("", "Latin_1", "backslashreplace")),
        want(Ok(b"".to_vec())),
        "encode  Latin_1 backslashreplace"
    );
    assert_eq!(
        e(encode("", "Latin_1", "xmlcharrefreplace")),
        want(Ok(b"".to_vec())),
        "encode  Latin_1 xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("", "Latin_1", "bogus")),
        want(Ok(b"".to_vec())),
        "encode  Latin_1 bogus"
    );
    assert_eq!(
        e(encode("", "foo", "strict")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode  foo strict"
    );
    assert_eq!(
        e(encode("", "foo", "ignore")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode  foo ignore"
    );
    assert_eq!(
        e(encode("", "foo", "replace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode  foo replace"
    );
    assert_eq!(
        e(encode("", "foo", "backslashreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode  foo backslashreplace"
    );
    assert_eq!(
        e(encode("", "foo", "xmlcharrefreplace")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode  foo xmlcharrefreplace"
    );
    assert_eq!(
        e(encode("", "foo", "bogus")),
        want(Err(("LookupError", "unknown encoding: foo"))),
        "encode  foo bogus"
    );
    assert_eq!(
        e(decode(b"abc", "utf-8", "strict")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "utf-8", "ignore")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "utf-8", "replace")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "utf-8", "backslashreplace")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "utf-8", "bogus")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "ascii", "strict")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "ascii", "ignore")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "ascii", "replace")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "ascii", "backslashreplace")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "ascii", "bogus")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "latin-1", "strict")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "latin-1", "ignore")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "latin-1", "replace")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "latin-1", "backslashreplace")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"abc", "latin-1", "bogus")),
        want(Ok("abc".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xff", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "utf-8", "replace")),
        want(Ok("\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "utf-8", "backslashreplace")),
        want(Ok("\\xff".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xff", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xff", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "ascii", "replace")),
        want(Ok("\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "ascii", "backslashreplace")),
        want(Ok("\\xff".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xff", "latin-1", "strict")),
        want(Ok("\u{ff}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "latin-1", "ignore")),
        want(Ok("\u{ff}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "latin-1", "replace")),
        want(Ok("\u{ff}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "latin-1", "backslashreplace")),
        want(Ok("\u{ff}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xff", "latin-1", "bogus")),
        want(Ok("\u{ff}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        )))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "utf-8", "replace")),
        want(Ok("\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "utf-8", "backslashreplace")),
        want(Ok("\\xe2\\x82".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "ascii", "backslashreplace")),
        want(Ok("\\xe2\\x82".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "latin-1", "strict")),
        want(Ok("\u{e2}\u{82}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "latin-1", "ignore")),
        want(Ok("\u{e2}\u{82}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "latin-1", "replace")),
        want(Ok("\u{e2}\u{82}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "latin-1", "backslashreplace")),
        want(Ok("\u{e2}\u{82}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82", "latin-1", "bogus")),
        want(Ok("\u{e2}\u{82}".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"
        )))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "utf-8", "ignore")),
        want(Ok("a(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "utf-8", "replace")),
        want(Ok("a\u{fffd}(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "utf-8", "backslashreplace")),
        want(Ok("a\\xe2\\x82(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xe2 in position 1: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "ascii", "ignore")),
        want(Ok("a(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "ascii", "replace")),
        want(Ok("a\u{fffd}\u{fffd}(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "ascii", "backslashreplace")),
        want(Ok("a\\xe2\\x82(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "latin-1", "strict")),
        want(Ok("a\u{e2}\u{82}(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "latin-1", "ignore")),
        want(Ok("a\u{e2}\u{82}(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "latin-1", "replace")),
        want(Ok("a\u{e2}\u{82}(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "latin-1", "backslashreplace")),
        want(Ok("a\u{e2}\u{82}(".to_string()))
    );
    assert_eq!(
        e(decode(b"a\xe2\x82(", "latin-1", "bogus")),
        want(Ok("a\u{e2}\u{82}(".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "utf-8", "strict")),
        want(Ok("\u{20ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "utf-8", "ignore")),
        want(Ok("\u{20ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "utf-8", "replace")),
        want(Ok("\u{20ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "utf-8", "backslashreplace")),
        want(Ok("\u{20ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "utf-8", "bogus")),
        want(Ok("\u{20ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "ascii", "backslashreplace")),
        want(Ok("\\xe2\\x82\\xac".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "latin-1", "strict")),
        want(Ok("\u{e2}\u{82}\u{ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "latin-1", "ignore")),
        want(Ok("\u{e2}\u{82}\u{ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "latin-1", "replace")),
        want(Ok("\u{e2}\u{82}\u{ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "latin-1", "backslashreplace")),
        want(Ok("\u{e2}\u{82}\u{ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe2\x82\xac", "latin-1", "bogus")),
        want(Ok("\u{e2}\u{82}\u{ac}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "utf-8", "ignore")),
        want(Ok("\u{e9}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "utf-8", "replace")),
        want(Ok("\u{e9}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "utf-8", "backslashreplace")),
        want(Ok("\u{e9}\\xff\\xfe".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "ascii", "backslashreplace")),
        want(Ok("\\xc3\\xa9\\xff\\xfe".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "latin-1", "strict")),
        want(Ok("\u{c3}\u{a9}\u{ff}\u{fe}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "latin-1", "ignore")),
        want(Ok("\u{c3}\u{a9}\u{ff}\u{fe}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "latin-1", "replace")),
        want(Ok("\u{c3}\u{a9}\u{ff}\u{fe}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "latin-1", "backslashreplace")),
        want(Ok("\u{c3}\u{a9}\u{ff}\u{fe}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc3\xa9\xff\xfe", "latin-1", "bogus")),
        want(Ok("\u{c3}\u{a9}\u{ff}\u{fe}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "utf-8", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "utf-8", "backslashreplace")),
        want(Ok("\\xed\\xa0\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "ascii", "backslashreplace")),
        want(Ok("\\xed\\xa0\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "latin-1", "strict")),
        want(Ok("\u{ed}\u{a0}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "latin-1", "ignore")),
        want(Ok("\u{ed}\u{a0}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "latin-1", "replace")),
        want(Ok("\u{ed}\u{a0}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "latin-1", "backslashreplace")),
        want(Ok("\u{ed}\u{a0}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xed\xa0\x80", "latin-1", "bogus")),
        want(Ok("\u{ed}\u{a0}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"
        )))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "utf-8", "replace")),
        want(Ok("\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "utf-8", "backslashreplace")),
        want(Ok("\\xf0\\x9f\\x98".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "ascii", "backslashreplace")),
        want(Ok("\\xf0\\x9f\\x98".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "latin-1", "strict")),
        want(Ok("\u{f0}\u{9f}\u{98}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "latin-1", "ignore")),
        want(Ok("\u{f0}\u{9f}\u{98}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "latin-1", "replace")),
        want(Ok("\u{f0}\u{9f}\u{98}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "latin-1", "backslashreplace")),
        want(Ok("\u{f0}\u{9f}\u{98}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98", "latin-1", "bogus")),
        want(Ok("\u{f0}\u{9f}\u{98}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "utf-8", "strict")),
        want(Ok("\u{1f600}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "utf-8", "ignore")),
        want(Ok("\u{1f600}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "utf-8", "replace")),
        want(Ok("\u{1f600}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "utf-8", "backslashreplace")),
        want(Ok("\u{1f600}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "utf-8", "bogus")),
        want(Ok("\u{1f600}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "ascii", "backslashreplace")),
        want(Ok("\\xf0\\x9f\\x98\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "latin-1", "strict")),
        want(Ok("\u{f0}\u{9f}\u{98}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "latin-1", "ignore")),
        want(Ok("\u{f0}\u{9f}\u{98}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "latin-1", "replace")),
        want(Ok("\u{f0}\u{9f}\u{98}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "latin-1", "backslashreplace")),
        want(Ok("\u{f0}\u{9f}\u{98}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf0\x9f\x98\x80", "latin-1", "bogus")),
        want(Ok("\u{f0}\u{9f}\u{98}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "utf-8", "replace")),
        want(Ok("\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "utf-8", "backslashreplace")),
        want(Ok("\\xc0\\xaf".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "ascii", "backslashreplace")),
        want(Ok("\\xc0\\xaf".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "latin-1", "strict")),
        want(Ok("\u{c0}\u{af}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "latin-1", "ignore")),
        want(Ok("\u{c0}\u{af}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "latin-1", "replace")),
        want(Ok("\u{c0}\u{af}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "latin-1", "backslashreplace")),
        want(Ok("\u{c0}\u{af}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xc0\xaf", "latin-1", "bogus")),
        want(Ok("\u{c0}\u{af}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "utf-8", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "utf-8", "backslashreplace")),
        want(Ok("\\xe0\\x80\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "ascii", "backslashreplace")),
        want(Ok("\\xe0\\x80\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "latin-1", "strict")),
        want(Ok("\u{e0}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "latin-1", "ignore")),
        want(Ok("\u{e0}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "latin-1", "replace")),
        want(Ok("\u{e0}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "latin-1", "backslashreplace")),
        want(Ok("\u{e0}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe0\x80\x80", "latin-1", "bogus")),
        want(Ok("\u{e0}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "utf-8", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "utf-8", "backslashreplace")),
        want(Ok("\\xf4\\x90\\x80\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "ascii", "backslashreplace")),
        want(Ok("\\xf4\\x90\\x80\\x80".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "latin-1", "strict")),
        want(Ok("\u{f4}\u{90}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "latin-1", "ignore")),
        want(Ok("\u{f4}\u{90}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "latin-1", "replace")),
        want(Ok("\u{f4}\u{90}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "latin-1", "backslashreplace")),
        want(Ok("\u{f4}\u{90}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf4\x90\x80\x80", "latin-1", "bogus")),
        want(Ok("\u{f4}\u{90}\u{80}\u{80}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "utf-8", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "utf-8", "replace")),
        want(Ok("\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "utf-8", "backslashreplace")),
        want(Ok("\\xf8\\x88".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xf8 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "ascii", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "ascii", "replace")),
        want(Ok("\u{fffd}\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "ascii", "backslashreplace")),
        want(Ok("\\xf8\\x88".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "latin-1", "strict")),
        want(Ok("\u{f8}\u{88}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "latin-1", "ignore")),
        want(Ok("\u{f8}\u{88}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "latin-1", "replace")),
        want(Ok("\u{f8}\u{88}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "latin-1", "backslashreplace")),
        want(Ok("\u{f8}\u{88}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xf8\x88", "latin-1", "bogus")),
        want(Ok("\u{f8}\u{88}".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"
        )))
    );
    assert_eq!(
        e(decode(b"x\x80y", "utf-8", "ignore")),
        want(Ok("xy".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "utf-8", "replace")),
        want(Ok("x\u{fffd}y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "utf-8", "backslashreplace")),
        want(Ok("x\\x80y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"x\x80y", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"x\x80y", "ascii", "ignore")),
        want(Ok("xy".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "ascii", "replace")),
        want(Ok("x\u{fffd}y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "ascii", "backslashreplace")),
        want(Ok("x\\x80y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"x\x80y", "latin-1", "strict")),
        want(Ok("x\u{80}y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "latin-1", "ignore")),
        want(Ok("x\u{80}y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "latin-1", "replace")),
        want(Ok("x\u{80}y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "latin-1", "backslashreplace")),
        want(Ok("x\u{80}y".to_string()))
    );
    assert_eq!(
        e(decode(b"x\x80y", "latin-1", "bogus")),
        want(Ok("x\u{80}y".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "utf-8", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte"
        )))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "utf-8", "ignore")),
        want(Ok("t".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "utf-8", "replace")),
        want(Ok("\u{fffd}t\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "utf-8", "backslashreplace")),
        want(Ok("\\xe9t\\xe9".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "utf-8", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "ascii", "strict")),
        want(Err((
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)"
        )))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "ascii", "ignore")),
        want(Ok("t".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "ascii", "replace")),
        want(Ok("\u{fffd}t\u{fffd}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "ascii", "backslashreplace")),
        want(Ok("\\xe9t\\xe9".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "ascii", "bogus")),
        want(Err(("LookupError", "unknown error handler name 'bogus'")))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "latin-1", "strict")),
        want(Ok("\u{e9}t\u{e9}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "latin-1", "ignore")),
        want(Ok("\u{e9}t\u{e9}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "latin-1", "replace")),
        want(Ok("\u{e9}t\u{e9}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "latin-1", "backslashreplace")),
        want(Ok("\u{e9}t\u{e9}".to_string()))
    );
    assert_eq!(
        e(decode(b"\xe9t\xe9", "latin-1", "bogus")),
        want(Ok("\u{e9}t\u{e9}".to_string()))
    );
    assert_eq!(e(decode(b"", "utf-8", "strict")), want(Ok("".to_string())));
    assert_eq!(e(decode(b"", "utf-8", "ignore")), want(Ok("".to_string())));
    assert_eq!(e(decode(b"", "utf-8", "replace")), want(Ok("".to_string())));
    assert_eq!(
        e(decode(b"", "utf-8", "backslashreplace")),
        want(Ok("".to_string()))
    );
    assert_eq!(e(decode(b"", "utf-8", "bogus")), want(Ok("".to_string())));
    assert_eq!(e(decode(b"", "ascii", "strict")), want(Ok("".to_string())));
    assert_eq!(e(decode(b"", "ascii", "ignore")), want(Ok("".to_string())));
    assert_eq!(e(decode(b"", "ascii", "replace")), want(Ok("".to_string())));
    assert_eq!(
        e(decode(b"", "ascii", "backslashreplace")),
        want(Ok("".to_string()))
    );
    assert_eq!(e(decode(b"", "ascii", "bogus")), want(Ok("".to_string())));
    assert_eq!(
        e(decode(b"", "latin-1", "strict")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"", "latin-1", "ignore")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"", "latin-1", "replace")),
        want(Ok("".to_string()))
    );
    assert_eq!(
        e(decode(b"", "latin-1", "backslashreplace")),
        want(Ok("".to_string()))
    );
    assert_eq!(e(decode(b"", "latin-1", "bogus")), want(Ok("".to_string())));
}

#[test]
fn bytes_methods_match_cpython() {
    assert_eq!(bytes_upper(b"Hello World"), b"HELLO WORLD".to_vec());
    assert_eq!(bytes_lower(b"Hello World"), b"hello world".to_vec());
    assert_eq!(
        (
            bytes_strip(b"Hello World", None),
            bytes_lstrip(b"Hello World", None),
            bytes_rstrip(b"Hello World", None)
        ),
        (
            b"Hello World".to_vec(),
            b"Hello World".to_vec(),
            b"Hello World".to_vec()
        )
    );
    assert_eq!(
        (
            bytes_strip(b"Hello World", Some(b"x")),
            bytes_lstrip(b"Hello World", Some(b"x")),
            bytes_rstrip(b"Hello World", Some(b"x"))
        ),
        (
            b"Hello World".to_vec(),
            b"Hello World".to_vec(),
            b"Hello World".to_vec()
        )
    );
    assert_eq!(
        (
            bytes_strip(b"Hello World", Some(b"")),
            bytes_lstrip(b"Hello World", Some(b"")),
            bytes_rstrip(b"Hello World", Some(b""))
        ),
        (
            b"Hello World".to_vec(),
            b"Hello World".to_vec(),
            b"Hello World".to_vec()
        )
    );
    assert_eq!(
        bytes_split(b"Hello World", None, -1).unwrap(),
        vec![b"Hello".to_vec(), b"World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", None, 0).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", None, 1).unwrap(),
        vec![b"Hello".to_vec(), b"World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b" "), -1).unwrap(),
        vec![b"Hello".to_vec(), b"World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b" "), 0).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b" "), 1).unwrap(),
        vec![b"Hello".to_vec(), b"World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b"x"), -1).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b"x"), 0).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b"x"), 1).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b"ab"), -1).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b"ab"), 0).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"Hello World", Some(b"ab"), 1).unwrap(),
        vec![b"Hello World".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"x", None, None),
            bytes_count(b"Hello World", b"x", None, None),
            bytes_startswith(b"Hello World", b"x", None, None),
            bytes_endswith(b"Hello World", b"x", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"x", Some(1), None),
            bytes_count(b"Hello World", b"x", Some(1), None),
            bytes_startswith(b"Hello World", b"x", Some(1), None),
            bytes_endswith(b"Hello World", b"x", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"x", Some(-3), Some(-1)),
            bytes_count(b"Hello World", b"x", Some(-3), Some(-1)),
            bytes_startswith(b"Hello World", b"x", Some(-3), Some(-1)),
            bytes_endswith(b"Hello World", b"x", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"x", Some(20), None),
            bytes_count(b"Hello World", b"x", Some(20), None),
            bytes_startswith(b"Hello World", b"x", Some(20), None),
            bytes_endswith(b"Hello World", b"x", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"x", b"-", -1).unwrap(),
        b"Hello World".to_vec()
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"x", b"-", 1).unwrap(),
        b"Hello World".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"", None, None),
            bytes_count(b"Hello World", b"", None, None),
            bytes_startswith(b"Hello World", b"", None, None),
            bytes_endswith(b"Hello World", b"", None, None)
        ),
        (0, 12, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"", Some(1), None),
            bytes_count(b"Hello World", b"", Some(1), None),
            bytes_startswith(b"Hello World", b"", Some(1), None),
            bytes_endswith(b"Hello World", b"", Some(1), None)
        ),
        (1, 11, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"", Some(-3), Some(-1)),
            bytes_count(b"Hello World", b"", Some(-3), Some(-1)),
            bytes_startswith(b"Hello World", b"", Some(-3), Some(-1)),
            bytes_endswith(b"Hello World", b"", Some(-3), Some(-1))
        ),
        (8, 3, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"", Some(20), None),
            bytes_count(b"Hello World", b"", Some(20), None),
            bytes_startswith(b"Hello World", b"", Some(20), None),
            bytes_endswith(b"Hello World", b"", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"", b"-", -1).unwrap(),
        b"-H-e-l-l-o- -W-o-r-l-d-".to_vec()
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"", b"-", 1).unwrap(),
        b"-Hello World".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"ab", None, None),
            bytes_count(b"Hello World", b"ab", None, None),
            bytes_startswith(b"Hello World", b"ab", None, None),
            bytes_endswith(b"Hello World", b"ab", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"ab", Some(1), None),
            bytes_count(b"Hello World", b"ab", Some(1), None),
            bytes_startswith(b"Hello World", b"ab", Some(1), None),
            bytes_endswith(b"Hello World", b"ab", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"ab", Some(-3), Some(-1)),
            bytes_count(b"Hello World", b"ab", Some(-3), Some(-1)),
            bytes_startswith(b"Hello World", b"ab", Some(-3), Some(-1)),
            bytes_endswith(b"Hello World", b"ab", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"ab", Some(20), None),
            bytes_count(b"Hello World", b"ab", Some(20), None),
            bytes_startswith(b"Hello World", b"ab", Some(20), None),
            bytes_endswith(b"Hello World", b"ab", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"ab", b"-", -1).unwrap(),
        b"Hello World".to_vec()
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"ab", b"-", 1).unwrap(),
        b"Hello World".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"l", None, None),
            bytes_count(b"Hello World", b"l", None, None),
            bytes_startswith(b"Hello World", b"l", None, None),
            bytes_endswith(b"Hello World", b"l", None, None)
        ),
        (2, 3, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"l", Some(1), None),
            bytes_count(b"Hello World", b"l", Some(1), None),
            bytes_startswith(b"Hello World", b"l", Some(1), None),
            bytes_endswith(b"Hello World", b"l", Some(1), None)
        ),
        (2, 3, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"l", Some(-3), Some(-1)),
            bytes_count(b"Hello World", b"l", Some(-3), Some(-1)),
            bytes_startswith(b"Hello World", b"l", Some(-3), Some(-1)),
            bytes_endswith(b"Hello World", b"l", Some(-3), Some(-1))
        ),
        (9, 1, false, true)
    );
    assert_eq!(
        (
            bytes_find(b"Hello World", b"l", Some(20), None),
            bytes_count(b"Hello World", b"l", Some(20), None),
            bytes_startswith(b"Hello World", b"l", Some(20), None),
            bytes_endswith(b"Hello World", b"l", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"l", b"-", -1).unwrap(),
        b"He--o Wor-d".to_vec()
    );
    assert_eq!(
        bytes_replace(b"Hello World", b"l", b"-", 1).unwrap(),
        b"He-lo World".to_vec()
    );
    assert_eq!(
        bytes_hex(b"Hello World", None, 1).unwrap(),
        "48656c6c6f20576f726c64"
    );
    assert_eq!(
        bytes_hex(b"Hello World", Some(":"), 1).unwrap(),
        "48:65:6c:6c:6f:20:57:6f:72:6c:64"
    );
    assert_eq!(
        bytes_hex(b"Hello World", Some("-"), 2).unwrap(),
        "48-656c-6c6f-2057-6f72-6c64"
    );
    assert_eq!(
        bytes_hex(b"Hello World", Some(" "), -2).unwrap(),
        "4865 6c6c 6f20 576f 726c 64"
    );
    assert_eq!(
        bytes_hex(b"Hello World", Some("_"), 3).unwrap(),
        "4865_6c6c6f_20576f_726c64"
    );
    assert_eq!(
        bytes_upper(b"  a b\x09\x0b\x0cc \x0a"),
        b"  A B\x09\x0b\x0cC \x0a".to_vec()
    );
    assert_eq!(
        bytes_lower(b"  a b\x09\x0b\x0cc \x0a"),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        (
            bytes_strip(b"  a b\x09\x0b\x0cc \x0a", None),
            bytes_lstrip(b"  a b\x09\x0b\x0cc \x0a", None),
            bytes_rstrip(b"  a b\x09\x0b\x0cc \x0a", None)
        ),
        (
            b"a b\x09\x0b\x0cc".to_vec(),
            b"a b\x09\x0b\x0cc \x0a".to_vec(),
            b"  a b\x09\x0b\x0cc".to_vec()
        )
    );
    assert_eq!(
        (
            bytes_strip(b"  a b\x09\x0b\x0cc \x0a", Some(b"x")),
            bytes_lstrip(b"  a b\x09\x0b\x0cc \x0a", Some(b"x")),
            bytes_rstrip(b"  a b\x09\x0b\x0cc \x0a", Some(b"x"))
        ),
        (
            b"  a b\x09\x0b\x0cc \x0a".to_vec(),
            b"  a b\x09\x0b\x0cc \x0a".to_vec(),
            b"  a b\x09\x0b\x0cc \x0a".to_vec()
        )
    );
    assert_eq!(
        (
            bytes_strip(b"  a b\x09\x0b\x0cc \x0a", Some(b"")),
            bytes_lstrip(b"  a b\x09\x0b\x0cc \x0a", Some(b"")),
            bytes_rstrip(b"  a b\x09\x0b\x0cc \x0a", Some(b""))
        ),
        (
            b"  a b\x09\x0b\x0cc \x0a".to_vec(),
            b"  a b\x09\x0b\x0cc \x0a".to_vec(),
            b"  a b\x09\x0b\x0cc \x0a".to_vec()
        )
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", None, -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", None, 0).unwrap(),
        vec![b"a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", None, 1).unwrap(),
        vec![b"a".to_vec(), b"b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b" "), -1).unwrap(),
        vec![
            b"".to_vec(),
            b"".to_vec(),
            b"a".to_vec(),
            b"b\x09\x0b\x0cc".to_vec(),
            b"\x0a".to_vec()
        ] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b" "), 0).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b" "), 1).unwrap(),
        vec![b"".to_vec(), b" a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b"x"), -1).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b"x"), 0).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b"x"), 1).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b"ab"), -1).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b"ab"), 0).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"  a b\x09\x0b\x0cc \x0a", Some(b"ab"), 1).unwrap(),
        vec![b"  a b\x09\x0b\x0cc \x0a".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"x", None, None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"x", None, None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"x", None, None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"x", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(1), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(1), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(1), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(-3), Some(-1)),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(-3), Some(-1)),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(-3), Some(-1)),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(20), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(20), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(20), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"x", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"x", b"-", -1).unwrap(),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"x", b"-", 1).unwrap(),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"", None, None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"", None, None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"", None, None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"", None, None)
        ),
        (0, 12, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"", Some(1), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"", Some(1), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"", Some(1), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"", Some(1), None)
        ),
        (1, 11, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"", Some(-3), Some(-1)),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"", Some(-3), Some(-1)),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"", Some(-3), Some(-1)),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"", Some(-3), Some(-1))
        ),
        (8, 3, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"", Some(20), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"", Some(20), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"", Some(20), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"", b"-", -1).unwrap(),
        b"- - -a- -b-\x09-\x0b-\x0c-c- -\x0a-".to_vec()
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"", b"-", 1).unwrap(),
        b"-  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"ab", None, None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"ab", None, None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", None, None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(1), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(1), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(1), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(-3), Some(-1)),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(-3), Some(-1)),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(-3), Some(-1)),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(20), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(20), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(20), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"ab", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"ab", b"-", -1).unwrap(),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"ab", b"-", 1).unwrap(),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"l", None, None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"l", None, None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"l", None, None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"l", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(1), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(1), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(1), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(-3), Some(-1)),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(-3), Some(-1)),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(-3), Some(-1)),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(20), None),
            bytes_count(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(20), None),
            bytes_startswith(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(20), None),
            bytes_endswith(b"  a b\x09\x0b\x0cc \x0a", b"l", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"l", b"-", -1).unwrap(),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        bytes_replace(b"  a b\x09\x0b\x0cc \x0a", b"l", b"-", 1).unwrap(),
        b"  a b\x09\x0b\x0cc \x0a".to_vec()
    );
    assert_eq!(
        bytes_hex(b"  a b\x09\x0b\x0cc \x0a", None, 1).unwrap(),
        "2020612062090b0c63200a"
    );
    assert_eq!(
        bytes_hex(b"  a b\x09\x0b\x0cc \x0a", Some(":"), 1).unwrap(),
        "20:20:61:20:62:09:0b:0c:63:20:0a"
    );
    assert_eq!(
        bytes_hex(b"  a b\x09\x0b\x0cc \x0a", Some("-"), 2).unwrap(),
        "20-2061-2062-090b-0c63-200a"
    );
    assert_eq!(
        bytes_hex(b"  a b\x09\x0b\x0cc \x0a", Some(" "), -2).unwrap(),
        "2020 6120 6209 0b0c 6320 0a"
    );
    assert_eq!(
        bytes_hex(b"  a b\x09\x0b\x0cc \x0a", Some("_"), 3).unwrap(),
        "2020_612062_090b0c_63200a"
    );
    assert_eq!(bytes_upper(b""), b"".to_vec());
    assert_eq!(bytes_lower(b""), b"".to_vec());
    assert_eq!(
        (
            bytes_strip(b"", None),
            bytes_lstrip(b"", None),
            bytes_rstrip(b"", None)
        ),
        (b"".to_vec(), b"".to_vec(), b"".to_vec())
    );
    assert_eq!(
        (
            bytes_strip(b"", Some(b"x")),
            bytes_lstrip(b"", Some(b"x")),
            bytes_rstrip(b"", Some(b"x"))
        ),
        (b"".to_vec(), b"".to_vec(), b"".to_vec())
    );
    assert_eq!(
        (
            bytes_strip(b"", Some(b"")),
            bytes_lstrip(b"", Some(b"")),
            bytes_rstrip(b"", Some(b""))
        ),
        (b"".to_vec(), b"".to_vec(), b"".to_vec())
    );
    assert_eq!(bytes_split(b"", None, -1).unwrap(), vec![] as Vec<Vec<u8>>);
    assert_eq!(bytes_split(b"", None, 0).unwrap(), vec![] as Vec<Vec<u8>>);
    assert_eq!(bytes_split(b"", None, 1).unwrap(), vec![] as Vec<Vec<u8>>);
    assert_eq!(
        bytes_split(b"", Some(b" "), -1).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b" "), 0).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b" "), 1).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b"x"), -1).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b"x"), 0).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b"x"), 1).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b"ab"), -1).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b"ab"), 0).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"", Some(b"ab"), 1).unwrap(),
        vec![b"".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        (
            bytes_find(b"", b"x", None, None),
            bytes_count(b"", b"x", None, None),
            bytes_startswith(b"", b"x", None, None),
            bytes_endswith(b"", b"x", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"x", Some(1), None),
            bytes_count(b"", b"x", Some(1), None),
            bytes_startswith(b"", b"x", Some(1), None),
            bytes_endswith(b"", b"x", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"x", Some(-3), Some(-1)),
            bytes_count(b"", b"x", Some(-3), Some(-1)),
            bytes_startswith(b"", b"x", Some(-3), Some(-1)),
            bytes_endswith(b"", b"x", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"x", Some(20), None),
            bytes_count(b"", b"x", Some(20), None),
            bytes_startswith(b"", b"x", Some(20), None),
            bytes_endswith(b"", b"x", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(bytes_replace(b"", b"x", b"-", -1).unwrap(), b"".to_vec());
    assert_eq!(bytes_replace(b"", b"x", b"-", 1).unwrap(), b"".to_vec());
    assert_eq!(
        (
            bytes_find(b"", b"", None, None),
            bytes_count(b"", b"", None, None),
            bytes_startswith(b"", b"", None, None),
            bytes_endswith(b"", b"", None, None)
        ),
        (0, 1, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"", b"", Some(1), None),
            bytes_count(b"", b"", Some(1), None),
            bytes_startswith(b"", b"", Some(1), None),
            bytes_endswith(b"", b"", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"", Some(-3), Some(-1)),
            bytes_count(b"", b"", Some(-3), Some(-1)),
            bytes_startswith(b"", b"", Some(-3), Some(-1)),
            bytes_endswith(b"", b"", Some(-3), Some(-1))
        ),
        (0, 1, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"", b"", Some(20), None),
            bytes_count(b"", b"", Some(20), None),
            bytes_startswith(b"", b"", Some(20), None),
            bytes_endswith(b"", b"", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(bytes_replace(b"", b"", b"-", -1).unwrap(), b"-".to_vec());
    assert_eq!(bytes_replace(b"", b"", b"-", 1).unwrap(), b"-".to_vec());
    assert_eq!(
        (
            bytes_find(b"", b"ab", None, None),
            bytes_count(b"", b"ab", None, None),
            bytes_startswith(b"", b"ab", None, None),
            bytes_endswith(b"", b"ab", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"ab", Some(1), None),
            bytes_count(b"", b"ab", Some(1), None),
            bytes_startswith(b"", b"ab", Some(1), None),
            bytes_endswith(b"", b"ab", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"ab", Some(-3), Some(-1)),
            bytes_count(b"", b"ab", Some(-3), Some(-1)),
            bytes_startswith(b"", b"ab", Some(-3), Some(-1)),
            bytes_endswith(b"", b"ab", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"ab", Some(20), None),
            bytes_count(b"", b"ab", Some(20), None),
            bytes_startswith(b"", b"ab", Some(20), None),
            bytes_endswith(b"", b"ab", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(bytes_replace(b"", b"ab", b"-", -1).unwrap(), b"".to_vec());
    assert_eq!(bytes_replace(b"", b"ab", b"-", 1).unwrap(), b"".to_vec());
    assert_eq!(
        (
            bytes_find(b"", b"l", None, None),
            bytes_count(b"", b"l", None, None),
            bytes_startswith(b"", b"l", None, None),
            bytes_endswith(b"", b"l", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"l", Some(1), None),
            bytes_count(b"", b"l", Some(1), None),
            bytes_startswith(b"", b"l", Some(1), None),
            bytes_endswith(b"", b"l", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"l", Some(-3), Some(-1)),
            bytes_count(b"", b"l", Some(-3), Some(-1)),
            bytes_startswith(b"", b"l", Some(-3), Some(-1)),
            bytes_endswith(b"", b"l", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"", b"l", Some(20), None),
            bytes_count(b"", b"l", Some(20), None),
            bytes_startswith(b"", b"l", Some(20), None),
            bytes_endswith(b"", b"l", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(bytes_replace(b"", b"l", b"-", -1).unwrap(), b"".to_vec());
    assert_eq!(bytes_replace(b"", b"l", b"-", 1).unwrap(), b"".to_vec());
    assert_eq!(bytes_hex(b"", None, 1).unwrap(), "");
    assert_eq!(bytes_hex(b"", Some(":"), 1).unwrap(), "");
    assert_eq!(bytes_hex(b"", Some("-"), 2).unwrap(), "");
    assert_eq!(bytes_hex(b"", Some(" "), -2).unwrap(), "");
    assert_eq!(bytes_hex(b"", Some("_"), 3).unwrap(), "");
    assert_eq!(bytes_upper(b"xxabxx"), b"XXABXX".to_vec());
    assert_eq!(bytes_lower(b"xxabxx"), b"xxabxx".to_vec());
    assert_eq!(
        (
            bytes_strip(b"xxabxx", None),
            bytes_lstrip(b"xxabxx", None),
            bytes_rstrip(b"xxabxx", None)
        ),
        (b"xxabxx".to_vec(), b"xxabxx".to_vec(), b"xxabxx".to_vec())
    );
    assert_eq!(
        (
            bytes_strip(b"xxabxx", Some(b"x")),
            bytes_lstrip(b"xxabxx", Some(b"x")),
            bytes_rstrip(b"xxabxx", Some(b"x"))
        ),
        (b"ab".to_vec(), b"abxx".to_vec(), b"xxab".to_vec())
    );
    assert_eq!(
        (
            bytes_strip(b"xxabxx", Some(b"")),
            bytes_lstrip(b"xxabxx", Some(b"")),
            bytes_rstrip(b"xxabxx", Some(b""))
        ),
        (b"xxabxx".to_vec(), b"xxabxx".to_vec(), b"xxabxx".to_vec())
    );
    assert_eq!(
        bytes_split(b"xxabxx", None, -1).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", None, 0).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", None, 1).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b" "), -1).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b" "), 0).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b" "), 1).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b"x"), -1).unwrap(),
        vec![
            b"".to_vec(),
            b"".to_vec(),
            b"ab".to_vec(),
            b"".to_vec(),
            b"".to_vec()
        ] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b"x"), 0).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b"x"), 1).unwrap(),
        vec![b"".to_vec(), b"xabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b"ab"), -1).unwrap(),
        vec![b"xx".to_vec(), b"xx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b"ab"), 0).unwrap(),
        vec![b"xxabxx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"xxabxx", Some(b"ab"), 1).unwrap(),
        vec![b"xx".to_vec(), b"xx".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"x", None, None),
            bytes_count(b"xxabxx", b"x", None, None),
            bytes_startswith(b"xxabxx", b"x", None, None),
            bytes_endswith(b"xxabxx", b"x", None, None)
        ),
        (0, 4, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"x", Some(1), None),
            bytes_count(b"xxabxx", b"x", Some(1), None),
            bytes_startswith(b"xxabxx", b"x", Some(1), None),
            bytes_endswith(b"xxabxx", b"x", Some(1), None)
        ),
        (1, 3, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"x", Some(-3), Some(-1)),
            bytes_count(b"xxabxx", b"x", Some(-3), Some(-1)),
            bytes_startswith(b"xxabxx", b"x", Some(-3), Some(-1)),
            bytes_endswith(b"xxabxx", b"x", Some(-3), Some(-1))
        ),
        (4, 1, false, true)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"x", Some(20), None),
            bytes_count(b"xxabxx", b"x", Some(20), None),
            bytes_startswith(b"xxabxx", b"x", Some(20), None),
            bytes_endswith(b"xxabxx", b"x", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"x", b"-", -1).unwrap(),
        b"--ab--".to_vec()
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"x", b"-", 1).unwrap(),
        b"-xabxx".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"", None, None),
            bytes_count(b"xxabxx", b"", None, None),
            bytes_startswith(b"xxabxx", b"", None, None),
            bytes_endswith(b"xxabxx", b"", None, None)
        ),
        (0, 7, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"", Some(1), None),
            bytes_count(b"xxabxx", b"", Some(1), None),
            bytes_startswith(b"xxabxx", b"", Some(1), None),
            bytes_endswith(b"xxabxx", b"", Some(1), None)
        ),
        (1, 6, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"", Some(-3), Some(-1)),
            bytes_count(b"xxabxx", b"", Some(-3), Some(-1)),
            bytes_startswith(b"xxabxx", b"", Some(-3), Some(-1)),
            bytes_endswith(b"xxabxx", b"", Some(-3), Some(-1))
        ),
        (3, 3, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"", Some(20), None),
            bytes_count(b"xxabxx", b"", Some(20), None),
            bytes_startswith(b"xxabxx", b"", Some(20), None),
            bytes_endswith(b"xxabxx", b"", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"", b"-", -1).unwrap(),
        b"-x-x-a-b-x-x-".to_vec()
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"", b"-", 1).unwrap(),
        b"-xxabxx".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"ab", None, None),
            bytes_count(b"xxabxx", b"ab", None, None),
            bytes_startswith(b"xxabxx", b"ab", None, None),
            bytes_endswith(b"xxabxx", b"ab", None, None)
        ),
        (2, 1, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"ab", Some(1), None),
            bytes_count(b"xxabxx", b"ab", Some(1), None),
            bytes_startswith(b"xxabxx", b"ab", Some(1), None),
            bytes_endswith(b"xxabxx", b"ab", Some(1), None)
        ),
        (2, 1, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"ab", Some(-3), Some(-1)),
            bytes_count(b"xxabxx", b"ab", Some(-3), Some(-1)),
            bytes_startswith(b"xxabxx", b"ab", Some(-3), Some(-1)),
            bytes_endswith(b"xxabxx", b"ab", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"ab", Some(20), None),
            bytes_count(b"xxabxx", b"ab", Some(20), None),
            bytes_startswith(b"xxabxx", b"ab", Some(20), None),
            bytes_endswith(b"xxabxx", b"ab", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"ab", b"-", -1).unwrap(),
        b"xx-xx".to_vec()
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"ab", b"-", 1).unwrap(),
        b"xx-xx".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"l", None, None),
            bytes_count(b"xxabxx", b"l", None, None),
            bytes_startswith(b"xxabxx", b"l", None, None),
            bytes_endswith(b"xxabxx", b"l", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"l", Some(1), None),
            bytes_count(b"xxabxx", b"l", Some(1), None),
            bytes_startswith(b"xxabxx", b"l", Some(1), None),
            bytes_endswith(b"xxabxx", b"l", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"l", Some(-3), Some(-1)),
            bytes_count(b"xxabxx", b"l", Some(-3), Some(-1)),
            bytes_startswith(b"xxabxx", b"l", Some(-3), Some(-1)),
            bytes_endswith(b"xxabxx", b"l", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"xxabxx", b"l", Some(20), None),
            bytes_count(b"xxabxx", b"l", Some(20), None),
            bytes_startswith(b"xxabxx", b"l", Some(20), None),
            bytes_endswith(b"xxabxx", b"l", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"l", b"-", -1).unwrap(),
        b"xxabxx".to_vec()
    );
    assert_eq!(
        bytes_replace(b"xxabxx", b"l", b"-", 1).unwrap(),
        b"xxabxx".to_vec()
    );
    assert_eq!(bytes_hex(b"xxabxx", None, 1).unwrap(), "787861627878");
    assert_eq!(
        bytes_hex(b"xxabxx", Some(":"), 1).unwrap(),
        "78:78:61:62:78:78"
    );
    assert_eq!(
        bytes_hex(b"xxabxx", Some("-"), 2).unwrap(),
        "7878-6162-7878"
    );
    assert_eq!(
        bytes_hex(b"xxabxx", Some(" "), -2).unwrap(),
        "7878 6162 7878"
    );
    assert_eq!(bytes_hex(b"xxabxx", Some("_"), 3).unwrap(), "787861_627878");
    assert_eq!(bytes_upper(b"\x1c a \x85"), b"\x1c A \x85".to_vec());
    assert_eq!(bytes_lower(b"\x1c a \x85"), b"\x1c a \x85".to_vec());
    assert_eq!(
        (
            bytes_strip(b"\x1c a \x85", None),
            bytes_lstrip(b"\x1c a \x85", None),
            bytes_rstrip(b"\x1c a \x85", None)
        ),
        (
            b"\x1c a \x85".to_vec(),
            b"\x1c a \x85".to_vec(),
            b"\x1c a \x85".to_vec()
        )
    );
    assert_eq!(
        (
            bytes_strip(b"\x1c a \x85", Some(b"x")),
            bytes_lstrip(b"\x1c a \x85", Some(b"x")),
            bytes_rstrip(b"\x1c a \x85", Some(b"x"))
        ),
        (
            b"\x1c a \x85".to_vec(),
            b"\x1c a \x85".to_vec(),
            b"\x1c a \x85".to_vec()
        )
    );
    assert_eq!(
        (
            bytes_strip(b"\x1c a \x85", Some(b"")),
            bytes_lstrip(b"\x1c a \x85", Some(b"")),
            bytes_rstrip(b"\x1c a \x85", Some(b""))
        ),
        (
            b"\x1c a \x85".to_vec(),
            b"\x1c a \x85".to_vec(),
            b"\x1c a \x85".to_vec()
        )
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", None, -1).unwrap(),
        vec![b"\x1c".to_vec(), b"a".to_vec(), b"\x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", None, 0).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", None, 1).unwrap(),
        vec![b"\x1c".to_vec(), b"a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b" "), -1).unwrap(),
        vec![b"\x1c".to_vec(), b"a".to_vec(), b"\x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b" "), 0).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b" "), 1).unwrap(),
        vec![b"\x1c".to_vec(), b"a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b"x"), -1).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b"x"), 0).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b"x"), 1).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b"ab"), -1).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b"ab"), 0).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        bytes_split(b"\x1c a \x85", Some(b"ab"), 1).unwrap(),
        vec![b"\x1c a \x85".to_vec()] as Vec<Vec<u8>>
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"x", None, None),
            bytes_count(b"\x1c a \x85", b"x", None, None),
            bytes_startswith(b"\x1c a \x85", b"x", None, None),
            bytes_endswith(b"\x1c a \x85", b"x", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"x", Some(1), None),
            bytes_count(b"\x1c a \x85", b"x", Some(1), None),
            bytes_startswith(b"\x1c a \x85", b"x", Some(1), None),
            bytes_endswith(b"\x1c a \x85", b"x", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"x", Some(-3), Some(-1)),
            bytes_count(b"\x1c a \x85", b"x", Some(-3), Some(-1)),
            bytes_startswith(b"\x1c a \x85", b"x", Some(-3), Some(-1)),
            bytes_endswith(b"\x1c a \x85", b"x", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"x", Some(20), None),
            bytes_count(b"\x1c a \x85", b"x", Some(20), None),
            bytes_startswith(b"\x1c a \x85", b"x", Some(20), None),
            bytes_endswith(b"\x1c a \x85", b"x", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"x", b"-", -1).unwrap(),
        b"\x1c a \x85".to_vec()
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"x", b"-", 1).unwrap(),
        b"\x1c a \x85".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"", None, None),
            bytes_count(b"\x1c a \x85", b"", None, None),
            bytes_startswith(b"\x1c a \x85", b"", None, None),
            bytes_endswith(b"\x1c a \x85", b"", None, None)
        ),
        (0, 6, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"", Some(1), None),
            bytes_count(b"\x1c a \x85", b"", Some(1), None),
            bytes_startswith(b"\x1c a \x85", b"", Some(1), None),
            bytes_endswith(b"\x1c a \x85", b"", Some(1), None)
        ),
        (1, 5, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"", Some(-3), Some(-1)),
            bytes_count(b"\x1c a \x85", b"", Some(-3), Some(-1)),
            bytes_startswith(b"\x1c a \x85", b"", Some(-3), Some(-1)),
            bytes_endswith(b"\x1c a \x85", b"", Some(-3), Some(-1))
        ),
        (2, 3, true, true)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"", Some(20), None),
            bytes_count(b"\x1c a \x85", b"", Some(20), None),
            bytes_startswith(b"\x1c a \x85", b"", Some(20), None),
            bytes_endswith(b"\x1c a \x85", b"", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"", b"-", -1).unwrap(),
        b"-\x1c- -a- -\x85-".to_vec()
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"", b"-", 1).unwrap(),
        b"-\x1c a \x85".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"ab", None, None),
            bytes_count(b"\x1c a \x85", b"ab", None, None),
            bytes_startswith(b"\x1c a \x85", b"ab", None, None),
            bytes_endswith(b"\x1c a \x85", b"ab", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"ab", Some(1), None),
            bytes_count(b"\x1c a \x85", b"ab", Some(1), None),
            bytes_startswith(b"\x1c a \x85", b"ab", Some(1), None),
            bytes_endswith(b"\x1c a \x85", b"ab", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"ab", Some(-3), Some(-1)),
            bytes_count(b"\x1c a \x85", b"ab", Some(-3), Some(-1)),
            bytes_startswith(b"\x1c a \x85", b"ab", Some(-3), Some(-1)),
            bytes_endswith(b"\x1c a \x85", b"ab", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"ab", Some(20), None),
            bytes_count(b"\x1c a \x85", b"ab", Some(20), None),
            bytes_startswith(b"\x1c a \x85", b"ab", Some(20), None),
            bytes_endswith(b"\x1c a \x85", b"ab", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"ab", b"-", -1).unwrap(),
        b"\x1c a \x85".to_vec()
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"ab", b"-", 1).unwrap(),
        b"\x1c a \x85".to_vec()
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"l", None, None),
            bytes_count(b"\x1c a \x85", b"l", None, None),
            bytes_startswith(b"\x1c a \x85", b"l", None, None),
            bytes_endswith(b"\x1c a \x85", b"l", None, None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"l", Some(1), None),
            bytes_count(b"\x1c a \x85", b"l", Some(1), None),
            bytes_startswith(b"\x1c a \x85", b"l", Some(1), None),
            bytes_endswith(b"\x1c a \x85", b"l", Some(1), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"l", Some(-3), Some(-1)),
            bytes_count(b"\x1c a \x85", b"l", Some(-3), Some(-1)),
            bytes_startswith(b"\x1c a \x85", b"l", Some(-3), Some(-1)),
            bytes_endswith(b"\x1c a \x85", b"l", Some(-3), Some(-1))
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        (
            bytes_find(b"\x1c a \x85", b"l", Some(20), None),
            bytes_count(b"\x1c a \x85", b"l", Some(20), None),
            bytes_startswith(b"\x1c a \x85", b"l", Some(20), None),
            bytes_endswith(b"\x1c a \x85", b"l", Some(20), None)
        ),
        (-1, 0, false, false)
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"l", b"-", -1).unwrap(),
        b"\x1c a \x85".to_vec()
    );
    assert_eq!(
        bytes_replace(b"\x1c a \x85", b"l", b"-", 1).unwrap(),
        b"\x1c a \x85".to_vec()
    );
    assert_eq!(bytes_hex(b"\x1c a \x85", None, 1).unwrap(), "1c20612085");
    assert_eq!(
        bytes_hex(b"\x1c a \x85", Some(":"), 1).unwrap(),
        "1c:20:61:20:85"
    );
    assert_eq!(
        bytes_hex(b"\x1c a \x85", Some("-"), 2).unwrap(),
        "1c-2061-2085"
    );
    assert_eq!(
        bytes_hex(b"\x1c a \x85", Some(" "), -2).unwrap(),
        "1c20 6120 85"
    );
    assert_eq!(
        bytes_hex(b"\x1c a \x85", Some("_"), 3).unwrap(),
        "1c20_612085"
    );
    assert_eq!(
        e(bytes_split(b"a", Some(b""), -1)),
        want(Err(("ValueError", "empty separator")))
    );
    assert_eq!(bytes_repeat(b"ab", 3).unwrap(), b"ababab".to_vec());
}

#[test]
fn slices_match_cpython() {
    let s = "héllo wörld";
    let b: &[u8] = b"0123456789";
    let cases: Vec<(
        Option<i64>,
        Option<i64>,
        Option<i64>,
        &str,
        &str,
        (i64, i64, i64, i64),
    )> = vec![
        (
            None,
            None,
            None,
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            None,
            None,
            Some(1),
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (None, None, Some(2), "hlowrd", "02468", (0, 11, 2, 6)),
        (
            None,
            None,
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (None, None, Some(-2), "drwolh", "97531", (10, -1, -2, 6)),
        (None, None, Some(3), "hlwl", "0369", (0, 11, 3, 4)),
        (
            None,
            None,
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (None, Some(0), None, "", "", (0, 0, 1, 0)),
        (None, Some(0), Some(1), "", "", (0, 0, 1, 0)),
        (None, Some(0), Some(2), "", "", (0, 0, 2, 0)),
        (
            None,
            Some(0),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}",
            "987654321",
            (10, 0, -1, 10),
        ),
        (None, Some(0), Some(-2), "drwol", "97531", (10, 0, -2, 5)),
        (None, Some(0), Some(3), "", "", (0, 0, 3, 0)),
        (
            None,
            Some(0),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "963",
            (10, 0, -3, 4),
        ),
        (None, Some(1), None, "h", "0", (0, 1, 1, 1)),
        (None, Some(1), Some(1), "h", "0", (0, 1, 1, 1)),
        (None, Some(1), Some(2), "h", "0", (0, 1, 2, 1)),
        (
            None,
            Some(1),
            Some(-1),
            "dlr\u{f6}w oll",
            "98765432",
            (10, 1, -1, 9),
        ),
        (None, Some(1), Some(-2), "drwol", "9753", (10, 1, -2, 5)),
        (None, Some(1), Some(3), "h", "0", (0, 1, 3, 1)),
        (None, Some(1), Some(-3), "d\u{f6}o", "963", (10, 1, -3, 3)),
        (None, Some(2), None, "h\u{e9}", "01", (0, 2, 1, 2)),
        (None, Some(2), Some(1), "h\u{e9}", "01", (0, 2, 1, 2)),
        (None, Some(2), Some(2), "h", "0", (0, 2, 2, 1)),
        (
            None,
            Some(2),
            Some(-1),
            "dlr\u{f6}w ol",
            "9876543",
            (10, 2, -1, 8),
        ),
        (None, Some(2), Some(-2), "drwo", "9753", (10, 2, -2, 4)),
        (None, Some(2), Some(3), "h", "0", (0, 2, 3, 1)),
        (None, Some(2), Some(-3), "d\u{f6}o", "963", (10, 2, -3, 3)),
        (
            None,
            Some(-1),
            None,
            "h\u{e9}llo w\u{f6}rl",
            "012345678",
            (0, 10, 1, 10),
        ),
        (
            None,
            Some(-1),
            Some(1),
            "h\u{e9}llo w\u{f6}rl",
            "012345678",
            (0, 10, 1, 10),
        ),
        (None, Some(-1), Some(2), "hlowr", "02468", (0, 10, 2, 5)),
        (None, Some(-1), Some(-1), "", "", (10, 10, -1, 0)),
        (None, Some(-1), Some(-2), "", "", (10, 10, -2, 0)),
        (None, Some(-1), Some(3), "hlwl", "036", (0, 10, 3, 4)),
        (None, Some(-1), Some(-3), "", "", (10, 10, -3, 0)),
        (
            None,
            Some(-2),
            None,
            "h\u{e9}llo w\u{f6}r",
            "01234567",
            (0, 9, 1, 9),
        ),
        (
            None,
            Some(-2),
            Some(1),
            "h\u{e9}llo w\u{f6}r",
            "01234567",
            (0, 9, 1, 9),
        ),
        (None, Some(-2), Some(2), "hlowr", "0246", (0, 9, 2, 5)),
        (None, Some(-2), Some(-1), "d", "9", (10, 9, -1, 1)),
        (None, Some(-2), Some(-2), "d", "9", (10, 9, -2, 1)),
        (None, Some(-2), Some(3), "hlw", "036", (0, 9, 3, 3)),
        (None, Some(-2), Some(-3), "d", "9", (10, 9, -3, 1)),
        (None, Some(3), None, "h\u{e9}l", "012", (0, 3, 1, 3)),
        (None, Some(3), Some(1), "h\u{e9}l", "012", (0, 3, 1, 3)),
        (None, Some(3), Some(2), "hl", "02", (0, 3, 2, 2)),
        (
            None,
            Some(3),
            Some(-1),
            "dlr\u{f6}w o",
            "987654",
            (10, 3, -1, 7),
        ),
        (None, Some(3), Some(-2), "drwo", "975", (10, 3, -2, 4)),
        (None, Some(3), Some(3), "h", "0", (0, 3, 3, 1)),
        (None, Some(3), Some(-3), "d\u{f6}o", "96", (10, 3, -3, 3)),
        (None, Some(5), None, "h\u{e9}llo", "01234", (0, 5, 1, 5)),
        (None, Some(5), Some(1), "h\u{e9}llo", "01234", (0, 5, 1, 5)),
        (None, Some(5), Some(2), "hlo", "024", (0, 5, 2, 3)),
        (
            None,
            Some(5),
            Some(-1),
            "dlr\u{f6}w",
            "9876",
            (10, 5, -1, 5),
        ),
        (None, Some(5), Some(-2), "drw", "97", (10, 5, -2, 3)),
        (None, Some(5), Some(3), "hl", "03", (0, 5, 3, 2)),
        (None, Some(5), Some(-3), "d\u{f6}", "96", (10, 5, -3, 2)),
        (
            None,
            Some(10),
            None,
            "h\u{e9}llo w\u{f6}rl",
            "0123456789",
            (0, 10, 1, 10),
        ),
        (
            None,
            Some(10),
            Some(1),
            "h\u{e9}llo w\u{f6}rl",
            "0123456789",
            (0, 10, 1, 10),
        ),
        (None, Some(10), Some(2), "hlowr", "02468", (0, 10, 2, 5)),
        (None, Some(10), Some(-1), "", "", (10, 10, -1, 0)),
        (None, Some(10), Some(-2), "", "", (10, 10, -2, 0)),
        (None, Some(10), Some(3), "hlwl", "0369", (0, 10, 3, 4)),
        (None, Some(10), Some(-3), "", "", (10, 10, -3, 0)),
        (None, Some(-10), None, "h", "", (0, 1, 1, 1)),
        (None, Some(-10), Some(1), "h", "", (0, 1, 1, 1)),
        (None, Some(-10), Some(2), "h", "", (0, 1, 2, 1)),
        (
            None,
            Some(-10),
            Some(-1),
            "dlr\u{f6}w oll",
            "987654321",
            (10, 1, -1, 9),
        ),
        (None, Some(-10), Some(-2), "drwol", "97531", (10, 1, -2, 5)),
        (None, Some(-10), Some(3), "h", "", (0, 1, 3, 1)),
        (None, Some(-10), Some(-3), "d\u{f6}o", "963", (10, 1, -3, 3)),
        (
            None,
            Some(4611686018427387904),
            None,
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            None,
            Some(4611686018427387904),
            Some(1),
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            None,
            Some(4611686018427387904),
            Some(2),
            "hlowrd",
            "02468",
            (0, 11, 2, 6),
        ),
        (
            None,
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (10, 10, -1, 0),
        ),
        (
            None,
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (10, 10, -2, 0),
        ),
        (
            None,
            Some(4611686018427387904),
            Some(3),
            "hlwl",
            "0369",
            (0, 11, 3, 4),
        ),
        (
            None,
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (10, 10, -3, 0),
        ),
        (None, Some(-4611686018427387904), None, "", "", (0, 0, 1, 0)),
        (
            None,
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            None,
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (0, 0, 2, 0),
        ),
        (
            None,
            Some(-4611686018427387904),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (
            None,
            Some(-4611686018427387904),
            Some(-2),
            "drwolh",
            "97531",
            (10, -1, -2, 6),
        ),
        (
            None,
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (0, 0, 3, 0),
        ),
        (
            None,
            Some(-4611686018427387904),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (
            Some(0),
            None,
            None,
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(0),
            None,
            Some(1),
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (Some(0), None, Some(2), "hlowrd", "02468", (0, 11, 2, 6)),
        (Some(0), None, Some(-1), "h", "0", (0, -1, -1, 1)),
        (Some(0), None, Some(-2), "h", "0", (0, -1, -2, 1)),
        (Some(0), None, Some(3), "hlwl", "0369", (0, 11, 3, 4)),
        (Some(0), None, Some(-3), "h", "0", (0, -1, -3, 1)),
        (Some(0), Some(0), None, "", "", (0, 0, 1, 0)),
        (Some(0), Some(0), Some(1), "", "", (0, 0, 1, 0)),
        (Some(0), Some(0), Some(2), "", "", (0, 0, 2, 0)),
        (Some(0), Some(0), Some(-1), "", "", (0, 0, -1, 0)),
        (Some(0), Some(0), Some(-2), "", "", (0, 0, -2, 0)),
        (Some(0), Some(0), Some(3), "", "", (0, 0, 3, 0)),
        (Some(0), Some(0), Some(-3), "", "", (0, 0, -3, 0)),
        (Some(0), Some(1), None, "h", "0", (0, 1, 1, 1)),
        (Some(0), Some(1), Some(1), "h", "0", (0, 1, 1, 1)),
        (Some(0), Some(1), Some(2), "h", "0", (0, 1, 2, 1)),
        (Some(0), Some(1), Some(-1), "", "", (0, 1, -1, 0)),
        (Some(0), Some(1), Some(-2), "", "", (0, 1, -2, 0)),
        (Some(0), Some(1), Some(3), "h", "0", (0, 1, 3, 1)),
        (Some(0), Some(1), Some(-3), "", "", (0, 1, -3, 0)),
        (Some(0), Some(2), None, "h\u{e9}", "01", (0, 2, 1, 2)),
        (Some(0), Some(2), Some(1), "h\u{e9}", "01", (0, 2, 1, 2)),
        (Some(0), Some(2), Some(2), "h", "0", (0, 2, 2, 1)),
        (Some(0), Some(2), Some(-1), "", "", (0, 2, -1, 0)),
        (Some(0), Some(2), Some(-2), "", "", (0, 2, -2, 0)),
        (Some(0), Some(2), Some(3), "h", "0", (0, 2, 3, 1)),
        (Some(0), Some(2), Some(-3), "", "", (0, 2, -3, 0)),
        (
            Some(0),
            Some(-1),
            None,
            "h\u{e9}llo w\u{f6}rl",
            "012345678",
            (0, 10, 1, 10),
        ),
        (
            Some(0),
            Some(-1),
            Some(1),
            "h\u{e9}llo w\u{f6}rl",
            "012345678",
            (0, 10, 1, 10),
        ),
        (Some(0), Some(-1), Some(2), "hlowr", "02468", (0, 10, 2, 5)),
        (Some(0), Some(-1), Some(-1), "", "", (0, 10, -1, 0)),
        (Some(0), Some(-1), Some(-2), "", "", (0, 10, -2, 0)),
        (Some(0), Some(-1), Some(3), "hlwl", "036", (0, 10, 3, 4)),
        (Some(0), Some(-1), Some(-3), "", "", (0, 10, -3, 0)),
        (
            Some(0),
            Some(-2),
            None,
            "h\u{e9}llo w\u{f6}r",
            "01234567",
            (0, 9, 1, 9),
        ),
        (
            Some(0),
            Some(-2),
            Some(1),
            "h\u{e9}llo w\u{f6}r",
            "01234567",
            (0, 9, 1, 9),
        ),
        (Some(0), Some(-2), Some(2), "hlowr", "0246", (0, 9, 2, 5)),
        (Some(0), Some(-2), Some(-1), "", "", (0, 9, -1, 0)),
        (Some(0), Some(-2), Some(-2), "", "", (0, 9, -2, 0)),
        (Some(0), Some(-2), Some(3), "hlw", "036", (0, 9, 3, 3)),
        (Some(0), Some(-2), Some(-3), "", "", (0, 9, -3, 0)),
        (Some(0), Some(3), None, "h\u{e9}l", "012", (0, 3, 1, 3)),
        (Some(0), Some(3), Some(1), "h\u{e9}l", "012", (0, 3, 1, 3)),
        (Some(0), Some(3), Some(2), "hl", "02", (0, 3, 2, 2)),
        (Some(0), Some(3), Some(-1), "", "", (0, 3, -1, 0)),
        (Some(0), Some(3), Some(-2), "", "", (0, 3, -2, 0)),
        (Some(0), Some(3), Some(3), "h", "0", (0, 3, 3, 1)),
        (Some(0), Some(3), Some(-3), "", "", (0, 3, -3, 0)),
        (Some(0), Some(5), None, "h\u{e9}llo", "01234", (0, 5, 1, 5)),
        (
            Some(0),
            Some(5),
            Some(1),
            "h\u{e9}llo",
            "01234",
            (0, 5, 1, 5),
        ),
        (Some(0), Some(5), Some(2), "hlo", "024", (0, 5, 2, 3)),
        (Some(0), Some(5), Some(-1), "", "", (0, 5, -1, 0)),
        (Some(0), Some(5), Some(-2), "", "", (0, 5, -2, 0)),
        (Some(0), Some(5), Some(3), "hl", "03", (0, 5, 3, 2)),
        (Some(0), Some(5), Some(-3), "", "", (0, 5, -3, 0)),
        (
            Some(0),
            Some(10),
            None,
            "h\u{e9}llo w\u{f6}rl",
            "0123456789",
            (0, 10, 1, 10),
        ),
        (
            Some(0),
            Some(10),
            Some(1),
            "h\u{e9}llo w\u{f6}rl",
            "0123456789",
            (0, 10, 1, 10),
        ),
        (Some(0), Some(10), Some(2), "hlowr", "02468", (0, 10, 2, 5)),
        (Some(0), Some(10), Some(-1), "", "", (0, 10, -1, 0)),
        (Some(0), Some(10), Some(-2), "", "", (0, 10, -2, 0)),
        (Some(0), Some(10), Some(3), "hlwl", "0369", (0, 10, 3, 4)),
        (Some(0), Some(10), Some(-3), "", "", (0, 10, -3, 0)),
        (Some(0), Some(-10), None, "h", "", (0, 1, 1, 1)),
        (Some(0), Some(-10), Some(1), "h", "", (0, 1, 1, 1)),
        (Some(0), Some(-10), Some(2), "h", "", (0, 1, 2, 1)),
        (Some(0), Some(-10), Some(-1), "", "", (0, 1, -1, 0)),
        (Some(0), Some(-10), Some(-2), "", "", (0, 1, -2, 0)),
        (Some(0), Some(-10), Some(3), "h", "", (0, 1, 3, 1)),
        (Some(0), Some(-10), Some(-3), "", "", (0, 1, -3, 0)),
        (
            Some(0),
            Some(4611686018427387904),
            None,
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(0),
            Some(4611686018427387904),
            Some(1),
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(0),
            Some(4611686018427387904),
            Some(2),
            "hlowrd",
            "02468",
            (0, 11, 2, 6),
        ),
        (
            Some(0),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (0, 10, -1, 0),
        ),
        (
            Some(0),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (0, 10, -2, 0),
        ),
        (
            Some(0),
            Some(4611686018427387904),
            Some(3),
            "hlwl",
            "0369",
            (0, 11, 3, 4),
        ),
        (
            Some(0),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (0, 10, -3, 0),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (0, 0, 2, 0),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            Some(-1),
            "h",
            "0",
            (0, -1, -1, 1),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            Some(-2),
            "h",
            "0",
            (0, -1, -2, 1),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (0, 0, 3, 0),
        ),
        (
            Some(0),
            Some(-4611686018427387904),
            Some(-3),
            "h",
            "0",
            (0, -1, -3, 1),
        ),
        (
            Some(1),
            None,
            None,
            "\u{e9}llo w\u{f6}rld",
            "123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(1),
            None,
            Some(1),
            "\u{e9}llo w\u{f6}rld",
            "123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(1),
            None,
            Some(2),
            "\u{e9}l \u{f6}l",
            "13579",
            (1, 11, 2, 5),
        ),
        (Some(1), None, Some(-1), "\u{e9}h", "10", (1, -1, -1, 2)),
        (Some(1), None, Some(-2), "\u{e9}", "1", (1, -1, -2, 1)),
        (
            Some(1),
            None,
            Some(3),
            "\u{e9}o\u{f6}d",
            "147",
            (1, 11, 3, 4),
        ),
        (Some(1), None, Some(-3), "\u{e9}", "1", (1, -1, -3, 1)),
        (Some(1), Some(0), None, "", "", (1, 0, 1, 0)),
        (Some(1), Some(0), Some(1), "", "", (1, 0, 1, 0)),
        (Some(1), Some(0), Some(2), "", "", (1, 0, 2, 0)),
        (Some(1), Some(0), Some(-1), "\u{e9}", "1", (1, 0, -1, 1)),
        (Some(1), Some(0), Some(-2), "\u{e9}", "1", (1, 0, -2, 1)),
        (Some(1), Some(0), Some(3), "", "", (1, 0, 3, 0)),
        (Some(1), Some(0), Some(-3), "\u{e9}", "1", (1, 0, -3, 1)),
        (Some(1), Some(1), None, "", "", (1, 1, 1, 0)),
        (Some(1), Some(1), Some(1), "", "", (1, 1, 1, 0)),
        (Some(1), Some(1), Some(2), "", "", (1, 1, 2, 0)),
        (Some(1), Some(1), Some(-1), "", "", (1, 1, -1, 0)),
        (Some(1), Some(1), Some(-2), "", "", (1, 1, -2, 0)),
        (Some(1), Some(1), Some(3), "", "", (1, 1, 3, 0)),
        (Some(1), Some(1), Some(-3), "", "", (1, 1, -3, 0)),
        (Some(1), Some(2), None, "\u{e9}", "1", (1, 2, 1, 1)),
        (Some(1), Some(2), Some(1), "\u{e9}", "1", (1, 2, 1, 1)),
        (Some(1), Some(2), Some(2), "\u{e9}", "1", (1, 2, 2, 1)),
        (Some(1), Some(2), Some(-1), "", "", (1, 2, -1, 0)),
        (Some(1), Some(2), Some(-2), "", "", (1, 2, -2, 0)),
        (Some(1), Some(2), Some(3), "\u{e9}", "1", (1, 2, 3, 1)),
        (Some(1), Some(2), Some(-3), "", "", (1, 2, -3, 0)),
        (
            Some(1),
            Some(-1),
            None,
            "\u{e9}llo w\u{f6}rl",
            "12345678",
            (1, 10, 1, 9),
        ),
        (
            Some(1),
            Some(-1),
            Some(1),
            "\u{e9}llo w\u{f6}rl",
            "12345678",
            (1, 10, 1, 9),
        ),
        (
            Some(1),
            Some(-1),
            Some(2),
            "\u{e9}l \u{f6}l",
            "1357",
            (1, 10, 2, 5),
        ),
        (Some(1), Some(-1), Some(-1), "", "", (1, 10, -1, 0)),
        (Some(1), Some(-1), Some(-2), "", "", (1, 10, -2, 0)),
        (
            Some(1),
            Some(-1),
            Some(3),
            "\u{e9}o\u{f6}",
            "147",
            (1, 10, 3, 3),
        ),
        (Some(1), Some(-1), Some(-3), "", "", (1, 10, -3, 0)),
        (
            Some(1),
            Some(-2),
            None,
            "\u{e9}llo w\u{f6}r",
            "1234567",
            (1, 9, 1, 8),
        ),
        (
            Some(1),
            Some(-2),
            Some(1),
            "\u{e9}llo w\u{f6}r",
            "1234567",
            (1, 9, 1, 8),
        ),
        (
            Some(1),
            Some(-2),
            Some(2),
            "\u{e9}l \u{f6}",
            "1357",
            (1, 9, 2, 4),
        ),
        (Some(1), Some(-2), Some(-1), "", "", (1, 9, -1, 0)),
        (Some(1), Some(-2), Some(-2), "", "", (1, 9, -2, 0)),
        (
            Some(1),
            Some(-2),
            Some(3),
            "\u{e9}o\u{f6}",
            "147",
            (1, 9, 3, 3),
        ),
        (Some(1), Some(-2), Some(-3), "", "", (1, 9, -3, 0)),
        (Some(1), Some(3), None, "\u{e9}l", "12", (1, 3, 1, 2)),
        (Some(1), Some(3), Some(1), "\u{e9}l", "12", (1, 3, 1, 2)),
        (Some(1), Some(3), Some(2), "\u{e9}", "1", (1, 3, 2, 1)),
        (Some(1), Some(3), Some(-1), "", "", (1, 3, -1, 0)),
        (Some(1), Some(3), Some(-2), "", "", (1, 3, -2, 0)),
        (Some(1), Some(3), Some(3), "\u{e9}", "1", (1, 3, 3, 1)),
        (Some(1), Some(3), Some(-3), "", "", (1, 3, -3, 0)),
        (Some(1), Some(5), None, "\u{e9}llo", "1234", (1, 5, 1, 4)),
        (Some(1), Some(5), Some(1), "\u{e9}llo", "1234", (1, 5, 1, 4)),
        (Some(1), Some(5), Some(2), "\u{e9}l", "13", (1, 5, 2, 2)),
        (Some(1), Some(5), Some(-1), "", "", (1, 5, -1, 0)),
        (Some(1), Some(5), Some(-2), "", "", (1, 5, -2, 0)),
        (Some(1), Some(5), Some(3), "\u{e9}o", "14", (1, 5, 3, 2)),
        (Some(1), Some(5), Some(-3), "", "", (1, 5, -3, 0)),
        (
            Some(1),
            Some(10),
            None,
            "\u{e9}llo w\u{f6}rl",
            "123456789",
            (1, 10, 1, 9),
        ),
        (
            Some(1),
            Some(10),
            Some(1),
            "\u{e9}llo w\u{f6}rl",
            "123456789",
            (1, 10, 1, 9),
        ),
        (
            Some(1),
            Some(10),
            Some(2),
            "\u{e9}l \u{f6}l",
            "13579",
            (1, 10, 2, 5),
        ),
        (Some(1), Some(10), Some(-1), "", "", (1, 10, -1, 0)),
        (Some(1), Some(10), Some(-2), "", "", (1, 10, -2, 0)),
        (
            Some(1),
            Some(10),
            Some(3),
            "\u{e9}o\u{f6}",
            "147",
            (1, 10, 3, 3),
        ),
        (Some(1), Some(10), Some(-3), "", "", (1, 10, -3, 0)),
        (Some(1), Some(-10), None, "", "", (1, 1, 1, 0)),
        (Some(1), Some(-10), Some(1), "", "", (1, 1, 1, 0)),
        (Some(1), Some(-10), Some(2), "", "", (1, 1, 2, 0)),
        (Some(1), Some(-10), Some(-1), "", "1", (1, 1, -1, 0)),
        (Some(1), Some(-10), Some(-2), "", "1", (1, 1, -2, 0)),
        (Some(1), Some(-10), Some(3), "", "", (1, 1, 3, 0)),
        (Some(1), Some(-10), Some(-3), "", "1", (1, 1, -3, 0)),
        (
            Some(1),
            Some(4611686018427387904),
            None,
            "\u{e9}llo w\u{f6}rld",
            "123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(1),
            Some(4611686018427387904),
            Some(1),
            "\u{e9}llo w\u{f6}rld",
            "123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(1),
            Some(4611686018427387904),
            Some(2),
            "\u{e9}l \u{f6}l",
            "13579",
            (1, 11, 2, 5),
        ),
        (
            Some(1),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (1, 10, -1, 0),
        ),
        (
            Some(1),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (1, 10, -2, 0),
        ),
        (
            Some(1),
            Some(4611686018427387904),
            Some(3),
            "\u{e9}o\u{f6}d",
            "147",
            (1, 11, 3, 4),
        ),
        (
            Some(1),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (1, 10, -3, 0),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (1, 0, 1, 0),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (1, 0, 1, 0),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (1, 0, 2, 0),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            Some(-1),
            "\u{e9}h",
            "10",
            (1, -1, -1, 2),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            Some(-2),
            "\u{e9}",
            "1",
            (1, -1, -2, 1),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (1, 0, 3, 0),
        ),
        (
            Some(1),
            Some(-4611686018427387904),
            Some(-3),
            "\u{e9}",
            "1",
            (1, -1, -3, 1),
        ),
        (
            Some(2),
            None,
            None,
            "llo w\u{f6}rld",
            "23456789",
            (2, 11, 1, 9),
        ),
        (
            Some(2),
            None,
            Some(1),
            "llo w\u{f6}rld",
            "23456789",
            (2, 11, 1, 9),
        ),
        (Some(2), None, Some(2), "lowrd", "2468", (2, 11, 2, 5)),
        (Some(2), None, Some(-1), "l\u{e9}h", "210", (2, -1, -1, 3)),
        (Some(2), None, Some(-2), "lh", "20", (2, -1, -2, 2)),
        (Some(2), None, Some(3), "l r", "258", (2, 11, 3, 3)),
        (Some(2), None, Some(-3), "l", "2", (2, -1, -3, 1)),
        (Some(2), Some(0), None, "", "", (2, 0, 1, 0)),
        (Some(2), Some(0), Some(1), "", "", (2, 0, 1, 0)),
        (Some(2), Some(0), Some(2), "", "", (2, 0, 2, 0)),
        (Some(2), Some(0), Some(-1), "l\u{e9}", "21", (2, 0, -1, 2)),
        (Some(2), Some(0), Some(-2), "l", "2", (2, 0, -2, 1)),
        (Some(2), Some(0), Some(3), "", "", (2, 0, 3, 0)),
        (Some(2), Some(0), Some(-3), "l", "2", (2, 0, -3, 1)),
        (Some(2), Some(1), None, "", "", (2, 1, 1, 0)),
        (Some(2), Some(1), Some(1), "", "", (2, 1, 1, 0)),
        (Some(2), Some(1), Some(2), "", "", (2, 1, 2, 0)),
        (Some(2), Some(1), Some(-1), "l", "2", (2, 1, -1, 1)),
        (Some(2), Some(1), Some(-2), "l", "2", (2, 1, -2, 1)),
        (Some(2), Some(1), Some(3), "", "", (2, 1, 3, 0)),
        (Some(2), Some(1), Some(-3), "l", "2", (2, 1, -3, 1)),
        (Some(2), Some(2), None, "", "", (2, 2, 1, 0)),
        (Some(2), Some(2), Some(1), "", "", (2, 2, 1, 0)),
        (Some(2), Some(2), Some(2), "", "", (2, 2, 2, 0)),
        (Some(2), Some(2), Some(-1), "", "", (2, 2, -1, 0)),
        (Some(2), Some(2), Some(-2), "", "", (2, 2, -2, 0)),
        (Some(2), Some(2), Some(3), "", "", (2, 2, 3, 0)),
        (Some(2), Some(2), Some(-3), "", "", (2, 2, -3, 0)),
        (
            Some(2),
            Some(-1),
            None,
            "llo w\u{f6}rl",
            "2345678",
            (2, 10, 1, 8),
        ),
        (
            Some(2),
            Some(-1),
            Some(1),
            "llo w\u{f6}rl",
            "2345678",
            (2, 10, 1, 8),
        ),
        (Some(2), Some(-1), Some(2), "lowr", "2468", (2, 10, 2, 4)),
        (Some(2), Some(-1), Some(-1), "", "", (2, 10, -1, 0)),
        (Some(2), Some(-1), Some(-2), "", "", (2, 10, -2, 0)),
        (Some(2), Some(-1), Some(3), "l r", "258", (2, 10, 3, 3)),
        (Some(2), Some(-1), Some(-3), "", "", (2, 10, -3, 0)),
        (
            Some(2),
            Some(-2),
            None,
            "llo w\u{f6}r",
            "234567",
            (2, 9, 1, 7),
        ),
        (
            Some(2),
            Some(-2),
            Some(1),
            "llo w\u{f6}r",
            "234567",
            (2, 9, 1, 7),
        ),
        (Some(2), Some(-2), Some(2), "lowr", "246", (2, 9, 2, 4)),
        (Some(2), Some(-2), Some(-1), "", "", (2, 9, -1, 0)),
        (Some(2), Some(-2), Some(-2), "", "", (2, 9, -2, 0)),
        (Some(2), Some(-2), Some(3), "l r", "25", (2, 9, 3, 3)),
        (Some(2), Some(-2), Some(-3), "", "", (2, 9, -3, 0)),
        (Some(2), Some(3), None, "l", "2", (2, 3, 1, 1)),
        (Some(2), Some(3), Some(1), "l", "2", (2, 3, 1, 1)),
        (Some(2), Some(3), Some(2), "l", "2", (2, 3, 2, 1)),
        (Some(2), Some(3), Some(-1), "", "", (2, 3, -1, 0)),
        (Some(2), Some(3), Some(-2), "", "", (2, 3, -2, 0)),
        (Some(2), Some(3), Some(3), "l", "2", (2, 3, 3, 1)),
        (Some(2), Some(3), Some(-3), "", "", (2, 3, -3, 0)),
        (Some(2), Some(5), None, "llo", "234", (2, 5, 1, 3)),
        (Some(2), Some(5), Some(1), "llo", "234", (2, 5, 1, 3)),
        (Some(2), Some(5), Some(2), "lo", "24", (2, 5, 2, 2)),
        (Some(2), Some(5), Some(-1), "", "", (2, 5, -1, 0)),
        (Some(2), Some(5), Some(-2), "", "", (2, 5, -2, 0)),
        (Some(2), Some(5), Some(3), "l", "2", (2, 5, 3, 1)),
        (Some(2), Some(5), Some(-3), "", "", (2, 5, -3, 0)),
        (
            Some(2),
            Some(10),
            None,
            "llo w\u{f6}rl",
            "23456789",
            (2, 10, 1, 8),
        ),
        (
            Some(2),
            Some(10),
            Some(1),
            "llo w\u{f6}rl",
            "23456789",
            (2, 10, 1, 8),
        ),
        (Some(2), Some(10), Some(2), "lowr", "2468", (2, 10, 2, 4)),
        (Some(2), Some(10), Some(-1), "", "", (2, 10, -1, 0)),
        (Some(2), Some(10), Some(-2), "", "", (2, 10, -2, 0)),
        (Some(2), Some(10), Some(3), "l r", "258", (2, 10, 3, 3)),
        (Some(2), Some(10), Some(-3), "", "", (2, 10, -3, 0)),
        (Some(2), Some(-10), None, "", "", (2, 1, 1, 0)),
        (Some(2), Some(-10), Some(1), "", "", (2, 1, 1, 0)),
        (Some(2), Some(-10), Some(2), "", "", (2, 1, 2, 0)),
        (Some(2), Some(-10), Some(-1), "l", "21", (2, 1, -1, 1)),
        (Some(2), Some(-10), Some(-2), "l", "2", (2, 1, -2, 1)),
        (Some(2), Some(-10), Some(3), "", "", (2, 1, 3, 0)),
        (Some(2), Some(-10), Some(-3), "l", "2", (2, 1, -3, 1)),
        (
            Some(2),
            Some(4611686018427387904),
            None,
            "llo w\u{f6}rld",
            "23456789",
            (2, 11, 1, 9),
        ),
        (
            Some(2),
            Some(4611686018427387904),
            Some(1),
            "llo w\u{f6}rld",
            "23456789",
            (2, 11, 1, 9),
        ),
        (
            Some(2),
            Some(4611686018427387904),
            Some(2),
            "lowrd",
            "2468",
            (2, 11, 2, 5),
        ),
        (
            Some(2),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (2, 10, -1, 0),
        ),
        (
            Some(2),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (2, 10, -2, 0),
        ),
        (
            Some(2),
            Some(4611686018427387904),
            Some(3),
            "l r",
            "258",
            (2, 11, 3, 3),
        ),
        (
            Some(2),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (2, 10, -3, 0),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (2, 0, 1, 0),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (2, 0, 1, 0),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (2, 0, 2, 0),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            Some(-1),
            "l\u{e9}h",
            "210",
            (2, -1, -1, 3),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            Some(-2),
            "lh",
            "20",
            (2, -1, -2, 2),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (2, 0, 3, 0),
        ),
        (
            Some(2),
            Some(-4611686018427387904),
            Some(-3),
            "l",
            "2",
            (2, -1, -3, 1),
        ),
        (Some(-1), None, None, "d", "9", (10, 11, 1, 1)),
        (Some(-1), None, Some(1), "d", "9", (10, 11, 1, 1)),
        (Some(-1), None, Some(2), "d", "9", (10, 11, 2, 1)),
        (
            Some(-1),
            None,
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (Some(-1), None, Some(-2), "drwolh", "97531", (10, -1, -2, 6)),
        (Some(-1), None, Some(3), "d", "9", (10, 11, 3, 1)),
        (
            Some(-1),
            None,
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (Some(-1), Some(0), None, "", "", (10, 0, 1, 0)),
        (Some(-1), Some(0), Some(1), "", "", (10, 0, 1, 0)),
        (Some(-1), Some(0), Some(2), "", "", (10, 0, 2, 0)),
        (
            Some(-1),
            Some(0),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}",
            "987654321",
            (10, 0, -1, 10),
        ),
        (
            Some(-1),
            Some(0),
            Some(-2),
            "drwol",
            "97531",
            (10, 0, -2, 5),
        ),
        (Some(-1), Some(0), Some(3), "", "", (10, 0, 3, 0)),
        (
            Some(-1),
            Some(0),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "963",
            (10, 0, -3, 4),
        ),
        (Some(-1), Some(1), None, "", "", (10, 1, 1, 0)),
        (Some(-1), Some(1), Some(1), "", "", (10, 1, 1, 0)),
        (Some(-1), Some(1), Some(2), "", "", (10, 1, 2, 0)),
        (
            Some(-1),
            Some(1),
            Some(-1),
            "dlr\u{f6}w oll",
            "98765432",
            (10, 1, -1, 9),
        ),
        (Some(-1), Some(1), Some(-2), "drwol", "9753", (10, 1, -2, 5)),
        (Some(-1), Some(1), Some(3), "", "", (10, 1, 3, 0)),
        (
            Some(-1),
            Some(1),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 1, -3, 3),
        ),
        (Some(-1), Some(2), None, "", "", (10, 2, 1, 0)),
        (Some(-1), Some(2), Some(1), "", "", (10, 2, 1, 0)),
        (Some(-1), Some(2), Some(2), "", "", (10, 2, 2, 0)),
        (
            Some(-1),
            Some(2),
            Some(-1),
            "dlr\u{f6}w ol",
            "9876543",
            (10, 2, -1, 8),
        ),
        (Some(-1), Some(2), Some(-2), "drwo", "9753", (10, 2, -2, 4)),
        (Some(-1), Some(2), Some(3), "", "", (10, 2, 3, 0)),
        (
            Some(-1),
            Some(2),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 2, -3, 3),
        ),
        (Some(-1), Some(-1), None, "", "", (10, 10, 1, 0)),
        (Some(-1), Some(-1), Some(1), "", "", (10, 10, 1, 0)),
        (Some(-1), Some(-1), Some(2), "", "", (10, 10, 2, 0)),
        (Some(-1), Some(-1), Some(-1), "", "", (10, 10, -1, 0)),
        (Some(-1), Some(-1), Some(-2), "", "", (10, 10, -2, 0)),
        (Some(-1), Some(-1), Some(3), "", "", (10, 10, 3, 0)),
        (Some(-1), Some(-1), Some(-3), "", "", (10, 10, -3, 0)),
        (Some(-1), Some(-2), None, "", "", (10, 9, 1, 0)),
        (Some(-1), Some(-2), Some(1), "", "", (10, 9, 1, 0)),
        (Some(-1), Some(-2), Some(2), "", "", (10, 9, 2, 0)),
        (Some(-1), Some(-2), Some(-1), "d", "9", (10, 9, -1, 1)),
        (Some(-1), Some(-2), Some(-2), "d", "9", (10, 9, -2, 1)),
        (Some(-1), Some(-2), Some(3), "", "", (10, 9, 3, 0)),
        (Some(-1), Some(-2), Some(-3), "d", "9", (10, 9, -3, 1)),
        (Some(-1), Some(3), None, "", "", (10, 3, 1, 0)),
        (Some(-1), Some(3), Some(1), "", "", (10, 3, 1, 0)),
        (Some(-1), Some(3), Some(2), "", "", (10, 3, 2, 0)),
        (
            Some(-1),
            Some(3),
            Some(-1),
            "dlr\u{f6}w o",
            "987654",
            (10, 3, -1, 7),
        ),
        (Some(-1), Some(3), Some(-2), "drwo", "975", (10, 3, -2, 4)),
        (Some(-1), Some(3), Some(3), "", "", (10, 3, 3, 0)),
        (
            Some(-1),
            Some(3),
            Some(-3),
            "d\u{f6}o",
            "96",
            (10, 3, -3, 3),
        ),
        (Some(-1), Some(5), None, "", "", (10, 5, 1, 0)),
        (Some(-1), Some(5), Some(1), "", "", (10, 5, 1, 0)),
        (Some(-1), Some(5), Some(2), "", "", (10, 5, 2, 0)),
        (
            Some(-1),
            Some(5),
            Some(-1),
            "dlr\u{f6}w",
            "9876",
            (10, 5, -1, 5),
        ),
        (Some(-1), Some(5), Some(-2), "drw", "97", (10, 5, -2, 3)),
        (Some(-1), Some(5), Some(3), "", "", (10, 5, 3, 0)),
        (Some(-1), Some(5), Some(-3), "d\u{f6}", "96", (10, 5, -3, 2)),
        (Some(-1), Some(10), None, "", "9", (10, 10, 1, 0)),
        (Some(-1), Some(10), Some(1), "", "9", (10, 10, 1, 0)),
        (Some(-1), Some(10), Some(2), "", "9", (10, 10, 2, 0)),
        (Some(-1), Some(10), Some(-1), "", "", (10, 10, -1, 0)),
        (Some(-1), Some(10), Some(-2), "", "", (10, 10, -2, 0)),
        (Some(-1), Some(10), Some(3), "", "9", (10, 10, 3, 0)),
        (Some(-1), Some(10), Some(-3), "", "", (10, 10, -3, 0)),
        (Some(-1), Some(-10), None, "", "", (10, 1, 1, 0)),
        (Some(-1), Some(-10), Some(1), "", "", (10, 1, 1, 0)),
        (Some(-1), Some(-10), Some(2), "", "", (10, 1, 2, 0)),
        (
            Some(-1),
            Some(-10),
            Some(-1),
            "dlr\u{f6}w oll",
            "987654321",
            (10, 1, -1, 9),
        ),
        (
            Some(-1),
            Some(-10),
            Some(-2),
            "drwol",
            "97531",
            (10, 1, -2, 5),
        ),
        (Some(-1), Some(-10), Some(3), "", "", (10, 1, 3, 0)),
        (
            Some(-1),
            Some(-10),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 1, -3, 3),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            None,
            "d",
            "9",
            (10, 11, 1, 1),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            Some(1),
            "d",
            "9",
            (10, 11, 1, 1),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            Some(2),
            "d",
            "9",
            (10, 11, 2, 1),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (10, 10, -1, 0),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (10, 10, -2, 0),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            Some(3),
            "d",
            "9",
            (10, 11, 3, 1),
        ),
        (
            Some(-1),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (10, 10, -3, 0),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (10, 0, 1, 0),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (10, 0, 1, 0),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (10, 0, 2, 0),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            Some(-2),
            "drwolh",
            "97531",
            (10, -1, -2, 6),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (10, 0, 3, 0),
        ),
        (
            Some(-1),
            Some(-4611686018427387904),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (Some(-2), None, None, "ld", "89", (9, 11, 1, 2)),
        (Some(-2), None, Some(1), "ld", "89", (9, 11, 1, 2)),
        (Some(-2), None, Some(2), "l", "8", (9, 11, 2, 1)),
        (
            Some(-2),
            None,
            Some(-1),
            "lr\u{f6}w oll\u{e9}h",
            "876543210",
            (9, -1, -1, 10),
        ),
        (
            Some(-2),
            None,
            Some(-2),
            "l\u{f6} l\u{e9}",
            "86420",
            (9, -1, -2, 5),
        ),
        (Some(-2), None, Some(3), "l", "8", (9, 11, 3, 1)),
        (Some(-2), None, Some(-3), "lwlh", "852", (9, -1, -3, 4)),
        (Some(-2), Some(0), None, "", "", (9, 0, 1, 0)),
        (Some(-2), Some(0), Some(1), "", "", (9, 0, 1, 0)),
        (Some(-2), Some(0), Some(2), "", "", (9, 0, 2, 0)),
        (
            Some(-2),
            Some(0),
            Some(-1),
            "lr\u{f6}w oll\u{e9}",
            "87654321",
            (9, 0, -1, 9),
        ),
        (
            Some(-2),
            Some(0),
            Some(-2),
            "l\u{f6} l\u{e9}",
            "8642",
            (9, 0, -2, 5),
        ),
        (Some(-2), Some(0), Some(3), "", "", (9, 0, 3, 0)),
        (Some(-2), Some(0), Some(-3), "lwl", "852", (9, 0, -3, 3)),
        (Some(-2), Some(1), None, "", "", (9, 1, 1, 0)),
        (Some(-2), Some(1), Some(1), "", "", (9, 1, 1, 0)),
        (Some(-2), Some(1), Some(2), "", "", (9, 1, 2, 0)),
        (
            Some(-2),
            Some(1),
            Some(-1),
            "lr\u{f6}w oll",
            "8765432",
            (9, 1, -1, 8),
        ),
        (
            Some(-2),
            Some(1),
            Some(-2),
            "l\u{f6} l",
            "8642",
            (9, 1, -2, 4),
        ),
        (Some(-2), Some(1), Some(3), "", "", (9, 1, 3, 0)),
        (Some(-2), Some(1), Some(-3), "lwl", "852", (9, 1, -3, 3)),
        (Some(-2), Some(2), None, "", "", (9, 2, 1, 0)),
        (Some(-2), Some(2), Some(1), "", "", (9, 2, 1, 0)),
        (Some(-2), Some(2), Some(2), "", "", (9, 2, 2, 0)),
        (
            Some(-2),
            Some(2),
            Some(-1),
            "lr\u{f6}w ol",
            "876543",
            (9, 2, -1, 7),
        ),
        (
            Some(-2),
            Some(2),
            Some(-2),
            "l\u{f6} l",
            "864",
            (9, 2, -2, 4),
        ),
        (Some(-2), Some(2), Some(3), "", "", (9, 2, 3, 0)),
        (Some(-2), Some(2), Some(-3), "lwl", "85", (9, 2, -3, 3)),
        (Some(-2), Some(-1), None, "l", "8", (9, 10, 1, 1)),
        (Some(-2), Some(-1), Some(1), "l", "8", (9, 10, 1, 1)),
        (Some(-2), Some(-1), Some(2), "l", "8", (9, 10, 2, 1)),
        (Some(-2), Some(-1), Some(-1), "", "", (9, 10, -1, 0)),
        (Some(-2), Some(-1), Some(-2), "", "", (9, 10, -2, 0)),
        (Some(-2), Some(-1), Some(3), "l", "8", (9, 10, 3, 1)),
        (Some(-2), Some(-1), Some(-3), "", "", (9, 10, -3, 0)),
        (Some(-2), Some(-2), None, "", "", (9, 9, 1, 0)),
        (Some(-2), Some(-2), Some(1), "", "", (9, 9, 1, 0)),
        (Some(-2), Some(-2), Some(2), "", "", (9, 9, 2, 0)),
        (Some(-2), Some(-2), Some(-1), "", "", (9, 9, -1, 0)),
        (Some(-2), Some(-2), Some(-2), "", "", (9, 9, -2, 0)),
        (Some(-2), Some(-2), Some(3), "", "", (9, 9, 3, 0)),
        (Some(-2), Some(-2), Some(-3), "", "", (9, 9, -3, 0)),
        (Some(-2), Some(3), None, "", "", (9, 3, 1, 0)),
        (Some(-2), Some(3), Some(1), "", "", (9, 3, 1, 0)),
        (Some(-2), Some(3), Some(2), "", "", (9, 3, 2, 0)),
        (
            Some(-2),
            Some(3),
            Some(-1),
            "lr\u{f6}w o",
            "87654",
            (9, 3, -1, 6),
        ),
        (
            Some(-2),
            Some(3),
            Some(-2),
            "l\u{f6} ",
            "864",
            (9, 3, -2, 3),
        ),
        (Some(-2), Some(3), Some(3), "", "", (9, 3, 3, 0)),
        (Some(-2), Some(3), Some(-3), "lw", "85", (9, 3, -3, 2)),
        (Some(-2), Some(5), None, "", "", (9, 5, 1, 0)),
        (Some(-2), Some(5), Some(1), "", "", (9, 5, 1, 0)),
        (Some(-2), Some(5), Some(2), "", "", (9, 5, 2, 0)),
        (
            Some(-2),
            Some(5),
            Some(-1),
            "lr\u{f6}w",
            "876",
            (9, 5, -1, 4),
        ),
        (Some(-2), Some(5), Some(-2), "l\u{f6}", "86", (9, 5, -2, 2)),
        (Some(-2), Some(5), Some(3), "", "", (9, 5, 3, 0)),
        (Some(-2), Some(5), Some(-3), "lw", "8", (9, 5, -3, 2)),
        (Some(-2), Some(10), None, "l", "89", (9, 10, 1, 1)),
        (Some(-2), Some(10), Some(1), "l", "89", (9, 10, 1, 1)),
        (Some(-2), Some(10), Some(2), "l", "8", (9, 10, 2, 1)),
        (Some(-2), Some(10), Some(-1), "", "", (9, 10, -1, 0)),
        (Some(-2), Some(10), Some(-2), "", "", (9, 10, -2, 0)),
        (Some(-2), Some(10), Some(3), "l", "8", (9, 10, 3, 1)),
        (Some(-2), Some(10), Some(-3), "", "", (9, 10, -3, 0)),
        (Some(-2), Some(-10), None, "", "", (9, 1, 1, 0)),
        (Some(-2), Some(-10), Some(1), "", "", (9, 1, 1, 0)),
        (Some(-2), Some(-10), Some(2), "", "", (9, 1, 2, 0)),
        (
            Some(-2),
            Some(-10),
            Some(-1),
            "lr\u{f6}w oll",
            "87654321",
            (9, 1, -1, 8),
        ),
        (
            Some(-2),
            Some(-10),
            Some(-2),
            "l\u{f6} l",
            "8642",
            (9, 1, -2, 4),
        ),
        (Some(-2), Some(-10), Some(3), "", "", (9, 1, 3, 0)),
        (Some(-2), Some(-10), Some(-3), "lwl", "852", (9, 1, -3, 3)),
        (
            Some(-2),
            Some(4611686018427387904),
            None,
            "ld",
            "89",
            (9, 11, 1, 2),
        ),
        (
            Some(-2),
            Some(4611686018427387904),
            Some(1),
            "ld",
            "89",
            (9, 11, 1, 2),
        ),
        (
            Some(-2),
            Some(4611686018427387904),
            Some(2),
            "l",
            "8",
            (9, 11, 2, 1),
        ),
        (
            Some(-2),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (9, 10, -1, 0),
        ),
        (
            Some(-2),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (9, 10, -2, 0),
        ),
        (
            Some(-2),
            Some(4611686018427387904),
            Some(3),
            "l",
            "8",
            (9, 11, 3, 1),
        ),
        (
            Some(-2),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (9, 10, -3, 0),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (9, 0, 1, 0),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (9, 0, 1, 0),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (9, 0, 2, 0),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            Some(-1),
            "lr\u{f6}w oll\u{e9}h",
            "876543210",
            (9, -1, -1, 10),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            Some(-2),
            "l\u{f6} l\u{e9}",
            "86420",
            (9, -1, -2, 5),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (9, 0, 3, 0),
        ),
        (
            Some(-2),
            Some(-4611686018427387904),
            Some(-3),
            "lwlh",
            "852",
            (9, -1, -3, 4),
        ),
        (
            Some(3),
            None,
            None,
            "lo w\u{f6}rld",
            "3456789",
            (3, 11, 1, 8),
        ),
        (
            Some(3),
            None,
            Some(1),
            "lo w\u{f6}rld",
            "3456789",
            (3, 11, 1, 8),
        ),
        (Some(3), None, Some(2), "l \u{f6}l", "3579", (3, 11, 2, 4)),
        (Some(3), None, Some(-1), "ll\u{e9}h", "3210", (3, -1, -1, 4)),
        (Some(3), None, Some(-2), "l\u{e9}", "31", (3, -1, -2, 2)),
        (Some(3), None, Some(3), "lwl", "369", (3, 11, 3, 3)),
        (Some(3), None, Some(-3), "lh", "30", (3, -1, -3, 2)),
        (Some(3), Some(0), None, "", "", (3, 0, 1, 0)),
        (Some(3), Some(0), Some(1), "", "", (3, 0, 1, 0)),
        (Some(3), Some(0), Some(2), "", "", (3, 0, 2, 0)),
        (Some(3), Some(0), Some(-1), "ll\u{e9}", "321", (3, 0, -1, 3)),
        (Some(3), Some(0), Some(-2), "l\u{e9}", "31", (3, 0, -2, 2)),
        (Some(3), Some(0), Some(3), "", "", (3, 0, 3, 0)),
        (Some(3), Some(0), Some(-3), "l", "3", (3, 0, -3, 1)),
        (Some(3), Some(1), None, "", "", (3, 1, 1, 0)),
        (Some(3), Some(1), Some(1), "", "", (3, 1, 1, 0)),
        (Some(3), Some(1), Some(2), "", "", (3, 1, 2, 0)),
        (Some(3), Some(1), Some(-1), "ll", "32", (3, 1, -1, 2)),
        (Some(3), Some(1), Some(-2), "l", "3", (3, 1, -2, 1)),
        (Some(3), Some(1), Some(3), "", "", (3, 1, 3, 0)),
        (Some(3), Some(1), Some(-3), "l", "3", (3, 1, -3, 1)),
        (Some(3), Some(2), None, "", "", (3, 2, 1, 0)),
        (Some(3), Some(2), Some(1), "", "", (3, 2, 1, 0)),
        (Some(3), Some(2), Some(2), "", "", (3, 2, 2, 0)),
        (Some(3), Some(2), Some(-1), "l", "3", (3, 2, -1, 1)),
        (Some(3), Some(2), Some(-2), "l", "3", (3, 2, -2, 1)),
        (Some(3), Some(2), Some(3), "", "", (3, 2, 3, 0)),
        (Some(3), Some(2), Some(-3), "l", "3", (3, 2, -3, 1)),
        (
            Some(3),
            Some(-1),
            None,
            "lo w\u{f6}rl",
            "345678",
            (3, 10, 1, 7),
        ),
        (
            Some(3),
            Some(-1),
            Some(1),
            "lo w\u{f6}rl",
            "345678",
            (3, 10, 1, 7),
        ),
        (
            Some(3),
            Some(-1),
            Some(2),
            "l \u{f6}l",
            "357",
            (3, 10, 2, 4),
        ),
        (Some(3), Some(-1), Some(-1), "", "", (3, 10, -1, 0)),
        (Some(3), Some(-1), Some(-2), "", "", (3, 10, -2, 0)),
        (Some(3), Some(-1), Some(3), "lwl", "36", (3, 10, 3, 3)),
        (Some(3), Some(-1), Some(-3), "", "", (3, 10, -3, 0)),
        (
            Some(3),
            Some(-2),
            None,
            "lo w\u{f6}r",
            "34567",
            (3, 9, 1, 6),
        ),
        (
            Some(3),
            Some(-2),
            Some(1),
            "lo w\u{f6}r",
            "34567",
            (3, 9, 1, 6),
        ),
        (Some(3), Some(-2), Some(2), "l \u{f6}", "357", (3, 9, 2, 3)),
        (Some(3), Some(-2), Some(-1), "", "", (3, 9, -1, 0)),
        (Some(3), Some(-2), Some(-2), "", "", (3, 9, -2, 0)),
        (Some(3), Some(-2), Some(3), "lw", "36", (3, 9, 3, 2)),
        (Some(3), Some(-2), Some(-3), "", "", (3, 9, -3, 0)),
        (Some(3), Some(3), None, "", "", (3, 3, 1, 0)),
        (Some(3), Some(3), Some(1), "", "", (3, 3, 1, 0)),
        (Some(3), Some(3), Some(2), "", "", (3, 3, 2, 0)),
        (Some(3), Some(3), Some(-1), "", "", (3, 3, -1, 0)),
        (Some(3), Some(3), Some(-2), "", "", (3, 3, -2, 0)),
        (Some(3), Some(3), Some(3), "", "", (3, 3, 3, 0)),
        (Some(3), Some(3), Some(-3), "", "", (3, 3, -3, 0)),
        (Some(3), Some(5), None, "lo", "34", (3, 5, 1, 2)),
        (Some(3), Some(5), Some(1), "lo", "34", (3, 5, 1, 2)),
        (Some(3), Some(5), Some(2), "l", "3", (3, 5, 2, 1)),
        (Some(3), Some(5), Some(-1), "", "", (3, 5, -1, 0)),
        (Some(3), Some(5), Some(-2), "", "", (3, 5, -2, 0)),
        (Some(3), Some(5), Some(3), "l", "3", (3, 5, 3, 1)),
        (Some(3), Some(5), Some(-3), "", "", (3, 5, -3, 0)),
        (
            Some(3),
            Some(10),
            None,
            "lo w\u{f6}rl",
            "3456789",
            (3, 10, 1, 7),
        ),
        (
            Some(3),
            Some(10),
            Some(1),
            "lo w\u{f6}rl",
            "3456789",
            (3, 10, 1, 7),
        ),
        (
            Some(3),
            Some(10),
            Some(2),
            "l \u{f6}l",
            "3579",
            (3, 10, 2, 4),
        ),
        (Some(3), Some(10), Some(-1), "", "", (3, 10, -1, 0)),
        (Some(3), Some(10), Some(-2), "", "", (3, 10, -2, 0)),
        (Some(3), Some(10), Some(3), "lwl", "369", (3, 10, 3, 3)),
        (Some(3), Some(10), Some(-3), "", "", (3, 10, -3, 0)),
        (Some(3), Some(-10), None, "", "", (3, 1, 1, 0)),
        (Some(3), Some(-10), Some(1), "", "", (3, 1, 1, 0)),
        (Some(3), Some(-10), Some(2), "", "", (3, 1, 2, 0)),
        (Some(3), Some(-10), Some(-1), "ll", "321", (3, 1, -1, 2)),
        (Some(3), Some(-10), Some(-2), "l", "31", (3, 1, -2, 1)),
        (Some(3), Some(-10), Some(3), "", "", (3, 1, 3, 0)),
        (Some(3), Some(-10), Some(-3), "l", "3", (3, 1, -3, 1)),
        (
            Some(3),
            Some(4611686018427387904),
            None,
            "lo w\u{f6}rld",
            "3456789",
            (3, 11, 1, 8),
        ),
        (
            Some(3),
            Some(4611686018427387904),
            Some(1),
            "lo w\u{f6}rld",
            "3456789",
            (3, 11, 1, 8),
        ),
        (
            Some(3),
            Some(4611686018427387904),
            Some(2),
            "l \u{f6}l",
            "3579",
            (3, 11, 2, 4),
        ),
        (
            Some(3),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (3, 10, -1, 0),
        ),
        (
            Some(3),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (3, 10, -2, 0),
        ),
        (
            Some(3),
            Some(4611686018427387904),
            Some(3),
            "lwl",
            "369",
            (3, 11, 3, 3),
        ),
        (
            Some(3),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (3, 10, -3, 0),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (3, 0, 1, 0),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (3, 0, 1, 0),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (3, 0, 2, 0),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            Some(-1),
            "ll\u{e9}h",
            "3210",
            (3, -1, -1, 4),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            Some(-2),
            "l\u{e9}",
            "31",
            (3, -1, -2, 2),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (3, 0, 3, 0),
        ),
        (
            Some(3),
            Some(-4611686018427387904),
            Some(-3),
            "lh",
            "30",
            (3, -1, -3, 2),
        ),
        (Some(5), None, None, " w\u{f6}rld", "56789", (5, 11, 1, 6)),
        (
            Some(5),
            None,
            Some(1),
            " w\u{f6}rld",
            "56789",
            (5, 11, 1, 6),
        ),
        (Some(5), None, Some(2), " \u{f6}l", "579", (5, 11, 2, 3)),
        (
            Some(5),
            None,
            Some(-1),
            " oll\u{e9}h",
            "543210",
            (5, -1, -1, 6),
        ),
        (Some(5), None, Some(-2), " l\u{e9}", "531", (5, -1, -2, 3)),
        (Some(5), None, Some(3), " r", "58", (5, 11, 3, 2)),
        (Some(5), None, Some(-3), " l", "52", (5, -1, -3, 2)),
        (Some(5), Some(0), None, "", "", (5, 0, 1, 0)),
        (Some(5), Some(0), Some(1), "", "", (5, 0, 1, 0)),
        (Some(5), Some(0), Some(2), "", "", (5, 0, 2, 0)),
        (
            Some(5),
            Some(0),
            Some(-1),
            " oll\u{e9}",
            "54321",
            (5, 0, -1, 5),
        ),
        (Some(5), Some(0), Some(-2), " l\u{e9}", "531", (5, 0, -2, 3)),
        (Some(5), Some(0), Some(3), "", "", (5, 0, 3, 0)),
        (Some(5), Some(0), Some(-3), " l", "52", (5, 0, -3, 2)),
        (Some(5), Some(1), None, "", "", (5, 1, 1, 0)),
        (Some(5), Some(1), Some(1), "", "", (5, 1, 1, 0)),
        (Some(5), Some(1), Some(2), "", "", (5, 1, 2, 0)),
        (Some(5), Some(1), Some(-1), " oll", "5432", (5, 1, -1, 4)),
        (Some(5), Some(1), Some(-2), " l", "53", (5, 1, -2, 2)),
        (Some(5), Some(1), Some(3), "", "", (5, 1, 3, 0)),
        (Some(5), Some(1), Some(-3), " l", "52", (5, 1, -3, 2)),
        (Some(5), Some(2), None, "", "", (5, 2, 1, 0)),
        (Some(5), Some(2), Some(1), "", "", (5, 2, 1, 0)),
        (Some(5), Some(2), Some(2), "", "", (5, 2, 2, 0)),
        (Some(5), Some(2), Some(-1), " ol", "543", (5, 2, -1, 3)),
        (Some(5), Some(2), Some(-2), " l", "53", (5, 2, -2, 2)),
        (Some(5), Some(2), Some(3), "", "", (5, 2, 3, 0)),
        (Some(5), Some(2), Some(-3), " ", "5", (5, 2, -3, 1)),
        (Some(5), Some(-1), None, " w\u{f6}rl", "5678", (5, 10, 1, 5)),
        (
            Some(5),
            Some(-1),
            Some(1),
            " w\u{f6}rl",
            "5678",
            (5, 10, 1, 5),
        ),
        (Some(5), Some(-1), Some(2), " \u{f6}l", "57", (5, 10, 2, 3)),
        (Some(5), Some(-1), Some(-1), "", "", (5, 10, -1, 0)),
        (Some(5), Some(-1), Some(-2), "", "", (5, 10, -2, 0)),
        (Some(5), Some(-1), Some(3), " r", "58", (5, 10, 3, 2)),
        (Some(5), Some(-1), Some(-3), "", "", (5, 10, -3, 0)),
        (Some(5), Some(-2), None, " w\u{f6}r", "567", (5, 9, 1, 4)),
        (Some(5), Some(-2), Some(1), " w\u{f6}r", "567", (5, 9, 1, 4)),
        (Some(5), Some(-2), Some(2), " \u{f6}", "57", (5, 9, 2, 2)),
        (Some(5), Some(-2), Some(-1), "", "", (5, 9, -1, 0)),
        (Some(5), Some(-2), Some(-2), "", "", (5, 9, -2, 0)),
        (Some(5), Some(-2), Some(3), " r", "5", (5, 9, 3, 2)),
        (Some(5), Some(-2), Some(-3), "", "", (5, 9, -3, 0)),
        (Some(5), Some(3), None, "", "", (5, 3, 1, 0)),
        (Some(5), Some(3), Some(1), "", "", (5, 3, 1, 0)),
        (Some(5), Some(3), Some(2), "", "", (5, 3, 2, 0)),
        (Some(5), Some(3), Some(-1), " o", "54", (5, 3, -1, 2)),
        (Some(5), Some(3), Some(-2), " ", "5", (5, 3, -2, 1)),
        (Some(5), Some(3), Some(3), "", "", (5, 3, 3, 0)),
        (Some(5), Some(3), Some(-3), " ", "5", (5, 3, -3, 1)),
        (Some(5), Some(5), None, "", "", (5, 5, 1, 0)),
        (Some(5), Some(5), Some(1), "", "", (5, 5, 1, 0)),
        (Some(5), Some(5), Some(2), "", "", (5, 5, 2, 0)),
        (Some(5), Some(5), Some(-1), "", "", (5, 5, -1, 0)),
        (Some(5), Some(5), Some(-2), "", "", (5, 5, -2, 0)),
        (Some(5), Some(5), Some(3), "", "", (5, 5, 3, 0)),
        (Some(5), Some(5), Some(-3), "", "", (5, 5, -3, 0)),
        (
            Some(5),
            Some(10),
            None,
            " w\u{f6}rl",
            "56789",
            (5, 10, 1, 5),
        ),
        (
            Some(5),
            Some(10),
            Some(1),
            " w\u{f6}rl",
            "56789",
            (5, 10, 1, 5),
        ),
        (Some(5), Some(10), Some(2), " \u{f6}l", "579", (5, 10, 2, 3)),
        (Some(5), Some(10), Some(-1), "", "", (5, 10, -1, 0)),
        (Some(5), Some(10), Some(-2), "", "", (5, 10, -2, 0)),
        (Some(5), Some(10), Some(3), " r", "58", (5, 10, 3, 2)),
        (Some(5), Some(10), Some(-3), "", "", (5, 10, -3, 0)),
        (Some(5), Some(-10), None, "", "", (5, 1, 1, 0)),
        (Some(5), Some(-10), Some(1), "", "", (5, 1, 1, 0)),
        (Some(5), Some(-10), Some(2), "", "", (5, 1, 2, 0)),
        (Some(5), Some(-10), Some(-1), " oll", "54321", (5, 1, -1, 4)),
        (Some(5), Some(-10), Some(-2), " l", "531", (5, 1, -2, 2)),
        (Some(5), Some(-10), Some(3), "", "", (5, 1, 3, 0)),
        (Some(5), Some(-10), Some(-3), " l", "52", (5, 1, -3, 2)),
        (
            Some(5),
            Some(4611686018427387904),
            None,
            " w\u{f6}rld",
            "56789",
            (5, 11, 1, 6),
        ),
        (
            Some(5),
            Some(4611686018427387904),
            Some(1),
            " w\u{f6}rld",
            "56789",
            (5, 11, 1, 6),
        ),
        (
            Some(5),
            Some(4611686018427387904),
            Some(2),
            " \u{f6}l",
            "579",
            (5, 11, 2, 3),
        ),
        (
            Some(5),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (5, 10, -1, 0),
        ),
        (
            Some(5),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (5, 10, -2, 0),
        ),
        (
            Some(5),
            Some(4611686018427387904),
            Some(3),
            " r",
            "58",
            (5, 11, 3, 2),
        ),
        (
            Some(5),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (5, 10, -3, 0),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (5, 0, 1, 0),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (5, 0, 1, 0),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (5, 0, 2, 0),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            Some(-1),
            " oll\u{e9}h",
            "543210",
            (5, -1, -1, 6),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            Some(-2),
            " l\u{e9}",
            "531",
            (5, -1, -2, 3),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (5, 0, 3, 0),
        ),
        (
            Some(5),
            Some(-4611686018427387904),
            Some(-3),
            " l",
            "52",
            (5, -1, -3, 2),
        ),
        (Some(10), None, None, "d", "", (10, 11, 1, 1)),
        (Some(10), None, Some(1), "d", "", (10, 11, 1, 1)),
        (Some(10), None, Some(2), "d", "", (10, 11, 2, 1)),
        (
            Some(10),
            None,
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (Some(10), None, Some(-2), "drwolh", "97531", (10, -1, -2, 6)),
        (Some(10), None, Some(3), "d", "", (10, 11, 3, 1)),
        (
            Some(10),
            None,
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (Some(10), Some(0), None, "", "", (10, 0, 1, 0)),
        (Some(10), Some(0), Some(1), "", "", (10, 0, 1, 0)),
        (Some(10), Some(0), Some(2), "", "", (10, 0, 2, 0)),
        (
            Some(10),
            Some(0),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}",
            "987654321",
            (10, 0, -1, 10),
        ),
        (
            Some(10),
            Some(0),
            Some(-2),
            "drwol",
            "97531",
            (10, 0, -2, 5),
        ),
        (Some(10), Some(0), Some(3), "", "", (10, 0, 3, 0)),
        (
            Some(10),
            Some(0),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "963",
            (10, 0, -3, 4),
        ),
        (Some(10), Some(1), None, "", "", (10, 1, 1, 0)),
        (Some(10), Some(1), Some(1), "", "", (10, 1, 1, 0)),
        (Some(10), Some(1), Some(2), "", "", (10, 1, 2, 0)),
        (
            Some(10),
            Some(1),
            Some(-1),
            "dlr\u{f6}w oll",
            "98765432",
            (10, 1, -1, 9),
        ),
        (Some(10), Some(1), Some(-2), "drwol", "9753", (10, 1, -2, 5)),
        (Some(10), Some(1), Some(3), "", "", (10, 1, 3, 0)),
        (
            Some(10),
            Some(1),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 1, -3, 3),
        ),
        (Some(10), Some(2), None, "", "", (10, 2, 1, 0)),
        (Some(10), Some(2), Some(1), "", "", (10, 2, 1, 0)),
        (Some(10), Some(2), Some(2), "", "", (10, 2, 2, 0)),
        (
            Some(10),
            Some(2),
            Some(-1),
            "dlr\u{f6}w ol",
            "9876543",
            (10, 2, -1, 8),
        ),
        (Some(10), Some(2), Some(-2), "drwo", "9753", (10, 2, -2, 4)),
        (Some(10), Some(2), Some(3), "", "", (10, 2, 3, 0)),
        (
            Some(10),
            Some(2),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 2, -3, 3),
        ),
        (Some(10), Some(-1), None, "", "", (10, 10, 1, 0)),
        (Some(10), Some(-1), Some(1), "", "", (10, 10, 1, 0)),
        (Some(10), Some(-1), Some(2), "", "", (10, 10, 2, 0)),
        (Some(10), Some(-1), Some(-1), "", "", (10, 10, -1, 0)),
        (Some(10), Some(-1), Some(-2), "", "", (10, 10, -2, 0)),
        (Some(10), Some(-1), Some(3), "", "", (10, 10, 3, 0)),
        (Some(10), Some(-1), Some(-3), "", "", (10, 10, -3, 0)),
        (Some(10), Some(-2), None, "", "", (10, 9, 1, 0)),
        (Some(10), Some(-2), Some(1), "", "", (10, 9, 1, 0)),
        (Some(10), Some(-2), Some(2), "", "", (10, 9, 2, 0)),
        (Some(10), Some(-2), Some(-1), "d", "9", (10, 9, -1, 1)),
        (Some(10), Some(-2), Some(-2), "d", "9", (10, 9, -2, 1)),
        (Some(10), Some(-2), Some(3), "", "", (10, 9, 3, 0)),
        (Some(10), Some(-2), Some(-3), "d", "9", (10, 9, -3, 1)),
        (Some(10), Some(3), None, "", "", (10, 3, 1, 0)),
        (Some(10), Some(3), Some(1), "", "", (10, 3, 1, 0)),
        (Some(10), Some(3), Some(2), "", "", (10, 3, 2, 0)),
        (
            Some(10),
            Some(3),
            Some(-1),
            "dlr\u{f6}w o",
            "987654",
            (10, 3, -1, 7),
        ),
        (Some(10), Some(3), Some(-2), "drwo", "975", (10, 3, -2, 4)),
        (Some(10), Some(3), Some(3), "", "", (10, 3, 3, 0)),
        (
            Some(10),
            Some(3),
            Some(-3),
            "d\u{f6}o",
            "96",
            (10, 3, -3, 3),
        ),
        (Some(10), Some(5), None, "", "", (10, 5, 1, 0)),
        (Some(10), Some(5), Some(1), "", "", (10, 5, 1, 0)),
        (Some(10), Some(5), Some(2), "", "", (10, 5, 2, 0)),
        (
            Some(10),
            Some(5),
            Some(-1),
            "dlr\u{f6}w",
            "9876",
            (10, 5, -1, 5),
        ),
        (Some(10), Some(5), Some(-2), "drw", "97", (10, 5, -2, 3)),
        (Some(10), Some(5), Some(3), "", "", (10, 5, 3, 0)),
        (Some(10), Some(5), Some(-3), "d\u{f6}", "96", (10, 5, -3, 2)),
        (Some(10), Some(10), None, "", "", (10, 10, 1, 0)),
        (Some(10), Some(10), Some(1), "", "", (10, 10, 1, 0)),
        (Some(10), Some(10), Some(2), "", "", (10, 10, 2, 0)),
        (Some(10), Some(10), Some(-1), "", "", (10, 10, -1, 0)),
        (Some(10), Some(10), Some(-2), "", "", (10, 10, -2, 0)),
        (Some(10), Some(10), Some(3), "", "", (10, 10, 3, 0)),
        (Some(10), Some(10), Some(-3), "", "", (10, 10, -3, 0)),
        (Some(10), Some(-10), None, "", "", (10, 1, 1, 0)),
        (Some(10), Some(-10), Some(1), "", "", (10, 1, 1, 0)),
        (Some(10), Some(-10), Some(2), "", "", (10, 1, 2, 0)),
        (
            Some(10),
            Some(-10),
            Some(-1),
            "dlr\u{f6}w oll",
            "987654321",
            (10, 1, -1, 9),
        ),
        (
            Some(10),
            Some(-10),
            Some(-2),
            "drwol",
            "97531",
            (10, 1, -2, 5),
        ),
        (Some(10), Some(-10), Some(3), "", "", (10, 1, 3, 0)),
        (
            Some(10),
            Some(-10),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 1, -3, 3),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            None,
            "d",
            "",
            (10, 11, 1, 1),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            Some(1),
            "d",
            "",
            (10, 11, 1, 1),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            Some(2),
            "d",
            "",
            (10, 11, 2, 1),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (10, 10, -1, 0),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (10, 10, -2, 0),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            Some(3),
            "d",
            "",
            (10, 11, 3, 1),
        ),
        (
            Some(10),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (10, 10, -3, 0),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (10, 0, 1, 0),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (10, 0, 1, 0),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (10, 0, 2, 0),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            Some(-2),
            "drwolh",
            "97531",
            (10, -1, -2, 6),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (10, 0, 3, 0),
        ),
        (
            Some(10),
            Some(-4611686018427387904),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (
            Some(-10),
            None,
            None,
            "\u{e9}llo w\u{f6}rld",
            "0123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(-10),
            None,
            Some(1),
            "\u{e9}llo w\u{f6}rld",
            "0123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(-10),
            None,
            Some(2),
            "\u{e9}l \u{f6}l",
            "02468",
            (1, 11, 2, 5),
        ),
        (Some(-10), None, Some(-1), "\u{e9}h", "0", (1, -1, -1, 2)),
        (Some(-10), None, Some(-2), "\u{e9}", "0", (1, -1, -2, 1)),
        (
            Some(-10),
            None,
            Some(3),
            "\u{e9}o\u{f6}d",
            "0369",
            (1, 11, 3, 4),
        ),
        (Some(-10), None, Some(-3), "\u{e9}", "0", (1, -1, -3, 1)),
        (Some(-10), Some(0), None, "", "", (1, 0, 1, 0)),
        (Some(-10), Some(0), Some(1), "", "", (1, 0, 1, 0)),
        (Some(-10), Some(0), Some(2), "", "", (1, 0, 2, 0)),
        (Some(-10), Some(0), Some(-1), "\u{e9}", "", (1, 0, -1, 1)),
        (Some(-10), Some(0), Some(-2), "\u{e9}", "", (1, 0, -2, 1)),
        (Some(-10), Some(0), Some(3), "", "", (1, 0, 3, 0)),
        (Some(-10), Some(0), Some(-3), "\u{e9}", "", (1, 0, -3, 1)),
        (Some(-10), Some(1), None, "", "0", (1, 1, 1, 0)),
        (Some(-10), Some(1), Some(1), "", "0", (1, 1, 1, 0)),
        (Some(-10), Some(1), Some(2), "", "0", (1, 1, 2, 0)),
        (Some(-10), Some(1), Some(-1), "", "", (1, 1, -1, 0)),
        (Some(-10), Some(1), Some(-2), "", "", (1, 1, -2, 0)),
        (Some(-10), Some(1), Some(3), "", "0", (1, 1, 3, 0)),
        (Some(-10), Some(1), Some(-3), "", "", (1, 1, -3, 0)),
        (Some(-10), Some(2), None, "\u{e9}", "01", (1, 2, 1, 1)),
        (Some(-10), Some(2), Some(1), "\u{e9}", "01", (1, 2, 1, 1)),
        (Some(-10), Some(2), Some(2), "\u{e9}", "0", (1, 2, 2, 1)),
        (Some(-10), Some(2), Some(-1), "", "", (1, 2, -1, 0)),
        (Some(-10), Some(2), Some(-2), "", "", (1, 2, -2, 0)),
        (Some(-10), Some(2), Some(3), "\u{e9}", "0", (1, 2, 3, 1)),
        (Some(-10), Some(2), Some(-3), "", "", (1, 2, -3, 0)),
        (
            Some(-10),
            Some(-1),
            None,
            "\u{e9}llo w\u{f6}rl",
            "012345678",
            (1, 10, 1, 9),
        ),
        (
            Some(-10),
            Some(-1),
            Some(1),
            "\u{e9}llo w\u{f6}rl",
            "012345678",
            (1, 10, 1, 9),
        ),
        (
            Some(-10),
            Some(-1),
            Some(2),
            "\u{e9}l \u{f6}l",
            "02468",
            (1, 10, 2, 5),
        ),
        (Some(-10), Some(-1), Some(-1), "", "", (1, 10, -1, 0)),
        (Some(-10), Some(-1), Some(-2), "", "", (1, 10, -2, 0)),
        (
            Some(-10),
            Some(-1),
            Some(3),
            "\u{e9}o\u{f6}",
            "036",
            (1, 10, 3, 3),
        ),
        (Some(-10), Some(-1), Some(-3), "", "", (1, 10, -3, 0)),
        (
            Some(-10),
            Some(-2),
            None,
            "\u{e9}llo w\u{f6}r",
            "01234567",
            (1, 9, 1, 8),
        ),
        (
            Some(-10),
            Some(-2),
            Some(1),
            "\u{e9}llo w\u{f6}r",
            "01234567",
            (1, 9, 1, 8),
        ),
        (
            Some(-10),
            Some(-2),
            Some(2),
            "\u{e9}l \u{f6}",
            "0246",
            (1, 9, 2, 4),
        ),
        (Some(-10), Some(-2), Some(-1), "", "", (1, 9, -1, 0)),
        (Some(-10), Some(-2), Some(-2), "", "", (1, 9, -2, 0)),
        (
            Some(-10),
            Some(-2),
            Some(3),
            "\u{e9}o\u{f6}",
            "036",
            (1, 9, 3, 3),
        ),
        (Some(-10), Some(-2), Some(-3), "", "", (1, 9, -3, 0)),
        (Some(-10), Some(3), None, "\u{e9}l", "012", (1, 3, 1, 2)),
        (Some(-10), Some(3), Some(1), "\u{e9}l", "012", (1, 3, 1, 2)),
        (Some(-10), Some(3), Some(2), "\u{e9}", "02", (1, 3, 2, 1)),
        (Some(-10), Some(3), Some(-1), "", "", (1, 3, -1, 0)),
        (Some(-10), Some(3), Some(-2), "", "", (1, 3, -2, 0)),
        (Some(-10), Some(3), Some(3), "\u{e9}", "0", (1, 3, 3, 1)),
        (Some(-10), Some(3), Some(-3), "", "", (1, 3, -3, 0)),
        (Some(-10), Some(5), None, "\u{e9}llo", "01234", (1, 5, 1, 4)),
        (
            Some(-10),
            Some(5),
            Some(1),
            "\u{e9}llo",
            "01234",
            (1, 5, 1, 4),
        ),
        (Some(-10), Some(5), Some(2), "\u{e9}l", "024", (1, 5, 2, 2)),
        (Some(-10), Some(5), Some(-1), "", "", (1, 5, -1, 0)),
        (Some(-10), Some(5), Some(-2), "", "", (1, 5, -2, 0)),
        (Some(-10), Some(5), Some(3), "\u{e9}o", "03", (1, 5, 3, 2)),
        (Some(-10), Some(5), Some(-3), "", "", (1, 5, -3, 0)),
        (
            Some(-10),
            Some(10),
            None,
            "\u{e9}llo w\u{f6}rl",
            "0123456789",
            (1, 10, 1, 9),
        ),
        (
            Some(-10),
            Some(10),
            Some(1),
            "\u{e9}llo w\u{f6}rl",
            "0123456789",
            (1, 10, 1, 9),
        ),
        (
            Some(-10),
            Some(10),
            Some(2),
            "\u{e9}l \u{f6}l",
            "02468",
            (1, 10, 2, 5),
        ),
        (Some(-10), Some(10), Some(-1), "", "", (1, 10, -1, 0)),
        (Some(-10), Some(10), Some(-2), "", "", (1, 10, -2, 0)),
        (
            Some(-10),
            Some(10),
            Some(3),
            "\u{e9}o\u{f6}",
            "0369",
            (1, 10, 3, 3),
        ),
        (Some(-10), Some(10), Some(-3), "", "", (1, 10, -3, 0)),
        (Some(-10), Some(-10), None, "", "", (1, 1, 1, 0)),
        (Some(-10), Some(-10), Some(1), "", "", (1, 1, 1, 0)),
        (Some(-10), Some(-10), Some(2), "", "", (1, 1, 2, 0)),
        (Some(-10), Some(-10), Some(-1), "", "", (1, 1, -1, 0)),
        (Some(-10), Some(-10), Some(-2), "", "", (1, 1, -2, 0)),
        (Some(-10), Some(-10), Some(3), "", "", (1, 1, 3, 0)),
        (Some(-10), Some(-10), Some(-3), "", "", (1, 1, -3, 0)),
        (
            Some(-10),
            Some(4611686018427387904),
            None,
            "\u{e9}llo w\u{f6}rld",
            "0123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(-10),
            Some(4611686018427387904),
            Some(1),
            "\u{e9}llo w\u{f6}rld",
            "0123456789",
            (1, 11, 1, 10),
        ),
        (
            Some(-10),
            Some(4611686018427387904),
            Some(2),
            "\u{e9}l \u{f6}l",
            "02468",
            (1, 11, 2, 5),
        ),
        (
            Some(-10),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (1, 10, -1, 0),
        ),
        (
            Some(-10),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (1, 10, -2, 0),
        ),
        (
            Some(-10),
            Some(4611686018427387904),
            Some(3),
            "\u{e9}o\u{f6}d",
            "0369",
            (1, 11, 3, 4),
        ),
        (
            Some(-10),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (1, 10, -3, 0),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (1, 0, 1, 0),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (1, 0, 1, 0),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (1, 0, 2, 0),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            Some(-1),
            "\u{e9}h",
            "0",
            (1, -1, -1, 2),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            Some(-2),
            "\u{e9}",
            "0",
            (1, -1, -2, 1),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (1, 0, 3, 0),
        ),
        (
            Some(-10),
            Some(-4611686018427387904),
            Some(-3),
            "\u{e9}",
            "0",
            (1, -1, -3, 1),
        ),
        (
            Some(4611686018427387904),
            None,
            None,
            "",
            "",
            (11, 11, 1, 0),
        ),
        (
            Some(4611686018427387904),
            None,
            Some(1),
            "",
            "",
            (11, 11, 1, 0),
        ),
        (
            Some(4611686018427387904),
            None,
            Some(2),
            "",
            "",
            (11, 11, 2, 0),
        ),
        (
            Some(4611686018427387904),
            None,
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (
            Some(4611686018427387904),
            None,
            Some(-2),
            "drwolh",
            "97531",
            (10, -1, -2, 6),
        ),
        (
            Some(4611686018427387904),
            None,
            Some(3),
            "",
            "",
            (11, 11, 3, 0),
        ),
        (
            Some(4611686018427387904),
            None,
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            None,
            "",
            "",
            (11, 0, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            Some(1),
            "",
            "",
            (11, 0, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            Some(2),
            "",
            "",
            (11, 0, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}",
            "987654321",
            (10, 0, -1, 10),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            Some(-2),
            "drwol",
            "97531",
            (10, 0, -2, 5),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            Some(3),
            "",
            "",
            (11, 0, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(0),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "963",
            (10, 0, -3, 4),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            None,
            "",
            "",
            (11, 1, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            Some(1),
            "",
            "",
            (11, 1, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            Some(2),
            "",
            "",
            (11, 1, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            Some(-1),
            "dlr\u{f6}w oll",
            "98765432",
            (10, 1, -1, 9),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            Some(-2),
            "drwol",
            "9753",
            (10, 1, -2, 5),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            Some(3),
            "",
            "",
            (11, 1, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(1),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 1, -3, 3),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            None,
            "",
            "",
            (11, 2, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            Some(1),
            "",
            "",
            (11, 2, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            Some(2),
            "",
            "",
            (11, 2, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            Some(-1),
            "dlr\u{f6}w ol",
            "9876543",
            (10, 2, -1, 8),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            Some(-2),
            "drwo",
            "9753",
            (10, 2, -2, 4),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            Some(3),
            "",
            "",
            (11, 2, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(2),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 2, -3, 3),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            None,
            "",
            "",
            (11, 10, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            Some(1),
            "",
            "",
            (11, 10, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            Some(2),
            "",
            "",
            (11, 10, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            Some(-1),
            "",
            "",
            (10, 10, -1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            Some(-2),
            "",
            "",
            (10, 10, -2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            Some(3),
            "",
            "",
            (11, 10, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-1),
            Some(-3),
            "",
            "",
            (10, 10, -3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            None,
            "",
            "",
            (11, 9, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            Some(1),
            "",
            "",
            (11, 9, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            Some(2),
            "",
            "",
            (11, 9, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            Some(-1),
            "d",
            "9",
            (10, 9, -1, 1),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            Some(-2),
            "d",
            "9",
            (10, 9, -2, 1),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            Some(3),
            "",
            "",
            (11, 9, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-2),
            Some(-3),
            "d",
            "9",
            (10, 9, -3, 1),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            None,
            "",
            "",
            (11, 3, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            Some(1),
            "",
            "",
            (11, 3, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            Some(2),
            "",
            "",
            (11, 3, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            Some(-1),
            "dlr\u{f6}w o",
            "987654",
            (10, 3, -1, 7),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            Some(-2),
            "drwo",
            "975",
            (10, 3, -2, 4),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            Some(3),
            "",
            "",
            (11, 3, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(3),
            Some(-3),
            "d\u{f6}o",
            "96",
            (10, 3, -3, 3),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            None,
            "",
            "",
            (11, 5, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            Some(1),
            "",
            "",
            (11, 5, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            Some(2),
            "",
            "",
            (11, 5, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            Some(-1),
            "dlr\u{f6}w",
            "9876",
            (10, 5, -1, 5),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            Some(-2),
            "drw",
            "97",
            (10, 5, -2, 3),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            Some(3),
            "",
            "",
            (11, 5, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(5),
            Some(-3),
            "d\u{f6}",
            "96",
            (10, 5, -3, 2),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            None,
            "",
            "",
            (11, 10, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            Some(1),
            "",
            "",
            (11, 10, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            Some(2),
            "",
            "",
            (11, 10, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            Some(-1),
            "",
            "",
            (10, 10, -1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            Some(-2),
            "",
            "",
            (10, 10, -2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            Some(3),
            "",
            "",
            (11, 10, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(10),
            Some(-3),
            "",
            "",
            (10, 10, -3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            None,
            "",
            "",
            (11, 1, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            Some(1),
            "",
            "",
            (11, 1, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            Some(2),
            "",
            "",
            (11, 1, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            Some(-1),
            "dlr\u{f6}w oll",
            "987654321",
            (10, 1, -1, 9),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            Some(-2),
            "drwol",
            "97531",
            (10, 1, -2, 5),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            Some(3),
            "",
            "",
            (11, 1, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-10),
            Some(-3),
            "d\u{f6}o",
            "963",
            (10, 1, -3, 3),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            None,
            "",
            "",
            (11, 11, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            Some(1),
            "",
            "",
            (11, 11, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            Some(2),
            "",
            "",
            (11, 11, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (10, 10, -1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (10, 10, -2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            Some(3),
            "",
            "",
            (11, 11, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (10, 10, -3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (11, 0, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (11, 0, 1, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (11, 0, 2, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            Some(-1),
            "dlr\u{f6}w oll\u{e9}h",
            "9876543210",
            (10, -1, -1, 11),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            Some(-2),
            "drwolh",
            "97531",
            (10, -1, -2, 6),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (11, 0, 3, 0),
        ),
        (
            Some(4611686018427387904),
            Some(-4611686018427387904),
            Some(-3),
            "d\u{f6}o\u{e9}",
            "9630",
            (10, -1, -3, 4),
        ),
        (
            Some(-4611686018427387904),
            None,
            None,
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(-4611686018427387904),
            None,
            Some(1),
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(-4611686018427387904),
            None,
            Some(2),
            "hlowrd",
            "02468",
            (0, 11, 2, 6),
        ),
        (
            Some(-4611686018427387904),
            None,
            Some(-1),
            "",
            "",
            (-1, -1, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            None,
            Some(-2),
            "",
            "",
            (-1, -1, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            None,
            Some(3),
            "hlwl",
            "0369",
            (0, 11, 3, 4),
        ),
        (
            Some(-4611686018427387904),
            None,
            Some(-3),
            "",
            "",
            (-1, -1, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            None,
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            Some(1),
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            Some(2),
            "",
            "",
            (0, 0, 2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            Some(-1),
            "",
            "",
            (-1, 0, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            Some(-2),
            "",
            "",
            (-1, 0, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            Some(3),
            "",
            "",
            (0, 0, 3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(0),
            Some(-3),
            "",
            "",
            (-1, 0, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            None,
            "h",
            "0",
            (0, 1, 1, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            Some(1),
            "h",
            "0",
            (0, 1, 1, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            Some(2),
            "h",
            "0",
            (0, 1, 2, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            Some(-1),
            "",
            "",
            (-1, 1, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            Some(-2),
            "",
            "",
            (-1, 1, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            Some(3),
            "h",
            "0",
            (0, 1, 3, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(1),
            Some(-3),
            "",
            "",
            (-1, 1, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            None,
            "h\u{e9}",
            "01",
            (0, 2, 1, 2),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            Some(1),
            "h\u{e9}",
            "01",
            (0, 2, 1, 2),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            Some(2),
            "h",
            "0",
            (0, 2, 2, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            Some(-1),
            "",
            "",
            (-1, 2, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            Some(-2),
            "",
            "",
            (-1, 2, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            Some(3),
            "h",
            "0",
            (0, 2, 3, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(2),
            Some(-3),
            "",
            "",
            (-1, 2, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            None,
            "h\u{e9}llo w\u{f6}rl",
            "012345678",
            (0, 10, 1, 10),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            Some(1),
            "h\u{e9}llo w\u{f6}rl",
            "012345678",
            (0, 10, 1, 10),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            Some(2),
            "hlowr",
            "02468",
            (0, 10, 2, 5),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            Some(-1),
            "",
            "",
            (-1, 10, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            Some(-2),
            "",
            "",
            (-1, 10, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            Some(3),
            "hlwl",
            "036",
            (0, 10, 3, 4),
        ),
        (
            Some(-4611686018427387904),
            Some(-1),
            Some(-3),
            "",
            "",
            (-1, 10, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            None,
            "h\u{e9}llo w\u{f6}r",
            "01234567",
            (0, 9, 1, 9),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            Some(1),
            "h\u{e9}llo w\u{f6}r",
            "01234567",
            (0, 9, 1, 9),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            Some(2),
            "hlowr",
            "0246",
            (0, 9, 2, 5),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            Some(-1),
            "",
            "",
            (-1, 9, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            Some(-2),
            "",
            "",
            (-1, 9, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            Some(3),
            "hlw",
            "036",
            (0, 9, 3, 3),
        ),
        (
            Some(-4611686018427387904),
            Some(-2),
            Some(-3),
            "",
            "",
            (-1, 9, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            None,
            "h\u{e9}l",
            "012",
            (0, 3, 1, 3),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            Some(1),
            "h\u{e9}l",
            "012",
            (0, 3, 1, 3),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            Some(2),
            "hl",
            "02",
            (0, 3, 2, 2),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            Some(-1),
            "",
            "",
            (-1, 3, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            Some(-2),
            "",
            "",
            (-1, 3, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            Some(3),
            "h",
            "0",
            (0, 3, 3, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(3),
            Some(-3),
            "",
            "",
            (-1, 3, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            None,
            "h\u{e9}llo",
            "01234",
            (0, 5, 1, 5),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            Some(1),
            "h\u{e9}llo",
            "01234",
            (0, 5, 1, 5),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            Some(2),
            "hlo",
            "024",
            (0, 5, 2, 3),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            Some(-1),
            "",
            "",
            (-1, 5, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            Some(-2),
            "",
            "",
            (-1, 5, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            Some(3),
            "hl",
            "03",
            (0, 5, 3, 2),
        ),
        (
            Some(-4611686018427387904),
            Some(5),
            Some(-3),
            "",
            "",
            (-1, 5, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            None,
            "h\u{e9}llo w\u{f6}rl",
            "0123456789",
            (0, 10, 1, 10),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            Some(1),
            "h\u{e9}llo w\u{f6}rl",
            "0123456789",
            (0, 10, 1, 10),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            Some(2),
            "hlowr",
            "02468",
            (0, 10, 2, 5),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            Some(-1),
            "",
            "",
            (-1, 10, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            Some(-2),
            "",
            "",
            (-1, 10, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            Some(3),
            "hlwl",
            "0369",
            (0, 10, 3, 4),
        ),
        (
            Some(-4611686018427387904),
            Some(10),
            Some(-3),
            "",
            "",
            (-1, 10, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            None,
            "h",
            "",
            (0, 1, 1, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            Some(1),
            "h",
            "",
            (0, 1, 1, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            Some(2),
            "h",
            "",
            (0, 1, 2, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            Some(-1),
            "",
            "",
            (-1, 1, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            Some(-2),
            "",
            "",
            (-1, 1, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            Some(3),
            "h",
            "",
            (0, 1, 3, 1),
        ),
        (
            Some(-4611686018427387904),
            Some(-10),
            Some(-3),
            "",
            "",
            (-1, 1, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            None,
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            Some(1),
            "h\u{e9}llo w\u{f6}rld",
            "0123456789",
            (0, 11, 1, 11),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            Some(2),
            "hlowrd",
            "02468",
            (0, 11, 2, 6),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            Some(-1),
            "",
            "",
            (-1, 10, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            Some(-2),
            "",
            "",
            (-1, 10, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            Some(3),
            "hlwl",
            "0369",
            (0, 11, 3, 4),
        ),
        (
            Some(-4611686018427387904),
            Some(4611686018427387904),
            Some(-3),
            "",
            "",
            (-1, 10, -3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            None,
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            Some(1),
            "",
            "",
            (0, 0, 1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            Some(2),
            "",
            "",
            (0, 0, 2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            Some(-1),
            "",
            "",
            (-1, -1, -1, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            Some(-2),
            "",
            "",
            (-1, -1, -2, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            Some(3),
            "",
            "",
            (0, 0, 3, 0),
        ),
        (
            Some(-4611686018427387904),
            Some(-4611686018427387904),
            Some(-3),
            "",
            "",
            (-1, -1, -3, 0),
        ),
    ];
    for (start, stop, step, want_s, want_b, (i0, i1, i2, n)) in cases {
        assert_eq!(
            slice_chars(s, start, stop, step).unwrap(),
            want_s,
            "{start:?}:{stop:?}:{step:?}"
        );
        assert_eq!(
            slice_items(b, start, stop, step).unwrap(),
            want_b.as_bytes(),
            "bytes {start:?}:{stop:?}:{step:?}"
        );
        let (a, z, st) = slice_indices(s.chars().count() as i64, start, stop, step).unwrap();
        assert_eq!(
            (a, z, st, slice_len(a, z, st)),
            (i0, i1, i2, n),
            "indices {start:?}:{stop:?}:{step:?}"
        );
    }
    assert_eq!(
        e(slice_indices(5, None, None, Some(0))),
        want(Err(("ValueError", "slice step cannot be zero")))
    );
    assert_eq!(
        slice_indices(5, None, None, Some(i64::MIN)).unwrap(),
        (4, -1, -i64::MAX)
    );
    assert_eq!(
        slice_chars("abc", Some(i64::MIN), Some(i64::MAX), Some(i64::MIN)).unwrap(),
        ""
    );
    assert_eq!(slice_chars("abc", None, None, Some(i64::MIN)).unwrap(), "c");
    assert_eq!(char_at("héllo", -4).unwrap(), 'é');
    assert_eq!(
        e(char_at("héllo", 5)),
        want(Err(("IndexError", "string index out of range")))
    );
    assert_eq!(char_len("héllo"), 5);
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('𝟡'), Some(9));
    assert_eq!(decimal_value('x'), None);
}
