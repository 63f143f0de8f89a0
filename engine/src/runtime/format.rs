//! Python's text formatting of numbers and strings: `repr`, `%`-formatting and `format()` specs.
//!
//! These are ports of CPython 3.11's algorithms, not approximations: `PyOS_double_to_string`
//! (`Python/pystrtod.c`) for floats, `Python/formatter_unicode.c` for the format-spec
//! mini-language (including its zero-padding-with-grouping quirks), `PyUnicode_Format` for `%`
//! and `Objects/stringlib/unicode_format.h` for `str.format`. Everything is VM-independent: the
//! values being formatted are reached through the [`FormatArg`] trait, which the VM implements
//! by dispatching on its own value type. Errors carry the exception class and CPython's exact
//! message text.
//!
//! Digit generation relies on Rust's float formatting, which, like CPython's dtoa, is exact:
//! `{:e}` gives the shortest round-tripping digits and `{:.N}`/`{:.Ne}` round the exact binary
//! value half-to-even, so the digits agree and only the layout has to be reproduced.

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive};

use super::text;

/// Which Python exception a [`FormatError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatErrorKind {
    TypeError,
    ValueError,
    /// The message is the missing key itself (unquoted); the VM raises `KeyError(key)`.
    KeyError,
    IndexError,
    OverflowError,
    /// A value nested too deep to show (CPython's `RecursionError`).
    RecursionError,
    /// A text too long to make (`MemoryError`).
    MemoryError,
    /// An exception raised inside a [`FormatArg`] callback (a user `__str__`, `__format__`…)
    /// that the VM has stashed itself; formatting just unwinds with it.
    Raised,
}

/// A formatting failure: exception class plus CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: FormatErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: FormatErrorKind, message: impl Into<String>) -> FormatError {
        FormatError {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> FormatError {
        FormatError::new(FormatErrorKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> FormatError {
        FormatError::new(FormatErrorKind::TypeError, message)
    }
    fn overflow(message: impl Into<String>) -> FormatError {
        FormatError::new(FormatErrorKind::OverflowError, message)
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Largest width or precision accepted anywhere here. CPython accepts anything up to
/// `Py_ssize_t` and then runs out of memory; the playground refuses early with CPython's
/// own "width too big" / "precision too big" messages instead of allocating gigabytes.
pub const MAX_WIDTH: usize = 1_000_000;

/// `sys.get_int_max_str_digits()` default in 3.11: decimal conversions of longer ints fail.
pub const INT_MAX_STR_DIGITS: usize = 4300;

// ---------------------------------------------------------------------------------------------
// repr / str of scalars
// ---------------------------------------------------------------------------------------------

/// `repr(x)` / `str(x)` of a float: shortest round-trip digits, exponent form outside
/// `1e-4 <= |x| < 1e16`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `str(n)` / `repr(n)` of an int, with 3.11's limit on decimal digits: ValueError
/// "Exceeds the limit (4300 digits) for integer string conversion; …".
pub fn int_to_decimal(v: &BigInt) -> Result<String, FormatError> {
    // 2**14300 > 10**4304: no need to convert such numbers just to learn they are too long.
    let too_long = || {
        FormatError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if v.bits() > 14300 {
        return Err(too_long());
    }
    let s = v.to_string();
    let digits = s.len() - usize::from(v.sign() == Sign::Minus);
    if digits > INT_MAX_STR_DIGITS {
        return Err(too_long());
    }
    Ok(s)
}

/// `bin()`, `oct()`, `hex()`: radix 2, 8 or 16 with the `0b`/`0o`/`0x` prefix after any sign.
/// Other radixes get no prefix.
pub fn format_int(v: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = v.magnitude().to_str_radix(radix.clamp(2, 36));
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `float(n)` for an int: correctly rounded; OverflowError "int too large to convert to float".
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// `round(x, ndigits)` for a float, like CPython's `double_round`: the exact binary value is
/// rounded half-to-even to `ndigits` decimals and the decimal result read back correctly
/// rounded. An overflowing result (`round(1.7e308, -308)`) comes back as infinity; use
/// [`round_float_checked`] to get CPython's OverflowError instead.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    // NDIGITS_MAX / NDIGITS_MIN of floatobject.c.
    if !x.is_finite() || ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        return text.parse::<f64>().unwrap_or(x);
    }
    // Rounding to a multiple of m = 10**-ndigits only needs the exact integer part plus
    // whether a fraction is left (to break ties).
    let m = num_traits::pow(BigInt::from(10), (-ndigits) as usize);
    let whole = x.abs().trunc();
    let has_frac = x.abs() != whole;
    let q = BigInt::from_f64(whole).unwrap_or_default();
    let r = &q % &m;
    let base = &q - &r;
    let twice: BigInt = &r * 2;
    let up = match twice.cmp(&m) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => has_frac || ((&base / &m) % 2u32) == BigInt::from(1),
    };
    let rounded = if up { base + m } else { base };
    let magnitude = rounded.to_string().parse::<f64>().unwrap_or(f64::INFINITY);
    if x < 0.0 || (x == 0.0 && x.is_sign_negative()) {
        -magnitude
    } else {
        magnitude
    }
}

/// [`round_float`] with OverflowError "rounded value too large to represent".
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    let r = round_float(x, ndigits);
    if r.is_infinite() && x.is_finite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(r)
}

/// `int(x)` for a float (truncation), with CPython's errors for infinities and NaN.
pub fn f64_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// `repr(s)` of a str: `'…'` unless the text contains `'` and no `"`; `\t \n \r \\`, the
/// quote, other control characters as `\xNN`, and non-printable non-ASCII characters as
/// `\xNN`/`\uNNNN`/`\UNNNNNNNN`. Printable non-ASCII (`é`, `中`) stays as is.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if text::is_printable_char(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, c: char) {
    let cp = c as u32;
    if cp < 0x100 {
        out.push_str(&format!("\\x{cp:02x}"));
    } else if cp < 0x10000 {
        out.push_str(&format!("\\u{cp:04x}"));
    } else {
        out.push_str(&format!("\\U{cp:08x}"));
    }
}

/// What `ascii()` does to a repr: every non-ASCII character becomes `\xNN`/`\uNNNN`/`\UNNNNNNNN`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// `repr(b)` of bytes: `b'…'` with the same quote rule as str, `\xNN` for non-printable bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            x if x == quote => {
                out.push('\\');
                out.push(char::from(x));
            }
            0x20..=0x7e => out.push(char::from(x)),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

