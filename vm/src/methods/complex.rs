//! complex: arithmetic, comparison for equality, repr as CPython prints it.

use alloc::string::String;

use crate::bytecode::{BinaryOpKind, CompareKind, UnaryOpKind};
use crate::format::float_repr;
use crate::modules::math::m;
use crate::obj::Obj;
use crate::objects::complex::value;
use crate::objects::{float, int as pyint, str as pystr};
use crate::qstr::Qstr;
use crate::types::{BuiltinFn, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

pub static COMPLEX_SLOTS: Slots = Slots {
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

crate::method!(CONJUGATE, "conjugate", conjugate);
pub static COMPLEX_METHODS: &[&BuiltinFn] = &[&CONJUGATE];

/// A part as CPython's complex repr writes it: like a float repr without a trailing `.0`.
fn part(x: f64) -> String {
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => String::from(t),
        None => s,
    }
}

fn repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let (re, im) = value(o).unwrap_or_default();
    if re == 0.0 && re.is_sign_positive() {
        out.push_str(&part(im));
        out.push('j');
        return Ok(());
    }
    out.push('(');
    out.push_str(&part(re));
    if !im.is_sign_negative() || im.is_nan() {
        out.push('+');
    }
    out.push_str(&part(im));
    out.push_str("j)");
    Ok(())
}

fn hash(_vm: &mut Vm, o: Obj) -> PyResult<i64> {
    let (re, im) = value(o).unwrap_or_default();
    let h = crate::methods::float::hash_f64(re)
        .wrapping_add(crate::methods::float::hash_f64(im).wrapping_mul(1_000_003));
    Ok(if h == -1 { -2 } else { h })
}

fn truth(_vm: &mut Vm, o: Obj) -> PyResult<bool> {
    let (re, im) = value(o).unwrap_or_default();
    Ok(re != 0.0 || im != 0.0)
}

fn getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let (re, im) = value(o).unwrap_or_default();
    Ok(match vm.qstr_text(name) {
        "real" => Some(vm.new_float(re)?),
        "imag" => Some(vm.new_float(im)?),
        _ => None,
    })
}

/// Any number as a complex pair.
fn operand(vm: &mut Vm, o: Obj) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = value(o) {
        return Ok(Some(c));
    }
    if float::is_float(o) || pyint::is_int(o) {
        return Ok(Some((vm.to_f64(o)?, 0.0)));
    }
    Ok(None)
}

fn div(vm: &mut Vm, (a, b): (f64, f64), (c, d): (f64, f64)) -> PyResult<(f64, f64)> {
    if c == 0.0 && d == 0.0 {
        return Err(vm.zero_division("complex division by zero"));
    }
    let den = c * c + d * d;
    Ok(((a * c + b * d) / den, (b * c - a * d) / den))
}

fn pow(vm: &mut Vm, (a, b): (f64, f64), (c, d): (f64, f64)) -> PyResult<(f64, f64)> {
    if c == 0.0 && d == 0.0 {
        return Ok((1.0, 0.0));
    }
    if d == 0.0 && c == libm::trunc(c) && c.abs() <= 100.0 {
        // Small integral powers by repeated multiplication, exact as CPython's.
        let mul = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
        let (mut acc, mut base, mut n) = ((1.0, 0.0), (a, b), c.abs() as u32);
        while n > 0 {
            if n & 1 == 1 {
                acc = mul(acc, base);
            }
            base = mul(base, base);
            n >>= 1;
        }
        return if c < 0.0 {
            div(vm, (1.0, 0.0), acc)
        } else {
            Ok(acc)
        };
    }
    if a == 0.0 && b == 0.0 {
        if d != 0.0 || c < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let r = m::hypot(a, b);
    let theta = m::atan2(b, a);
    let len = m::pow(r, c) * m::exp(-d * theta);
    let phase = theta * c + d * m::log(r);
    Ok((len * m::cos(phase), len * m::sin(phase)))
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, _inplace: bool) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(None);
    };
    let (re, im) = match op {
        BinaryOpKind::Add => (x.0 + y.0, x.1 + y.1),
        BinaryOpKind::Sub => (x.0 - y.0, x.1 - y.1),
        BinaryOpKind::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        BinaryOpKind::TrueDiv => div(vm, x, y)?,
        BinaryOpKind::Pow => pow(vm, x, y)?,
        _ => return Ok(None),
    };
    vm.new_complex(re, im).map(Some)
}

fn unary(vm: &mut Vm, op: UnaryOpKind, a: Obj) -> PyResult<Option<Obj>> {
    let (re, im) = value(a).unwrap_or_default();
    let r = match op {
        UnaryOpKind::Neg => vm.new_complex(-re, -im)?,
        UnaryOpKind::Pos => vm.new_complex(re, im)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(None);
    };
    Ok(Some((x == y) == (op == CompareKind::Eq)))
}

/// `complex()`, `complex(re, im)`, `complex("1+2j")`.
fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [re_kw, im_kw]) = crate::methods::kwargs(vm, "complex", args, kw, ["real", "imag"])?;
    let re = pos.first().copied().unwrap_or(re_kw);
    let im = pos.get(1).copied().unwrap_or(im_kw);
    if !re.is_null() {
        if let Some(s) = pystr::as_str(vm, re) {
            return match parse(s) {
                Some((a, b)) if im.is_null() => vm.new_complex(a, b),
                Some(_) => {
                    Err(vm.type_error("complex() can't take second arg if first is a string"))
                }
                None => Err(vm.value_error("complex() arg is a malformed string")),
            };
        }
    }
    let mut acc = (0.0, 0.0);
    for (o, scale_i) in [(re, false), (im, true)] {
        if o.is_null() {
            continue;
        }
        let Some((a, b)) = operand(vm, o)? else {
            let msg = alloc::format!(
                "complex() first argument must be a string or a number, not '{}'",
                o.type_of().name
            );
            return Err(vm.type_error(&msg));
        };
        acc = if scale_i {
            (acc.0 - b, acc.1 + a)
        } else {
            (acc.0 + a, acc.1 + b)
        };
    }
    vm.new_complex(acc.0, acc.1)
}

/// Parses `a`, `bj`, `a+bj`, with optional parentheses and spaces.
fn parse(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    let Some(body) = t.strip_suffix('j').or_else(|| t.strip_suffix('J')) else {
        return crate::methods::float::parse_float(t).map(|f| (f, 0.0));
    };
    // Split at the last sign that is not part of an exponent.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |x: &str| match x {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => crate::methods::float::parse_float(x),
    };
    match split {
        Some(i) => Some((
            crate::methods::float::parse_float(&body[..i])?,
            imag(&body[i..])?,
        )),
        None => Some((0.0, imag(body)?)),
    }
}

fn conjugate(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "conjugate", args, kw, 1, 1)?;
    let (re, im) = value(a[0]).unwrap_or_default();
    vm.new_complex(re, -im)
}
