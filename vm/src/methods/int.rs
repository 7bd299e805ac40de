//! int and bool: arithmetic with a machine-word fast path and `BigInt` beyond it.

use alloc::string::String;

use crate::bigint::{BigInt, BigIntError};
use crate::bytecode::{BinaryOpKind, CompareKind, UnaryOpKind};
use crate::obj::Obj;
use crate::objects::{float, int as pyint, str as pystr};
use crate::qstr::Qstr;
use crate::types::{Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{classmethod, method};

pub static INT_SLOTS: Slots = Slots {
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

pub static BOOL_SLOTS: Slots = Slots {
    repr: Some(bool_repr),
    new: Some(bool_new),
    binop: Some(bool_binop),
    ..INT_SLOTS
};

method!(BIT_LENGTH, "bit_length", bit_length);
method!(TO_BYTES, "to_bytes", to_bytes);
classmethod!(FROM_BYTES, "from_bytes", from_bytes);
method!(CONJUGATE, "conjugate", conjugate);

pub static INT_METHODS: &[&crate::types::BuiltinFn] =
    &[&BIT_LENGTH, &TO_BYTES, &FROM_BYTES, &CONJUGATE];

fn repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    match pyint::to_i64(o) {
        Some(v) => {
            use core::fmt::Write;
            let _ = write!(out, "{}", v);
        }
        None => out.push_str(&pyint::to_bigint(o).to_str_radix(10)),
    }
    Ok(())
}

fn bool_repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(if o == Obj::TRUE { "True" } else { "False" });
    Ok(())
}

fn hash(_vm: &mut Vm, o: Obj) -> PyResult<i64> {
    Ok(match pyint::to_i64(o) {
        Some(-1) => -2,
        Some(v) if (-(1i64 << 61) + 1..(1i64 << 61) - 1).contains(&v) => v,
        _ => pyint::to_bigint(o).py_hash(),
    })
}

fn truth(_vm: &mut Vm, o: Obj) -> PyResult<bool> {
    Ok(match pyint::to_i64(o) {
        Some(v) => v != 0,
        None => true,
    })
}

fn getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    Ok(match vm.qstr_text(name) {
        "real" | "numerator" => Some(if matches!(o, Obj::TRUE | Obj::FALSE) {
            Obj::small_int((o == Obj::TRUE) as isize)
        } else {
            o
        }),
        "imag" => Some(Obj::small_int(0)),
        "denominator" => Some(Obj::small_int(1)),
        _ => None,
    })
}

/// The integer value of `o` if it is an int or bool.
fn int_operand(o: Obj) -> Option<Obj> {
    pyint::is_int(o).then_some(o)
}

pub fn bigint_error(vm: &mut Vm, e: BigIntError, what: &str) -> Obj {
    match e {
        BigIntError::DivByZero => vm.zero_division(what),
        BigIntError::Overflow(m) => vm.overflow_error(m),
        BigIntError::ValueError(m) => vm.value_error(m),
    }
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, _inplace: bool) -> PyResult<Option<Obj>> {
    let (Some(a), Some(b)) = (int_operand(a), int_operand(b)) else {
        // int with float: let float handle it (it accepts ints on either side).
        if (pyint::is_int(a) && float::is_float(b)) || (float::is_float(a) && pyint::is_int(b)) {
            return crate::methods::float::binop(vm, op, a, b, false);
        }
        return Ok(None);
    };
    int_binop(vm, op, a, b).map(Some)
}

fn bool_binop(
    vm: &mut Vm,
    op: BinaryOpKind,
    a: Obj,
    b: Obj,
    inplace: bool,
) -> PyResult<Option<Obj>> {
    let both_bool = matches!(a, Obj::TRUE | Obj::FALSE) && matches!(b, Obj::TRUE | Obj::FALSE);
    if both_bool {
        let (x, y) = (a == Obj::TRUE, b == Obj::TRUE);
        match op {
            BinaryOpKind::And => return Ok(Some(Obj::from_bool(x & y))),
            BinaryOpKind::Or => return Ok(Some(Obj::from_bool(x | y))),
            BinaryOpKind::Xor => return Ok(Some(Obj::from_bool(x ^ y))),
            _ => {}
        }
    }
    binop(vm, op, a, b, inplace)
}

