//! Functions, bound methods and the descriptor types' behaviour.

use alloc::string::String;
use core::fmt::Write;

use crate::method;
use crate::obj::Obj;
use crate::objects::func::{builtin_fn, BoundMethodObj, DescriptorObj, FuncObj};
use crate::qstr::{q, Qstr};
use crate::types::{builtin, BuiltinFn, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

pub static FUNCTION_SLOTS: Slots = Slots {
    repr: Some(function_repr),
    getattr: Some(function_getattr),
    ..Slots::NONE
};
pub static BUILTIN_SLOTS: Slots = Slots {
    repr: Some(builtin_repr),
    getattr: Some(builtin_getattr),
    ..Slots::NONE
};
pub static BOUND_SLOTS: Slots = Slots {
    repr: Some(bound_repr),
    getattr: Some(bound_getattr),
    compare: Some(bound_compare),
    hash: Some(bound_hash),
    ..Slots::NONE
};
pub static PROPERTY_SLOTS: Slots = Slots {
    new: Some(property_new),
    getattr: Some(descriptor_getattr),
    ..Slots::NONE
};
pub static CLASSMETHOD_SLOTS: Slots = Slots {
    new: Some(classmethod_new),
    getattr: Some(descriptor_getattr),
    ..Slots::NONE
};
pub static STATICMETHOD_SLOTS: Slots = Slots {
    new: Some(staticmethod_new),
    getattr: Some(descriptor_getattr),
    ..Slots::NONE
};

method!(PROP_GETTER, "getter", property_getter);
method!(PROP_SETTER, "setter", property_setter);
method!(PROP_DELETER, "deleter", property_deleter);
pub static PROPERTY_METHODS: &[&BuiltinFn] = &[&PROP_GETTER, &PROP_SETTER, &PROP_DELETER];

fn func<'a>(o: Obj) -> &'a FuncObj {
    // SAFETY: callers pass function objects.
    unsafe { o.as_ref::<FuncObj>() }
}

fn function_repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let qn = func(o).code_obj().qualname;
    let _ = write!(out, "<function {} at {:#x}>", vm.qstr_text(qn), o.bits());
    Ok(())
}

fn function_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let f = func(o);
    Ok(Some(match name {
        q::__name__ => f.name,
        q::__qualname__ => Obj::qstr(f.code_obj().qualname),
        q::__module__ => crate::objects::dict::map(f.globals)
            .get_qstr(vm, q::__name__)
            .unwrap_or(Obj::NONE),
        q::__defaults__ => {
            if f.defaults.is_null() {
                Obj::NONE
            } else {
                f.defaults
            }
        }
        q::__kwdefaults__ => {
            if f.kwdefaults.is_null() {
                Obj::NONE
            } else {
                f.kwdefaults
            }
        }
        q::__globals__ => f.globals,
        q::__code__ => f.code,
        q::__closure__ => {
            if f.closure.is_null() {
                Obj::NONE
            } else {
                f.closure
            }
        }
        q::__doc__ => match &f.code_obj().code().doc {
            Some(d) => vm.new_str(d)?,
            None => Obj::NONE,
        },
        _ => return Ok(None),
    }))
}

fn builtin_repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let _ = write!(out, "<built-in function {}>", builtin_fn(o).name);
    Ok(())
}

fn builtin_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    Ok(match name {
        q::__name__ | q::__qualname__ => Some(vm.new_qstr(builtin_fn(o).name)),
        q::__doc__ => Some(Obj::NONE),
        _ => None,
    })
}

fn bound<'a>(o: Obj) -> &'a BoundMethodObj {
    // SAFETY: callers pass bound methods.
    unsafe { o.as_ref::<BoundMethodObj>() }
}

fn bound_repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let m = bound(o);
    let name = vm
        .getattr_opt(m.func, q::__qualname__)?
        .map(|n| vm.str_of(n))
        .unwrap_or("?");
    out.push_str("<bound method ");
    out.push_str(name);
    out.push_str(" of ");
    vm.repr_into(m.self_, out)?;
    out.push('>');
    Ok(())
}

fn bound_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let m = bound(o);
    match name {
        q::__self__ => Ok(Some(m.self_)),
        q::__func__ => Ok(Some(m.func)),
        _ => vm.getattr_opt(m.func, name),
    }
}

fn bound_compare(
    vm: &mut Vm,
    op: crate::bytecode::CompareKind,
    a: Obj,
    b: Obj,
) -> PyResult<Option<bool>> {
    use crate::bytecode::CompareKind;
    if !b.is_exactly(&builtin::BOUND_METHOD) || !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(None);
    }
    let same = bound(a).func == bound(b).func && vm.eq(bound(a).self_, bound(b).self_)?;
    Ok(Some(same == (op == CompareKind::Eq)))
}

fn bound_hash(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    let h = vm.py_hash(bound(o).self_)?;
    Ok(h ^ (bound(o).func.bits() >> 3) as i64)
}

fn desc<'a>(o: Obj) -> &'a mut DescriptorObj {
    // SAFETY: callers pass property/classmethod/staticmethod objects.
    unsafe { o.as_mut::<DescriptorObj>() }
}

fn descriptor_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let d = desc(o);
    Ok(match vm.qstr_text(name) {
        "fget" | "__func__" => Some(d.fget),
        "fset" => Some(d.fset),
        "fdel" => Some(d.fdel),
        "__doc__" => Some(d.doc),
        _ => None,
    })
}

fn property_new(vm: &mut Vm, t: &'static TypeObj, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [fget, fset, fdel, doc]) =
        crate::methods::kwargs(vm, "property", args, kw, ["fget", "fset", "fdel", "doc"])?;
    let pick = |i: usize, k: Obj| {
        pos.get(i)
            .copied()
            .unwrap_or(if k.is_null() { Obj::NONE } else { k })
    };
    let p = vm.new_descriptor(t, pick(0, fget))?;
    let d = desc(p);
    d.fset = pick(1, fset);
    d.fdel = pick(2, fdel);
    d.doc = pick(3, doc);
    Ok(p)
}

fn classmethod_new(vm: &mut Vm, t: &'static TypeObj, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "classmethod", args, kw, 1, 1)?;
    vm.new_descriptor(t, a[0])
}

fn staticmethod_new(vm: &mut Vm, t: &'static TypeObj, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "staticmethod", args, kw, 1, 1)?;
    vm.new_descriptor(t, a[0])
}

/// A copy of property `o` with one accessor replaced (`@x.setter`).
fn property_with(vm: &mut Vm, args: &[Obj], kw: &[Obj], which: usize) -> PyResult {
    let a = crate::methods::args(vm, "property", args, kw, 2, 2)?;
    let old = desc(a[0]);
    let (g, s, d, doc) = (old.fget, old.fset, old.fdel, old.doc);
    let p = vm.new_descriptor(&builtin::PROPERTY, g)?;
    let n = desc(p);
    n.fset = s;
    n.fdel = d;
    n.doc = doc;
    match which {
        0 => n.fget = a[1],
        1 => n.fset = a[1],
        _ => n.fdel = a[1],
    }
    Ok(p)
}

fn property_getter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    property_with(vm, args, kw, 0)
}

fn property_setter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    property_with(vm, args, kw, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    property_with(vm, args, kw, 2)
}
