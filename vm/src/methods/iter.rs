//! The methods every builtin iterator has.

use alloc::string::String;

use crate::method;
use crate::obj::Obj;
use crate::objects::exc;
use crate::types::{BuiltinFn, Slots};
use crate::vm::{PyResult, Vm};

pub static ITER_SLOTS: Slots = Slots {
    repr: Some(repr),
    iter: Some(iter_self),
    ..Slots::NONE
};

method!(NEXT, "__next__", next);
method!(ITER, "__iter__", iter_method);
pub static ITER_METHODS: &[&BuiltinFn] = &[&NEXT, &ITER];

fn repr(_vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(&alloc::format!("<iterator object at {:#x}>", o.bits()));
    Ok(())
}

fn iter_self(_vm: &mut Vm, o: Obj) -> PyResult {
    Ok(o)
}

fn next(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__next__", args, kw, 1, 1)?;
    match crate::objects::iter::next(vm, a[0])? {
        Some(v) => Ok(v),
        None => Err(exc::new(vm, &exc::STOP_ITERATION, &[]).unwrap_or_else(|e| e)),
    }
}

fn iter_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__iter__", args, kw, 1, 1)?;
    Ok(a[0])
}
