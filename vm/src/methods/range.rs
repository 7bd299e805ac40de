//! range and slice: slots and methods.
//!
//! A range whose bounds fit machine words keeps them in its `RangeObj` fields. Other ranges
//! (`range(10 ** 20)`) are stored with `step == 0` (impossible for a real range) and `start`
//! holding the address of a tuple `(start, stop, step)` of ints: the range object is scanned
//! by the GC, so the tuple stays alive. Everything but the hot paths (iteration, integer
//! indexing, `in` with small ints, `len`) works on Python ints, so both forms share it.

use core::cmp::Ordering;

use alloc::string::String;

use crate::bigint::BigInt;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::method;
use crate::methods::seq::{self, check_self, margs};
use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::range::{slice_indices, RangeObj, SliceObj};
use crate::objects::{int, tuple};
use crate::qstr::{q, Qstr};
use crate::types::{BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

pub static RANGE_SLOTS: Slots = Slots {
    repr: Some(range_repr),
    hash: Some(range_hash),
    compare: Some(range_compare),
    len: Some(range_len),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    iter: Some(range_iter),
    getattr: Some(range_getattr),
    new: Some(range_new),
    ..Slots::NONE
};

method!(R_INDEX, "index", range_index);
method!(R_COUNT, "count", range_count);
method!(R_REVERSED, "__reversed__", range_reversed_method);
method!(R_ITER, "__iter__", range_iter_method);
method!(R_LEN, "__len__", range_len_method);
method!(R_GETITEM, "__getitem__", range_getitem_method);
method!(R_CONTAINS, "__contains__", range_contains_method);

pub static RANGE_METHODS: &[&BuiltinFn] = &[
    &R_INDEX,
    &R_COUNT,
    &R_REVERSED,
    &R_ITER,
    &R_LEN,
    &R_GETITEM,
    &R_CONTAINS,
];

pub static SLICE_SLOTS: Slots = Slots {
    repr: Some(slice_repr),
    hash: Some(slice_hash),
    compare: Some(slice_compare),
    getattr: Some(slice_getattr),
    new: Some(slice_new),
    ..Slots::NONE
};

method!(S_INDICES, "indices", slice_indices_method);
pub static SLICE_METHODS: &[&BuiltinFn] = &[&S_INDICES];

// ---- Python-int helpers

fn int_obj(vm: &mut Vm, v: i128) -> PyResult {
    if let Ok(x) = i64::try_from(v) {
        return vm.new_int(x);
    }
    vm.new_bigint(BigInt::from_i128(v))
}

fn sign(o: Obj) -> Ordering {
    match int::to_i64(o) {
        Some(v) => v.cmp(&0),
        None if int::to_bigint(o).is_negative() => Ordering::Less,
        None => Ordering::Greater,
    }
}

fn arith(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj) -> PyResult {
    vm.binary_op(op, a, b)
}

fn add(vm: &mut Vm, a: Obj, b: Obj) -> PyResult {
    arith(vm, BinaryOpKind::Add, a, b)
}

fn sub(vm: &mut Vm, a: Obj, b: Obj) -> PyResult {
    arith(vm, BinaryOpKind::Sub, a, b)
}

fn mul(vm: &mut Vm, a: Obj, b: Obj) -> PyResult {
    arith(vm, BinaryOpKind::Mul, a, b)
}

fn less(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    vm.lt(a, b)
}

/// An integer argument as an int object (bool becomes 0/1; `__index__` is used).
fn to_int(vm: &mut Vm, o: Obj) -> PyResult {
    if o.is_small_int() {
        return Ok(o);
    }
    let v = native_value(o);
    if matches!(v, Obj::TRUE | Obj::FALSE) {
        return Ok(Obj::small_int((v == Obj::TRUE) as isize));
    }
    if int::is_int(v) {
        return Ok(v);
    }
    let t = o.type_of();
    if t.is_class() {
        if let Some(f) = vm.lookup_type_attr(t, q::__index__) {
            let r = vm.call(f, &[o], &[])?;
            if int::is_int(native_value(r)) {
                return to_int(vm, r);
            }
            let msg = alloc::format!("__index__ returned non-int (type {})", r.type_of().name);
            return Err(vm.type_error(&msg));
        }
    }
    Err(vm.type_error_obj(o, "cannot be interpreted as an integer"))
}

// ---- range representation

#[inline]
fn robj<'a>(r: Obj) -> &'a RangeObj {
    // SAFETY: callers pass range objects.
    unsafe { r.as_ref::<RangeObj>() }
}

/// The word-sized form of a range, if it has one.
#[inline]
fn small<'a>(r: Obj) -> Option<&'a RangeObj> {
    let ro = robj(r);
    (ro.step != 0).then_some(ro)
}

/// The `(start, stop, step)` tuple of a big range.
fn big_tuple(r: Obj) -> Obj {
    let addr = robj(r).start as usize;
    Obj::from_ptr(core::ptr::with_exposed_provenance::<u8>(addr))
}

/// The start, stop and step of a range as int objects.
fn parts(vm: &mut Vm, r: Obj) -> PyResult<(Obj, Obj, Obj)> {
    match small(r) {
        Some(ro) => {
            let (a, b, c) = (ro.start, ro.stop, ro.step);
            let a = vm.new_int(a as i64)?;
            let b = vm.new_int(b as i64)?;
            let c = vm.new_int(c as i64)?;
            Ok((a, b, c))
        }
        None => {
            let t = tuple::items(big_tuple(r));
            Ok((t[0], t[1], t[2]))
        }
    }
}

/// A range from int objects (step not zero).
fn make_range(vm: &mut Vm, start: Obj, stop: Obj, step: Obj) -> PyResult {
    let word = |o: Obj| int::to_i64(o).and_then(|v| isize::try_from(v).ok());
    if let (Some(a), Some(b), Some(c)) = (word(start), word(stop), word(step)) {
        return vm.new_range(a, b, c);
    }
    let t = vm.new_tuple(&[start, stop, step])?;
    let addr = t.as_ptr::<u8>().expose_provenance() as isize;
    vm.new_range(addr, 0, 0)
}

/// The length of `range(start, stop, step)` as an int object.
fn len_obj(vm: &mut Vm, start: Obj, stop: Obj, step: Obj) -> PyResult {
    let (lo, hi, st) = if sign(step) == Ordering::Greater {
        (start, stop, step)
    } else {
        let neg = vm.unary_op(crate::bytecode::UnaryOpKind::Neg, step)?;
        (stop, start, neg)
    };
    if !less(vm, lo, hi)? {
        return Ok(Obj::small_int(0));
    }
    // (hi - lo - 1) // st + 1
    let d = sub(vm, hi, lo)?;
    let d = sub(vm, d, Obj::small_int(1))?;
    let q = arith(vm, BinaryOpKind::FloorDiv, d, st)?;
    add(vm, q, Obj::small_int(1))
}

fn range_len_of(vm: &mut Vm, r: Obj) -> PyResult {
    if let Some(ro) = small(r) {
        return int_obj(vm, ro.len() as i128);
    }
    let (a, b, c) = parts(vm, r)?;
    len_obj(vm, a, b, c)
}

fn too_large(vm: &mut Vm) -> Obj {
    vm.overflow_error("Python int too large to convert to C ssize_t")
}

// ---- range slots

fn range_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = seq::ctor_args(vm, "range", args, kwnames, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Obj::small_int(0), to_int(vm, a[0])?, Obj::small_int(1)),
        _ => {
            let start = to_int(vm, a[0])?;
            let stop = to_int(vm, a[1])?;
            let step = match a.get(2) {
                Some(&s) => to_int(vm, s)?,
                None => Obj::small_int(1),
            };
            (start, stop, step)
        }
    };
    if sign(step) == Ordering::Equal {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    make_range(vm, start, stop, step)
}

