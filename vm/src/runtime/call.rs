//! The call protocol: every call, from bytecode, builtins or machine code, goes through
//! `Vm::call(callable, args, kwnames)` (keyword values are the last `kwnames.len()` args).

use alloc::vec::Vec;

use crate::bytecode::{Code, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::interp::{self, Frame, Outcome};
use crate::obj::Obj;
use crate::objects::exc;
use crate::objects::func::{builtin_fn, BoundMethodObj, CodeObj, FuncObj};
use crate::objects::instance::native_value;
use crate::objects::{dict, tuple};
use crate::qstr::q;
use crate::types::{builtin, Binding, Kind, TypeObj};
use crate::vm::{PyResult, Vm};

/// Up to this many arguments are prepended to without touching the heap.
const SMALL_ARGS: usize = 8;

impl Vm {
    pub fn call(&mut self, f: Obj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
        self.check_stack()?;
        match f.type_of().kind {
            Kind::Function => self.call_function(f, args, kwnames, Obj::NULL),
            Kind::BuiltinFunction => {
                let b = builtin_fn(f);
                if b.binding == Binding::Method
                    && !args.is_empty()
                    && native_value(args[0]) != args[0]
                {
                    let mut v = args.to_vec();
                    v[0] = native_value(args[0]);
                    return (b.f)(self, &v, kwnames);
                }
                (b.f)(self, args, kwnames)
            }
            Kind::BoundMethod => {
                // SAFETY: bound methods have the BoundMethodObj layout.
                let (func, s) = unsafe {
                    let m = f.as_ref::<BoundMethodObj>();
                    (m.func, m.self_)
                };
                self.call_prepended(func, s, args, kwnames)
            }
            Kind::Type => {
                // SAFETY: Type-kind objects are TypeObjs.
                let t: &'static TypeObj = unsafe { f.as_ref::<TypeObj>() };
                self.call_type(t, args, kwnames)
            }
            _ => {
                let t = f.type_of();
                match self.lookup_type_attr(t, q::__call__) {
                    Some(c) if t.is_class() => self.call_prepended(c, f, args, kwnames),
                    _ => Err(self.type_error_obj(f, "is not callable")),
                }
            }
        }
    }

    /// Calls `f(first, *args)`.
    pub fn call_prepended(
        &mut self,
        f: Obj,
        first: Obj,
        args: &[Obj],
        kwnames: &[Obj],
    ) -> PyResult {
        if args.len() < SMALL_ARGS {
            let mut buf = [Obj::NULL; SMALL_ARGS];
            buf[0] = first;
            buf[1..=args.len()].copy_from_slice(args);
            return self.call(f, &buf[..=args.len()], kwnames);
        }
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(first);
        v.extend_from_slice(args);
        self.call(f, &v, kwnames)
    }

    /// `f(*args, **kwargs)` with a tuple (or any iterable) and a mapping (or NULL).
    pub fn call_ex(&mut self, f: Obj, args: Obj, kwargs: Obj) -> PyResult {
        // The tuple or list keeps the positional values alive while `all` is built.
        let args = if args.is_exactly(&builtin::TUPLE) {
            args
        } else {
            self.iterate_to_list(args)?
        };
        let mut all: Vec<Obj> = if args.is_exactly(&builtin::TUPLE) {
            tuple::items(args).to_vec()
        } else {
            crate::objects::list::items(args).to_vec()
        };
        let mut names = Vec::new();
        if !kwargs.is_null() {
            let d = if dict::is_dict(kwargs) {
                kwargs
            } else {
                let d = self.new_dict()?;
                self.dict_update(d, kwargs, true)?;
                d
            };
            let entries: Vec<_> = dict::map(d).iter().collect();
            for e in entries {
                let s = match crate::objects::str::as_str(self, e.key) {
                    Some(s) => s,
                    None => return Err(self.type_error("keywords must be strings")),
                };
                let k = self.new_qstr(s);
                names.push(k);
                all.push(e.value);
            }
        }
        self.call(f, &all, &names)
    }

    /// Calls a Python function. `locals_dict` is the namespace for a class body (else NULL).
    pub fn call_function(
        &mut self,
        f: Obj,
        args: &[Obj],
        kwnames: &[Obj],
        locals_dict: Obj,
    ) -> PyResult {
        // SAFETY: callers pass function objects.
        let fo: &FuncObj = unsafe { f.as_ref::<FuncObj>() };
        let co_obj = fo.code;
        let co: &CodeObj = fo.code_obj();
        let code: &'static Code = co.code();
        if let Some(asm) = &code.asm_xtensa {
            return self.call_asm_xtensa(f, asm, args, kwnames);
        }
        let words = interp::frame_words(code);
        let base = self.pystack_top;
        if base + words > self.pystack.len() || self.depth >= self.config.max_depth {
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        let nlocals = code.varnames.len();
        let slots: *mut Obj = self.pystack[base..].as_mut_ptr();
        // SAFETY: [base, base + words) lies inside the Python stack.
        let fast = unsafe { core::slice::from_raw_parts_mut(slots, nlocals) };
        fast.fill(Obj::NULL);
        self.pystack_top = base + words;
        let r = self.enter_function(fo, code, args, kwnames, fast);
        let r = match r {
            Err(e) => Err(e),
            Ok(()) if code.flags & CO_GENERATOR != 0 => {
                let g = crate::objects::generator::new(self, f, fast);
                self.pystack_top = base;
                return g;
            }
            Ok(()) => {
                self.depth += 1;
                let mut frame = Frame::new(co_obj, fo.globals, locals_dict, slots);
                let r = interp::run(self, &mut frame, None);
                self.depth -= 1;
                match r {
                    Ok(Outcome::Return(v)) => Ok(v),
                    Ok(Outcome::Yield(_)) => Err(self.runtime_error("yield outside a generator")),
                    Err(e) => Err(e),
                }
            }
        };
        self.pystack_top = base;
        r
    }

    /// Binds arguments into the fresh locals `fast` and creates cells.
    fn enter_function(
        &mut self,
        fo: &FuncObj,
        code: &Code,
        args: &[Obj],
        kwnames: &[Obj],
        fast: &mut [Obj],
    ) -> PyResult<()> {
        let argc = code.argcount as usize;
        if kwnames.is_empty()
            && args.len() == argc
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
        {
            fast[..argc].copy_from_slice(args);
        } else {
            self.bind_args(fo, code, args, kwnames, fast)?;
        }
        for &slot in &code.cellvars {
            let c = self.new_cell(fast[slot as usize])?;
            fast[slot as usize] = c;
        }
        if code.nfreevars > 0 {
            let cl = tuple::items(fo.closure);
            let first = fast.len() - code.nfreevars as usize;
            fast[first..].copy_from_slice(&cl[..code.nfreevars as usize]);
        }
        Ok(())
    }

    fn bind_args(
        &mut self,
        fo: &FuncObj,
        code: &Code,
        args: &[Obj],
        kwnames: &[Obj],
        fast: &mut [Obj],
    ) -> PyResult<()> {
        let fname = self.str_of(fo.name);
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos = args.len() - kwnames.len();
        let mut slot = argc + kwonly;
        let varargs_slot = (code.flags & CO_VARARGS != 0).then(|| {
            slot += 1;
            slot - 1
        });
        let varkw_slot = (code.flags & CO_VARKEYWORDS != 0).then_some(slot);
        if npos > argc {
            match varargs_slot {
                Some(s) => fast[s] = self.new_tuple(&args[argc..npos])?,
                None => {
                    let ndef = if fo.defaults.is_null() {
                        0
                    } else {
                        tuple::items(fo.defaults).len()
                    };
                    let takes = if ndef > 0 {
                        alloc::format!("from {} to {} positional arguments", argc - ndef, argc)
                    } else {
                        alloc::format!(
                            "{} positional argument{}",
                            argc,
                            if argc == 1 { "" } else { "s" }
                        )
                    };
                    let msg = alloc::format!(
                        "{}() takes {} but {} {} given",
                        fname,
                        takes,
                        npos,
                        if npos == 1 { "was" } else { "were" }
                    );
                    return Err(self.type_error(&msg));
                }
            }
        } else if let Some(s) = varargs_slot {
            fast[s] = self.new_tuple(&[])?;
        }
        let n = npos.min(argc);
        fast[..n].copy_from_slice(&args[..n]);
        let kwdict = match varkw_slot {
            Some(s) => {
                let d = self.new_dict()?;
                fast[s] = d;
                d
            }
            None => Obj::NULL,
        };
        for (i, &kn) in kwnames.iter().enumerate() {
            let v = args[npos + i];
            let name = self.str_of(kn);
            let found = code.varnames[..argc + kwonly]
                .iter()
                .position(|p| p == name)
                .filter(|&p| p >= code.posonlyargcount as usize);
            match found {
                Some(p) => {
                    if !fast[p].is_null() {
                        let msg = alloc::format!(
                            "{}() got multiple values for argument '{}'",
                            fname,
                            name
                        );
                        return Err(self.type_error(&msg));
                    }
                    fast[p] = v;
                }
                None if !kwdict.is_null() => self.dict_set(kwdict, kn, v)?,
                None => {
                    let msg = if code.varnames[..code.posonlyargcount as usize]
                        .iter()
                        .any(|p| p == name)
                    {
                        alloc::format!("{}() got some positional-only arguments passed as keyword arguments: '{}'", fname, name)
                    } else {
                        alloc::format!("{}() got an unexpected keyword argument '{}'", fname, name)
                    };
                    return Err(self.type_error(&msg));
                }
            }
        }
        // Defaults for missing positional parameters.
        let defaults: &[Obj] = if fo.defaults.is_null() {
            &[]
        } else {
            tuple::items(fo.defaults)
        };
        let first_default = argc - defaults.len().min(argc);
        let mut missing = Vec::new();
        for i in npos.min(argc)..argc {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default];
                } else {
                    missing.push(code.varnames[i].as_str());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(fname, "positional", &missing));
        }
        let kwonly_params = code
            .varnames
            .iter()
            .zip(fast.iter_mut())
            .take(argc + kwonly)
            .skip(argc);
        for (pname, slot) in kwonly_params {
            if slot.is_null() {
                let name = Obj::qstr(self.intern(pname));
                let d = if fo.kwdefaults.is_null() {
                    None
                } else {
                    self.dict_get(fo.kwdefaults, name)?
                };
                match d {
                    Some(v) => *slot = v,
                    None => missing.push(pname.as_str()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(fname, "keyword-only", &missing));
        }
        Ok(())
    }

    fn missing_args(&mut self, fname: &str, kind: &str, names: &[&str]) -> Obj {
        let quoted: Vec<alloc::string::String> =
            names.iter().map(|n| alloc::format!("'{}'", n)).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => alloc::format!("{} and {}", quoted[0], quoted[1]),
            n => alloc::format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let msg = alloc::format!(
            "{}() missing {} required {} argument{}: {}",
            fname,
            names.len(),
            kind,
            if names.len() == 1 { "" } else { "s" },
            list
        );
        self.type_error(&msg)
    }

    /// Calling a type: builtin constructors, exceptions, and instances of classes.
    pub fn call_type(&mut self, t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
        if !t.is_class() {
            if t.kind == Kind::Exception {
                let n = args.len() - kwnames.len();
                return exc::new(self, t, &args[..n]);
            }
            return match t.slots.new {
                Some(new) => new(self, t, args, kwnames),
                None => {
                    let msg = alloc::format!("cannot create '{}' instances", t.name);
                    Err(self.type_error(&msg))
                }
            };
        }
        let user_new = self
            .lookup_type_attr(t, q::__new__)
            .filter(|f| !is_builtin(*f));
        let init = self
            .lookup_type_attr(t, q::__init__)
            .filter(|f| !is_builtin(*f));
        let o = match user_new {
            Some(new) => {
                let new = if new.type_of().kind == Kind::StaticMethod {
                    // SAFETY: staticmethod objects have the DescriptorObj layout.
                    unsafe { new.as_ref::<crate::objects::func::DescriptorObj>().fget }
                } else {
                    new
                };
                let o = self.call_prepended(new, t.as_obj(), args, kwnames)?;
                if !crate::types::is_subtype(o.type_of(), t) {
                    return Ok(o);
                }
                o
            }
            None => self.new_object_of(t, args, kwnames, init.is_some())?,
        };
        match init {
            Some(init) => {
                let r = self.call_prepended(init, o, args, kwnames)?;
                if r != Obj::NONE {
                    let msg =
                        alloc::format!("__init__() should return None, not '{}'", r.type_of().name);
                    return Err(self.type_error(&msg));
                }
            }
            None if user_new.is_none()
                && !args.is_empty()
                && core::ptr::eq(t.native_base(), &builtin::OBJECT) =>
            {
                let msg = alloc::format!("{}() takes no arguments", t.name);
                return Err(self.type_error(&msg));
            }
            None => {}
        }
        Ok(o)
    }

    /// `object.__new__(t)` for a class: an instance with the layout of its native base.
    pub fn new_object_of(
        &mut self,
        t: &'static TypeObj,
        args: &[Obj],
        kwnames: &[Obj],
        has_init: bool,
    ) -> PyResult {
        let native = t.native_base();
        if native.kind == Kind::Exception {
            let n = args.len() - kwnames.len();
            return exc::new(self, t, &args[..n]);
        }
        if core::ptr::eq(native, &builtin::OBJECT) {
            return self.new_instance(t, Obj::NULL);
        }
        let mutable = matches!(
            native.kind,
            Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray
        );
        let new = native
            .slots
            .new
            .ok_or_else(|| self.type_error("cannot subclass this type"))?;
        let value = if mutable && has_init {
            new(self, native, &[], &[])?
        } else {
            new(self, native, args, kwnames)?
        };
        self.new_instance(t, value)
    }
}

fn is_builtin(f: Obj) -> bool {
    f.is_ptr() && f.type_of().kind == Kind::BuiltinFunction
}
