//! The `random` module, as MicroPython has it (`seed`, `getrandbits`, `random`, `uniform`,
//! `randrange`, `randint`, `choice`) and `shuffle`: SplitMix64, a small, fast generator with
//! 64 bits of state (in `Vm::random_state`), seeded from the port's clock unless `seed(n)`
//! fixes the sequence. Not for cryptography; the sequences differ from CPython's.

use alloc::vec::Vec;

use crate::bigint::BigInt;
use crate::builtins::funcs::index_obj;
use crate::obj::Obj;
use crate::objects::{int, list};
use crate::types::{BuiltinFn, Kind};
use crate::vm::{PyResult, Vm};
use crate::{function, methods};

pub const FUNCTIONS: &[&BuiltinFn] = &[
    &SEED,
    &GETRANDBITS,
    &RANDOM,
    &UNIFORM,
    &RANDRANGE,
    &RANDINT,
    &CHOICE,
    &SHUFFLE,
];

function!(SEED, "seed", seed);
function!(GETRANDBITS, "getrandbits", getrandbits);
function!(RANDOM, "random", random);
function!(UNIFORM, "uniform", uniform);
function!(RANDRANGE, "randrange", randrange);
function!(RANDINT, "randint", randint);
function!(CHOICE, "choice", choice);
function!(SHUFFLE, "shuffle", shuffle);

fn next_u64(vm: &mut Vm) -> u64 {
    let s = match vm.random_state {
        Some(s) => s,
        None => vm.port.time_ns() ^ vm.port.ticks_ns().rotate_left(32),
    };
    let s = s.wrapping_add(0x9E37_79B9_7F4A_7C15);
    vm.random_state = Some(s);
    let mut z = s;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A uniform integer in `0..n` (`n > 0`), without modulo bias.
fn below_u64(vm: &mut Vm, n: u64) -> u64 {
    let zone = u64::MAX - u64::MAX % n;
    loop {
        let r = next_u64(vm);
        if r < zone {
            return r % n;
        }
    }
}

/// `k` random bits as a non-negative int.
fn random_bits(vm: &mut Vm, k: u64) -> BigInt {
    let mut limbs: Vec<u32> = (0..k.div_ceil(32)).map(|_| next_u64(vm) as u32).collect();
    if !k.is_multiple_of(32) {
        if let Some(top) = limbs.last_mut() {
            *top >>= 32 - k % 32;
        }
    }
    BigInt::from_parts(false, &limbs)
}

/// A uniform int in `0..n` for any `n > 0`.
fn below(vm: &mut Vm, n: &BigInt) -> BigInt {
    if let Some(m) = n.to_u64() {
        return BigInt::from_u64(below_u64(vm, m));
    }
    let bits = n.bit_length();
    loop {
        let r = random_bits(vm, bits);
        if r.lt(n) {
            return r;
        }
    }
}

fn int_arg(vm: &mut Vm, o: Obj) -> PyResult<BigInt> {
    let v = index_obj(vm, o)?;
    Ok(int::to_bigint(v))
}

fn seed(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "seed", args, kw, 0, 1)?;
    vm.random_state = match a.first() {
        None => None,
        Some(&o) if o == Obj::NONE => None,
        Some(&o) => {
            let n = int_arg(vm, o)?;
            // Every limb counts, so that different big seeds give different sequences.
            let mix = n.limbs().iter().fold(n.is_negative() as u64, |h, &l| {
                (h ^ u64::from(l)).wrapping_mul(0x0000_0100_0000_01B3)
            });
            Some(mix)
        }
    };
    Ok(Obj::NONE)
}

fn getrandbits(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "getrandbits", args, kw, 1, 1)?;
    let k = vm.index_i64(a[0])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    vm.ensure_fits((k as u64).div_ceil(8).try_into().unwrap_or(usize::MAX))?;
    let r = random_bits(vm, k as u64);
    vm.new_bigint(r)
}

fn unit(vm: &mut Vm) -> f64 {
    (next_u64(vm) >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

fn random(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    methods::args(vm, "random", args, kw, 0, 0)?;
    let x = unit(vm);
    vm.new_float(x)
}

fn uniform(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "uniform", args, kw, 2, 2)?;
    let (lo, hi) = (vm.to_f64(a[0])?, vm.to_f64(a[1])?);
    let x = unit(vm);
    vm.new_float(lo + (hi - lo) * x)
}

/// A uniform member of `range(start, stop, step)`; ValueError when it is empty (naming the
/// bounds when they were given as `start, stop`, as CPython does).
fn from_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: Option<BigInt>) -> PyResult {
    let named = step.is_none();
    let step = step.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("zero step for randrange()"));
    }
    // The number of members: ceil((stop - start) / step), when positive.
    let span = stop.sub(&start);
    let n = span
        .add(&step)
        .sub(&BigInt::from_i64(step.signum() as i64))
        .floor_div(&step)
        .unwrap_or_else(BigInt::zero);
    if !n.is_positive() {
        let msg = if named {
            alloc::format!(
                "empty range for randrange() ({start}, {stop}, {})",
                stop.sub(&start)
            )
        } else {
            alloc::string::String::from("empty range for randrange()")
        };
        return Err(vm.value_error(&msg));
    }
    let k = below(vm, &n);
    vm.new_bigint(start.add(&k.mul(&step)))
}

fn randrange(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "randrange", args, kw, 1, 3)?;
    let mut v = Vec::with_capacity(3);
    for &o in a {
        v.push(int_arg(vm, o)?);
    }
    let (start, stop, step) = match v.len() {
        1 => (BigInt::zero(), v[0].clone(), Some(BigInt::one())),
        2 => (v[0].clone(), v[1].clone(), None),
        _ => (v[0].clone(), v[1].clone(), Some(v[2].clone())),
    };
    from_range(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "randint", args, kw, 2, 2)?;
    let (lo, hi) = (int_arg(vm, a[0])?, int_arg(vm, a[1])?);
    from_range(vm, lo, hi.add_small(1), None)
}

fn choice(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "choice", args, kw, 1, 1)?;
    let n = vm.len(a[0])?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = below_u64(vm, n as u64);
    vm.getitem(a[0], Obj::small_int(i as isize))
}

/// `shuffle(x)`: Fisher-Yates, in place.
fn shuffle(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "shuffle", args, kw, 1, 1)?;
    let x = a[0];
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = below_u64(vm, i as u64 + 1) as usize;
        if x.is_ptr() && x.type_of().kind == Kind::List {
            list::items(x).swap(i, j);
        } else {
            let (ki, kj) = (Obj::small_int(i as isize), Obj::small_int(j as isize));
            let (vi, vj) = (vm.getitem(x, ki)?, vm.getitem(x, kj)?);
            vm.setitem(x, ki, vj)?;
            vm.setitem(x, kj, vi)?;
        }
    }
    Ok(Obj::NONE)
}