fn range_len(vm: &mut Vm, r: Obj) -> PyResult<usize> {
    if let Some(ro) = small(r) {
        let n = ro.len();
        if n > isize::MAX as usize {
            return Err(too_large(vm));
        }
        return Ok(n);
    }
    let n = range_len_of(vm, r)?;
    match int::to_i64(n).and_then(|v| isize::try_from(v).ok()) {
        Some(v) => Ok(v as usize),
        None => Err(too_large(vm)),
    }
}

fn range_repr(vm: &mut Vm, r: Obj, out: &mut String) -> PyResult<()> {
    let (a, b, c) = parts(vm, r)?;
    out.push_str("range(");
    vm.repr_into(a, out)?;
    out.push_str(", ");
    vm.repr_into(b, out)?;
    if c != Obj::small_int(1) {
        out.push_str(", ");
        vm.repr_into(c, out)?;
    }
    out.push(')');
    Ok(())
}

fn range_getattr(vm: &mut Vm, r: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let i = match name {
        q::start => 0,
        q::stop => 1,
        q::step => 2,
        _ => return Ok(None),
    };
    let p = parts(vm, r)?;
    Ok(Some([p.0, p.1, p.2][i]))
}

/// Range equality: the same sequence of values.
fn range_eq(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    let la = range_len_of(vm, a)?;
    let lb = range_len_of(vm, b)?;
    if !vm.eq(la, lb)? {
        return Ok(false);
    }
    if sign(la) == Ordering::Equal {
        return Ok(true);
    }
    let (sa, _, ta) = parts(vm, a)?;
    let (sb, _, tb) = parts(vm, b)?;
    if !vm.eq(sa, sb)? {
        return Ok(false);
    }
    Ok(la == Obj::small_int(1) || vm.eq(ta, tb)?)
}

