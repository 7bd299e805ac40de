//! Arbitrary-precision integers with exact Python semantics.
//!
//! [`BigInt`] is a sign plus a little-endian magnitude of `u32` limbs with no trailing zero
//! limbs (zero is the empty magnitude and is never negative). It is a pure value type,
//! independent of the VM heap: the runtime converts to and from it at operation boundaries
//! (see [`BigInt::from_parts`] and [`BigInt::limbs`]).
//!
//! Semantics follow CPython 3.11:
//! * division and modulo floor (the remainder takes the divisor's sign),
//! * right shifts of negatives floor, bitwise operators act on infinite two's complement,
//! * [`BigInt::py_hash`] equals CPython's `hash(int)` on 64-bit builds,
//! * float conversions and true division round correctly (half to even).
//!
//! Errors are reported through [`BigIntError`], whose variants map onto Python exceptions.
//!
//! Algorithms: schoolbook and Karatsuba multiplication (with dedicated squaring), Knuth's
//! algorithm D for division, chunked radix conversion (nine decimal digits per limb
//! division) so formatting and parsing are never quadratic in string building.

mod convert;
mod mag;
#[cfg(test)]
mod tests;

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;
use core::ops;

pub use convert::parse_int_literal;

/// An error from a big-integer operation, each variant mapping to one Python exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BigIntError {
    /// `ZeroDivisionError`; the message depends on the operator and is the caller's:
    /// "division by zero" (`/`), "integer division or modulo by zero" (`//`, `divmod`),
    /// "integer modulo by zero" (`%`).
    DivByZero,
    /// `OverflowError` with the given message.
    Overflow(&'static str),
    /// `ValueError` with the given message.
    ValueError(&'static str),
}

impl fmt::Display for BigIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BigIntError::DivByZero => f.write_str("ZeroDivisionError: division by zero"),
            BigIntError::Overflow(m) => write!(f, "OverflowError: {m}"),
            BigIntError::ValueError(m) => write!(f, "ValueError: {m}"),
        }
    }
}

/// An arbitrary-precision signed integer.
///
/// `Hash` is derived (the representation is canonical) for use as a Rust map key; Python's
/// hash is [`BigInt::py_hash`].
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    /// Little-endian limbs, no trailing zeros; empty for zero.
    mag: Vec<u32>,
}

/// Mersenne prime modulus of CPython's numeric hash (64-bit builds).
const HASH_MODULUS: u64 = (1 << 61) - 1;

impl BigInt {
    // ----- construction and access -------------------------------------------------------