// ---------------------------------------------------------------------------------------------
// PyOS_double_to_string
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    /// Py_DTSF_SIGN: always write a sign.
    sign: bool,
    /// Py_DTSF_ADD_DOT_0: `1.0`, not `1`, when no exponent is used.
    add_dot_0: bool,
    /// Py_DTSF_ALT: keep trailing zeros (`g`) and the decimal point.
    alt: bool,
    /// Py_DTSF_NO_NEG_0: the `z` option.
    no_neg_0: bool,
}

/// Significant digits (no trailing zeros, `"0"` for zero) and the decimal point position, as
/// `_Py_dg_dtoa` returns them: value = 0.DIGITS × 10^decpt.
fn dtoa_digits(x: f64, mode: char, precision: usize) -> (Vec<u8>, i64) {
    let text = match mode {
        'r' => format!("{:e}", x),
        'e' | 'g' => format!("{:.*e}", precision.saturating_sub(1), x),
        _ => format!("{:.*}", precision, x),
    };
    let (mut digits, mut decpt): (Vec<u8>, i64) = if mode == 'f' {
        let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut d = int_part.as_bytes().to_vec();
        d.extend_from_slice(frac.as_bytes());
        (d, int_part.len() as i64)
    } else {
        let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
        let d: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
        (d, exp.parse::<i64>().unwrap_or(0) + 1)
    };
    let leading = digits.iter().take_while(|&&b| b == b'0').count();
    digits.drain(..leading);
    decpt -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        (vec![b'0'], 1)
    } else {
        (digits, decpt)
    }
}

/// Port of CPython's `format_float_short`: `code` is one of `e f g r` (upper case for `E F G`,
/// which upper-cases the result), `precision` as `PyOS_double_to_string` takes it.
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let mode = code.to_ascii_lowercase();
    let mut precision = precision;
    if mode == 'g' && precision == 0 {
        precision = 1;
    }
    // Like PyOS_double_to_string: 'e' asks dtoa for precision+1 significant digits.
    if mode == 'e' {
        precision += 1;
    }
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        // CPython never shows a sign on NaN; infinities keep theirs.
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if x.is_nan() { "nan" } else { "inf" });
        return if upper { out.to_ascii_uppercase() } else { out };
    }
    let (digits, mut decpt) = dtoa_digits(x.abs(), mode, precision);
    let digits_len = digits.len() as i64;
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    let precision = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match mode {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4
                || decpt
                    > (if flags.add_dot_0 {
                        precision - 1
                    } else {
                        precision
                    })
            {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros =
        |out: &mut String, n: i64| out.extend(std::iter::repeat('0').take(n.max(0) as usize));
    let digit_str = |range: std::ops::Range<i64>| -> String {
        digits[range.start as usize..range.end as usize]
            .iter()
            .map(|&b| char::from(b))
            .collect()
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digit_str(0..decpt));
        out.push('.');
        out.push_str(&digit_str(decpt..digits_len));
    } else {
        out.push_str(&digit_str(0..digits_len));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{sign}{:02}", exp.abs()));
    }
    if upper {
        out.to_ascii_uppercase()
    } else {
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------------------------

/// A parsed standard format specifier (`[[fill]align][sign][z][#][0][width][grouping]
/// [.precision][type]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// `_` with `b`/`o`/`x`/`X` groups by four digits.
    pub group_by_four: bool,
    pub precision: Option<usize>,
    /// `'\0'` when omitted and the object has no default type (floats).
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `get_integer` of formatter_unicode.c: Unicode decimal digits, "Too many decimal digits in
/// format string" past `Py_ssize_t`. Returns how many characters were consumed.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, Option<usize>), FormatError> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| text::decimal_value(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
    }
    let consumed = *pos - start;
    Ok((
        consumed,
        if consumed == 0 {
            None
        } else {
            Some(acc as usize)
        },
    ))
}