/// Arithmetic on two ints (or bools).
pub fn int_binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj) -> PyResult {
    use BinaryOpKind::*;
    if let (Some(x), Some(y)) = (pyint::to_i64(a), pyint::to_i64(b)) {
        let r = match op {
            Add => x.checked_add(y),
            Sub => x.checked_sub(y),
            Mul => x.checked_mul(y),
            And => Some(x & y),
            Or => Some(x | y),
            Xor => Some(x ^ y),
            FloorDiv | Mod if y == 0 => {
                let msg = if op == FloorDiv {
                    "integer division or modulo by zero"
                } else {
                    "integer modulo by zero"
                };
                return Err(vm.zero_division(msg));
            }
            FloorDiv if !(x == i64::MIN && y == -1) => {
                let q = x / y;
                Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                })
            }
            Mod if !(x == i64::MIN && y == -1) => {
                let r = x % y;
                Some(if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                })
            }
            TrueDiv => {
                if y == 0 {
                    return Err(vm.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return vm.new_float(x as f64 / y as f64);
                }
                None
            }
            LShift if y < 0 => return Err(vm.value_error("negative shift count")),
            LShift if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) => Some(x << y),
            RShift if y < 0 => return Err(vm.value_error("negative shift count")),
            RShift => Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            Pow if y < 0 => {
                if x == 0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return vm.new_float(libm_pow(x as f64, y as f64));
            }
            Pow => pow_i64(x, y as u64),
            MatMul => {
                return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
            _ => None,
        };
        if let Some(r) = r {
            return vm.new_int(r);
        }
    }
    let (x, y) = (pyint::to_bigint(a), pyint::to_bigint(b));
    let r = match op {
        Add => x.add(&y),
        Sub => x.sub(&y),
        Mul => x.mul(&y),
        And => x.bitand(&y),
        Or => x.bitor(&y),
        Xor => x.bitxor(&y),
        FloorDiv => match x.divmod_floor(&y) {
            Some((q, _)) => q,
            None => return Err(vm.zero_division("integer division or modulo by zero")),
        },
        Mod => match x.divmod_floor(&y) {
            Some((_, r)) => r,
            None => return Err(vm.zero_division("integer modulo by zero")),
        },
        TrueDiv => {
            let f = x
                .div_to_f64(&y)
                .map_err(|e| bigint_error(vm, e, "division by zero"))?;
            return vm.new_float(f);
        }
        LShift | RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = match y.to_i64() {
                Some(n) => n as u64,
                None if op == RShift => return vm.new_int(if x.is_negative() { -1 } else { 0 }),
                None => return Err(vm.overflow_error("too many digits in integer")),
            };
            if op == LShift {
                if x.is_zero() {
                    return Ok(Obj::small_int(0));
                }
                if n > (1 << 32) {
                    return Err(vm.overflow_error("too many digits in integer"));
                }
                x.shl(n)
            } else {
                x.shr(n)
            }
        }
        Pow => {
            if y.is_negative() {
                let f = vm.to_f64(a)?;
                let g = vm.to_f64(b)?;
                if f == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return vm.new_float(libm_pow(f, g));
            }
            let e = match y.to_i64() {
                Some(e) => e as u64,
                None if x.is_zero() || x == BigInt::one() => return Ok(a),
                None => return Err(vm.new_exc(&crate::objects::exc::MEMORY_ERROR, "")),
            };
            if x.bit_length().saturating_mul(e) > (1 << 31) {
                return Err(vm.new_exc(&crate::objects::exc::MEMORY_ERROR, ""));
            }
            x.pow(e)
        }
        MatMul => return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    };
    vm.new_bigint(r)
}

fn pow_i64(mut base: i64, mut e: u64) -> Option<i64> {
    let mut acc: i64 = 1;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        e >>= 1;
        if e > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// `x ** y` for floats (no libm in core: exact for integral exponents, else exp/ln).
pub fn libm_pow(x: f64, y: f64) -> f64 {
    crate::methods::float::powf(x, y)
}

fn unary(vm: &mut Vm, op: UnaryOpKind, a: Obj) -> PyResult<Option<Obj>> {
    let r = match (op, pyint::to_i64(a)) {
        (UnaryOpKind::Neg, Some(v)) if v != i64::MIN => vm.new_int(-v)?,
        (UnaryOpKind::Pos, Some(v)) => vm.new_int(v)?,
        (UnaryOpKind::Invert, Some(v)) => vm.new_int(!v)?,
        (UnaryOpKind::Neg, _) => vm.new_bigint(pyint::to_bigint(a).neg())?,
        (UnaryOpKind::Pos, _) => vm.new_bigint(pyint::to_bigint(a))?,
        (UnaryOpKind::Invert, _) => vm.new_bigint(pyint::to_bigint(a).not())?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// Compares two ints, or an int with a float.
fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    use core::cmp::Ordering;
    let ord = if pyint::is_int(b) {
        match (pyint::to_i64(a), pyint::to_i64(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => pyint::to_bigint(a).cmp(&pyint::to_bigint(b)),
        }
    } else if float::is_float(b) {
        return crate::methods::float::compare(vm, swap(op), b, a);
    } else {
        return Ok(None);
    };
    Ok(Some(match op {
        CompareKind::Lt => ord == Ordering::Less,
        CompareKind::Le => ord != Ordering::Greater,
        CompareKind::Eq => ord == Ordering::Equal,
        CompareKind::Ne => ord != Ordering::Equal,
        CompareKind::Gt => ord == Ordering::Greater,
        CompareKind::Ge => ord != Ordering::Less,
        _ => return Ok(None),
    }))
}

fn swap(op: CompareKind) -> CompareKind {
    match op {
        CompareKind::Lt => CompareKind::Gt,
        CompareKind::Le => CompareKind::Ge,
        CompareKind::Gt => CompareKind::Lt,
        CompareKind::Ge => CompareKind::Le,
        o => o,
    }
}

/// `int(x)`, `int(s, base)`.
fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, [base_kw]) = crate::methods::kwargs(vm, "int", args, kwnames, ["base"])?;
    let v = match pos {
        [] => Obj::small_int(0),
        [x] if base_kw.is_null() => int_of(vm, *x)?,
        [x] | [x, _] => {
            let base = if pos.len() == 2 { pos[1] } else { base_kw };
            let base = vm.index_i64(base)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            parse_int(vm, *x, base as u32)?
        }
        _ => return Err(vm.type_error("int() takes at most 2 arguments")),
    };
    Ok(v)
}

/// `int(x)` with one argument.
pub fn int_of(vm: &mut Vm, x: Obj) -> PyResult {
    let n = crate::objects::instance::native_value(x);
    if pyint::is_int(n) {
        return match n {
            Obj::TRUE => Ok(Obj::small_int(1)),
            Obj::FALSE => Ok(Obj::small_int(0)),
            _ => Ok(n),
        };
    }
    if float::is_float(n) {
        let f = float::value(n);
        return match BigInt::from_f64(f) {
            Some(b) => vm.new_bigint(b),
            None if f.is_nan() => Err(vm.value_error("cannot convert float NaN to integer")),
            None => Err(vm.overflow_error("cannot convert float infinity to integer")),
        };
    }
    if pystr::as_str(vm, n).is_some() || crate::objects::bytes::buffer(n).is_some() {
        return parse_int(vm, n, 10);
    }
    let t = x.type_of();
    for name in [crate::qstr::q::__int__, crate::qstr::q::__index__] {
        if let Some(f) = vm.lookup_type_attr(t, name) {
            if t.is_class() {
                return vm.call(f, &[x], &[]);
            }
        }
    }
    let msg = alloc::format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t.name
    );
    Err(vm.type_error(&msg))
}

