//! Classes: `__build_class__`, C3 method resolution order, `super`.

use alloc::vec::Vec;

use crate::function;
use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::objects::func::CellObj;
use crate::objects::{dict, list, tuple};
use crate::qstr::q;
use crate::types::{builtin, flags, Kind, TypeObj};
use crate::vm::{PyResult, Vm};

function!(BUILD_CLASS, "__build_class__", build_class);

/// `__build_class__(body, name, *bases, **kw)`: runs the class body in a fresh namespace,
/// then makes the class.
fn build_class(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    if !kwnames.is_empty() {
        return Err(vm.type_error("metaclasses and class keywords are not supported"));
    }
    let (body, name) = (args[0], args[1]);
    let bases = vm.new_tuple(&args[2..npos])?;
    let ns = vm.new_dict()?;
    let cell = vm.call_function(body, &[], &[], ns)?;
    let cls = new_class(vm, name, bases, ns)?;
    if cell.is_ptr() && cell.type_of().kind == Kind::Cell {
        // SAFETY: checked to be a cell.
        unsafe { cell.as_mut::<CellObj>().value = cls };
    }
    Ok(cls)
}

/// Makes a class from a name, a tuple of bases and a namespace dict (`type(n, b, d)`).
pub fn new_class(vm: &mut Vm, name: Obj, bases: Obj, ns: Obj) -> PyResult {
    let name_text = vm.str_arg(name)?;
    let name_q = vm.intern(name_text);
    let mut base_list: Vec<Obj> = tuple::items(bases).to_vec();
    for &b in &base_list {
        if b.type_of().kind != Kind::Type {
            return Err(vm.type_error("bases must be types"));
        }
    }
    if base_list.is_empty() {
        base_list.push(builtin::OBJECT.as_obj());
    }
    let bases = vm.new_tuple(&base_list)?;
    // The native layout: object, or the one builtin type the bases extend.
    let mut native: &'static TypeObj = &builtin::OBJECT;
    for &b in &base_list {
        // SAFETY: checked to be types above.
        let bn = unsafe { b.as_ref::<TypeObj>() }.native_base();
        if core::ptr::eq(bn, &builtin::OBJECT) || crate::types::is_subtype(native, bn) {
            continue;
        }
        if core::ptr::eq(native, &builtin::OBJECT) || crate::types::is_subtype(bn, native) {
            native = bn;
        } else {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    if matches!(
        native.kind,
        Kind::Bool | Kind::Range | Kind::Slice | Kind::Function | Kind::Generator
    ) {
        let msg = alloc::format!("type '{}' is not an acceptable base type", native.name);
        return Err(vm.type_error(&msg));
    }
    let p: *mut TypeObj = vm.alloc_obj(&builtin::TYPE, 0)?;
    let cls = Obj::from_ptr(p);
    let mro = c3_mro(vm, cls, &base_list)?;
    // SAFETY: fresh allocation, filled before anything else sees it.
    unsafe {
        core::ptr::write(
            p,
            TypeObj {
                header: ObjHeader { ty: &builtin::TYPE },
                name: vm.qstr_text(name_q),
                kind: if native.kind == Kind::Exception {
                    Kind::Exception
                } else {
                    Kind::Instance
                },
                base: base_list[0].as_ptr(),
                native,
                methods: &[],
                slots: if native.kind == Kind::Exception {
                    native.slots
                } else if core::ptr::eq(native, &builtin::OBJECT) {
                    &crate::methods::object::INSTANCE_SLOTS
                } else {
                    native.slots
                },
                dict: Map::new(),
                bases,
                mro,
                flags: core::cell::Cell::new(0),
            },
        );
    }
    let entries: Vec<_> = dict::map(ns).iter().collect();
    let has_eq = entries.iter().any(|e| e.key == Obj::qstr(q::__eq__));
    let has_hash = entries.iter().any(|e| e.key == Obj::qstr(q::__hash__));
    for e in entries {
        let key = match crate::objects::str::as_str(vm, e.key) {
            Some(s) => vm.new_qstr(s),
            None => e.key,
        };
        // SAFETY: `cls` is alive on our stack.
        unsafe { (*p).dict.insert(vm, key, e.value)? };
    }
    if has_eq && !has_hash {
        // SAFETY: as above.
        unsafe { (*p).dict.insert(vm, Obj::qstr(q::__hash__), Obj::NONE)? };
    }
    // SAFETY: as above.
    let t: &'static TypeObj = unsafe { &*p };
    update_flags(vm, t);
    Ok(cls)
}

/// Recomputes the cached "has this dunder" flags of a class, and forgets cached lookups
/// (after creation or assignment: every change to a class dict goes through here).
pub fn update_flags(vm: &mut Vm, t: &'static TypeObj) {
    vm.type_cache.invalidate();
    let mut f = 0;
    let user = |vm: &mut Vm, n| {
        vm.lookup_type_attr(t, n)
            .is_some_and(|v| v.type_of().kind != Kind::BuiltinFunction)
    };
    if user(vm, q::__getattr__) {
        f |= flags::HAS_GETATTR;
    }
    if user(vm, q::__setattr__) {
        f |= flags::HAS_SETATTR;
    }
    for &m in tuple::items(t.mro) {
        // SAFETY: MRO entries are types.
        let mt = unsafe { m.as_ref::<TypeObj>() };
        if mt.is_class()
            && mt
                .dict
                .iter()
                .any(|e| e.value.is_ptr() && e.value.type_of().kind == Kind::Property)
        {
            f |= flags::HAS_DESCRIPTORS;
        }
    }
    t.flags.set(f);
}

/// C3 linearisation of `cls` with `bases`.
fn c3_mro(vm: &mut Vm, cls: Obj, bases: &[Obj]) -> PyResult {
    let mut seqs: Vec<Vec<Obj>> = Vec::new();
    for &b in bases {
        seqs.push(type_mro(b));
    }
    seqs.push(bases.to_vec());
    let mut out = alloc::vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&h| seqs.iter().all(|s| !s[1..].contains(&h)));
        let Some(h) = head else {
            return Err(vm.type_error("Cannot create a consistent method resolution order (MRO)"));
        };
        out.push(h);
        for s in seqs.iter_mut() {
            if s[0] == h {
                s.remove(0);
            }
        }
    }
    vm.new_tuple(&out)
}

