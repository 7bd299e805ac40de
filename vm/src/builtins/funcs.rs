//! The rest of the builtin functions: numbers, iteration helpers, conversions.

use crate::obj::Obj;
use crate::types::BuiltinFn;
use crate::vm::{PyResult, Vm};

pub static FUNCS: &[&BuiltinFn] = &[];

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, f: Obj, sentinel: Obj) -> PyResult {
    fn next(vm: &mut Vm, it: &mut crate::objects::iter::IterObj) -> PyResult<Option<Obj>> {
        if it.a.is_null() {
            return Ok(None);
        }
        let v = vm.call(it.a, &[], &[])?;
        if vm.eq(v, it.b)? {
            it.a = Obj::NULL;
            return Ok(None);
        }
        Ok(Some(v))
    }
    vm.new_iter(next, f, sentinel, 0, 0)
}
