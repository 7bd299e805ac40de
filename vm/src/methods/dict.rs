//! dict: slots and methods, and the `dict_keys` / `dict_values` / `dict_items` views.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::map::{Entry, Map};
use crate::obj::Obj;
use crate::objects::dict::{is_dict, map, ViewObj};
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::{exc, tuple};
use crate::types::{builtin, BuiltinFn, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{classmethod, method};

use super::set as pset;

pub static DICT_SLOTS: Slots = Slots {
    repr: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    setitem: Some(setitem),
    contains: Some(contains),
    iter: Some(iter),
    new: Some(new),
    truth: Some(truth),
    ..Slots::NONE
};

method!(KEYS, "keys", m_keys);
method!(VALUES, "values", m_values);
method!(ITEMS, "items", m_items);
method!(GET, "get", m_get);
method!(SETDEFAULT, "setdefault", m_setdefault);
method!(POP, "pop", m_pop);
method!(POPITEM, "popitem", m_popitem);
method!(UPDATE, "update", m_update);
method!(COPY, "copy", m_copy);
method!(CLEAR, "clear", m_clear);
classmethod!(FROMKEYS, "fromkeys", m_fromkeys);
method!(GETITEM, "__getitem__", m_getitem);
method!(SETITEM, "__setitem__", m_setitem);
method!(DELITEM, "__delitem__", m_delitem);
method!(CONTAINS, "__contains__", m_contains);
method!(LEN, "__len__", m_len);
method!(ITER, "__iter__", m_iter);
method!(REVERSED, "__reversed__", m_reversed);
method!(INIT, "__init__", m_init);
method!(EQ, "__eq__", m_eq);
method!(NE, "__ne__", m_ne);
method!(OR, "__or__", m_or);
method!(ROR, "__ror__", m_ror);
method!(IOR, "__ior__", m_ior);

pub static DICT_METHODS: &[&BuiltinFn] = &[
    &KEYS,
    &VALUES,
    &ITEMS,
    &GET,
    &SETDEFAULT,
    &POP,
    &POPITEM,
    &UPDATE,
    &COPY,
    &CLEAR,
    &FROMKEYS,
    &GETITEM,
    &SETITEM,
    &DELITEM,
    &CONTAINS,
    &LEN,
    &ITER,
    &REVERSED,
    &INIT,
    &EQ,
    &NE,
    &OR,
    &ROR,
    &IOR,
];

pub static VIEW_SLOTS: Slots = Slots {
    repr: Some(view_repr),
    compare: Some(view_compare),
    binop: Some(view_binop),
    len: Some(view_len),
    contains: Some(view_contains),
    iter: Some(view_iter),
    ..Slots::NONE
};

method!(VIEW_REVERSED, "__reversed__", view_m_reversed);
method!(VIEW_ISDISJOINT, "isdisjoint", view_m_isdisjoint);
method!(VIEW_LEN, "__len__", view_m_len);
method!(VIEW_ITER, "__iter__", view_m_iter);
method!(VIEW_CONTAINS, "__contains__", view_m_contains);

pub static VIEW_METHODS: &[&BuiltinFn] = &[
    &VIEW_REVERSED,
    &VIEW_ISDISJOINT,
    &VIEW_LEN,
    &VIEW_ITER,
    &VIEW_CONTAINS,
];

// ---------------------------------------------------------------- recursive repr guard

/// The containers whose repr is being computed (by address), so that a container reached
/// again from inside itself prints as `{...}` / `[...]`. Addresses are unique across VMs
/// (each has its own heap), so one process-wide table serves all of them.
struct ReprGuard {
    lock: AtomicBool,
    active: UnsafeCell<Vec<usize>>,
}

// SAFETY: `active` is only touched while `lock` is held.
unsafe impl Sync for ReprGuard {}

static GUARD: ReprGuard = ReprGuard {
    lock: AtomicBool::new(false),
    active: UnsafeCell::new(Vec::new()),
};

fn with_active<R>(f: impl FnOnce(&mut Vec<usize>) -> R) -> R {
    while GUARD
        .lock
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        core::hint::spin_loop();
    }
    // SAFETY: the lock is held.
    let r = f(unsafe { &mut *GUARD.active.get() });
    GUARD.lock.store(false, Ordering::Release);
    r
}

/// Marks container `o` as being repr'd; false if it already is (a recursive reference).
/// Every `true` must be paired with `repr_leave(o)`.
pub fn repr_enter(o: Obj) -> bool {
    with_active(|a| {
        if a.contains(&o.bits()) {
            false
        } else {
            a.push(o.bits());
            true
        }
    })
}

