//! Value formatting with CPython 3.11's exact output, independent of the object heap: the
//! runtime calls these with plain Rust values.
//!
//! * [`float_repr`], [`round_f64`], [`round_half_even`], [`double_to_string`]: floats.
//! * [`FormatSpec`] and [`format_int`] / [`format_float`] / [`format_str`]: the format-spec
//!   mini-language of `format()`, f-strings and `str.format`.
//! * [`percent_format`]: `str % args`.
//! * [`parse_format_string`]: the field parser of `str.format`.

mod float;
mod percent;
mod spec;
mod strformat;
#[cfg(test)]
mod tests;
#[cfg(test)]
#[rustfmt::skip]
mod tests_data;

use alloc::string::String;

pub use float::{
    double_to_string, dtoa, exact_decimal, float_repr, round_f64, round_half_even, DtoaFlags,
};
pub use percent::{percent_format, ArgRef, PercentArgs};
pub use spec::{format_float, format_int, format_str, FormatSpec};
pub use strformat::{expand_spec, parse_format_string, Accessor, FieldArg, FmtPiece};

/// The Python exception class a formatting error maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`
    Value,
    /// `TypeError`
    Type,
    /// `OverflowError`
    Overflow,
}

/// A formatting error: the exception class and CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl FormatError {
    pub fn value(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::Value,
            msg: msg.into(),
        }
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::Type,
            msg: msg.into(),
        }
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::Overflow,
            msg: msg.into(),
        }
    }
}

impl core::fmt::Display for FormatError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.msg)
    }
}

/// An integer as the formatting code needs it. Implemented here for the primitive integers;
/// the runtime implements it for its big integers.
pub trait IntLike {
    /// True for values below zero.
    fn is_negative(&self) -> bool;
    /// The digits of the absolute value in `radix` (2, 8, 10 or 16), lower case, no prefix.
    fn to_str_radix_abs(&self, radix: u32) -> String;
    /// The value as a correctly rounded float, or `None` if it is too large for one.
    fn to_f64(&self) -> Option<f64>;
}

fn radix_digits_u128(v: u128, radix: u32) -> String {
    // Digits are produced from the end of a buffer wide enough for 128 binary digits; the
    // 64-bit loop avoids the slow 128-bit division for every value that fits.
    let mut buf = [0u8; 128];
    let mut i = buf.len();
    let mut push = |d: u32| {
        i -= 1;
        buf[i] = b"0123456789abcdef"[d as usize];
    };
    let (mut wide, r) = (v, u128::from(radix));
    while wide > u128::from(u64::MAX) {
        push((wide % r) as u32);
        wide /= r;
    }
    let (mut v, r) = (wide as u64, u64::from(radix));
    loop {
        push((v % r) as u32);
        v /= r;
        if v == 0 {
            break;
        }
    }
    String::from(core::str::from_utf8(&buf[i..]).unwrap_or("?"))
}

macro_rules! intlike_signed {
    ($($t:ty),*) => {$(
        impl IntLike for $t {
            fn is_negative(&self) -> bool {
                *self < 0
            }
            fn to_str_radix_abs(&self, radix: u32) -> String {
                radix_digits_u128(self.unsigned_abs() as u128, radix)
            }
            fn to_f64(&self) -> Option<f64> {
                Some(*self as f64)
            }
        }
    )*};
}
macro_rules! intlike_unsigned {
    ($($t:ty),*) => {$(
        impl IntLike for $t {
            fn is_negative(&self) -> bool {
                false
            }
            fn to_str_radix_abs(&self, radix: u32) -> String {
                radix_digits_u128(*self as u128, radix)
            }
            fn to_f64(&self) -> Option<f64> {
                Some(*self as f64)
            }
        }
    )*};
}
intlike_signed!(i8, i16, i32, i64, i128, isize);
intlike_unsigned!(u8, u16, u32, u64, u128, usize);
