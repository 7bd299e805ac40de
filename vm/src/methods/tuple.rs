//! tuple: slots and methods.

use alloc::string::String;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::methods::seq::{self, check_self, margs, Key};
use crate::obj::Obj;
use crate::objects::range::SliceIndices;
use crate::objects::{list, tuple};
use crate::qstr::q;
use crate::types::{builtin, BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{classmethod, compare_dunders, method};

pub static TUPLE_SLOTS: Slots = Slots {
    repr: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    contains: Some(contains),
    iter: Some(seq::seq_iter),
    new: Some(new),
    ..Slots::NONE
};

method!(INDEX, "index", index);
method!(COUNT, "count", count);
method!(GETITEM, "__getitem__", getitem_method);
method!(LEN, "__len__", len_method);
method!(CONTAINS, "__contains__", contains_method);
method!(ITER, "__iter__", iter_method);
method!(REVERSED, "__reversed__", reversed_method);
method!(HASH, "__hash__", hash_method);
method!(ADD, "__add__", add_method);
method!(MUL, "__mul__", mul_method);
method!(RMUL, "__rmul__", mul_method);
classmethod!(CLASS_GETITEM, "__class_getitem__", class_getitem);
compare_dunders!(compare, "tuple", Kind::Tuple);

pub static TUPLE_METHODS: &[&BuiltinFn] = &[
    &CLASS_GETITEM,
    &INDEX,
    &COUNT,
    &GETITEM,
    &LEN,
    &CONTAINS,
    &ITER,
    &REVERSED,
    &HASH,
    &ADD,
    &MUL,
    &RMUL,
    &EQ,
    &NE,
    &LT,
    &LE,
    &GT,
    &GE,
];

#[inline]
fn is_tuple(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::Tuple
}

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    seq::repr_items(vm, o, "(", ")", out)
}

fn hash(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    seq::hash_items(vm, tuple::items(o))
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !is_tuple(a) || !is_tuple(b) {
        return Ok(None);
    }
    seq::compare(vm, op, a, b).map(Some)
}

fn len(_vm: &mut Vm, o: Obj) -> PyResult<usize> {
    Ok(tuple::items(o).len())
}

fn contains(vm: &mut Vm, o: Obj, x: Obj) -> PyResult<bool> {
    seq::contains(vm, o, x)
}

fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = seq::ctor_args(vm, "tuple", args, kwnames, 0, 1)?;
    match a.first() {
        None => vm.new_tuple(&[]),
        Some(&x) if x.is_exactly(&builtin::TUPLE) => Ok(x),
        Some(&x) => {
            if x.is_exactly(&builtin::LIST) {
                return vm.new_tuple(list::items(x));
            }
            let l = vm.iterate_to_list(x)?;
            vm.new_tuple(list::items(l))
        }
    }
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, _inplace: bool) -> PyResult<Option<Obj>> {
    match op {
        BinaryOpKind::Add => {
            if !is_tuple(a) {
                return Ok(None);
            }
            if !is_tuple(b) {
                let t = b.type_of();
                if t.is_class() && vm.lookup_type_attr(t, q::__radd__).is_some() {
                    return Ok(None);
                }
                let msg =
                    alloc::format!("can only concatenate tuple (not \"{}\") to tuple", t.name);
                return Err(vm.type_error(&msg));
            }
            let (x, y) = (tuple::items(a), tuple::items(b));
            if y.is_empty() && a.is_exactly(&builtin::TUPLE) {
                return Ok(Some(a));
            }
            if x.is_empty() && b.is_exactly(&builtin::TUPLE) {
                return Ok(Some(b));
            }
            let r = vm.new_tuple_uninit(x.len() + y.len())?;
            let out = tuple::items_mut(r);
            out[..x.len()].copy_from_slice(x);
            out[x.len()..].copy_from_slice(y);
            Ok(Some(r))
        }
        BinaryOpKind::Mul => {
            let (t, n) = if is_tuple(a) { (a, b) } else { (b, a) };
            if !is_tuple(t) {
                return Ok(None);
            }
            let Some(count) = seq::repeat_count(vm, n)? else {
                let bt = b.type_of();
                if t == a && bt.is_class() && vm.lookup_type_attr(bt, q::__rmul__).is_some() {
                    return Ok(None);
                }
                return Err(seq::repeat_error(vm, n));
            };
            if count == 1 {
                return Ok(Some(t));
            }
            let x = tuple::items(t);
            let total = seq::repeat_size(vm, x.len(), count)?;
            let r = vm.new_tuple_uninit(total)?;
            if !x.is_empty() {
                for chunk in tuple::items_mut(r).chunks_mut(x.len()) {
                    chunk.copy_from_slice(x);
                }
            }
            Ok(Some(r))
        }
        _ => Ok(None),
    }
}

