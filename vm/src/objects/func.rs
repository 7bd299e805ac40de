//! Functions and their relatives: compiled code, closures' cells, bound methods and the
//! descriptor wrappers (property, classmethod, staticmethod).

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::bytecode::{Code, Const};
use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::qstr::Qstr;
use crate::types::{builtin, BuiltinFn};
use crate::vm::{PyResult, Vm};

/// Compiled code as the runtime uses it: the compiler's `Code` (kept outside the heap, like
/// MicroPython's raw code) plus its constants as objects and its names as qstrs.
#[repr(C)]
pub struct CodeObj {
    pub header: ObjHeader,
    pub code: *const Code,
    pub names: *const Qstr,
    /// Tuple of constant objects (nested code included).
    pub consts: Obj,
    pub name: Qstr,
    pub qualname: Qstr,
    pub filename: Qstr,
    /// Machine code state (`crate::native`): 0 = not compiled yet, 1 = runs as bytecode,
    /// otherwise the address of its `NativeCode`.
    pub native: usize,
}

impl CodeObj {
    #[inline(always)]
    pub fn code(&self) -> &'static Code {
        // SAFETY: code records are leaked at load time and never freed.
        unsafe { &*self.code }
    }

    #[inline(always)]
    pub fn name_at(&self, i: u32) -> Qstr {
        // SAFETY: the compiler only emits indexes below `names.len()`.
        unsafe { *self.names.add(i as usize) }
    }

    #[inline(always)]
    pub fn const_at(&self, i: u32) -> Obj {
        crate::objects::tuple::items(self.consts)[i as usize]
    }
}

#[repr(C)]
pub struct FuncObj {
    pub header: ObjHeader,
    pub code: Obj,
    pub globals: Obj,
    pub defaults: Obj,
    pub kwdefaults: Obj,
    pub closure: Obj,
    pub name: Obj,
    pub attrs: Map,
}

impl FuncObj {
    #[inline(always)]
    pub fn code_obj(&self) -> &CodeObj {
        // SAFETY: functions always hold a code object.
        unsafe { self.code.as_ref::<CodeObj>() }
    }
}

#[repr(C)]
pub struct BoundMethodObj {
    pub header: ObjHeader,
    pub func: Obj,
    pub self_: Obj,
}

/// A closure cell.
#[repr(C)]
pub struct CellObj {
    pub header: ObjHeader,
    pub value: Obj,
}

/// property, classmethod and staticmethod objects (the last two use only `fget`).
#[repr(C)]
pub struct DescriptorObj {
    pub header: ObjHeader,
    pub fget: Obj,
    pub fset: Obj,
    pub fdel: Obj,
    pub doc: Obj,
}

impl Vm {
    /// Loads compiled code into the heap: constants become objects, names qstrs.
    pub fn load_code(&mut self, code: Code) -> PyResult {
        let code: &'static Code = Box::leak(Box::new(code));
        let names: Vec<Qstr> = code.names.iter().map(|n| self.intern(n)).collect();
        let names: &'static [Qstr] = Box::leak(names.into_boxed_slice());
        let consts = self.new_tuple_uninit(code.consts.len())?;
        for (i, c) in code.consts.iter().enumerate() {
            let o = self.load_const(c)?;
            crate::objects::tuple::items_mut(consts)[i] = o;
        }
        let name = self.intern(&code.name);
        let qualname = self.intern(&code.qualname);
        let filename = self.intern(&code.filename);
        let p: *mut CodeObj = self.alloc_obj(&builtin::CODE, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).code = code;
            (*p).names = names.as_ptr();
            (*p).consts = consts;
            (*p).name = name;
            (*p).qualname = qualname;
            (*p).filename = filename;
            (*p).native = 0;
        }
        Ok(Obj::from_ptr(p))
    }

    fn load_const(&mut self, c: &Const) -> PyResult {
        Ok(match c {
            Const::None => Obj::NONE,
            Const::True => Obj::TRUE,
            Const::False => Obj::FALSE,
            Const::Ellipsis => Obj::ELLIPSIS,
            Const::Int(v) => self.new_int(*v)?,
            Const::BigInt { digits, radix } => match crate::bigint::BigInt::parse(digits, *radix) {
                Some(b) => self.new_bigint(b)?,
                None => return Err(self.value_error("invalid integer constant")),
            },
            Const::Float(f) => self.new_float(*f)?,
            Const::Imag(f) => self.new_complex(0.0, *f)?,
            // Constant strings that look like identifiers are interned, as CPython does.
            Const::Str(s)
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                self.new_qstr(s)
            }
            Const::Str(s) => self.new_str(s)?,
            Const::Bytes(b) => self.new_bytes(b)?,
            Const::Tuple(items) => {
                let t = self.new_tuple_uninit(items.len())?;
                for (i, it) in items.iter().enumerate() {
                    let o = self.load_const(it)?;
                    crate::objects::tuple::items_mut(t)[i] = o;
                }
                t
            }
            Const::Code(code) => self.load_code((**code).clone())?,
        })
    }

    pub fn new_function(&mut self, code: Obj, globals: Obj) -> PyResult {
        let p: *mut FuncObj = self.alloc_obj(&builtin::FUNCTION, 0)?;
        // SAFETY: fresh allocation; `code` is a code object.
        unsafe {
            (*p).code = code;
            (*p).globals = globals;
            (*p).name = Obj::qstr(code.as_ref::<CodeObj>().name);
        }
        Ok(Obj::from_ptr(p))
    }

    pub fn new_bound_method(&mut self, func: Obj, self_: Obj) -> PyResult {
        let p: *mut BoundMethodObj = self.alloc_obj(&builtin::BOUND_METHOD, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).func = func;
            (*p).self_ = self_;
        }
        Ok(Obj::from_ptr(p))
    }

    pub fn new_cell(&mut self, value: Obj) -> PyResult {
        let p: *mut CellObj = self.alloc_obj(&builtin::CELL, 0)?;
        // SAFETY: fresh allocation.
        unsafe { (*p).value = value };
        Ok(Obj::from_ptr(p))
    }

    pub fn new_descriptor(&mut self, ty: &'static crate::types::TypeObj, fget: Obj) -> PyResult {
        let p: *mut DescriptorObj = self.alloc_obj(ty, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).fget = fget;
            (*p).fset = Obj::NONE;
            (*p).fdel = Obj::NONE;
            (*p).doc = Obj::NONE;
        }
        Ok(Obj::from_ptr(p))
    }
}

/// The builtin function behind an object of kind BuiltinFunction.
pub fn builtin_fn<'a>(o: Obj) -> &'a BuiltinFn {
    // SAFETY: callers check the kind.
    unsafe { o.as_ref::<BuiltinFn>() }
}
