//! The rest of the builtin functions: numbers, iteration helpers, conversions.

use alloc::string::String;

use crate::bigint::BigInt;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::function;
use crate::methods::float::{float_floordiv, float_mod};
use crate::methods::int::int_binop;
use crate::obj::Obj;
use crate::objects::instance::{attr_map, native_value};
use crate::objects::iter::IterObj;
use crate::objects::{bytes, dict, exc, float, int as pyint, list, str as pystr, tuple};
use crate::qstr::{q, Qstr};
use crate::types::{builtin as t, BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

function!(ABS, "abs", abs);
function!(ALL, "all", all);
function!(ANY, "any", any);
function!(BIN, "bin", bin);
function!(OCT, "oct", oct);
function!(HEX, "hex", hex);
function!(CHR, "chr", chr);
function!(ORD, "ord", ord);
function!(DIVMOD, "divmod", divmod);
function!(ENUMERATE, "enumerate", enumerate);
function!(FILTER, "filter", filter);
function!(MAP, "map", map);
function!(ZIP, "zip", zip);
function!(REVERSED, "reversed", reversed);
function!(SORTED, "sorted", sorted);
function!(SUM, "sum", sum);
function!(MIN, "min", min);
function!(MAX, "max", max);
function!(POW, "pow", pow);
function!(ROUND, "round", round);
function!(FORMAT, "format", format);
function!(ASCII, "ascii", ascii);
function!(INPUT, "input", input);
function!(LOCALS, "locals", locals);
function!(VARS, "vars", vars);
function!(DIR, "dir", dir);

pub static FUNCS: &[&BuiltinFn] = &[
    &ABS,
    &ALL,
    &ANY,
    &BIN,
    &OCT,
    &HEX,
    &CHR,
    &ORD,
    &DIVMOD,
    &ENUMERATE,
    &FILTER,
    &MAP,
    &ZIP,
    &REVERSED,
    &SORTED,
    &SUM,
    &MIN,
    &MAX,
    &POW,
    &ROUND,
    &FORMAT,
    &ASCII,
    &INPUT,
    &LOCALS,
    &VARS,
    &DIR,
    &crate::modules::fs::BUILTIN_OPEN,
];

/// Types of the iterators made here: builtin iterators (`Kind::Iterator`) named as in CPython.
macro_rules! iter_types {
    ($($id:ident = $name:literal;)*) => {
        $(pub static $id: TypeObj = TypeObj::builtin(
            $name,
            Kind::Iterator,
            Some(&t::OBJECT),
            crate::methods::iter::ITER_METHODS,
            &NAMED_ITER_SLOTS,
        );)*
    };
}

iter_types! {
    ENUMERATE_TYPE = "enumerate";
    FILTER_TYPE = "filter";
    MAP_TYPE = "map";
    ZIP_TYPE = "zip";
    REVERSED_TYPE = "reversed";
    LIST_REVERSEITERATOR_TYPE = "list_reverseiterator";
}

static NAMED_ITER_SLOTS: Slots = Slots {
    repr: Some(named_iter_repr),
    ..crate::methods::iter::ITER_SLOTS
};

fn named_iter_repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(&alloc::format!(
        "<{} object at {:#x}>",
        o.type_of().name,
        o.bits()
    ));
    Ok(())
}

/// A builtin iterator whose type is `ty` (one of the types above).
fn typed_iter(
    vm: &mut Vm,
    ty: &'static TypeObj,
    next: crate::objects::iter::NextFn,
    a: Obj,
    b: Obj,
    i: isize,
    n: isize,
) -> PyResult {
    vm.new_typed_iter(ty, next, a, b, i, n)
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, f: Obj, sentinel: Obj) -> PyResult {
    fn next(vm: &mut Vm, it: &mut crate::objects::iter::IterObj) -> PyResult<Option<Obj>> {
        if it.a.is_null() {
            return Ok(None);
        }
        let v = vm.call(it.a, &[], &[])?;
        if vm.eq(v, it.b)? {
            it.a = Obj::NULL;
            return Ok(None);
        }
        Ok(Some(v))
    }
    vm.new_iter(next, f, sentinel, 0, 0)
}

// ---- helpers shared with the math module