fn char_code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_format_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        char_code_text(ty),
        type_name
    ))
}

/// Port of `parse_internal_render_format_spec`. `default_type` is `'d'` for int, `'s'` for
/// str and `'\0'` for float; `default_align` is `'>'` for numbers and `'<'` for strings.
pub fn parse_format_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        group_by_four: false,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end - pos >= 2 && is_align(chars[pos + 1]) {
        f.align = chars[pos + 1];
        f.fill = chars[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(chars[pos]) {
        f.align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?.1;
    let both = || FormatError::value("Cannot specify both ',' and '_'.");
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(both());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (consumed, precision) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        f.precision = precision;
    }
    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        f.ty = chars[pos];
    }
    if let Some(sep) = f.grouping {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => f.group_by_four = true,
            ty => {
                return Err(FormatError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    char_code_text(ty)
                )))
            }
        }
    }
    if f.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(FormatError::value("width too big"));
    }
    if f.precision.is_some_and(|p| p > MAX_WIDTH) {
        return Err(FormatError::value("precision too big"));
    }
    Ok(f)
}

/// `_PyUnicode_InsertThousandsGrouping` for ASCII digits: separators every `group` digits
/// from the right, and — when `min_width` asks for it (zero padding with `=`) — leading zeros,
/// grouped too, until the result is at least `min_width` wide.
fn group_digits(digits: &str, group: Option<usize>, sep: char, min_width: i64) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let group = match group {
        Some(g) => g as i64,
        None => {
            // No grouping: one unbounded group, zero-padded to min_width.
            let l = remaining.max(min_width).max(1);
            let mut s = "0".repeat((l - remaining).max(0) as usize);
            s.push_str(digits);
            return s;
        }
    };
    let mut use_sep = false;
    loop {
        let l = group.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut piece = String::new();
        piece.extend(std::iter::repeat('0').take(n_zeros as usize));
        let end = remaining as usize;
        piece.push_str(std::str::from_utf8(&d[end - n_chars as usize..end]).unwrap_or(""));
        if use_sep {
            piece.push(sep);
        }
        pieces.push(piece);
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.reverse();
    pieces.concat()
}

/// `calc_number_widths` + `fill_number`: lays out
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
fn layout_number(
    f: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
) -> String {
    let sign = match (f.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + i64::from(has_decimal) + n_remainder;
    let width = f.width.map_or(-1, |w| w as i64);
    let min_width = if f.fill == '0' && f.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let group = match f.grouping {
        None => None,
        Some(_) if f.group_by_four => Some(4),
        Some(_) => Some(3),
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, group, f.grouping.unwrap_or(','), min_width)
    };
    let n_padding = width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match f.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |out: &mut String, n: i64| out.extend(std::iter::repeat(f.fill).take(n as usize));
    let mut out = String::new();
    fill(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    fill(&mut out, rpad);
    out
}

/// `format(n, spec)` for an int.
pub fn format_spec_int(v: &BigInt, spec: &str) -> Result<String, FormatError> {
    format_spec_int_as(v, spec, "int")
}

/// [`format_spec_int`] for an int subclass (`bool`): `type_name` appears in error messages.
/// An empty spec means `str(v)`, which for `bool` the VM must handle itself (`'True'`).
pub fn format_spec_int_as(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return int_to_decimal(v);
    }
    let f = parse_format_spec(spec, 'd', '>', type_name)?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(int_to_f64(v)?, &f),
        ty => Err(unknown_format_code(ty, type_name)),
    }
}

/// `format_long_internal`.
fn format_long(v: &BigInt, f: &FormatSpec) -> Result<String, FormatError> {
    if f.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if f.ty == 'c' {
        if f.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let c = u32::try_from(x)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // CPython treats the character as "remainder": never grouped or zero-padded.
        return Ok(layout_number(f, false, "", "", false, &c.to_string()));
    }
    let (radix, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        let s = int_to_decimal(&v.abs())?;
        s
    } else {
        v.magnitude().to_str_radix(radix)
    };
    if f.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    Ok(layout_number(
        f,
        v.sign() == Sign::Minus,
        prefix,
        &digits,
        false,
        "",
    ))
}

