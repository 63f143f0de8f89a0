//! Python's `str` and `bytes` methods as pure functions over `&str` / `&[u8]`.
//!
//! Everything here follows CPython 3.11 (`Objects/unicodeobject.c`, `Objects/stringlib`,
//! `Objects/bytes_methods.c`): indices are *character* indices, `start`/`end` arguments are
//! clamped exactly like `ADJUST_INDICES`, whitespace and line breaks are Python's (wider than
//! Rust's), and the character classes (`isalpha`, `isdecimal`, `isprintable`, `isidentifier`, …)
//! come from tables generated with CPython 3.11 itself (Unicode 14.0), because Rust's `char`
//! predicates use different definitions (`is_alphabetic` is the Alphabetic property, not the
//! `L*` categories) and a newer Unicode version. Case mappings use Rust's full mappings, which
//! agree with Python's except for characters added after Unicode 14.
//!
//! No function here panics or allocates without bound: every result whose size depends on a
//! user-supplied count (`*`, `center`, `zfill`, `expandtabs`, `replace`) is checked against
//! [`MAX_RESULT_BYTES`] first and reported as a `MemoryError`.

use std::sync::OnceLock;

/// Which Python exception a [`TextError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextErrorKind {
    ValueError,
    TypeError,
    IndexError,
    LookupError,
    UnicodeEncodeError,
    UnicodeDecodeError,
    OverflowError,
    /// A result would exceed [`MAX_RESULT_BYTES`]; the message is empty like CPython's
    /// `MemoryError()`.
    MemoryError,
}

/// An error from a text function: the exception class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError {
    pub kind: TextErrorKind,
    pub message: String,
}

impl TextError {
    pub fn new(kind: TextErrorKind, message: impl Into<String>) -> TextError {
        TextError {
            kind,
            message: message.into(),
        }
    }
    fn value(message: &str) -> TextError {
        TextError::new(TextErrorKind::ValueError, message)
    }
    fn memory() -> TextError {
        TextError::new(TextErrorKind::MemoryError, "")
    }
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for TextError {}

/// Upper bound (in bytes) on any string or bytes object built here from a user-given size.
/// CPython would happily try to allocate gigabytes; a playground running in WebAssembly
/// should fail fast with `MemoryError` instead.
pub const MAX_RESULT_BYTES: usize = 1 << 26;

fn check_size(bytes: u128) -> Result<usize, TextError> {
    if bytes > MAX_RESULT_BYTES as u128 {
        Err(TextError::memory())
    } else {
        Ok(bytes as usize)
    }
}

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

/// Decodes a packed range table (`gap:len` pairs in hex, gaps relative to the previous range)
/// into sorted inclusive `(first, last)` pairs. Packing keeps ~3000 ranges readable-ish in
/// source; decoding happens once per table.
fn decode_ranges(packed: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut prev_end: i64 = -1;
    for item in packed.split(',') {
        let mut parts = item.split(':');
        let gap = parts.next().and_then(|g| i64::from_str_radix(g, 16).ok());
        let len = parts.next().and_then(|l| i64::from_str_radix(l, 16).ok());
        if let (Some(gap), Some(len)) = (gap, len) {
            let start = prev_end + 1 + gap;
            let end = start + len - 1;
            out.push((start as u32, end as u32));
            prev_end = end;
        }
    }
    out
}

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

macro_rules! range_table {
    ($fn_name:ident, $packed:ident) => {
        fn $fn_name() -> &'static [(u32, u32)] {
            static CELL: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
            CELL.get_or_init(|| decode_ranges($packed))
        }
    };
}

range_table!(decimal_table, DECIMAL_RANGES);
range_table!(digit_table, DIGIT_RANGES);
range_table!(numeric_table, NUMERIC_RANGES);
range_table!(alpha_table, ALPHA_RANGES);
range_table!(printable_table, PRINTABLE_RANGES);
range_table!(id_start_table, ID_START_RANGES);
range_table!(id_continue_table, ID_CONTINUE_RANGES);

/// Python's `str.isspace` for one character: Rust's White_Space plus the information
/// separators U+001C..U+001F, which CPython counts as whitespace (bidi class B/S).
pub fn is_space_char(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's line boundaries for `str.splitlines`.
pub fn is_linebreak_char(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(decimal_table(), c))
}

/// The value of a Unicode decimal digit (`int('٣') == 3`). Nd characters come in aligned runs
/// of ten starting at a zero, so the value is the offset within the run modulo 10.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let table = decimal_table();
    let idx = table.partition_point(|&(_, hi)| hi < c as u32);
    match table.get(idx) {
        Some(&(lo, hi)) if lo <= c as u32 && c as u32 <= hi => Some((c as u32 - lo) % 10),
        _ => None,
    }
}

pub fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(digit_table(), c))
}

pub fn is_numeric_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(numeric_table(), c))
}

pub fn is_alpha_char(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(alpha_table(), c))
}

pub fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_decimal_char(c) || is_digit_char(c) || is_numeric_char(c)
}

/// Python's `str.isprintable` for one character (used by `repr`).
pub fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(printable_table(), c)
}

pub fn is_id_start_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(id_start_table(), c))
}

pub fn is_id_continue_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && in_ranges(id_continue_table(), c))
}

/// Unicode general category Lt (the 31 titlecase letters such as `ǅ`).
pub fn is_titlecase_char(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// The Unicode Cased property (Lowercase ∪ Uppercase ∪ Lt), as CPython's `_PyUnicode_IsCased`.
pub fn is_cased_char(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase_char(c)
}

// ---------------------------------------------------------------------------------------------
// Predicates (`str.isX`)
// ---------------------------------------------------------------------------------------------

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space_char)
}
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum_char)
}
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}
/// True for the empty string, like CPython.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}
/// True for the empty string, like CPython.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if is_id_start_char(first) => chars.all(is_id_continue_char),
        _ => false,
    }
}

/// `str.isupper`: no lowercase or titlecase letters and at least one uppercase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase_char(c) {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

/// `str.islower`: no uppercase or titlecase letters and at least one lowercase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_char(c) {
            return false;
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    cased
}

/// `str.istitle`: uppercase/titlecase letters only after uncased characters, lowercase ones
/// only after cased characters.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_char(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------------------------

fn decode_map(packed: &str) -> Vec<(char, String)> {
    let mut out = Vec::new();
    for item in packed.split(';') {
        let mut parts = item.split(':');
        let key = parts
            .next()
            .and_then(|k| u32::from_str_radix(k, 16).ok())
            .and_then(char::from_u32);
        let value: Option<String> = parts.next().map(|v| {
            v.split(' ')
                .filter_map(|cp| u32::from_str_radix(cp, 16).ok().and_then(char::from_u32))
                .collect()
        });
        if let (Some(k), Some(v)) = (key, value) {
            out.push((k, v));
        }
    }
    crate::small_sort::stable_sort_by(&mut out, |a, b| a.0 < b.0);
    out
}

fn lookup_map(map: &[(char, String)], c: char) -> Option<&str> {
    map.binary_search_by_key(&c, |(k, _)| *k)
        .ok()
        .map(|i| map[i].1.as_str())
}

fn casefold_map() -> &'static [(char, String)] {
    static CELL: OnceLock<Vec<(char, String)>> = OnceLock::new();
    CELL.get_or_init(|| decode_map(CASEFOLD_SPECIAL))
}

fn title_map() -> &'static [(char, String)] {
    static CELL: OnceLock<Vec<(char, String)>> = OnceLock::new();
    CELL.get_or_init(|| decode_map(TITLE_SPECIAL))
}

/// Full titlecase mapping of one character (`ǆ` → `ǅ`, `ß` → `Ss`, `ﬁ` → `Fi`).
fn push_title(out: &mut String, c: char) {
    match lookup_map(title_map(), c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_uppercase()),
    }
}

/// The lowercase of each character *in context*: Rust's `str::to_lowercase` applies the same
/// Final_Sigma rule as CPython (`Σ` → `ς` at a word end), and every other character lowers
/// independently, so walking the source and the lowered text side by side gives the mapping of
/// each source character. (`σ` and `ς` have the same UTF-8 length, keeping the walk aligned.)
fn lowered_segments(s: &str) -> (String, Vec<(usize, usize)>) {
    let lowered = s.to_lowercase();
    let mut segments = Vec::with_capacity(s.len());
    let mut off = 0;
    for c in s.chars() {
        let len: usize = c.to_lowercase().map(char::len_utf8).sum();
        segments.push((off, off + len));
        off += len;
    }
    (lowered, segments)
}

pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `str.casefold`: full case folding, i.e. lowercase plus the extra folds (`ß` → `ss`,
/// `ς` → `σ`, Cherokee, ligatures) recorded from CPython in `CASEFOLD_SPECIAL`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(casefold_map(), c) {
            Some(m) => out.push_str(m),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.swapcase`: uppercase letters lowered (with Final_Sigma), lowercase letters uppercased.
pub fn swapcase(s: &str) -> String {
    let (lowered, segments) = lowered_segments(s);
    let mut out = String::with_capacity(s.len());
    for (c, &(a, b)) in s.chars().zip(segments.iter()) {
        if c.is_uppercase() {
            out.push_str(lowered.get(a..b).unwrap_or(""));
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let (lowered, segments) = lowered_segments(s);
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (c, &(a, b)) in s.chars().zip(segments.iter()) {
        if previous_is_cased {
            out.push_str(lowered.get(a..b).unwrap_or(""));
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased_char(c);
    }
    out
}

/// `str.capitalize` (3.8+): first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let (lowered, segments) = lowered_segments(s);
    let mut out = String::with_capacity(s.len());
    for (i, (c, &(a, b))) in s.chars().zip(segments.iter()).enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            out.push_str(lowered.get(a..b).unwrap_or(""));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Indices
// ---------------------------------------------------------------------------------------------

/// Number of characters (Python's `len(s)`).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of character `idx` (or `s.len()` past the end).
fn byte_offset(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        return idx.min(s.len());
    }
    s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
}

/// CPython's `ADJUST_INDICES`: `end` clamped to `[0, len]`, negative `start` counted from the
/// end and clamped at 0; `start` may stay beyond `len` (callers then find nothing).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// `s[index]` with Python's negative indices; IndexError "string index out of range".
pub fn char_at(s: &str, index: i64) -> Result<char, TextError> {
    let len = char_len(s) as i64;
    let i = if index < 0 {
        index.saturating_add(len)
    } else {
        index
    };
    if i < 0 || i >= len {
        return Err(TextError::new(
            TextErrorKind::IndexError,
            "string index out of range",
        ));
    }
    s.chars()
        .nth(i as usize)
        .ok_or_else(|| TextError::new(TextErrorKind::IndexError, "string index out of range"))
}

/// The part of `s` between character indices already adjusted by [`adjust_indices`], plus the
/// character index it starts at. `None` if the window is empty-and-out-of-range.
fn window(s: &str, start: i64, end: i64) -> (usize, &str) {
    let start = start.max(0) as usize;
    let end = end.max(0) as usize;
    let b0 = byte_offset(s, start);
    let b1 = byte_offset(s, end.max(start));
    (start, s.get(b0..b1).unwrap_or(""))
}

/// `str.find(sub, start, end)`: character index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, char_len(s));
    if end - start < char_len(sub) as i64 {
        return -1;
    }
    let (base, hay) = window(s, start, end);
    match hay.find(sub) {
        Some(b) => (base + char_len(&hay[..b])) as i64,
        None => -1,
    }
}

/// `str.rfind(sub, start, end)`: character index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, char_len(s));
    if end - start < char_len(sub) as i64 {
        return -1;
    }
    let (base, hay) = window(s, start, end);
    match hay.rfind(sub) {
        Some(b) => (base + char_len(&hay[..b])) as i64,
        None => -1,
    }
}

/// `str.index`: like [`find`] but ValueError "substring not found".
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match find(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i),
    }
}

/// `str.rindex`: like [`rfind`] but ValueError "substring not found".
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match rfind(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i),
    }
}

/// `str.count(sub, start, end)`: non-overlapping occurrences; `len+1` for the empty string.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, char_len(s));
    if end - start < char_len(sub) as i64 {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let (_, hay) = window(s, start, end);
    hay.matches(sub).count() as i64
}

/// `str.startswith(prefix, start, end)` for one prefix (tuples are looped by the VM).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, prefix, start, end, false)
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, suffix, start, end, true)
}

fn tailmatch(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, char_len(s));
    let sub_len = char_len(sub) as i64;
    if end - sub_len < start {
        return false;
    }
    if sub_len == 0 {
        return true;
    }
    let (_, hay) = window(s, start, end);
    if at_end {
        hay.ends_with(sub)
    } else {
        hay.starts_with(sub)
    }
}

pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, partitioning
// ---------------------------------------------------------------------------------------------

/// Python's `maxsplit`: negative means unlimited.
fn max_pieces(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        (maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize
    }
}

/// `str.split(sep=None, maxsplit=-1)`. With `sep=None`, runs of Python whitespace separate
/// and leading/trailing whitespace produces no empty strings.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, TextError> {
    match sep {
        Some("") => Err(TextError::value("empty separator")),
        Some(sep) => Ok(s
            .splitn(max_pieces(maxsplit), sep)
            .map(str::to_string)
            .collect()),
        None => Ok(split_whitespace(s, maxsplit)),
    }
}

/// `str.rsplit(sep=None, maxsplit=-1)`: like [`split`] but splits from the right.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, TextError> {
    match sep {
        Some("") => Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut v: Vec<String> = s
                .rsplitn(max_pieces(maxsplit), sep)
                .map(str::to_string)
                .collect();
            v.reverse();
            Ok(v)
        }
        None => Ok(rsplit_whitespace(s, maxsplit)),
    }
}

/// Port of stringlib's `split_whitespace`: after `maxsplit` pieces the rest (minus leading
/// whitespace) is one last piece.
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { chars[i].0 } else { s.len() };
    let mut out = Vec::new();
    let mut remaining = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while remaining > 0 {
        remaining -= 1;
        while i < n && is_space_char(chars[i].1) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space_char(chars[i].1) {
            i += 1;
        }
        out.push(s[at(j)..at(i)].to_string());
    }
    if i < n {
        while i < n && is_space_char(chars[i].1) {
            i += 1;
        }
        if i != n {
            out.push(s[at(i)..].to_string());
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    // `end(i)` = byte offset just past character i-1; character positions count from 1 here so
    // that the scan can stop at 0 without signed arithmetic.
    let end = |i: usize| {
        if i == 0 {
            0
        } else {
            chars[i - 1].0 + chars[i - 1].1.len_utf8()
        }
    };
    let mut out = Vec::new();
    let mut remaining = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = n;
    while remaining > 0 {
        remaining -= 1;
        while i > 0 && is_space_char(chars[i - 1].1) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !is_space_char(chars[i - 1].1) {
            i -= 1;
        }
        out.push(s[end(i)..end(j)].to_string());
    }
    if i > 0 {
        while i > 0 && is_space_char(chars[i - 1].1) {
            i -= 1;
        }
        if i != 0 {
            out.push(s[..end(i)].to_string());
        }
    }
    out.reverse();
    out
}

/// `str.splitlines(keepends)`: splits on every Python line boundary, `\r\n` counting as one.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak_char(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                eol += 1;
            }
        }
        out.push(s[line_start..if keepends { eol } else { i }].to_string());
        line_start = eol;
    }
    if line_start < s.len() {
        out.push(s[line_start..].to_string());
    }
    out
}

fn strip_pred<'a>(chars: Option<&'a str>) -> impl Fn(char) -> bool + 'a {
    move |c| match chars {
        None => is_space_char(c),
        Some(set) => set.contains(c),
    }
}

/// `str.strip(chars=None)`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_pred(chars))
}
/// `str.lstrip(chars=None)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_pred(chars))
}
/// `str.rstrip(chars=None)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_pred(chars))
}

/// `str.partition(sep)`: `(head, sep, tail)`, or `(s, "", "")` when `sep` is absent.
pub fn partition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(b) => (&s[..b], sep, &s[b + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: `(head, sep, tail)`, or `("", "", s)` when `sep` is absent.
pub fn rpartition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(b) => (&s[..b], sep, &s[b + sep.len()..]),
        None => ("", "", s),
    })
}

// ---------------------------------------------------------------------------------------------
// Building new strings
// ---------------------------------------------------------------------------------------------

/// `str.replace(old, new, count=-1)`; an empty `old` inserts `new` around every character.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, TextError> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    if limit == 0 {
        return Ok(s.to_string());
    }
    // Count first so a huge result is refused before it is built.
    let found = if old.is_empty() {
        char_len(s) + 1
    } else {
        s.matches(old).count()
    };
    let n = found.min(limit) as u128;
    check_size(s.len() as u128 + n * new.len() as u128)?;
    Ok(s.replacen(old, new, limit))
}

/// `str * n` (and `n * str`); `n <= 0` gives the empty string.
pub fn repeat(s: &str, n: i64) -> Result<String, TextError> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    check_size(s.len() as u128 * n as u128)?;
    Ok(s.repeat(n as usize))
}

/// Validates a `fillchar` argument: exactly one character.
pub fn fill_char(fill: &str) -> Result<char, TextError> {
    let mut it = fill.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(TextError::new(
            TextErrorKind::TypeError,
            "The fill character must be exactly one character long",
        )),
    }
}

/// `left` and `right` are non-negative counts of fill characters; they are checked against
/// [`MAX_RESULT_BYTES`] before any conversion to `usize` (which is 32-bit on wasm32).
fn pad(s: &str, left: i64, right: i64, fill: char) -> Result<String, TextError> {
    let (left, right) = (left.max(0) as u128, right.max(0) as u128);
    let bytes = s.len() as u128 + (left + right) * fill.len_utf8() as u128;
    let mut out = String::with_capacity(check_size(bytes)?);
    out.extend(std::iter::repeat(fill).take(left as usize));
    out.push_str(s);
    out.extend(std::iter::repeat(fill).take(right as usize));
    Ok(out)
}

/// `str.center(width, fillchar=' ')`, with CPython's rule for where the odd pad goes.
pub fn center(s: &str, width: i64, fill: &str) -> Result<String, TextError> {
    let fill = fill_char(fill)?;
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left, marg - left, fill)
}

/// `str.ljust(width, fillchar=' ')`.
pub fn ljust(s: &str, width: i64, fill: &str) -> Result<String, TextError> {
    let fill = fill_char(fill)?;
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    pad(s, 0, width - len, fill)
}

/// `str.rjust(width, fillchar=' ')`.
pub fn rjust(s: &str, width: i64, fill: &str) -> Result<String, TextError> {
    let fill = fill_char(fill)?;
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    pad(s, width - len, 0, fill)
}

/// `str.zfill(width)`: zeros go after a leading sign.
pub fn zfill(s: &str, width: i64) -> Result<String, TextError> {
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    let zeros = width - len;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = pad(rest, zeros, 0, '0')?;
    if let Some(c) = sign {
        out.insert(0, c);
    }
    Ok(out)
}

