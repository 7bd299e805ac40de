//! The `math` module: libm functions with CPython's domain/range errors, and exact integer
//! functions (gcd, factorial, comb, isqrt...) on big ints.

use alloc::vec::Vec;

use crate::bigint::BigInt;
use crate::builtins::funcs::{index_obj, int_from_f64, user_dunder};
use crate::bytecode::BinaryOpKind;
use crate::function;
use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::objects::{float, int as pyint, module};
use crate::types::BuiltinFn;
use crate::vm::{PyResult, Vm};

/// The C library's math functions when the VM runs hosted (they are what CPython uses, so
/// results match it to the last bit), else the `libm` crate.
pub mod m {
    macro_rules! pick {
        ($($name:ident($($a:ident),*);)*) => {
            #[cfg(all(feature = "std", unix))]
            mod sys {
                extern "C" {
                    $(pub fn $name($($a: f64),*) -> f64;)*
                }
            }
            $(
                #[inline]
                pub fn $name($($a: f64),*) -> f64 {
                    #[cfg(all(feature = "std", unix))]
                    // SAFETY: pure C math functions on plain doubles.
                    unsafe {
                        sys::$name($($a),*)
                    }
                    #[cfg(not(all(feature = "std", unix)))]
                    libm::$name($($a),*)
                }
            )*
        };
    }

    pick! {
        exp(x); exp2(x); expm1(x); log(x); log2(x); log10(x); log1p(x);
        sin(x); cos(x); tan(x); asin(x); acos(x); atan(x);
        sinh(x); cosh(x); tanh(x); asinh(x); acosh(x); atanh(x);
        erf(x); erfc(x); cbrt(x); tgamma(x); lgamma(x);
        atan2(y, x); pow(x, y); hypot(x, y); fmod(x, y);
    }
}

macro_rules! math1 {
    ($($id:ident, $w:ident, $name:literal, $f:path, $overflow:expr;)*) => {
        $(
            fn $w(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
                math_1(vm, args, kw, $name, $f, $overflow)
            }
            function!($id, $name, $w);
        )*
    };
}

math1! {
    SQRT, w_sqrt, "sqrt", libm::sqrt, false;
    EXP, w_exp, "exp", m::exp, true;
    EXP2, w_exp2, "exp2", m::exp2, true;
    EXPM1, w_expm1, "expm1", m::expm1, true;
    LOG1P, w_log1p, "log1p", m::log1p, false;
    SIN, w_sin, "sin", m::sin, false;
    COS, w_cos, "cos", m::cos, false;
    TAN, w_tan, "tan", m::tan, false;
    ASIN, w_asin, "asin", m::asin, false;
    ACOS, w_acos, "acos", m::acos, false;
    ATAN, w_atan, "atan", m::atan, false;
    SINH, w_sinh, "sinh", m::sinh, true;
    COSH, w_cosh, "cosh", m::cosh, true;
    TANH, w_tanh, "tanh", m::tanh, false;
    ASINH, w_asinh, "asinh", m::asinh, false;
    ACOSH, w_acosh, "acosh", m::acosh, false;
    ATANH, w_atanh, "atanh", m::atanh, false;
    FABS, w_fabs, "fabs", libm::fabs, false;
    ERF, w_erf, "erf", m::erf, false;
    ERFC, w_erfc, "erfc", m::erfc, false;
    GAMMA, w_gamma, "gamma", gamma, true;
    LGAMMA, w_lgamma, "lgamma", lgamma, true;
    CBRT, w_cbrt, "cbrt", m::cbrt, false;
    DEGREES, w_degrees, "degrees", degrees, true;
    RADIANS, w_radians, "radians", radians, false;
}

