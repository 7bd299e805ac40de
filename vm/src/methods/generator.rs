//! Generator methods: `send`, `throw`, `close` and iteration.

use alloc::string::String;
use core::fmt::Write;

use crate::interp::Outcome;
use crate::method;
use crate::obj::Obj;
use crate::objects::{exc, generator};
use crate::types::{BuiltinFn, Slots};
use crate::vm::{PyResult, Vm};

pub static GENERATOR_SLOTS: Slots = Slots {
    repr: Some(repr),
    iter: Some(iter_self),
    ..Slots::NONE
};

method!(SEND, "send", send);
method!(THROW, "throw", throw);
method!(CLOSE, "close", close);
method!(NEXT, "__next__", next);
method!(ITER, "__iter__", iter_method);
pub static GENERATOR_METHODS: &[&BuiltinFn] = &[&SEND, &THROW, &CLOSE, &NEXT, &ITER];

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let n = generator::name(o);
    let _ = write!(
        out,
        "<generator object {} at {:#x}>",
        vm.str_of(n),
        o.bits()
    );
    Ok(())
}

fn iter_self(_vm: &mut Vm, o: Obj) -> PyResult {
    Ok(o)
}

/// A yielded value, or StopIteration carrying the return value.
fn outcome(vm: &mut Vm, r: Outcome) -> PyResult {
    match r {
        Outcome::Yield(v) => Ok(v),
        Outcome::Return(v) => {
            let args: &[Obj] = if v == Obj::NONE { &[] } else { &[v] };
            Err(exc::new(vm, &exc::STOP_ITERATION, args).unwrap_or_else(|e| e))
        }
    }
}

fn send(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "send", args, kw, 2, 2)?;
    let r = generator::resume(vm, a[0], a[1], None)?;
    outcome(vm, r)
}

fn next(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__next__", args, kw, 1, 1)?;
    let r = generator::resume(vm, a[0], Obj::NONE, None)?;
    outcome(vm, r)
}

fn iter_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__iter__", args, kw, 1, 1)?;
    Ok(a[0])
}

fn throw(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "throw", args, kw, 2, 4)?;
    let mut e = vm.make_exception(a[1])?;
    if a.len() >= 3 && a[2] != Obj::NONE && exc::is_exception(e) {
        // throw(type, value): instantiate the type with the value.
        e = vm.call(a[1], &[a[2]], &[])?;
    }
    let r = generator::resume(vm, a[0], Obj::NONE, Some(e))?;
    outcome(vm, r)
}

fn close(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "close", args, kw, 1, 1)?;
    generator::close(vm, a[0])?;
    Ok(Obj::NONE)
}