/// The MRO of any type as a list of type objects.
pub fn type_mro(t: Obj) -> Vec<Obj> {
    // SAFETY: callers pass types.
    let ty = unsafe { t.as_ref::<TypeObj>() };
    if ty.is_class() {
        return tuple::items(ty.mro).to_vec();
    }
    let mut v = alloc::vec![t];
    let mut cur = ty.base();
    while let Some(c) = cur {
        v.push(c.as_obj());
        cur = c.base();
    }
    v
}

/// `super(type, obj)`: attribute lookup starting after `type` in obj's MRO.
#[repr(C)]
pub struct SuperObj {
    pub header: ObjHeader,
    pub ty: Obj,
    pub obj: Obj,
}

impl Vm {
    pub fn new_super(&mut self, ty: Obj, obj: Obj) -> PyResult {
        let p: *mut SuperObj = self.alloc_obj(&builtin::SUPER, 0)?;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).ty = ty;
            (*p).obj = obj;
        }
        Ok(Obj::from_ptr(p))
    }

    pub fn super_getattr(&mut self, s: Obj, name: crate::qstr::Qstr) -> PyResult<Option<Obj>> {
        // SAFETY: super objects have the SuperObj layout.
        let (ty, obj) = unsafe {
            let so = s.as_ref::<SuperObj>();
            (so.ty, so.obj)
        };
        let obj_is_type = obj.type_of().kind == Kind::Type;
        let start_type = if obj_is_type {
            obj
        } else {
            obj.type_of().as_obj()
        };
        let mro = type_mro(start_type);
        let pos = mro
            .iter()
            .position(|&m| m == ty)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for &m in &mro[pos..] {
            // SAFETY: MRO entries are types.
            let mt: &'static TypeObj = unsafe { m.as_ref::<TypeObj>() };
            let found = if mt.is_class() {
                mt.dict.get_qstr(self, name)
            } else {
                let mut single = None;
                for bf in mt.methods {
                    if bf.name == self.qstr_text(name) {
                        single = Some(Obj::from_static(*bf));
                    }
                }
                single
            };
            if let Some(a) = found {
                if obj_is_type {
                    // SAFETY: obj is a type.
                    let ot: &'static TypeObj = unsafe { obj.as_ref::<TypeObj>() };
                    if a.is_ptr()
                        && matches!(a.type_of().kind, Kind::ClassMethod | Kind::StaticMethod)
                    {
                        return self.bind(a, obj, ot).map(Some);
                    }
                    return Ok(Some(a));
                }
                return self.bind(a, obj, obj.type_of()).map(Some);
            }
        }
        Ok(None)
    }
}

/// `list(mro)` for `type.mro()`.
pub fn mro_list(vm: &mut Vm, t: Obj) -> PyResult {
    let v = type_mro(t);
    let l = vm.new_list(&v)?;
    debug_assert_eq!(list::len(l), v.len());
    Ok(l)
}
