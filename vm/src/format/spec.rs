//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::float::{double_to_string, DtoaFlags};
use super::{FormatError, IntLike};

/// A parsed format specification. Unspecified parts are `None`; the defaults depend on the
/// kind of value being formatted and are applied by the `format_*` functions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// `'<'`, `'>'`, `'^'` or `'='`.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// A `0` before the width (only recognised when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub type_: Option<char>,
}

fn too_many_digits() -> FormatError {
    FormatError::value("Too many decimal digits in format string")
}

/// Reads a run of decimal digits starting at `*pos`; `None` if there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut val: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        // Only ASCII digits; CPython would also accept other Unicode decimal digits.
        val = val
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        any = true;
        *pos += 1;
    }
    Ok(if any { Some(val) } else { None })
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn char_for_msg(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// The message for a grouping option not allowed with a presentation type.
fn bad_grouping(sep: char, ty: char) -> FormatError {
    FormatError::value(format!("Cannot specify '{sep}' with {}.", char_for_msg(ty)))
}

/// Checks the grouping option against the (effective) presentation type.
fn check_grouping(grouping: Option<char>, ty: Option<char>) -> Result<(), FormatError> {
    let Some(sep) = grouping else {
        return Ok(());
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(t) => Err(bad_grouping(sep, t)),
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        char_for_msg(ty)
    ))
}