function!(LOG, "log", log);
function!(LOG2, "log2", log2);
function!(LOG10, "log10", log10);
function!(POW, "pow", pow);
function!(ATAN2, "atan2", atan2);
function!(FMOD, "fmod", fmod);
function!(COPYSIGN, "copysign", copysign);
function!(REMAINDER, "remainder", remainder);
function!(HYPOT, "hypot", hypot);
function!(DIST, "dist", dist);
function!(FLOOR, "floor", floor);
function!(CEIL, "ceil", ceil);
function!(TRUNC, "trunc", trunc);
function!(ISNAN, "isnan", isnan);
function!(ISINF, "isinf", isinf);
function!(ISFINITE, "isfinite", isfinite);
function!(ISCLOSE, "isclose", isclose);
function!(GCD, "gcd", gcd);
function!(LCM, "lcm", lcm);
function!(FACTORIAL, "factorial", factorial);
function!(COMB, "comb", comb);
function!(PERM, "perm", perm);
function!(ISQRT, "isqrt", isqrt);
function!(MODF, "modf", modf);
function!(FREXP, "frexp", frexp);
function!(LDEXP, "ldexp", ldexp);
function!(FSUM, "fsum", fsum);
function!(PROD, "prod", prod);
function!(NEXTAFTER, "nextafter", nextafter);
function!(ULP, "ulp", ulp);

static FUNCS: &[&BuiltinFn] = &[
    &SQRT, &EXP, &EXP2, &EXPM1, &LOG1P, &SIN, &COS, &TAN, &ASIN, &ACOS, &ATAN, &SINH, &COSH, &TANH,
    &ASINH, &ACOSH, &ATANH, &FABS, &ERF, &ERFC, &GAMMA, &LGAMMA, &CBRT, &DEGREES, &RADIANS, &LOG,
    &LOG2, &LOG10, &POW, &ATAN2, &FMOD, &COPYSIGN, &REMAINDER, &HYPOT, &DIST, &FLOOR, &CEIL,
    &TRUNC, &ISNAN, &ISINF, &ISFINITE, &ISCLOSE, &GCD, &LCM, &FACTORIAL, &COMB, &PERM, &ISQRT,
    &MODF, &FREXP, &LDEXP, &FSUM, &PROD, &NEXTAFTER, &ULP,
];

/// The `math` module object.
pub fn make(vm: &mut Vm) -> PyResult {
    let m = vm.new_module("math")?;
    let d = module::dict(m);
    for f in FUNCS {
        vm.dict_set_str(d, f.name, Obj::from_static(*f))?;
    }
    for (name, v) in [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let o = vm.new_float(v)?;
        vm.dict_set_str(d, name, o)?;
    }
    Ok(m)
}

fn domain_error(vm: &mut Vm) -> Obj {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> Obj {
    vm.overflow_error("math range error")
}

/// Checks a libm result as CPython does: NaN from non-NaN input is a domain error; an infinity
/// from finite input is a range error (`overflow`) or a domain error (poles such as log(0)).
fn check(vm: &mut Vm, x: f64, r: f64, overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    vm.new_float(r)
}

fn math_1(
    vm: &mut Vm,
    args: &[Obj],
    kw: &[Obj],
    name: &str,
    f: fn(f64) -> f64,
    overflow: bool,
) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?;
    check(vm, x, f(x), overflow)
}

fn degrees(x: f64) -> f64 {
    x * (180.0 / core::f64::consts::PI)
}

fn radians(x: f64) -> f64 {
    x * (core::f64::consts::PI / 180.0)
}

fn gamma(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 && x == libm::floor(x) {
        return f64::NAN; // poles at zero and the negative integers
    }
    m::tgamma(x)
}

fn lgamma(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 && x == libm::floor(x) {
        return f64::NAN; // CPython: domain error at the poles
    }
    m::lgamma(x)
}

fn two_floats(vm: &mut Vm, name: &str, args: &[Obj], kw: &[Obj]) -> PyResult<(f64, f64)> {
    if !kw.is_empty() {
        let msg = alloc::format!("{}() takes no keyword arguments", name);
        return Err(vm.type_error(&msg));
    }
    if args.len() != 2 {
        let msg = alloc::format!("{} expected 2 arguments, got {}", name, args.len());
        return Err(vm.type_error(&msg));
    }
    let x = vm.to_f64(args[0])?;
    let y = vm.to_f64(args[1])?;
    Ok((x, y))
}

