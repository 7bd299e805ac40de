//! dict: an insertion-ordered `Map`, and the key/value/item views over it.

use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::types::{builtin, Kind};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct DictObj {
    pub header: ObjHeader,
    pub map: Map,
}

/// The map of a dict (callers guarantee `o` is a dict).
#[inline]
pub fn map<'a>(o: Obj) -> &'a mut Map {
    // SAFETY: callers pass dict objects.
    unsafe { &mut o.as_mut::<DictObj>().map }
}

#[inline]
pub fn is_dict(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::Dict
}

/// A view of a dict: `dict_keys`, `dict_values` or `dict_items` by its type.
#[repr(C)]
pub struct ViewObj {
    pub header: ObjHeader,
    pub dict: Obj,
}

impl Vm {
    pub fn new_dict(&mut self) -> PyResult {
        let p: *mut DictObj = self.alloc_obj(&builtin::DICT, 0)?;
        Ok(Obj::from_ptr(p))
    }

    pub fn dict_set(&mut self, d: Obj, k: Obj, v: Obj) -> PyResult<()> {
        let m: *mut Map = map(d);
        // SAFETY: the dict stays alive (it is on our stack); the map is re-read after calls.
        unsafe { (*m).insert(self, k, v) }
    }

    pub fn dict_get(&mut self, d: Obj, k: Obj) -> PyResult<Option<Obj>> {
        let m: *mut Map = map(d);
        // SAFETY: as above.
        unsafe { (*m).get(self, k) }
    }

    /// `d[name] = v` for an identifier, interning it.
    pub fn dict_set_str(&mut self, d: Obj, name: &str, v: Obj) -> PyResult<()> {
        let k = self.new_qstr(name);
        self.dict_set(d, k, v)
    }

    pub fn new_dict_view(&mut self, d: Obj, ty: &'static crate::types::TypeObj) -> PyResult {
        let p: *mut ViewObj = self.alloc_obj(ty, 0)?;
        // SAFETY: fresh allocation.
        unsafe { (*p).dict = d };
        Ok(Obj::from_ptr(p))
    }
}