/// A method defined in Python by `o`'s class (not a builtin type's own method).
pub fn user_dunder(vm: &mut Vm, o: Obj, name: Qstr) -> Option<Obj> {
    let t = o.type_of();
    if !t.is_class() {
        return None;
    }
    vm.lookup_type_attr(t, name)
        .filter(|f| !(f.is_ptr() && f.type_of().kind == Kind::BuiltinFunction))
}

/// `o` as an int object (int, bool, int subclass or `__index__`): bools become 0/1.
pub fn index_obj(vm: &mut Vm, o: Obj) -> PyResult {
    if o.is_small_int() {
        return Ok(o);
    }
    let n = native_value(o);
    if pyint::is_int(n) {
        return Ok(match n {
            Obj::TRUE => Obj::small_int(1),
            Obj::FALSE => Obj::small_int(0),
            _ => n,
        });
    }
    if let Some(f) = user_dunder(vm, o, q::__index__) {
        let r = vm.call(f, &[o], &[])?;
        if pyint::is_int(native_value(r)) {
            return index_obj(vm, r);
        }
        let msg = alloc::format!("__index__ returned non-int (type {})", r.type_of().name);
        return Err(vm.type_error(&msg));
    }
    Err(vm.type_error_obj(o, "cannot be interpreted as an integer"))
}

/// Message for `f expected N argument(s), got M`.
fn expected_args(vm: &mut Vm, name: &str, what: &str, got: usize) -> Obj {
    let msg = alloc::format!("{} expected {}, got {}", name, what, got);
    vm.type_error(&msg)
}

fn no_kwargs(vm: &mut Vm, name: &str, kw: &[Obj]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        let msg = alloc::format!("{}() takes no keyword arguments", name);
        Err(vm.type_error(&msg))
    }
}

fn is_true_arg(vm: &mut Vm, o: Obj) -> PyResult<bool> {
    if o.is_null() {
        Ok(false)
    } else {
        vm.truth(o)
    }
}

// ---- numbers

fn abs(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "abs", args, kw, 1, 1)?;
    let x = a[0];
    if let Some(v) = x.as_small_int() {
        return vm.new_int((v as i64).abs());
    }
    if let Some(f) = user_dunder(vm, x, q::__abs__) {
        return vm.call(f, &[x], &[]);
    }
    let n = native_value(x);
    if pyint::is_int(n) {
        return match pyint::to_i64(n) {
            Some(v) if v != i64::MIN => vm.new_int(v.abs()),
            _ => vm.new_bigint(pyint::to_bigint(n).abs()),
        };
    }
    if float::is_float(n) {
        return vm.new_float(float::value(n).abs());
    }
    if let Some((re, im)) = crate::objects::complex::value(n) {
        return vm.new_float(crate::modules::math::m::hypot(re, im));
    }
    let msg = alloc::format!("bad operand type for abs(): '{}'", x.type_of().name);
    Err(vm.type_error(&msg))
}

fn all(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "all", args, kw, 1, 1)?;
    let it = vm.get_iter(a[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if !vm.truth(x)? {
            return Ok(Obj::FALSE);
        }
    }
    Ok(Obj::TRUE)
}

fn any(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "any", args, kw, 1, 1)?;
    let it = vm.get_iter(a[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if vm.truth(x)? {
            return Ok(Obj::TRUE);
        }
    }
    Ok(Obj::FALSE)
}

fn radix_string(vm: &mut Vm, name: &str, args: &[Obj], kw: &[Obj], radix: u32) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 1, 1)?;
    let v = index_obj(vm, a[0])?;
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let mut s = String::new();
    match pyint::to_i64(v) {
        Some(x) => {
            use core::fmt::Write;
            if x < 0 {
                s.push('-');
            }
            s.push_str(prefix);
            let m = x.unsigned_abs();
            let _ = match radix {
                2 => write!(s, "{:b}", m),
                8 => write!(s, "{:o}", m),
                _ => write!(s, "{:x}", m),
            };
        }
        None => {
            let b = pyint::to_bigint(v);
            if b.is_negative() {
                s.push('-');
            }
            s.push_str(prefix);
            s.push_str(&b.abs().to_str_radix(radix));
        }
    }
    vm.new_str(&s)
}

fn bin(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    radix_string(vm, "bin", args, kw, 2)
}

fn oct(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    radix_string(vm, "oct", args, kw, 8)
}

