//! Tests for `tokens.rs`: what each piece of text is highlighted as, UTF-16 positions, and no
//! panic on broken or hostile input.

// `String` below is the highlight kind; the text type is spelled `std::string::String`.
use super::HighlightKind::*;
use super::*;

/// Each highlight as (its text, its kind); the text is cut out by UTF-16 positions, as
/// JavaScript would.
fn runs(source: &str) -> Vec<(std::string::String, HighlightKind)> {
    let units: Vec<u16> = source.encode_utf16().collect();
    highlight(source)
        .into_iter()
        .map(|h| {
            (
                std::string::String::from_utf16_lossy(&units[h.start..h.end]),
                h.kind,
            )
        })
        .collect()
}

/// The kind of the first highlight whose text is `text`.
fn kind_of_text(source: &str, text: &str) -> Option<HighlightKind> {
    runs(source)
        .into_iter()
        .find(|(t, _)| t == text)
        .map(|(_, k)| k)
}

/// Ordered, not overlapping, inside the text.
fn assert_well_formed(source: &str) {
    let len = source.encode_utf16().count();
    let mut last_end = 0;
    for h in highlight(source) {
        assert!(
            last_end <= h.start && h.start < h.end && h.end <= len,
            "{h:?} after {last_end} in {len} units of {source:?}"
        );
        last_end = h.end;
    }
}

#[test]
fn a_small_program() {
    let src = "def eat(n):\n    # hungry\n    return n + 1.5  # more\n\nprint(eat(2), 'ok')\n";
    assert_eq!(
        runs(src),
        vec![
            ("def".into(), Keyword),
            ("eat".into(), Definition),
            ("(".into(), Punctuation),
            ("n".into(), Name),
            (")".into(), Punctuation),
            (":".into(), Punctuation),
            ("# hungry".into(), Comment),
            ("return".into(), Keyword),
            ("n".into(), Name),
            ("+".into(), Operator),
            ("1.5".into(), Number),
            ("# more".into(), Comment),
            ("print".into(), Builtin),
            ("(".into(), Punctuation),
            ("eat".into(), Name),
            ("(".into(), Punctuation),
            ("2".into(), Number),
            (")".into(), Punctuation),
            (",".into(), Punctuation),
            ("'ok'".into(), String),
            (")".into(), Punctuation),
        ]
    );
}

#[test]
fn keywords_constants_and_classes() {
    let src = "class Hub(object):\n    pass\nx = None if True else False\n";
    assert_eq!(kind_of_text(src, "class"), Some(Keyword));
    assert_eq!(kind_of_text(src, "Hub"), Some(Definition));
    assert_eq!(kind_of_text(src, "object"), Some(Builtin));
    assert_eq!(kind_of_text(src, "None"), Some(Keyword));
    assert_eq!(kind_of_text(src, "True"), Some(Keyword));
    assert_eq!(kind_of_text(src, "="), Some(Operator));
}

#[test]
fn a_builtin_name_as_an_attribute_is_a_name() {
    let src = "log.print(len)\n";
    assert_eq!(kind_of_text(src, "print"), Some(Name));
    assert_eq!(kind_of_text(src, "len"), Some(Builtin));
}

#[test]
fn soft_keywords_are_keywords_only_where_they_act_as_one() {
    let src = "match command:\n    case 1:\n        pass\n";
    assert_eq!(kind_of_text(src, "match"), Some(Keyword));
    assert_eq!(kind_of_text(src, "case"), Some(Keyword));
    let src = "match = 1\ncase = match + 1\n";
    assert_eq!(kind_of_text(src, "match"), Some(Name));
    assert_eq!(kind_of_text(src, "case"), Some(Name));
    assert_eq!(kind_of_text("print(type(3))\n", "type"), Some(Builtin));
}

#[test]
fn decorators() {
    let src = "@functools.wraps(f)\ndef g(): pass\nx = a @ b\n";
    let got = runs(src);
    assert_eq!(got[0], ("@".into(), Decorator));
    assert_eq!(got[1], ("functools".into(), Decorator));
    assert_eq!(got[2], (".".into(), Punctuation));
    assert_eq!(got[3], ("wraps".into(), Decorator));
    assert_eq!(got[4], ("(".into(), Punctuation));
    assert_eq!(got[5], ("f".into(), Name));
    // `@` between two operands multiplies matrices.
    assert!(got.contains(&("@".into(), Operator)));
}

#[test]
fn f_strings_are_strings_except_their_expressions() {
    let src = "s = f\"a{x!r:>3}b\"\n";
    assert_eq!(
        runs(src),
        vec![
            ("s".into(), Name),
            ("=".into(), Operator),
            ("f\"".into(), String),
            ("a".into(), String),
            ("{".into(), Punctuation),
            ("x".into(), Name),
            ("!".into(), Punctuation),
            ("r".into(), Name),
            (":".into(), Punctuation),
            (">3".into(), String),
            ("}".into(), Punctuation),
            ("b".into(), String),
            ("\"".into(), String),
        ]
    );
}

#[test]
fn positions_are_utf16_units() {
    // 你好 is 2 units (6 bytes), 😀 is 2 units (4 bytes, one char).
    let src = "# 你好😀\ns = '喵😀' + \"x\"\n";
    assert_eq!(
        runs(src),
        vec![
            ("# 你好😀".into(), Comment),
            ("s".into(), Name),
            ("=".into(), Operator),
            ("'喵😀'".into(), String),
            ("+".into(), Operator),
            ("\"x\"".into(), String),
        ]
    );
    let h = highlight(src);
    assert_eq!((h[0].start, h[0].end), (0, 6));
    assert_eq!((h[1].start, h[1].end), (7, 8));
    assert_eq!((h[3].start, h[3].end), (11, 16));
    assert_well_formed(src);
}

#[test]
fn unfinished_code_still_highlights() {
    for src in [
        "def",
        "def f(",
        "print('unterminated\nx = 1\n",
        "s = \"\"\"never closed\n\nmore\n",
        "f'{x'\n",
        "f'{",
        "class C:\n  def m(self):\n    return $\n",
        "if x:\n\tpass\n        pass\n",
        "x = (1,\n",
        ")))\n",
        "\u{feff}print(1)\r\nprint(2)\rprint(3)",
        "1__2 0x 1e 09 3jj",
        "\\",
        "\0",
        "",
    ] {
        assert_well_formed(src);
    }
    // What comes after an unterminated string is still coloured.
    let src = "print('unterminated\nx = 1\n";
    assert_eq!(kind_of_text(src, "1"), Some(Number));
    assert_eq!(kind_of_text(src, "print"), Some(Builtin));
}

#[test]
fn a_stray_character_is_invalid() {
    assert_eq!(kind_of_text("x = $\n", "$"), Some(Invalid));
}

#[test]
fn too_deep_nesting_gives_no_highlights_and_no_crash() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(highlight(&src), vec![]);
    let src = format!("x = {}\n", "-".repeat(100_000) + "1");
    assert_well_formed(&src);
}

#[test]
fn a_big_program_is_highlighted_whole() {
    let unit = "def f(x):\n    return '你好' + str(x)  # 😀\n";
    let src = unit.repeat(20_000); // about 1 MB
    let h = highlight(&src);
    assert_eq!(h.len(), 20_000 * 14);
    assert_eq!(
        h.last().map(|h| h.end),
        Some(src.encode_utf16().count() - 1)
    );
}