/// `f(x)` for a logarithm `f` of a positive number, ints of any size included (CPython's
/// method: beyond the float range, `x = m * 2**e` and `f(m) + f(2) * e`); `None` for `x <= 0`.
fn log_of(vm: &mut Vm, o: Obj, f: fn(f64) -> f64) -> PyResult<Option<f64>> {
    let n = native_value(o);
    if pyint::is_int(n) {
        let b = pyint::to_bigint(n);
        if !b.is_positive() {
            return Ok(None);
        }
        return Ok(Some(match b.to_f64_checked() {
            Ok(x) => f(x),
            Err(_) => {
                let bits = b.bit_length();
                let top = b.shr(bits - 64).to_f64();
                let m = top / 18_446_744_073_709_551_616.0;
                f(m) + f(2.0) * bits as f64
            }
        }));
    }
    let x = vm.to_f64(o)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Some(x));
    }
    if x <= 0.0 {
        return Ok(None);
    }
    Ok(Some(f(x)))
}

fn log(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "log", args, kw, 1, 2)?;
    let Some(num) = log_of(vm, a[0], m::log)? else {
        return Err(domain_error(vm));
    };
    if a.len() == 1 {
        return vm.new_float(num);
    }
    let Some(den) = log_of(vm, a[1], m::log)? else {
        return Err(domain_error(vm));
    };
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    vm.new_float(num / den)
}

fn log_base(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str, f: fn(f64) -> f64) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 1, 1)?;
    match log_of(vm, a[0], f)? {
        Some(r) => vm.new_float(r),
        None => Err(domain_error(vm)),
    }
}

fn log2(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    log_base(vm, args, kw, "log2", m::log2)
}

fn log10(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    log_base(vm, args, kw, "log10", m::log10)
}

fn pow(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (x, y) = two_floats(vm, "pow", args, kw)?;
    let r = m::pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    vm.new_float(r)
}

fn atan2(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (y, x) = two_floats(vm, "atan2", args, kw)?;
    vm.new_float(m::atan2(y, x))
}

