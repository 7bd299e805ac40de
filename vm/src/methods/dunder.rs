//! Dunder methods of builtin types (`(5).__add__(3)`, `super().__getitem__(i)` in a subclass
//! of list): wrappers over the type's slots, found when a builtin type's own method table has
//! no entry of that name. Each calls the slot of its first argument's type.

use crate::bytecode::{BinaryOpKind as B, CompareKind as C, UnaryOpKind as U};
use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::qstr::{q, Qstr};
use crate::types::{BuiltinFn, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

macro_rules! binary {
    ($($id:ident $rid:ident $name:literal $rname:literal $op:ident;)*) => {
        $(
            crate::method!($id, $name, |vm, args, kw| binop(vm, B::$op, args, kw, false));
            crate::method!($rid, $rname, |vm, args, kw| binop(vm, B::$op, args, kw, true));
        )*
        fn binary_fn(name: Qstr) -> Option<(&'static BuiltinFn, &'static BuiltinFn, bool)> {
            $(
                if name == q::$id { return Some((&$id, &$rid, false)); }
                if name == q::$rid { return Some((&$id, &$rid, true)); }
            )*
            None
        }
    };
}

#[allow(non_upper_case_globals)]
mod fns {
    use super::*;

    binary! {
        __add__ __radd__ "__add__" "__radd__" Add;
        __sub__ __rsub__ "__sub__" "__rsub__" Sub;
        __mul__ __rmul__ "__mul__" "__rmul__" Mul;
        __truediv__ __rtruediv__ "__truediv__" "__rtruediv__" TrueDiv;
        __floordiv__ __rfloordiv__ "__floordiv__" "__rfloordiv__" FloorDiv;
        __mod__ __rmod__ "__mod__" "__rmod__" Mod;
        __pow__ __rpow__ "__pow__" "__rpow__" Pow;
        __lshift__ __rlshift__ "__lshift__" "__rlshift__" LShift;
        __rshift__ __rrshift__ "__rshift__" "__rrshift__" RShift;
        __and__ __rand__ "__and__" "__rand__" And;
        __or__ __ror__ "__or__" "__ror__" Or;
        __xor__ __rxor__ "__xor__" "__rxor__" Xor;
    }

    pub fn lookup_binary(name: Qstr) -> Option<&'static BuiltinFn> {
        binary_fn(name).map(|(f, r, rev)| if rev { r } else { f })
    }

    crate::method!(LT, "__lt__", |vm, a, k| cmp(vm, C::Lt, a, k));
    crate::method!(LE, "__le__", |vm, a, k| cmp(vm, C::Le, a, k));
    crate::method!(EQ, "__eq__", |vm, a, k| cmp(vm, C::Eq, a, k));
    crate::method!(NE, "__ne__", |vm, a, k| cmp(vm, C::Ne, a, k));
    crate::method!(GT, "__gt__", |vm, a, k| cmp(vm, C::Gt, a, k));
    crate::method!(GE, "__ge__", |vm, a, k| cmp(vm, C::Ge, a, k));
    crate::method!(NEG, "__neg__", |vm, a, k| unary(vm, U::Neg, a, k));
    crate::method!(POS, "__pos__", |vm, a, k| unary(vm, U::Pos, a, k));
    crate::method!(INVERT, "__invert__", |vm, a, k| unary(vm, U::Invert, a, k));
    crate::method!(LEN, "__len__", len);
    crate::method!(GETITEM, "__getitem__", getitem);
    crate::method!(SETITEM, "__setitem__", setitem);
    crate::method!(DELITEM, "__delitem__", delitem);
    crate::method!(CONTAINS, "__contains__", contains);
    crate::method!(ITER, "__iter__", iter);
    crate::method!(HASH, "__hash__", hash);
    crate::method!(REPR, "__repr__", repr);
    crate::method!(STR, "__str__", str);
    crate::method!(BOOL, "__bool__", truth);
}

/// The wrapper for dunder `name` if builtin type `t` has the slot behind it.
pub fn lookup(t: &TypeObj, name: Qstr) -> Option<Obj> {
    let s: &Slots = t.slots;
    let f: &'static BuiltinFn = match name {
        _ if s.binop.is_some() && fns::lookup_binary(name).is_some() => fns::lookup_binary(name)?,
        q::__lt__ | q::__le__ | q::__gt__ | q::__ge__ | q::__eq__ | q::__ne__
            if s.compare.is_some() =>
        {
            match name {
                q::__lt__ => &fns::LT,
                q::__le__ => &fns::LE,
                q::__gt__ => &fns::GT,
                q::__ge__ => &fns::GE,
                q::__eq__ => &fns::EQ,
                _ => &fns::NE,
            }
        }
        q::__neg__ | q::__pos__ | q::__invert__ if s.unary.is_some() => match name {
            q::__neg__ => &fns::NEG,
            q::__pos__ => &fns::POS,
            _ => &fns::INVERT,
        },
        q::__len__ if s.len.is_some() => &fns::LEN,
        q::__getitem__ if s.getitem.is_some() => &fns::GETITEM,
        q::__setitem__ if s.setitem.is_some() => &fns::SETITEM,
        q::__delitem__ if s.setitem.is_some() => &fns::DELITEM,
        q::__contains__ if s.contains.is_some() => &fns::CONTAINS,
        q::__iter__ if s.iter.is_some() => &fns::ITER,
        q::__hash__ if s.hash.is_some() => &fns::HASH,
        q::__repr__ if s.repr.is_some() => &fns::REPR,
        q::__str__ if s.str.is_some() => &fns::STR,
        q::__bool__ if s.truth.is_some() => &fns::BOOL,
        _ => return None,
    };
    Some(Obj::from_static(f))
}

