//! Conversions: floats, strings in any radix, and byte strings.

use super::mag;
use super::{BigInt, BigIntError};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Digits used for formatting.
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `2**e` as an `f64` for `-1022 <= e <= 1023` (normal range).
fn pow2(e: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `x * 2**e`, exact whenever the result is representable. Precondition (met by all
/// callers): `x` is zero or an integer in `[1, 2**64]`, and `e >= -1600`.
fn ldexp(x: f64, e: i64) -> f64 {
    debug_assert!(e >= -1600);
    let mut x = x;
    let mut e = e;
    if e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if e > 1023 {
            return x * f64::INFINITY;
        }
    }
    if e < -1022 {
        // x * 2**-600 is still a normal float (x >= 1), so only the last step rounds.
        x *= pow2(-600);
        e += 600;
    }
    x * pow2(e as i32)
}

/// Largest power of `radix` fitting in a `u32`, and its exponent.
pub(super) fn chunk_for_radix(radix: u32) -> (u32, usize) {
    let mut p: u32 = radix;
    let mut n = 1;
    while let Some(np) = p.checked_mul(radix) {
        p = np;
        n += 1;
    }
    (p, n)
}

impl BigInt {
    // ----- floats ------------------------------------------------------------------------

    /// Converts a float, truncating toward zero (Python `int(x)`); `None` for inf and nan
    /// (`OverflowError` "cannot convert float infinity to integer" / `ValueError` "cannot
    /// convert float NaN to integer").
    pub fn from_f64(v: f64) -> Option<Self> {
        if v.is_nan() || v.is_infinite() {
            return None;
        }
        let bits = v.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        if exp == 0 {
            return Some(BigInt::zero()); // zero or subnormal: |v| < 1
        }
        let m = frac | (1 << 52);
        // v = m * 2**(exp - 1075)
        let e = exp - 1075;
        let r = if e >= 0 {
            BigInt::from_u64(m).shl(e as u64)
        } else if e > -64 {
            BigInt::from_u64(m >> (-e))
        } else {
            BigInt::zero()
        };
        Some(if neg { r.neg() } else { r })
    }

    /// Top 64 bits of the magnitude with a sticky bit, and the exponent such that
    /// `|self| ≈ top * 2**exp` rounds the same way as the exact value.
    fn top64_sticky(&self) -> (u64, i64) {
        let bl = self.bit_length();
        if bl <= 64 {
            return (self.to_u64_mag().unwrap_or(0), 0);
        }
        let shift = bl - 64;
        let top = mag::shr(&self.mag, shift as usize);
        let mut t = top[0] as u64 | (top.get(1).copied().unwrap_or(0) as u64) << 32;
        if mag::low_bits_nonzero(&self.mag, shift as usize) {
            t |= 1;
        }
        (t, shift as i64)
    }

    /// Converts to the nearest float (ties to even); `±inf` when out of range.
    pub fn to_f64(&self) -> f64 {
        let (t, e) = self.top64_sticky();
        // `u64 as f64` rounds to nearest even; with the sticky bit (there are 11 spare bits
        // below the 53 kept) this gives the correctly rounded value of the full integer.
        let r = if e > 1024 {
            f64::INFINITY
        } else {
            ldexp(t as f64, e)
        };
        if self.neg {
            -r
        } else {
            r
        }
    }

    /// Like [`BigInt::to_f64`], but `Overflow("int too large to convert to float")`
    /// (`OverflowError`) when the value rounds beyond the float range.
    pub fn to_f64_checked(&self) -> Result<f64, BigIntError> {
        let r = self.to_f64();
        if r.is_infinite() {
            Err(BigIntError::Overflow("int too large to convert to float"))
        } else {
            Ok(r)
        }
    }

    /// Correctly rounded true division `self / other` as CPython's `int / int`.
    ///
    /// Errors: `DivByZero` (`ZeroDivisionError` "division by zero") and
    /// `Overflow("integer division result too large for a float")` (`OverflowError`).
    pub fn div_to_f64(&self, other: &Self) -> Result<f64, BigIntError> {
        const MANT: i64 = 53; // DBL_MANT_DIG
        const MIN_EXP: i64 = -1021; // DBL_MIN_EXP
        const MAX_EXP: i64 = 1024; // DBL_MAX_EXP
        const OVERFLOW: BigIntError =
            BigIntError::Overflow("integer division result too large for a float");
        if other.is_zero() {
            return Err(BigIntError::DivByZero);
        }
        let neg = self.neg != other.neg;
        let sign = |x: f64| if neg { -x } else { x };
        if self.is_zero() {
            return Ok(sign(0.0));
        }
        let na = self.bit_length();
        let nb = other.bit_length();
        // Fast path: both operands exactly representable, IEEE division rounds correctly.
        if na <= MANT as u64 && nb <= MANT as u64 {
            let a = self.to_u64_mag().unwrap_or(0) as f64;
            let b = other.to_u64_mag().unwrap_or(0) as f64;
            return Ok(sign(a / b));
        }
        let diff = na as i64 - nb as i64;
        // The quotient lies in [2**(diff-1), 2**(diff+1)).
        if diff > MAX_EXP {
            return Err(OVERFLOW);
        }
        if diff < MIN_EXP - MANT - 1 {
            return Ok(sign(0.0));
        }
        // Scale so the integer quotient has MANT+2 or MANT+3 bits (fewer when subnormal).
        let shift = core::cmp::max(diff, MIN_EXP) - MANT - 2;
        let mut inexact = false;
        let x = if shift >= 0 {
            inexact = mag::low_bits_nonzero(&self.mag, shift as usize);
            mag::shr(&self.mag, shift as usize)
        } else {
            mag::shl(&self.mag, (-shift) as usize)
        };
        let (q, r) = mag::divrem(&x, &other.mag);
        if !r.is_empty() {
            inexact = true;
        }
        let mut q: u64 = match q.len() {
            0 => 0,
            1 => q[0] as u64,
            _ => q[0] as u64 | (q[1] as u64) << 32,
        };
        let qbits = 64 - q.leading_zeros() as i64;
        // Round to the available precision, half to even, using `inexact` as sticky bit.
        let extra = core::cmp::max(qbits, MIN_EXP - shift) - MANT;
        if extra > 0 {
            let extra = extra as u32;
            let mask = (1u64 << extra) - 1;
            let half = 1u64 << (extra - 1);
            let low = q & mask;
            q -= low;
            if low > half || (low == half && (inexact || (q >> extra) & 1 == 1)) {
                q += 1u64 << extra;
            }
        }
        // q has at most 54 significant bits and is a multiple of 2**extra: exact as a float.
        let qbits = 64 - q.leading_zeros() as i64;
        if qbits + shift > MAX_EXP {
            return Err(OVERFLOW);
        }
        Ok(sign(ldexp(q as f64, shift)))
    }

    // ----- strings -----------------------------------------------------------------------

    /// Formats in `radix` (2..=36): lowercase digits, leading `-` for negatives, no prefix.
    pub fn to_str_radix(&self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix out of range");
        if self.is_zero() {
            return String::from("0");
        }
        let mut out: Vec<u8> = Vec::new();
        if self.neg {
            out.push(b'-');
        }
        if radix.is_power_of_two() {
            // Digits are produced least significant first, then reversed.
            let bits = radix.trailing_zeros() as u64;
            let total = self.bit_length();
            let start = out.len();
            let mut pos = 0u64;
            while pos < total {
                let limb = (pos / 32) as usize;
                let off = pos % 32;
                let mut d = self.mag[limb] as u64 >> off;
                if off + bits > 32 && limb + 1 < self.mag.len() {
                    d |= (self.mag[limb + 1] as u64) << (32 - off);
                }
                out.push(DIGITS[(d & ((1 << bits) - 1)) as usize]);
                pos += bits;
            }
            out[start..].reverse();
        } else {
            let (chunk, per) = chunk_for_radix(radix);
            out.reserve(self.mag.len() * 10 + 1);
            if self.mag.len() <= DC_THRESHOLD {
                format_chunked(&self.mag, radix, chunk, per, None, &mut out);
            } else {
                // Divide and conquer: split by chunk**(2**k) so the quadratic work is done by
                // Knuth division (multiply-adds) instead of one hardware division per limb
                // per output chunk.
                let mut pows: Vec<Vec<u32>> = alloc::vec![alloc::vec![chunk]];
                loop {
                    let sq = mag::sqr(pows.last().map(Vec::as_slice).unwrap_or(&[]));
                    if mag::cmp(&sq, &self.mag) == core::cmp::Ordering::Greater {
                        break;
                    }
                    pows.push(sq);
                }
                let k = pows.len() - 1;
                format_dc(&self.mag, k, &pows, radix, chunk, per, None, &mut out);
            }
        }
        // Only ASCII bytes were pushed.
        String::from_utf8(out).unwrap_or_default()
    }

    /// Parses plain digits in `radix` (2..=36, either letter case). No sign, prefix,
    /// underscores or whitespace; `None` if empty or any character is not a digit.
    pub fn parse(s: &str, radix: u32) -> Option<Self> {
        if !(2..=36).contains(&radix) || s.is_empty() {
            return None;
        }
        let bytes = s.as_bytes();
        let mut mag: Vec<u32> = Vec::new();
        if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as usize;
            let total = bytes.len() * bits;
            mag = vec![0u32; total.div_ceil(32)];
            for (i, &c) in bytes.iter().rev().enumerate() {
                let d = digit_value(c, radix)?;
                let pos = i * bits;
                mag[pos / 32] |= d << (pos % 32);
                if pos % 32 + bits > 32 {
                    mag[pos / 32 + 1] |= d >> (32 - pos % 32);
                }
            }
        } else {
            let (_, per) = chunk_for_radix(radix);
            mag.reserve(bytes.len() / per + 1);
            for chunk in bytes.chunks(per) {
                let mut v: u32 = 0;
                let mut scale: u32 = 1;
                for &c in chunk {
                    v = v * radix + digit_value(c, radix)?;
                    scale *= radix;
                }
                mag::mul_small_add_in_place(&mut mag, scale, v);
            }
        }
        Some(BigInt::from_mag(false, mag))
    }

    // ----- bytes -------------------------------------------------------------------------

    /// Python `int.to_bytes(length, byteorder, signed=signed)`.
    ///
    /// Errors (`OverflowError`): "can't convert negative int to unsigned" and
    /// "int too big to convert".
    pub fn to_bytes(
        &self,
        length: usize,
        little_endian: bool,
        signed: bool,
    ) -> Result<Vec<u8>, BigIntError> {
        if self.neg && !signed {
            return Err(BigIntError::Overflow(
                "can't convert negative int to unsigned",
            ));
        }
        const TOO_BIG: BigIntError = BigIntError::Overflow("int too big to convert");
        // Bits needed: unsigned -> bit_length; signed -> enough for the sign bit.
        let needed = if self.is_zero() {
            0
        } else if !signed {
            self.bit_length()
        } else if self.neg {
            // -2**(k-1) fits in k bits: need bit_length(|x| - 1) + 1.
            mag::bit_length(&mag::sub(&self.mag, &[1])) + 1
        } else {
            self.bit_length() + 1
        };
        if needed > (length as u64).saturating_mul(8) {
            return Err(TOO_BIG);
        }
        let limbs = self.twos(core::cmp::max(self.mag.len(), length.div_ceil(4)));
        let mut out: Vec<u8> = (0..length)
            .map(|i| (limbs[i / 4] >> (8 * (i % 4))) as u8)
            .collect();
        if !little_endian {
            out.reverse();
        }
        Ok(out)
    }

    /// Python `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], little_endian: bool, signed: bool) -> Self {
        let n = bytes.len();
        let byte = |i: usize| {
            if little_endian {
                bytes[i]
            } else {
                bytes[n - 1 - i]
            }
        };
        let mut limbs = vec![0u32; n.div_ceil(4)];
        for i in 0..n {
            limbs[i / 4] |= (byte(i) as u32) << (8 * (i % 4));
        }
        let neg = signed && n > 0 && byte(n - 1) & 0x80 != 0;
        if neg {
            // Sign-extend the top limb, then take the two's complement.
            let used = n % 4;
            if used != 0 {
                let last = limbs.len() - 1;
                limbs[last] |= !0u32 << (8 * used);
            }
        }
        BigInt::from_twos(neg, limbs)
    }
}