fn hex(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    radix_string(vm, "hex", args, kw, 16)
}

fn chr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "chr", args, kw, 1, 1)?;
    let v = index_obj(vm, a[0])?;
    let c = pyint::to_i64(v)
        .filter(|&n| (0..0x11_0000).contains(&n))
        .and_then(|n| char::from_u32(n as u32));
    match c {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s: &str = c.encode_utf8(&mut buf);
            vm.new_str(s)
        }
        None => match pyint::to_i64(v) {
            Some(n) if (0..0x11_0000).contains(&n) => {
                Err(vm.value_error("chr() arg is a surrogate, not supported"))
            }
            Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
            None => Err(vm.overflow_error("Python int too large to convert to C int")),
        },
    }
}

fn ord(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "ord", args, kw, 1, 1)?;
    let x = native_value(a[0]);
    if let Some(s) = pystr::as_str(vm, x) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => vm.new_int(c as i64),
            _ => {
                let n = s.chars().count();
                let msg = alloc::format!(
                    "ord() expected a character, but string of length {} found",
                    n
                );
                Err(vm.type_error(&msg))
            }
        };
    }
    if matches!(x.type_of().kind, Kind::Bytes | Kind::ByteArray) {
        if let Some(b) = bytes::buffer(x) {
            if b.len() == 1 {
                return vm.new_int(b[0] as i64);
            }
            let msg = alloc::format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            );
            return Err(vm.type_error(&msg));
        }
    }
    let msg = alloc::format!(
        "ord() expected string of length 1, but {} found",
        a[0].type_of().name
    );
    Err(vm.type_error(&msg))
}

fn divmod(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "divmod", args, kw, 2, 2)?;
    let (x, y) = (a[0], a[1]);
    if let Some(f) = user_dunder(vm, x, q::__divmod__) {
        let r = vm.call(f, &[x, y], &[])?;
        if r != Obj::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if let Some(f) = user_dunder(vm, y, q::__rdivmod__) {
        let r = vm.call(f, &[y, x], &[])?;
        if r != Obj::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let (nx, ny) = (native_value(x), native_value(y));
    if pyint::is_int(nx) && pyint::is_int(ny) {
        if let (Some(p), Some(d)) = (pyint::to_i64(nx), pyint::to_i64(ny)) {
            if d != 0 && !(p == i64::MIN && d == -1) {
                let (mut qq, mut r) = (p / d, p % d);
                if r != 0 && ((r < 0) != (d < 0)) {
                    qq -= 1;
                    r += d;
                }
                let qo = vm.new_int(qq)?;
                let ro = vm.new_int(r)?;
                return vm.new_tuple(&[qo, ro]);
            }
        }
        let qo = int_binop(vm, BinaryOpKind::FloorDiv, nx, ny)?;
        let ro = int_binop(vm, BinaryOpKind::Mod, nx, ny)?;
        return vm.new_tuple(&[qo, ro]);
    }
    let num = |o: Obj| float::is_float(o) || pyint::is_int(o);
    if num(nx) && num(ny) {
        let fx = vm.to_f64(nx)?;
        let fy = vm.to_f64(ny)?;
        if fy == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let qo = vm.new_float(float_floordiv(fx, fy))?;
        let ro = vm.new_float(float_mod(fx, fy))?;
        return vm.new_tuple(&[qo, ro]);
    }
    let msg = alloc::format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        x.type_of().name,
        y.type_of().name
    );
    Err(vm.type_error(&msg))
}

