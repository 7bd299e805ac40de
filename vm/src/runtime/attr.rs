//! Attribute lookup, binding and assignment (`getattr`, `setattr`, method loading).

use crate::obj::Obj;
use crate::objects::func::{builtin_fn, DescriptorObj};
use crate::objects::instance::{attr_map, native_value};
use crate::objects::{dict, module, tuple};
use crate::qstr::{q, Qstr};
use crate::types::{builtin, flags, Binding, Kind, TypeObj};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// An attribute of builtin type `t` itself (not its bases), from its method table.
    fn builtin_type_attr(&mut self, t: &'static TypeObj, name: Qstr) -> Option<Obj> {
        let key = (t as *const TypeObj as usize, name);
        if let Some(&v) = self.method_cache.get(&key) {
            return (!v.is_null()).then_some(v);
        }
        let marker = (t as *const TypeObj as usize, crate::qstr::q::empty);
        if self.method_cache.contains_key(&marker) {
            let w = crate::methods::dunder::lookup(t, name);
            self.method_cache.insert(key, w.unwrap_or(Obj::NULL));
            return w;
        }
        for m in t.methods {
            let qn = self.intern(m.name);
            self.method_cache.insert((key.0, qn), Obj::from_static(*m));
        }
        self.method_cache.insert(marker, Obj::NULL);
        if let Some(v) = self.method_cache.get(&key) {
            return Some(*v);
        }
        let w = crate::methods::dunder::lookup(t, name)?;
        self.method_cache.insert(key, w);
        Some(w)
    }

    /// Looks `name` up along type `t`'s MRO.
    #[inline]
    pub fn lookup_type_attr(&mut self, t: &'static TypeObj, name: Qstr) -> Option<Obj> {
        if t.is_class() {
            if let Some(v) = self.type_cache.get(t as *const TypeObj as usize, name) {
                return (!v.is_null()).then_some(v);
            }
        }
        self.lookup_type_attr_uncached(t, name)
    }

    #[inline(never)]
    fn lookup_type_attr_uncached(&mut self, t: &'static TypeObj, name: Qstr) -> Option<Obj> {
        if t.is_class() {
            let key = t as *const TypeObj as usize;
            let found = tuple::items(t.mro).iter().find_map(|&m| {
                // SAFETY: MRO entries are type objects.
                let mt: &'static TypeObj = unsafe { m.as_ref::<TypeObj>() };
                if mt.is_class() {
                    mt.dict.get_qstr(self, name)
                } else {
                    self.builtin_type_attr(mt, name)
                }
            });
            self.type_cache.put(key, name, found.unwrap_or(Obj::NULL));
            return found;
        }
        let mut cur = Some(t);
        while let Some(c) = cur {
            if let Some(v) = self.builtin_type_attr(c, name) {
                return Some(v);
            }
            cur = c.base();
        }
        None
    }

    /// Binds a class attribute found for instance `o` of type `t`.
    pub fn bind(&mut self, attr: Obj, o: Obj, t: &'static TypeObj) -> PyResult {
        if !attr.is_ptr() {
            return Ok(attr);
        }
        match attr.type_of().kind {
            Kind::Function => self.new_bound_method(attr, o),
            Kind::BuiltinFunction => match builtin_fn(attr).binding {
                Binding::Method => self.new_bound_method(attr, native_value(o)),
                Binding::ClassMethod => self.new_bound_method(attr, t.as_obj()),
                _ => Ok(attr),
            },
            // SAFETY: descriptor kinds have the DescriptorObj layout.
            Kind::ClassMethod => {
                let f = unsafe { attr.as_ref::<DescriptorObj>().fget };
                self.new_bound_method(f, t.as_obj())
            }
            Kind::StaticMethod => Ok(unsafe { attr.as_ref::<DescriptorObj>().fget }),
            Kind::Property => {
                let f = unsafe { attr.as_ref::<DescriptorObj>().fget };
                if f == Obj::NONE {
                    return Err(self.attribute_error("unreadable attribute"));
                }
                self.call(f, &[o], &[])
            }
            _ => Ok(attr),
        }
    }

    /// `o.name`, or None when there is no such attribute.
    pub fn getattr_opt(&mut self, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
        let t = o.type_of();
        match t.kind {
            Kind::Type => return self.type_getattr(o, name),
            Kind::Module => {
                let d = module::dict(o);
                if let Some(v) = dict::map(d).get_qstr(self, name) {
                    return Ok(Some(v));
                }
                if name == q::__dict__ {
                    return Ok(Some(d));
                }
                return Ok(None);
            }
            Kind::Super => return self.super_getattr(o, name),
            _ => {}
        }
        let attr = self.lookup_type_attr(t, name);
        if let Some(a) = attr {
            if a.is_ptr() && a.type_of().kind == Kind::Property {
                return self.bind(a, o, t).map(Some);
            }
        }
        if let Some(m) = attr_map(o) {
            if let Some(v) = m.get_qstr(self, name) {
                return Ok(Some(v));
            }
        }
        if let Some(a) = attr {
            return self.bind(a, o, t).map(Some);
        }
        if let Some(f) = t.slots.getattr {
            if let Some(v) = f(self, native_value(o), name)? {
                return Ok(Some(v));
            }
        }
        if name == q::__class__ {
            return Ok(Some(t.as_obj()));
        }
        if name == q::__dict__ {
            if let Some(m) = attr_map(o) {
                let d = self.new_dict()?;
                let copy = m.copy(self)?;
                *dict::map(d) = copy;
                return Ok(Some(d));
            }
        }
        if t.has_flag(flags::HAS_GETATTR) {
            if let Some(g) = self.lookup_type_attr(t, q::__getattr__) {
                let n = Obj::qstr(name);
                return self.call(g, &[o, n], &[]).map(Some);
            }
        }
        Ok(None)
    }

    fn no_attribute(&mut self, o: Obj, name: Qstr) -> Obj {
        let msg = if o.type_of().kind == Kind::Type {
            // SAFETY: a Type-kind object is a TypeObj.
            let t = unsafe { o.as_ref::<TypeObj>() };
            alloc::format!(
                "type object '{}' has no attribute '{}'",
                t.name,
                self.qstr_text(name)
            )
        } else if o.type_of().kind == Kind::Module {
            let n = self.str_of(module_name(o));
            alloc::format!("module '{}' has no attribute '{}'", n, self.qstr_text(name))
        } else {
            alloc::format!(
                "'{}' object has no attribute '{}'",
                o.type_of().name,
                self.qstr_text(name)
            )
        };
        self.attribute_error(&msg)
    }

    pub fn getattr(&mut self, o: Obj, name: Qstr) -> PyResult {
        match self.getattr_opt(o, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(o, name)),
        }
    }

    /// Attribute lookup on a type object: class attributes along its MRO (functions stay
    /// unbound), then the attributes every type has.
    fn type_getattr(&mut self, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
        // SAFETY: Type-kind objects are TypeObjs.
        let t: &'static TypeObj = unsafe { o.as_ref::<TypeObj>() };
        if let Some(a) = self.lookup_type_attr(t, name) {
            if a.is_ptr() {
                match a.type_of().kind {
                    Kind::ClassMethod | Kind::StaticMethod => return self.bind(a, o, t).map(Some),
                    Kind::BuiltinFunction if builtin_fn(a).binding == Binding::ClassMethod => {
                        return self.new_bound_method(a, o).map(Some)
                    }
                    _ => {}
                }
            }
            return Ok(Some(a));
        }
        if let Some(f) = builtin::TYPE.slots.getattr {
            if let Some(v) = f(self, o, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(a) = self.lookup_type_attr(&builtin::TYPE, name) {
            return self.bind(a, o, &builtin::TYPE).map(Some);
        }
        Ok(None)
    }

    /// For `obj.name(...)`: `(function, obj)` when `name` is a plain method (no bound method
    /// is allocated), else `(NULL, attribute)`.
    pub fn load_method(&mut self, o: Obj, name: Qstr) -> PyResult<(Obj, Obj)> {
        let t = o.type_of();
        if !matches!(t.kind, Kind::Type | Kind::Module | Kind::Super) {
            if let Some(a) = self.lookup_type_attr(t, name) {
                if a.is_ptr() {
                    let shadowed = || attr_map(o).is_some_and(|m| !m.is_empty());
                    match a.type_of().kind {
                        Kind::Function
                            if !shadowed()
                                || attr_map(o).unwrap().get_qstr(self, name).is_none() =>
                        {
                            return Ok((a, o));
                        }
                        Kind::BuiltinFunction if builtin_fn(a).binding == Binding::Method => {
                            return Ok((a, native_value(o)));
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok((Obj::NULL, self.getattr(o, name)?))
    }

    /// `o.name = v` (or `del o.name` when `v` is NULL), honouring properties and
    /// `__setattr__`.
    pub fn setattr(&mut self, o: Obj, name: Qstr, v: Obj) -> PyResult<()> {
        let t = o.type_of();
        if t.is_class() && t.has_flag(flags::HAS_SETATTR) && !v.is_null() {
            if let Some(f) = self.lookup_type_attr(t, q::__setattr__) {
                if f.type_of().kind == Kind::Function {
                    self.call(f, &[o, Obj::qstr(name), v], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(o, name, v)
    }

    /// `object.__setattr__`: descriptors, then the instance's own attributes.
    pub fn generic_setattr(&mut self, o: Obj, name: Qstr, v: Obj) -> PyResult<()> {
        let t = o.type_of();
        if t.kind == Kind::Type {
            // SAFETY: Type-kind objects are TypeObjs.
            let ty = unsafe { o.as_mut::<TypeObj>() };
            if !ty.is_class() {
                let msg = alloc::format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    self.qstr_text(name),
                    ty.name
                );
                return Err(self.type_error(&msg));
            }
            let m: *mut crate::map::Map = &mut ty.dict;
            // SAFETY: the class stays alive while we update its dict.
            unsafe {
                if v.is_null() {
                    if (*m).remove(self, Obj::qstr(name))?.is_none() {
                        return Err(self.no_attribute(o, name));
                    }
                } else {
                    (*m).insert(self, Obj::qstr(name), v)?;
                }
            }
            crate::runtime::class::update_flags(self, ty);
            return Ok(());
        }
        if t.kind == Kind::Module {
            let d = module::dict(o);
            if v.is_null() {
                if dict::map(d).remove(self, Obj::qstr(name))?.is_none() {
                    return Err(self.no_attribute(o, name));
                }
                return Ok(());
            }
            return self.dict_set(d, Obj::qstr(name), v);
        }
        if t.is_class() && t.has_flag(flags::HAS_DESCRIPTORS) {
            if let Some(a) = self.lookup_type_attr(t, name) {
                if a.is_ptr() && a.type_of().kind == Kind::Property {
                    // SAFETY: property objects have the DescriptorObj layout.
                    let d = unsafe { a.as_ref::<DescriptorObj>() };
                    let (f, msg) = if v.is_null() {
                        (d.fdel, "can't delete attribute")
                    } else {
                        (d.fset, "can't set attribute")
                    };
                    if f == Obj::NONE {
                        return Err(self.attribute_error(msg));
                    }
                    if v.is_null() {
                        self.call(f, &[o], &[])?;
                    } else {
                        self.call(f, &[o, v], &[])?;
                    }
                    return Ok(());
                }
            }
        }
        if name == q::args && crate::objects::exc::is_exception(o) && !v.is_null() {
            let t = self.iterate_to_list(v)?;
            let t = self.new_tuple(crate::objects::list::items(t))?;
            crate::objects::exc::fields(o).args = t;
            return Ok(());
        }
        let Some(m) = attr_map(o) else {
            let msg = alloc::format!(
                "'{}' object has no attribute '{}'",
                t.name,
                self.qstr_text(name)
            );
            return Err(self.attribute_error(&msg));
        };
        let m: *mut crate::map::Map = m;
        // SAFETY: `o` is alive on our stack; the map belongs to it.
        unsafe {
            if v.is_null() {
                if (*m).remove(self, Obj::qstr(name))?.is_none() {
                    return Err(self.no_attribute(o, name));
                }
                Ok(())
            } else {
                (*m).insert(self, Obj::qstr(name), v)
            }
        }
    }

    pub fn delattr(&mut self, o: Obj, name: Qstr) -> PyResult<()> {
        let t = o.type_of();
        if t.is_class() {
            if let Some(f) = self.lookup_type_attr(t, q::__delattr__) {
                if f.type_of().kind == Kind::Function {
                    self.call(f, &[o, Obj::qstr(name)], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(o, name, Obj::NULL)
    }

    /// `getattr(o, name)` with a str object as the name.
    pub fn getattr_obj(&mut self, o: Obj, name: Obj) -> PyResult<Option<Obj>> {
        let s = self.str_arg(name)?;
        let qn = self.intern(s);
        self.getattr_opt(o, qn)
    }
}

fn module_name(m: Obj) -> Obj {
    // SAFETY: callers pass module objects.
    unsafe { m.as_ref::<crate::objects::module::ModuleObj>().name }
}
