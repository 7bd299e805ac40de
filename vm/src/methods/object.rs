//! `object`, `type`, None/NotImplemented/Ellipsis, modules and `super`.

use alloc::string::String;
use core::fmt::Write;

use crate::obj::Obj;
use crate::objects::dict;
use crate::qstr::{q, Qstr};
use crate::runtime::class::{mro_list, new_class, type_mro};
use crate::types::{BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{method, staticmethod};

pub static OBJECT_SLOTS: Slots = Slots {
    repr: Some(object_repr),
    new: Some(object_new),
    ..Slots::NONE
};
/// Instances of plain classes: everything comes from dunder methods.
pub static INSTANCE_SLOTS: Slots = Slots {
    repr: Some(object_repr),
    ..Slots::NONE
};
pub static TYPE_SLOTS: Slots = Slots {
    repr: Some(type_repr),
    getattr: Some(type_getattr),
    new: Some(type_new),
    ..Slots::NONE
};
pub static NONE_SLOTS: Slots = Slots {
    repr: Some(imm_repr),
    truth: Some(imm_truth),
    ..Slots::NONE
};
pub static MODULE_SLOTS: Slots = Slots {
    repr: Some(module_repr),
    ..Slots::NONE
};
pub static SUPER_SLOTS: Slots = Slots {
    repr: Some(super_repr),
    new: Some(super_new),
    ..Slots::NONE
};

method!(OBJ_INIT, "__init__", object_init);
staticmethod!(OBJ_NEW, "__new__", object_dunder_new);
method!(OBJ_SETATTR, "__setattr__", object_setattr);
method!(OBJ_DELATTR, "__delattr__", object_delattr);
method!(OBJ_GETATTRIBUTE, "__getattribute__", object_getattribute);
method!(OBJ_EQ, "__eq__", object_eq);
method!(OBJ_NE, "__ne__", object_ne);
method!(OBJ_HASH, "__hash__", object_hash);
method!(OBJ_REPR, "__repr__", object_repr_method);
method!(OBJ_STR, "__str__", object_str_method);
method!(OBJ_FORMAT, "__format__", object_format);

pub static OBJECT_METHODS: &[&BuiltinFn] = &[
    &OBJ_INIT,
    &OBJ_NEW,
    &OBJ_SETATTR,
    &OBJ_DELATTR,
    &OBJ_GETATTRIBUTE,
    &OBJ_EQ,
    &OBJ_NE,
    &OBJ_HASH,
    &OBJ_REPR,
    &OBJ_STR,
    &OBJ_FORMAT,
];

method!(TYPE_MRO, "mro", type_mro_method);
pub static TYPE_METHODS: &[&BuiltinFn] = &[&TYPE_MRO];

fn object_repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let t = o.type_of();
    let module = if t.is_class() {
        t.dict
            .get_qstr(vm, q::__module__)
            .map(|m| vm.str_of(m))
            .unwrap_or("builtins")
    } else {
        "builtins"
    };
    if module == "builtins" {
        let _ = write!(out, "<{} object at {:#x}>", t.name, o.bits());
    } else {
        let _ = write!(out, "<{}.{} object at {:#x}>", module, t.name, o.bits());
    }
    Ok(())
}

fn imm_repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(match o {
        Obj::NONE => "None",
        Obj::ELLIPSIS => "Ellipsis",
        _ => "NotImplemented",
    });
    Ok(())
}

fn imm_truth(_vm: &mut Vm, o: Obj) -> PyResult<bool> {
    Ok(o != Obj::NONE)
}

fn type_repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    // SAFETY: type objects.
    let t = unsafe { o.as_ref::<TypeObj>() };
    let module = if t.is_class() {
        t.dict
            .get_qstr(vm, q::__module__)
            .map(|m| vm.str_of(m))
            .unwrap_or("")
    } else {
        ""
    };
    if module.is_empty() || module == "builtins" {
        let _ = write!(out, "<class '{}'>", t.name);
    } else {
        let _ = write!(out, "<class '{}.{}'>", module, t.name);
    }
    Ok(())
}

fn module_repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    // SAFETY: module objects.
    let n = unsafe { o.as_ref::<crate::objects::module::ModuleObj>() }.name;
    let _ = write!(out, "<module '{}'>", vm.str_of(n));
    Ok(())
}

fn super_repr(_vm: &mut Vm, _o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str("<super object>");
    Ok(())
}