fn pow(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [base_kw, exp_kw, mod_kw]) =
        crate::methods::kwargs(vm, "pow", args, kw, ["base", "exp", "mod"])?;
    if pos.len() > 3 {
        let msg = alloc::format!("pow() takes at most 3 arguments ({} given)", args.len());
        return Err(vm.type_error(&msg));
    }
    let mut v = [base_kw, exp_kw, mod_kw];
    for (i, &p) in pos.iter().enumerate() {
        if !v[i].is_null() {
            let names = ["base", "exp", "mod"];
            let msg = alloc::format!(
                "argument for pow() given by name ('{}') and position ({})",
                names[i],
                i + 1
            );
            return Err(vm.type_error(&msg));
        }
        v[i] = p;
    }
    let [b, e, m] = v;
    if b.is_null() || e.is_null() {
        let which = if b.is_null() { "base" } else { "exp" };
        let pos_n = if b.is_null() { 1 } else { 2 };
        let msg = alloc::format!(
            "pow() missing required argument '{}' (pos {})",
            which,
            pos_n
        );
        return Err(vm.type_error(&msg));
    }
    if m.is_null() || m == Obj::NONE {
        return vm.binary_op(BinaryOpKind::Pow, b, e);
    }
    let (nb, ne, nm) = (native_value(b), native_value(e), native_value(m));
    if !(pyint::is_int(nb) && pyint::is_int(ne) && pyint::is_int(nm)) {
        if let Some(f) = user_dunder(vm, b, q::__pow__) {
            return vm.call(f, &[b, e, m], &[]);
        }
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let r = pyint::to_bigint(nb).pow_mod(&pyint::to_bigint(ne), &pyint::to_bigint(nm));
    match r {
        Ok(r) => vm.new_bigint(r),
        Err(err) => Err(crate::methods::int::bigint_error(vm, err, "")),
    }
}

/// `round(n, nd)` for an int and a negative `nd`: half to even at the 10**-nd place.
fn round_int(n: &BigInt, nd: i64) -> BigInt {
    if nd >= 0 {
        return n.clone();
    }
    let k = nd.unsigned_abs();
    if k > 100_000 {
        return BigInt::zero();
    }
    let m = BigInt::from_i64(10).pow(k);
    let (qq, r) = n.divmod_floor(&m).expect("nonzero");
    let twice = r.add(&r);
    let up = match twice.cmp(&m) {
        core::cmp::Ordering::Greater => true,
        core::cmp::Ordering::Equal => qq.is_odd(),
        core::cmp::Ordering::Less => false,
    };
    let qq = if up { qq.add_small(1) } else { qq };
    qq.mul(&m)
}