pub fn repr_leave(o: Obj) {
    with_active(|a| {
        if let Some(p) = a.iter().rposition(|&x| x == o.bits()) {
            a.remove(p);
        }
    })
}

// ---------------------------------------------------------------- helpers

#[inline]
fn raw(d: Obj) -> *mut Map {
    map(d)
}

#[inline]
fn get(vm: &mut Vm, d: Obj, k: Obj) -> PyResult<Option<Obj>> {
    let m = raw(d);
    // SAFETY: `d` is a live dict on our stack; the map is re-read by `get` after calls.
    unsafe { (*m).get(vm, k) }
}

#[inline]
fn set(vm: &mut Vm, d: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let m = raw(d);
    // SAFETY: as in `get`.
    unsafe { (*m).insert(vm, k, v) }
}

#[inline]
fn remove(vm: &mut Vm, d: Obj, k: Obj) -> PyResult<Option<Obj>> {
    let m = raw(d);
    // SAFETY: as in `get`.
    unsafe { (*m).remove(vm, k) }
}

fn self_of(args: &[Obj]) -> Obj {
    native_value(args[0])
}

/// A new dict with the entries of `d`.
fn copy_of(vm: &mut Vm, d: Obj) -> PyResult {
    let r = vm.new_dict()?;
    let m = raw(d);
    // SAFETY: `d` is live on our stack.
    let copy = unsafe { (*m).copy(vm)? };
    *map(r) = copy;
    Ok(r)
}

/// `d.update(*args, **kw)` as the constructor, `__init__` and `update` share it.
fn update_from(vm: &mut Vm, d: Obj, fname: &str, args: &[Obj], kwnames: &[Obj]) -> PyResult<()> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        let msg = alloc::format!("{} expected at most 1 argument, got {}", fname, npos);
        return Err(vm.type_error(&msg));
    }
    if npos == 1 {
        vm.dict_update(d, args[0], false)?;
    }
    for (i, &k) in kwnames.iter().enumerate() {
        set(vm, d, k, args[npos + i])?;
    }
    Ok(())
}