/// Magnitudes up to this many limbs are formatted by repeated division by one chunk.
const DC_THRESHOLD: usize = 40;

/// Appends the digits of `x` (most significant first), left-padded with zeros to `pad`
/// digits when given, using repeated short division by `chunk == radix**per`.
pub(super) fn format_chunked(
    x: &[u32],
    radix: u32,
    chunk: u32,
    per: usize,
    pad: Option<usize>,
    out: &mut Vec<u8>,
) {
    let start = out.len();
    let mut m = x.to_vec();
    while !m.is_empty() {
        let mut r = mag::divrem_small_in_place(&mut m, chunk);
        if m.is_empty() {
            while r != 0 {
                out.push(DIGITS[(r % radix) as usize]);
                r /= radix;
            }
        } else {
            for _ in 0..per {
                out.push(DIGITS[(r % radix) as usize]);
                r /= radix;
            }
        }
    }
    if let Some(w) = pad {
        while out.len() - start < w {
            out.push(b'0');
        }
    }
    out[start..].reverse();
}

/// Divide-and-conquer formatting of `x < pows[k]**2` where `pows[k] == chunk**(2**k)`.
#[allow(clippy::too_many_arguments)]
fn format_dc(
    x: &[u32],
    k: usize,
    pows: &[Vec<u32>],
    radix: u32,
    chunk: u32,
    per: usize,
    pad: Option<usize>,
    out: &mut Vec<u8>,
) {
    if x.len() <= DC_THRESHOLD || k == 0 {
        format_chunked(x, radix, chunk, per, pad, out);
        return;
    }
    let width = per << k; // digits in the low half
    if pad.is_none() && mag::cmp(x, &pows[k]) == core::cmp::Ordering::Less {
        format_dc(x, k - 1, pows, radix, chunk, per, None, out);
        return;
    }
    let (q, r) = mag::divrem(x, &pows[k]);
    format_dc(
        &q,
        k - 1,
        pows,
        radix,
        chunk,
        per,
        pad.map(|w| w - width),
        out,
    );
    format_dc(&r, k - 1, pows, radix, chunk, per, Some(width), out);
}