/// An int object from a float holding an integral value (round/floor/ceil results).
pub fn int_from_f64(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 4.0e18 {
        return vm.new_int(f as i64);
    }
    match BigInt::from_f64(f) {
        Some(b) => vm.new_bigint(b),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn round(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [num_kw, nd_kw]) =
        crate::methods::kwargs(vm, "round", args, kw, ["number", "ndigits"])?;
    if pos.len() > 2 {
        let msg = alloc::format!("round() takes at most 2 arguments ({} given)", args.len());
        return Err(vm.type_error(&msg));
    }
    let x = pos.first().copied().unwrap_or(num_kw);
    if x.is_null() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    let nd = pos.get(1).copied().unwrap_or(nd_kw);
    let nd = if nd == Obj::NONE { Obj::NULL } else { nd };
    if let Some(f) = user_dunder(vm, x, q::__round__) {
        return if nd.is_null() {
            vm.call(f, &[x], &[])
        } else {
            vm.call(f, &[x, nd], &[])
        };
    }
    let n = native_value(x);
    if pyint::is_int(n) {
        let v = index_obj(vm, n)?;
        if nd.is_null() {
            return Ok(v);
        }
        let d = vm.index_i64(nd)?;
        if d >= 0 {
            return Ok(v);
        }
        return vm.new_bigint(round_int(&pyint::to_bigint(v), d));
    }
    if float::is_float(n) {
        let f = float::value(n);
        if nd.is_null() {
            let r = crate::format::round_half_even(f);
            return int_from_f64(vm, r);
        }
        let d = vm.index_i64(nd)?;
        return match crate::format::round_f64(f, d) {
            Ok(r) => vm.new_float(r),
            Err(m) => Err(vm.overflow_error(&m)),
        };
    }
    let msg = alloc::format!("type {} doesn't define __round__ method", x.type_of().name);
    Err(vm.type_error(&msg))
}

fn sum(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [start_kw]) = crate::methods::kwargs(vm, "sum", args, kw, ["start"])?;
    if pos.is_empty() || pos.len() > 2 {
        let msg = alloc::format!(
            "sum() takes at {} {} positional argument{} ({} given)",
            if pos.is_empty() { "least" } else { "most" },
            if pos.is_empty() { 1 } else { 2 },
            if pos.is_empty() { "" } else { "s" },
            pos.len()
        );
        return Err(vm.type_error(&msg));
    }
    let mut acc = match pos.get(1) {
        Some(&s) => s,
        None if !start_kw.is_null() => start_kw,
        None => Obj::small_int(0),
    };
    match native_value(acc).type_of().kind {
        Kind::Str => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Kind::Bytes => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Kind::ByteArray => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(pos[0])?;
    // Machine-int fast path while every item is a small int or bool.
    let mut small: Option<i64> = if acc.is_small_int() || matches!(acc, Obj::TRUE | Obj::FALSE) {
        pyint::to_i64(acc)
    } else {
        None
    };
    // Float fast path once the accumulator is a float.
    let mut fsum: Option<f64> = None;
    loop {
        if let Some(s) = small {
            let Some(x) = vm.iter_next(it)? else {
                return vm.new_int(s);
            };
            if x.is_small_int() || matches!(x, Obj::TRUE | Obj::FALSE) {
                let v = pyint::to_i64(x).unwrap_or(0);
                if let Some(r) = s.checked_add(v) {
                    small = Some(r);
                    continue;
                }
            }
            small = None;
            let a = vm.new_int(s)?;
            acc = vm.binary_op(BinaryOpKind::Add, a, x)?;
            if float::is_float(acc) && acc.is_exactly(&t::FLOAT) {
                fsum = Some(float::value(acc));
            }
            continue;
        }
        if let Some(f) = fsum {
            let Some(x) = vm.iter_next(it)? else {
                return vm.new_float(f);
            };
            if x.is_exactly(&t::FLOAT) {
                fsum = Some(f + float::value(x));
                continue;
            }
            if x.is_small_int() || matches!(x, Obj::TRUE | Obj::FALSE) {
                fsum = Some(f + pyint::to_i64(x).unwrap_or(0) as f64);
                continue;
            }
            fsum = None;
            let a = vm.new_float(f)?;
            acc = vm.binary_op(BinaryOpKind::Add, a, x)?;
            continue;
        }
        let Some(x) = vm.iter_next(it)? else {
            return Ok(acc);
        };
        acc = vm.binary_op(BinaryOpKind::Add, acc, x)?;
        if acc.is_exactly(&t::FLOAT) {
            fsum = Some(float::value(acc));
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Obj], kw: &[Obj], is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    let (pos, [key, default]) = crate::methods::kwargs(vm, name, args, kw, ["key", "default"])?;
    let key = if key == Obj::NONE { Obj::NULL } else { key };
    let op = if is_max {
        CompareKind::Gt
    } else {
        CompareKind::Lt
    };
    let (mut best, mut best_key) = (Obj::NULL, Obj::NULL);
    let mut consider = |vm: &mut Vm, x: Obj| -> PyResult<()> {
        let k = if key.is_null() {
            x
        } else {
            vm.call(key, &[x], &[])?
        };
        if best.is_null() {
            best = x;
            best_key = k;
        } else {
            let r = vm.rich_compare(op, k, best_key)?;
            if vm.truth(r)? {
                best = x;
                best_key = k;
            }
        }
        Ok(())
    };
    match pos.len() {
        0 => return Err(expected_args(vm, name, "at least 1 argument", 0)),
        1 => {
            let it = vm.get_iter(pos[0])?;
            while let Some(x) = vm.iter_next(it)? {
                consider(vm, x)?;
            }
        }
        _ => {
            if !default.is_null() {
                let msg = alloc::format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                );
                return Err(vm.type_error(&msg));
            }
            for &x in pos {
                consider(vm, x)?;
            }
        }
    }
    if best.is_null() {
        if !default.is_null() {
            return Ok(default);
        }
        let msg = alloc::format!("{}() arg is an empty sequence", name);
        return Err(vm.value_error(&msg));
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    min_max(vm, args, kw, true)
}

// ---- iteration helpers

fn enumerate_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    let Some(v) = vm.iter_next(it.a)? else {
        return Ok(None);
    };
    let n = it.b;
    let next = match n.as_small_int() {
        Some(x) if x < crate::obj::SMALL_INT_MAX => Obj::small_int(x + 1),
        _ => int_binop(vm, BinaryOpKind::Add, n, Obj::small_int(1))?,
    };
    it.b = next;
    Ok(Some(vm.new_tuple(&[n, v])?))
}

fn enumerate(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [it_kw, start_kw]) =
        crate::methods::kwargs(vm, "enumerate", args, kw, ["iterable", "start"])?;
    if pos.len() > 2 {
        let msg = alloc::format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let iterable = pos.first().copied().unwrap_or(it_kw);
    if iterable.is_null() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    }
    let start = pos.get(1).copied().unwrap_or(start_kw);
    let start = if start.is_null() {
        Obj::small_int(0)
    } else {
        index_obj(vm, start)?
    };
    let it = vm.get_iter(iterable)?;
    typed_iter(vm, &ENUMERATE_TYPE, enumerate_next, it, start, 0, 0)
}