fn range_compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    let is_range = |o: Obj| o.is_ptr() && o.type_of().kind == Kind::Range;
    if !is_range(a) || !is_range(b) {
        return Ok(None);
    }
    match op {
        CompareKind::Eq => range_eq(vm, a, b).map(Some),
        CompareKind::Ne => range_eq(vm, a, b).map(|e| Some(!e)),
        _ => Ok(None),
    }
}

fn range_hash(vm: &mut Vm, r: Obj) -> PyResult<i64> {
    let n = range_len_of(vm, r)?;
    let (a, _, c) = parts(vm, r)?;
    let key = if sign(n) == Ordering::Equal {
        [n, Obj::NONE, Obj::NONE]
    } else if n == Obj::small_int(1) {
        [n, a, Obj::NONE]
    } else {
        [n, a, c]
    };
    seq::hash_items(vm, &key)
}

/// The value at index `i` (an int object, already known to be in range).
fn value_at(vm: &mut Vm, r: Obj, i: Obj) -> PyResult {
    let (a, _, c) = parts(vm, r)?;
    let off = mul(vm, i, c)?;
    add(vm, a, off)
}

fn range_getitem(vm: &mut Vm, r: Obj, k: Obj) -> PyResult {
    if let (Some(ro), Some(i)) = (small(r), k.as_small_int()) {
        let n = ro.len() as i128;
        let i = i as i128;
        let i = if i < 0 { i + n } else { i };
        if i < 0 || i >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        let v = ro.start as i128 + i * ro.step as i128;
        return int_obj(vm, v);
    }
    if k.is_ptr() && k.type_of().kind == Kind::Slice {
        return range_slice(vm, r, k);
    }
    if !seq::is_index(vm, k) {
        let msg = alloc::format!(
            "range indices must be integers or slices, not {}",
            k.type_of().name
        );
        return Err(vm.type_error(&msg));
    }
    let i = to_int(vm, k)?;
    let n = range_len_of(vm, r)?;
    let i = if sign(i) == Ordering::Less {
        add(vm, i, n)?
    } else {
        i
    };
    if sign(i) == Ordering::Less || !less(vm, i, n)? {
        return Err(vm.index_error("range object index out of range"));
    }
    value_at(vm, r, i)
}

