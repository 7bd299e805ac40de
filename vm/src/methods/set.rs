//! set and frozenset: slots and methods, and the set algebra dict views share.

use alloc::string::String;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::map::Map;
use crate::method;
use crate::obj::Obj;
use crate::objects::dict::{self as pdict, ViewObj};
use crate::objects::exc;
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::set::{is_set_like, map};
use crate::objects::tuple;
use crate::types::{builtin, BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

pub static SET_SLOTS: Slots = Slots {
    repr: Some(repr),
    hash: Some(set_hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    contains: Some(contains),
    iter: Some(iter),
    new: Some(new),
    truth: Some(truth),
    ..Slots::NONE
};

pub static FROZENSET_SLOTS: Slots = Slots {
    repr: Some(repr),
    hash: Some(frozenset_hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    contains: Some(contains),
    iter: Some(iter),
    new: Some(new),
    truth: Some(truth),
    ..Slots::NONE
};

method!(ADD, "add", m_add);
method!(REMOVE, "remove", m_remove);
method!(DISCARD, "discard", m_discard);
method!(POP, "pop", m_pop);
method!(CLEAR, "clear", m_clear);
method!(COPY, "copy", m_copy);
method!(UPDATE, "update", m_update);
method!(UNION, "union", m_union);
method!(INTERSECTION, "intersection", m_intersection);
method!(
    INTERSECTION_UPDATE,
    "intersection_update",
    m_intersection_update
);
method!(DIFFERENCE, "difference", m_difference);
method!(DIFFERENCE_UPDATE, "difference_update", m_difference_update);
method!(
    SYMMETRIC_DIFFERENCE,
    "symmetric_difference",
    m_symmetric_difference
);
method!(
    SYMMETRIC_DIFFERENCE_UPDATE,
    "symmetric_difference_update",
    m_symmetric_difference_update
);
method!(ISSUBSET, "issubset", m_issubset);
method!(ISSUPERSET, "issuperset", m_issuperset);
method!(ISDISJOINT, "isdisjoint", m_isdisjoint);
method!(CONTAINS, "__contains__", m_contains);
method!(LEN, "__len__", m_len);
method!(ITER, "__iter__", m_iter);
method!(INIT, "__init__", m_init);
method!(D_OR, "__or__", m_or);
method!(D_AND, "__and__", m_and);
method!(D_SUB, "__sub__", m_sub);
method!(D_XOR, "__xor__", m_xor);
method!(D_ROR, "__ror__", m_ror);
method!(D_RAND, "__rand__", m_rand);
method!(D_RSUB, "__rsub__", m_rsub);
method!(D_RXOR, "__rxor__", m_rxor);
method!(D_IOR, "__ior__", m_ior);
method!(D_IAND, "__iand__", m_iand);
method!(D_ISUB, "__isub__", m_isub);
method!(D_IXOR, "__ixor__", m_ixor);
method!(D_EQ, "__eq__", m_eq);
method!(D_NE, "__ne__", m_ne);
method!(D_LT, "__lt__", m_lt);
method!(D_LE, "__le__", m_le);
method!(D_GT, "__gt__", m_gt);
method!(D_GE, "__ge__", m_ge);

pub static SET_METHODS: &[&BuiltinFn] = &[
    &ADD,
    &REMOVE,
    &DISCARD,
    &POP,
    &CLEAR,
    &COPY,
    &UPDATE,
    &UNION,
    &INTERSECTION,
    &INTERSECTION_UPDATE,
    &DIFFERENCE,
    &DIFFERENCE_UPDATE,
    &SYMMETRIC_DIFFERENCE,
    &SYMMETRIC_DIFFERENCE_UPDATE,
    &ISSUBSET,
    &ISSUPERSET,
    &ISDISJOINT,
    &CONTAINS,
    &LEN,
    &ITER,
    &INIT,
    &D_OR,
    &D_AND,
    &D_SUB,
    &D_XOR,
    &D_ROR,
    &D_RAND,
    &D_RSUB,
    &D_RXOR,
    &D_EQ,
    &D_NE,
    &D_LT,
    &D_LE,
    &D_GT,
    &D_GE,
    &D_IOR,
    &D_IAND,
    &D_ISUB,
    &D_IXOR,
];

pub static FROZENSET_METHODS: &[&BuiltinFn] = &[
    &COPY,
    &UNION,
    &INTERSECTION,
    &DIFFERENCE,
    &SYMMETRIC_DIFFERENCE,
    &ISSUBSET,
    &ISSUPERSET,
    &ISDISJOINT,
    &CONTAINS,
    &LEN,
    &ITER,
    &D_OR,
    &D_AND,
    &D_SUB,
    &D_XOR,
    &D_ROR,
    &D_RAND,
    &D_RSUB,
    &D_RXOR,
    &D_EQ,
    &D_NE,
    &D_LT,
    &D_LE,
    &D_GT,
    &D_GE,
];

// ---------------------------------------------------------------- helpers

/// The builtin type (set or frozenset) of a native set-like value.
fn builtin_type(s: Obj) -> &'static TypeObj {
    if s.type_of().kind == Kind::FrozenSet {
        &builtin::FROZENSET
    } else {
        &builtin::SET
    }
}

#[inline]
fn raw(s: Obj) -> *mut Map {
    map(s)
}

/// Adds `k` to set `s`.
#[inline]
fn add(vm: &mut Vm, s: Obj, k: Obj) -> PyResult<()> {
    let m = raw(s);
    // SAFETY: `s` is a live set on our stack; the map is re-read by `insert` after calls.
    unsafe { (*m).insert(vm, k, Obj::NONE) }
}

/// Whether a key is a set being looked up (it then stands for the equal frozenset).
fn as_frozen_key(vm: &mut Vm, k: Obj) -> PyResult<Option<Obj>> {
    if k.is_ptr() && k.type_of().kind == Kind::Set {
        let f = vm.new_set(&builtin::FROZENSET)?;
        let src = raw(k);
        // SAFETY: `k` is a live set on our stack.
        let copy = unsafe { (*src).copy(vm)? };
        *map(f) = copy;
        return Ok(Some(f));
    }
    Ok(None)
}

/// `k in s` for a native set or frozenset (a set key is looked up as a frozenset).
pub(crate) fn has(vm: &mut Vm, s: Obj, k: Obj) -> PyResult<bool> {
    let m = raw(s);
    // SAFETY: as in `add`.
    match unsafe { (*m).contains(vm, k) } {
        Ok(b) => Ok(b),
        Err(e) => match as_frozen_key(vm, k)? {
            Some(f) => {
                let m = raw(s);
                // SAFETY: as in `add`.
                unsafe { (*m).contains(vm, f) }
            }
            None => Err(e),
        },
    }
}

/// Removes `k` from `s`; whether it was there.
fn discard(vm: &mut Vm, s: Obj, k: Obj) -> PyResult<bool> {
    let m = raw(s);
    // SAFETY: as in `add`.
    match unsafe { (*m).remove(vm, k) } {
        Ok(r) => Ok(r.is_some()),
        Err(e) => match as_frozen_key(vm, k)? {
            Some(f) => {
                let m = raw(s);
                // SAFETY: as in `add`.
                Ok(unsafe { (*m).remove(vm, f) }?.is_some())
            }
            None => Err(e),
        },
    }
}

/// Calls `f` on every item of iterable `o`, walking sets and dicts directly.
pub(crate) fn for_each(
    vm: &mut Vm,
    o: Obj,
    mut f: impl FnMut(&mut Vm, Obj) -> PyResult<()>,
) -> PyResult<()> {
    let n = native_value(o);
    if is_set_like(n) || pdict::is_dict(n) {
        // Sets and dicts share the map layout: walk slots, re-reading the map each step.
        let mut i = 0;
        while i < map(n).slot_count() {
            if let Some(e) = map(n).entry_at(i) {
                f(vm, e.key)?;
            }
            i += 1;
        }
        return Ok(());
    }
    if o.is_exactly(&builtin::TUPLE) {
        let len = tuple::items(o).len();
        for i in 0..len {
            f(vm, tuple::items(o)[i])?;
        }
        return Ok(());
    }
    let it = vm.get_iter(o)?;
    while let Some(x) = vm.iter_next(it)? {
        f(vm, x)?;
    }
    Ok(())
}

/// A new set of type `ty` holding the items of iterable `o`.
pub(crate) fn from_iterable(vm: &mut Vm, ty: &'static TypeObj, o: Obj) -> PyResult {
    let s = vm.new_set(ty)?;
    let n = native_value(o);
    if is_set_like(n) {
        let src = raw(n);
        // SAFETY: `o` is live on our stack.
        let copy = unsafe { (*src).copy(vm)? };
        *map(s) = copy;
        return Ok(s);
    }
    for_each(vm, o, |vm, x| add(vm, s, x))?;
    Ok(s)
}

/// A copy of set-like `s` as a new set of type `ty`.
fn copy_as(vm: &mut Vm, ty: &'static TypeObj, s: Obj) -> PyResult {
    from_iterable(vm, ty, s)
}

/// `o` itself if it is a native set or frozenset, else a temporary set of its items.
fn as_set(vm: &mut Vm, o: Obj) -> PyResult {
    let n = native_value(o);
    if is_set_like(n) {
        return Ok(n);
    }
    from_iterable(vm, &builtin::SET, o)
}

/// What kind of dict view `o` is: 0 keys, 1 values, 2 items (None if not a view).
pub(crate) fn view_kind(o: Obj) -> Option<u8> {
    if !o.is_ptr() || o.type_of().kind != Kind::DictView {
        return None;
    }
    let t = o.type_of();
    Some(if core::ptr::eq(t, &builtin::DICT_KEYS) {
        0
    } else if core::ptr::eq(t, &builtin::DICT_VALUES) {
        1
    } else {
        2
    })
}

fn view_dict(o: Obj) -> Obj {
    // SAFETY: callers pass view objects.
    unsafe { o.as_ref::<ViewObj>().dict }
}

/// The length of a set-like object: sets, frozensets, keys and items views.
pub(crate) fn setlike_len(o: Obj) -> Option<usize> {
    if is_set_like(o) {
        return Some(map(o).len());
    }
    match view_kind(o) {
        Some(0) | Some(2) => Some(pdict::map(view_dict(o)).len()),
        _ => None,
    }
}

/// `k in o` for a set-like object (see `setlike_len`).
pub(crate) fn setlike_contains(vm: &mut Vm, o: Obj, k: Obj) -> PyResult<bool> {
    if is_set_like(o) {
        return has(vm, o, k);
    }
    crate::methods::dict::view_contains(vm, o, k)
}

/// Whether every item of set-like `a` is in set-like `b`.
fn is_subset(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    let mut all = true;
    // A sentinel error stops the walk early without allocating.
    let r = for_each(vm, a, |vm, x| {
        if !setlike_contains(vm, b, x)? {
            all = false;
            return Err(Obj::NULL);
        }
        Ok(())
    });
    match r {
        Err(e) if !e.is_null() => Err(e),
        _ => Ok(all),
    }
}

/// Rich comparison of two set-like objects (None when `b` is not set-like).
pub(crate) fn setlike_compare(
    vm: &mut Vm,
    op: CompareKind,
    a: Obj,
    b: Obj,
) -> PyResult<Option<bool>> {
    let (Some(la), Some(lb)) = (setlike_len(a), setlike_len(b)) else {
        return Ok(None);
    };
    let r = match op {
        CompareKind::Eq => la == lb && is_subset(vm, a, b)?,
        CompareKind::Ne => !(la == lb && is_subset(vm, a, b)?),
        CompareKind::Le => la <= lb && is_subset(vm, a, b)?,
        CompareKind::Lt => la < lb && is_subset(vm, a, b)?,
        CompareKind::Ge => la >= lb && is_subset(vm, b, a)?,
        CompareKind::Gt => la > lb && is_subset(vm, b, a)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `a & b` as a new set of type `ty` (`b` a native set-like value).
fn intersection(vm: &mut Vm, ty: &'static TypeObj, a: Obj, b: Obj) -> PyResult {
    let r = vm.new_set(ty)?;
    // Walk the smaller one, keeping its items.
    let (walk, other) = if map(b).len() < map(a).len() {
        (b, a)
    } else {
        (a, b)
    };
    for_each(vm, walk, |vm, x| {
        if has(vm, other, x)? {
            add(vm, r, x)?;
        }
        Ok(())
    })?;
    Ok(r)
}

/// `a - b` as a new set of type `ty` (`b` any set-like value).
fn difference(vm: &mut Vm, ty: &'static TypeObj, a: Obj, b: Obj) -> PyResult {
    let r = vm.new_set(ty)?;
    for_each(vm, a, |vm, x| {
        if !setlike_contains(vm, b, x)? {
            add(vm, r, x)?;
        }
        Ok(())
    })?;
    Ok(r)
}

/// `s ^= items` in place.
fn xor_into(vm: &mut Vm, s: Obj, b: Obj) -> PyResult<()> {
    if native_value(b) == s {
        map(s).clear();
        return Ok(());
    }
    // Items of `b` are toggled once each even if `b` repeats them.
    let b = as_set(vm, b)?;
    for_each(vm, b, |vm, x| {
        if !discard(vm, s, x)? {
            add(vm, s, x)?;
        }
        Ok(())
    })
}

/// Replaces the contents of set `s` with those of `r`.
fn replace(s: Obj, r: Obj) {
    let m = core::mem::take(map(r));
    *map(s) = m;
}

/// The set operators on set-like `a` and `b`, with the result of type `ty`.
pub(crate) fn set_binop(
    vm: &mut Vm,
    ty: &'static TypeObj,
    op: BinaryOpKind,
    a: Obj,
    b: Obj,
) -> PyResult<Option<Obj>> {
    let r = match op {
        BinaryOpKind::Or => {
            let r = copy_as(vm, ty, a)?;
            for_each(vm, b, |vm, x| add(vm, r, x))?;
            r
        }
        BinaryOpKind::And => {
            let a = as_set(vm, a)?;
            let b = as_set(vm, b)?;
            intersection(vm, ty, a, b)?
        }
        BinaryOpKind::Sub => {
            let b = if setlike_len(b).is_some() {
                b
            } else {
                as_set(vm, b)?
            };
            difference(vm, ty, a, b)?
        }
        BinaryOpKind::Xor => {
            let r = copy_as(vm, ty, a)?;
            xor_into(vm, r, b)?;
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

// ---------------------------------------------------------------- slots

fn repr(vm: &mut Vm, s: Obj, out: &mut String) -> PyResult<()> {
    let frozen = s.type_of().kind == Kind::FrozenSet;
    if map(s).is_empty() {
        out.push_str(if frozen { "frozenset()" } else { "set()" });
        return Ok(());
    }
    if frozen {
        out.push_str("frozenset(");
    }
    out.push('{');
    let mut first = true;
    let mut i = 0;
    while i < map(s).slot_count() {
        if let Some(e) = map(s).entry_at(i) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            vm.repr_into(e.key, out)?;
        }
        i += 1;
    }
    out.push('}');
    if frozen {
        out.push(')');
    }
    Ok(())
}

fn set_hash(vm: &mut Vm, _s: Obj) -> PyResult<i64> {
    Err(vm.type_error("unhashable type: 'set'"))
}

fn mix(h: u64) -> u64 {
    // A bijective scramble so that xor-combining item hashes spreads bits.
    let h = (h ^ (h >> 29) ^ 0x5bd1_e995).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 32)
}

fn frozenset_hash(vm: &mut Vm, s: Obj) -> PyResult<i64> {
    let mut h: u64 = 0;
    let mut i = 0;
    while i < map(s).slot_count() {
        if let Some(e) = map(s).entry_at(i) {
            h ^= mix(vm.py_hash(e.key)? as u64);
        }
        i += 1;
    }
    h ^= (map(s).len() as u64 + 1).wrapping_mul(1_927_868_237);
    let h = mix(h) as i64 >> 1;
    Ok(if h == -1 { -2 } else { h })
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !is_set_like(b) {
        // Views compare with sets from their own slot.
        return Ok(None);
    }
    setlike_compare(vm, op, a, b)
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, inplace: bool) -> PyResult<Option<Obj>> {
    if !is_set_like(a) || !is_set_like(b) {
        return Ok(None);
    }
    if !matches!(
        op,
        BinaryOpKind::Or | BinaryOpKind::And | BinaryOpKind::Sub | BinaryOpKind::Xor
    ) {
        return Ok(None);
    }
    if inplace && a.type_of().kind == Kind::Set {
        match op {
            BinaryOpKind::Or => {
                if a != b {
                    for_each(vm, b, |vm, x| add(vm, a, x))?;
                }
            }
            BinaryOpKind::And => {
                let r = intersection(vm, &builtin::SET, a, b)?;
                replace(a, r);
            }
            BinaryOpKind::Sub => {
                if a == b {
                    map(a).clear();
                } else {
                    for_each(vm, b, |vm, x| discard(vm, a, x).map(|_| ()))?;
                }
            }
            _ => xor_into(vm, a, b)?,
        }
        return Ok(Some(a));
    }
    set_binop(vm, builtin_type(a), op, a, b)
}

fn len(_vm: &mut Vm, s: Obj) -> PyResult<usize> {
    Ok(map(s).len())
}

fn truth(_vm: &mut Vm, s: Obj) -> PyResult<bool> {
    Ok(!map(s).is_empty())
}

fn contains(vm: &mut Vm, s: Obj, k: Obj) -> PyResult<bool> {
    has(vm, s, k)
}

fn set_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.a.is_null() {
        return Ok(None);
    }
    let m = map(it.a);
    if m.len() as isize != it.n {
        it.a = Obj::NULL;
        return Err(vm.runtime_error("Set changed size during iteration"));
    }
    let count = m.slot_count();
    while (it.i as usize) < count {
        let i = it.i as usize;
        it.i += 1;
        if let Some(e) = m.entry_at(i) {
            return Ok(Some(e.key));
        }
    }
    it.a = Obj::NULL;
    Ok(None)
}

fn iter(vm: &mut Vm, s: Obj) -> PyResult {
    let n = map(s).len() as isize;
    vm.new_iter(set_next, s, Obj::NULL, 0, n)
}

fn new(vm: &mut Vm, t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let ty: &'static TypeObj = if t.kind == Kind::FrozenSet {
        &builtin::FROZENSET
    } else {
        &builtin::SET
    };
    if !kwnames.is_empty() {
        let msg = alloc::format!("{}() takes no keyword arguments", ty.name);
        return Err(vm.type_error(&msg));
    }
    match args.len() {
        0 => vm.new_set(ty),
        1 => {
            if ty.kind == Kind::FrozenSet && args[0].is_exactly(&builtin::FROZENSET) {
                return Ok(args[0]);
            }
            from_iterable(vm, ty, args[0])
        }
        n => {
            let msg = alloc::format!("{} expected at most 1 argument, got {}", ty.name, n);
            Err(vm.type_error(&msg))
        }
    }
}

// ---------------------------------------------------------------- methods

fn self_of(args: &[Obj]) -> Obj {
    native_value(args[0])
}

fn m_add(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "add", args, kw, 2, 2)?;
    add(vm, self_of(a), a[1])?;
    Ok(Obj::NONE)
}

fn m_remove(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "remove", args, kw, 2, 2)?;
    if !discard(vm, self_of(a), a[1])? {
        return Err(vm.key_error(a[1]));
    }
    Ok(Obj::NONE)
}

fn m_discard(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "discard", args, kw, 2, 2)?;
    discard(vm, self_of(a), a[1])?;
    Ok(Obj::NONE)
}