fn filter_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    while let Some(v) = vm.iter_next(it.b)? {
        let keep = if it.a == Obj::NONE {
            vm.truth(v)?
        } else {
            let r = vm.call(it.a, &[v], &[])?;
            vm.truth(r)?
        };
        if keep {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn filter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    no_kwargs(vm, "filter", kw)?;
    if args.len() != 2 {
        return Err(expected_args(vm, "filter", "2 arguments", args.len()));
    }
    let it = vm.get_iter(args[1])?;
    typed_iter(vm, &FILTER_TYPE, filter_next, args[0], it, 0, 0)
}

/// A tuple of iterators over `iterables`.
fn iter_tuple(vm: &mut Vm, iterables: &[Obj]) -> PyResult {
    let l = vm.new_list(&[])?;
    for &x in iterables {
        let it = vm.get_iter(x)?;
        vm.list_push(l, it)?;
    }
    vm.new_tuple(list::items(l))
}

fn map_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.b.is_null() {
        return Ok(None);
    }
    if it.n == 1 {
        let Some(v) = vm.iter_next(it.b)? else {
            it.b = Obj::NULL;
            return Ok(None);
        };
        return vm.call(it.a, &[v], &[]).map(Some);
    }
    let iters = it.b;
    let n = tuple::items(iters).len();
    let vals = vm.new_tuple_uninit(n)?;
    for i in 0..n {
        let Some(v) = vm.iter_next(tuple::items(iters)[i])? else {
            it.b = Obj::NULL;
            return Ok(None);
        };
        tuple::items_mut(vals)[i] = v;
    }
    vm.call(it.a, tuple::items(vals), &[]).map(Some)
}

fn map(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    no_kwargs(vm, "map", kw)?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    if args.len() == 2 {
        let it = vm.get_iter(args[1])?;
        return typed_iter(vm, &MAP_TYPE, map_next, args[0], it, 0, 1);
    }
    let iters = iter_tuple(vm, &args[1..])?;
    typed_iter(
        vm,
        &MAP_TYPE,
        map_next,
        args[0],
        iters,
        0,
        (args.len() - 1) as isize,
    )
}