/// `format(x, spec)` for a float.
pub fn format_spec_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_format_spec(spec, '\0', '>', "float")?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(x, &f),
        ty => Err(unknown_format_code(ty, "float")),
    }
}

/// `format_float_internal`.
fn format_float_internal(x: f64, f: &FormatSpec) -> Result<String, FormatError> {
    let mut ty = f.ty;
    let mut flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    if ty == '\0' {
        // No type: like repr without a precision, like 'g' (but keeping ".0") with one.
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    // parse_number: leading digits, then an optional '.', then everything else.
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Ok(layout_number(
        f,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
    ))
}

/// `format(s, spec)` for a str.
pub fn format_spec_str(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_format_spec(spec, 's', '<', "str")?;
    if f.ty != 's' {
        return Err(unknown_format_code(f.ty, "str"));
    }
    match f.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = text::char_len(s);
    let (body, len) = match f.precision {
        Some(p) if p < len => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(b, _)| b);
            (&s[..end], p)
        }
        _ => (s, len),
    };
    let total = f.width.unwrap_or(0).max(len);
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + lpad + rpad);
    out.extend(std::iter::repeat(f.fill).take(lpad));
    out.push_str(body);
    out.extend(std::iter::repeat(f.fill).take(rpad));
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Values being formatted
// ---------------------------------------------------------------------------------------------

/// A value as `%`-formatting and `str.format` see it. The VM implements this for its values;
/// the provided helpers ([`format_spec_int`], [`format_spec_float`], [`format_spec_str`],
/// [`float_repr`], [`str_repr`], …) do the per-type work.
pub trait FormatArg {
    /// `str(v)`.
    fn str_text(&self) -> Result<String, FormatError>;
    /// `repr(v)`.
    fn repr_text(&self) -> Result<String, FormatError>;
    /// `ascii(v)`.
    fn ascii_text(&self) -> Result<String, FormatError> {
        Ok(ascii_escape(&self.repr_text()?))
    }
    /// `type(v).__name__`, for error messages.
    fn type_name(&self) -> String;
    /// The value as an exact integer: `int`, `bool` (and objects with `__index__`). Floats
    /// must return `None`.
    fn as_int(&self) -> Option<BigInt>;
    /// The value as a float when it is a `float` (or has `__float__`); ints may return
    /// `None`, they are converted from [`FormatArg::as_int`].
    fn as_float(&self) -> Option<f64>;
    /// `Some(c)` for a str of exactly one character (used by `%c`).
    fn as_char(&self) -> Option<char>;
    /// `format(v, spec)`, i.e. `type(v).__format__(v, spec)`.
    fn format_with_spec(&self, spec: &str) -> Result<String, FormatError>;
    /// `getattr(v, name)` for `"{0.name}"`. Unsupported unless overridden.
    fn get_attr(&self, name: &str) -> Result<Box<dyn FormatArg + '_>, FormatError> {
        Err(FormatError::value(format!(
            "attribute access '.{name}' in format fields is not supported"
        )))
    }
    /// `v[index]` for `"{0[1]}"`. Unsupported unless overridden.
    fn get_item_index(&self, index: usize) -> Result<Box<dyn FormatArg + '_>, FormatError> {
        Err(FormatError::value(format!(
            "indexing '[{index}]' in format fields is not supported"
        )))
    }
    /// `v[key]` for `"{0[key]}"`. Unsupported unless overridden.
    fn get_item_key(&self, key: &str) -> Result<Box<dyn FormatArg + '_>, FormatError> {
        Err(FormatError::value(format!(
            "indexing '[{key}]' in format fields is not supported"
        )))
    }
}

/// The right operand of `fmt % args`, classified the way `PyUnicode_Format` does.
pub enum PercentArgs<'a> {
    /// `fmt % (a, b, …)`: a tuple, one item per conversion.
    Tuple(&'a [&'a dyn FormatArg]),
    /// `fmt % x` for any x that is neither a tuple nor a mapping.
    Single(&'a dyn FormatArg),
    /// `fmt % m` where m has `__getitem__` and is not a tuple or str (dicts, but also lists:
    /// CPython uses `PyMapping_Check`). `value` serves plain `%s`; `get` serves `%(key)s` and
    /// should return a `KeyError` (message = key) or the VM's own error.
    Mapping {
        value: &'a dyn FormatArg,
        get: &'a dyn Fn(&str) -> Result<Box<dyn FormatArg + 'a>, FormatError>,
    },
}

// ---------------------------------------------------------------------------------------------
// % formatting
// ---------------------------------------------------------------------------------------------

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

enum Current<'a> {
    Borrowed(&'a dyn FormatArg),
    Owned(Box<dyn FormatArg + 'a>),
}

/// The state of `struct unicode_formatter_t`, with the same `arglen`/`argidx` encoding so the
/// "not enough" / "not all converted" decisions match CPython in every corner.
struct Formatter<'a> {
    chars: Vec<char>,
    pos: usize,
    cnt: i64,
    tuple: &'a [&'a dyn FormatArg],
    current: Option<Current<'a>>,
    arglen: i64,
    argidx: i64,
    dict: Option<&'a dyn Fn(&str) -> Result<Box<dyn FormatArg + 'a>, FormatError>>,
}