/// Rebuilds a map whose deleted slots outnumber what scans should have to skip.
pub(crate) fn compact(vm: &mut Vm, m: *mut Map, skipped: usize) -> PyResult<()> {
    // SAFETY: callers pass the map of a live object on their stack.
    let len = unsafe { (*m).len() };
    let mut limit = 16;
    while limit * limit < len * 16 {
        limit *= 2;
    }
    if skipped > limit {
        // SAFETY: as above; the copy is stored back before anything else can see the map.
        let copy = unsafe { (*m).copy(vm)? };
        unsafe { *m = copy };
    }
    Ok(())
}

fn m_pop(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "pop", args, kw, 1, 1)?;
    let s = self_of(a);
    let m = raw(s);
    // SAFETY: the set is live on our stack.
    let (i, e) = {
        let mm = unsafe { &*m };
        let mut found = None;
        for i in 0..mm.slot_count() {
            if let Some(e) = mm.entry_at(i) {
                found = Some((i, e));
                break;
            }
        }
        match found {
            Some(f) => f,
            None => return Err(vm.new_exc(&exc::KEY_ERROR, "pop from an empty set")),
        }
    };
    // SAFETY: slot i is live.
    unsafe { (*m).remove_slot(i) };
    compact(vm, m, i)?;
    Ok(e.key)
}

