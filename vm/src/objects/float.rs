//! float: a boxed f64.

use crate::obj::{Obj, ObjHeader};
use crate::types::{builtin, Kind};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct FloatObj {
    pub header: ObjHeader,
    pub value: f64,
}

#[inline]
pub fn is_float(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::Float
}

/// The value of a float object (callers check `is_float`).
#[inline]
pub fn value(o: Obj) -> f64 {
    // SAFETY: callers pass float objects.
    unsafe { o.as_ref::<FloatObj>().value }
}

impl Vm {
    #[inline]
    pub fn new_float(&mut self, v: f64) -> PyResult {
        let p: *mut FloatObj = self.alloc_obj_noscan(&builtin::FLOAT, 0)?;
        // SAFETY: fresh allocation.
        unsafe { (*p).value = v };
        Ok(Obj::from_ptr(p))
    }
}