impl<'a> Formatter<'a> {
    fn read(&self, pos: usize) -> char {
        self.chars.get(pos).copied().unwrap_or('\0')
    }

    fn next_arg(&mut self) -> Result<&dyn FormatArg, FormatError> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return match &self.current {
                    Some(Current::Borrowed(v)) => Ok(*v),
                    Some(Current::Owned(b)) => Ok(&**b),
                    None => Err(FormatError::type_error(
                        "not enough arguments for format string",
                    )),
                };
            }
            if let Some(v) = self.tuple.get(idx as usize) {
                return Ok(*v);
            }
        }
        Err(FormatError::type_error(
            "not enough arguments for format string",
        ))
    }
}

struct ArgSpec {
    ch: char,
    flags: u8,
    width: i64,
    prec: i64,
    sign: bool,
}

/// `fmt % args` for a str format: flags `-+ 0#`, width and precision (also `*`), `%(key)`,
/// the ignored length modifiers `h l L`, and conversions `s r a d i u o x X e E f F g G c %`.
pub fn percent_format(fmt: &str, args: PercentArgs<'_>) -> Result<String, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut ctx = match args {
        PercentArgs::Tuple(items) => Formatter {
            chars,
            pos: 0,
            cnt: 0,
            tuple: items,
            current: None,
            arglen: items.len() as i64,
            argidx: 0,
            dict: None,
        },
        PercentArgs::Single(v) => Formatter {
            chars,
            pos: 0,
            cnt: 0,
            tuple: &[],
            current: Some(Current::Borrowed(v)),
            arglen: -1,
            argidx: -2,
            dict: None,
        },
        PercentArgs::Mapping { value, get } => Formatter {
            chars,
            pos: 0,
            cnt: 0,
            tuple: &[],
            current: Some(Current::Borrowed(value)),
            arglen: -1,
            argidx: -2,
            dict: Some(get),
        },
    };
    let mut out = String::with_capacity(fmt.len());
    while ctx.pos < n {
        let c = ctx.chars[ctx.pos];
        if c != '%' {
            out.push(c);
            ctx.pos += 1;
            continue;
        }
        ctx.pos += 1;
        if ctx.read(ctx.pos) == '%' {
            out.push('%');
            ctx.pos += 1;
            continue;
        }
        ctx.cnt = (n - ctx.pos) as i64;
        format_one(&mut ctx, &mut out)?;
        if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
            return Err(FormatError::type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// `unicode_format_arg_parse` + `_format` + `_output` for one conversion; `ctx.pos` is just
/// past the `%` and `ctx.cnt` counts the characters left, as in CPython.
fn format_one(ctx: &mut Formatter<'_>, out: &mut String) -> Result<(), FormatError> {
    let mut arg = ArgSpec {
        ch: ctx.read(ctx.pos),
        flags: 0,
        width: -1,
        prec: -1,
        sign: false,
    };
    if ctx.read(ctx.pos) == '(' {
        let get = ctx
            .dict
            .ok_or_else(|| FormatError::type_error("format requires a mapping"))?;
        ctx.pos += 1;
        ctx.cnt -= 1;
        let keystart = ctx.pos;
        let mut pcount = 1;
        while pcount > 0 {
            ctx.cnt -= 1;
            if ctx.cnt < 0 {
                break;
            }
            match ctx.read(ctx.pos) {
                ')' => pcount -= 1,
                '(' => pcount += 1,
                _ => {}
            }
            ctx.pos += 1;
        }
        if ctx.cnt < 0 || pcount > 0 {
            return Err(FormatError::value("incomplete format key"));
        }
        let key: String = ctx.chars[keystart..ctx.pos - 1].iter().collect();
        let value = get(&key)?;
        ctx.current = Some(Current::Owned(value));
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    loop {
        ctx.cnt -= 1;
        if ctx.cnt < 0 {
            break;
        }
        arg.ch = ctx.read(ctx.pos);
        ctx.pos += 1;
        match arg.ch {
            '-' => arg.flags |= F_LJUST,
            '+' => arg.flags |= F_SIGN,
            ' ' => arg.flags |= F_BLANK,
            '#' => arg.flags |= F_ALT,
            '0' => arg.flags |= F_ZERO,
            _ => break,
        }
    }
    if arg.ch == '*' {
        let v = star_arg(ctx)?;
        arg.width = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if arg.width < 0 {
            arg.flags |= F_LJUST;
            arg.width = arg.width.checked_neg().unwrap_or(i64::MAX);
        }
        ctx.cnt -= 1;
        if ctx.cnt >= 0 {
            arg.ch = ctx.read(ctx.pos);
            ctx.pos += 1;
        }
    } else if arg.ch.is_ascii_digit() {
        arg.width = arg.ch as i64 - '0' as i64;
        loop {
            ctx.cnt -= 1;
            if ctx.cnt < 0 {
                break;
            }
            arg.ch = ctx.read(ctx.pos);
            ctx.pos += 1;
            if !arg.ch.is_ascii_digit() {
                break;
            }
            let d = arg.ch as i64 - '0' as i64;
            if arg.width > (i64::MAX - d) / 10 {
                return Err(FormatError::value("width too big"));
            }
            arg.width = arg.width * 10 + d;
        }
    }
    if arg.ch == '.' {
        arg.prec = 0;
        ctx.cnt -= 1;
        if ctx.cnt >= 0 {
            arg.ch = ctx.read(ctx.pos);
            ctx.pos += 1;
        }
        if arg.ch == '*' {
            let v = star_arg(ctx)?;
            arg.prec = v
                .to_i32()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?
                .max(0) as i64;
            ctx.cnt -= 1;
            if ctx.cnt >= 0 {
                arg.ch = ctx.read(ctx.pos);
                ctx.pos += 1;
            }
        } else if arg.ch.is_ascii_digit() {
            arg.prec = arg.ch as i64 - '0' as i64;
            loop {
                ctx.cnt -= 1;
                if ctx.cnt < 0 {
                    break;
                }
                arg.ch = ctx.read(ctx.pos);
                ctx.pos += 1;
                if !arg.ch.is_ascii_digit() {
                    break;
                }
                let d = arg.ch as i64 - '0' as i64;
                if arg.prec > (i32::MAX as i64 - d) / 10 {
                    return Err(FormatError::value("precision too big"));
                }
                arg.prec = arg.prec * 10 + d;
            }
        }
    }
    if ctx.cnt >= 0 && matches!(arg.ch, 'h' | 'l' | 'L') {
        ctx.cnt -= 1;
        if ctx.cnt >= 0 {
            arg.ch = ctx.read(ctx.pos);
            ctx.pos += 1;
        }
    }
    if ctx.cnt < 0 {
        return Err(FormatError::value("incomplete format"));
    }
    if arg.width > MAX_WIDTH as i64 {
        return Err(FormatError::value("width too big"));
    }
    if arg.prec > MAX_WIDTH as i64 {
        return Err(FormatError::value("precision too big"));
    }

    let index = ctx.pos as i64 - 1;
    let v = ctx.next_arg()?;
    let text = match arg.ch {
        's' => v.str_text()?,
        'r' => v.repr_text()?,
        'a' => v.ascii_text()?,
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            arg.sign = true;
            percent_long(v, &arg)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            arg.sign = true;
            let x = match v.as_int() {
                Some(i) => int_to_f64(&i)?,
                None => v.as_float().ok_or_else(|| {
                    FormatError::type_error(format!("must be real number, not {}", v.type_name()))
                })?,
            };
            let prec = if arg.prec < 0 { 6 } else { arg.prec as usize };
            let flags = DtoaFlags {
                alt: arg.flags & F_ALT != 0,
                ..DtoaFlags::default()
            };
            double_to_string(x, arg.ch, prec, flags)
        }
        'c' => {
            let c = match v.as_char() {
                Some(c) => c,
                None => match v.as_int() {
                    Some(i) => i
                        .to_u32()
                        .and_then(char::from_u32)
                        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?,
                    None => return Err(FormatError::type_error("%c requires int or char")),
                },
            };
            c.to_string()
        }
        ch => {
            let shown = if (' '..='~').contains(&ch) && ch != '\x1f' {
                ch
            } else {
                '?'
            };
            return Err(FormatError::value(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, ch as u32, index
            )));
        }
    };
    percent_output(&mut arg, &text, out);
    Ok(())
}

fn star_arg(ctx: &mut Formatter<'_>) -> Result<BigInt, FormatError> {
    let v = ctx.next_arg()?;
    // Only real ints (and bools) are accepted: CPython checks PyLong_Check.
    match (v.as_int(), v.as_float()) {
        (Some(i), None) => Ok(i),
        _ => Err(FormatError::type_error("* wants int")),
    }
}

/// `mainformatlong` + `_PyUnicode_FormatLong`: digits with sign, `0x`/`0o` only with `#`,
/// precision as a minimum digit count.
fn percent_long(v: &dyn FormatArg, arg: &ArgSpec) -> Result<String, FormatError> {
    let ty = arg.ch;
    let value = match v.as_int() {
        Some(i) => i,
        None => match (v.as_float(), ty) {
            (Some(x), 'd' | 'i' | 'u') => f64_to_int(x)?,
            (Some(_), _) => {
                return Err(FormatError::type_error(format!(
                    "%{} format: an integer is required, not {}",
                    ty,
                    v.type_name()
                )))
            }
            (None, 'o' | 'x' | 'X') => {
                return Err(FormatError::type_error(format!(
                    "%{} format: an integer is required, not {}",
                    ty,
                    v.type_name()
                )))
            }
            (None, _) => {
                return Err(FormatError::type_error(format!(
                    "%{} format: a real number is required, not {}",
                    ty,
                    v.type_name()
                )))
            }
        },
    };
    let mut digits = match ty {
        'o' => value.magnitude().to_str_radix(8),
        'x' | 'X' => value.magnitude().to_str_radix(16),
        _ => int_to_decimal(&value.abs())?,
    };
    if arg.prec > digits.len() as i64 {
        let zeros = "0".repeat(arg.prec as usize - digits.len());
        digits.insert_str(0, &zeros);
    }
    let prefix = match ty {
        'o' if arg.flags & F_ALT != 0 => "0o",
        'x' | 'X' if arg.flags & F_ALT != 0 => "0x",
        _ => "",
    };
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    let mut s = format!("{sign}{prefix}{digits}");
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// `unicode_format_arg_output`: padding, sign and `0x` placement for one conversion.
fn percent_output(arg: &mut ArgSpec, s: &str, out: &mut String) {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(s);
        return;
    }
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if arg.sign {
        let ch = chars.first().copied().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = ch;
            len -= 1;
            pindex += 1;
        } else if arg.flags & F_SIGN != 0 {
            signchar = '+';
        } else if arg.flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            arg.sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    if arg.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    let pad = |out: &mut String, c: char, n: i64| {
        out.extend(std::iter::repeat(c).take(n.max(0) as usize))
    };
    if arg.width > len && arg.flags & F_LJUST == 0 {
        pad(out, fill, arg.width - len);
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len.max(0) as usize));
    if arg.width > len {
        pad(out, ' ', arg.width - len);
    }
}