fn fmod(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (x, y) = two_floats(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    let r = m::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    vm.new_float(r)
}

fn copysign(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (x, y) = two_floats(vm, "copysign", args, kw)?;
    vm.new_float(libm::copysign(x, y))
}

fn remainder(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (x, y) = two_floats(vm, "remainder", args, kw)?;
    if x.is_nan() || y.is_nan() {
        return vm.new_float(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    vm.new_float(libm::remainder(x, y))
}

/// Euclidean norm without undue overflow: scale by the largest magnitude.
fn norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    // Compensated sum of squares of the scaled values.
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for &x in v {
        let s = x / max;
        let y = s * s - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    max * libm::sqrt(sum)
}

fn hypot(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(args.len());
    for &a in args {
        v.push(vm.to_f64(a)?);
    }
    let r = if v.len() == 2 {
        m::hypot(v[0], v[1])
    } else {
        norm(&v)
    };
    vm.new_float(r)
}

fn dist(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "dist", args, kw, 2, 2)?;
    let p = vm.iterate_to_list(a[0])?;
    let q = vm.iterate_to_list(a[1])?;
    let (np, nq) = (crate::objects::list::len(p), crate::objects::list::len(q));
    if np != nq {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(np);
    for i in 0..np {
        let x = vm.to_f64(crate::objects::list::items(p)[i])?;
        let y = vm.to_f64(crate::objects::list::items(q)[i])?;
        v.push(x - y);
    }
    let r = if v.len() == 2 {
        m::hypot(v[0], v[1])
    } else {
        norm(&v)
    };
    vm.new_float(r)
}

fn rounding(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str, f: fn(f64) -> f64) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 1, 1)?;
    let x = a[0];
    if x.is_small_int() {
        return Ok(x);
    }
    let dunder = alloc::format!("__{}__", name);
    let dq = vm.intern(&dunder);
    if let Some(m) = user_dunder(vm, x, dq) {
        return vm.call(m, &[x], &[]);
    }
    let n = native_value(x);
    if pyint::is_int(n) {
        return index_obj(vm, n);
    }
    if name == "trunc" && !float::is_float(n) {
        let msg = alloc::format!("type {} doesn't define __trunc__ method", x.type_of().name);
        return Err(vm.type_error(&msg));
    }
    let v = vm.to_f64(x)?;
    int_from_f64(vm, f(v))
}

fn floor(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    rounding(vm, args, kw, "floor", libm::floor)
}

fn ceil(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    rounding(vm, args, kw, "ceil", libm::ceil)
}

fn trunc(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    rounding(vm, args, kw, "trunc", libm::trunc)
}

fn isnan(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isnan", args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?;
    Ok(Obj::from_bool(x.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isinf", args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?;
    Ok(Obj::from_bool(x.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isfinite", args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?;
    Ok(Obj::from_bool(x.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [a_kw, b_kw, rel, abs]) =
        crate::methods::kwargs(vm, "isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"])?;
    let a = pos.first().copied().unwrap_or(a_kw);
    let b = pos.get(1).copied().unwrap_or(b_kw);
    if a.is_null() || b.is_null() || pos.len() > 2 {
        let msg = alloc::format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        );
        return Err(vm.type_error(&msg));
    }
    let a = vm.to_f64(a)?;
    let b = vm.to_f64(b)?;
    let rel = if rel.is_null() { 1e-9 } else { vm.to_f64(rel)? };
    let abs = if abs.is_null() { 0.0 } else { vm.to_f64(abs)? };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Obj::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Obj::FALSE);
    }
    let diff = (b - a).abs();
    let r = (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs;
    Ok(Obj::from_bool(r))
}

/// An int argument as a BigInt (TypeError for non-integers).
fn int_arg(vm: &mut Vm, o: Obj) -> PyResult<BigInt> {
    let v = index_obj(vm, o)?;
    Ok(pyint::to_bigint(v))
}

fn gcd(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("gcd() takes no keyword arguments"));
    }
    let mut g: Option<BigInt> = None;
    let mut small: u64 = 0;
    let mut all_small = true;
    for &a in args {
        let v = index_obj(vm, a)?;
        if all_small {
            if let Some(x) = pyint::to_i64(v) {
                let (mut p, mut r) = (small, x.unsigned_abs());
                while r != 0 {
                    (p, r) = (r, p % r);
                }
                small = p;
                continue;
            }
            all_small = false;
            g = Some(BigInt::from_u64(small));
        }
        let b = pyint::to_bigint(v);
        g = Some(g.unwrap_or_else(BigInt::zero).gcd(&b));
    }
    match g {
        Some(g) => vm.new_bigint(g),
        None => vm.new_bigint(BigInt::from_u64(small)),
    }
}

fn lcm(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for &a in args {
        let b = int_arg(vm, a)?.abs();
        if acc.is_zero() || b.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = acc.gcd(&b);
        acc = acc.floor_div(&g).expect("nonzero gcd").mul(&b);
    }
    vm.new_bigint(acc)
}

/// The product lo * (lo+1) * ... * hi (1 when empty), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut chunk: u64 = 1;
        for k in lo..=hi {
            match chunk.checked_mul(k) {
                Some(c) if c <= u32::MAX as u64 => chunk = c,
                _ => {
                    acc = acc.mul(&BigInt::from_u64(chunk));
                    chunk = k;
                }
            }
        }
        return acc.mul(&BigInt::from_u64(chunk));
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid).mul(&range_product(mid + 1, hi))
}

fn factorial(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "factorial", args, kw, 1, 1)?;
    let v = index_obj(vm, a[0])?;
    let n = match pyint::to_i64(v) {
        Some(n) if n < 0 => {
            return Err(vm.value_error("factorial() not defined for negative values"))
        }
        Some(n) if n <= 1_000_000 => n as u64,
        Some(_) => return Err(vm.new_exc(&crate::objects::exc::MEMORY_ERROR, "")),
        None if pyint::to_bigint(v).is_negative() => {
            return Err(vm.value_error("factorial() not defined for negative values"))
        }
        None => {
            return Err(
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            )
        }
    };
    vm.new_bigint(range_product(2, n))
}

/// Parses `n` and `k` for comb/perm: non-negative ints.
fn n_k(vm: &mut Vm, n: Obj, k: Obj) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1).
fn falling(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64() {
        if k == 0 {
            return BigInt::one();
        }
        return range_product(nn - k + 1, nn);
    }
    let mut acc = BigInt::one();
    let mut cur = n.clone();
    for _ in 0..k {
        acc = acc.mul(&cur);
        cur = cur.add_small(-1);
    }
    acc
}

fn small_k(vm: &mut Vm, k: &BigInt) -> PyResult<u64> {
    match k.to_u64() {
        Some(k) if k <= 10_000_000 => Ok(k),
        _ => Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807")),
    }
}