fn slots(o: Obj) -> &'static Slots {
    o.type_of().native_base().slots
}

fn two<'a>(vm: &mut Vm, args: &'a [Obj], kw: &[Obj], name: &str) -> PyResult<&'a [Obj]> {
    crate::methods::args(vm, name, args, kw, 2, 2)
}

fn binop(vm: &mut Vm, op: B, args: &[Obj], kw: &[Obj], reflected: bool) -> PyResult {
    let a = two(vm, args, kw, "operator")?;
    let (x, y) = (native_value(a[0]), native_value(a[1]));
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    match slots(a[0]).binop {
        Some(f) => Ok(f(vm, op, l, r, false)?.unwrap_or(Obj::NOT_IMPLEMENTED)),
        None => Ok(Obj::NOT_IMPLEMENTED),
    }
}

fn cmp(vm: &mut Vm, op: C, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = two(vm, args, kw, "comparison")?;
    match slots(a[0]).compare {
        Some(f) => Ok(match f(vm, op, native_value(a[0]), native_value(a[1]))? {
            Some(b) => Obj::from_bool(b),
            None => Obj::NOT_IMPLEMENTED,
        }),
        None => Ok(Obj::NOT_IMPLEMENTED),
    }
}

fn unary(vm: &mut Vm, op: U, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "operator", args, kw, 1, 1)?;
    match slots(a[0]).unary {
        Some(f) => Ok(f(vm, op, native_value(a[0]))?.unwrap_or(Obj::NOT_IMPLEMENTED)),
        None => Ok(Obj::NOT_IMPLEMENTED),
    }
}

fn one(vm: &mut Vm, args: &[Obj], kw: &[Obj], name: &str) -> PyResult<Obj> {
    let a = crate::methods::args(vm, name, args, kw, 1, 1)?;
    Ok(native_value(a[0]))
}

fn len(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let o = one(vm, args, kw, "__len__")?;
    let n = (slots(o).len.expect("found by lookup"))(vm, o)?;
    vm.new_int(n as i64)
}

fn getitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = two(vm, args, kw, "__getitem__")?;
    let o = native_value(a[0]);
    (slots(o).getitem.expect("found by lookup"))(vm, o, a[1])
}

fn setitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__setitem__", args, kw, 3, 3)?;
    let o = native_value(a[0]);
    (slots(o).setitem.expect("found by lookup"))(vm, o, a[1], a[2])?;
    Ok(Obj::NONE)
}

fn delitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = two(vm, args, kw, "__delitem__")?;
    let o = native_value(a[0]);
    (slots(o).setitem.expect("found by lookup"))(vm, o, a[1], Obj::NULL)?;
    Ok(Obj::NONE)
}

fn contains(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = two(vm, args, kw, "__contains__")?;
    let o = native_value(a[0]);
    let r = (slots(o).contains.expect("found by lookup"))(vm, o, a[1])?;
    Ok(Obj::from_bool(r))
}

fn iter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let o = one(vm, args, kw, "__iter__")?;
    (slots(o).iter.expect("found by lookup"))(vm, o)
}

fn hash(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let o = one(vm, args, kw, "__hash__")?;
    let h = (slots(o).hash.expect("found by lookup"))(vm, o)?;
    vm.new_int(h)
}

fn repr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let o = one(vm, args, kw, "__repr__")?;
    let mut s = alloc::string::String::new();
    (slots(o).repr.expect("found by lookup"))(vm, o, &mut s)?;
    vm.new_str(&s)
}

fn str(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let o = one(vm, args, kw, "__str__")?;
    let mut s = alloc::string::String::new();
    (slots(o).str.expect("found by lookup"))(vm, o, &mut s)?;
    vm.new_str(&s)
}

fn truth(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let o = one(vm, args, kw, "__bool__")?;
    let b = (slots(o).truth.expect("found by lookup"))(vm, o)?;
    Ok(Obj::from_bool(b))
}