/// Whether dicts `a` and `b` have equal items.
fn dict_eq(vm: &mut Vm, a: Obj, b: Obj) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if map(a).len() != map(b).len() {
        return Ok(false);
    }
    let mut i = 0;
    while i < map(a).slot_count() {
        if let Some(e) = map(a).entry_at(i) {
            match get(vm, b, e.key)? {
                Some(bv) => {
                    if !vm.eq(e.value, bv)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        i += 1;
    }
    Ok(true)
}

// ---------------------------------------------------------------- iterators

const KEYS_IT: u8 = 0;
const VALUES_IT: u8 = 1;
const ITEMS_IT: u8 = 2;

/// The next live entry of the dict iterated by `it` (`a` the dict, `i` the slot, `n` the
/// size at creation), walking backwards when `REV`.
#[inline]
fn advance<const REV: bool>(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Entry>> {
    if it.a.is_null() {
        return Ok(None);
    }
    let m = map(it.a);
    if m.len() as isize != it.n {
        it.a = Obj::NULL;
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    if REV {
        while it.i > 0 {
            it.i -= 1;
            if let Some(e) = m.entry_at(it.i as usize) {
                return Ok(Some(e));
            }
        }
    } else {
        let count = m.slot_count();
        while (it.i as usize) < count {
            let i = it.i as usize;
            it.i += 1;
            if let Some(e) = m.entry_at(i) {
                return Ok(Some(e));
            }
        }
    }
    it.a = Obj::NULL;
    Ok(None)
}

fn dict_next<const KIND: u8, const REV: bool>(
    vm: &mut Vm,
    it: &mut IterObj,
) -> PyResult<Option<Obj>> {
    let Some(e) = advance::<REV>(vm, it)? else {
        return Ok(None);
    };
    Ok(Some(match KIND {
        KEYS_IT => e.key,
        VALUES_IT => e.value,
        _ => vm.new_tuple(&[e.key, e.value])?,
    }))
}

fn new_dict_iter(vm: &mut Vm, d: Obj, kind: u8, rev: bool) -> PyResult {
    let m = map(d);
    let n = m.len() as isize;
    let (f, start): (crate::objects::iter::NextFn, isize) = match (kind, rev) {
        (KEYS_IT, false) => (dict_next::<KEYS_IT, false>, 0),
        (VALUES_IT, false) => (dict_next::<VALUES_IT, false>, 0),
        (_, false) => (dict_next::<ITEMS_IT, false>, 0),
        (KEYS_IT, true) => (dict_next::<KEYS_IT, true>, m.slot_count() as isize),
        (VALUES_IT, true) => (dict_next::<VALUES_IT, true>, m.slot_count() as isize),
        (_, true) => (dict_next::<ITEMS_IT, true>, m.slot_count() as isize),
    };
    vm.new_iter(f, d, Obj::NULL, start, n)
}

// ---------------------------------------------------------------- dict slots

fn repr(vm: &mut Vm, d: Obj, out: &mut String) -> PyResult<()> {
    if map(d).is_empty() {
        out.push_str("{}");
        return Ok(());
    }
    if !repr_enter(d) {
        out.push_str("{...}");
        return Ok(());
    }
    let r = repr_items(vm, d, out);
    repr_leave(d);
    r
}

fn repr_items(vm: &mut Vm, d: Obj, out: &mut String) -> PyResult<()> {
    out.push('{');
    let mut first = true;
    let mut i = 0;
    while i < map(d).slot_count() {
        if let Some(e) = map(d).entry_at(i) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            vm.repr_into(e.key, out)?;
            out.push_str(": ");
            vm.repr_into(e.value, out)?;
        }
        i += 1;
    }
    out.push('}');
    Ok(())
}

fn hash(vm: &mut Vm, _d: Obj) -> PyResult<i64> {
    Err(vm.type_error("unhashable type: 'dict'"))
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !is_dict(a) || !is_dict(b) {
        return Ok(None);
    }
    match op {
        CompareKind::Eq => Ok(Some(dict_eq(vm, a, b)?)),
        CompareKind::Ne => Ok(Some(!dict_eq(vm, a, b)?)),
        _ => Ok(None),
    }
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, inplace: bool) -> PyResult<Option<Obj>> {
    if op != BinaryOpKind::Or || !is_dict(a) {
        return Ok(None);
    }
    if inplace {
        vm.dict_update(a, b, false)?;
        return Ok(Some(a));
    }
    if !is_dict(b) {
        return Ok(None);
    }
    let r = copy_of(vm, a)?;
    vm.dict_update(r, b, false)?;
    Ok(Some(r))
}

fn len(_vm: &mut Vm, d: Obj) -> PyResult<usize> {
    Ok(map(d).len())
}

fn truth(_vm: &mut Vm, d: Obj) -> PyResult<bool> {
    Ok(!map(d).is_empty())
}

fn getitem(vm: &mut Vm, d: Obj, k: Obj) -> PyResult {
    match get(vm, d, k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k)),
    }
}

fn setitem(vm: &mut Vm, d: Obj, k: Obj, v: Obj) -> PyResult<()> {
    if v.is_null() {
        if remove(vm, d, k)?.is_none() {
            return Err(vm.key_error(k));
        }
        return Ok(());
    }
    set(vm, d, k, v)
}

fn contains(vm: &mut Vm, d: Obj, k: Obj) -> PyResult<bool> {
    let m = raw(d);
    // SAFETY: as in `get`.
    unsafe { (*m).contains(vm, k) }
}

fn iter(vm: &mut Vm, d: Obj) -> PyResult {
    new_dict_iter(vm, d, KEYS_IT, false)
}

fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let d = vm.new_dict()?;
    update_from(vm, d, "dict", args, kwnames)?;
    Ok(d)
}

// ---------------------------------------------------------------- dict methods

fn m_keys(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "keys", args, kw, 1, 1)?;
    vm.new_dict_view(self_of(a), &builtin::DICT_KEYS)
}

fn m_values(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "values", args, kw, 1, 1)?;
    vm.new_dict_view(self_of(a), &builtin::DICT_VALUES)
}

fn m_items(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "items", args, kw, 1, 1)?;
    vm.new_dict_view(self_of(a), &builtin::DICT_ITEMS)
}

fn m_get(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "get", args, kw, 2, 3)?;
    match get(vm, self_of(a), a[1])? {
        Some(v) => Ok(v),
        None => Ok(if a.len() == 3 { a[2] } else { Obj::NONE }),
    }
}

fn m_setdefault(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "setdefault", args, kw, 2, 3)?;
    let d = self_of(a);
    if let Some(v) = get(vm, d, a[1])? {
        return Ok(v);
    }
    let v = if a.len() == 3 { a[2] } else { Obj::NONE };
    set(vm, d, a[1], v)?;
    Ok(v)
}

fn m_pop(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "pop", args, kw, 2, 3)?;
    match remove(vm, self_of(a), a[1])? {
        Some(v) => Ok(v),
        None if a.len() == 3 => Ok(a[2]),
        None => Err(vm.key_error(a[1])),
    }
}