fn m_clear(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "clear", args, kw, 1, 1)?;
    map(self_of(a)).clear();
    Ok(Obj::NONE)
}

fn m_copy(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "copy", args, kw, 1, 1)?;
    let s = self_of(a);
    if s.is_exactly(&builtin::FROZENSET) {
        return Ok(s);
    }
    copy_as(vm, builtin_type(s), s)
}

fn m_update(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "update", args, kw, 1, usize::MAX)?;
    let s = self_of(a);
    for &o in &a[1..] {
        if native_value(o) != s {
            for_each(vm, o, |vm, x| add(vm, s, x))?;
        }
    }
    Ok(Obj::NONE)
}

fn m_union(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "union", args, kw, 1, usize::MAX)?;
    let s = self_of(a);
    let r = copy_as(vm, builtin_type(s), s)?;
    for &o in &a[1..] {
        for_each(vm, o, |vm, x| add(vm, r, x))?;
    }
    Ok(r)
}

fn intersect_all(vm: &mut Vm, s: Obj, others: &[Obj]) -> PyResult {
    let ty = builtin_type(s);
    let mut r = copy_as(vm, ty, s)?;
    for &o in others {
        let b = as_set(vm, o)?;
        r = intersection(vm, ty, r, b)?;
    }
    Ok(r)
}