fn getitem(vm: &mut Vm, o: Obj, k: Obj) -> PyResult {
    let its = tuple::items(o);
    if let Some(i) = k.as_small_int() {
        let j = if i < 0 { i + its.len() as isize } else { i };
        if j >= 0 && (j as usize) < its.len() {
            return Ok(its[j as usize]);
        }
        return Err(vm.index_error("tuple index out of range"));
    }
    match seq::resolve_key(vm, k, its.len(), "tuple")? {
        Key::Index(i) => Ok(its[i]),
        Key::OutOfRange => Err(vm.index_error("tuple index out of range")),
        Key::Slice(si) => get_slice(vm, o, si),
    }
}

fn get_slice(vm: &mut Vm, o: Obj, si: SliceIndices) -> PyResult {
    let its = tuple::items(o);
    if si.step == 1 {
        if si.count == its.len() {
            return Ok(o);
        }
        let start = si.start as usize;
        return vm.new_tuple(&its[start..start + si.count]);
    }
    let r = vm.new_tuple_uninit(si.count)?;
    for (j, slot) in tuple::items_mut(r).iter_mut().enumerate() {
        *slot = its[si.index(j)];
    }
    Ok(r)
}

// ---- methods

fn this(vm: &mut Vm, o: Obj, name: &str) -> PyResult<Obj> {
    check_self(vm, o, Kind::Tuple, "tuple", name)
}

fn index(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "index", args, kw, 1, 3)?;
    let t = this(vm, a[0], "index")?;
    let (start, stop) = seq::search_bounds(vm, &a[2..], tuple::items(t).len())?;
    match seq::index_of(vm, t, a[1], start, stop)? {
        Some(i) => Ok(Obj::small_int(i as isize)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn count(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "count", args, kw, 1, 1)?;
    let t = this(vm, a[0], "count")?;
    let n = seq::count(vm, t, a[1])?;
    Ok(Obj::small_int(n as isize))
}

fn getitem_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "__getitem__", args, kw, 1, 1)?;
    let t = this(vm, a[0], "__getitem__")?;
    getitem(vm, t, a[1])
}

fn len_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "__len__", args, kw, 0, 0)?;
    let t = this(vm, a[0], "__len__")?;
    Ok(Obj::small_int(tuple::items(t).len() as isize))
}

fn contains_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "__contains__", args, kw, 1, 1)?;
    let t = this(vm, a[0], "__contains__")?;
    Ok(Obj::from_bool(seq::contains(vm, t, a[1])?))
}

fn iter_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "__iter__", args, kw, 0, 0)?;
    let t = this(vm, a[0], "__iter__")?;
    seq::seq_iter(vm, t)
}

fn reversed_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "__reversed__", args, kw, 0, 0)?;
    let t = this(vm, a[0], "__reversed__")?;
    seq::seq_reversed(vm, t)
}

fn hash_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "tuple", "__hash__", args, kw, 0, 0)?;
    let t = this(vm, a[0], "__hash__")?;
    let h = hash(vm, t)?;
    vm.new_int(h)
}

fn binop_method(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str, op: BinaryOpKind) -> PyResult {
    let a = margs(vm, "tuple", name, args, kw, 1, 1)?;
    let t = this(vm, a[0], name)?;
    let other = crate::objects::instance::native_value(a[1]);
    Ok(binop(vm, op, t, other, false)?.unwrap_or(Obj::NOT_IMPLEMENTED))
}

fn add_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    binop_method(vm, args, kw, "__add__", BinaryOpKind::Add)
}

fn mul_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    binop_method(vm, args, kw, "__mul__", BinaryOpKind::Mul)
}

/// `list[int]` in annotations: the generic alias is represented by the class itself.
fn class_getitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__class_getitem__", args, kw, 2, 2)?;
    Ok(a[0])
}