    /// Builds from a sign and magnitude, normalizing (trims zeros, zero is non-negative).
    fn from_mag(neg: bool, mut mag: Vec<u32>) -> Self {
        mag::trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    /// Zero.
    pub fn zero() -> Self {
        BigInt::default()
    }

    /// One.
    pub fn one() -> Self {
        BigInt {
            neg: false,
            mag: vec![1],
        }
    }

    /// Converts an `i64`.
    pub fn from_i64(v: i64) -> Self {
        let mut r = BigInt::from_u64(v.unsigned_abs());
        r.neg = v < 0;
        r
    }

    /// Converts a `u64`.
    pub fn from_u64(v: u64) -> Self {
        BigInt::from_mag(false, vec![v as u32, (v >> 32) as u32])
    }

    /// Converts an `i128`.
    pub fn from_i128(v: i128) -> Self {
        let mut r = BigInt::from_u128(v.unsigned_abs());
        r.neg = v < 0;
        r
    }

    /// Converts a `u128`.
    pub fn from_u128(v: u128) -> Self {
        BigInt::from_mag(
            false,
            vec![
                v as u32,
                (v >> 32) as u32,
                (v >> 64) as u32,
                (v >> 96) as u32,
            ],
        )
    }

    /// Builds from a sign and little-endian limbs (trailing zero limbs are allowed and
    /// dropped; a zero magnitude is never negative).
    pub fn from_parts(neg: bool, limbs: &[u32]) -> Self {
        BigInt::from_mag(neg, limbs.to_vec())
    }

    /// Splits into sign and limbs without copying.
    pub fn into_parts(self) -> (bool, Vec<u32>) {
        (self.neg, self.mag)
    }

    /// True for values below zero.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// True for values above zero.
    pub fn is_positive(&self) -> bool {
        !self.neg && !self.mag.is_empty()
    }

    /// The little-endian magnitude limbs (no trailing zeros; empty for zero).
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// True for odd values.
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|&l| l & 1 == 1)
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// Converts to `i64` if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        let m = self.to_u64_mag()?;
        if self.neg {
            if m <= 1u64 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    /// Converts to `u64` if non-negative and it fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            None
        } else {
            self.to_u64_mag()
        }
    }

    /// Converts to `i128` if it fits.
    pub fn to_i128(&self) -> Option<i128> {
        if self.mag.len() > 4 {
            return None;
        }
        let mut m: u128 = 0;
        for (i, &l) in self.mag.iter().enumerate() {
            m |= (l as u128) << (32 * i);
        }
        if self.neg {
            if m <= 1u128 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    fn to_u64_mag(&self) -> Option<u64> {
        match self.mag.len() {
            0 => Some(0),
            1 => Some(self.mag[0] as u64),
            2 => Some(self.mag[0] as u64 | (self.mag[1] as u64) << 32),
            _ => None,
        }
    }

    /// Number of bits of the absolute value (Python's `int.bit_length()`).
    pub fn bit_length(&self) -> u64 {
        mag::bit_length(&self.mag)
    }

    /// Number of trailing zero bits of the absolute value (`None` for zero).
    pub fn trailing_zeros(&self) -> Option<u64> {
        let i = self.mag.iter().position(|&l| l != 0)?;
        Some(i as u64 * 32 + self.mag[i].trailing_zeros() as u64)
    }

    // ----- sign --------------------------------------------------------------------------

    /// `-self`.
    pub fn neg(&self) -> Self {
        BigInt::from_mag(!self.neg, self.mag.clone())
    }

    /// `abs(self)`.
    pub fn abs(&self) -> Self {
        BigInt {
            neg: false,
            mag: self.mag.clone(),
        }
    }

    // ----- additive ----------------------------------------------------------------------

    fn add_signed(&self, other: &Self, other_neg: bool) -> Self {
        if self.neg == other_neg {
            return BigInt::from_mag(self.neg, mag::add(&self.mag, &other.mag));
        }
        match mag::cmp(&self.mag, &other.mag) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_mag(self.neg, mag::sub(&self.mag, &other.mag)),
            Ordering::Less => BigInt::from_mag(other_neg, mag::sub(&other.mag, &self.mag)),
        }
    }

    /// `self + other`.
    pub fn add(&self, other: &Self) -> Self {
        self.add_signed(other, other.neg)
    }

    /// `self - other`.
    pub fn sub(&self, other: &Self) -> Self {
        self.add_signed(other, !other.neg && !other.is_zero())
    }

    /// `self + v` for a small signed value.
    pub fn add_small(&self, v: i64) -> Self {
        self.add(&BigInt::from_i64(v))
    }

    // ----- multiplicative ----------------------------------------------------------------

    /// `self * other` (Karatsuba for large operands).
    pub fn mul(&self, other: &Self) -> Self {
        let m = if core::ptr::eq(self, other) {
            mag::sqr(&self.mag)
        } else {
            mag::mul(&self.mag, &other.mag)
        };
        BigInt::from_mag(self.neg != other.neg, m)
    }

    /// `self * self`.
    pub fn square(&self) -> Self {
        BigInt::from_mag(false, mag::sqr(&self.mag))
    }

    /// `self * m` for a small unsigned factor.
    pub fn mul_small(&self, m: u32) -> Self {
        BigInt::from_mag(self.neg, mag::mul_small(&self.mag, m))
    }

    /// Truncating division of the magnitude by a small non-zero divisor: returns
    /// `(|self| / d, |self| % d)` with the quotient carrying `self`'s sign. Used by
    /// formatting; `None` when `d == 0`.
    pub fn divmod_small(&self, d: u32) -> Option<(Self, u32)> {
        if d == 0 {
            return None;
        }
        let mut q = self.mag.clone();
        let r = mag::divrem_small_in_place(&mut q, d);
        Some((BigInt::from_mag(self.neg, q), r))
    }

    /// Python `self % d` for a small positive divisor, without building a quotient.
    /// `None` when `d == 0`.
    pub fn modulo_small(&self, d: u32) -> Option<u32> {
        if d == 0 {
            return None;
        }
        let r = mag::rem_small(&self.mag, d);
        Some(if self.neg && r != 0 { d - r } else { r })
    }

    /// Truncating division (`C` semantics): quotient rounds toward zero, remainder has the
    /// dividend's sign. `None` on division by zero.
    pub fn divrem_trunc(&self, other: &Self) -> Option<(Self, Self)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = mag::divrem(&self.mag, &other.mag);
        Some((
            BigInt::from_mag(self.neg != other.neg, q),
            BigInt::from_mag(self.neg, r),
        ))
    }

    /// Python `divmod(self, other)`: floor quotient, remainder with the divisor's sign.
    /// `None` on division by zero (`ZeroDivisionError`).
    pub fn divmod_floor(&self, other: &Self) -> Option<(Self, Self)> {
        let (q, r) = self.divrem_trunc(other)?;
        if !r.is_zero() && r.neg != other.neg {
            Some((q.sub(&BigInt::one()), r.add(other)))
        } else {
            Some((q, r))
        }
    }

    /// Python `self // other`; `None` on division by zero.
    pub fn floor_div(&self, other: &Self) -> Option<Self> {
        self.divmod_floor(other).map(|(q, _)| q)
    }

    /// Python `self % other`; `None` on division by zero.
    pub fn modulo(&self, other: &Self) -> Option<Self> {
        if other.is_zero() {
            return None;
        }
        let (_, r) = mag::divrem(&self.mag, &other.mag);
        let r = BigInt::from_mag(self.neg, r);
        if !r.is_zero() && r.neg != other.neg {
            Some(r.add(other))
        } else {
            Some(r)
        }
    }

    /// `self ** exp` by square-and-multiply (powers of two become shifts).
    pub fn pow(&self, exp: u64) -> Self {
        if exp == 0 {
            return BigInt::one();
        }
        if self.is_zero() {
            return BigInt::zero();
        }
        let neg = self.neg && exp & 1 == 1;
        // |self| == 2**k: a single shift.
        if self.mag.iter().map(|l| l.count_ones()).sum::<u32>() == 1 {
            let k = self.bit_length() - 1;
            if let Some(bits) = k.checked_mul(exp) {
                let r = BigInt::one().shl(bits);
                return if neg { r.neg() } else { r };
            }
        }
        let mut result: Vec<u32> = vec![1];
        let mut base = self.mag.clone();
        let mut e = exp;
        loop {
            if e & 1 == 1 {
                result = mag::mul(&result, &base);
            }
            e >>= 1;
            if e == 0 {
                break;
            }
            base = mag::sqr(&base);
        }
        BigInt::from_mag(neg, result)
    }

    /// Python `pow(self, exp, modulus)`.
    ///
    /// Errors: `ValueError("pow() 3rd argument cannot be 0")` for a zero modulus and
    /// `ValueError("base is not invertible for the given modulus")` for a negative exponent
    /// when the base has no inverse. The result has the modulus's sign (like `%`).
    pub fn pow_mod(&self, exp: &Self, modulus: &Self) -> Result<Self, BigIntError> {
        if modulus.is_zero() {
            return Err(BigIntError::ValueError("pow() 3rd argument cannot be 0"));
        }
        let m = modulus.abs();
        let mut base = self.modulo(&m).expect("non-zero modulus");
        if exp.neg {
            base = base.mod_inverse(&m).ok_or(BigIntError::ValueError(
                "base is not invertible for the given modulus",
            ))?;
        }
        let mut result = BigInt::one().modulo(&m).expect("non-zero modulus");
        let bits = exp.bit_length();
        for i in (0..bits).rev() {
            result = result.square().modulo(&m).expect("non-zero modulus");
            if exp.bit(i) {
                result = result.mul(&base).modulo(&m).expect("non-zero modulus");
            }
        }
        if modulus.neg && !result.is_zero() {
            result = result.sub(&m);
        }
        Ok(result)
    }

    /// Bit `i` of the magnitude.
    fn bit(&self, i: u64) -> bool {
        let limb = (i / 32) as usize;
        limb < self.mag.len() && (self.mag[limb] >> (i % 32)) & 1 == 1
    }

    /// Inverse of `self` modulo `m` (`m > 0`, `0 <= self < m`), if it exists.
    fn mod_inverse(&self, m: &Self) -> Option<Self> {
        // Extended Euclid tracking only the coefficient of `self`.
        let (mut r0, mut r1) = (m.clone(), self.clone());
        let (mut t0, mut t1) = (BigInt::zero(), BigInt::one());
        while !r1.is_zero() {
            let (q, r) = r0.divmod_floor(&r1)?;
            r0 = core::mem::replace(&mut r1, r);
            let t = t0.sub(&q.mul(&t1));
            t0 = core::mem::replace(&mut t1, t);
        }
        if r0 != BigInt::one() {
            return None;
        }
        t0.modulo(m)
    }

    /// Greatest common divisor (always non-negative).
    pub fn gcd(&self, other: &Self) -> Self {
        let (mut a, mut b) = (self.abs(), other.abs());
        while !b.is_zero() {
            let (_, r) = mag::divrem(&a.mag, &b.mag);
            a = core::mem::replace(&mut b, BigInt::from_mag(false, r));
        }
        a
    }

    // ----- shifts ------------------------------------------------------------------------

    /// `self << bits`.
    ///
    /// Panics with a capacity overflow for absurd shift counts; callers should reject counts
    /// whose result cannot fit in memory (`OverflowError`/`MemoryError`) beforehand.
    pub fn shl(&self, bits: u64) -> Self {
        if self.is_zero() {
            return BigInt::zero();
        }
        let bits = usize::try_from(bits).expect("shift count too large");
        BigInt::from_mag(self.neg, mag::shl(&self.mag, bits))
    }

    /// `self >> bits`, flooring (arithmetic shift for negatives, so `-1 >> n == -1`).
    pub fn shr(&self, bits: u64) -> Self {
        let bl = self.bit_length();
        if bits >= bl {
            return if self.neg {
                BigInt::from_i64(-1)
            } else {
                BigInt::zero()
            };
        }
        let bits = bits as usize; // < bit_length, which fits in memory
        let mut m = mag::shr(&self.mag, bits);
        if self.neg && mag::low_bits_nonzero(&self.mag, bits) {
            m = mag::add(&m, &[1]);
        }
        BigInt::from_mag(self.neg, m)
    }

    // ----- bitwise (infinite two's complement) -------------------------------------------

    /// Two's complement limbs of `self`, sign-extended to `len` limbs.
    fn twos(&self, len: usize) -> Vec<u32> {
        let mut out = self.mag.clone();
        out.resize(len, 0);
        if self.neg {
            let mut carry = true;
            for l in out.iter_mut() {
                let (v, c) = (!*l).overflowing_add(carry as u32);
                *l = v;
                carry = c;
            }
        }
        out
    }

    /// Inverse of [`BigInt::twos`]: `neg` is the (infinite) sign bit.
    fn from_twos(neg: bool, mut limbs: Vec<u32>) -> Self {
        if neg {
            let mut carry = true;
            for l in limbs.iter_mut() {
                let (v, c) = (!*l).overflowing_add(carry as u32);
                *l = v;
                carry = c;
            }
            if carry {
                limbs.push(1);
            }
        }
        BigInt::from_mag(neg, limbs)
    }

    fn bitop(
        &self,
        other: &Self,
        f: impl Fn(u32, u32) -> u32,
        fs: impl Fn(bool, bool) -> bool,
    ) -> Self {
        let len = core::cmp::max(self.mag.len(), other.mag.len()) + 1;
        let a = self.twos(len);
        let b = other.twos(len);
        let r: Vec<u32> = a.iter().zip(b.iter()).map(|(&x, &y)| f(x, y)).collect();
        BigInt::from_twos(fs(self.neg, other.neg), r)
    }

    /// `self & other`.
    pub fn bitand(&self, other: &Self) -> Self {
        if !self.neg && !other.neg {
            let n = core::cmp::min(self.mag.len(), other.mag.len());
            let r = (0..n).map(|i| self.mag[i] & other.mag[i]).collect();
            return BigInt::from_mag(false, r);
        }
        self.bitop(other, |x, y| x & y, |x, y| x & y)
    }

    /// `self | other`.
    pub fn bitor(&self, other: &Self) -> Self {
        self.bitop(other, |x, y| x | y, |x, y| x | y)
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &Self) -> Self {
        self.bitop(other, |x, y| x ^ y, |x, y| x ^ y)
    }

    /// `~self` (`-self - 1`).
    pub fn not(&self) -> Self {
        self.neg().sub(&BigInt::one())
    }

    // ----- hashing -----------------------------------------------------------------------

    /// CPython's `hash(int)` (64-bit build): `sign * (|x| mod (2**61 - 1))`, with -1 mapped
    /// to -2.
    pub fn py_hash(&self) -> i64 {
        let mut acc: u64 = 0;
        for &limb in self.mag.iter().rev() {
            // acc * 2**32 mod P is a 61-bit rotation left by 32.
            acc = ((acc << 32) & HASH_MODULUS) | (acc >> 29);
            acc += limb as u64;
            if acc >= HASH_MODULUS {
                acc -= HASH_MODULUS;
            }
        }
        let h = if self.neg { -(acc as i64) } else { acc as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

// ----- comparison ------------------------------------------------------------------------

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag::cmp(&self.mag, &other.mag),
            (true, true) => mag::cmp(&other.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

// ----- conversions -----------------------------------------------------------------------

macro_rules! from_prim {
    ($($t:ty => $f:ident),*) => {$(
        impl From<$t> for BigInt {
            fn from(v: $t) -> Self {
                BigInt::$f(v.into())
            }
        }
    )*};
}
from_prim!(i8 => from_i64, i16 => from_i64, i32 => from_i64, i64 => from_i64,
    u8 => from_u64, u16 => from_u64, u32 => from_u64, u64 => from_u64,
    i128 => from_i128, u128 => from_u128);

impl core::str::FromStr for BigInt {
    type Err = BigIntError;

    /// Parses like Python's `int(s)` (base 10, sign, whitespace, underscores).
    fn from_str(s: &str) -> Result<Self, BigIntError> {
        parse_int_literal(s, 10).ok_or(BigIntError::ValueError(
            "invalid literal for int() with base 10",
        ))
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}

// ----- operator impls --------------------------------------------------------------------

macro_rules! binop {
    ($trait:ident, $method:ident, $imp:expr) => {
        impl ops::$trait<&BigInt> for &BigInt {
            type Output = BigInt;
            fn $method(self, rhs: &BigInt) -> BigInt {
                $imp(self, rhs)
            }
        }
        impl ops::$trait<BigInt> for BigInt {
            type Output = BigInt;
            fn $method(self, rhs: BigInt) -> BigInt {
                $imp(&self, &rhs)
            }
        }
        impl ops::$trait<&BigInt> for BigInt {
            type Output = BigInt;
            fn $method(self, rhs: &BigInt) -> BigInt {
                $imp(&self, rhs)
            }
        }
        impl ops::$trait<BigInt> for &BigInt {
            type Output = BigInt;
            fn $method(self, rhs: BigInt) -> BigInt {
                $imp(self, &rhs)
            }
        }
    };
}

binop!(Add, add, BigInt::add);
binop!(Sub, sub, BigInt::sub);
binop!(Mul, mul, BigInt::mul);
binop!(BitAnd, bitand, BigInt::bitand);
binop!(BitOr, bitor, BigInt::bitor);
binop!(BitXor, bitxor, BigInt::bitxor);
// `/` and `%` floor like Python's `//` and `%`; they panic on division by zero.
binop!(Div, div, |a: &BigInt, b: &BigInt| a
    .floor_div(b)
    .expect("division by zero"));
binop!(Rem, rem, |a: &BigInt, b: &BigInt| a
    .modulo(b)
    .expect("division by zero"));

impl ops::Neg for BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::from_mag(!self.neg, self.mag)
    }
}

impl ops::Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::neg(self)
    }
}