fn m_intersection(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "intersection", args, kw, 1, usize::MAX)?;
    intersect_all(vm, self_of(a), &a[1..])
}

fn m_intersection_update(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "intersection_update", args, kw, 1, usize::MAX)?;
    let s = self_of(a);
    let r = intersect_all(vm, s, &a[1..])?;
    replace(s, r);
    Ok(Obj::NONE)
}

fn m_difference(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "difference", args, kw, 1, usize::MAX)?;
    let s = self_of(a);
    let r = copy_as(vm, builtin_type(s), s)?;
    for &o in &a[1..] {
        for_each(vm, o, |vm, x| discard(vm, r, x).map(|_| ()))?;
    }
    Ok(r)
}

fn m_difference_update(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "difference_update", args, kw, 1, usize::MAX)?;
    let s = self_of(a);
    for &o in &a[1..] {
        if native_value(o) == s {
            map(s).clear();
        } else {
            for_each(vm, o, |vm, x| discard(vm, s, x).map(|_| ()))?;
        }
    }
    Ok(Obj::NONE)
}

fn m_symmetric_difference(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "symmetric_difference", args, kw, 2, 2)?;
    let s = self_of(a);
    let r = copy_as(vm, builtin_type(s), s)?;
    xor_into(vm, r, a[1])?;
    Ok(r)
}