fn type_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    // SAFETY: type objects.
    let t: &'static TypeObj = unsafe { o.as_ref::<TypeObj>() };
    Ok(Some(match name {
        q::__name__ => vm.new_qstr(t.name),
        q::__qualname__ => match t
            .is_class()
            .then(|| t.dict.get_qstr(vm, q::__qualname__))
            .flatten()
        {
            Some(v) => v,
            None => vm.new_qstr(t.name),
        },
        q::__module__ => vm.new_qstr("builtins"),
        q::__mro__ => {
            let v = type_mro(o);
            vm.new_tuple(&v)?
        }
        q::__bases__ => {
            if t.is_class() {
                t.bases
            } else {
                match t.base() {
                    Some(b) => vm.new_tuple(&[b.as_obj()])?,
                    None => vm.new_tuple(&[])?,
                }
            }
        }
        q::__base__ => match t.base() {
            Some(b) => b.as_obj(),
            None => Obj::NONE,
        },
        q::__dict__ => {
            let d = vm.new_dict()?;
            if t.is_class() {
                let copy = t.dict.copy(vm)?;
                *dict::map(d) = copy;
            }
            d
        }
        q::__doc__ => Obj::NONE,
        _ => return Ok(None),
    }))
}

/// `object()`.
fn object_new(vm: &mut Vm, t: &'static TypeObj, args: &[Obj], _kw: &[Obj]) -> PyResult {
    if !args.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let p: *mut crate::obj::ObjHeader = vm.alloc_obj(t, 0)?;
    Ok(Obj::from_ptr(p))
}

/// `type(x)` and `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "type", args, kw, 1, 3)?;
    match a {
        [x] => Ok(x.type_of().as_obj()),
        [name, bases, ns] => new_class(vm, *name, *bases, *ns),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `super(type, obj)`.
fn super_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "super", args, kw, 2, 2)?;
    if a[0].type_of().kind != Kind::Type {
        return Err(vm.type_error("super() argument 1 must be a type"));
    }
    vm.new_super(a[0], a[1])
}

fn object_init(_vm: &mut Vm, _args: &[Obj], _kw: &[Obj]) -> PyResult {
    Ok(Obj::NONE)
}

fn object_dunder_new(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let Some(&t) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if t.type_of().kind != Kind::Type {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    // SAFETY: checked to be a type.
    let ty: &'static TypeObj = unsafe { t.as_ref::<TypeObj>() };
    if !ty.is_class() {
        return vm.call_type(ty, &args[1..], kw);
    }
    vm.new_object_of(ty, &args[1..], kw, true)
}

fn object_setattr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__setattr__", args, kw, 3, 3)?;
    let s = vm.str_arg(a[1])?;
    let n = vm.intern(s);
    vm.generic_setattr(a[0], n, a[2])?;
    Ok(Obj::NONE)
}

fn object_delattr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__delattr__", args, kw, 2, 2)?;
    let s = vm.str_arg(a[1])?;
    let n = vm.intern(s);
    vm.generic_setattr(a[0], n, Obj::NULL)?;
    Ok(Obj::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__getattribute__", args, kw, 2, 2)?;
    let s = vm.str_arg(a[1])?;
    let n = vm.intern(s);
    vm.getattr(a[0], n)
}

fn object_eq(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__eq__", args, kw, 2, 2)?;
    Ok(if a[0] == a[1] {
        Obj::TRUE
    } else {
        Obj::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__ne__", args, kw, 2, 2)?;
    let r = vm.rich_compare(crate::bytecode::CompareKind::Eq, a[0], a[1])?;
    if r == Obj::NOT_IMPLEMENTED {
        return Ok(r);
    }
    Ok(Obj::from_bool(!vm.truth(r)?))
}

fn object_hash(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__hash__", args, kw, 1, 1)?;
    vm.new_int((a[0].bits() >> 3) as i64)
}

fn object_repr_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__repr__", args, kw, 1, 1)?;
    let mut s = String::new();
    object_repr(vm, a[0], &mut s)?;
    vm.new_str(&s)
}

fn object_str_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__str__", args, kw, 1, 1)?;
    vm.repr(a[0])
}

fn object_format(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__format__", args, kw, 2, 2)?;
    if !vm.str_arg(a[1])?.is_empty() {
        let msg = alloc::format!(
            "unsupported format string passed to {}.__format__",
            a[0].type_of().name
        );
        return Err(vm.type_error(&msg));
    }
    vm.to_str(a[0])
}

fn type_mro_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "mro", args, kw, 1, 1)?;
    mro_list(vm, a[0])
}