/// `slice.indices()` with int objects (a range's length need not fit a machine word).
fn long_slice_indices(vm: &mut Vm, s: Obj, len: Obj) -> PyResult<(Obj, Obj, Obj)> {
    // SAFETY: callers pass slice objects.
    let so = unsafe { s.as_ref::<SliceObj>() };
    let (start, stop, step) = (so.start, so.stop, so.step);
    let bad = |vm: &mut Vm| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    };
    let step = if step == Obj::NONE {
        Obj::small_int(1)
    } else {
        if !seq::is_index(vm, step) {
            return Err(bad(vm));
        }
        to_int(vm, step)?
    };
    if sign(step) == Ordering::Equal {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = sign(step) == Ordering::Less;
    let (lower, upper) = if neg {
        let u = sub(vm, len, Obj::small_int(1))?;
        (Obj::small_int(-1), u)
    } else {
        (Obj::small_int(0), len)
    };
    let bound = |vm: &mut Vm, o: Obj, default: Obj| -> PyResult {
        if o == Obj::NONE {
            return Ok(default);
        }
        if !seq::is_index(vm, o) {
            return Err(bad(vm));
        }
        let v = to_int(vm, o)?;
        if sign(v) == Ordering::Less {
            let v = add(vm, v, len)?;
            Ok(if less(vm, v, lower)? { lower } else { v })
        } else {
            Ok(if less(vm, upper, v)? { upper } else { v })
        }
    };
    let start = bound(vm, start, if neg { upper } else { lower })?;
    let stop = bound(vm, stop, if neg { lower } else { upper })?;
    Ok((start, stop, step))
}

fn range_slice(vm: &mut Vm, r: Obj, s: Obj) -> PyResult {
    let n = range_len_of(vm, r)?;
    let (i, j, k) = long_slice_indices(vm, s, n)?;
    let (a, _, c) = parts(vm, r)?;
    let start = mul(vm, i, c)?;
    let start = add(vm, a, start)?;
    let stop = mul(vm, j, c)?;
    let stop = add(vm, a, stop)?;
    let step = mul(vm, k, c)?;
    make_range(vm, start, stop, step)
}

/// Whether int `x` is one of the range's values.
fn contains_int(vm: &mut Vm, r: Obj, x: Obj) -> PyResult<bool> {
    if let (Some(ro), Some(v)) = (small(r), int::to_i64(x)) {
        let (v, a, b, c) = (
            v as i128,
            ro.start as i128,
            ro.stop as i128,
            ro.step as i128,
        );
        let inside = if c > 0 {
            a <= v && v < b
        } else {
            b < v && v <= a
        };
        return Ok(inside && (v - a) % c == 0);
    }
    let (a, b, c) = parts(vm, r)?;
    let inside = if sign(c) == Ordering::Greater {
        !less(vm, x, a)? && less(vm, x, b)?
    } else {
        less(vm, b, x)? && !less(vm, a, x)?
    };
    if !inside {
        return Ok(false);
    }
    let d = sub(vm, x, a)?;
    let m = arith(vm, BinaryOpKind::Mod, d, c)?;
    Ok(sign(m) == Ordering::Equal)
}

fn is_plain_int(o: Obj) -> bool {
    o.is_small_int()
        || (o.is_ptr() && int::is_int(o) && !o.type_of().is_class())
        || matches!(o, Obj::TRUE | Obj::FALSE)
}