fn m_symmetric_difference_update(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "symmetric_difference_update", args, kw, 2, 2)?;
    xor_into(vm, self_of(a), a[1])?;
    Ok(Obj::NONE)
}

fn m_issubset(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "issubset", args, kw, 2, 2)?;
    let b = as_set(vm, a[1])?;
    let s = self_of(a);
    Ok(Obj::from_bool(
        map(s).len() <= map(b).len() && is_subset(vm, s, b)?,
    ))
}

fn m_issuperset(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "issuperset", args, kw, 2, 2)?;
    let s = self_of(a);
    Ok(Obj::from_bool(is_subset(vm, a[1], s)?))
}

fn m_isdisjoint(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isdisjoint", args, kw, 2, 2)?;
    Ok(Obj::from_bool(disjoint(vm, self_of(a), a[1])?))
}

/// Whether set-like `s` shares no item with iterable `o`.
pub(crate) fn disjoint(vm: &mut Vm, s: Obj, o: Obj) -> PyResult<bool> {
    let mut none = true;
    let r = for_each(vm, o, |vm, x| {
        if setlike_contains(vm, s, x)? {
            none = false;
            return Err(Obj::NULL);
        }
        Ok(())
    });
    match r {
        Err(e) if !e.is_null() => Err(e),
        _ => Ok(none),
    }
}

