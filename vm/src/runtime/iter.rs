//! Iteration: `iter()`, `next()`, `yield from` steps, and collecting an iterable.

use crate::interp::Outcome;
use crate::obj::Obj;
use crate::objects::exc;
use crate::objects::generator;
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::{list, tuple};
use crate::qstr::q;
use crate::types::{builtin, Kind};
use crate::vm::{PyResult, Vm};

/// The iterator over an object supporting only `__getitem__` (the old sequence protocol).
fn seq_next(vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.a.is_null() {
        return Ok(None);
    }
    let i = Obj::small_int(it.i);
    match vm.getitem(it.a, i) {
        Ok(v) => {
            it.i += 1;
            Ok(Some(v))
        }
        Err(e)
            if exc::is_exception(e)
                && (exc::matches(e, &exc::INDEX_ERROR)
                    || exc::matches(e, &exc::STOP_ITERATION)) =>
        {
            it.a = Obj::NULL;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// The iterator `yield from o` (and so `await o`) drives: a generator itself, the result
    /// of `o.__await__()` for an awaitable object, else `iter(o)`.
    pub fn yield_from_iter(&mut self, o: Obj) -> PyResult {
        if o.is_exactly(&crate::types::builtin::GENERATOR) {
            return Ok(o);
        }
        let t = o.type_of();
        if t.is_class() {
            let name = self.intern("__await__");
            if let Some(f) = self.lookup_type_attr(t, name) {
                return self.call(f, &[o], &[]);
            }
        }
        self.get_iter(o)
    }

    /// `iter(o)`.
    pub fn get_iter(&mut self, o: Obj) -> PyResult {
        let t = o.type_of();
        if t.is_class() {
            let found = self.lookup_type_attr(t, q::__iter__);
            if let Some(f) = found {
                if f.type_of().kind != Kind::BuiltinFunction {
                    let it = self.call(f, &[o], &[])?;
                    if !self.is_iterator(it) {
                        let msg = alloc::format!(
                            "iter() returned non-iterator of type '{}'",
                            it.type_of().name
                        );
                        return Err(self.type_error(&msg));
                    }
                    return Ok(it);
                }
            }
            // The sequence protocol, unless a builtin base type supplies `__iter__`.
            if let (None, Some(g)) = (found, self.lookup_type_attr(t, q::__getitem__)) {
                if g.type_of().kind == Kind::Function {
                    return self.new_iter(seq_next, o, Obj::NULL, 0, 0);
                }
            }
        }
        if let Some(f) = t.slots.iter {
            return f(self, native_value(o));
        }
        Err(self.type_error_obj(o, "is not iterable"))
    }

    fn is_iterator(&mut self, o: Obj) -> bool {
        let t = o.type_of();
        matches!(t.kind, Kind::Iterator | Kind::Generator)
            || self.lookup_type_attr(t, q::__next__).is_some()
    }

    /// `next(it)`: the next value, or None when exhausted (StopIteration swallowed).
    pub fn iter_next(&mut self, it: Obj) -> PyResult<Option<Obj>> {
        let t = it.type_of();
        match t.kind {
            Kind::Iterator => crate::objects::iter::next(self, it),
            Kind::Generator => match generator::resume(self, it, Obj::NONE, None)? {
                Outcome::Yield(v) => Ok(Some(v)),
                Outcome::Return(_) => Ok(None),
            },
            _ => {
                let Some(f) = self.lookup_type_attr(t, q::__next__) else {
                    return Err(self.type_error_obj(it, "is not an iterator"));
                };
                match self.call(f, &[it], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if exc::is_exception(e) && exc::matches(e, &exc::STOP_ITERATION) => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// All items of an iterable, in a new list (a heap list, so the GC sees them).
    pub fn iterate_to_list(&mut self, o: Obj) -> PyResult {
        if o.is_exactly(&builtin::LIST) {
            return self.new_list(list::items(o));
        }
        if o.is_exactly(&builtin::TUPLE) {
            return self.new_list(tuple::items(o));
        }
        let l = self.new_list(&[])?;
        self.list_extend(l, o)?;
        Ok(l)
    }

    /// Appends every item of `it` to list `l`.
    pub fn list_extend(&mut self, l: Obj, it: Obj) -> PyResult<()> {
        if it.is_exactly(&builtin::LIST) || it.is_exactly(&builtin::TUPLE) {
            let n = if it.is_exactly(&builtin::LIST) {
                list::len(it)
            } else {
                tuple::items(it).len()
            };
            self.list_reserve(l, n)?;
            for i in 0..n {
                let x = if it.is_exactly(&builtin::LIST) {
                    list::items(it)[i]
                } else {
                    tuple::items(it)[i]
                };
                self.list_push(l, x)?;
            }
            return Ok(());
        }
        let iter = self.get_iter(it)?;
        while let Some(x) = self.iter_next(iter)? {
            self.list_push(l, x)?;
        }
        Ok(())
    }

    pub fn set_update(&mut self, s: Obj, it: Obj) -> PyResult<()> {
        let iter = self.get_iter(it)?;
        while let Some(x) = self.iter_next(iter)? {
            self.set_add(s, x)?;
        }
        Ok(())
    }

    /// One step of `yield from it`: send `v` (or throw `throw`) into `it`.
    pub fn yield_from_step(
        &mut self,
        it: Obj,
        v: Obj,
        throw: Option<Obj>,
    ) -> PyResult<Option<Outcome>> {
        if it.is_exactly(&builtin::GENERATOR) {
            let sent = if v.is_null() { Obj::NONE } else { v };
            return generator::resume(self, it, sent, throw).map(Some);
        }
        let r = if let Some(e) = throw {
            match self.getattr_opt(it, q::throw)? {
                Some(m) => self.call(m, &[e], &[]),
                None => return Err(e),
            }
        } else if v.is_null() || v == Obj::NONE {
            match self.iter_next_value(it)? {
                Ok(y) => return Ok(Some(Outcome::Yield(y))),
                Err(r) => return Ok(Some(Outcome::Return(r))),
            }
        } else {
            let m = self.getattr(it, q::send)?;
            self.call(m, &[v], &[])
        };
        match r {
            Ok(y) => Ok(Some(Outcome::Yield(y))),
            Err(e) if exc::is_exception(e) && exc::matches(e, &exc::STOP_ITERATION) => {
                Ok(Some(Outcome::Return(stop_value(e))))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(it)` keeping StopIteration's value: Ok(Ok(item)) or Ok(Err(return value)).
    fn iter_next_value(&mut self, it: Obj) -> PyResult<Result<Obj, Obj>> {
        let t = it.type_of();
        if matches!(t.kind, Kind::Iterator) {
            return Ok(self.iter_next(it)?.ok_or(Obj::NONE));
        }
        let Some(f) = self.lookup_type_attr(t, q::__next__) else {
            return Err(self.type_error_obj(it, "is not an iterator"));
        };
        match self.call(f, &[it], &[]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if exc::is_exception(e) && exc::matches(e, &exc::STOP_ITERATION) => {
                Ok(Err(stop_value(e)))
            }
            Err(e) => Err(e),
        }
    }
}

/// The value a StopIteration carries (its first argument, or None).
pub fn stop_value(e: Obj) -> Obj {
    let args = tuple::items(exc::fields(e).args);
    args.first().copied().unwrap_or(Obj::NONE)
}