fn range_contains(vm: &mut Vm, r: Obj, x: Obj) -> PyResult<bool> {
    if is_plain_int(x) {
        let x = to_int(vm, x)?;
        return contains_int(vm, r, x);
    }
    let it = range_iter(vm, r)?;
    while let Some(v) = vm.iter_next(it)? {
        if vm.eq(v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- range iterators

/// Values that are all small ints: `i` the next value, `n` how many remain, `a` the step.
fn range_next_small(_vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.n <= 0 {
        return Ok(None);
    }
    it.n -= 1;
    let v = it.i;
    it.i = v.wrapping_add(it.a.small_int_value());
    Ok(Some(Obj::small_int(v)))
}

/// Word-sized values that may not be small ints.
fn range_next_word(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.n <= 0 {
        return Ok(None);
    }
    it.n -= 1;
    let v = it.i;
    it.i = v.wrapping_add(it.a.small_int_value());
    vm.new_int(v as i64).map(Some)
}

/// Any values: `a` the next value, `b` the range (NULL once exhausted).
fn range_next_big(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.b.is_null() {
        return Ok(None);
    }
    let (_, stop, step) = parts(vm, it.b)?;
    let v = it.a;
    let more = if sign(step) == Ordering::Greater {
        less(vm, v, stop)?
    } else {
        less(vm, stop, v)?
    };
    if !more {
        it.b = Obj::NULL;
        return Ok(None);
    }
    it.a = add(vm, v, step)?;
    Ok(Some(v))
}

fn range_iter(vm: &mut Vm, r: Obj) -> PyResult {
    if let Some(ro) = small(r) {
        let n = ro.len();
        if n <= isize::MAX as usize && Obj::fits_small(ro.step as i64) {
            let last = if n == 0 { ro.start } else { ro.get(n - 1) };
            let f = if Obj::fits_small(ro.start as i64) && Obj::fits_small(last as i64) {
                range_next_small
            } else {
                range_next_word
            };
            let step = Obj::small_int(ro.step);
            return vm.new_iter(f, step, Obj::NULL, ro.start, n as isize);
        }
    }
    let (a, _, _) = parts(vm, r)?;
    vm.new_iter(range_next_big, a, r, 0, 0)
}

/// `reversed(r)`: an iterator over `range(last, start - step, -step)`.
fn range_reversed(vm: &mut Vm, r: Obj) -> PyResult {
    let n = range_len_of(vm, r)?;
    let (a, _, c) = parts(vm, r)?;
    if sign(n) == Ordering::Equal {
        let e = vm.new_range(0, 0, 1)?;
        return range_iter(vm, e);
    }
    let n1 = sub(vm, n, Obj::small_int(1))?;
    let last = value_at(vm, r, n1)?;
    let stop = sub(vm, a, c)?;
    let step = vm.unary_op(crate::bytecode::UnaryOpKind::Neg, c)?;
    let rr = make_range(vm, last, stop, step)?;
    range_iter(vm, rr)
}

// ---- range methods

fn this(vm: &mut Vm, o: Obj, name: &str) -> PyResult<Obj> {
    check_self(vm, o, Kind::Range, "range", name)
}

fn range_index(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "index", args, kw, 1, 1)?;
    let r = this(vm, a[0], "index")?;
    let x = a[1];
    if is_plain_int(x) {
        let xi = to_int(vm, x)?;
        if contains_int(vm, r, xi)? {
            let (s, _, c) = parts(vm, r)?;
            let d = sub(vm, xi, s)?;
            return arith(vm, BinaryOpKind::FloorDiv, d, c);
        }
        let mut msg = String::new();
        vm.repr_into(x, &mut msg)?;
        msg.push_str(" is not in range");
        return Err(vm.value_error(&msg));
    }
    let it = range_iter(vm, r)?;
    let mut i = 0isize;
    while let Some(v) = vm.iter_next(it)? {
        if vm.eq(v, x)? {
            return Ok(Obj::small_int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "count", args, kw, 1, 1)?;
    let r = this(vm, a[0], "count")?;
    let x = a[1];
    if is_plain_int(x) {
        let xi = to_int(vm, x)?;
        return Ok(Obj::small_int(contains_int(vm, r, xi)? as isize));
    }
    let it = range_iter(vm, r)?;
    let mut n = 0isize;
    while let Some(v) = vm.iter_next(it)? {
        if vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Obj::small_int(n))
}

fn range_reversed_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "__reversed__", args, kw, 0, 0)?;
    let r = this(vm, a[0], "__reversed__")?;
    range_reversed(vm, r)
}

fn range_iter_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "__iter__", args, kw, 0, 0)?;
    let r = this(vm, a[0], "__iter__")?;
    range_iter(vm, r)
}