impl ops::Not for BigInt {
    type Output = BigInt;
    fn not(self) -> BigInt {
        BigInt::not(&self)
    }
}

impl ops::Not for &BigInt {
    type Output = BigInt;
    fn not(self) -> BigInt {
        BigInt::not(self)
    }
}

impl ops::Shl<u64> for &BigInt {
    type Output = BigInt;
    fn shl(self, bits: u64) -> BigInt {
        BigInt::shl(self, bits)
    }
}

impl ops::Shl<u64> for BigInt {
    type Output = BigInt;
    fn shl(self, bits: u64) -> BigInt {
        BigInt::shl(&self, bits)
    }
}

impl ops::Shr<u64> for &BigInt {
    type Output = BigInt;
    fn shr(self, bits: u64) -> BigInt {
        BigInt::shr(self, bits)
    }
}

impl ops::Shr<u64> for BigInt {
    type Output = BigInt;
    fn shr(self, bits: u64) -> BigInt {
        BigInt::shr(&self, bits)
    }
}

macro_rules! assign_op {
    ($trait:ident, $method:ident, $op:tt) => {
        impl ops::$trait<&BigInt> for BigInt {
            fn $method(&mut self, rhs: &BigInt) {
                *self = &*self $op rhs;
            }
        }
        impl ops::$trait<BigInt> for BigInt {
            fn $method(&mut self, rhs: BigInt) {
                *self = &*self $op &rhs;
            }
        }
    };
}

assign_op!(AddAssign, add_assign, +);
assign_op!(SubAssign, sub_assign, -);
assign_op!(MulAssign, mul_assign, *);
assign_op!(DivAssign, div_assign, /);
assign_op!(RemAssign, rem_assign, %);