fn m_popitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "popitem", args, kw, 1, 1)?;
    let d = self_of(a);
    let m = raw(d);
    // SAFETY: the dict is live on our stack.
    let mm = unsafe { &mut *m };
    let mut i = mm.slot_count();
    let e = loop {
        if i == 0 {
            return Err(vm.new_exc(&exc::KEY_ERROR, "popitem(): dictionary is empty"));
        }
        i -= 1;
        if let Some(e) = mm.entry_at(i) {
            break e;
        }
    };
    let skipped = mm.slot_count() - 1 - i;
    mm.remove_slot(i);
    let t = vm.new_tuple(&[e.key, e.value])?;
    pset::compact(vm, m, skipped)?;
    Ok(t)
}

fn m_update(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    if args.len() == kw.len() {
        return Err(vm.type_error("descriptor 'update' of 'dict' object needs an argument"));
    }
    let d = self_of(args);
    update_from(vm, d, "update", &args[1..], kw)?;
    Ok(Obj::NONE)
}

fn m_init(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    if args.len() == kw.len() {
        return Err(vm.type_error("descriptor '__init__' of 'dict' object needs an argument"));
    }
    let d = self_of(args);
    update_from(vm, d, "dict", &args[1..], kw)?;
    Ok(Obj::NONE)
}

fn m_copy(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "copy", args, kw, 1, 1)?;
    copy_of(vm, self_of(a))
}

fn m_clear(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "clear", args, kw, 1, 1)?;
    map(self_of(a)).clear();
    Ok(Obj::NONE)
}

fn m_fromkeys(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "fromkeys", args, kw, 2, 3)?;
    let v = if a.len() == 3 { a[2] } else { Obj::NONE };
    let cls = a[0];
    if cls == builtin::DICT.as_obj() {
        let d = vm.new_dict()?;
        pset::for_each(vm, a[1], |vm, k| set(vm, d, k, v))?;
        return Ok(d);
    }
    let d = vm.call(cls, &[], &[])?;
    pset::for_each(vm, a[1], |vm, k| vm.setitem(d, k, v))?;
    Ok(d)
}

fn m_getitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__getitem__", args, kw, 2, 2)?;
    getitem(vm, self_of(a), a[1])
}

fn m_setitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__setitem__", args, kw, 3, 3)?;
    set(vm, self_of(a), a[1], a[2])?;
    Ok(Obj::NONE)
}

fn m_delitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__delitem__", args, kw, 2, 2)?;
    setitem(vm, self_of(a), a[1], Obj::NULL)?;
    Ok(Obj::NONE)
}

fn m_contains(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__contains__", args, kw, 2, 2)?;
    Ok(Obj::from_bool(contains(vm, self_of(a), a[1])?))
}

fn m_len(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__len__", args, kw, 1, 1)?;
    Ok(Obj::small_int(map(self_of(a)).len() as isize))
}

fn m_iter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__iter__", args, kw, 1, 1)?;
    new_dict_iter(vm, self_of(a), KEYS_IT, false)
}

fn m_reversed(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__reversed__", args, kw, 1, 1)?;
    new_dict_iter(vm, self_of(a), KEYS_IT, true)
}

fn eq_method(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str, ne: bool) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 2, 2)?;
    let (x, y) = (self_of(a), native_value(a[1]));
    if !is_dict(x) || !is_dict(y) {
        return Ok(Obj::NOT_IMPLEMENTED);
    }
    Ok(Obj::from_bool(dict_eq(vm, x, y)? != ne))
}

fn m_eq(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    eq_method(vm, args, kw, "__eq__", false)
}

fn m_ne(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    eq_method(vm, args, kw, "__ne__", true)
}

fn or_method(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str, kind: u8) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 2, 2)?;
    let (x, y) = (self_of(a), native_value(a[1]));
    let r = match kind {
        0 => binop(vm, BinaryOpKind::Or, x, y, false)?,
        1 => binop(vm, BinaryOpKind::Or, y, x, false)?,
        _ => binop(vm, BinaryOpKind::Or, x, a[1], true)?.map(|_| a[0]),
    };
    Ok(r.unwrap_or(Obj::NOT_IMPLEMENTED))
}

fn m_or(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    or_method(vm, args, kw, "__or__", 0)
}

fn m_ror(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    or_method(vm, args, kw, "__ror__", 1)
}

fn m_ior(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    or_method(vm, args, kw, "__ior__", 2)
}