fn range_len_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "__len__", args, kw, 0, 0)?;
    let r = this(vm, a[0], "__len__")?;
    let n = range_len(vm, r)?;
    vm.new_int(n as i64)
}

fn range_getitem_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "__getitem__", args, kw, 1, 1)?;
    let r = this(vm, a[0], "__getitem__")?;
    range_getitem(vm, r, a[1])
}

fn range_contains_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "range", "__contains__", args, kw, 1, 1)?;
    let r = this(vm, a[0], "__contains__")?;
    Ok(Obj::from_bool(range_contains(vm, r, a[1])?))
}

// ---- slice

#[inline]
fn sobj<'a>(s: Obj) -> &'a SliceObj {
    // SAFETY: callers pass slice objects.
    unsafe { s.as_ref::<SliceObj>() }
}

fn slice_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = seq::ctor_args(vm, "slice", args, kwnames, 1, 3)?;
    match a.len() {
        1 => vm.new_slice(Obj::NONE, a[0], Obj::NONE),
        2 => vm.new_slice(a[0], a[1], Obj::NONE),
        _ => vm.new_slice(a[0], a[1], a[2]),
    }
}

fn slice_repr(vm: &mut Vm, s: Obj, out: &mut String) -> PyResult<()> {
    let so = sobj(s);
    let (a, b, c) = (so.start, so.stop, so.step);
    out.push_str("slice(");
    vm.repr_into(a, out)?;
    out.push_str(", ");
    vm.repr_into(b, out)?;
    out.push_str(", ");
    vm.repr_into(c, out)?;
    out.push(')');
    Ok(())
}

fn slice_hash(vm: &mut Vm, _s: Obj) -> PyResult<i64> {
    Err(vm.type_error("unhashable type: 'slice'"))
}

fn slice_getattr(_vm: &mut Vm, s: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let so = sobj(s);
    Ok(match name {
        q::start => Some(so.start),
        q::stop => Some(so.stop),
        q::step => Some(so.step),
        _ => None,
    })
}

/// Slices compare as `(start, stop, step)` tuples.
fn slice_compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    let is_slice = |o: Obj| o.is_ptr() && o.type_of().kind == Kind::Slice;
    if !is_slice(a) || !is_slice(b) {
        return Ok(None);
    }
    let (x, y) = (sobj(a), sobj(b));
    let ta = vm.new_tuple(&[x.start, x.stop, x.step])?;
    let tb = vm.new_tuple(&[y.start, y.stop, y.step])?;
    seq::compare(vm, op, ta, tb).map(Some)
}

fn slice_indices_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "slice", "indices", args, kw, 1, 1)?;
    let s = check_self(vm, a[0], Kind::Slice, "slice", "indices")?;
    let n = to_int(vm, a[1])?;
    if sign(n) == Ordering::Less {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = match int::to_i64(n) {
        Some(len) if len <= isize::MAX as i64 / 2 => {
            let si = slice_indices(vm, s, len as usize)?;
            (
                Obj::small_int(si.start),
                Obj::small_int(si.stop),
                vm.new_int(si.step as i64)?,
            )
        }
        _ => long_slice_indices(vm, s, n)?,
    };
    vm.new_tuple(&[start, stop, step])
}