/// `str.expandtabs(tabsize=8)`: the column restarts after `\n` and `\r`; a tabsize <= 0
/// removes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, TextError> {
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                check_size(out.len() as u128 + incr as u128)?;
                column += incr;
                out.extend(std::iter::repeat(' ').take(incr as usize));
            }
        } else {
            column += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Slicing
// ---------------------------------------------------------------------------------------------

/// `PySlice_Unpack` + `PySlice_AdjustIndices`: the `(start, stop, step)` a slice denotes over
/// a sequence of length `len`. Big-int bounds should be clamped to `i64` by the caller, like
/// CPython clamps them to `Py_ssize_t`. ValueError "slice step cannot be zero".
pub fn slice_indices(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, i64, i64), TextError> {
    let mut step = step.unwrap_or(1);
    if step == 0 {
        return Err(TextError::value("slice step cannot be zero"));
    }
    // CPython keeps -step representable, so reversal arithmetic cannot overflow.
    if step < -i64::MAX {
        step = -i64::MAX;
    }
    let mut start = start.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let mut stop = stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    if start < 0 {
        start += len;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= len {
        start = if step < 0 { len - 1 } else { len };
    }
    if stop < 0 {
        stop = stop.saturating_add(len);
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= len {
        stop = if step < 0 { len - 1 } else { len };
    }
    Ok((start, stop, step))
}

/// Number of items selected by adjusted slice indices (`PySlice_AdjustIndices`' result).
pub fn slice_len(start: i64, stop: i64, step: i64) -> i64 {
    if step < 0 {
        if stop < start {
            return (start - stop - 1) / (-step) + 1;
        }
    } else if step > 0 && start < stop {
        return (stop - start - 1) / step + 1;
    }
    0
}

/// `seq[start:stop:step]` over any slice (lists, tuples, bytes).
pub fn slice_items<T: Clone>(
    items: &[T],
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Vec<T>, TextError> {
    let (start, stop, step) = slice_indices(items.len() as i64, start, stop, step)?;
    let n = slice_len(start, stop, step);
    let mut out = Vec::with_capacity(n.max(0) as usize);
    let mut i = start;
    for _ in 0..n {
        if let Some(x) = items.get(i as usize) {
            out.push(x.clone());
        }
        i += step;
    }
    Ok(out)
}

/// `s[start:stop:step]` on characters.
pub fn slice_chars(
    s: &str,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<String, TextError> {
    if s.is_ascii() {
        let bytes = slice_items(s.as_bytes(), start, stop, step)?;
        return Ok(bytes.into_iter().map(char::from).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    Ok(slice_items(&chars, start, stop, step)?
        .into_iter()
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Encoding and decoding
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Looks an encoding name up the way `codecs.lookup` normalizes it (case-insensitive, `-` and
/// spaces equivalent to `_`), for the three codecs the playground has.
fn lookup_codec(encoding: &str) -> Result<Codec, TextError> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" => {
            Ok(Codec::Ascii)
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso8859" => Ok(Codec::Latin1),
        _ => Err(TextError::new(
            TextErrorKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

fn unknown_handler(errors: &str) -> TextError {
    TextError::new(
        TextErrorKind::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// The `'\xe9'`-style quoting CPython uses for a character in UnicodeEncodeError messages.
fn escaped_char(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("'\\x{cp:02x}'")
    } else if cp < 0x10000 {
        format!("'\\u{cp:04x}'")
    } else {
        format!("'\\U{cp:08x}'")
    }
}

/// `str.encode(encoding='utf-8', errors='strict')` for utf-8, ascii and latin-1, with the
/// `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` handlers.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, TextError> {
    let codec = lookup_codec(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython reports the whole run of unencodable characters at once.
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character {} in position {}", escaped_char(c), i)
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(TextError::new(
                    TextErrorKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {}: ordinal not in range({})",
                        codec.name(),
                        what,
                        limit
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    let e = escaped_char(c);
                    out.extend_from_slice(e[1..e.len() - 1].as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

fn decode_error(codec: Codec, start: usize, end: usize, byte: u8, reason: &str) -> TextError {
    let what = if end - start == 1 {
        format!("byte 0x{byte:02x} in position {start}")
    } else {
        format!("bytes in position {}-{}", start, end - 1)
    };
    TextError::new(
        TextErrorKind::UnicodeDecodeError,
        format!("'{}' codec can't decode {}: {}", codec.name(), what, reason),
    )
}

/// `bytes.decode(encoding='utf-8', errors='strict')` for utf-8, ascii and latin-1, with the
/// `strict`, `ignore`, `replace` and `backslashreplace` handlers. UTF-8 errors cover the same
/// "maximal subpart" spans and reasons as CPython ("invalid start byte", "invalid continuation
/// byte", "unexpected end of data").
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, TextError> {
    let codec = lookup_codec(encoding)?;
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Latin1 => out.extend(b.iter().map(|&x| char::from(x))),
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(char::from(x));
                } else {
                    handle_decode_error(
                        &mut out,
                        codec,
                        errors,
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    )?;
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            while pos < b.len() {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                        let start = pos + good;
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) => {
                                let first = b[start];
                                let invalid_start = (0x80..=0xC1).contains(&first) || first >= 0xF5;
                                (
                                    start + n,
                                    if invalid_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        handle_decode_error(&mut out, codec, errors, b, start, end, reason)?;
                        pos = end;
                    }
                }
            }
        }
    }
    Ok(out)
}

fn handle_decode_error(
    out: &mut String,
    codec: Codec,
    errors: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(), TextError> {
    match errors {
        "strict" => Err(decode_error(codec, start, end, b[start], reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

// ---------------------------------------------------------------------------------------------
// bytes methods
// ---------------------------------------------------------------------------------------------

/// `bytes.isspace` / `bytes.split()` whitespace: ASCII space, `\t\n\r\x0b\x0c`.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

pub fn bytes_upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

pub fn bytes_lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

fn bytes_strip_impl(b: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let keep = |x: &u8| match chars {
        None => !is_ascii_space(*x),
        Some(set) => !set.contains(x),
    };
    let start = if left {
        b.iter().position(keep).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter().rposition(keep).map_or(start, |i| i + 1)
    } else {
        b.len()
    };
    b[start..end.max(start)].to_vec()
}

/// `bytes.strip(chars=None)`.
pub fn bytes_strip(b: &[u8], chars: Option<&[u8]>) -> Vec<u8> {
    bytes_strip_impl(b, chars, true, true)
}
/// `bytes.lstrip(chars=None)`.
pub fn bytes_lstrip(b: &[u8], chars: Option<&[u8]>) -> Vec<u8> {
    bytes_strip_impl(b, chars, true, false)
}
/// `bytes.rstrip(chars=None)`.
pub fn bytes_rstrip(b: &[u8], chars: Option<&[u8]>) -> Vec<u8> {
    bytes_strip_impl(b, chars, false, true)
}

fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `bytes.split(sep=None, maxsplit=-1)`.
pub fn bytes_split(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, TextError> {
    let mut remaining = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut out = Vec::new();
    match sep {
        Some([]) => Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut start = 0;
            while remaining > 0 {
                match find_bytes(b, sep, start) {
                    Some(i) => {
                        out.push(b[start..i].to_vec());
                        start = i + sep.len();
                        remaining -= 1;
                    }
                    None => break,
                }
            }
            out.push(b[start..].to_vec());
            Ok(out)
        }
        None => {
            let n = b.len();
            let mut i = 0;
            while remaining > 0 {
                remaining -= 1;
                while i < n && is_ascii_space(b[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                while i < n && !is_ascii_space(b[i]) {
                    i += 1;
                }
                out.push(b[j..i].to_vec());
            }
            while i < n && is_ascii_space(b[i]) {
                i += 1;
            }
            if i < n {
                out.push(b[i..].to_vec());
            }
            Ok(out)
        }
    }
}

/// `bytes.startswith(prefix, start, end)` for one prefix.
pub fn bytes_startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    bytes_tailmatch(b, prefix, start, end, false)
}

/// `bytes.endswith(suffix, start, end)` for one suffix.
pub fn bytes_endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    bytes_tailmatch(b, suffix, start, end, true)
}

fn bytes_tailmatch(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (start, end) = adjust_indices(start, end, b.len());
    let sub_len = sub.len() as i64;
    if end - sub_len < start {
        return false;
    }
    let off = if at_end { end - sub_len } else { start } as usize;
    b.get(off..off + sub.len()) == Some(sub)
}

/// `bytes.find(sub, start, end)`: index or -1.
pub fn bytes_find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, b.len());
    if end - start < sub.len() as i64 {
        return -1;
    }
    let window = &b[..end as usize];
    find_bytes(window, sub, start as usize).map_or(-1, |i| i as i64)
}

/// `bytes.count(sub, start, end)`: non-overlapping occurrences.
pub fn bytes_count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, b.len());
    if end - start < sub.len() as i64 {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let window = &b[..end as usize];
    let mut n = 0;
    let mut pos = start as usize;
    while let Some(i) = find_bytes(window, sub, pos) {
        n += 1;
        pos = i + sub.len();
    }
    n
}

/// `bytes.replace(old, new, count=-1)`.
pub fn bytes_replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Result<Vec<u8>, TextError> {
    let mut limit = if count < 0 { u64::MAX } else { count as u64 };
    let found = if old.is_empty() {
        b.len() as u64 + 1
    } else {
        bytes_count(b, old, None, None) as u64
    };
    check_size(b.len() as u128 + found.min(limit) as u128 * new.len() as u128)?;
    let mut out = Vec::with_capacity(b.len());
    let mut pos = 0;
    if old.is_empty() {
        for (i, &x) in b.iter().enumerate() {
            if limit > 0 {
                out.extend_from_slice(new);
                limit -= 1;
            }
            out.push(x);
            pos = i + 1;
        }
        if limit > 0 {
            out.extend_from_slice(new);
        }
        let _ = pos;
        return Ok(out);
    }
    while limit > 0 {
        match find_bytes(b, old, pos) {
            Some(i) => {
                out.extend_from_slice(&b[pos..i]);
                out.extend_from_slice(new);
                pos = i + old.len();
                limit -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[pos..]);
    Ok(out)
}

/// `bytes * n`.
pub fn bytes_repeat(b: &[u8], n: i64) -> Result<Vec<u8>, TextError> {
    if n <= 0 || b.is_empty() {
        return Ok(Vec::new());
    }
    check_size(b.len() as u128 * n as u128)?;
    Ok(b.repeat(n as usize))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: separators are counted from the right for a
/// positive `bytes_per_sep`, from the left for a negative one.
pub fn bytes_hex(b: &[u8], sep: Option<&str>, bytes_per_sep: i64) -> Result<String, TextError> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        None => None,
        Some(s) => {
            let c = match (s.chars().next(), s.chars().count()) {
                (Some(c), 1) => c,
                _ => return Err(TextError::value("sep must be length 1.")),
            };
            if !c.is_ascii() {
                return Err(TextError::value("sep must be ASCII."));
            }
            Some(c)
        }
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &x) in b.iter().enumerate() {
        if let (Some(c), true) = (sep, group > 0 && i > 0) {
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(c);
            }
        }
        out.push(char::from(HEX[(x >> 4) as usize]));
        out.push(char::from(HEX[(x & 15) as usize]));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Tables generated by CPython 3.11 (unicodedata 14.0.0); see the module documentation.
// ---------------------------------------------------------------------------------------------

/// `str.isdecimal` (Unicode general category Nd).
const DECIMAL_RANGES: &str = concat!(
    "30:a,626:a,86:a,c6:a,19c:a,76:a,76:a,76:a,76:a,76:a,76:a,76:a,76:a,76:a,60:a,76:a,46:a,1",
    "16:a,46:a,746:a,26:a,12c:a,80:a,a6:a,6:a,b6:a,56:a,86:a,6:a,89c6:a,2a6:a,26:a,c6:a,16:a,",
    "56:a,196:a,5316:a,586:a,886:a,32c:a,80:a,3c:a,90:a,116:a,156:a,76:a,176:a,66:a,66:a,1a6:",
    "a,66:a,2f6:a,f6:a,46:a,4cb6:a,56:a,86:a,6c74:32,940:a,1a6:a,656:a,1296:a",
);
/// `str.isdigit` (Numeric_Type Decimal or Digit).
const DIGIT_RANGES: &str = concat!(
    "30:a,78:2,5:1,5a6:a,86:a,c6:a,19c:a,76:a,76:a,76:a,76:a,76:a,76:a,76:a,76:a,76:a,60:a,76",
    ":a,46:a,116:a,46:a,2cf:9,46e:a,26:a,12c:a,80:b,a5:a,6:a,b6:a,56:a,86:a,6:a,416:1,3:6,6:a",
    ",3d6:9,b:9,b:9,59:1,a:9,1:1,276:9,1:9,1:9,7e8d:a,2a6:a,26:a,c6:a,16:a,56:a,196:a,5316:a,",
    "586:a,596:4,2ec:a,126:9,1e9:9,b:a,80:a,3c:a,90:a,116:a,156:a,76:a,176:a,66:a,66:a,1a6:a,",
    "66:a,2f6:a,f6:a,46:a,4cb6:a,56:a,86:a,6c74:32,940:a,1a6:a,656:a,7a6:b,ae5:a",
);
/// `str.isnumeric` (any Numeric_Type).
const NUMERIC_RANGES: &str = concat!(
    "30:a,78:2,5:1,2:3,5a1:a,86:a,c6:a,19c:a,76:a,4:6,6c:a,76:a,76:a,2:6,6e:d,73:a,8:7,67:a,6",
    "8:7,7:13,6d:a,60:a,76:a,46:14,10c:a,46:a,2cf:14,371:3,ef:a,6:a,16:a,12c:a,80:b,a5:a,6:a,",
    "b6:a,56:a,86:a,6:a,416:1,3:6,6:a,c6:33,2:5,2d6:3c,4e:16,276:1e,569:1,309:1,19:9,e:3,157:",
    "4,8a:a,1e:8,1:f,20:a,27:f,145:1,7d:1,3a6:1,322:1,12b2:1,2:1,3:1,1:1,53:1,2e:1,7:1,1:1,28",
    ":2,1e:1,8:1,24:1,62:1,193:1,41:1,22:1,1:1,1:1,1d3:1,1:3,6:1,74:4,316:1,215:1,7:1,580:1,8",
    "3:2,c:3,1:1,3ed:1,4d:1,485:1,733:1,48f:1,2e7:1,a07:1,3a5:1,881:1,4:1,7c:1,8f0:1,24:1,5:1",
    ",2b:1,7d:1,f29:a,bc:a,140:6,9a:a,26:a,c6:a,16:a,56:a,196:a,4d71:1,7:1,4:1,39:1,1e:1,1:1,",
    "29:1,512:a,1ed:2d,c:39,11:2,155:1b,24:4,1d:1,8:1,86:5,ca:a,3ae:8,19:7,27:9,4b:5,16:6,a0:",
    "2,2:10,2:2e,40:9,34:2,1e:3,4b:5,68:8,18:8,29:7,14a:6,30:a,126:1f,9e:a,2a:4,70:7,86:1e,80",
    ":a,3c:a,90:a,7:14,fb:a,156:a,76:a,176:a,66:a,66:c,1a4:13,5d:a,2f6:1d,e3:a,46:a,216:15,42",
    "b:6f,45f1:a,56:a,86:a,1:7,31e:17,6449:14,6c:19,455:32,940:a,1a6:a,5cd:9,80:a,317:3b,1:3,",
    "1:4,4c:2d,1:f,3c2:d,ae3:a,407:1,62:1,7d:1,3e:1,808:1,58:1,8:1,f:1,14d:1,12:1,1b:1,1876:1",
    ",607:1,1182:1,2751:1,9622:1",
);
/// `str.isalpha` (categories Lu Ll Lt Lm Lo).
const ALPHA_RANGES: &str = concat!(
    "41:1a,6:1a,2f:1,a:1,4:1,5:17,1:1f,1:1ca,4:c,e:5,7:1,1:1,81:5,1:2,2:4,1:1,6:1,1:3,1:1,1:1",
    "4,1:53,1:8b,8:a6,1:26,2:1,6:29,47:1b,4:4,2d:2b,23:2,1:63,1:1,f:2,7:2,a:3,2:1,10:1,1:1e,1",
    "d:59,b:1,18:21,9:2,4:1,5:16,4:1,9:1,3:1,17:19,7:b,5:18,1:6,11:2a,3a:36,3:1,12:1,7:a,f:10",
    ",4:8,2:2,2:16,1:7,1:1,3:4,3:1,10:1,d:2,1:3,e:2,a:1,8:6,4:2,2:16,1:7,1:2,1:2,1:2,1f:4,1:1",
    ",13:3,10:9,1:3,1:16,1:7,1:2,1:5,3:1,12:1,f:2,17:1,b:8,2:2,2:16,1:7,1:2,1:5,3:1,1e:2,1:3,",
    "f:1,11:1,1:6,3:3,1:4,3:2,1:1,1:2,3:2,3:3,3:c,16:1,34:8,1:3,1:17,1:10,3:1,1a:3,2:1,2:2,1e",
    ":1,4:8,1:3,1:17,1:a,1:5,3:1,1f:2,1:2,f:2,11:9,1:3,1:29,2:1,10:1,5:3,8:3,18:6,5:12,3:18,1",
    ":9,1:1,2:7,3a:30,1:2,c:7,3a:2,1:1,1:5,1:18,1:1,1:a,1:2,9:1,2:5,1:1,15:4,20:1,3f:8,1:24,1",
    "b:5,73:2b,14:1,10:6,4:4,3:1,3:2,7:3,4:d,c:1,11:26,1:1,5:1,2:2b,1:14d,1:4,2:7,1:1,1:4,2:2",
    "9,1:4,2:21,1:4,2:7,1:1,1:4,2:f,1:39,1:4,2:43,25:10,10:56,2:6,3:26c,2:11,1:1a,5:4b,6:8,7:",
    "12,d:13,e:12,e:d,1:3,f:34,23:1,4:1,43:59,7:5,2:22,1:1,5:46,a:1f,31:1e,2:5,b:2c,4:1a,36:1",
    "7,9:35,52:1,5d:2f,11:8,36:1e,d:2,a:2c,1a:24,29:3,a:24,2:9,7:2b,2:3,29:4,1:6,1:2,3:1,5:c0",
    ",40:116,2:6,2:26,2:6,2:8,1:1,1:1,1:1,1:1f,2:35,1:7,1:1,3:3,1:7,3:4,2:6,4:d,5:3,1:7,74:1,",
    "d:1,10:d,65:1,4:1,2:a,1:1,3:5,6:1,1:1,1:1,1:4,1:b,2:4,5:5,4:1,34:2,a7b:e5,6:4,3:2,c:26,1",
    ":1,5:1,2:38,7:1,10:17,9:7,1:7,1:7,1:7,1:7,1:7,1:7,1:7,50:1,1d5:2,2a:5,5:2,4:56,6:3,1:5a,",
    "1:4,5:2b,1:5e,11:20,30:10,200:19c0,40:568d,43:2e,2:10d,3:10,a:2,14:2f,10:1f,2:46,31:9,2:",
    "67,2:40,5:2,1:1,1:5,18:10,1:3,1:4,1:17,1d:34,e:32,3e:6,3:1,1:2,b:1c,a:17,19:1d,7:2f,1c:1",
    ",10:5,1:a,a:5,1:29,17:3,1:8,14:17,3:1,3:32,1:1,3:2,2:5,2:1,1:1,18:3,2:b,7:3,c:6,2:6,2:6,",
    "9:7,1:7,1:2b,1:e,6:73,1d:2ba4,c:17,4:31,2104:16e,2:6a,26:7,c:5,5:1,1:a,1:d,1:5,1:1,1:2,1",
    ":2,1:6c,21:16b,12:40,2:36,28:c,74:5,1:87,24:1a,6:1a,b:59,3:6,2:6,2:6,2:3,23:c,1:1a,1:13,",
    "1:2,1:f,2:e,22:7b,185:1d,3:31,2f:20,d:14,1:8,6:26,a:1e,2:24,4:8,30:9e,12:24,4:24,4:28,8:",
    "34,c:b,1:f,1:7,1:2,1:b,1:f,1:7,1:2,43:137,9:16,a:8,18:6,1:2a,1:9,45:6,2:1,1:2c,1:2,3:1,2",
    ":17,a:17,9:1f,41:13,1:2,a:16,a:1a,46:38,6:2,40:1,f:4,1:3,1:1d,2a:1d,3:1d,23:8,1:1c,1b:36",
    ",a:16,a:13,d:12,6e:49,37:33,d:33,d:24,15c:2a,6:2,4e:1d,a:1,8:16,2a:12,2e:15,1b:17,c:35,3",
    "9:2,2:1,d:2d,20:19,1a:24,1d:1,2:1,8:23,3:1,c:30,e:4,15:1,1:1,23:12,1:19,54:7,1:1,1:4,1:f",
    ",1:a,7:2f,26:8,2:2,2:16,1:7,1:2,1:5,3:1,12:1,c:5,9e:35,12:4,14:3,1e:30,14:2,1:1,b8:2f,29",
    ":4,24:30,14:1,3b:2b,d:1,47:1b,25:7,b9:2c,74:40,1f:8,2:1,2:8,1:2,1:18,f:1,1:1,5e:8,2:27,1",
    "0:1,1:1,1c:1,a:28,7:1,15:1,b:2e,13:1,12:49,107:9,1:25,11:1,31:1e,70:7,1:2,1:26,15:1,19:6",
    ",1:2,1:20,e:1,147:13,bd:1,4f:39a,e6:c4,a4c:61,f:42f,fd1:247,21b9:239,7:1f,11:4f,11:1e,12",
    ":30,10:4,1f:15,5:13,2b0:40,80:4b,5:1,42:d,40:2,1:1,1c:17f8,8:4d6,2a:9,22e7:4,1:7,1:2,1:1",
    "23,2d:3,11:4,8:18c,904:6b,5:d,3:9,7:a,1766:55,1:47,1:2,2:1,2:2,2:4,1:c,1:1,1:7,1:41,1:4,",
    "2:8,1:7,1:1c,1:4,1:5,1:1,3:7,1:154,2:19,1:19,1:1f,1:19,1:1f,1:19,1:1f,1:19,1:1f,1:19,1:8",
    ",734:1f,1e1:2d,a:7,10:1,141:1e,12:2c,4f4:7,1:4,1:2,1:f,1:c5,3b:44,7:1,4b4:4,1:1b,1:2,1:1",
    ",2:1,1:a,1:4,1:1,1:1,6:1,4:1,1:1,1:1,1:3,1:2,1:1,2:1,1:1,1:1,1:1,1:1,1:2,1:1,2:4,1:7,1:4",
    ",1:4,1:1,1:a,1:11,5:3,1:5,1:11,1144:a6e0,20:1039,7:de,2:1682,e:1d31,c1f:21e,5e2:134b",
);
/// `str.isprintable` (everything but C*, Z* except space).
const PRINTABLE_RANGES: &str = concat!(
    "20:5f,22:c,1:2ca,2:6,4:7,1:1,1:14,1:18d,1:26,2:32,2:3,1:37,8:1b,4:6,11:16,1:c0,1:30,2:3b",
    ",2:65,e:3b,2:31,2:f,1:1c,2:1,1:b,5:1f,9:4a,1:a1,1:8,2:2,2:16,1:7,1:1,3:4,2:9,2:2,2:4,8:1",
    ",4:2,1:5,2:19,2:3,1:6,4:2,2:16,1:7,1:2,1:2,1:2,2:1,1:5,4:2,2:3,3:1,7:4,1:1,7:11,a:3,1:9,",
    "1:3,1:16,1:7,1:2,1:5,2:a,1:3,1:3,2:1,f:4,2:c,7:7,1:3,1:8,2:2,2:16,1:7,1:2,1:5,2:9,2:2,2:",
    "3,7:3,4:2,1:5,2:12,a:2,1:6,3:3,1:4,3:2,1:1,1:2,3:2,3:3,3:c,4:5,3:3,1:4,2:1,6:1,e:15,5:d,",
    "1:3,1:17,1:10,2:9,1:3,1:4,7:2,1:3,2:1,2:4,2:a,7:16,1:3,1:17,1:a,1:5,2:9,1:3,1:4,7:2,6:2,",
    "1:4,2:a,1:2,d:d,1:3,1:33,1:3,1:6,4:10,2:1a,1:3,1:12,3:18,1:9,1:1,2:7,3:1,4:6,1:1,1:8,6:a",
    ",2:3,c:3a,4:1d,25:2,1:1,1:5,1:18,1:1,1:17,2:5,1:1,1:6,2:a,2:4,20:48,1:24,4:27,1:24,1:f,1",
    ":d,25:c6,1:1,5:1,2:179,1:4,2:7,1:1,1:4,2:29,1:4,2:21,1:4,2:7,1:1,1:4,2:f,1:39,1:4,2:43,2",
    ":20,3:1a,6:56,2:6,2:280,1:1c,3:59,7:16,9:18,9:14,c:d,1:3,1:2,c:5e,2:a,6:a,6:e,1:b,6:59,7",
    ":2b,5:46,a:1f,1:c,4:c,4:1,3:2a,2:5,b:2c,4:1a,6:b,3:3e,2:41,1:1d,2:b,6:a,6:e,2:1f,31:4d,3",
    ":2f,1:74,8:3c,3:f,3:3c,7:2b,2:b,8:2b,5:216,2:6,2:26,2:6,2:8,1:1,1:1,1:1,1:1f,2:35,1:f,1:",
    "e,2:6,1:13,2:3,1:9,11:18,8:2f,11:2,2:1b,1:d,3:21,f:21,f:8c,4:297,19:b,15:714,2:20,1:15d,",
    "5:2d,1:1,5:1,2:38,7:2,e:18,9:7,1:7,1:7,1:7,1:7,1:7,1:7,1:7,1:7e,22:1a,1:59,c:d6,1a:c,5:3",
    "f,1:56,2:67,5:2b,1:5e,1:54,c:2f,1:726d,3:37,9:15c,14:b8,8:cb,5:2,1:1,1:5,18:3b,3:a,6:38,",
    "8:46,8:c,6:74,b:1e,3:4e,1:b,4:21,1:37,9:e,2:a,2:67,18:1c,a:6,2:6,2:6,9:7,1:7,1:3c,4:7e,2",
    ":a,6:2ba4,c:17,4:31,2104:16e,2:6a,26:7,c:5,5:1a,1:5,1:1,1:2,1:2,1:7d,10:1bd,2:36,7:1,20:",
    "2a,6:33,1:13,1:4,4:5,1:87,4:be,3:6,2:6,2:6,2:3,3:7,1:7,d:2,2:c,1:1a,1:13,1:2,1:f,2:e,22:",
    "7b,5:3,4:2d,3:58,1:d,3:1,2f:2e,82:1d,3:31,f:1c,4:24,9:1e,5:2b,5:1e,1:25,4:e,2a:9e,2:a,6:",
    "24,4:24,4:28,8:34,b:c,1:f,1:7,1:2,1:b,1:f,1:7,1:2,43:137,9:16,a:8,18:6,1:2a,1:9,45:6,2:1",
    ",1:2c,1:2,3:1,2:17,1:48,8:9,30:13,1:2,5:21,3:1b,5:1,40:38,4:14,2:32,1:2,5:8,1:3,1:1d,2:3",
    ",4:a,7:9,7:40,20:27,4:c,9:36,3:1d,2:1b,5:1a,7:4,c:7,50:49,37:33,d:33,7:2e,8:a,126:1f,1:2",
    "a,1:3,2:2,4e:28,8:2a,16:1a,26:1c,14:17,9:4e,4:24,9:3e,1:5,d:19,7:a,6:35,1:12,8:27,9:60,1",
    ":14,b:12,1:2c,41:7,1:1,1:4,1:f,1:b,6:3b,5:a,6:4,1:8,2:2,2:16,1:7,1:2,1:5,1:a,2:2,2:3,2:1",
    ",6:1,5:7,2:7,3:5,8b:5c,1:5,1e:48,8:a,a6:36,2:26,22:45,b:a,6:d,13:3a,6:a,36:1b,2:f,4:17,b",
    "9:3c,64:53,c:8,2:1,2:8,1:2,1:1e,1:2,2:c,9:a,46:8,2:2e,2:b,1b:48,8:53,d:49,107:9,1:2d,1:e",
    ",a:1d,3:20,2:16,1:e,49:7,1:2,1:2c,3:1,1:2,1:9,8:a,6:6,1:2,1:25,1:2,1:6,7:a,136:19,b7:1,f",
    ":32,d:39b,66:6f,1:5,b:c4,a4c:63,d:42f,fd1:247,21b9:239,7:1f,1:a,4:51,1:a,6:1e,2:6,a:46,a",
    ":a,1:7,1:15,5:13,2b0:5b,65:4b,4:39,7:11,40:5,b:2,e:17f8,8:4d6,2a:9,22e7:4,1:7,1:2,1:123,",
    "2d:3,11:4,8:18c,904:6b,5:d,3:9,7:a,2:4,1260:2e,2:17,9:74,3c:f6,a:27,2:4a,8:70,15:46,9a:1",
    "4,c:57,9:19,87:55,1:47,1:2,2:1,2:2,2:4,1:c,1:1,1:7,1:41,1:4,2:8,1:7,1:1c,1:4,1:5,1:1,3:7",
    ",1:154,2:124,2:2be,f:5,1:f,450:1f,e1:7,1:11,2:7,1:2,1:5,d5:2d,3:e,2:a,4:2,140:1f,11:3a,5",
    ":1,4e0:7,1:4,1:2,1:f,1:c5,2:10,29:4c,4:a,4:2,311:44,4c:3d,c2:4,1:1b,1:2,1:1,2:1,1:a,1:4,",
    "1:1,1:1,6:1,4:1,1:1,1:1,1:3,1:2,1:1,2:1,1:1,1:1,1:1,1:1,1:2,1:1,2:4,1:7,1:4,1:4,1:1,1:a,",
    "1:11,5:3,1:5,1:11,34:2,10e:2c,4:64,c:f,2:f,1:f,1:25,a:ae,38:1d,d:2c,4:9,7:2,e:6,9a:3d8,5",
    ":10,3:d,3:74,c:59,7:c,4:1,f:c,4:38,8:a,6:28,8:1e,2:2,4e:154,c:e,2:5,3:5,3:7,9:1d,3:b,5:6",
    ",a:a,6:8,8:7,9:93,1:37,25:a,406:a6e0,20:1039,7:de,2:1682,e:1d31,c1f:21e,5e2:134b,aedb5:f",
    "0",
);
/// First character of `str.isidentifier` (XID_Start and `_`).
const ID_START_RANGES: &str = concat!(
    "41:1a,4:1,1:1a,2f:1,a:1,4:1,5:17,1:1f,1:1ca,4:c,e:5,7:1,1:1,81:5,1:2,3:3,1:1,6:1,1:3,1:1",
    ",1:14,1:53,1:8b,8:a6,1:26,2:1,6:29,47:1b,4:4,2d:2b,23:2,1:63,1:1,f:2,7:2,a:3,2:1,10:1,1:",
    "1e,1d:59,b:1,18:21,9:2,4:1,5:16,4:1,9:1,3:1,17:19,7:b,5:18,1:6,11:2a,3a:36,3:1,12:1,7:a,",
    "f:10,4:8,2:2,2:16,1:7,1:1,3:4,3:1,10:1,d:2,1:3,e:2,a:1,8:6,4:2,2:16,1:7,1:2,1:2,1:2,1f:4",
    ",1:1,13:3,10:9,1:3,1:16,1:7,1:2,1:5,3:1,12:1,f:2,17:1,b:8,2:2,2:16,1:7,1:2,1:5,3:1,1e:2,",
    "1:3,f:1,11:1,1:6,3:3,1:4,3:2,1:1,1:2,3:2,3:3,3:c,16:1,34:8,1:3,1:17,1:10,3:1,1a:3,2:1,2:",
    "2,1e:1,4:8,1:3,1:17,1:a,1:5,3:1,1f:2,1:2,f:2,11:9,1:3,1:29,2:1,10:1,5:3,8:3,18:6,5:12,3:",
    "18,1:9,1:1,2:7,3a:30,1:1,d:7,3a:2,1:1,1:5,1:18,1:1,1:a,1:1,a:1,2:5,1:1,15:4,20:1,3f:8,1:",
    "24,1b:5,73:2b,14:1,10:6,4:4,3:1,3:2,7:3,4:d,c:1,11:26,1:1,5:1,2:2b,1:14d,1:4,2:7,1:1,1:4",
    ",2:29,1:4,2:21,1:4,2:7,1:1,1:4,2:f,1:39,1:4,2:43,25:10,10:56,2:6,3:26c,2:11,1:1a,5:4b,3:",
    "b,7:12,d:13,e:12,e:d,1:3,f:34,23:1,4:1,43:59,7:29,1:1,5:46,a:1f,31:1e,2:5,b:2c,4:1a,36:1",
    "7,9:35,52:1,5d:2f,11:8,36:1e,d:2,a:2c,1a:24,29:3,a:24,2:9,7:2b,2:3,29:4,1:6,1:2,3:1,5:c0",
    ",40:116,2:6,2:26,2:6,2:8,1:1,1:1,1:1,1:1f,2:35,1:7,1:1,3:3,1:7,3:4,2:6,4:d,5:3,1:7,74:1,",
    "d:1,10:d,65:1,4:1,2:a,1:1,2:6,6:1,1:1,1:1,1:10,2:4,5:5,4:1,11:29,a77:e5,6:4,3:2,c:26,1:1",
    ",5:1,2:38,7:1,10:17,9:7,1:7,1:7,1:7,1:7,1:7,1:7,1:7,226:3,19:9,7:5,2:5,4:56,6:3,1:5a,1:4",
    ",5:2b,1:5e,11:20,30:10,200:19c0,40:568d,43:2e,2:10d,3:10,a:2,14:2f,10:1f,2:50,27:9,2:67,",
    "2:40,5:2,1:1,1:5,18:10,1:3,1:4,1:17,1d:34,e:32,3e:6,3:1,1:2,b:1c,a:17,19:1d,7:2f,1c:1,10",
    ":5,1:a,a:5,1:29,17:3,1:8,14:17,3:1,3:32,1:1,3:2,2:5,2:1,1:1,18:3,2:b,7:3,c:6,2:6,2:6,9:7",
    ",1:7,1:2b,1:e,6:73,1d:2ba4,c:17,4:31,2104:16e,2:6a,26:7,c:5,5:1,1:a,1:d,1:5,1:1,1:2,1:2,",
    "1:6c,21:8b,6:da,12:40,2:36,28:a,77:1,1:1,3:1,1:1,1:1,1:1,1:7e,24:1a,6:1a,b:38,2:1f,3:6,2",
    ":6,2:6,2:3,23:c,1:1a,1:13,1:2,1:f,2:e,22:7b,45:35,10b:1d,3:31,2f:20,d:1e,5:26,a:1e,2:24,",
    "4:8,1:5,2a:9e,12:24,4:24,4:28,8:34,c:b,1:f,1:7,1:2,1:b,1:f,1:7,1:2,43:137,9:16,a:8,18:6,",
    "1:2a,1:9,45:6,2:1,1:2c,1:2,3:1,2:17,a:17,9:1f,41:13,1:2,a:16,a:1a,46:38,6:2,40:1,f:4,1:3",
    ",1:1d,2a:1d,3:1d,23:8,1:1c,1b:36,a:16,a:13,d:12,6e:49,37:33,d:33,d:24,15c:2a,6:2,4e:1d,a",
    ":1,8:16,2a:12,2e:15,1b:17,c:35,39:2,2:1,d:2d,20:19,1a:24,1d:1,2:1,8:23,3:1,c:30,e:4,15:1",
    ",1:1,23:12,1:19,54:7,1:1,1:4,1:f,1:a,7:2f,26:8,2:2,2:16,1:7,1:2,1:5,3:1,12:1,c:5,9e:35,1",
    "2:4,14:3,1e:30,14:2,1:1,b8:2f,29:4,24:30,14:1,3b:2b,d:1,47:1b,25:7,b9:2c,74:40,1f:8,2:1,",
    "2:8,1:2,1:18,f:1,1:1,5e:8,2:27,10:1,1:1,1c:1,a:28,7:1,15:1,b:2e,13:1,12:49,107:9,1:25,11",
    ":1,31:1e,70:7,1:2,1:26,15:1,19:6,1:2,1:20,e:1,147:13,bd:1,4f:39a,66:6f,11:c4,a4c:61,f:42",
    "f,fd1:247,21b9:239,7:1f,11:4f,11:1e,12:30,10:4,1f:15,5:13,2b0:40,80:4b,5:1,42:d,40:2,1:1",
    ",1c:17f8,8:4d6,2a:9,22e7:4,1:7,1:2,1:123,2d:3,11:4,8:18c,904:6b,5:d,3:9,7:a,1766:55,1:47",
    ",1:2,2:1,2:2,2:4,1:c,1:1,1:7,1:41,1:4,2:8,1:7,1:1c,1:4,1:5,1:1,3:7,1:154,2:19,1:19,1:1f,",
    "1:19,1:1f,1:19,1:1f,1:19,1:1f,1:19,1:8,734:1f,1e1:2d,a:7,10:1,141:1e,12:2c,4f4:7,1:4,1:2",
    ",1:f,1:c5,3b:44,7:1,4b4:4,1:1b,1:2,1:1,2:1,1:a,1:4,1:1,1:1,6:1,4:1,1:1,1:1,1:3,1:2,1:1,2",
    ":1,1:1,1:1,1:1,1:1,1:2,1:1,2:4,1:7,1:4,1:4,1:1,1:a,1:11,5:3,1:5,1:11,1144:a6e0,20:1039,7",
    ":de,2:1682,e:1d31,c1f:21e,5e2:134b",
);
/// Later characters of `str.isidentifier` (XID_Continue).
const ID_CONTINUE_RANGES: &str = concat!(
    "30:a,7:1a,4:1,1:1a,2f:1,a:1,1:1,2:1,5:17,1:1f,1:1ca,4:c,e:5,7:1,1:1,11:75,1:2,3:3,1:1,6:",
    "5,1:1,1:14,1:53,1:8b,1:5,2:a6,1:26,2:1,6:29,8:2d,1:1,1:2,1:2,1:1,8:1b,4:4,1d:b,5:4a,4:66",
    ",1:8,2:a,1:13,2:1,10:3b,2:65,e:36,4:1,2:1,2:2e,12:1c,4:b,5:18,1:6,9:4a,1:81,2:a,1:13,1:8",
    ",2:2,2:16,1:7,1:1,3:4,2:9,2:2,2:4,8:1,4:2,1:5,2:c,a:1,1:1,2:3,1:6,4:2,2:16,1:7,1:2,1:2,1",
    ":2,2:1,1:5,4:2,2:3,3:1,7:4,1:1,7:10,b:3,1:9,1:3,1:16,1:7,1:2,1:5,2:a,1:3,1:3,2:1,f:4,2:a",
    ",9:7,1:3,1:8,2:2,2:16,1:7,1:2,1:5,2:9,2:2,2:3,7:3,4:2,1:5,2:a,1:1,10:2,1:6,3:3,1:4,3:2,1",
    ":1,1:2,3:2,3:3,3:c,4:5,3:3,1:4,2:1,6:1,e:a,10:d,1:3,1:17,1:10,2:9,1:3,1:4,7:2,1:3,2:1,2:",
    "4,2:a,10:4,1:8,1:3,1:17,1:a,1:5,2:9,1:3,1:4,7:2,6:2,1:4,2:a,1:2,d:d,1:3,1:33,1:3,1:5,5:4",
    ",7:5,2:a,a:6,1:3,1:12,3:18,1:9,1:1,2:7,3:1,4:6,1:1,1:8,6:a,2:2,d:3a,5:f,1:a,27:2,1:1,1:5",
    ",1:18,1:1,1:17,2:5,1:1,1:6,2:a,2:4,20:1,17:2,6:a,b:1,1:1,1:1,4:a,1:24,4:14,1:12,1:24,9:1",
    ",39:4a,6:4e,2:26,1:1,5:1,2:2b,1:14d,1:4,2:7,1:1,1:4,2:29,1:4,2:21,1:4,2:7,1:1,1:4,2:f,1:",
    "39,1:4,2:43,2:3,9:9,e:10,10:56,2:6,3:26c,2:11,1:1a,5:4b,3:b,7:16,9:16,b:14,c:d,1:3,1:2,c",
    ":54,3:1,4:2,2:a,21:3,1:b,6:59,7:2b,5:46,a:1f,1:c,4:c,a:28,2:5,b:2c,4:1a,6:b,25:1c,4:3f,1",
    ":1d,2:b,6:a,d:1,8:e,1:10,31:4d,3:a,11:9,c:74,c:38,8:a,3:31,2:9,7:2b,2:3,10:3,1:27,5:216,",
    "2:6,2:26,2:6,2:8,1:1,1:1,1:1,1:1f,2:35,1:7,1:1,3:3,1:7,3:4,2:6,4:d,5:3,1:7,42:2,13:1,1c:",
    "1,d:1,10:d,33:d,4:1,3:c,11:1,4:1,2:a,1:1,2:6,6:1,1:1,1:1,1:10,2:4,5:5,4:1,11:29,a77:e5,6",
    ":9,c:26,1:1,5:1,2:38,7:1,f:18,9:7,1:7,1:7,1:7,1:7,1:7,1:7,1:7,1:20,205:3,19:f,1:5,2:5,4:",
    "56,2:2,2:3,1:5a,1:4,5:2b,1:5e,11:20,30:10,200:19c0,40:568d,43:2e,2:10d,3:1c,14:30,4:a,1:",
    "73,25:9,2:67,2:40,5:2,1:1,1:5,18:36,4:1,13:34,c:46,a:a,6:18,3:1,1:31,2:24,c:1d,3:41,e:b,",
    "6:1f,1:37,9:e,2:a,6:17,3:49,18:3,2:10,2:5,a:6,2:6,2:6,9:7,1:7,1:2b,1:e,6:7b,1:2,2:a,6:2b",
    "a4,c:17,4:31,2104:16e,2:6a,26:7,c:5,5:c,1:d,1:5,1:1,1:2,1:2,1:6c,21:8b,6:da,12:40,2:36,2",
    "8:a,6:10,10:10,3:2,18:3,21:1,1:1,3:1,1:1,1:1,1:1,1:7e,13:a,7:1a,4:1,1:1a,b:59,3:6,2:6,2:",
    "6,2:3,23:c,1:1a,1:13,1:2,1:f,2:e,22:7b,45:35,88:1,82:1d,3:31,f:1,1f:20,d:1e,5:2b,5:1e,2:",
    "24,4:8,1:5,2a:9e,2:a,6:24,4:24,4:28,8:34,c:b,1:f,1:7,1:2,1:b,1:f,1:7,1:2,43:137,9:16,a:8",
    ",18:6,1:2a,1:9,45:6,2:1,1:2c,1:2,3:1,2:17,a:17,9:1f,41:13,1:2,a:16,a:1a,46:38,6:2,40:4,1",
    ":2,5:8,1:3,1:1d,2:3,4:1,20:1d,3:1d,23:8,1:1e,19:36,a:16,a:13,d:12,6e:49,37:33,d:33,d:28,",
    "8:a,146:2a,1:2,3:2,4e:1d,a:1,8:21,1f:16,2a:15,1b:17,9:47,1f:10,9:3c,7:1,d:19,7:a,6:35,1:",
    "a,4:4,8:24,2:1,9:45,4:4,1:d,1:1,23:12,1:25,6:1,41:7,1:1,1:4,1:f,1:a,7:3b,5:a,6:4,1:8,2:2",
    ",2:16,1:7,1:2,1:5,1:a,2:2,2:3,2:1,6:1,5:7,2:7,3:5,8b:4b,5:a,4:4,1e:46,1:1,8:a,a6:36,2:9,",
    "17:6,22:41,3:1,b:a,26:39,7:a,36:1b,2:f,4:a,6:7,b9:3b,65:4a,15:8,2:1,2:8,1:2,1:1e,1:2,2:9",
    ",c:a,46:8,2:2e,2:8,1:2,1b:3f,8:1,8:4a,3:1,12:49,107:9,1:2d,1:9,f:a,18:1e,2:16,1:e,49:7,1",
    ":2,1:2c,3:1,1:2,1:9,8:a,6:6,1:2,1:25,1:2,1:6,7:a,136:17,b9:1,4f:39a,66:6f,11:c4,a4c:61,f",
    ":42f,fd1:247,21b9:239,7:1f,1:a,6:4f,1:a,6:1e,2:5,b:37,9:4,c:a,9:15,5:13,2b0:40,80:4b,4:3",
    "9,7:11,40:2,1:2,b:2,e:17f8,8:4d6,2a:9,22e7:4,1:7,1:2,1:123,2d:3,11:4,8:18c,904:6b,5:d,3:",
    "9,7:a,3:2,1261:2e,2:17,21e:5,3:6,8:8,2:7,1e:4,94:3,1bb:55,1:47,1:2,2:1,2:2,2:4,1:c,1:1,1",
    ":7,1:41,1:4,2:8,1:7,1:1c,1:4,1:5,1:1,3:7,1:154,2:19,1:19,1:1f,1:19,1:1f,1:19,1:1f,1:19,1",
    ":1f,1:19,1:8,2:32,200:37,4:32,8:1,e:1,16:5,1:f,450:1f,e1:7,1:11,2:7,1:2,1:5,d5:2d,3:e,2:",
    "a,4:1,141:1f,11:3a,4e6:7,1:4,1:2,1:f,1:c5,b:7,29:4c,4:a,4a6:4,1:1b,1:2,1:1,2:1,1:a,1:4,1",
    ":1,1:1,6:1,4:1,1:1,1:1,1:3,1:2,1:1,2:1,1:1,1:1,1:1,1:1,1:2,1:1,2:4,1:7,1:4,1:4,1:1,1:a,1",
    ":11,5:3,1:5,1:11,d34:a,406:a6e0,20:1039,7:de,2:1682,e:1d31,c1f:21e,5e2:134b,aedb5:f0",
);
/// `str.casefold` where it differs from `str.lower`: `cp:mapped cps`.
const CASEFOLD_SPECIAL: &str = concat!(
    "b5:3bc;df:73 73;149:2bc 6e;17f:73;1f0:6a 30c;345:3b9;390:3b9 308 301;3b0:3c5 308 301;3c2",
    ":3c3;3d0:3b2;3d1:3b8;3d5:3c6;3d6:3c0;3f0:3ba;3f1:3c1;3f5:3b5;587:565 582;13a0:13a0;13a1:",
    "13a1;13a2:13a2;13a3:13a3;13a4:13a4;13a5:13a5;13a6:13a6;13a7:13a7;13a8:13a8;13a9:13a9;13a",
    "a:13aa;13ab:13ab;13ac:13ac;13ad:13ad;13ae:13ae;13af:13af;13b0:13b0;13b1:13b1;13b2:13b2;1",
    "3b3:13b3;13b4:13b4;13b5:13b5;13b6:13b6;13b7:13b7;13b8:13b8;13b9:13b9;13ba:13ba;13bb:13bb",
    ";13bc:13bc;13bd:13bd;13be:13be;13bf:13bf;13c0:13c0;13c1:13c1;13c2:13c2;13c3:13c3;13c4:13",
    "c4;13c5:13c5;13c6:13c6;13c7:13c7;13c8:13c8;13c9:13c9;13ca:13ca;13cb:13cb;13cc:13cc;13cd:",
    "13cd;13ce:13ce;13cf:13cf;13d0:13d0;13d1:13d1;13d2:13d2;13d3:13d3;13d4:13d4;13d5:13d5;13d",
    "6:13d6;13d7:13d7;13d8:13d8;13d9:13d9;13da:13da;13db:13db;13dc:13dc;13dd:13dd;13de:13de;1",
    "3df:13df;13e0:13e0;13e1:13e1;13e2:13e2;13e3:13e3;13e4:13e4;13e5:13e5;13e6:13e6;13e7:13e7",
    ";13e8:13e8;13e9:13e9;13ea:13ea;13eb:13eb;13ec:13ec;13ed:13ed;13ee:13ee;13ef:13ef;13f0:13",
    "f0;13f1:13f1;13f2:13f2;13f3:13f3;13f4:13f4;13f5:13f5;13f8:13f0;13f9:13f1;13fa:13f2;13fb:",
    "13f3;13fc:13f4;13fd:13f5;1c80:432;1c81:434;1c82:43e;1c83:441;1c84:442;1c85:442;1c86:44a;",
    "1c87:463;1c88:a64b;1e96:68 331;1e97:74 308;1e98:77 30a;1e99:79 30a;1e9a:61 2be;1e9b:1e61",
    ";1e9e:73 73;1f50:3c5 313;1f52:3c5 313 300;1f54:3c5 313 301;1f56:3c5 313 342;1f80:1f00 3b",
    "9;1f81:1f01 3b9;1f82:1f02 3b9;1f83:1f03 3b9;1f84:1f04 3b9;1f85:1f05 3b9;1f86:1f06 3b9;1f",
    "87:1f07 3b9;1f88:1f00 3b9;1f89:1f01 3b9;1f8a:1f02 3b9;1f8b:1f03 3b9;1f8c:1f04 3b9;1f8d:1",
    "f05 3b9;1f8e:1f06 3b9;1f8f:1f07 3b9;1f90:1f20 3b9;1f91:1f21 3b9;1f92:1f22 3b9;1f93:1f23 ",
    "3b9;1f94:1f24 3b9;1f95:1f25 3b9;1f96:1f26 3b9;1f97:1f27 3b9;1f98:1f20 3b9;1f99:1f21 3b9;",
    "1f9a:1f22 3b9;1f9b:1f23 3b9;1f9c:1f24 3b9;1f9d:1f25 3b9;1f9e:1f26 3b9;1f9f:1f27 3b9;1fa0",
    ":1f60 3b9;1fa1:1f61 3b9;1fa2:1f62 3b9;1fa3:1f63 3b9;1fa4:1f64 3b9;1fa5:1f65 3b9;1fa6:1f6",
    "6 3b9;1fa7:1f67 3b9;1fa8:1f60 3b9;1fa9:1f61 3b9;1faa:1f62 3b9;1fab:1f63 3b9;1fac:1f64 3b",
    "9;1fad:1f65 3b9;1fae:1f66 3b9;1faf:1f67 3b9;1fb2:1f70 3b9;1fb3:3b1 3b9;1fb4:3ac 3b9;1fb6",
    ":3b1 342;1fb7:3b1 342 3b9;1fbc:3b1 3b9;1fbe:3b9;1fc2:1f74 3b9;1fc3:3b7 3b9;1fc4:3ae 3b9;",
    "1fc6:3b7 342;1fc7:3b7 342 3b9;1fcc:3b7 3b9;1fd2:3b9 308 300;1fd3:3b9 308 301;1fd6:3b9 34",
    "2;1fd7:3b9 308 342;1fe2:3c5 308 300;1fe3:3c5 308 301;1fe4:3c1 313;1fe6:3c5 342;1fe7:3c5 ",
    "308 342;1ff2:1f7c 3b9;1ff3:3c9 3b9;1ff4:3ce 3b9;1ff6:3c9 342;1ff7:3c9 342 3b9;1ffc:3c9 3",
    "b9;ab70:13a0;ab71:13a1;ab72:13a2;ab73:13a3;ab74:13a4;ab75:13a5;ab76:13a6;ab77:13a7;ab78:",
    "13a8;ab79:13a9;ab7a:13aa;ab7b:13ab;ab7c:13ac;ab7d:13ad;ab7e:13ae;ab7f:13af;ab80:13b0;ab8",
    "1:13b1;ab82:13b2;ab83:13b3;ab84:13b4;ab85:13b5;ab86:13b6;ab87:13b7;ab88:13b8;ab89:13b9;a",
    "b8a:13ba;ab8b:13bb;ab8c:13bc;ab8d:13bd;ab8e:13be;ab8f:13bf;ab90:13c0;ab91:13c1;ab92:13c2",
    ";ab93:13c3;ab94:13c4;ab95:13c5;ab96:13c6;ab97:13c7;ab98:13c8;ab99:13c9;ab9a:13ca;ab9b:13",
    "cb;ab9c:13cc;ab9d:13cd;ab9e:13ce;ab9f:13cf;aba0:13d0;aba1:13d1;aba2:13d2;aba3:13d3;aba4:",
    "13d4;aba5:13d5;aba6:13d6;aba7:13d7;aba8:13d8;aba9:13d9;abaa:13da;abab:13db;abac:13dc;aba",
    "d:13dd;abae:13de;abaf:13df;abb0:13e0;abb1:13e1;abb2:13e2;abb3:13e3;abb4:13e4;abb5:13e5;a",
    "bb6:13e6;abb7:13e7;abb8:13e8;abb9:13e9;abba:13ea;abbb:13eb;abbc:13ec;abbd:13ed;abbe:13ee",
    ";abbf:13ef;fb00:66 66;fb01:66 69;fb02:66 6c;fb03:66 66 69;fb04:66 66 6c;fb05:73 74;fb06:",
    "73 74;fb13:574 576;fb14:574 565;fb15:574 56b;fb16:57e 576;fb17:574 56d",
);
/// Full titlecase mapping where it differs from the uppercase one: `cp:mapped cps`.
const TITLE_SPECIAL: &str = concat!(
    "df:53 73;1c4:1c5;1c5:1c5;1c6:1c5;1c7:1c8;1c8:1c8;1c9:1c8;1ca:1cb;1cb:1cb;1cc:1cb;1f1:1f2",
    ";1f2:1f2;1f3:1f2;587:535 582;10d0:10d0;10d1:10d1;10d2:10d2;10d3:10d3;10d4:10d4;10d5:10d5",
    ";10d6:10d6;10d7:10d7;10d8:10d8;10d9:10d9;10da:10da;10db:10db;10dc:10dc;10dd:10dd;10de:10",
    "de;10df:10df;10e0:10e0;10e1:10e1;10e2:10e2;10e3:10e3;10e4:10e4;10e5:10e5;10e6:10e6;10e7:",
    "10e7;10e8:10e8;10e9:10e9;10ea:10ea;10eb:10eb;10ec:10ec;10ed:10ed;10ee:10ee;10ef:10ef;10f",
    "0:10f0;10f1:10f1;10f2:10f2;10f3:10f3;10f4:10f4;10f5:10f5;10f6:10f6;10f7:10f7;10f8:10f8;1",
    "0f9:10f9;10fa:10fa;10fd:10fd;10fe:10fe;10ff:10ff;1f80:1f88;1f81:1f89;1f82:1f8a;1f83:1f8b",
    ";1f84:1f8c;1f85:1f8d;1f86:1f8e;1f87:1f8f;1f88:1f88;1f89:1f89;1f8a:1f8a;1f8b:1f8b;1f8c:1f",
    "8c;1f8d:1f8d;1f8e:1f8e;1f8f:1f8f;1f90:1f98;1f91:1f99;1f92:1f9a;1f93:1f9b;1f94:1f9c;1f95:",
    "1f9d;1f96:1f9e;1f97:1f9f;1f98:1f98;1f99:1f99;1f9a:1f9a;1f9b:1f9b;1f9c:1f9c;1f9d:1f9d;1f9",
    "e:1f9e;1f9f:1f9f;1fa0:1fa8;1fa1:1fa9;1fa2:1faa;1fa3:1fab;1fa4:1fac;1fa5:1fad;1fa6:1fae;1",
    "fa7:1faf;1fa8:1fa8;1fa9:1fa9;1faa:1faa;1fab:1fab;1fac:1fac;1fad:1fad;1fae:1fae;1faf:1faf",
    ";1fb2:1fba 345;1fb3:1fbc;1fb4:386 345;1fb7:391 342 345;1fbc:1fbc;1fc2:1fca 345;1fc3:1fcc",
    ";1fc4:389 345;1fc7:397 342 345;1fcc:1fcc;1ff2:1ffa 345;1ff3:1ffc;1ff4:38f 345;1ff7:3a9 3",
    "42 345;1ffc:1ffc;fb00:46 66;fb01:46 69;fb02:46 6c;fb03:46 66 69;fb04:46 66 6c;fb05:53 74",
    ";fb06:53 74;fb13:544 576;fb14:544 565;fb15:544 56b;fb16:54e 576;fb17:544 56d",
);

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
