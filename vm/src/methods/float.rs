//! float: IEEE doubles with Python's rounding, division and repr rules.

use alloc::string::String;

use crate::bigint::BigInt;
use crate::bytecode::{BinaryOpKind, CompareKind, UnaryOpKind};
use crate::obj::Obj;
use crate::objects::{float, int as pyint, str as pystr};
use crate::qstr::Qstr;
use crate::types::{Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{classmethod, method};

pub static FLOAT_SLOTS: Slots = Slots {
    repr: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(binop),
    unary: Some(unary),
    new: Some(new),
    truth: Some(truth),
    getattr: Some(getattr),
    ..Slots::NONE
};

method!(IS_INTEGER, "is_integer", is_integer);
method!(AS_INTEGER_RATIO, "as_integer_ratio", as_integer_ratio);
method!(HEX, "hex", hex);
classmethod!(FROMHEX, "fromhex", fromhex);
method!(CONJUGATE, "conjugate", conjugate);

pub static FLOAT_METHODS: &[&crate::types::BuiltinFn] =
    &[&IS_INTEGER, &AS_INTEGER_RATIO, &HEX, &FROMHEX, &CONJUGATE];

/// `x ** y` with Python's special cases left to the caller.
pub fn powf(x: f64, y: f64) -> f64 {
    crate::modules::math::m::pow(x, y)
}

fn repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(&crate::format::float_repr(float::value(o)));
    Ok(())
}

/// CPython's float hash: integral values hash like ints.
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f == libm::trunc(f) {
        if let Some(b) = BigInt::from_f64(f) {
            return match b.to_i64() {
                Some(-1) => -2,
                Some(v) if (-(1i64 << 61) + 1..(1i64 << 61) - 1).contains(&v) => v,
                _ => b.py_hash(),
            };
        }
    }
    let bits = f.to_bits();
    ((bits ^ (bits >> 29)) & 0x1fff_ffff_ffff_ffff) as i64
}

fn hash(_vm: &mut Vm, o: Obj) -> PyResult<i64> {
    Ok(hash_f64(float::value(o)))
}

fn truth(_vm: &mut Vm, o: Obj) -> PyResult<bool> {
    Ok(float::value(o) != 0.0)
}

fn getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    Ok(match vm.qstr_text(name) {
        "real" => Some(o),
        "imag" => Some(vm.new_float(0.0)?),
        _ => None,
    })
}

/// The value of a float or int operand as f64 (None for other types).
/// `a op b` for two floats or a float and a small int, when no error can occur: the fast
/// path of the interpreter and of native code (None: take the general one).
#[inline]
pub fn quick_binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj) -> Option<PyResult> {
    if !float::is_float(a) && !float::is_float(b) {
        return None;
    }
    let (x, y) = (quick_operand(a)?, quick_operand(b)?);
    let r = match op {
        BinaryOpKind::Add => x + y,
        BinaryOpKind::Sub => x - y,
        BinaryOpKind::Mul => x * y,
        BinaryOpKind::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    };
    Some(vm.new_float(r))
}

/// `a op b` for two floats or a float and a small int: the comparison fast path (None: take
/// the general one).
#[inline]
pub fn quick_compare(op: CompareKind, a: Obj, b: Obj) -> Option<bool> {
    if !float::is_float(a) && !float::is_float(b) {
        return None;
    }
    let (x, y) = (quick_operand(a)?, quick_operand(b)?);
    Some(match op {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Eq => x == y,
        CompareKind::Ne => x != y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
        _ => return None,
    })
}

/// A float's value, or a small int's exactly converted (ints beyond 2**53 are rounded, as
/// CPython's float(int) does; comparisons with those take the general, exact path).
#[inline]
fn quick_operand(o: Obj) -> Option<f64> {
    if float::is_float(o) {
        Some(float::value(o))
    } else {
        o.as_small_int()
            .filter(|&i| (i as i64).unsigned_abs() <= 1 << 53)
            .map(|i| i as f64)
    }
}

fn operand(vm: &mut Vm, o: Obj) -> PyResult<Option<f64>> {
    if float::is_float(o) {
        return Ok(Some(float::value(o)));
    }
    if pyint::is_int(o) {
        return vm.to_f64(o).map(Some);
    }
    Ok(None)
}

/// Python's float modulo: the result has the divisor's sign.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = libm::fmod(x, y);
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        libm::copysign(0.0, y)
    }
}

/// Python's float floor division.
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = libm::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, x / y)
    }
}

pub fn binop(
    vm: &mut Vm,
    op: BinaryOpKind,
    a: Obj,
    b: Obj,
    _inplace: bool,
) -> PyResult<Option<Obj>> {
    use BinaryOpKind::*;
    if !matches!(op, Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(None);
    };
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y != libm::trunc(y) && y.is_finite() {
                return Err(vm.value_error("math domain error"));
            }
            let r = powf(x, y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    };
    vm.new_float(r).map(Some)
}

fn unary(vm: &mut Vm, op: UnaryOpKind, a: Obj) -> PyResult<Option<Obj>> {
    let x = float::value(a);
    let r = match op {
        UnaryOpKind::Neg => -x,
        UnaryOpKind::Pos => x,
        _ => return Ok(None),
    };
    vm.new_float(r).map(Some)
}