fn parse_int(vm: &mut Vm, x: Obj, base: u32) -> PyResult {
    let text: String = match pystr::as_str(vm, x) {
        Some(s) => String::from(s),
        None => match crate::objects::bytes::buffer(x) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        },
    };
    match crate::bigint::parse_int_literal(&text, base) {
        Some(b) => vm.new_bigint(b),
        None => {
            let mut r = String::new();
            if let Some(s) = pystr::as_str(vm, x) {
                crate::methods::str::repr_str(s, &mut r);
            } else {
                vm.repr_into(x, &mut r)?;
            }
            let msg = alloc::format!("invalid literal for int() with base {}: {}", base, r);
            Err(vm.value_error(&msg))
        }
    }
}

fn bool_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "bool", args, kwnames, 0, 1)?;
    match a {
        [] => Ok(Obj::FALSE),
        [x] => Ok(Obj::from_bool(vm.truth(*x)?)),
        _ => unreachable!(),
    }
}

fn bit_length(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "bit_length", args, kw, 1, 1)?;
    let n = pyint::to_bigint(a[0]).bit_length();
    vm.new_int(n as i64)
}

fn conjugate(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "conjugate", args, kw, 1, 1)?;
    int_of(vm, a[0])
}

fn byteorder(vm: &mut Vm, o: Obj) -> PyResult<bool> {
    match vm.str_arg(o)? {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [len_kw, order_kw, signed_kw]) =
        crate::methods::kwargs(vm, "to_bytes", args, kw, ["length", "byteorder", "signed"])?;
    let len = pos.get(1).copied().unwrap_or(if len_kw.is_null() {
        Obj::small_int(1)
    } else {
        len_kw
    });
    let order = pos.get(2).copied().unwrap_or(if order_kw.is_null() {
        Obj::qstr(crate::qstr::q::big)
    } else {
        order_kw
    });
    let len = vm.index_i64(len)?;
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, order)?;
    let signed = !signed_kw.is_null() && vm.truth(signed_kw)?;
    match pyint::to_bigint(pos[0]).to_bytes(len as usize, little, signed) {
        Ok(b) => vm.new_bytes(&b),
        Err(e) => Err(bigint_error(vm, e, "")),
    }
}

fn from_bytes(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [bytes_kw, order_kw, signed_kw]) =
        crate::methods::kwargs(vm, "from_bytes", args, kw, ["bytes", "byteorder", "signed"])?;
    let data = pos.get(1).copied().unwrap_or(bytes_kw);
    let order = pos.get(2).copied().unwrap_or(if order_kw.is_null() {
        Obj::qstr(crate::qstr::q::big)
    } else {
        order_kw
    });
    let little = byteorder(vm, order)?;
    let signed = !signed_kw.is_null() && vm.truth(signed_kw)?;
    let bytes: alloc::vec::Vec<u8> = match crate::objects::bytes::buffer(data) {
        Some(b) => b.to_vec(),
        None => {
            let l = vm.iterate_to_list(data)?;
            let mut v = alloc::vec::Vec::new();
            for &x in crate::objects::list::items(l).iter() {
                v.push(vm.index_i64(x)? as u8);
            }
            v
        }
    };
    vm.new_bigint(BigInt::from_bytes(&bytes, little, signed))
}

/// Builds a `bool` from Rust (shared helper).
pub fn py_bool(b: bool) -> Obj {
    Obj::from_bool(b)
}