fn zip_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.a.is_null() {
        return Ok(None);
    }
    let iters = it.a;
    let n = tuple::items(iters).len();
    if n == 0 {
        return Ok(None);
    }
    let strict = it.n != 0;
    let vals = vm.new_tuple_uninit(n)?;
    for i in 0..n {
        match vm.iter_next(tuple::items(iters)[i])? {
            Some(v) => tuple::items_mut(vals)[i] = v,
            None => {
                it.a = Obj::NULL;
                if strict {
                    if i > 0 {
                        let msg = alloc::format!(
                            "zip() argument {} is shorter than argument{} 1{}",
                            i + 1,
                            if i > 1 { "s" } else { "" },
                            if i > 1 {
                                alloc::format!("-{}", i)
                            } else {
                                String::new()
                            }
                        );
                        return Err(vm.value_error(&msg));
                    }
                    for j in 1..n {
                        if vm.iter_next(tuple::items(iters)[j])?.is_some() {
                            let msg = alloc::format!(
                                "zip() argument {} is longer than argument{} 1{}",
                                j + 1,
                                if j > 1 { "s" } else { "" },
                                if j > 1 {
                                    alloc::format!("-{}", j)
                                } else {
                                    String::new()
                                }
                            );
                            return Err(vm.value_error(&msg));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vals))
}

fn zip(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [strict]) = crate::methods::kwargs(vm, "zip", args, kw, ["strict"])?;
    let strict = is_true_arg(vm, strict)?;
    let iters = iter_tuple(vm, pos)?;
    typed_iter(
        vm,
        &ZIP_TYPE,
        zip_next,
        iters,
        Obj::NULL,
        0,
        strict as isize,
    )
}

fn reversed_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.a.is_null() || it.i <= 0 {
        it.a = Obj::NULL;
        return Ok(None);
    }
    it.i -= 1;
    let v = if it.a.is_exactly(&t::LIST) {
        let items = list::items(it.a);
        match items.get(it.i as usize) {
            Some(&v) => v,
            None => {
                it.a = Obj::NULL;
                return Ok(None);
            }
        }
    } else {
        match vm.getitem(it.a, Obj::small_int(it.i)) {
            Ok(v) => v,
            Err(e)
                if exc::is_exception(e)
                    && (exc::matches(e, &exc::INDEX_ERROR)
                        || exc::matches(e, &exc::STOP_ITERATION)) =>
            {
                it.a = Obj::NULL;
                return Ok(None);
            }
            Err(e) => return Err(e),
        }
    };
    Ok(Some(v))
}

fn reversed(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    no_kwargs(vm, "reversed", kw)?;
    if args.len() != 1 {
        return Err(expected_args(vm, "reversed", "1 argument", args.len()));
    }
    let o = args[0];
    let ty = o.type_of();
    if let Some(f) = vm.lookup_type_attr(ty, q::__reversed__) {
        if f == Obj::NONE {
            return Err(vm.type_error_obj(o, "is not reversible"));
        }
        return vm.call(f, &[o], &[]);
    }
    let kind = ty.native_base().kind;
    if matches!(kind, Kind::Dict | Kind::DictView) {
        // Insertion order reversed (until dict grows its own __reversed__).
        let l = vm.iterate_to_list(o)?;
        let n = list::len(l);
        return typed_iter(
            vm,
            &REVERSED_TYPE,
            reversed_next,
            l,
            Obj::NULL,
            n as isize,
            0,
        );
    }
    let seq = if ty.is_class() {
        vm.lookup_type_attr(ty, q::__getitem__).is_some()
            && vm.lookup_type_attr(ty, q::__len__).is_some()
    } else {
        ty.slots.getitem.is_some()
            && ty.slots.len.is_some()
            && !matches!(kind, Kind::Set | Kind::FrozenSet)
    };
    if !seq {
        return Err(vm.type_error_obj(o, "is not reversible"));
    }
    let n = vm.len(o)?;
    typed_iter(
        vm,
        &REVERSED_TYPE,
        reversed_next,
        o,
        Obj::NULL,
        n as isize,
        0,
    )
}

fn sorted(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let npos = args.len() - kw.len();
    if npos != 1 {
        return Err(expected_args(vm, "sorted", "1 argument", npos));
    }
    let l = vm.iterate_to_list(args[0])?;
    let sort = vm.intern("sort");
    let (f, s) = vm.load_method(l, sort)?;
    let mut call_args = [Obj::NULL; 8];
    if kw.len() > 6 {
        return Err(vm.type_error("sort() takes at most 2 keyword arguments"));
    }
    let mut n = 0;
    if !f.is_null() {
        call_args[0] = s;
        n = 1;
    }
    for &k in &args[1..] {
        call_args[n] = k;
        n += 1;
    }
    let callee = if f.is_null() { s } else { f };
    vm.call(callee, &call_args[..n], kw)?;
    Ok(l)
}

// ---- conversions and introspection

fn format(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "format", args, kw, 1, 2)?;
    let spec = match a.get(1) {
        Some(&s) => {
            if pystr::as_str(vm, native_value(s)).is_none() {
                let msg =
                    alloc::format!("format() argument 2 must be str, not {}", s.type_of().name);
                return Err(vm.type_error(&msg));
            }
            String::from(vm.str_arg(native_value(s))?)
        }
        None => String::new(),
    };
    let r = vm.format_to_string(a[0], &spec)?;
    vm.new_str(&r)
}

fn ascii(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "ascii", args, kw, 1, 1)?;
    let mut s = String::new();
    vm.repr_into(a[0], &mut s)?;
    let e = crate::runtime::text::ascii_escape(&s);
    vm.new_str(&e)
}

