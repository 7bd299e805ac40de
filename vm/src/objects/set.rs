//! set and frozenset: a `Map` whose values are unused.

use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::types::{Kind, TypeObj};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct SetObj {
    pub header: ObjHeader,
    pub map: Map,
}

#[inline]
pub fn map<'a>(o: Obj) -> &'a mut Map {
    // SAFETY: callers pass set or frozenset objects.
    unsafe { &mut o.as_mut::<SetObj>().map }
}

#[inline]
pub fn is_set_like(o: Obj) -> bool {
    o.is_ptr() && matches!(o.type_of().kind, Kind::Set | Kind::FrozenSet)
}

impl Vm {
    pub fn new_set(&mut self, ty: &'static TypeObj) -> PyResult {
        let p: *mut SetObj = self.alloc_obj(ty, 0)?;
        Ok(Obj::from_ptr(p))
    }

    pub fn set_add(&mut self, s: Obj, k: Obj) -> PyResult<()> {
        let m: *mut Map = map(s);
        // SAFETY: the set is alive on our stack.
        unsafe { (*m).insert(self, k, Obj::NONE) }
    }
}
