//! module objects: a name and a dict of globals.

use crate::obj::{Obj, ObjHeader};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ModuleObj {
    pub header: ObjHeader,
    pub name: Obj,
    pub dict: Obj,
}

pub fn dict(m: Obj) -> Obj {
    // SAFETY: callers pass module objects.
    unsafe { m.as_ref::<ModuleObj>().dict }
}

impl Vm {
    /// A new module named `name` with `__name__` set, registered in `sys.modules`.
    pub fn new_module(&mut self, name: &str) -> PyResult {
        let d = self.new_dict()?;
        let n = self.new_qstr(name);
        self.dict_set(d, Obj::qstr(crate::qstr::q::__name__), n)?;
        let p: *mut crate::objects::module::ModuleObj = self.alloc_obj(&builtin::MODULE, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).name = n;
            (*p).dict = d;
        }
        let m = Obj::from_ptr(p);
        if !self.modules.is_null() {
            let modules = self.modules;
            self.dict_set(modules, n, m)?;
        }
        Ok(m)
    }
}
