//! printf-style formatting: `str % args` (CPython's `PyUnicode_Format`).

use alloc::format;
use alloc::string::String;

use super::float::{double_to_string, DtoaFlags};
use super::FormatError;

/// Which argument a conversion reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `n` of the argument tuple.
    Item(usize),
    /// The right operand itself (it is not a tuple).
    Whole,
    /// The value found by the latest [`PercentArgs::lookup_key`].
    Keyed,
}

/// The right operand of `%`, as seen by [`percent_format`]. The runtime implements this over
/// its objects; every conversion error (e.g. `"%d format: a real number is required, not
/// str"`, `"* wants int"`, `"%c requires int or char"`) is produced by the implementation.
pub trait PercentArgs {
    /// The runtime's exception type; formatting errors are converted into it.
    type Error: From<FormatError>;
    /// `Some(len)` if the operand is a tuple; `None` if it is a single object.
    fn tuple_len(&self) -> Option<usize>;
    /// True if the operand is a mapping that is neither a tuple nor a str (enables `%(key)s`).
    fn is_mapping(&self) -> bool;
    /// Looks up `operand[key]` and remembers it as [`ArgRef::Keyed`].
    fn lookup_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// `str(arg)` for `%s`.
    fn to_str(&mut self, arg: ArgRef) -> Result<String, Self::Error>;
    /// `repr(arg)` for `%r`, or `ascii(arg)` for `%a` when `ascii` is true.
    fn to_repr(&mut self, arg: ArgRef, ascii: bool) -> Result<String, Self::Error>;
    /// The integer value for `%d %i %u %o %x %X` (`conv`): `(negative, digits of the
    /// absolute value in radix 8, 10 or 16, lower case)`. `d i u` accept anything with
    /// `__int__` (floats truncate); `o x X` need `__index__`.
    fn to_int(
        &mut self,
        arg: ArgRef,
        conv: char,
        radix: u32,
    ) -> Result<(bool, String), Self::Error>;
    /// The float value for `%e %E %f %F %g %G` (`conv`).
    fn to_float(&mut self, arg: ArgRef, conv: char) -> Result<f64, Self::Error>;
    /// The character for `%c`: a length-1 str, or an int in range(0x110000).
    fn to_char(&mut self, arg: ArgRef) -> Result<char, Self::Error>;
    /// The int for a `*` width or precision (`"* wants int"` otherwise).
    fn to_star(&mut self, arg: ArgRef) -> Result<i64, Self::Error>;
}

struct State {
    /// -1 for a single (non-tuple) operand.
    arglen: i64,
    argidx: i64,
    keyed: bool,
}

impl State {
    fn next_arg(&mut self) -> Result<ArgRef, FormatError> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(if self.keyed {
                    ArgRef::Keyed
                } else {
                    ArgRef::Whole
                })
            } else {
                Ok(ArgRef::Item(i as usize))
            }
        } else {
            Err(FormatError::type_error(
                "not enough arguments for format string",
            ))
        }
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `fmt % args`.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut A,
) -> Result<String, A::Error> {
    let dict = args.is_mapping();
    let mut st = match args.tuple_len() {
        Some(n) => State {
            arglen: n as i64,
            argidx: 0,
            keyed: false,
        },
        None => State {
            arglen: -1,
            argidx: -2,
            keyed: false,
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    // `pos` is a byte offset: every character with a meaning in a conversion is ASCII.
    let mut pos = 0;
    while pos < fmt.len() {
        let literal = fmt[pos..].find('%').map_or(fmt.len(), |i| pos + i);
        out.push_str(&fmt[pos..literal]);
        pos = literal + 1;
        if pos > fmt.len() {
            break;
        }
        if fmt[pos..].starts_with('%') {
            out.push('%');
            pos += 1;
            continue;
        }
        format_one(fmt, &mut pos, args, &mut st, dict, &mut out)?;
        if dict && st.argidx < st.arglen {
            return Err(FormatError::type_error(
                "not all arguments converted during string formatting",
            )
            .into());
        }
    }
    if st.argidx < st.arglen && !dict {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        )
        .into());
    }
    Ok(out)
}

fn incomplete() -> FormatError {
    FormatError::value("incomplete format")
}

