//! `\N{NAME}` lookup for the parser, with a small table (see `patches/README.md`).
//!
//! Only [`character`] is provided: it is all `ruff_python_parser` calls.

/// `CODE NAME` lines, code in hex: every named character of the blocks chosen in
/// `scripts/gen-unicode-tables.py`, then the name aliases CPython accepts for them.
const NAMES: &str = include_str!("names.txt");

/// CJK unified ideographs, named `CJK UNIFIED IDEOGRAPH-<hex>` by rule (Unicode 14.0).
const CJK_UNIFIED: [(u32, u32); 8] = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x30000, 0x3134A),
];

/// CJK compatibility ideographs, named `CJK COMPATIBILITY IDEOGRAPH-<hex>` by rule.
const CJK_COMPATIBILITY: [(u32, u32); 3] = [(0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0x2F800, 0x2FA1D)];

/// The parts of a Hangul syllable's name (Unicode §3.12): leading consonant, vowel, trailing
/// consonant.
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// The character called `name` (case does not matter, as in CPython), if we know it.
pub fn character(name: &str) -> Option<char> {
    let name = name.to_ascii_uppercase();
    by_rule(&name).or_else(|| by_table(&name))
}

fn by_table(name: &str) -> Option<char> {
    NAMES.lines().find_map(|line| {
        let (code, line_name) = line.split_once(' ')?;
        if line_name == name {
            char::from_u32(u32::from_str_radix(code, 16).ok()?)
        } else {
            None
        }
    })
}

fn by_rule(name: &str) -> Option<char> {
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return code_in(hex, &CJK_UNIFIED);
    }
    if let Some(hex) = name.strip_prefix("CJK COMPATIBILITY IDEOGRAPH-") {
        return code_in(hex, &CJK_COMPATIBILITY);
    }
    if let Some(syllable) = name.strip_prefix("HANGUL SYLLABLE ") {
        return hangul(syllable);
    }
    None
}

/// The code point written as 4 or 5 hex digits in `hex`, if it lies in one of `ranges`.
fn code_in(hex: &str, ranges: &[(u32, u32)]) -> Option<char> {
    if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let code = u32::from_str_radix(hex, 16).ok()?;
    if ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&code)) {
        char::from_u32(code)
    } else {
        None
    }
}

/// A Hangul syllable from the short names of its jamo. Names are not uniquely split by a greedy
/// parse (`GAG` is G+A+G), so every syllable's name is built and compared: 11,172 of them, only
/// when a program spells one.
fn hangul(syllable: &str) -> Option<char> {
    let mut code = 0xAC00u32;
    for l in JAMO_L {
        for v in JAMO_V {
            for t in JAMO_T {
                let len = l.len() + v.len() + t.len();
                if len == syllable.len()
                    && syllable.starts_with(l)
                    && syllable[l.len()..].starts_with(v)
                    && syllable.ends_with(t)
                {
                    return char::from_u32(code);
                }
                code += 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::character;

    /// Expected values from CPython 3.11: `"\N{...}"`.
    #[test]
    fn names_cpython_knows() {
        let cases = [
            ("LATIN SMALL LETTER A", 'a'),
            ("latin small letter a", 'a'),
            ("SNOWMAN", '☃'),
            ("EM SPACE", '\u{2003}'),
            ("BLACK HEART SUIT", '♥'),
            ("RIGHTWARDS ARROW", '→'),
            ("BOX DRAWINGS LIGHT HORIZONTAL", '─'),
            ("GREEK SMALL LETTER ALPHA", 'α'),
            ("IDEOGRAPHIC FULL STOP", '。'),
            ("FULLWIDTH LATIN CAPITAL LETTER A", 'Ａ'),
            ("GRINNING FACE", '😀'),
            ("CJK UNIFIED IDEOGRAPH-4E2D", '中'),
            ("CJK UNIFIED IDEOGRAPH-20000", '\u{20000}'),
            ("CJK COMPATIBILITY IDEOGRAPH-F900", '\u{F900}'),
            ("HANGUL SYLLABLE GA", '가'),
            ("HANGUL SYLLABLE GAG", '각'),
            ("HANGUL SYLLABLE HIH", '\u{D7A3}'),
            ("LF", '\n'),
            ("LINE FEED", '\n'),
            ("NUL", '\0'),
            ("ZWSP", '\u{200B}'),
            ("BOM", '\u{FEFF}'),
        ];
        for (name, want) in cases {
            assert_eq!(character(name), Some(want), "{name}");
        }
    }

    #[test]
    fn unknown_names() {
        for name in [
            "",
            "NO SUCH CHARACTER",
            "CJK UNIFIED IDEOGRAPH-0041",
            "CJK UNIFIED IDEOGRAPH-4E2",
            "CJK UNIFIED IDEOGRAPH-+4E2D",
            "HANGUL SYLLABLE",
            "HANGUL SYLLABLE Q",
            "EM",
        ] {
            assert_eq!(character(name), None, "{name:?}");
        }
    }
}