fn m_contains(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__contains__", args, kw, 2, 2)?;
    Ok(Obj::from_bool(has(vm, self_of(a), a[1])?))
}

fn m_len(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__len__", args, kw, 1, 1)?;
    Ok(Obj::small_int(map(self_of(a)).len() as isize))
}

fn m_iter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__iter__", args, kw, 1, 1)?;
    iter(vm, self_of(a))
}

fn m_init(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "set", args, kw, 1, 2)?;
    let s = self_of(a);
    if s.type_of().kind != Kind::Set {
        return Ok(Obj::NONE);
    }
    map(s).clear();
    if a.len() == 2 {
        for_each(vm, a[1], |vm, x| add(vm, s, x))?;
    }
    Ok(Obj::NONE)
}

/// `s.__or__(o)` and friends: `kind` 0 forward, 1 reflected, 2 in place.
fn op_method(
    vm: &mut Vm,
    args: &[Obj],
    kw: &[Obj],
    name: &str,
    op: BinaryOpKind,
    kind: u8,
) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 2, 2)?;
    let (x, y) = (self_of(a), native_value(a[1]));
    let r = match kind {
        0 => binop(vm, op, x, y, false)?,
        1 => binop(vm, op, y, x, false)?,
        _ => {
            if x.type_of().kind == Kind::Set {
                binop(vm, op, x, y, true)?.map(|_| a[0])
            } else {
                binop(vm, op, x, y, false)?
            }
        }
    };
    Ok(r.unwrap_or(Obj::NOT_IMPLEMENTED))
}