/// Value of an ASCII digit character in `radix`.
fn digit_value(c: u8, radix: u32) -> Option<u32> {
    let d = match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => return None,
    };
    if d < radix {
        Some(d)
    } else {
        None
    }
}

/// Python `int(s, base)` for a string `s`: surrounding whitespace, one optional sign,
/// an optional `0x`/`0o`/`0b` prefix matching `base` (any of them when `base == 0`),
/// single underscores between digits (and after the prefix). With `base == 0` a decimal
/// literal may not have leading zeros unless it is all zeros (`int('010', 0)` is invalid).
///
/// `base` must be 0 or 2..=36. `None` means `ValueError` ("invalid literal for int() with
/// base N: '...'", formatted by the caller; also for an out-of-range base).
pub fn parse_int_literal(s: &str, base: u32) -> Option<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return None;
    }
    let s = s.trim_matches(char::is_whitespace);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let b = s.as_bytes();
    let mut base = base;
    let mut digits = s;
    let mut had_prefix = false;
    if b.len() >= 2 && b[0] == b'0' {
        let p = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if p != 0 && (base == 0 || base == p) {
            base = p;
            digits = &s[2..];
            had_prefix = true;
        }
    }
    let mut leading_zero_check = false;
    if base == 0 {
        base = 10;
        leading_zero_check = true;
    }
    // Validate underscores: one allowed right after a prefix, otherwise only between digits.
    let db = digits.as_bytes();
    let mut clean: Vec<u8> = Vec::with_capacity(db.len());
    let mut prev_underscore = !had_prefix; // a leading '_' is allowed only after a prefix
    for &c in db {
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else {
            digit_value(c, base)?;
            clean.push(c);
            prev_underscore = false;
        }
    }
    if clean.is_empty() || prev_underscore {
        return None;
    }
    if leading_zero_check && clean.len() > 1 && clean[0] == b'0' && clean.iter().any(|&c| c != b'0')
    {
        return None;
    }
    let text = core::str::from_utf8(&clean).ok()?;
    let v = BigInt::parse(text, base)?;
    Some(if neg { v.neg() } else { v })
}