fn input(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "input", args, kw, 0, 1)?;
    if let Some(&p) = a.first() {
        let mut s = String::new();
        vm.str_into(p, &mut s)?;
        vm.print_str(&s);
    }
    let Some(mut line) = vm.port.read_line() else {
        return Err(vm.new_exc(&exc::EOF_ERROR, "EOF when reading a line"));
    };
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    let text = String::from_utf8_lossy(&line);
    vm.new_str(&text)
}

fn locals(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "locals", args, kw, 0, 0)?;
    vm.current_locals()
}

fn vars(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "vars", args, kw, 0, 1)?;
    let Some(&o) = a.first() else {
        return vm.current_locals();
    };
    match vm.getattr(o, q::__dict__) {
        Ok(d) => Ok(d),
        Err(e) if exc::is_exception(e) && exc::matches(e, &exc::ATTRIBUTE_ERROR) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// Adds the keys of a map of names to set `s`.
fn add_map_keys(vm: &mut Vm, s: Obj, m: &crate::map::Map) -> PyResult<()> {
    for i in 0..m.slot_count() {
        if let Some(e) = m.entry_at(i) {
            vm.set_add(s, e.key)?;
        }
    }
    Ok(())
}

/// Adds the attribute names of type `ty` and its MRO to set `s`.
fn add_type_names(vm: &mut Vm, s: Obj, ty: &'static TypeObj) -> PyResult<()> {
    let builtin_chain = |vm: &mut Vm, mut cur: Option<&'static TypeObj>| -> PyResult<()> {
        while let Some(c) = cur {
            for m in c.methods {
                let n = vm.new_qstr(m.name);
                vm.set_add(s, n)?;
            }
            cur = c.base();
        }
        Ok(())
    };
    if ty.is_class() {
        for &m in tuple::items(ty.mro) {
            // SAFETY: MRO entries are type objects.
            let mt: &'static TypeObj = unsafe { m.as_ref::<TypeObj>() };
            if mt.is_class() {
                add_map_keys(vm, s, &mt.dict)?;
            } else {
                builtin_chain(vm, Some(mt))?;
            }
        }
    } else {
        builtin_chain(vm, Some(ty))?;
    }
    for n in [
        "__class__",
        "__doc__",
        "__repr__",
        "__str__",
        "__hash__",
        "__eq__",
        "__ne__",
    ] {
        let o = vm.new_qstr(n);
        vm.set_add(s, o)?;
    }
    Ok(())
}

fn dir(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "dir", args, kw, 0, 1)?;
    let s = vm.new_set(&t::SET)?;
    match a.first() {
        None => {
            let g = vm.cur_globals;
            add_map_keys(vm, s, dict::map(g))?;
        }
        Some(&o) => {
            let ty = o.type_of();
            let dname = vm.intern("__dir__");
            if let Some(f) = vm.lookup_type_attr(ty, dname) {
                if ty.is_class() && !(f.is_ptr() && f.type_of().kind == Kind::BuiltinFunction) {
                    let r = vm.call(f, &[o], &[])?;
                    let l = vm.iterate_to_list(r)?;
                    sort_list(vm, l)?;
                    return Ok(l);
                }
            }
            match ty.kind {
                Kind::Module => {
                    let d = crate::objects::module::dict(o);
                    add_map_keys(vm, s, dict::map(d))?;
                }
                Kind::Type => {
                    // SAFETY: Type-kind objects are type objects.
                    let tt: &'static TypeObj = unsafe { o.as_ref::<TypeObj>() };
                    add_type_names(vm, s, tt)?;
                    for n in ["__name__", "__module__", "__dict__", "__init__"] {
                        let o = vm.new_qstr(n);
                        vm.set_add(s, o)?;
                    }
                }
                _ => {
                    if let Some(m) = attr_map(o) {
                        add_map_keys(vm, s, m)?;
                    }
                    add_type_names(vm, s, ty)?;
                }
            }
        }
    }
    let l = vm.iterate_to_list(s)?;
    sort_list(vm, l)?;
    Ok(l)
}

/// `l.sort()` through the list's own method.
fn sort_list(vm: &mut Vm, l: Obj) -> PyResult<()> {
    let sort = vm.intern("sort");
    let (f, s) = vm.load_method(l, sort)?;
    if f.is_null() {
        vm.call(s, &[], &[])?;
    } else {
        vm.call(f, &[s], &[])?;
    }
    Ok(())
}
