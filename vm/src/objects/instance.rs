//! Instances of user classes: a type and an attribute map, plus, for classes derived from a
//! builtin type other than `object`, the builtin value they extend.

use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::types::{Kind, TypeObj};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct Instance {
    pub header: ObjHeader,
    pub map: Map,
}

/// An instance of a class derived from a builtin type such as list or int.
#[repr(C)]
pub struct NativeInstance {
    pub header: ObjHeader,
    pub map: Map,
    pub native: Obj,
}

/// The attribute map of an object that has one (instances, exceptions, functions, classes).
pub fn attr_map<'a>(o: Obj) -> Option<&'a mut Map> {
    if !o.is_ptr() {
        return None;
    }
    // SAFETY: each arm matches the object's layout.
    unsafe {
        match o.type_of().kind {
            Kind::Instance => Some(&mut o.as_mut::<Instance>().map),
            Kind::Exception => Some(&mut o.as_mut::<crate::objects::exc::ExcObj>().attrs),
            Kind::Function => Some(&mut o.as_mut::<crate::objects::func::FuncObj>().attrs),
            Kind::Type if o.as_ref::<TypeObj>().is_class() => Some(&mut o.as_mut::<TypeObj>().dict),
            _ => None,
        }
    }
}

/// The builtin value inside an instance of a class derived from a builtin type (or `o`).
#[inline]
pub fn native_value(o: Obj) -> Obj {
    if o.is_ptr() {
        let t = o.type_of();
        if t.kind == Kind::Instance
            && !core::ptr::eq(t.native_base(), &crate::types::builtin::OBJECT)
        {
            // SAFETY: such instances are NativeInstances.
            return unsafe { o.as_ref::<NativeInstance>().native };
        }
    }
    o
}

impl Vm {
    /// A new, empty instance of class `ty` (whose native base is `object` or another
    /// builtin type, in which case `native` is its value).
    pub fn new_instance(&mut self, ty: &'static TypeObj, native: Obj) -> PyResult {
        if core::ptr::eq(ty.native_base(), &crate::types::builtin::OBJECT) {
            let p: *mut Instance = self.alloc_obj(ty, 0)?;
            return Ok(Obj::from_ptr(p));
        }
        let p: *mut NativeInstance = self.alloc_obj(ty, 0)?;
        // SAFETY: fresh allocation.
        unsafe { (*p).native = native };
        Ok(Obj::from_ptr(p))
    }
}