fn comb(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "comb", args, kw, 2, 2)?;
    let (n, k) = n_k(vm, a[0], a[1])?;
    if k > n {
        return Ok(Obj::small_int(0));
    }
    let nk = n.sub(&k);
    let k = if nk < k { nk } else { k };
    let k = small_k(vm, &k)?;
    let num = falling(&n, k);
    let den = range_product(2, k);
    vm.new_bigint(num.floor_div(&den).expect("nonzero"))
}

fn perm(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "perm", args, kw, 1, 2)?;
    if a.len() == 1 || a[1] == Obj::NONE {
        return factorial(vm, &a[..1], &[]);
    }
    let (n, k) = n_k(vm, a[0], a[1])?;
    if k > n {
        return Ok(Obj::small_int(0));
    }
    let k = small_k(vm, &k)?;
    vm.new_bigint(falling(&n, k))
}

/// floor(sqrt(n)) for n >= 0.
fn isqrt_big(n: &BigInt) -> BigInt {
    if let Some(v) = n.to_u64() {
        let mut r = libm::sqrt(v as f64) as u64;
        while r.checked_mul(r).is_none_or(|s| s > v) {
            r -= 1;
        }
        while (r + 1).checked_mul(r + 1).is_some_and(|s| s <= v) {
            r += 1;
        }
        return BigInt::from_u64(r);
    }
    // Newton's iteration from a power of two above the root.
    let bits = n.bit_length();
    let mut x = BigInt::one().shl(bits.div_ceil(2));
    loop {
        let y = x.add(&n.floor_div(&x).expect("nonzero")).shr(1);
        if y >= x {
            return x;
        }
        x = y;
    }
}

fn isqrt(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isqrt", args, kw, 1, 1)?;
    let n = int_arg(vm, a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    vm.new_bigint(isqrt_big(&n))
}

fn modf(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "modf", args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    let f = vm.new_float(frac)?;
    let i = vm.new_float(int)?;
    vm.new_tuple(&[f, i])
}

fn frexp(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "frexp", args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?;
    let (m, e) = if x.is_finite() && x != 0.0 {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    let mo = vm.new_float(m)?;
    let eo = vm.new_int(e as i64)?;
    vm.new_tuple(&[mo, eo])
}

fn ldexp(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "ldexp", args, kw, 2, 2)?;
    let x = vm.to_f64(a[0])?;
    let n = native_value(a[1]);
    if !pyint::is_int(n) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    if x == 0.0 || !x.is_finite() {
        return vm.new_float(x);
    }
    let e = pyint::to_i64(n).unwrap_or(if pyint::to_bigint(n).is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    let e = e.clamp(-10_000, 10_000) as i32;
    let r = libm::scalbn(x, e);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    vm.new_float(r)
}

fn nextafter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (x, y) = two_floats(vm, "nextafter", args, kw)?;
    vm.new_float(libm::nextafter(x, y))
}

fn ulp(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "ulp", args, kw, 1, 1)?;
    let x = vm.to_f64(a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return vm.new_float(x);
    }
    let next = libm::nextafter(x, f64::INFINITY);
    let r = if next.is_infinite() {
        x - libm::nextafter(x, 0.0)
    } else {
        next - x
    };
    vm.new_float(r)
}

/// Exactly rounded sum of floats (Shewchuk's non-overlapping partials).
fn fsum(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "fsum", args, kw, 1, 1)?;
    let it = vm.get_iter(a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(o) = vm.iter_next(it)? {
        let mut x = vm.to_f64(o)?;
        let orig = x;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            // Only an overflow of finite values gets here.
            let _ = orig;
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return vm.new_float(special);
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    vm.new_float(hi)
}

fn prod(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [start]) = crate::methods::kwargs(vm, "prod", args, kw, ["start"])?;
    if pos.len() != 1 {
        let msg = alloc::format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        );
        return Err(vm.type_error(&msg));
    }
    let mut acc = if start.is_null() {
        Obj::small_int(1)
    } else {
        start
    };
    let it = vm.get_iter(pos[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if let (Some(a), Some(b)) = (acc.as_small_int(), x.as_small_int()) {
            if let Some(r) = (a as i64).checked_mul(b as i64) {
                acc = vm.new_int(r)?;
                continue;
            }
        }
        acc = vm.binary_op(BinaryOpKind::Mul, acc, x)?;
    }
    Ok(acc)
}