/// Compares a float with a float or an int (exactly, as CPython does for big ints).
pub fn compare(_vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    use core::cmp::Ordering;
    let x = float::value(a);
    let ord = if float::is_float(b) {
        x.partial_cmp(&float::value(b))
    } else if pyint::is_int(b) {
        if x.is_nan() {
            None
        } else if x.is_infinite() {
            Some(if x > 0.0 {
                Ordering::Greater
            } else {
                Ordering::Less
            })
        } else {
            match pyint::to_i64(b) {
                Some(v) if v.unsigned_abs() < (1 << 53) => x.partial_cmp(&(v as f64)),
                _ => {
                    let fl = libm::floor(x);
                    let bi = BigInt::from_f64(fl).unwrap_or_default();
                    match bi.cmp(&pyint::to_bigint(b)) {
                        Ordering::Equal if x > fl => Some(Ordering::Greater),
                        o => Some(o),
                    }
                }
            }
        }
    } else {
        return Ok(None);
    };
    Ok(Some(match (op, ord) {
        (CompareKind::Ne, None) => true,
        (_, None) => false,
        (CompareKind::Lt, Some(o)) => o == Ordering::Less,
        (CompareKind::Le, Some(o)) => o != Ordering::Greater,
        (CompareKind::Eq, Some(o)) => o == Ordering::Equal,
        (CompareKind::Ne, Some(o)) => o != Ordering::Equal,
        (CompareKind::Gt, Some(o)) => o == Ordering::Greater,
        (CompareKind::Ge, Some(o)) => o != Ordering::Less,
        _ => return Ok(None),
    }))
}

/// Parses a float literal as `float()` accepts it.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    if !cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|v| sign * v)
}

fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "float", args, kwnames, 0, 1)?;
    let Some(&x) = a.first() else {
        return vm.new_float(0.0);
    };
    let n = crate::objects::instance::native_value(x);
    if float::is_float(n) {
        return vm.new_float(float::value(n));
    }
    if let Some(s) = pystr::as_str(vm, n) {
        return match parse_float(s) {
            Some(v) => vm.new_float(v),
            None => {
                let mut r = String::new();
                crate::methods::str::repr_str(s, &mut r);
                let msg = alloc::format!("could not convert string to float: {}", r);
                Err(vm.value_error(&msg))
            }
        };
    }
    let v = vm.to_f64(x)?;
    vm.new_float(v)
}

fn is_integer(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "is_integer", args, kw, 1, 1)?;
    let x = float::value(a[0]);
    Ok(Obj::from_bool(x.is_finite() && x == libm::trunc(x)))
}

fn conjugate(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "conjugate", args, kw, 1, 1)?;
    Ok(a[0])
}

fn as_integer_ratio(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "as_integer_ratio", args, kw, 1, 1)?;
    let x = float::value(a[0]);
    if !x.is_finite() {
        return Err(if x.is_nan() {
            vm.value_error("cannot convert NaN to integer ratio")
        } else {
            vm.overflow_error("cannot convert Infinity to integer ratio")
        });
    }
    let (mut m, mut e) = libm::frexp(x);
    while m != libm::floor(m) {
        m *= 2.0;
        e -= 1;
    }
    let mut num = BigInt::from_f64(m).unwrap_or_default();
    let mut den = BigInt::one();
    if e > 0 {
        num = num.shl(e as u64);
    } else {
        den = den.shl((-e) as u64);
    }
    let n = vm.new_bigint(num)?;
    let d = vm.new_bigint(den)?;
    vm.new_tuple(&[n, d])
}

fn hex(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "hex", args, kw, 1, 1)?;
    let x = float::value(a[0]);
    if !x.is_finite() || x == 0.0 {
        let s = if x.is_nan() {
            String::from("nan")
        } else if x.is_infinite() {
            String::from(if x > 0.0 { "inf" } else { "-inf" })
        } else {
            String::from(if x.is_sign_negative() {
                "-0x0.0p+0"
            } else {
                "0x0.0p+0"
            })
        };
        return vm.new_str(&s);
    }
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let mut digits = alloc::format!("{:013x}", mant);
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let s = alloc::format!(
        "{}0x{}.{}p{}{}",
        if neg { "-" } else { "" },
        lead,
        digits,
        if e >= 0 { "+" } else { "" },
        e
    );
    vm.new_str(&s)
}

fn fromhex(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "fromhex", args, kw, 2, 2)?;
    let s = vm.str_arg(a[1])?.trim().to_ascii_lowercase();
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i32>().ok()),
        None => (body, Some(0)),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let mut v = 0.0f64;
    let mut ok = exp.is_some() && !(ip.is_empty() && fp.is_empty());
    for c in ip.chars() {
        match c.to_digit(16) {
            Some(d) => v = v * 16.0 + d as f64,
            None => ok = false,
        }
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        match c.to_digit(16) {
            Some(d) => {
                v += d as f64 * scale;
                scale /= 16.0;
            }
            None => ok = false,
        }
    }
    if !ok {
        return Err(vm.value_error("invalid hexadecimal floating-point string"));
    }
    let r = libm::ldexp(v, exp.unwrap_or(0));
    vm.new_float(if neg { -r } else { r })
}