// ---------------------------------------------------------------- views

fn view_dict(v: Obj) -> Obj {
    // SAFETY: callers pass view objects.
    unsafe { v.as_ref::<ViewObj>().dict }
}

/// 0 keys, 1 values, 2 items (callers pass views).
fn kind_of(v: Obj) -> u8 {
    pset::view_kind(v).unwrap_or(KEYS_IT)
}

fn view_repr(vm: &mut Vm, v: Obj, out: &mut String) -> PyResult<()> {
    let d = view_dict(v);
    let kind = kind_of(v);
    if !repr_enter(v) {
        out.push_str("...");
        return Ok(());
    }
    out.push_str(v.type_of().name);
    out.push_str("([");
    let mut first = true;
    let mut i = 0;
    let mut r = Ok(());
    while i < map(d).slot_count() {
        if let Some(e) = map(d).entry_at(i) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            r = match kind {
                KEYS_IT => vm.repr_into(e.key, out),
                VALUES_IT => vm.repr_into(e.value, out),
                _ => {
                    out.push('(');
                    let r = vm.repr_into(e.key, out);
                    out.push_str(", ");
                    let r2 = r.and_then(|_| vm.repr_into(e.value, out));
                    out.push(')');
                    r2
                }
            };
            if r.is_err() {
                break;
            }
        }
        i += 1;
    }
    repr_leave(v);
    out.push_str("])");
    r
}

fn view_len(_vm: &mut Vm, v: Obj) -> PyResult<usize> {
    Ok(map(view_dict(v)).len())
}

/// `k in view`: a key for keys views, a `(key, value)` pair for items views.
pub(crate) fn view_contains(vm: &mut Vm, v: Obj, k: Obj) -> PyResult<bool> {
    let d = view_dict(v);
    match kind_of(v) {
        KEYS_IT => contains(vm, d, k),
        ITEMS_IT => {
            if !k.is_exactly(&builtin::TUPLE) || tuple::items(k).len() != 2 {
                return Ok(false);
            }
            let (key, val) = (tuple::items(k)[0], tuple::items(k)[1]);
            match get(vm, d, key)? {
                Some(x) => vm.eq(x, val),
                None => Ok(false),
            }
        }
        _ => {
            let mut i = 0;
            while i < map(d).slot_count() {
                if let Some(e) = map(d).entry_at(i) {
                    if vm.eq(e.value, k)? {
                        return Ok(true);
                    }
                }
                i += 1;
            }
            Ok(false)
        }
    }
}

fn view_iter(vm: &mut Vm, v: Obj) -> PyResult {
    new_dict_iter(vm, view_dict(v), kind_of(v), false)
}

/// Whether `o` is a keys or items view (the views that behave like sets).
fn set_like_view(o: Obj) -> bool {
    matches!(pset::view_kind(o), Some(KEYS_IT) | Some(ITEMS_IT))
}

fn view_compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !set_like_view(a) {
        return Ok(None);
    }
    pset::setlike_compare(vm, op, a, b)
}

fn view_binop(
    vm: &mut Vm,
    op: BinaryOpKind,
    a: Obj,
    b: Obj,
    _inplace: bool,
) -> PyResult<Option<Obj>> {
    if !set_like_view(a) && !set_like_view(b) {
        return Ok(None);
    }
    if !matches!(
        op,
        BinaryOpKind::Or | BinaryOpKind::And | BinaryOpKind::Sub | BinaryOpKind::Xor
    ) {
        return Ok(None);
    }
    // The result is a set, whichever side the view is on; the other side may be any
    // iterable.
    let left = pset::from_iterable(vm, &builtin::SET, a)?;
    pset::set_binop(vm, &builtin::SET, op, left, b)
}

fn view_m_reversed(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__reversed__", args, kw, 1, 1)?;
    new_dict_iter(vm, view_dict(a[0]), kind_of(a[0]), true)
}

fn view_m_isdisjoint(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isdisjoint", args, kw, 2, 2)?;
    let s = pset::from_iterable(vm, &builtin::SET, a[0])?;
    Ok(Obj::from_bool(pset::disjoint(vm, s, a[1])?))
}

fn view_m_len(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__len__", args, kw, 1, 1)?;
    Ok(Obj::small_int(map(view_dict(a[0])).len() as isize))
}

fn view_m_iter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__iter__", args, kw, 1, 1)?;
    view_iter(vm, a[0])
}

fn view_m_contains(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__contains__", args, kw, 2, 2)?;
    Ok(Obj::from_bool(view_contains(vm, a[0], a[1])?))
}