fn cmp_method(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str, op: CompareKind) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 2, 2)?;
    let (x, y) = (self_of(a), native_value(a[1]));
    Ok(match compare(vm, op, x, y)? {
        Some(b) => Obj::from_bool(b),
        None => Obj::NOT_IMPLEMENTED,
    })
}

fn m_or(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__or__", BinaryOpKind::Or, 0)
}

fn m_and(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__and__", BinaryOpKind::And, 0)
}

fn m_sub(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__sub__", BinaryOpKind::Sub, 0)
}

fn m_xor(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__xor__", BinaryOpKind::Xor, 0)
}

fn m_ror(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__ror__", BinaryOpKind::Or, 1)
}

fn m_rand(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__rand__", BinaryOpKind::And, 1)
}

fn m_rsub(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__rsub__", BinaryOpKind::Sub, 1)
}

fn m_rxor(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__rxor__", BinaryOpKind::Xor, 1)
}

fn m_ior(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__ior__", BinaryOpKind::Or, 2)
}

fn m_iand(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__iand__", BinaryOpKind::And, 2)
}

fn m_isub(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__isub__", BinaryOpKind::Sub, 2)
}

fn m_ixor(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    op_method(vm, args, kw, "__ixor__", BinaryOpKind::Xor, 2)
}

fn m_eq(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    cmp_method(vm, args, kw, "__eq__", CompareKind::Eq)
}

fn m_ne(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    cmp_method(vm, args, kw, "__ne__", CompareKind::Ne)
}

fn m_lt(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    cmp_method(vm, args, kw, "__lt__", CompareKind::Lt)
}

fn m_le(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    cmp_method(vm, args, kw, "__le__", CompareKind::Le)
}

fn m_gt(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    cmp_method(vm, args, kw, "__gt__", CompareKind::Gt)
}

fn m_ge(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    cmp_method(vm, args, kw, "__ge__", CompareKind::Ge)
}