impl FormatSpec {
    /// Parses a format spec. `type_name` (e.g. `"int"`) only appears in the error for a
    /// malformed spec ("Invalid format specifier '...' for object of type '...'").
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut f = FormatSpec::default();
        if end >= 2 && is_align(chars[1]) {
            f.fill = Some(chars[0]);
            f.align = Some(chars[1]);
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            f.align = Some(chars[0]);
            pos = 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            f.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            f.no_neg_zero = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && pos < end && chars[pos] == '0' {
            f.zero = true;
            pos += 1;
        }
        f.width = get_integer(&chars, &mut pos)?;
        if pos < end && chars[pos] == ',' {
            f.grouping = Some(',');
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if f.grouping.is_some() {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            f.precision = get_integer(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if end - pos == 1 {
            f.type_ = Some(chars[pos]);
            check_grouping(f.grouping, f.type_)?;
        }
        Ok(f)
    }

    fn fill_char(&self) -> char {
        match (self.fill, self.zero) {
            (Some(c), _) => c,
            (None, true) => '0',
            (None, false) => ' ',
        }
    }

    /// The alignment for numbers: a bare `0` flag means `=`.
    fn num_align(&self) -> char {
        match (self.align, self.zero) {
            (Some(a), _) => a,
            (None, true) => '=',
            (None, false) => '>',
        }
    }
}

/// Inserts the thousands separator into `digits`, zero-padding on the left up to `min_width`
/// (CPython's `_PyUnicode_InsertThousandsGrouping`). `group` 0 means no grouping.
fn group_digits(digits: &[char], min_width: i64, sep: char, group: i64) -> Vec<char> {
    let mut out: Vec<char> = Vec::new(); // built reversed
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut src = digits.len();
    let mut use_sep = false;
    let sep_len = if group > 0 { 1 } else { 0 };
    let mut emit = |out: &mut Vec<char>, n_chars: i64, n_zeros: i64, use_sep: bool| {
        if use_sep {
            out.push(sep);
        }
        for _ in 0..n_chars {
            src -= 1;
            out.push(digits[src]);
        }
        for _ in 0..n_zeros {
            out.push('0');
        }
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut out, n_chars, n_zeros, use_sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut out, n_chars, n_zeros, use_sep);
    }
    out.reverse();
    out
}

/// The pieces of a formatted number: `[sign][prefix][digits][.][remainder]`.
struct NumParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
    /// (separator, group size)
    grouping: Option<(char, i64)>,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn layout_number(p: &NumParts<'_>, spec: &FormatSpec) -> String {
    let fill = spec.fill_char();
    let align = spec.num_align();
    let width = spec.width.map_or(-1, |w| w as i64);
    let sign: Option<char> = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let prefix_len = p.prefix.chars().count() as i64;
    let remainder_len = p.remainder.chars().count() as i64;
    let n_non_digit =
        i64::from(sign.is_some()) + prefix_len + i64::from(p.has_decimal) + remainder_len;
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let digit_chars: Vec<char> = p.digits.chars().collect();
    let (sep, group) = p.grouping.unwrap_or((',', 0));
    let grouped: Vec<char> = if digit_chars.is_empty() {
        Vec::new()
    } else {
        group_digits(&digit_chars, min_width, sep, group)
    };
    let n_padding = width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    pad(&mut out, spad);
    out.extend(grouped.iter());
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    pad(&mut out, rpad);
    out
}

fn grouping_for(spec: &FormatSpec, ty: char) -> Option<(char, i64)> {
    if ty == 'n' {
        return None; // the C locale: no grouping
    }
    match spec.grouping {
        Some(',') => Some((',', 3)),
        Some(_) if matches!(ty, 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        Some(_) => Some(('_', 3)),
        None => None,
    }
}

/// `format(int, spec)` (`int.__format__`): types `b c d o x X n` and none, and the float
/// types (the int is converted to float first). `type_name` is used in error messages.
pub fn format_int<I: IntLike + ?Sized>(
    v: &I,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.type_.unwrap_or('d');
    check_grouping(spec.grouping, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v
                .to_f64()
                .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            return format_float_internal(x, spec);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        // CPython converts with PyLong_AsLong (64-bit C long) first.
        let hex = v.to_str_radix_abs(16);
        let mag = if hex.len() > 16 {
            None
        } else {
            u64::from_str_radix(&hex, 16).ok()
        };
        let fits_long = match mag {
            Some(m) if v.is_negative() => m <= 1u64 << 63,
            Some(m) => m < 1u64 << 63,
            None => false,
        };
        if !fits_long {
            return Err(FormatError::overflow(
                "Python int too large to convert to C long",
            ));
        }
        let ch = mag
            .filter(|c| !v.is_negative() && *c <= 0x10ffff)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?
            as u32;
        // Lone surrogates cannot live in a Rust string; U+FFFD stands in for them.
        let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        let s: &str = ch.encode_utf8(&mut buf);
        let parts = NumParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: s,
            grouping: grouping_for(spec, ty),
        };
        return Ok(layout_number(&parts, spec));
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = v.to_str_radix_abs(radix);
    let mut prefix = if spec.alternate {
        match ty {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        }
    } else {
        ""
    };
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    if radix == 10 {
        prefix = "";
    }
    let parts = NumParts {
        negative: v.is_negative(),
        prefix,
        digits: &digits,
        has_decimal: false,
        remainder: "",
        grouping: grouping_for(spec, ty),
    };
    Ok(layout_number(&parts, spec))
}

/// `format(float, spec)` (`float.__format__`): types `e E f F g G n %` and none.
/// `type_name` is used in error messages.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.type_;
    check_grouping(spec.grouping, ty)?;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    format_float_internal(x, spec)
}

fn format_float_internal(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut ty = spec.type_.unwrap_or('\0');
    let mut default_precision: i64 = 6;
    if ty == '\0' {
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
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if p > i32::MAX as usize {
                return Err(FormatError::value("precision too big"));
            }
            if ty == 'r' {
                ty = 'g';
            }
            p as i64
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
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
        grouping: grouping_for(spec, spec.type_.unwrap_or('\0')),
    };
    Ok(layout_number(&parts, spec))
}

/// `format(str, spec)` (`str.__format__`): type `s` or none; precision truncates and width
/// pads, both counted in code points. `type_name` is used in error messages.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.type_.unwrap_or('s');
    check_grouping(spec.grouping, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
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
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let body: &str = match spec.precision {
        Some(p) if p < len => {
            len = p;
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(String::from(body));
    }
    let fill = spec.fill_char();
    let pad = width - len;
    let (l, r) = match spec.align.unwrap_or('<') {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(body.len() + pad);
    out.extend(core::iter::repeat_n(fill, l));
    out.push_str(body);
    out.extend(core::iter::repeat_n(fill, r));
    Ok(out)
}