// ---------------------------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------------------------

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct StrFormatter<'f, 'k> {
    positional: &'f [&'f dyn FormatArg],
    keyword: &'f dyn Fn(&str) -> Option<Box<dyn FormatArg + 'k>>,
    state: AutoNumber,
    next_auto: usize,
}

/// `fmt.format(*positional, **keyword)`: literal text with `{{`/`}}`, fields
/// `{[name|index][.attr|[key]]*[!r|!s|!a][:spec]}` where the spec may itself contain
/// `{…}` fields (two levels deep, like CPython). `keyword` returns `None` for a missing name
/// (KeyError whose message is the name).
pub fn str_format<'k>(
    fmt: &str,
    positional: &[&dyn FormatArg],
    keyword: &dyn Fn(&str) -> Option<Box<dyn FormatArg + 'k>>,
) -> Result<String, FormatError> {
    let mut st = StrFormatter {
        positional,
        keyword,
        state: AutoNumber::Init,
        next_auto: 0,
    };
    let chars: Vec<char> = fmt.chars().collect();
    build_string(&mut st, &chars, 2)
}

fn build_string(
    st: &mut StrFormatter<'_, '_>,
    chars: &[char],
    depth: i32,
) -> Result<String, FormatError> {
    if depth <= 0 {
        return Err(FormatError::value("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let end = chars.len();
    let mut pos = 0;
    while pos < end {
        // MarkupIterator_next: literal text up to the first '{' or '}'.
        let start = pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < end {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || chars[pos] != '}') {
            return Err(FormatError::value(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == '{' && markup_follows {
            return Err(FormatError::value(
                "Single '{' encountered in format string",
            ));
        }
        if !at_end && markup_follows {
            if chars[pos] == c {
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&chars[start..start + len]);
        if !markup_follows {
            continue;
        }
        // parse_field
        let field_start = pos;
        let mut c = '\0';
        while pos < end {
            c = chars[pos];
            pos += 1;
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                '[' => {
                    while pos < end && chars[pos] != ']' {
                        pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let field_name: Vec<char> =
            chars[field_start..pos.saturating_sub(1).max(field_start)].to_vec();
        let field_name = if c == '}' || c == ':' || c == '!' {
            field_name
        } else {
            chars[field_start..pos].to_vec()
        };
        let mut conversion = None;
        let mut spec: &[char] = &[];
        let mut spec_needs_expanding = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if pos >= end {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                }
                conversion = Some(chars[pos]);
                pos += 1;
                if pos < end {
                    let c2 = chars[pos];
                    pos += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err(FormatError::value(
                            "expected ':' after conversion specifier",
                        ));
                    }
                }
            }
            if !done {
                let spec_start = pos;
                let mut count = 1;
                let mut closed = false;
                while pos < end {
                    let c3 = chars[pos];
                    pos += 1;
                    if c3 == '{' {
                        spec_needs_expanding = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &chars[spec_start..pos - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(FormatError::value("unmatched '{' in format spec"));
                }
            }
        } else if c != '}' {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        let rendered = render_field(
            st,
            &field_name,
            conversion,
            spec,
            spec_needs_expanding,
            depth,
        )?;
        out.push_str(&rendered);
    }
    Ok(out)
}

/// `get_integer` for field names: `None` unless every character is a decimal digit.
fn field_integer(name: &[char]) -> Result<Option<usize>, FormatError> {
    if name.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for &c in name {
        let d = match text::decimal_value(c) {
            Some(d) => d as u64,
            None => return Ok(None),
        };
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

enum Accessor {
    Attr(String),
    Index(usize),
    Key(String),
}

fn render_field(
    st: &mut StrFormatter<'_, '_>,
    field: &[char],
    conversion: Option<char>,
    spec: &[char],
    spec_needs_expanding: bool,
    depth: i32,
) -> Result<String, FormatError> {
    // field_name_split
    let first_end = field
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(field.len());
    let first = &field[..first_end];
    let mut index = field_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if st.state == AutoNumber::Init {
            st.state = if empty {
                AutoNumber::Auto
            } else {
                AutoNumber::Manual
            };
        }
        if st.state == AutoNumber::Manual && empty {
            return Err(FormatError::value(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if st.state == AutoNumber::Auto && !empty {
            return Err(FormatError::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(st.next_auto);
            st.next_auto += 1;
        }
    }
    let rest = &field[first_end..];
    // As in CPython's output_markup, the object is looked up before the nested fields of its
    // spec are expanded, which matters for automatic numbering (`'{:{}}'`).
    let positional = st.positional;
    let keyword = st.keyword;
    let spec_text = |st: &mut StrFormatter<'_, '_>| -> Result<String, FormatError> {
        if spec_needs_expanding {
            build_string(st, spec, depth - 1)
        } else {
            Ok(spec.iter().collect())
        }
    };
    match index {
        Some(idx) => {
            let obj = *positional.get(idx).ok_or_else(|| {
                FormatError::new(
                    FormatErrorKind::IndexError,
                    format!("Replacement index {idx} out of range for positional args tuple"),
                )
            })?;
            resolve(obj, rest, conversion, &mut || spec_text(st))
        }
        None => {
            let key: String = first.iter().collect();
            let obj =
                keyword(&key).ok_or_else(|| FormatError::new(FormatErrorKind::KeyError, key))?;
            resolve(&*obj, rest, conversion, &mut || spec_text(st))
        }
    }
}

/// `FieldNameIterator_next`: the next `.attr` or `[key]` of a field name and what is left.
fn next_accessor(rest: &[char]) -> Result<(Accessor, &[char]), FormatError> {
    let mut i = 1;
    match rest[0] {
        '.' => {
            while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                i += 1;
            }
            let name: String = rest[1..i].iter().collect();
            if name.is_empty() {
                return Err(FormatError::value("Empty attribute in format string"));
            }
            Ok((Accessor::Attr(name), &rest[i..]))
        }
        '[' => {
            while i < rest.len() && rest[i] != ']' {
                i += 1;
            }
            if i >= rest.len() {
                return Err(FormatError::value("Missing ']' in format string"));
            }
            let item = &rest[1..i];
            if item.is_empty() {
                return Err(FormatError::value("Empty attribute in format string"));
            }
            let accessor = match field_integer(item)? {
                Some(n) => Accessor::Index(n),
                None => Accessor::Key(item.iter().collect()),
            };
            Ok((accessor, &rest[i + 1..]))
        }
        _ => Err(FormatError::value(
            "Only '.' or '[' may follow ']' in format field specifier",
        )),
    }
}

/// Applies the `.attr` / `[key]` accessors one at a time, parsing each just before using it
/// (CPython reports a lookup failure before a later syntax error), recursively because each
/// step may borrow from the previous object; then converts and formats the final object.
fn resolve(
    obj: &dyn FormatArg,
    rest: &[char],
    conversion: Option<char>,
    spec: &mut dyn FnMut() -> Result<String, FormatError>,
) -> Result<String, FormatError> {
    if !rest.is_empty() {
        let (accessor, rest) = next_accessor(rest)?;
        let next = match &accessor {
            Accessor::Attr(name) => obj.get_attr(name)?,
            Accessor::Index(i) => obj.get_item_index(*i)?,
            Accessor::Key(k) => obj.get_item_key(k)?,
        };
        return resolve(&*next, rest, conversion, spec);
    }
    let converted = match conversion {
        None => {
            let spec = spec()?;
            return obj.format_with_spec(&spec);
        }
        Some('r') => obj.repr_text()?,
        Some('s') => obj.str_text()?,
        Some('a') => obj.ascii_text()?,
        Some(c) => {
            return Err(FormatError::value(format!(
                "Unknown conversion specifier {}",
                char_code_text(c)
            )))
        }
    };
    format_spec_str(&converted, &spec()?)
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