/// Parses and formats one conversion; `*pos` is the byte offset just after the `%`.
fn format_one<A: PercentArgs + ?Sized>(
    fmt: &str,
    pos: &mut usize,
    args: &mut A,
    st: &mut State,
    dict: bool,
    out: &mut String,
) -> Result<(), A::Error> {
    let bytes = fmt.as_bytes();
    let n = bytes.len();
    // Mapping key: "%(name)s".
    if *pos < n && bytes[*pos] == b'(' {
        if !dict {
            return Err(FormatError::type_error("format requires a mapping").into());
        }
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            match bytes[*pos] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        args.lookup_key(&fmt[start..*pos - 1])?;
        st.keyed = true;
        st.arglen = -1;
        st.argidx = -2;
    }
    let next = |pos: &mut usize| -> Option<(char, usize)> {
        let c = fmt[*pos..].chars().next()?;
        let r = (c, *pos);
        *pos += c.len_utf8();
        Some(r)
    };
    let mut flags = 0u8;
    let mut cur = next(pos);
    while let Some((c, _)) = cur {
        match c {
            '-' => flags |= F_LJUST,
            '+' => flags |= F_SIGN,
            ' ' => flags |= F_BLANK,
            '#' => flags |= F_ALT,
            '0' => flags |= F_ZERO,
            _ => break,
        }
        cur = next(pos);
    }
    let mut width: i64 = -1;
    let mut prec: i64 = -1;
    if let Some(('*', _)) = cur {
        let a = st.next_arg()?;
        let w = args.to_star(a)?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = w.saturating_abs();
        cur = next(pos);
    } else if let Some((c, _)) = cur.filter(|(c, _)| c.is_ascii_digit()) {
        width = i64::from(c as u8 - b'0');
        cur = next(pos);
        while let Some((c, _)) = cur.filter(|(c, _)| c.is_ascii_digit()) {
            width = width
                .checked_mul(10)
                .and_then(|w| w.checked_add(i64::from(c as u8 - b'0')))
                .filter(|w| *w <= isize::MAX as i64)
                .ok_or_else(|| FormatError::value("width too big"))?;
            cur = next(pos);
        }
    }
    if let Some(('.', _)) = cur {
        prec = 0;
        cur = next(pos);
        if let Some(('*', _)) = cur {
            let a = st.next_arg()?;
            let p = args.to_star(a)?;
            if p > i64::from(i32::MAX) || p < i64::from(i32::MIN) {
                return Err(
                    FormatError::overflow("Python int too large to convert to C int").into(),
                );
            }
            prec = p.max(0);
            cur = next(pos);
        } else if let Some((c, _)) = cur.filter(|(c, _)| c.is_ascii_digit()) {
            prec = i64::from(c as u8 - b'0');
            cur = next(pos);
            while let Some((c, _)) = cur.filter(|(c, _)| c.is_ascii_digit()) {
                prec = prec * 10 + i64::from(c as u8 - b'0');
                if prec > i64::from(i32::MAX) {
                    return Err(FormatError::value("precision too big").into());
                }
                cur = next(pos);
            }
        }
    }
    if let Some(('h' | 'l' | 'L', _)) = cur {
        cur = next(pos);
    }
    let Some((ch, ch_pos)) = cur else {
        return Err(incomplete().into());
    };

    let a = st.next_arg()?;
    let numeric;
    let body: String = match ch {
        's' | 'r' | 'a' => {
            numeric = false;
            let mut s = match ch {
                's' => args.to_str(a)?,
                'r' => args.to_repr(a, false)?,
                _ => args.to_repr(a, true)?,
            };
            if prec >= 0 {
                if let Some((i, _)) = s.char_indices().nth(prec as usize) {
                    s.truncate(i);
                }
            }
            s
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            numeric = true;
            let radix = match ch {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let (neg, digits) = args.to_int(a, ch, radix)?;
            let mut s = String::new();
            if neg {
                s.push('-');
            }
            if flags & F_ALT != 0 {
                match ch {
                    'o' => s.push_str("0o"),
                    'x' => s.push_str("0x"),
                    'X' => s.push_str("0X"),
                    _ => {}
                }
            }
            let nd = digits.len() as i64;
            for _ in nd..prec {
                s.push('0');
            }
            if ch == 'X' {
                s.push_str(&digits.to_ascii_uppercase());
            } else {
                s.push_str(&digits);
            }
            s
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            numeric = true;
            let x = args.to_float(a, ch)?;
            let p = if prec < 0 { 6 } else { prec };
            let fl = DtoaFlags {
                alt: flags & F_ALT != 0,
                ..DtoaFlags::default()
            };
            double_to_string(x, ch, p, fl)
        }
        'c' => {
            numeric = false;
            let c = args.to_char(a)?;
            String::from(c)
        }
        _ => {
            let code = ch as u32;
            let shown = if (31..=126).contains(&code) { ch } else { '?' };
            let index = fmt[..ch_pos].chars().count();
            return Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{code:x}) at index {index}"
            ))
            .into());
        }
    };
    output(out, &body, ch, flags, width, numeric);
    Ok(())
}

/// CPython's `unicode_format_arg_output`: sign, `0x` prefix, padding.
fn output(out: &mut String, body: &str, ch: char, flags: u8, width: i64, numeric: bool) {
    let mut len = body.chars().count() as i64;
    if width <= len && !numeric {
        out.push_str(body);
        return;
    }
    // Sign and `0x` prefix are ASCII: `idx` counts bytes and characters alike.
    let mut idx = 0usize;
    let mut width = width;
    let fill = if numeric && flags & F_ZERO != 0 && flags & F_LJUST == 0 {
        '0'
    } else {
        ' '
    };
    let mut sign: Option<char> = None;
    if numeric {
        match body.chars().next() {
            Some(c) if c == '-' || c == '+' => {
                sign = Some(c);
                len -= 1;
                idx = 1;
            }
            _ if flags & F_SIGN != 0 => sign = Some('+'),
            _ if flags & F_BLANK != 0 => sign = Some(' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(ch);
        }
        idx += 2;
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.push('0');
            out.push(ch);
        }
    }
    out.push_str(&body[idx..]);
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
}
